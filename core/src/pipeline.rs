//! What the filter does with each message, as pure functions over bytes.
//!
//! The proxy-wasm adapter only moves bytes between Envoy and these functions, so
//! the whole decision path is tested natively and benchmarked without Envoy.

use std::borrow::Cow;

use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::Value;

use crate::config::FilterConfig;
use crate::error::ParseError;
use crate::jsonrpc::{parse_body, Id, Kind, MessageView};
use crate::mcp::{parse_object, Method};
use crate::reply::{codes, Denial};
use crate::sse::SseParser;

/// Identity and session facts captured from the request headers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RequestFacts {
    pub authority: String,
    pub session_id: Option<String>,
    pub xfcc: Option<String>,
    pub identity_header: Option<String>,
    pub jwt_payload: Option<String>,
    pub bearer_token: Option<String>,
}

/// What one HTTP exchange carried, remembered for the response and for metrics.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Exchange {
    /// The method of each request and notification in the body.
    pub methods: Vec<Method>,
    /// Ids of the requests, in body order.
    pub ids: Vec<Id>,
    pub batch: bool,
    /// Whether the response must be inspected (and so may be rewritten).
    pub inspect_response: bool,
}

impl Exchange {
    /// A GET that opens a server stream: responses may arrive on it at any time
    /// (legacy HTTP+SSE), so it is inspected whenever anything could be filtered.
    pub fn stream(config: &FilterConfig) -> Self {
        Self {
            inspect_response: !config.tool_deny_list.is_empty(),
            ..Self::default()
        }
    }
}

/// A reply the filter sends instead of forwarding.
#[derive(Clone, Debug, PartialEq)]
pub struct LocalReply {
    pub status: u32,
    pub body: String,
    /// Stable name of the outcome, for metrics.
    pub code: String,
}

/// A question for the sidecar about one request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Consultation {
    pub id: Option<Id>,
    pub method: String,
    pub tool: Option<String>,
    pub arguments_json: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum RequestOutcome {
    Forward,
    Reply(LocalReply),
    /// Ask the sidecar about each of these, then [`resolve`].
    Consult(Vec<Consultation>),
}

/// The sidecar's answer to one [`Consultation`].
#[derive(Clone, Debug, PartialEq)]
pub enum SidecarAnswer {
    Allow,
    Deny(Denial),
    /// No usable answer (unreachable, timeout, bad reply): the reason, for logs.
    Unavailable(String),
}

#[derive(Deserialize)]
struct CallView<'a> {
    #[serde(borrow)]
    name: Cow<'a, str>,
    #[serde(borrow, default)]
    arguments: Option<&'a RawValue>,
}

/// Inspect a buffered MCP POST body.
pub fn inspect_request(config: &FilterConfig, body: &[u8]) -> (Exchange, RequestOutcome) {
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
        if method == Method::ToolsList && !config.tool_deny_list.is_empty() {
            exchange.inspect_response = true;
        }
        let call = match method {
            Method::ToolsCall => match parse_object::<CallView>(msg.params, "tools/call params") {
                Ok(c) => Some(c),
                Err(e) => {
                    denials.push((id, Denial::from_parse_error(&e)));
                    continue;
                }
            },
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
        let consultable = msg.kind == Kind::Request || !method_name.starts_with("notifications/");
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
    config: &FilterConfig,
    exchange: &Exchange,
    consultations: &[Consultation],
    answers: &[SidecarAnswer],
) -> (Option<LocalReply>, usize) {
    let fail_open = config
        .sidecar
        .as_ref()
        .is_some_and(|s| s.failure_mode == crate::guards::FailureMode::Allow);
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

/// What became of a response body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ResponseReport {
    /// Tools removed from `tools/list` results.
    pub tools_filtered: usize,
    /// Messages that could not be parsed and were replaced by an error.
    pub invalid: usize,
}

/// Inspect a whole JSON response body. `None`: forward unchanged.
pub fn inspect_json_response(
    config: &FilterConfig,
    body: &[u8],
    report: &mut ResponseReport,
) -> Option<Vec<u8>> {
    let text = match std::str::from_utf8(body) {
        Ok(t) => t,
        Err(_) => {
            report.invalid += 1;
            return Some(upstream_invalid().into_bytes());
        }
    };
    inspect_message_text(config, text, report).map(String::into_bytes)
}

/// Inspect one JSON-RPC payload (a body or an SSE event's data).
fn inspect_message_text(
    config: &FilterConfig,
    text: &str,
    report: &mut ResponseReport,
) -> Option<String> {
    let payload = match crate::jsonrpc::parse_text(text, &config.limits) {
        Ok(p) => p,
        Err(_) => {
            report.invalid += 1;
            return Some(upstream_invalid());
        }
    };
    if !payload.is_batch() {
        let msg = &payload.messages()[0];
        return filter_tools(config, msg, text, report);
    }
    let raw: Vec<&RawValue> = serde_json::from_str(text).ok()?;
    let mut changed = false;
    let mut parts = Vec::with_capacity(raw.len());
    for (msg, raw) in payload.messages().iter().zip(&raw) {
        match filter_tools(config, msg, raw.get(), report) {
            Some(new) => {
                changed = true;
                parts.push(new);
            }
            None => parts.push(raw.get().to_owned()),
        }
    }
    changed.then(|| format!("[{}]", parts.join(",")))
}

fn upstream_invalid() -> String {
    Denial::new(
        crate::error::INVALID_REQUEST,
        "upstream_invalid",
        "Warden could not parse the MCP server's response; it was not forwarded",
    )
    .to_response(None)
}

#[derive(Deserialize)]
struct ToolNames<'a> {
    #[serde(borrow)]
    tools: Vec<NameOnly<'a>>,
}

#[derive(Deserialize)]
struct NameOnly<'a> {
    #[serde(borrow, default)]
    name: Cow<'a, str>,
}

/// Remove denied tools from a `tools/list` result. Reads only the names first and
/// rewrites the message only when something must go.
fn filter_tools(
    config: &FilterConfig,
    msg: &MessageView<'_>,
    text: &str,
    report: &mut ResponseReport,
) -> Option<String> {
    if config.tool_deny_list.is_empty() || msg.kind != Kind::Result {
        return None;
    }
    let result = msg.result?;
    if !result.get().contains("\"tools\"") {
        return None;
    }
    let names: ToolNames = serde_json::from_str(result.get()).ok()?;
    let denied: Vec<bool> = names
        .tools
        .iter()
        .map(|t| config.tool_deny_list.matches(&t.name).is_some())
        .collect();
    let removed = denied.iter().filter(|d| **d).count();
    if removed == 0 {
        return None;
    }
    let mut value: Value = serde_json::from_str(text).ok()?;
    let tools = value.get_mut("result")?.get_mut("tools")?.as_array_mut()?;
    let mut keep = denied.iter().map(|d| !d);
    tools.retain(|_| keep.next().unwrap_or(true));
    report.tools_filtered += removed;
    // The id must stay byte-exact: rebuild around the original id text.
    let id = msg.id.id()?;
    if let Value::Object(map) = &mut value {
        map.remove("id");
    }
    let rest = value.to_string();
    Some(format!("{{\"id\":{},{}", id.as_json(), &rest[1..]))
}

/// Inspects an SSE response stream event by event, holding back only a partial
/// event, so streaming stays streaming.
#[derive(Debug)]
pub struct SseInspector {
    parser: SseParser,
}

impl SseInspector {
    pub fn new(config: &FilterConfig) -> Self {
        Self {
            parser: SseParser::new(config.limits.max_event_bytes),
        }
    }

    /// Feed a chunk; returns the bytes to send on now.
    pub fn push(
        &mut self,
        config: &FilterConfig,
        chunk: &[u8],
        end_of_stream: bool,
        report: &mut ResponseReport,
    ) -> Vec<u8> {
        let mut events = match self.parser.feed(chunk) {
            Ok(ev) => ev,
            Err(_) => {
                // An event over the size limit cannot be inspected: replace what is
                // held with an error event and carry on with a fresh parser.
                report.invalid += 1;
                self.parser = SseParser::new(config.limits.max_event_bytes);
                return error_event();
            }
        };
        if end_of_stream {
            match self.parser.finish() {
                Ok(rest) => events.extend(rest),
                Err(_) => {
                    report.invalid += 1;
                    let mut out = Vec::new();
                    for e in events {
                        out.extend(e.raw);
                    }
                    out.extend(error_event());
                    return out;
                }
            }
        }
        let mut out = Vec::with_capacity(chunk.len());
        for ev in events {
            let replacement = ev.event.data.as_deref().and_then(|data| {
                let looks_json = matches!(data.trim_start().as_bytes().first(), Some(b'{' | b'['));
                if !looks_json {
                    return None; // `endpoint` events, pings: not JSON-RPC
                }
                inspect_message_text(config, data, report)
            });
            match replacement {
                Some(data) => {
                    let mut e = ev.event;
                    e.data = Some(data);
                    out.extend(e.to_bytes());
                }
                None => out.extend(ev.raw),
            }
        }
        out
    }
}

fn error_event() -> Vec<u8> {
    crate::sse::SseEvent {
        event: Some("message".into()),
        data: Some(upstream_invalid()),
        ..Default::default()
    }
    .to_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(json: &str) -> FilterConfig {
        FilterConfig::from_json(json.as_bytes()).unwrap()
    }

    fn deny_cfg() -> FilterConfig {
        config(r#"{"toolDenyList":["exec_*","delete_everything"]}"#)
    }

    fn reply(outcome: RequestOutcome) -> LocalReply {
        match outcome {
            RequestOutcome::Reply(r) => r,
            other => panic!("expected a reply, got {other:?}"),
        }
    }

    #[test]
    fn allowed_call_forwards() {
        let body = br#"{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"add","arguments":{"a":1}}}"#;
        let (ex, out) = inspect_request(&deny_cfg(), body);
        assert_eq!(out, RequestOutcome::Forward);
        assert_eq!(ex.methods, vec![Method::ToolsCall]);
        assert!(!ex.inspect_response);
    }

    #[test]
    fn denied_call_replies_with_id_and_code() {
        let body = br#"{"jsonrpc":"2.0","id":"req-9","method":"tools/call","params":{"name":"exec_shell"}}"#;
        let r = reply(inspect_request(&deny_cfg(), body).1);
        assert_eq!(r.status, 200);
        assert_eq!(r.code, "tool_denied");
        let v: Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!(v["id"], "req-9");
        assert_eq!(v["error"]["code"], codes::DENIED);
        assert!(v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("exec_shell"));
    }

    #[test]
    fn malformed_and_oversize() {
        let r = reply(inspect_request(&deny_cfg(), b"{\"jsonrpc\":").1);
        assert_eq!((r.status, r.code.as_str()), (400, "parse_error"));
        assert!(r.body.contains("-32700"));
        let small = config(r#"{"limits":{"maxBodyBytes":10}}"#);
        let r = reply(
            inspect_request(
                &small,
                b"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}",
            )
            .1,
        );
        assert_eq!(r.status, 413);
        let r = reply(
            inspect_request(
                &deny_cfg(),
                br#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":[1]}"#,
            )
            .1,
        );
        assert_eq!(r.code, "invalid_params");
        assert!(r.body.contains(r#""id":1"#));
    }

    #[test]
    fn batch_with_denied_member_is_refused_whole() {
        let body = br#"[{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"add"}},
            {"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"delete_everything"}},
            {"jsonrpc":"2.0","method":"notifications/initialized"}]"#;
        let r = reply(inspect_request(&deny_cfg(), body).1);
        let v: Vec<Value> = serde_json::from_str(&r.body).unwrap();
        assert_eq!(v.len(), 2);
        assert_eq!(v[0]["error"]["data"]["warden"]["code"], "batch_rejected");
        assert_eq!(v[1]["id"], 2);
        assert_eq!(v[1]["error"]["data"]["warden"]["code"], "tool_denied");
    }

    #[test]
    fn sidecar_consultation_and_failure_modes() {
        let closed = config(r#"{"sidecar":{"cluster":"w"}}"#);
        let body = br#"{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"add","arguments":{"a":1}}}"#;
        let (ex, out) = inspect_request(&closed, body);
        let RequestOutcome::Consult(cs) = out else {
            panic!("{out:?}")
        };
        assert_eq!(cs[0].tool.as_deref(), Some("add"));
        assert_eq!(cs[0].arguments_json.as_deref(), Some(r#"{"a":1}"#));
        assert_eq!(
            resolve(&closed, &ex, &cs, &[SidecarAnswer::Allow]),
            (None, 0)
        );
        let (r, _) = resolve(&closed, &ex, &cs, &[SidecarAnswer::Unavailable("t".into())]);
        let r = r.unwrap();
        assert_eq!(r.code, "sidecar_unavailable");
        assert!(r.body.contains("-32002") && r.body.contains(r#""id":5"#));
        let open = config(r#"{"sidecar":{"cluster":"w","failureMode":"allow"}}"#);
        assert_eq!(
            resolve(&open, &ex, &cs, &[SidecarAnswer::Unavailable("t".into())]),
            (None, 1)
        );
        let denial = Denial::new(codes::DENIED, "policy_denied", "no");
        let (r, _) = resolve(&closed, &ex, &cs, &[SidecarAnswer::Deny(denial)]);
        assert_eq!(r.unwrap().code, "policy_denied");
        // Protocol notifications are not consulted; a call without an id is.
        let (_, out) = inspect_request(
            &closed,
            br#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#,
        );
        assert_eq!(out, RequestOutcome::Forward);
        let (_, out) = inspect_request(
            &closed,
            br#"{"jsonrpc":"2.0","method":"tools/call","params":{"name":"add"}}"#,
        );
        assert!(matches!(out, RequestOutcome::Consult(ref c) if c[0].id.is_none()));
    }

    const LIST: &str = r#"{"jsonrpc":"2.0","id":12345678901234567890123,"result":{"tools":[{"name":"add","description":"Add"},{"name":"exec_shell","description":"Run"}],"nextCursor":"c"}}"#;

    #[test]
    fn tools_list_is_filtered_and_id_kept() {
        let cfg = deny_cfg();
        let (ex, _) = inspect_request(&cfg, br#"{"jsonrpc":"2.0","id":1,"method":"tools/list"}"#);
        assert!(ex.inspect_response);
        let mut rep = ResponseReport::default();
        let out = inspect_json_response(&cfg, LIST.as_bytes(), &mut rep).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.starts_with(r#"{"id":12345678901234567890123,"#),
            "{text}"
        );
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["result"]["tools"].as_array().unwrap().len(), 1);
        assert_eq!(v["result"]["nextCursor"], "c");
        assert_eq!(rep.tools_filtered, 1);
        let clean = LIST.replace("exec_shell", "sub");
        assert_eq!(
            inspect_json_response(&cfg, clean.as_bytes(), &mut rep),
            None
        );
    }

    #[test]
    fn garbage_response_is_replaced() {
        let mut rep = ResponseReport::default();
        let out = inspect_json_response(&deny_cfg(), b"{oops", &mut rep).unwrap();
        assert!(String::from_utf8(out).unwrap().contains("upstream_invalid"));
        assert_eq!(rep.invalid, 1);
    }

    #[test]
    fn sse_events_filtered_one_by_one_across_chunks() {
        let cfg = deny_cfg();
        let stream = format!(
            "event: endpoint\ndata: /messages?s=1\n\n: ping\n\nevent: message\nid: 4\ndata: {LIST}\n\n"
        );
        let bytes = stream.as_bytes();
        for cut in [1, 10, 30, 60, bytes.len() - 1] {
            let mut insp = SseInspector::new(&cfg);
            let mut rep = ResponseReport::default();
            let mut out = insp.push(&cfg, &bytes[..cut], false, &mut rep);
            out.extend(insp.push(&cfg, &bytes[cut..], true, &mut rep));
            let text = String::from_utf8(out).unwrap();
            assert!(text.starts_with("event: endpoint\ndata: /messages?s=1\n\n: ping\n\n"));
            assert!(!text.contains("exec_shell"), "{text}");
            assert!(text.contains("id: 4\n") && text.contains("\"add\""));
            assert_eq!(rep.tools_filtered, 1);
        }
    }
}
