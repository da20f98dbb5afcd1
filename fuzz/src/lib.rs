//! Properties checked by the fuzz targets (and by `tests/replay.rs` over the
//! committed corpus). Each target function panics when a property fails; the
//! panic message names the property and the offending piece.
//!
//! The differential properties compare what the pipeline decided with what the
//! receiving side parses from the forwarded bytes ([`tree::Node`]: serde_json's
//! grammar, every duplicate key kept). Whether a piece is sensitive is asked of the
//! same engine with a *probe*: the piece alone in the simplest message that
//! carries it (a lone `tools/call` name, one argument, one text content item).
//! If the probe is refused or rewritten, the forwarded body must not contain it.

pub mod sidecar;
pub mod sse_ref;
pub mod tree;

pub use sidecar::audit::audit_recovery;
pub use sidecar::check::check_request;
pub use sidecar::policy::policy;
pub use sidecar::token::tokens;

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

use warden_core::guards::normalize::skeleton;
use warden_core::guards::pinning::MemoryPinStore;
use warden_core::guards::spoofing::ServerIdentity;
use warden_core::jsonrpc::{parse_body, IdField, Message, Payload};
use warden_core::mcp::Method;
use warden_core::pipeline::{
    Engine, Exchange, ListCache, RequestFacts, RequestOutcome, ResponseContext, ResponseReport,
    SseInspector,
};
use warden_core::sse::{RawEvent, SseParser};
use warden_core::Limits;

use tree::Node;

/// The engine under test: the guards on their defaults, a deny list, and a
/// spoofing allowlist that trusts the upstream the harness talks to. Shared with
/// the Python differential (`tests/diff/pydiff.py`).
pub const ENGINE_CONFIG: &str = include_str!("../engine-config.json");

/// The server name the response harness uses.
pub const SERVER: &str = "demo";
/// The tool every harness `tools/call` (and every probe) names.
pub const PROBE_TOOL: &str = "probe_tool";

pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::from_json(ENGINE_CONFIG.as_bytes()).expect("engine config"))
}

/// Probe verdicts are pure (a fixed engine; fresh pins and cache per probe), so
/// they are remembered: most strings in fuzz inputs repeat (`jsonrpc`, `2.0`, ...).
fn remembered(kind: u8, key: &[&str], probe: impl FnOnce() -> bool) -> bool {
    thread_local! {
        static SEEN: RefCell<HashMap<(u8, Vec<String>), bool>> = RefCell::new(HashMap::new());
    }
    let key = (
        kind,
        key.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>(),
    );
    if let Some(v) = SEEN.with(|m| m.borrow().get(&key).copied()) {
        return v;
    }
    let v = probe();
    SEEN.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() > 100_000 {
            m.clear(); // bounded: fuzzing runs for hours
        }
        m.insert(key, v);
    });
    v
}

// ---------------------------------------------------------------- jsonrpc

/// The JSON-RPC parser never panics, and what it accepts is what a serde_json
/// receiver reads: one envelope member of each kind, with the same values.
pub fn jsonrpc(data: &[u8]) {
    let small = Limits {
        max_body_bytes: 512,
        max_depth: 4,
        max_batch: 2,
        max_event_bytes: 512,
    };
    let _ = parse_body(data, &small);
    let Ok(payload) = parse_body(data, &Limits::default()) else {
        return;
    };
    let Some(tree) = Node::parse(data) else {
        // serde_json rejects what the envelope parser skipped over (a lone
        // surrogate escape in a raw member, ...): the receiver refuses it too.
        return;
    };
    let nodes = tree.messages();
    assert_eq!(
        nodes.len(),
        payload.messages().len(),
        "message count differs from the receiver's"
    );
    for (view, node) in payload.messages().iter().zip(nodes) {
        let one = |key: &'static str| {
            let all: Vec<&Node> = node.all(key).collect();
            assert!(all.len() <= 1, "duplicate envelope member {key:?} accepted");
            all.first().copied()
        };
        assert_eq!(one("jsonrpc").and_then(Node::as_str), Some("2.0"));
        assert_eq!(
            view.method.as_deref(),
            one("method").and_then(Node::as_str),
            "method differs from the receiver's"
        );
        match (&view.id, one("id")) {
            (IdField::Absent, None) | (IdField::Null, Some(Node::Null)) => {}
            (IdField::Id(id), Some(n)) => assert_eq!(
                Node::parse(id.as_json().as_bytes()).map(|v| v.to_value()),
                Some(n.to_value()),
                "id differs from the receiver's"
            ),
            (v, n) => panic!("id {v:?} differs from the receiver's {n:?}"),
        }
        assert_eq!(view.params.is_some(), one("params").is_some());
        assert_eq!(view.result.is_some(), one("result").is_some());
        assert_eq!(view.error.is_some(), one("error").is_some());
    }
    if let Payload::Single(_) = payload {
        let text = std::str::from_utf8(data).expect("accepted bodies are UTF-8");
        let msg = Message::parse(text).expect("a valid single message parses as Message");
        let again = Message::parse(&msg.to_json()).expect("Message output parses again");
        assert_eq!(again, msg, "Message does not survive a round trip");
    }
}

// ------------------------------------------------------------ sse_chunks

/// Split fuzz input into chunk boundaries and the stream: the first byte is the
/// number of cuts (mod 8), the next bytes the gaps between them.
pub fn split_chunks(data: &[u8]) -> (Vec<usize>, &[u8]) {
    let Some((&n, rest)) = data.split_first() else {
        return (Vec::new(), data);
    };
    let n = usize::from(n % 8).min(rest.len());
    let (gaps, stream) = rest.split_at(n);
    let mut at = 0;
    let cuts = gaps
        .iter()
        .map(|g| {
            at = (at + usize::from(*g)).min(stream.len());
            at
        })
        .collect();
    (cuts, stream)
}

fn chunks<'a>(stream: &'a [u8], cuts: &[usize]) -> Vec<&'a [u8]> {
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut last = 0;
    for &c in cuts {
        out.push(&stream[last..c]);
        last = c;
    }
    out.push(&stream[last..]);
    out
}

/// Feed the chunks; `None` when the parser refused the stream.
fn parse_sse(stream: &[u8], cuts: &[usize], max: usize) -> Option<Vec<RawEvent>> {
    let mut p = SseParser::new(max);
    let mut out = Vec::new();
    for c in chunks(stream, cuts) {
        out.extend(p.feed(c).ok()?);
    }
    out.extend(p.finish().ok()?);
    Some(out)
}

/// The SSE parser yields the same events whatever the chunk boundaries, loses
/// no byte, and sees every event a client dispatches, with the same data.
pub fn sse_chunks(data: &[u8]) {
    let (cuts, stream) = split_chunks(data);
    let _ = parse_sse(stream, &cuts, 64); // a tight limit: refusing is fine, panicking is not
    let max = 1 << 20;
    let whole = parse_sse(stream, &[], max);
    let chunked = parse_sse(stream, &cuts, max);
    assert_eq!(whole, chunked, "events depend on chunk boundaries {cuts:?}");
    let Some(events) = whole else {
        return; // refused (not UTF-8): the inspector replaces it with an error
    };
    let joined: Vec<u8> = events.iter().flat_map(|e| e.raw.iter().copied()).collect();
    assert_eq!(
        joined, stream,
        "raw event bytes do not add up to the stream"
    );
    let seen: Vec<sse_ref::Dispatched> = events
        .iter()
        .filter_map(|e| {
            let data = e.event.data.clone()?;
            let event = match e.event.event.as_deref() {
                None | Some("") => "message".to_owned(),
                Some(t) => t.to_owned(),
            };
            Some(sse_ref::Dispatched { event, data })
        })
        .collect();
    let client = sse_ref::read_stream(stream);
    assert!(
        seen.len() >= client.events.len() && seen[..client.events.len()] == client.events[..],
        "a client dispatches events the parser did not see: client {:?}, parser {:?}",
        client.events,
        seen
    );
    assert!(
        seen.len() <= client.events.len() + 1,
        "the parser invented events: client {:?}, parser {seen:?}",
        client.events
    );
}

// ---------------------------------------------------------- request_diff

fn facts() -> RequestFacts {
    RequestFacts {
        authority: SERVER.into(),
        path: "/mcp".into(),
        scheme: "http".into(),
        ..RequestFacts::default()
    }
}

fn json_string(s: &str) -> String {
    serde_json::Value::String(s.to_owned()).to_string()
}

/// A tool name that looks like one the engine refuses (its skeleton: invisible
/// characters removed, look-alike and compatibility letters folded) while the
/// name itself passes.
pub fn look_alike_of_refused(name: &str) -> Option<String> {
    let folded = skeleton(name);
    (folded != name && !probe_call_name(name) && probe_call_name(&folded)).then_some(folded)
}

/// Would the engine refuse a `tools/call` of this tool on its own?
pub fn probe_call_name(name: &str) -> bool {
    remembered(0, &[name], || {
        let body = format!(
            r#"{{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{{"name":{}}}}}"#,
            json_string(name)
        );
        !matches!(
            engine().inspect_request(body.as_bytes(), &facts()).1,
            RequestOutcome::Forward
        )
    })
}

/// Would the engine refuse or rewrite a call with this one argument?
pub fn probe_argument(key: &str, value: &str) -> bool {
    remembered(1, &[key, value], || {
        let body = format!(
            r#"{{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{{"name":"{PROBE_TOOL}","arguments":{{{}:{}}}}}}}"#,
            json_string(key),
            json_string(value)
        );
        let (ex, out) = engine().inspect_request(body.as_bytes(), &facts());
        !matches!(out, RequestOutcome::Forward) || ex.rewritten.is_some()
    })
}

// The methods a near-miss is measured against: the core's own list.
use warden_core::mcp::KNOWN_METHODS;

/// A method a lenient server might take for a known one (case, whitespace,
/// invisible characters) while it is not exactly that method.
fn near_miss(method: &str) -> Option<&'static str> {
    let folded: String = method
        .chars()
        .filter(|c| {
            !c.is_whitespace() && !matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}')
        })
        .flat_map(char::to_lowercase)
        .collect();
    KNOWN_METHODS
        .iter()
        .find(|m| **m == folded && **m != method)
        .copied()
}

/// Every request body the pipeline forwards, read as the MCP server reads it,
/// carries no method, id, tool name or argument the pipeline did not decide on.
pub fn request_diff(data: &[u8]) {
    let (ex, outcome) = engine().inspect_request(data, &facts());
    match outcome {
        RequestOutcome::Forward => {}
        RequestOutcome::Reply(_) => return,
        RequestOutcome::Consult(_) => panic!("no sidecar is configured, yet it was consulted"),
    }
    let forwarded = ex.rewritten.as_deref().map_or(data, str::as_bytes);
    let Some(tree) = Node::parse(forwarded) else {
        assert!(ex.rewritten.is_none(), "the rewritten body is not JSON");
        return; // the server cannot parse it either
    };
    for msg in tree.messages() {
        check_request_message(&ex, msg);
    }
}

fn check_request_message(ex: &Exchange, msg: &Node) {
    let methods: Vec<&str> = msg.all("method").filter_map(Node::as_str).collect();
    for m in &methods {
        assert!(
            ex.methods.contains(&Method::parse(m)),
            "forwarded method {m:?} that the pipeline did not see ({:?})",
            ex.methods
        );
        if let Some(known) = near_miss(m) {
            panic!("forwarded {m:?}, a near miss of {known:?}");
        }
    }
    if methods.is_empty() {
        return; // a client's response to a server request
    }
    for id in msg.all("id") {
        if matches!(id, Node::Str(_) | Node::Number(_)) {
            let v = id.to_value();
            assert!(
                ex.ids.iter().any(
                    |i| Node::parse(i.as_json().as_bytes()).map(|n| n.to_value())
                        == Some(v.clone())
                ),
                "forwarded id {v} that the pipeline did not see ({:?})",
                ex.ids
            );
        }
    }
    if !methods
        .iter()
        .any(|m| Method::parse(m) == Method::ToolsCall)
    {
        return;
    }
    for params in msg.all("params") {
        let Node::Object(members) = params else {
            continue;
        };
        let mut strings = Vec::new();
        for (k, v) in members {
            strings.push((None, k.as_str()));
            if k == "name" {
                if let Some(name) = v.as_str() {
                    assert!(
                        !probe_call_name(name),
                        "forwarded a call of {name:?}, which is refused on its own"
                    );
                    if let Some(folded) = look_alike_of_refused(name) {
                        panic!("forwarded a call of {name:?}, a look-alike of refused {folded:?}");
                    }
                }
            } else {
                v.strings(Some(k), &mut strings);
            }
        }
        let unique: BTreeSet<(Option<&str>, &str)> = strings.into_iter().collect();
        for (under, s) in unique {
            assert!(
                !probe_argument(under.unwrap_or("value"), s),
                "forwarded the argument string {s:?} (under {under:?}), which is refused or masked on its own"
            );
        }
    }
}

// --------------------------------------------------------- response_diff

/// The request a fuzzed response answers, chosen by the first input byte.
pub fn harness_request(selector: u8) -> &'static str {
    match selector % 4 {
        0 => {
            r#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"probe_tool","arguments":{}}}"#
        }
        1 => r#"{"jsonrpc":"2.0","id":1,"method":"tools/list"}"#,
        2 => {
            r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"c","version":"1"}}}"#
        }
        _ => r#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#,
    }
}

/// Run the response pipeline as the filter does; the bytes the client receives
/// and the pipeline's report. `sse`: the body is a stream, delivered in the
/// given chunks.
pub fn respond(request: &str, body: &[u8], sse: Option<&[usize]>) -> (Vec<u8>, ResponseReport) {
    let engine = engine();
    let (exchange, outcome) = engine.inspect_request(request.as_bytes(), &facts());
    assert_eq!(outcome, RequestOutcome::Forward, "harness request refused");
    let mut report = ResponseReport::default();
    if !exchange.inspect_response {
        return (body.to_vec(), report); // the filter streams such responses through
    }
    let mut pins = MemoryPinStore::new();
    let mut cache = ListCache::default();
    let mut ctx = ResponseContext::new(
        &exchange,
        ServerIdentity::new(SERVER),
        &mut pins,
        &mut cache,
    );
    let out = match sse {
        None => engine
            .inspect_json_response(&mut ctx, body, &mut report)
            .unwrap_or_else(|| body.to_vec()),
        Some(cuts) => {
            let mut inspector = SseInspector::new(engine);
            let parts = chunks(body, cuts);
            let last = parts.len() - 1;
            let mut out = Vec::new();
            for (i, c) in parts.into_iter().enumerate() {
                out.extend(inspector.push(engine, &mut ctx, c, i == last, &mut report));
            }
            out
        }
    };
    (out, report)
}

/// A guard (not the parser) refused or rewrote something: the probe's verdict.
/// Refusals of what the pipeline cannot read are not about the probed string.
fn guard_acted(report: &ResponseReport) -> bool {
    report.redactions > 0
        || report.tools_filtered > 0
        || report.denied.iter().any(|code| code != "upstream_invalid")
}

/// Would the engine refuse or rewrite this string as the text of a call result?
pub fn probe_result_text(s: &str) -> bool {
    remembered(2, &[s], || {
        let body = format!(
            r#"{{"jsonrpc":"2.0","id":1,"result":{{"content":[{{"type":"text","text":{}}}]}}}}"#,
            json_string(s)
        );
        guard_acted(&respond(harness_request(0), body.as_bytes(), None).1)
    })
}

/// Would the engine filter or refuse a list holding only this tool?
pub fn probe_tool(name: &str, description: &str) -> bool {
    remembered(3, &[name, description], || {
        let body = format!(
            r#"{{"jsonrpc":"2.0","id":1,"result":{{"tools":[{{"name":{},"description":{},"inputSchema":{{"type":"object"}}}}]}}}}"#,
            json_string(name),
            json_string(description)
        );
        guard_acted(&respond(harness_request(1), body.as_bytes(), None).1)
    })
}

/// Every response the pipeline lets through, read as the MCP client reads it
/// (JSON body, or the events a WHATWG SSE client dispatches), answers the request
/// asked and carries no tool or string the guards would refuse on its own.
pub fn response_diff(data: &[u8]) {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let request = harness_request(selector);
    let delivered = if selector & 4 == 0 {
        vec![respond(request, rest, None).0]
    } else {
        let (cuts, stream) = split_chunks(rest);
        let out = respond(request, stream, Some(&cuts)).0;
        sse_ref::read_stream(&out)
            .events
            .into_iter()
            .map(|e| e.data.into_bytes())
            .collect()
    };
    for body in delivered {
        let Some(tree) = Node::parse(&body) else {
            continue; // the client cannot parse it either
        };
        for msg in tree.messages() {
            check_response_message(msg);
        }
    }
}

fn check_response_message(msg: &Node) {
    for result in msg.all("result") {
        for id in msg.all("id") {
            assert!(
                id.to_value() == serde_json::json!(1),
                "forwarded a result for id {}, which nobody asked for",
                id.to_value()
            );
        }
        for tools in result.all("tools") {
            let Node::Array(items) = tools else { continue };
            for tool in items {
                let names: Vec<&str> = tool.all("name").filter_map(Node::as_str).collect();
                let mut descriptions: Vec<&str> =
                    tool.all("description").filter_map(Node::as_str).collect();
                if descriptions.is_empty() {
                    descriptions.push("");
                }
                for name in &names {
                    if let Some(folded) = look_alike_of_refused(name) {
                        panic!("forwarded tool {name:?}, a look-alike of refused {folded:?}");
                    }
                    for d in &descriptions {
                        assert!(
                            !probe_tool(name, d),
                            "forwarded tool {name:?} ({d:?}), which is filtered or refused on its own"
                        );
                    }
                }
            }
        }
    }
    let mut strings = Vec::new();
    msg.strings(None, &mut strings);
    let unique: BTreeSet<&str> = strings.into_iter().map(|(_, s)| s).collect();
    for s in unique {
        assert!(
            !probe_result_text(s),
            "forwarded the string {s:?}, which is refused or masked on its own"
        );
    }
}
