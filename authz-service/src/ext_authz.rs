//! Envoy's ext_authz v3 `Authorization/Check`, so the native `ext_authz` HTTP filter
//! (or an Istio `CUSTOM` AuthorizationPolicy) can use Warden without the wasm filter.
//!
//! Envoy must send the body (`with_request_body`); `pack_as_bytes: true` is
//! recommended so a body that is not UTF-8 still arrives (as `raw_body`) and is
//! answered with a JSON-RPC error instead of failing the gRPC call. Both `body` and
//! `raw_body` are read.
//!
//! Answers, in the same JSON-RPC shape the wasm filter uses (a client cannot tell
//! which component decided):
//! - not an MCP POST (`POST` + `application/json`): allow, untouched;
//! - policy denial: `PERMISSION_DENIED` with a `DeniedHttpResponse` of **HTTP 200**
//!   and a JSON-RPC error body echoing the request id. JSON-RPC errors travel in a
//!   200 so MCP clients surface them as tool errors rather than transport failures;
//! - body that cannot be parsed: the parse error's JSON-RPC code, HTTP 400 (413
//!   when the body is over `limits.maxBodyBytes` or Envoy truncated it);
//! - anything else: allow.
//!
//! A `CheckResponse` with a non-OK status is the answer "deny"; a gRPC error from
//! this service means "could not decide" and Envoy applies its `failure_mode_allow`.

use std::collections::HashMap;
use std::sync::Arc;

use envoy_types::ext_authz::v3::pb::{
    Authorization, CheckRequest, CheckResponse, DeniedHttpResponse, HeaderAppendAction,
    HeaderValue, HeaderValueOption, HttpResponse, HttpStatus, HttpStatusCode, OkHttpResponse,
};
use envoy_types::pb::envoy::service::auth::v3::attribute_context::HttpRequest;
use envoy_types::pb::google::rpc;
use tonic::{Request, Response, Status};
use warden_core::jsonrpc::{parse_body, Kind, MessageView, Payload};
use warden_core::mcp::{parse_object, CallToolParams, Method};
use warden_core::reply::Denial;
use warden_core::transport::{classify_request, RequestKind};
use warden_core::{Limits, ParseError};

use crate::decision::{Decider, Decision, Facts};

/// Envoy sets this request header on the check request when `allow_partial_message`
/// let it send a truncated body.
const PARTIAL_BODY_HEADER: &str = "x-envoy-auth-partial-body";

/// The outcome of one check, before it becomes a `CheckResponse`.
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    /// Not MCP: nothing to inspect.
    NotMcp,
    /// An MCP POST whose messages were all allowed.
    Allow,
    /// Answer the client directly.
    Deny {
        http_status: HttpStatusCode,
        /// Stable code of the (first) denial, for logs and the gRPC status message.
        code: String,
        /// The JSON-RPC error response (an array for a batch).
        body: String,
    },
}

/// `envoy.service.auth.v3.Authorization` backed by a [`Decider`].
#[derive(Clone)]
pub struct AuthorizationService {
    decider: Arc<dyn Decider>,
    limits: Limits,
}

impl AuthorizationService {
    pub fn new(decider: Arc<dyn Decider>, limits: Limits) -> Self {
        Self { decider, limits }
    }

    /// Decide one check request (pure; the gRPC method only adds logging).
    pub fn verdict(&self, request: &CheckRequest) -> Verdict {
        let Some(http) = request
            .attributes
            .as_ref()
            .and_then(|a| a.request.as_ref())
            .and_then(|r| r.http.as_ref())
        else {
            return Verdict::NotMcp;
        };
        let headers = Headers(http);
        let method = non_empty(&http.method).or_else(|| headers.get(":method"));
        let path = non_empty(&http.path).or_else(|| headers.get(":path"));
        let kind = classify_request(
            method.unwrap_or(""),
            path.unwrap_or("/"),
            headers.get("content-type"),
            headers.get("accept"),
            &[],
        );
        if kind != RequestKind::McpPost {
            return Verdict::NotMcp;
        }

        let body: &[u8] = if http.body.is_empty() {
            &http.raw_body
        } else {
            http.body.as_bytes()
        };
        if headers
            .get(PARTIAL_BODY_HEADER)
            .is_some_and(|v| v.eq_ignore_ascii_case("true"))
        {
            // Envoy cut the body at its `max_request_bytes`: what was not seen cannot
            // be allowed.
            let size = usize::try_from(http.size)
                .ok()
                .filter(|s| *s > body.len())
                .unwrap_or(body.len() + 1);
            return parse_failure(&ParseError::TooLarge {
                size,
                limit: body.len(),
            });
        }
        if body.is_empty() && http.size > 0 {
            tracing::warn!(
                "MCP POST arrived without its body: enable with_request_body in Envoy's ext_authz filter"
            );
        }
        match parse_body(body, &self.limits) {
            Ok(payload) => self.decide_payload(&payload),
            Err(e) => parse_failure(&e),
        }
    }

    fn decide_payload(&self, payload: &Payload<'_>) -> Verdict {
        let mut outcomes = Vec::with_capacity(payload.messages().len());
        for message in payload.messages() {
            outcomes.push((message, self.decide_message(message)));
        }
        let Some(first_denied) = outcomes.iter().find_map(|(_, o)| o.denial()) else {
            return Verdict::Allow;
        };
        let code = first_denied.code.clone();
        let http_status = if outcomes
            .iter()
            .any(|(_, o)| matches!(o, Outcome::Invalid(_)))
        {
            HttpStatusCode::BadRequest
        } else {
            HttpStatusCode::Ok
        };
        let body = match payload {
            Payload::Single(message) => first_denied.to_response(message.id.id()),
            Payload::Batch(_) => batch_reply(&outcomes),
        };
        Verdict::Deny {
            http_status,
            code,
            body,
        }
    }

    fn decide_message(&self, message: &MessageView<'_>) -> Outcome {
        // Responses the client sends back (to sampling or elicitation requests) carry
        // no method and nothing this decider rules on.
        if !matches!(message.kind, Kind::Request | Kind::Notification) {
            return Outcome::Allowed;
        }
        let Some(method) = message.method.as_deref() else {
            return Outcome::Allowed;
        };
        let params = if message.method() == Some(Method::ToolsCall) {
            match parse_object::<CallToolParams>(message.params, "tools/call params") {
                Ok(p) => Some(p),
                Err(e) => return Outcome::Invalid(Denial::from_parse_error(&e)),
            }
        } else {
            None
        };
        let facts = Facts {
            method,
            tool: params.as_ref().map(|p| p.name.as_str()),
        };
        match self.decider.decide(&facts) {
            Decision::Allow => Outcome::Allowed,
            Decision::Deny(d) => Outcome::Denied(d),
        }
    }
}

/// What happened to one message of a body.
enum Outcome {
    Allowed,
    Denied(Denial),
    /// The message could not be read (bad `tools/call` params).
    Invalid(Denial),
}

impl Outcome {
    fn denial(&self) -> Option<&Denial> {
        match self {
            Self::Allowed => None,
            Self::Denied(d) | Self::Invalid(d) => Some(d),
        }
    }
}

/// A batch is answered as a whole: every request gets an error, its own denial or
/// `batch_denied` when another member was the one refused (forwarding part of a
/// batch would split one client operation). Notifications get no entry.
fn batch_reply(outcomes: &[(&MessageView<'_>, Outcome)]) -> String {
    let sibling = Denial::new(
        warden_core::reply::codes::DENIED,
        "batch_denied",
        "another message in this batch was denied",
    );
    let mut entries = Vec::new();
    let mut first = None;
    for (message, outcome) in outcomes {
        let denial = outcome.denial();
        if first.is_none() {
            first = denial;
        }
        if let Some(id) = message.id.id() {
            if message.kind == Kind::Request {
                entries.push(denial.unwrap_or(&sibling).to_response(Some(id)));
            }
        }
    }
    if entries.is_empty() {
        // Only notifications: one error with a null id says what happened.
        return first.unwrap_or(&sibling).to_response(None);
    }
    format!("[{}]", entries.join(","))
}

fn parse_failure(e: &ParseError) -> Verdict {
    let http_status = match e {
        ParseError::TooLarge { .. } => HttpStatusCode::PayloadTooLarge,
        _ => HttpStatusCode::BadRequest,
    };
    Verdict::Deny {
        http_status,
        code: e.code().to_owned(),
        body: Denial::from_parse_error(e).to_response(None),
    }
}

fn non_empty(s: &str) -> Option<&str> {
    (!s.is_empty()).then_some(s)
}

/// Request headers from either encoding Envoy uses: the `headers` map (keys
/// lower-cased) or, with `encode_raw_headers`, the `header_map` list.
struct Headers<'a>(&'a HttpRequest);

impl<'a> Headers<'a> {
    fn get(&self, name: &str) -> Option<&'a str> {
        let map: &'a HashMap<String, String> = &self.0.headers;
        if let Some(v) = map.get(name) {
            return Some(v.as_str());
        }
        self.0.header_map.as_ref().and_then(|m| {
            m.headers
                .iter()
                .find(|h| h.key.eq_ignore_ascii_case(name))
                .and_then(|h| {
                    if h.raw_value.is_empty() {
                        Some(h.value.as_str())
                    } else {
                        std::str::from_utf8(&h.raw_value).ok()
                    }
                })
        })
    }
}

/// Build the gRPC answer for a verdict.
pub fn check_response(verdict: &Verdict) -> CheckResponse {
    match verdict {
        Verdict::NotMcp | Verdict::Allow => CheckResponse {
            status: Some(rpc::Status {
                code: rpc::Code::Ok as i32,
                message: String::new(),
                details: Vec::new(),
            }),
            http_response: Some(HttpResponse::OkResponse(OkHttpResponse::default())),
            dynamic_metadata: None,
        },
        Verdict::Deny {
            http_status,
            code,
            body,
        } => CheckResponse {
            status: Some(rpc::Status {
                code: rpc::Code::PermissionDenied as i32,
                message: code.clone(),
                details: Vec::new(),
            }),
            http_response: Some(HttpResponse::DeniedResponse(DeniedHttpResponse {
                status: Some(HttpStatus {
                    code: *http_status as i32,
                }),
                headers: vec![header("content-type", "application/json")],
                body: body.clone(),
            })),
            dynamic_metadata: None,
        },
    }
}

fn header(key: &str, value: &str) -> HeaderValueOption {
    #[allow(deprecated)] // `append` is deprecated in favour of `append_action`.
    HeaderValueOption {
        header: Some(HeaderValue {
            key: key.to_owned(),
            value: value.to_owned(),
            raw_value: Vec::new(),
        }),
        append: None,
        append_action: HeaderAppendAction::OverwriteIfExistsOrAdd as i32,
        keep_empty_value: false,
    }
}

#[tonic::async_trait]
impl Authorization for AuthorizationService {
    async fn check(
        &self,
        request: Request<CheckRequest>,
    ) -> Result<Response<CheckResponse>, Status> {
        let verdict = self.verdict(request.get_ref());
        match &verdict {
            Verdict::NotMcp => tracing::debug!(decision = "allow", "check: not MCP"),
            Verdict::Allow => tracing::debug!(decision = "allow", "check"),
            Verdict::Deny {
                http_status, code, ..
            } => tracing::info!(
                decision = "deny",
                code = code.as_str(),
                http_status = *http_status as i32,
                "check"
            ),
        }
        Ok(Response::new(check_response(&verdict)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decision::ToolDenyList;
    use envoy_types::pb::envoy::service::auth::v3::{attribute_context, AttributeContext};
    use serde_json::Value;
    use warden_core::glob::{Glob, GlobSet};

    fn service() -> AuthorizationService {
        let denied = GlobSet(vec![Glob::new("exec_*").unwrap()]);
        AuthorizationService::new(Arc::new(ToolDenyList::new(denied)), Limits::default())
    }

    fn request(method: &str, content_type: Option<&str>, body: &str) -> CheckRequest {
        let mut headers = HashMap::new();
        if let Some(ct) = content_type {
            headers.insert("content-type".to_owned(), ct.to_owned());
        }
        CheckRequest {
            attributes: Some(AttributeContext {
                request: Some(attribute_context::Request {
                    http: Some(HttpRequest {
                        method: method.to_owned(),
                        path: "/mcp".to_owned(),
                        headers,
                        body: body.to_owned(),
                        size: body.len() as i64,
                        ..Default::default()
                    }),
                    ..Default::default()
                }),
                ..Default::default()
            }),
        }
    }

    fn post(body: &str) -> CheckRequest {
        request("POST", Some("application/json"), body)
    }

    fn deny_body(v: Verdict) -> (HttpStatusCode, Value) {
        match v {
            Verdict::Deny {
                http_status, body, ..
            } => (http_status, serde_json::from_str(&body).unwrap()),
            other => panic!("not denied: {other:?}"),
        }
    }

    #[test]
    fn non_mcp_requests_pass() {
        let s = service();
        assert_eq!(s.verdict(&request("GET", None, "")), Verdict::NotMcp);
        assert_eq!(
            s.verdict(&request("POST", Some("text/plain"), "{")),
            Verdict::NotMcp
        );
        assert_eq!(s.verdict(&CheckRequest::default()), Verdict::NotMcp);
    }

    #[test]
    fn denied_tool_echoes_id() {
        let body =
            r#"{"jsonrpc":"2.0","id":"a-1","method":"tools/call","params":{"name":"exec_shell"}}"#;
        let (status, v) = deny_body(service().verdict(&post(body)));
        assert_eq!(status, HttpStatusCode::Ok);
        assert_eq!(v["id"], "a-1");
        assert_eq!(v["error"]["data"]["warden"]["code"], "tool_denied");
    }

    #[test]
    fn raw_body_and_raw_headers_are_read() {
        let mut req = post("");
        let http = req
            .attributes
            .as_mut()
            .and_then(|a| a.request.as_mut())
            .and_then(|r| r.http.as_mut())
            .unwrap();
        http.headers.clear();
        http.header_map = Some(envoy_types::pb::envoy::config::core::v3::HeaderMap {
            headers: vec![HeaderValue {
                key: "content-type".into(),
                value: String::new(),
                raw_value: b"application/json; charset=utf-8".to_vec(),
            }],
        });
        http.raw_body =
            br#"{"jsonrpc":"2.0","id":9,"method":"tools/call","params":{"name":"exec_x"}}"#
                .to_vec();
        let (_, v) = deny_body(service().verdict(&req));
        assert_eq!(v["id"], 9);
    }

    #[test]
    fn allowed_and_other_methods_pass() {
        let s = service();
        let ok = r#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"read"}}"#;
        assert_eq!(s.verdict(&post(ok)), Verdict::Allow);
        let list = r#"{"jsonrpc":"2.0","id":2,"method":"tools/list"}"#;
        assert_eq!(s.verdict(&post(list)), Verdict::Allow);
        let result = r#"{"jsonrpc":"2.0","id":3,"result":{}}"#;
        assert_eq!(s.verdict(&post(result)), Verdict::Allow);
    }

    #[test]
    fn parse_errors_are_400_with_their_code() {
        let (status, v) = deny_body(service().verdict(&post("{not json")));
        assert_eq!(status, HttpStatusCode::BadRequest);
        assert_eq!(v["error"]["code"], -32700);
        assert_eq!(v["id"], Value::Null);
        let bad_params =
            r#"{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"arguments":{}}}"#;
        let (status, v) = deny_body(service().verdict(&post(bad_params)));
        assert_eq!(status, HttpStatusCode::BadRequest);
        assert_eq!(v["error"]["code"], -32602);
        assert_eq!(v["id"], 4);
    }

    #[test]
    fn oversize_and_truncated_bodies_are_413() {
        let s = AuthorizationService::new(
            Arc::new(ToolDenyList::default()),
            Limits {
                max_body_bytes: 16,
                ..Limits::default()
            },
        );
        let (status, v) =
            deny_body(s.verdict(&post(r#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#)));
        assert_eq!(status, HttpStatusCode::PayloadTooLarge);
        assert_eq!(v["error"]["data"]["warden"]["code"], "body_too_large");

        let mut req = post(r#"{"jsonrpc":"2.0","#);
        if let Some(http) = req
            .attributes
            .as_mut()
            .and_then(|a| a.request.as_mut())
            .and_then(|r| r.http.as_mut())
        {
            http.headers
                .insert(PARTIAL_BODY_HEADER.to_owned(), "true".to_owned());
            http.size = 4096;
        }
        let (status, _) = deny_body(service().verdict(&req));
        assert_eq!(status, HttpStatusCode::PayloadTooLarge);
    }

    #[test]
    fn batch_with_a_denied_call_is_answered_whole() {
        let body = r#"[{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"read"}},
                      {"jsonrpc":"2.0","method":"notifications/initialized"},
                      {"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"exec_rm"}}]"#;
        let (status, v) = deny_body(service().verdict(&post(body)));
        assert_eq!(status, HttpStatusCode::Ok);
        let items = v.as_array().unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0]["id"], 1);
        assert_eq!(items[0]["error"]["data"]["warden"]["code"], "batch_denied");
        assert_eq!(items[1]["id"], 2);
        assert_eq!(items[1]["error"]["data"]["warden"]["code"], "tool_denied");
    }

    #[test]
    fn deny_response_shape() {
        let verdict = Verdict::Deny {
            http_status: HttpStatusCode::Ok,
            code: "tool_denied".into(),
            body: "{}".into(),
        };
        let r = check_response(&verdict);
        assert_eq!(r.status.unwrap().code, rpc::Code::PermissionDenied as i32);
        let Some(HttpResponse::DeniedResponse(d)) = r.http_response else {
            panic!("no denied response");
        };
        assert_eq!(d.status.unwrap().code, 200);
        assert_eq!(
            d.headers[0].header.as_ref().unwrap().value,
            "application/json"
        );
    }
}
