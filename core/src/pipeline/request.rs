//! The request side: parse a buffered MCP POST, run the request guards, decide
//! whether to forward, answer locally, or consult the sidecar.

use std::borrow::Cow;

use serde::Deserialize;
use serde_json::value::RawValue;

use super::{Consultation, Engine, Exchange, LocalReply, RequestOutcome, SidecarAnswer};
use crate::error::ParseError;
use crate::guards::FailureMode;
use crate::jsonrpc::{parse_body, Id, Kind};
use crate::mcp::{parse_object, Method};
use crate::reply::{codes, Denial};

#[derive(Deserialize)]
struct CallView<'a> {
    #[serde(borrow)]
    name: Cow<'a, str>,
    #[serde(borrow, default)]
    arguments: Option<&'a RawValue>,
}

impl Engine {
    /// Inspect a buffered MCP POST body.
    pub fn inspect_request(&self, body: &[u8]) -> (Exchange, RequestOutcome) {
        let config = &self.config;
        let mut exchange = Exchange::default();
        let payload = match parse_body(body, &config.limits) {
            Ok(p) => p,
            Err(e) => return (exchange, RequestOutcome::Reply(parse_error_reply(&e))),
        };
        exchange.batch = payload.is_batch();
        let mut denials: Vec<(Option<Id>, Denial)> = Vec::new();
        let mut consult = Vec::new();
        for msg in payload.messages() {
            let Some(method_name) = msg.method.as_deref() else {
                continue; // a client's response to a server request: nothing to guard
            };
            let method = Method::parse(method_name);
            exchange.methods.push(method);
            let id = msg.id.id().cloned();
            if let Some(id) = &id {
                exchange.ids.push(id.clone());
            }
            // Results that carry tools or server identity are always inspected.
            if matches!(method, Method::ToolsList | Method::Initialize) {
                exchange.inspect_response = true;
            }
            if method == Method::ToolsList
                && msg.params.is_some_and(|p| p.get().contains("\"cursor\""))
            {
                exchange.paged = true;
            }
            let call = match method {
                Method::ToolsCall => {
                    match parse_object::<CallView>(msg.params, "tools/call params") {
                        Ok(c) => Some(c),
                        Err(e) => {
                            denials.push((id, Denial::from_parse_error(&e)));
                            continue;
                        }
                    }
                }
                _ => None,
            };
            if let Some(call) = &call {
                if let Some(glob) = config.tool_deny_list.matches(&call.name) {
                    let denial = Denial::new(
                        codes::DENIED,
                        "tool_denied",
                        format!(
                            "Warden denied tools/call '{}': the tool matches deny-list entry '{}'",
                            call.name,
                            glob.as_str()
                        ),
                    )
                    .with_guard("tool_deny_list");
                    denials.push((id, denial));
                    continue;
                }
            }
            // A `tools/call` without an id is still a call a server may act on: only
            // genuine `notifications/*` skip the sidecar.
            let consultable =
                msg.kind == Kind::Request || !method_name.starts_with("notifications/");
            if consultable {
                if let Some(sidecar) = &config.sidecar {
                    if sidecar.methods.matches(method_name).is_some() {
                        consult.push(Consultation {
                            id,
                            method: method_name.to_owned(),
                            tool: call.as_ref().map(|c| c.name.clone().into_owned()),
                            arguments_json: call
                                .as_ref()
                                .and_then(|c| c.arguments.map(|a| a.get().to_owned())),
                        });
                    }
                }
            }
        }
        let outcome = if !denials.is_empty() {
            RequestOutcome::Reply(denial_reply(&exchange, denials))
        } else if !consult.is_empty() {
            RequestOutcome::Consult(consult)
        } else {
            RequestOutcome::Forward
        };
        (exchange, outcome)
    }

    /// Combine the sidecar's answers: `None` forwards the request, `Some` replies.
    /// The second value counts answers that were unavailable but failed open.
    pub fn resolve(
        &self,
        exchange: &Exchange,
        consultations: &[Consultation],
        answers: &[SidecarAnswer],
    ) -> (Option<LocalReply>, usize) {
        let fail_open = self
            .config
            .sidecar
            .as_ref()
            .is_some_and(|s| s.failure_mode == FailureMode::Allow);
        let mut denials = Vec::new();
        let mut failed_open = 0;
        for (c, answer) in consultations.iter().zip(answers) {
            match answer {
                SidecarAnswer::Allow => {}
                SidecarAnswer::Deny(d) => denials.push((c.id.clone(), d.clone())),
                SidecarAnswer::Unavailable(_) if fail_open => failed_open += 1,
                SidecarAnswer::Unavailable(_) => denials.push((
                    c.id.clone(),
                    Denial::new(
                        codes::SIDECAR_UNAVAILABLE,
                        "sidecar_unavailable",
                        "Warden could not reach its policy service; the request was not forwarded",
                    ),
                )),
            }
        }
        if answers.len() < consultations.len() && !fail_open {
            denials.push((
                None,
                Denial::new(
                    codes::SIDECAR_UNAVAILABLE,
                    "sidecar_unavailable",
                    "Warden did not receive every policy decision",
                ),
            ));
        }
        if denials.is_empty() {
            (None, failed_open)
        } else {
            (Some(denial_reply(exchange, denials)), failed_open)
        }
    }
}

fn parse_error_reply(e: &ParseError) -> LocalReply {
    let status = match e {
        ParseError::TooLarge { .. } => 413,
        _ => 400,
    };
    LocalReply {
        status,
        body: Denial::from_parse_error(e).to_response(None),
        code: e.code().to_owned(),
    }
}

/// A local reply for an oversize body, before anything was parsed.
pub fn too_large_reply(size: usize, limit: usize) -> LocalReply {
    parse_error_reply(&ParseError::TooLarge { size, limit })
}

/// JSON-RPC errors are answered with HTTP 200 so MCP clients surface the error
/// (with its id) to the caller instead of failing the transport. A batch with any
/// denied member is refused whole: each request gets an error, the denied ones
/// their own reason.
fn denial_reply(exchange: &Exchange, denials: Vec<(Option<Id>, Denial)>) -> LocalReply {
    let code = denials
        .first()
        .map(|(_, d)| d.code.clone())
        .unwrap_or_default();
    if !exchange.batch {
        let (id, denial) = &denials[0];
        return LocalReply {
            status: 200,
            body: denial.to_response(id.as_ref()),
            code,
        };
    }
    let mut parts = Vec::with_capacity(exchange.ids.len().max(1));
    for id in &exchange.ids {
        match denials.iter().find(|(d_id, _)| d_id.as_ref() == Some(id)) {
            Some((_, d)) => parts.push(d.to_response(Some(id))),
            None => parts.push(
                Denial::new(
                    codes::DENIED,
                    "batch_rejected",
                    "Warden refused this batch because another member was denied",
                )
                .to_response(Some(id)),
            ),
        }
    }
    // Denials without a request id (malformed members) still need a voice.
    for (id, d) in &denials {
        if id.is_none() {
            parts.push(d.to_response(None));
        }
    }
    LocalReply {
        status: 200,
        body: format!("[{}]", parts.join(",")),
        code,
    }
}
