//! The ext_authz `Check` path: an arbitrary check request always gets a
//! verdict, and what it allows is what the receiving server would accept.
//! Input: one flags byte (method, content type, path, body field, partial-body
//! and session headers), then the body.
//!
//! The engine is the real one ([`warden::engine::Engine`], audit off) under a
//! policy that allows the MCP handshake and `tools/call` of `echo` only. With
//! serde_json as the receiving server's parser:
//! - an allowed body parses, and every request in it calling a tool calls `echo`;
//! - a body that looks like JSON (`{` or `[` first) and does not parse is denied;
//! - a request passed as not-MCP carries no `tools/call` of another tool;
//! - a denial's body is a JSON-RPC error (or an array of them).

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use envoy_types::ext_authz::v3::pb::CheckRequest;
use envoy_types::pb::envoy::service::auth::v3::attribute_context::{HttpRequest, Request};
use envoy_types::pb::envoy::service::auth::v3::AttributeContext;
use serde_json::Value;
use warden::api::ext_authz::{AuthorizationService, CheckOptions, Verdict};
use warden::config::Config;
use warden::engine::Engine;

const POLICY: &str = "\
name: fuzz
defaultEffect: deny
rules:
  - id: handshake
    reason: MCP plumbing
    methods: [initialize, ping, \"notifications/*\", tools/list]
    effect: allow
  - id: echo
    reason: echo only
    methods: [tools/call]
    tools: [echo]
    effect: allow
";

pub const ALLOWED_TOOL: &str = "echo";

pub fn service() -> &'static AuthorizationService {
    static SERVICE: OnceLock<(AuthorizationService, tempfile::TempDir)> = OnceLock::new();
    &SERVICE
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("tempdir");
            std::fs::write(dir.path().join("policy.yaml"), POLICY).expect("policy");
            let yaml = "dataDir: data\naudit: {enabled: false}\npolicy: {file: policy.yaml}\n\
                        identity: {allowAnonymous: true}\nagents: {unknown: allow}\n";
            std::fs::write(dir.path().join("warden.yaml"), yaml).expect("config");
            let config = Config::load(&dir.path().join("warden.yaml")).expect("config loads");
            let engine = Arc::new(
                Engine::from_config(&config, Arc::new(|| 1_800_000_000_000)).expect("engine"),
            );
            let service = AuthorizationService::with_options(
                engine,
                config.limits.clone(),
                CheckOptions {
                    guards: config.guards.clone(),
                    ..CheckOptions::default()
                },
            )
            .expect("service");
            (service, dir)
        })
        .0
}

/// Build the check request the flags describe.
pub fn request(flags: u8, body: &[u8]) -> CheckRequest {
    let method = ["POST", "POST", "GET", "PUT"][usize::from(flags & 3)];
    let content_type = [
        Some("application/json"),
        Some("text/plain"),
        None,
        Some("application/json; charset=utf-8"),
    ][usize::from((flags >> 2) & 3)];
    let path = if flags & 0x10 == 0 { "/mcp" } else { "/other" };
    let mut headers = HashMap::new();
    if let Some(ct) = content_type {
        headers.insert("content-type".to_owned(), ct.to_owned());
    }
    headers.insert(
        "accept".to_owned(),
        "application/json, text/event-stream".to_owned(),
    );
    if flags & 0x40 != 0 {
        headers.insert("x-envoy-auth-partial-body".to_owned(), "true".to_owned());
    }
    if flags & 0x80 != 0 {
        headers.insert("mcp-session-id".to_owned(), "fuzz-session".to_owned());
    }
    let mut http = HttpRequest {
        method: method.to_owned(),
        path: path.to_owned(),
        headers,
        size: body.len() as i64,
        ..HttpRequest::default()
    };
    match std::str::from_utf8(body) {
        Ok(s) if flags & 0x20 == 0 => http.body = s.to_owned(),
        _ => http.raw_body = body.to_vec(),
    }
    CheckRequest {
        attributes: Some(AttributeContext {
            request: Some(Request {
                http: Some(http),
                ..Request::default()
            }),
            ..AttributeContext::default()
        }),
    }
}

/// The tools the body's requests call, as serde_json reads them (last duplicate
/// key wins, like Python's json); `None` when the body is not JSON.
fn called_tools(body: &[u8]) -> Option<Vec<String>> {
    let v: Value = serde_json::from_slice(body).ok()?;
    let messages = match &v {
        Value::Array(a) => a.iter().collect(),
        _ => vec![&v],
    };
    Some(
        messages
            .into_iter()
            .filter(|m| m.get("method").and_then(Value::as_str) == Some("tools/call"))
            .map(|m| {
                m.pointer("/params/name").map_or_else(
                    || "<none>".to_owned(),
                    |n| n.as_str().map_or_else(|| n.to_string(), str::to_owned),
                )
            })
            .collect(),
    )
}

pub fn check_request(data: &[u8]) {
    let [flags, body @ ..] = data else {
        return;
    };
    let verdict = service().verdict(&request(*flags, body));
    let tools = called_tools(body);
    let json_like = body
        .iter()
        .find(|b| !b" \t\r\n".contains(b))
        .is_some_and(|b| *b == b'{' || *b == b'[');
    match &verdict {
        Verdict::Allow => {
            let tools =
                tools.unwrap_or_else(|| panic!("allowed a body that does not parse: {body:?}"));
            assert!(
                tools.iter().all(|t| t == ALLOWED_TOOL),
                "allowed a call of {tools:?}"
            );
        }
        Verdict::NotMcp => {
            if let Some(tools) = &tools {
                assert!(
                    tools.iter().all(|t| t == ALLOWED_TOOL),
                    "passed as not MCP, with a call of {tools:?}"
                );
            }
            if flags & 3 < 2 {
                assert!(
                    tools.is_some() || !json_like,
                    "a POST body that looks like JSON and does not parse passed as not MCP"
                );
            }
        }
        Verdict::Deny {
            http_status,
            body: reply,
            ..
        } => {
            assert!((200..600).contains(http_status), "status {http_status}");
            let v: Value = serde_json::from_str(reply).expect("the denial is JSON");
            let replies = match &v {
                Value::Array(a) => a.iter().collect(),
                _ => vec![&v],
            };
            for r in replies {
                assert_eq!(
                    r.get("jsonrpc").and_then(Value::as_str),
                    Some("2.0"),
                    "{reply}"
                );
                assert!(
                    r.pointer("/error/code").is_some_and(Value::is_i64),
                    "{reply}"
                );
            }
        }
    }
}
