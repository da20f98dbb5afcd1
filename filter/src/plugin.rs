//! The Envoy glue: root context (configuration, metrics) and one HTTP context per
//! request. Headers are captured in the header callbacks, which always return
//! `Continue`; bodies are buffered (bounded) or streamed; decisions come from
//! `warden_core::pipeline`.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::time::Duration;

use prost::Message;
use proxy_wasm::traits::{Context, HttpContext, RootContext};
use proxy_wasm::types::{Action, BufferType, ContextType, LogLevel};
use warden_core::credentials::{self, Authorization};
use warden_core::guards::spoofing::ServerIdentity;
use warden_core::guards::FailureMode;
use warden_core::mcp::{Implementation, Method};
use warden_core::pipeline::{
    self, Consultation, Engine, Exchange, ListCache, LocalReply, RequestFacts, RequestOutcome,
    ResponseContext, ResponseReport, SidecarAnswer, SseInspector,
};
use warden_core::reply;
use warden_core::transport::{classify_request, Framing, RequestKind};

use crate::audit;
use crate::decide;
use crate::host::{self, HostKv};
use crate::metrics::{Counter, Metrics};
use crate::pins::SharedPins;
use crate::reuse::Reusable;
use crate::shipper::{self, Shipper};
use crate::wire::HeaderMap;

mod held;

/// Shared-data key of the last `serverInfo` an upstream announced.
const SERVER_INFO_PREFIX: &str = "warden.serverinfo/";
/// `configChange` records (shared by the VM's workers and filter configs):
/// the SHA-256 of the configuration last applied, the last one refused (with
/// why), and the last refusal recorded.
const CONFIG_APPLIED: &str = "warden.config/applied";
const CONFIG_REJECTED: &str = "warden.config/rejected";
const CONFIG_REJECTED_RECORDED: &str = "warden.config/rejected-recorded";

/// Swap `value` into the shared `key` unless it is there already. Every
/// worker's VM (and every root context of a filter config) runs this for the
/// same change; only the one whose compare-and-swap succeeds gets `Some`
/// (with the value it replaced), so a change is recorded once.
fn claim(key: &str, value: &str) -> Option<Option<String>> {
    let mut read = host::shared_data(key);
    if read.1.is_none() {
        // A first write cannot compare-and-swap: create the key, then race
        // for it like any later change.
        let _ = host::set_shared_data(key, b"", None);
        read = host::shared_data(key);
    }
    let (seen, cas) = read;
    let seen = seen
        .and_then(|b| String::from_utf8(b).ok())
        .filter(|s| !s.is_empty());
    if seen.as_deref() == Some(value) || cas.is_none() {
        return None;
    }
    matches!(host::set_shared_data(key, value.as_bytes(), cas), Ok(true)).then_some(seen)
}

proxy_wasm::main! {{
    proxy_wasm::set_log_level(LogLevel::Info);
    proxy_wasm::set_root_context(|_| -> Box<dyn RootContext> { Box::new(Root::default()) });
}}

#[derive(Default)]
struct Root {
    engine: Option<Rc<Engine>>,
    metrics: Option<Rc<Metrics>>,
    /// Verdicts on recent tools/list results, shared by this VM's requests.
    cache: Rc<RefCell<ListCache>>,
    /// Allows the sidecar let this VM give again itself.
    reusable: Rc<RefCell<Reusable>>,
    /// The same for re-listed tools/list results its guards let through.
    relisted: Rc<RefCell<Reusable>>,
    /// Ships local decisions to the sidecar's audit log (when configured).
    audit: Option<Rc<Shipper>>,
    /// The digest of a configuration applied but not yet recorded.
    applied: Option<String>,
}

impl Context for Root {
    fn on_grpc_call_response(&mut self, token_id: u32, status_code: u32, response_size: usize) {
        if let Some(a) = &self.audit {
            a.on_response(token_id, status_code, response_size);
        }
    }
}

impl RootContext for Root {
    fn on_configure(&mut self, _size: usize) -> bool {
        let Some(config) = host::plugin_configuration() else {
            host::log(LogLevel::Error, "warden: configuration unreadable");
            return false;
        };
        let digest = audit::sha256_hex(&config);
        match Engine::from_json(&config) {
            Ok(engine) => {
                self.engine = Some(Rc::new(engine));
                self.cache.borrow_mut().clear();
                self.reusable.borrow_mut().clear();
                self.relisted.borrow_mut().clear();
                if self.metrics.is_none() {
                    self.metrics = Some(Rc::new(Metrics::define()));
                }
                self.configure_audit();
                // Recorded from the first tick: Envoy also configures a copy
                // on its main thread, which never ticks nor ships.
                self.applied = Some(digest);
                true
            }
            Err(e) => {
                host::log(
                    LogLevel::Error,
                    &format!("warden: rejecting configuration: {e}"),
                );
                // This root context never serves, and a new filter config
                // gets a root context of its own: the one still in force (if
                // it audits) records the refusal from its next tick.
                let reason: String = e.to_string().chars().take(512).collect();
                let _ = host::set_shared_data(
                    CONFIG_REJECTED,
                    format!("{digest} {reason}").as_bytes(),
                    None,
                );
                false
            }
        }
    }

    fn on_tick(&mut self) {
        if let (Some(digest), Some(a)) = (self.applied.take(), &self.audit) {
            if let Some(previous) = claim(CONFIG_APPLIED, &digest) {
                a.push(a.config_change("applied", &digest, previous.as_deref(), ""));
            }
        }
        self.record_config_rejection();
        if let Some(a) = &self.audit {
            a.flush_if_due();
        }
    }

    fn create_http_context(&self, _context_id: u32) -> Option<Box<dyn HttpContext>> {
        // Never `None` (Envoy would run the request without the filter): an
        // unconfigured VM refuses every request instead.
        let (Some(engine), Some(metrics)) = (self.engine.clone(), self.metrics.clone()) else {
            return Some(Box::new(Unconfigured));
        };
        metrics.note_vm_memory();
        Some(Box::new(Exchanger {
            audit: self.audit.clone(),
            sidecar_decided: false,
            started_ms: 0,
            strict_token: None,
            engine,
            metrics,
            cache: self.cache.clone(),
            reusable: self.reusable.clone(),
            relisted: self.relisted.clone(),
            reuse_keys: Vec::new(),
            kind: RequestKind::Other,
            facts: RequestFacts::default(),
            exchange: Exchange::default(),
            request: RequestState::Idle,
            response: ResponseState::Pass,
            pending: HashMap::new(),
            consultations: Vec::new(),
            answers: Vec::new(),
            forward_body: Vec::new(),
            sniff: false,
            request_size: 0,
            response_size: 0,
            kept_length: None,
            held: None,
        }))
    }

    fn get_type(&self) -> Option<ContextType> {
        Some(ContextType::HttpContext)
    }
}

/// The HTTP context of a VM without a valid configuration: refuses everything.
struct Unconfigured;

impl Context for Unconfigured {}

impl HttpContext for Unconfigured {
    fn on_http_request_headers(&mut self, _: usize, _: bool) -> Action {
        let r = pipeline::uninspectable_reply(503, "not_configured");
        if !host::send_json(r.status, &r.body) {
            host::log(LogLevel::Error, "warden: could not send local reply");
        }
        Action::Pause
    }
}

impl Root {
    /// Start (or stop) shipping local decisions per the new configuration.
    /// A configuration Envoy refused since the last tick, recorded once.
    fn record_config_rejection(&self) {
        let Some(a) = &self.audit else {
            return;
        };
        let Some(text) = host::shared_data(CONFIG_REJECTED)
            .0
            .and_then(|b| String::from_utf8(b).ok())
        else {
            return;
        };
        let (digest, reason) = text.split_once(' ').unwrap_or((&text, ""));
        if claim(CONFIG_REJECTED_RECORDED, digest).is_some() {
            let in_force = host::shared_data(CONFIG_APPLIED)
                .0
                .and_then(|b| String::from_utf8(b).ok());
            a.push(a.config_change("rejected", digest, in_force.as_deref(), reason));
        }
    }

    fn configure_audit(&mut self) {
        let (Some(engine), Some(metrics)) = (&self.engine, &self.metrics) else {
            return;
        };
        match (&engine.config.audit, engine.config.audit_cluster()) {
            (Some(cfg), Some(cluster)) => {
                if let Some(old) = &self.audit {
                    old.flush();
                }
                let shipper = Shipper::new(cfg.clone(), cluster.to_owned(), metrics.clone());
                self.set_tick_period(shipper.tick_period());
                self.audit = Some(Rc::new(shipper));
            }
            _ => {
                self.audit = None;
                self.set_tick_period(Duration::ZERO);
            }
        }
    }
}

/// Request headers the classification needs, borrowed from the header map.
struct Captured<'h> {
    method: Cow<'h, str>,
    path: Cow<'h, str>,
    content_type: Option<Cow<'h, str>>,
    accept_encoding: bool,
    /// Every `authorization` value (a repeated header is judged as a whole).
    authorization: Vec<Cow<'h, str>>,
}

/// Keep the sidecar's allow under `key` when its reply (`bytes`) lets the
/// filter give it again.
fn keep_reusable(
    store: &RefCell<Reusable>,
    key: Option<Vec<u8>>,
    answer: &SidecarAnswer,
    bytes: &[u8],
) {
    if let (SidecarAnswer::Allow, Some(key)) = (answer, key) {
        let now = shipper::now_ms();
        if let Some(grant) = decide::reuse_grant(bytes, now) {
            store.borrow_mut().put(key, grant, now);
        }
    }
}

fn redaction_failed(id: Option<&warden_core::jsonrpc::Id>) -> LocalReply {
    LocalReply::guard_error(
        id,
        "redaction_failed",
        "Warden could not redact the request; it was not forwarded",
    )
}

enum RequestState {
    Idle,
    Buffering,
    AwaitingSidecar,
    Done,
}

enum ResponseState {
    Pass,
    BufferJson,
    Sse(Box<SseInspector>),
    /// A whole SSE stream buffered for the sidecar's guards (`held`).
    BufferSse,
    /// The body cannot be inspected: its first chunk becomes this JSON-RPC
    /// error, the rest is dropped.
    Replace(String),
    /// Drop every remaining chunk (the body was already replaced).
    Drop,
}

struct Exchanger {
    audit: Option<Rc<Shipper>>,
    /// The sidecar answered (so it recorded the decision, not the filter).
    sidecar_decided: bool,
    /// When the request body was complete (for the record's latency).
    started_ms: u64,
    /// Strict audit: the record call the request waits for.
    strict_token: Option<u32>,
    engine: Rc<Engine>,
    metrics: Rc<Metrics>,
    cache: Rc<RefCell<ListCache>>,
    reusable: Rc<RefCell<Reusable>>,
    relisted: Rc<RefCell<Reusable>>,
    /// The reuse key of each consultation sent to the sidecar.
    reuse_keys: Vec<Option<Vec<u8>>>,
    kind: RequestKind,
    facts: RequestFacts,
    exchange: Exchange,
    request: RequestState,
    response: ResponseState,
    /// gRPC token → index into `consultations`.
    pending: HashMap<u32, usize>,
    consultations: Vec<Consultation>,
    answers: Vec<Option<SidecarAnswer>>,
    /// The request body as it will be forwarded (after local redaction), kept
    /// while the sidecar decides: its answer may redact further.
    forward_body: Vec<u8>,
    /// A body off the MCP paths: inspected only if it could be JSON-RPC.
    sniff: bool,
    /// Bytes buffered so far, for the trailer callbacks.
    request_size: usize,
    response_size: usize,
    /// The response's `content-length`, kept (see `may_keep_length`).
    kept_length: Option<usize>,
    /// A response held for the sidecar's WebAssembly guards.
    held: Option<Box<held::HeldResponse>>,
}

impl Exchanger {
    fn reply(&mut self, r: &LocalReply) {
        if !self.sidecar_decided && self.kind != RequestKind::Other {
            let (rule, reason) = crate::audit::reply_parts(&r.body);
            self.record("deny", vec![r.code.clone()], rule, reason, "request");
        }
        self.metrics.denial(&r.code);
        self.request = RequestState::Done;
        if !host::send_json(r.status, &r.body) {
            host::log(LogLevel::Error, "warden: could not send local reply");
        }
    }

    /// The audit record of a decision on this exchange.
    fn decision(
        &self,
        a: &Shipper,
        effect: &str,
        codes: Vec<String>,
        rule: String,
        reason: String,
        dir: &str,
    ) -> crate::proto::FilterDecision {
        let body = (!self.forward_body.is_empty()).then_some(self.forward_body.as_slice());
        a.decision(
            &self.facts,
            &self.exchange,
            body,
            self.server_name(),
            effect,
            codes,
            rule,
            reason,
            self.started_ms,
            dir,
        )
    }

    /// Record a local decision (buffered for the next shipment).
    fn record(&self, effect: &str, codes: Vec<String>, rule: String, reason: String, dir: &str) {
        if let Some(a) = &self.audit {
            a.push(self.decision(a, effect, codes, rule, reason, dir));
        }
    }

    /// A request the filter lets through on its own: record it (allows only
    /// when configured); in strict mode hold it until the record is durable.
    fn forward_locally(&mut self) -> Action {
        let Some(a) = self.audit.clone() else {
            return Action::Continue;
        };
        let (effect, codes) = if self.exchange.redactions > 0 {
            ("redact", vec!["dlp_redacted".to_owned()])
        } else if self.exchange.warnings > 0 {
            ("warn", vec!["guard_warning".to_owned()])
        } else {
            ("allow", Vec::new())
        };
        if effect == "allow" && !a.config.record_allows && !a.config.strict {
            return Action::Continue;
        }
        let d = self.decision(&a, effect, codes, String::new(), String::new(), "request");
        if !a.config.strict {
            a.push(d);
            return Action::Continue;
        }
        let batch = crate::proto::RecordBatch {
            decisions: vec![d],
            dropped: 0,
            strict: true,
        };
        match a.send(&batch) {
            Some(token) => {
                self.strict_token = Some(token);
                self.request = RequestState::AwaitingSidecar;
                Action::Pause
            }
            None => {
                self.metrics.add(Counter::AuditStrictDenied, 1);
                let r = crate::audit::strict_reply(self.exchange.ids.first(), "dispatch failed");
                self.sidecar_decided = true; // cannot be recorded; do not queue it
                self.reply(&r);
                Action::Pause
            }
        }
    }

    /// Capture everything later callbacks need: headers cannot be read from body
    /// callbacks or after a gRPC reply.
    fn capture<'h>(&mut self, headers: &'h HeaderMap) -> Captured<'h> {
        let get = |name: &str| headers.text(name).map(Cow::into_owned);
        let c = &self.engine.config;
        let path = headers.text(":path").unwrap_or_default();
        self.facts = RequestFacts {
            authority: get(":authority").unwrap_or_default(),
            path: path.clone().into_owned(),
            scheme: get(":scheme").unwrap_or_else(|| "http".into()),
            session_id: get("mcp-session-id"),
            xfcc: get("x-forwarded-client-cert"),
            identity_header: c.identity_header.as_deref().and_then(get),
            jwt_payload: c.jwt_payload_header.as_deref().and_then(get),
            bearer_token: headers
                .text("authorization")
                .and_then(|a| warden_core::guards::acl::bearer_token(&a).map(str::to_owned)),
            identity: self
                .engine
                .identity_headers()
                .iter()
                .filter_map(|h| Some((h.clone(), get(h)?)))
                .collect(),
        };
        Captured {
            method: headers.text(":method").unwrap_or_default(),
            path,
            // Duplicated headers are joined, so two content types read as ambiguous.
            content_type: headers.joined("content-type"),
            accept_encoding: headers.get("accept-encoding").is_some(),
            authorization: headers
                .all("authorization")
                .map(crate::wire::lossy)
                .collect(),
        }
    }

    fn server_name(&self) -> &str {
        self.engine.server_name(&self.facts)
    }

    /// Who the upstream is: configured name, URL it is reached at, and the
    /// `serverInfo` it last announced (remembered across requests and workers).
    fn server_identity(&self) -> ServerIdentity {
        let name = self.server_name().to_owned();
        // Only lists, handshakes and server streams are checked against the
        // server's identity, and only by the spoofing guard; a call result, or
        // any response when that guard is off, needs just the name.
        let needs_identity = self.engine.reads_server_identity()
            && (self.exchange.methods.is_empty()
                || self
                    .exchange
                    .methods
                    .iter()
                    .any(|m| matches!(m, Method::ToolsList | Method::Initialize)));
        if !needs_identity {
            return ServerIdentity::new(&name);
        }
        let path = self.facts.path.split('?').next().unwrap_or("");
        let url = format!("{}://{}{}", self.facts.scheme, self.facts.authority, path);
        let mut id = ServerIdentity::new(&name).with_url(&url);
        if let (Some(bytes), _) = host::shared_data(&format!("{SERVER_INFO_PREFIX}{name}")) {
            if let Ok(info) = serde_json::from_slice::<Implementation>(&bytes) {
                id = id.with_server_info(info);
            }
        }
        id
    }

    /// Run the response guards over one body or chunk with this VM's pins and
    /// cache, then record what they did.
    fn inspect_response(
        &mut self,
        run: impl FnOnce(&Engine, &mut ResponseContext<'_>, &mut ResponseReport) -> Option<Vec<u8>>,
    ) -> Option<Vec<u8>> {
        let engine = self.engine.clone();
        let mut pins = SharedPins::new(HostKv);
        let mut cache = self.cache.borrow_mut();
        let mut report = ResponseReport::default();
        let mut ctx = ResponseContext::new(
            &self.exchange,
            self.server_identity(),
            &mut pins,
            &mut cache,
        );
        let out = run(&engine, &mut ctx, &mut report);
        drop(cache);
        if let Err(e) = pins.flush() {
            self.metrics.add(Counter::PinStoreErrors, 1);
            host::log(LogLevel::Warn, &format!("warden: pins: {e}"));
        }
        if let Some(info) = &report.server_info {
            if let Ok(bytes) = serde_json::to_vec(info) {
                let key = format!("{SERVER_INFO_PREFIX}{}", self.server_name());
                let _ = host::set_shared_data(&key, &bytes, None);
            }
        }
        for code in &report.denied {
            self.metrics.denial(code);
        }
        if !report.denied.is_empty()
            || report.redactions > 0
            || report.warnings > 0
            || report.tools_filtered > 0
            || report.pin_changes > 0
        {
            let effect = if !report.denied.is_empty() {
                "deny"
            } else if report.redactions > 0 || report.tools_filtered > 0 {
                "redact"
            } else {
                "warn"
            };
            let mut codes = report.denied.clone();
            for (n, code) in [
                (report.redactions, "dlp_redacted"),
                (report.tools_filtered, "tools_filtered"),
                (report.pin_changes, "pin_changed"),
                (report.warnings, "guard_warning"),
            ] {
                if n > 0 {
                    codes.push(code.to_owned());
                }
            }
            self.record(effect, codes, String::new(), String::new(), "response");
        }
        if let Some(a) = &self.audit {
            for change in &report.pins {
                a.push(a.pin_change(&self.facts, change));
            }
        }
        self.metrics
            .add(Counter::DeniedResponses, report.denied.len());
        self.metrics
            .add(Counter::ToolsFiltered, report.tools_filtered);
        self.metrics.add(Counter::InvalidResponses, report.invalid);
        self.metrics.add(Counter::GuardWarnings, report.warnings);
        self.metrics.add(Counter::PinChanges, report.pin_changes);
        self.metrics.add(Counter::Redactions, report.redactions);
        out
    }

    fn consult(&mut self, consultations: Vec<Consultation>) -> Action {
        let Some(sidecar) = self.engine.config.sidecar.clone() else {
            return Action::Continue;
        };
        let timeout = Duration::from_millis(sidecar.timeout_ms);
        self.answers = vec![None; consultations.len()];
        self.reuse_keys = vec![None; consultations.len()];
        let now = shipper::now_ms();
        for (i, c) in consultations.iter().enumerate() {
            let (question, key) = decide::question(c, &self.facts, self.server_name());
            if self.reuse_in(&self.reusable, &key, now, "request") {
                self.answers[i] = Some(SidecarAnswer::Allow);
                continue;
            }
            self.reuse_keys[i] = Some(key);
            let msg = question.encode_to_vec();
            self.metrics.add(Counter::SidecarCalls, 1);
            match host::dispatch_grpc(
                &sidecar.cluster,
                decide::SERVICE,
                decide::METHOD,
                &msg,
                timeout,
            ) {
                Some(token) => {
                    self.pending.insert(token, i);
                }
                None => {
                    self.metrics.add(Counter::SidecarErrors, 1);
                    self.answers[i] = Some(SidecarAnswer::Unavailable(
                        "dispatch_grpc_call failed".into(),
                    ));
                }
            }
        }
        self.consultations = consultations;
        if self.pending.is_empty() {
            return self.finish_consultation(false);
        }
        self.request = RequestState::AwaitingSidecar;
        Action::Pause
    }

    /// Answer from a reusable allow in `store`, when there is one and its
    /// reuse can be recorded as the sidecar would have recorded the call.
    fn reuse_in(&self, store: &RefCell<Reusable>, key: &[u8], now_ms: u64, dir: &str) -> bool {
        // Strict audit forwards nothing the filter decided before its record
        // is durable: ask the sidecar. Without a clock nothing expires: ask.
        if now_ms == 0 || self.audit.as_ref().is_some_and(|a| a.config.strict) {
            return false;
        }
        let mut reusable = store.borrow_mut();
        let Some(grant) = reusable.get(key, now_ms) else {
            return false;
        };
        if grant.record {
            let Some(a) = &self.audit else {
                return false;
            };
            // A reuse is only as good as its record: with the buffer full
            // (shipments behind), ask the sidecar, which records the call
            // itself, rather than drop the record.
            if !a.has_room() {
                return false;
            }
            a.push(self.decision(
                a,
                "allow",
                vec!["sidecar_answer_reused".to_owned()],
                grant.rule.clone(),
                grant.reason.clone(),
                dir,
            ));
        }
        self.metrics.add(Counter::SidecarReused, 1);
        true
    }

    /// All answers are in: reply or let the request go. `paused` says whether the
    /// request was already paused (and so must be resumed).
    fn finish_consultation(&mut self, paused: bool) -> Action {
        let answers: Vec<SidecarAnswer> = self
            .answers
            .drain(..)
            .map(|a| a.unwrap_or_else(|| SidecarAnswer::Unavailable("no answer".into())))
            .collect();
        // The sidecar recorded what it decided; what it could not decide, the
        // filter decides (failure mode) and records.
        let unavailable = answers
            .iter()
            .any(|a| matches!(a, SidecarAnswer::Unavailable(_)));
        self.sidecar_decided = !unavailable;
        let (reply, failed_open) =
            self.engine
                .resolve(&self.exchange, &self.consultations, &answers);
        self.metrics.add(Counter::SidecarFailOpen, failed_open);
        let reply = reply.or_else(|| {
            match self
                .engine
                .redact(&self.forward_body, &self.consultations, &answers)
            {
                Ok(None) => None,
                Ok(Some(new)) => {
                    let size = self.forward_body.len();
                    if host::replace_buffer(BufferType::HttpRequestBody, size, new.as_bytes()) {
                        self.metrics.add(Counter::Redactions, 1);
                        None
                    } else {
                        Some(redaction_failed(self.exchange.ids.first()))
                    }
                }
                Err(r) => Some(r),
            }
        });
        match reply {
            Some(r) => {
                self.reply(&r);
                Action::Pause
            }
            None => {
                if unavailable {
                    self.record(
                        "allow",
                        vec!["sidecar_unavailable".into()],
                        "failure_mode".into(),
                        "the sidecar did not answer; failure mode allow".into(),
                        "request",
                    );
                }
                self.request = RequestState::Done;
                if paused {
                    host::resume_request();
                }
                Action::Continue
            }
        }
    }
}

impl Context for Exchanger {
    fn on_grpc_call_response(&mut self, token_id: u32, status_code: u32, response_size: usize) {
        if self.strict_token == Some(token_id) {
            self.strict_token = None;
            if Shipper::acknowledged(status_code, response_size) {
                self.request = RequestState::Done;
                host::resume_request();
            } else {
                self.metrics.add(Counter::AuditStrictDenied, 1);
                let why = if status_code == 0 {
                    "no acknowledgement".to_owned()
                } else {
                    format!("grpc status {status_code}")
                };
                let r = crate::audit::strict_reply(self.exchange.ids.first(), &why);
                self.sidecar_decided = true; // the log is failing: do not queue it
                self.reply(&r);
            }
            return;
        }
        if self.on_held_answer(token_id, status_code, response_size) {
            return;
        }
        let Some(index) = self.pending.remove(&token_id) else {
            return;
        };
        let answer = if status_code != 0 {
            self.metrics.add(Counter::SidecarErrors, 1);
            SidecarAnswer::Unavailable(format!("grpc status {status_code}"))
        } else if response_size > decide::MAX_REPLY_BYTES {
            self.metrics.add(Counter::SidecarErrors, 1);
            SidecarAnswer::Unavailable("oversize reply".into())
        } else {
            match host::buffer(BufferType::GrpcReceiveBuffer, response_size) {
                Some(bytes) => {
                    let answer = decide::answer_from_bytes(&bytes);
                    let key = self.reuse_keys.get_mut(index).and_then(Option::take);
                    keep_reusable(&self.reusable, key, &answer, &bytes);
                    answer
                }
                None => SidecarAnswer::Unavailable("unreadable reply".into()),
            }
        };
        if matches!(answer, SidecarAnswer::Unavailable(_)) {
            if let SidecarAnswer::Unavailable(why) = &answer {
                host::log(LogLevel::Warn, &format!("warden: sidecar: {why}"));
            }
        }
        if let Some(slot) = self.answers.get_mut(index) {
            *slot = Some(answer);
        }
        if self.pending.is_empty() && matches!(self.request, RequestState::AwaitingSidecar) {
            self.finish_consultation(true);
        }
    }
}

impl Exchanger {
    /// A body Warden cannot inspect on an MCP exchange: refused (counted) unless
    /// `failureMode` is `allow`. `true`: refused.
    fn uninspectable(&mut self, status: u32, why: &str) -> bool {
        self.metrics.add(Counter::Uninspectable, 1);
        if self.engine.config.failure_mode == FailureMode::Allow {
            host::log(
                LogLevel::Warn,
                &format!("warden: uninspected ({why}), failureMode allow"),
            );
            return false;
        }
        self.reply(&pipeline::uninspectable_reply(status, why));
        true
    }

    /// The whole request body is buffered: inspect it and decide.
    fn finish_request(&mut self, body_size: usize) -> Action {
        let Some(body) = host::buffer(BufferType::HttpRequestBody, body_size) else {
            self.uninspectable(500, "body_unreadable");
            return Action::Pause;
        };
        // Only audit records carry a latency: no clock read without them.
        self.started_ms = if self.audit.is_some() {
            shipper::now_ms()
        } else {
            0
        };
        let inspected = if self.sniff {
            self.engine.inspect_sniffed(&body, &self.facts)
        } else {
            Some(self.engine.inspect_request(&body, &self.facts))
        };
        let Some((exchange, outcome)) = inspected else {
            // Not JSON-RPC to any reader: not MCP.
            self.kind = RequestKind::Other;
            self.request = RequestState::Done;
            self.metrics.add(Counter::Passthrough, 1);
            return Action::Continue;
        };
        self.exchange = exchange;
        for m in &self.exchange.methods {
            self.metrics.request(*m);
        }
        self.metrics
            .add(Counter::GuardWarnings, self.exchange.warnings);
        if let Some(new) = self.exchange.rewritten.take() {
            // Rewrite now, before any sidecar round trip: what the sidecar allows
            // is the redacted call.
            if host::replace_buffer(BufferType::HttpRequestBody, body_size, new.as_bytes()) {
                self.metrics
                    .add(Counter::Redactions, self.exchange.redactions);
                self.forward_body = new.into_bytes();
            } else {
                self.reply(&redaction_failed(self.exchange.ids.first()));
                return Action::Pause;
            }
        } else if matches!(outcome, RequestOutcome::Consult(_)) || self.audit.is_some() {
            self.forward_body = body;
        }
        match outcome {
            RequestOutcome::Forward => {
                self.request = RequestState::Done;
                self.forward_locally()
            }
            RequestOutcome::Reply(r) => {
                if self.exchange.methods.is_empty() {
                    self.metrics.add(Counter::ParseErrors, 1);
                }
                self.reply(&r);
                Action::Pause
            }
            RequestOutcome::Consult(cs) => self.consult(cs),
        }
    }

    /// Whether a JSON response of `len` bytes keeps its `content-length`
    /// (sparing Envoy the re-framing): only when nothing written in its place
    /// can be longer except a refusal, and the short refusal that stands in
    /// for a long one fits, so whatever is sent is padded to the length the
    /// client was sent.
    fn may_keep_length(&self, len: usize) -> bool {
        matches!(self.response, ResponseState::BufferJson)
            && len <= self.engine.config.limits.max_body_bytes
            && self.engine.response_rewrites_fit(&self.exchange)
            && !self.holds_for_guards()
            && pipeline::withheld_reply_len(&self.exchange) <= len
    }

    /// A response Warden cannot inspect (`why`): its body is replaced by a
    /// JSON-RPC error (a redirect becomes a 502), unless `failureMode` is
    /// `allow`. Counted either way.
    fn refuse_response(&mut self, status: u32, why: &str) -> Action {
        self.metrics.add(Counter::Uninspectable, 1);
        if self.engine.config.failure_mode == FailureMode::Allow {
            return Action::Continue;
        }
        self.metrics.denial("uninspectable");
        let r = pipeline::uninspectable_reply(200, why);
        host::remove_response_header("content-length");
        host::remove_response_header("content-encoding");
        host::remove_response_header("location");
        host::set_response_header("content-type", "application/json");
        if (300..400).contains(&status) {
            host::set_response_header(":status", "502");
        }
        self.response = ResponseState::Replace(r.body);
        Action::Continue
    }

    /// Replace the whole response body with `body` (a rewrite or a JSON-RPC
    /// error).
    fn replace_response(&mut self, body_size: usize, body: &str) -> Action {
        self.response = ResponseState::Drop;
        let fitted;
        let body = match self.kept_length {
            None => body,
            Some(len) => {
                let fits = reply::pad_to_length(body, len).or_else(|| {
                    self.metrics.add(Counter::Uninspectable, 1);
                    reply::pad_to_length(&pipeline::withheld_reply(&self.exchange), len)
                });
                match fits {
                    Some(f) => {
                        fitted = f;
                        &fitted
                    }
                    None => {
                        // `may_keep_length` makes this unreachable; should it
                        // not, nothing is sent rather than a wrong length.
                        host::reset_stream();
                        return Action::Continue;
                    }
                }
            }
        };
        if !host::replace_buffer(BufferType::HttpResponseBody, body_size, body.as_bytes()) {
            // Cannot replace: do not let the original through either.
            host::log(LogLevel::Error, "warden: could not replace a response body");
            if self.kept_length.is_some()
                || !host::replace_buffer(BufferType::HttpResponseBody, body_size, b"")
            {
                host::reset_stream();
            }
        }
        Action::Continue
    }

    /// A whole SSE stream is buffered: the native guards, then the sidecar's.
    fn finish_sse_for_guards(&mut self, body_size: usize) -> Action {
        let Some(body) = host::buffer(BufferType::HttpResponseBody, body_size) else {
            self.metrics.add(Counter::Uninspectable, 1);
            let r = pipeline::uninspectable_reply(200, "body_unreadable");
            return self.replace_response(body_size, &held::as_event(&r.body));
        };
        let mut inspector = SseInspector::new(&self.engine);
        let passed = self
            .inspect_response(|engine, ctx, report| {
                Some(inspector.push(engine, ctx, &body, true, report))
            })
            .unwrap_or_default();
        self.hold_sse_for_guards(body_size, &passed)
    }

    fn finish_json_response(&mut self, body_size: usize) -> Action {
        let Some(body) = host::buffer(BufferType::HttpResponseBody, body_size) else {
            self.metrics.add(Counter::InvalidResponses, 1);
            self.metrics.add(Counter::Uninspectable, 1);
            let r = pipeline::uninspectable_reply(200, "body_unreadable");
            return self.replace_response(body_size, &r.body);
        };
        let mut relisted = None;
        let new = self.inspect_response(|engine, ctx, report| {
            let out = engine.inspect_json_response(ctx, &body, report);
            relisted = report.relisted.take();
            out
        });
        let forwarded = new.as_deref().unwrap_or(&body);
        let rewritten = new.is_some();
        if let Some(action) =
            self.hold_for_guards(body_size, forwarded, rewritten, relisted.as_ref())
        {
            return action;
        }
        match new {
            Some(new) => {
                let new = String::from_utf8_lossy(&new).into_owned();
                self.replace_response(body_size, &new)
            }
            None => Action::Continue,
        }
    }
}

impl HttpContext for Exchanger {
    fn on_http_request_headers(&mut self, _num_headers: usize, end_of_stream: bool) -> Action {
        let Some(headers) = host::request_headers() else {
            // Without its headers a request cannot be classified or attributed,
            // nor Warden's own credential kept from the upstream: refused even
            // under `failureMode: allow`, which only lets uninspected bodies by.
            self.metrics.add(Counter::Uninspectable, 1);
            self.reply(&pipeline::uninspectable_reply(500, "headers_unreadable"));
            return Action::Pause;
        };
        let req = self.capture(&headers);
        // Credentials first, on every request: Warden's own token is captured
        // above for the sidecar and never reaches the upstream, whatever the path.
        let authorization: Vec<&str> = req.authorization.iter().map(|a| a.as_ref()).collect();
        match credentials::authorization(&self.engine.config.credentials, &authorization) {
            Authorization::Absent | Authorization::Forward => {}
            Authorization::Strip { .. } => {
                if !host::remove_request_header("authorization") {
                    // Never forward a credential we meant to remove.
                    self.reply(&LocalReply::guard_error(
                        None,
                        "credential_strip_failed",
                        "Warden could not remove the authorization header; the request was not forwarded",
                    ));
                    return Action::Pause;
                }
                self.metrics.add(Counter::CredentialsStripped, 1);
            }
            Authorization::Refuse { code, reason } => {
                self.reply(&credentials::refusal(code, reason));
                return Action::Pause;
            }
        }
        self.kind = classify_request(
            &req.method,
            &req.path,
            req.content_type.as_deref(),
            !end_of_stream,
            &self.engine.config.mcp_paths,
        );
        match self.kind {
            RequestKind::Refuse(why) => {
                self.metrics.add(Counter::Uninspectable, 1);
                self.reply(&pipeline::uninspectable_reply(400, why));
                return Action::Pause;
            }
            RequestKind::Other => {
                self.metrics.add(Counter::Passthrough, 1);
                return Action::Continue;
            }
            RequestKind::McpStream => {
                self.exchange = self.engine.stream_exchange();
            }
            RequestKind::Sniff if end_of_stream => {
                self.kind = RequestKind::Other;
                self.metrics.add(Counter::Passthrough, 1);
                return Action::Continue;
            }
            RequestKind::McpPost | RequestKind::Sniff => {
                self.sniff = self.kind == RequestKind::Sniff;
                self.request = RequestState::Buffering;
                if end_of_stream {
                    // A JSON POST without a body is malformed JSON.
                    let (_, outcome) = self.engine.inspect_request(b"", &self.facts);
                    if let RequestOutcome::Reply(r) = outcome {
                        self.metrics.add(Counter::ParseErrors, 1);
                        self.reply(&r);
                    }
                    return Action::Pause;
                }
            }
        }
        // Bodies we inspect must arrive uncompressed.
        if req.accept_encoding {
            let _ = host::remove_request_header("accept-encoding");
        }
        // Redaction may change the body's length, and headers cannot change once
        // the body is seen.
        if matches!(self.kind, RequestKind::McpPost | RequestKind::Sniff)
            && self.engine.may_rewrite_requests()
        {
            let _ = host::remove_request_header("content-length");
        }
        Action::Continue
    }

    fn on_http_request_body(&mut self, body_size: usize, end_of_stream: bool) -> Action {
        if !matches!(self.request, RequestState::Buffering) {
            return Action::Continue;
        }
        self.request_size = body_size;
        let limit = self.engine.config.limits.max_body_bytes;
        if body_size > limit {
            self.metrics.add(Counter::Uninspectable, 1);
            self.reply(&pipeline::too_large_reply(body_size, limit));
            return Action::Pause;
        }
        if !end_of_stream {
            return Action::Pause; // Envoy keeps buffering; bounded by the check above
        }
        self.finish_request(body_size)
    }

    /// Trailers end the stream without a final body callback: a buffered body is
    /// inspected here, never released unseen.
    fn on_http_request_trailers(&mut self, _num_trailers: usize) -> Action {
        if !matches!(self.request, RequestState::Buffering) {
            return Action::Continue;
        }
        match self.finish_request(self.request_size) {
            Action::Continue => Action::Continue,
            _ => Action::Pause,
        }
    }

    fn on_http_response_headers(&mut self, _num_headers: usize, end_of_stream: bool) -> Action {
        if self.kind != RequestKind::Other && !self.exchange.inspect_response {
            return Action::Continue; // nothing to inspect: no host call
        }
        if self.kind == RequestKind::Other {
            // An SSE stream is inspected wherever it comes from: a client may
            // have been pointed at it (legacy `endpoint`, a redirect).
            let framing = Framing::parse(host::response_header("content-type").as_deref());
            if !matches!(framing, Ok(Framing::EventStream)) {
                return Action::Continue;
            }
            self.exchange = self.engine.stream_exchange();
        }
        // Every header this callback reads in one host call (each value read is
        // a call into Envoy plus one back into this VM's allocator).
        let Some(headers) = host::response_headers() else {
            return self.refuse_response(0, "headers_unreadable");
        };
        // Joined as the request's are (Envoy already joins a repeated
        // `content-type`; this does not depend on it).
        let framing = Framing::parse(headers.joined("content-type").as_deref());
        let status = headers
            .text(":status")
            .and_then(|s| s.parse::<u32>().ok())
            .unwrap_or(0);
        let encoded = headers
            .text("content-encoding")
            .is_some_and(|e| !e.trim().eq_ignore_ascii_case("identity"));
        let length = headers.text("content-length");
        let refuse = if (300..400).contains(&status) {
            // A redirect would send the client's message somewhere Warden may
            // not see it: refused, never followed.
            Some("redirect_refused")
        } else if encoded {
            Some("content_encoding_unsupported")
        } else {
            match framing {
                Err(e) => Some(e.code()),
                // No body, or an acknowledgement clients do not read (the
                // legacy transport answers each POST `202 Accepted`).
                Ok(Framing::Other) if end_of_stream || matches!(status, 202 | 204) => None,
                Ok(Framing::Other) => Some("content_type_unsupported"),
                Ok(_) => None,
            }
        };
        if let Some(why) = refuse {
            return self.refuse_response(status, why);
        }
        self.response = match framing {
            Ok(Framing::Json) => ResponseState::BufferJson,
            Ok(Framing::EventStream) if self.holds_for_guards() => ResponseState::BufferSse,
            Ok(Framing::EventStream) => {
                ResponseState::Sse(Box::new(SseInspector::new(&self.engine)))
            }
            _ => ResponseState::Pass,
        };
        if let Some(length) = length.filter(|_| !matches!(self.response, ResponseState::Pass)) {
            self.kept_length = length
                .trim()
                .parse::<usize>()
                .ok()
                .filter(|&len| self.may_keep_length(len));
            // Otherwise the body may change length: Envoy re-frames it.
            if self.kept_length.is_none() {
                host::remove_response_header("content-length");
            }
        }
        Action::Continue
    }

    fn on_http_response_body(&mut self, body_size: usize, end_of_stream: bool) -> Action {
        let limit = self.engine.config.limits.max_body_bytes;
        self.response_size = body_size;
        match std::mem::replace(&mut self.response, ResponseState::Pass) {
            ResponseState::Pass => Action::Continue,
            ResponseState::Drop => {
                if body_size > 0
                    && !host::replace_buffer(BufferType::HttpResponseBody, body_size, b"")
                {
                    host::reset_stream();
                }
                self.response = ResponseState::Drop;
                Action::Continue
            }
            ResponseState::Replace(body) => self.replace_response(body_size, &body),
            ResponseState::BufferJson if body_size > limit => {
                // Too big to inspect: replace rather than let it through unseen,
                // and drop whatever follows.
                self.metrics.add(Counter::InvalidResponses, 1);
                self.metrics.add(Counter::Uninspectable, 1);
                let r = pipeline::too_large_reply(body_size, limit);
                self.replace_response(body_size, &r.body)
            }
            ResponseState::BufferJson if !end_of_stream => {
                self.response = ResponseState::BufferJson;
                Action::Pause
            }
            ResponseState::BufferJson => self.finish_json_response(body_size),
            ResponseState::BufferSse if body_size > limit => {
                self.metrics.add(Counter::Uninspectable, 1);
                let r = pipeline::too_large_reply(body_size, limit);
                self.replace_response(body_size, &held::as_event(&r.body))
            }
            ResponseState::BufferSse if !end_of_stream => {
                self.response = ResponseState::BufferSse;
                Action::Pause
            }
            ResponseState::BufferSse => self.finish_sse_for_guards(body_size),
            ResponseState::Sse(mut inspector) => {
                let Some(chunk) = host::buffer(BufferType::HttpResponseBody, body_size) else {
                    self.metrics.add(Counter::Uninspectable, 1);
                    let r = pipeline::uninspectable_reply(200, "body_unreadable");
                    return self.replace_response(body_size, &r.body);
                };
                let out = self
                    .inspect_response(|engine, ctx, report| {
                        Some(inspector.push(engine, ctx, &chunk, end_of_stream, report))
                    })
                    .unwrap_or_default();
                if out != chunk
                    && !host::replace_buffer(BufferType::HttpResponseBody, body_size, &out)
                {
                    host::log(LogLevel::Error, "warden: could not rewrite an SSE chunk");
                    host::reset_stream();
                    return Action::Continue;
                }
                self.response = ResponseState::Sse(inspector);
                Action::Continue
            }
        }
    }

    /// Trailers end the response without a final body callback: a buffered JSON
    /// body is inspected here; an SSE event still held back is dropped.
    fn on_http_response_trailers(&mut self, _num_trailers: usize) -> Action {
        if matches!(self.response, ResponseState::BufferJson) {
            self.response = ResponseState::Pass;
            return self.finish_json_response(self.response_size);
        }
        if matches!(self.response, ResponseState::BufferSse) {
            self.response = ResponseState::Pass;
            return self.finish_sse_for_guards(self.response_size);
        }
        Action::Continue
    }
}
