//! The response side of the sidecar's WebAssembly guards (`toolsList`,
//! `toolResult`; see [`crate::guard_phases`]): the body the native guards
//! passed is held, the sidecar asked about each covered result (reusing the
//! request path's `Decide` call), and the answers applied before the body is
//! released. Only exchanges with a covered result pay the round trip.

use std::collections::HashMap;
use std::time::Duration;

use proxy_wasm::types::{Action, BufferType, LogLevel};
use warden_core::guards::FailureMode;
use warden_core::pipeline::{Relisted, SidecarAnswer};
use warden_core::reply::{codes, Denial};

use super::{keep_reusable, Exchanger, ResponseState};
use crate::decide;
use crate::guard_phases::{self, Held};
use crate::host;
use crate::metrics::Counter;
use crate::shipper;

/// What is held: a JSON body, or a whole SSE stream split into events.
enum Body {
    /// `rewritten`: the native guards changed it, so it is not what Envoy holds.
    Json {
        text: String,
        held: Vec<Held>,
        rewritten: bool,
    },
    Sse(guard_phases::SseHeld),
}

impl Body {
    fn held(&self) -> Vec<&Held> {
        match self {
            Body::Json { held, .. } => held.iter().collect(),
            Body::Sse(s) => s.held.iter().map(|(_, h)| h).collect(),
        }
    }
}

/// A response waiting for the sidecar's verdicts.
pub(super) struct HeldResponse {
    body: Body,
    /// Bytes in Envoy's buffer, replaced on release.
    size: usize,
    answers: Vec<Option<SidecarAnswer>>,
    /// gRPC token → index into the held results.
    tokens: HashMap<u32, usize>,
    /// For a re-listed list (the only result held): where an allow the
    /// sidecar lets the filter reuse is kept.
    relisted_key: Option<Vec<u8>>,
}

impl Exchanger {
    /// Whether a response to this exchange may be held for the sidecar's
    /// guards (a POST whose requests a configured phase covers): an SSE one is
    /// then buffered whole.
    pub(super) fn holds_for_guards(&self) -> bool {
        !self.exchange.stream
            && self
                .engine
                .config
                .sidecar
                .as_ref()
                .is_some_and(|s| guard_phases::may_hold(&s.guard_phases, &self.exchange.pending))
    }

    /// Hold a JSON `body` (the `size` bytes in Envoy's buffer) for the guards
    /// when a configured phase covers one of its results. `None`: go on.
    /// `relisted`: the native pipeline forwarded a cached list, and says where.
    pub(super) fn hold_for_guards(
        &mut self,
        size: usize,
        body: &[u8],
        rewritten: bool,
        relisted: Option<&Relisted>,
    ) -> Option<Action> {
        let sidecar = self.engine.config.sidecar.as_ref()?;
        let phases = &sidecar.guard_phases;
        if !guard_phases::may_hold(phases, &self.exchange.pending) {
            return None;
        }
        let pending = &self.exchange.pending;
        let relisted = relisted.filter(|r| guard_phases::holds_relisted(r, pending, phases));
        let key = relisted.map(|r| decide::relisted_key(r.list, &self.facts, self.server_name()));
        // The guards let this very list through for this caller a moment
        // ago, and said the filter may give that answer again.
        if let Some(key) = &key {
            if self.reuse_in(&self.relisted, key, shipper::now_ms(), "response") {
                return None;
            }
        }
        // Validated only here: most exchanges hold nothing, and the core has
        // already read the body as UTF-8.
        let body = std::str::from_utf8(body).ok()?;
        let (held, key) = match relisted.and_then(|r| guard_phases::held_relisted(body, r)) {
            Some(h) => (Ok(vec![h]), key),
            None => (guard_phases::held_results(body, pending, phases), None),
        };
        match held {
            Ok(h) if h.is_empty() => None,
            Ok(held) => Some(self.ask(
                size,
                Body::Json {
                    text: body.to_owned(),
                    held,
                    rewritten,
                },
                key,
            )),
            Err(why) => Some(self.unreadable(size, &why, false)),
        }
    }

    /// Hold a whole SSE body (already through the native guards) for the guards.
    pub(super) fn hold_sse_for_guards(&mut self, size: usize, body: &[u8]) -> Action {
        let Some(sidecar) = self.engine.config.sidecar.as_ref() else {
            return Action::Continue;
        };
        let max = self.engine.config.limits.max_event_bytes;
        match guard_phases::held_results_sse(
            body,
            max,
            &self.exchange.pending,
            &sidecar.guard_phases,
        ) {
            Ok(s) if s.held.is_empty() => {
                let text = String::from_utf8_lossy(body).into_owned();
                self.replace_response(size, &text)
            }
            Ok(s) => self.ask(size, Body::Sse(s), None),
            Err(why) => self.unreadable(size, &why, true),
        }
    }

    fn unreadable(&mut self, size: usize, why: &str, sse: bool) -> Action {
        // Unreadable here means unreadable to the guards: not forwarded.
        host::log(LogLevel::Warn, &format!("warden: held response: {why}"));
        self.metrics.add(Counter::InvalidResponses, 1);
        self.metrics.denial("upstream_invalid");
        let body = if sse {
            as_event(&pipeline_invalid())
        } else {
            pipeline_invalid()
        };
        self.replace_response(size, &body)
    }

    fn ask(&mut self, size: usize, body: Body, relisted_key: Option<Vec<u8>>) -> Action {
        let Some(sidecar) = self.engine.config.sidecar.clone() else {
            return Action::Continue;
        };
        let timeout = Duration::from_millis(sidecar.timeout_ms);
        let held = body.held();
        let mut answers = vec![None; held.len()];
        let mut tokens = HashMap::new();
        for (i, h) in held.into_iter().enumerate() {
            let msg = decide::result_request_bytes(
                h,
                self.exchange.tool.as_deref(),
                &self.facts,
                self.server_name(),
            );
            self.metrics.add(Counter::SidecarCalls, 1);
            match host::dispatch_grpc(
                &sidecar.cluster,
                decide::SERVICE,
                decide::METHOD,
                &msg,
                timeout,
            ) {
                Some(token) => {
                    tokens.insert(token, i);
                }
                None => {
                    self.metrics.add(Counter::SidecarErrors, 1);
                    answers[i] = Some(SidecarAnswer::Unavailable(
                        "dispatch_grpc_call failed".into(),
                    ));
                }
            }
        }
        let waiting = !tokens.is_empty();
        self.held = Some(Box::new(HeldResponse {
            body,
            size,
            answers,
            tokens,
            relisted_key,
        }));
        if !waiting {
            return self.release_held(false);
        }
        Action::Pause
    }

    /// A gRPC answer about a held response. `false`: not one of ours.
    pub(super) fn on_held_answer(
        &mut self,
        token_id: u32,
        status_code: u32,
        response_size: usize,
    ) -> bool {
        let Some(state) = self.held.as_mut() else {
            return false;
        };
        let Some(index) = state.tokens.remove(&token_id) else {
            return false;
        };
        let answer = if status_code != 0 {
            SidecarAnswer::Unavailable(format!("grpc status {status_code}"))
        } else if response_size > decide::MAX_REPLY_BYTES {
            SidecarAnswer::Unavailable("oversize reply".into())
        } else {
            match host::buffer(BufferType::GrpcReceiveBuffer, response_size) {
                Some(bytes) => {
                    let answer = decide::result_answer_from_bytes(&bytes);
                    keep_reusable(&self.relisted, state.relisted_key.take(), &answer, &bytes);
                    answer
                }
                None => SidecarAnswer::Unavailable("unreadable reply".into()),
            }
        };
        if let SidecarAnswer::Unavailable(why) = &answer {
            self.metrics.add(Counter::SidecarErrors, 1);
            host::log(
                LogLevel::Warn,
                &format!("warden: sidecar (response): {why}"),
            );
        }
        if let Some(slot) = state.answers.get_mut(index) {
            *slot = Some(answer);
        }
        if state.tokens.is_empty() {
            self.release_held(true);
        }
        true
    }

    /// Every verdict is in: write the body to forward and let it go.
    fn release_held(&mut self, paused: bool) -> Action {
        let Some(state) = self.held.take() else {
            return Action::Continue;
        };
        let fail_open = self
            .engine
            .config
            .sidecar
            .as_ref()
            .is_some_and(|s| s.failure_mode == FailureMode::Allow);
        let answers: Vec<SidecarAnswer> = state
            .answers
            .into_iter()
            .map(|a| a.unwrap_or_else(|| SidecarAnswer::Unavailable("no answer".into())))
            .collect();
        for a in &answers {
            match a {
                SidecarAnswer::Deny(d) => self.metrics.denial(&d.code),
                SidecarAnswer::Unavailable(_) if fail_open => {
                    self.metrics.add(Counter::SidecarFailOpen, 1)
                }
                SidecarAnswer::Unavailable(_) => self.metrics.denial("sidecar_unavailable"),
                _ => {}
            }
        }
        let out = match &state.body {
            Body::Json {
                text,
                held,
                rewritten,
            } => match guard_phases::apply(text, held, &answers, fail_open) {
                Ok(Some(new)) => new,
                Ok(None) if *rewritten => text.clone(),
                // Envoy still holds exactly this body: let it go as it is.
                Ok(None) => return self.release_unchanged(paused),
                Err(_) => pipeline_invalid(),
            },
            Body::Sse(sse) => match guard_phases::apply_sse(sse, &answers, fail_open) {
                Ok(Some(new)) => String::from_utf8_lossy(&new).into_owned(),
                Ok(None) => sse.original(),
                Err(_) => as_event(&pipeline_invalid()),
            },
        };
        let action = self.replace_response(state.size, &out);
        self.response = ResponseState::Drop;
        if paused {
            host::resume_response();
        }
        action
    }

    /// Every guard let the body through as Envoy holds it: no copy back.
    fn release_unchanged(&mut self, paused: bool) -> Action {
        self.response = ResponseState::Pass;
        if paused {
            host::resume_response();
        }
        Action::Continue
    }
}

/// A body the guards cannot be shown is not forwarded.
fn pipeline_invalid() -> String {
    Denial::new(
        codes::GUARD_ERROR,
        "upstream_invalid",
        "Warden could not read the MCP server's response for its guards; it was not forwarded",
    )
    .to_response(None)
}

/// A JSON-RPC message as one SSE event.
pub(super) fn as_event(data: &str) -> String {
    let e = warden_core::sse::SseEvent {
        event: Some("message".into()),
        data: Some(data.to_owned()),
        ..Default::default()
    };
    String::from_utf8_lossy(&e.to_bytes()).into_owned()
}
