//! `envoy.service.auth.v3.Authorization/Check` over real gRPC: the native ext_authz
//! path, where the sidecar parses the MCP body itself.

mod common;

use std::collections::HashMap;

use envoy_types::pb::envoy::service::auth::v3::attribute_context::{HttpRequest, Request};
use envoy_types::pb::envoy::service::auth::v3::authorization_client::AuthorizationClient;
use envoy_types::pb::envoy::service::auth::v3::check_response::HttpResponse;
use envoy_types::pb::envoy::service::auth::v3::{
    AttributeContext, CheckRequest, CheckResponse, DeniedHttpResponse,
};
use serde_json::Value;
use tonic::transport::Channel;

const OK: i32 = 0;
const PERMISSION_DENIED: i32 = 7;

fn http_request(method: &str, content_type: Option<&str>, body: &str) -> CheckRequest {
    let mut headers = HashMap::from([(":authority".to_owned(), "mcp.local".to_owned())]);
    if let Some(ct) = content_type {
        headers.insert("content-type".to_owned(), ct.to_owned());
    }
    CheckRequest {
        attributes: Some(AttributeContext {
            request: Some(Request {
                http: Some(HttpRequest {
                    method: method.to_owned(),
                    path: "/mcp".to_owned(),
                    host: "mcp.local".to_owned(),
                    headers,
                    body: body.to_owned(),
                    size: body.len() as i64,
                    protocol: "HTTP/1.1".to_owned(),
                    ..Default::default()
                }),
                ..Default::default()
            }),
            ..Default::default()
        }),
    }
}

fn mcp_post(body: &str) -> CheckRequest {
    http_request("POST", Some("application/json"), body)
}

fn tool_call(id: &str, tool: &str) -> String {
    format!(
        r#"{{"jsonrpc":"2.0","id":{id},"method":"tools/call","params":{{"name":"{tool}","arguments":{{"cmd":"ls"}}}}}}"#
    )
}

async fn check(client: &mut AuthorizationClient<Channel>, req: CheckRequest) -> CheckResponse {
    client.check(req).await.expect("Check failed").into_inner()
}

fn status_code(resp: &CheckResponse) -> i32 {
    resp.status.as_ref().expect("status is set").code
}

fn denied(resp: &CheckResponse) -> &DeniedHttpResponse {
    assert_eq!(status_code(resp), PERMISSION_DENIED, "{resp:?}");
    match &resp.http_response {
        Some(HttpResponse::DeniedResponse(d)) => d,
        other => panic!("no denied response: {other:?}"),
    }
}

fn http_status(d: &DeniedHttpResponse) -> i32 {
    d.status.as_ref().expect("http status set").code
}

fn content_type(d: &DeniedHttpResponse) -> Option<&str> {
    d.headers
        .iter()
        .filter_map(|h| h.header.as_ref())
        .find(|h| h.key.eq_ignore_ascii_case("content-type"))
        .map(|h| h.value.as_str())
}

async fn client(server: &common::InProcess) -> AuthorizationClient<Channel> {
    AuthorizationClient::new(server.channel().await)
}

#[tokio::test]
async fn denied_tool_is_a_jsonrpc_error_in_http_200() {
    let server = common::InProcess::start(&["exec_shell", "fs.*"]).await;
    let mut c = client(&server).await;

    for tool in ["exec_shell", "fs.write"] {
        let resp = check(&mut c, mcp_post(&tool_call("7", tool))).await;
        let d = denied(&resp);
        assert_eq!(http_status(d), 200);
        assert_eq!(content_type(d), Some("application/json"));
        let body: Value = serde_json::from_str(&d.body).unwrap();
        assert_eq!(body["jsonrpc"], "2.0");
        assert_eq!(body["id"], 7);
        assert_eq!(body["error"]["code"], warden_core::reply::codes::DENIED);
        assert_eq!(body["error"]["data"]["warden"]["code"], "tool_denied");
        assert_eq!(body["error"]["data"]["warden"]["guard"], "tool_deny_list");
        // The rule is named; the caller's tool name is not quoted.
        let message = body["error"]["message"].as_str().unwrap();
        assert!(message.contains("deny-list entry"), "{message}");
    }
    server.stop().await.unwrap();
}

#[tokio::test]
async fn denial_echoes_the_request_id_exactly() {
    let server = common::InProcess::start(&["exec_shell"]).await;
    let mut c = client(&server).await;

    for id in [
        "0",
        "42",
        "-3",
        "\"abc\"",
        "\"\"",
        "\"uni\\u00e9\\\"q\"",
        "123456789012345678901234567890",
        "1.50",
        "1e3",
    ] {
        let resp = check(&mut c, mcp_post(&tool_call(id, "exec_shell"))).await;
        let body = &denied(&resp).body;
        assert!(
            body.starts_with(&format!(r#"{{"jsonrpc":"2.0","id":{id},"error":"#)),
            "id {id} not echoed: {body}"
        );
    }
    server.stop().await.unwrap();
}

#[tokio::test]
async fn allowed_calls_and_other_methods_pass() {
    let server = common::InProcess::start(&["exec_shell"]).await;
    let mut c = client(&server).await;

    let bodies = [
        tool_call("1", "read_file"),
        tool_call("2", "exec_shell_readonly"),
        r#"{"jsonrpc":"2.0","id":3,"method":"tools/list"}"#.to_owned(),
        r#"{"jsonrpc":"2.0","id":4,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}"#.to_owned(),
        r#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#.to_owned(),
    ];
    for body in bodies {
        let resp = check(&mut c, mcp_post(&body)).await;
        assert_eq!(status_code(&resp), OK, "{body}: {resp:?}");
        assert!(
            matches!(resp.http_response, Some(HttpResponse::OkResponse(_))),
            "{resp:?}"
        );
    }
    server.stop().await.unwrap();
}

#[tokio::test]
async fn malformed_json_is_400_with_the_parse_error() {
    let server = common::InProcess::start(&[]).await;
    let mut c = client(&server).await;

    let cases = [
        (
            r#"{"jsonrpc":"2.0","id":1,"method":"#,
            -32700,
            "parse_error",
        ),
        ("", -32700, "parse_error"),
        ("[]", -32600, "invalid_request"),
        (
            r#"{"jsonrpc":"2.0","id":1,"method":"ping"}garbage"#,
            -32700,
            "parse_error",
        ),
        (
            r#"{"jsonrpc":"1.0","id":1,"method":"ping"}"#,
            -32600,
            "invalid_request",
        ),
    ];
    for (body, rpc_code, code) in cases {
        let resp = check(&mut c, mcp_post(body)).await;
        let d = denied(&resp);
        assert_eq!(http_status(d), 400, "{body}");
        assert_eq!(content_type(d), Some("application/json"));
        let v: Value = serde_json::from_str(&d.body).unwrap();
        assert_eq!(v["error"]["code"], rpc_code, "{body}");
        assert_eq!(v["error"]["data"]["warden"]["code"], code, "{body}");
    }
    server.stop().await.unwrap();
}

#[tokio::test]
async fn unreadable_call_params_are_a_jsonrpc_error_for_that_call() {
    let server = common::InProcess::start(&[]).await;
    let mut c = client(&server).await;

    // The body parses; one call in it does not: answered like a denial (HTTP 200,
    // the call's id), exactly as the filter answers it.
    let body = r#"{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"arguments":{}}}"#;
    let resp = check(&mut c, mcp_post(body)).await;
    let d = denied(&resp);
    assert_eq!(http_status(d), 200);
    let v: Value = serde_json::from_str(&d.body).unwrap();
    assert_eq!(v["id"], 5);
    assert_eq!(v["error"]["code"], -32602);
    assert_eq!(v["error"]["data"]["warden"]["code"], "invalid_params");
    server.stop().await.unwrap();
}

#[tokio::test]
async fn non_mcp_requests_pass_untouched() {
    let server = common::InProcess::start(&["*"]).await;
    let mut c = client(&server).await;

    let requests = [
        http_request("GET", None, ""),
        http_request("GET", Some("application/json"), ""),
        http_request("POST", Some("application/x-www-form-urlencoded"), "a=1"),
        http_request("POST", Some("text/plain"), "hello"),
        http_request("POST", Some("text/plain"), r#"{"not":"json-rpc"}"#),
        CheckRequest::default(),
    ];
    for req in requests {
        let resp = check(&mut c, req).await;
        assert_eq!(status_code(&resp), OK, "{resp:?}");
    }
    // A body that starts like JSON but does not parse is refused whatever its
    // content type: a lenient receiver might still read it as JSON-RPC.
    for req in [
        http_request("POST", Some("text/plain"), "{not json"),
        http_request("PUT", Some("application/json"), "{not json"),
    ] {
        let resp = check(&mut c, req).await;
        assert_ne!(status_code(&resp), OK, "{resp:?}");
    }
    server.stop().await.unwrap();
}

#[tokio::test]
async fn raw_body_is_read_when_envoy_packs_bytes() {
    let server = common::InProcess::start(&["exec_shell"]).await;
    let mut c = client(&server).await;

    let mut req = mcp_post("");
    let http = req
        .attributes
        .as_mut()
        .and_then(|a| a.request.as_mut())
        .and_then(|r| r.http.as_mut())
        .unwrap();
    http.raw_body = tool_call("\"raw\"", "exec_shell").into_bytes();
    http.size = http.raw_body.len() as i64;
    let resp = check(&mut c, req.clone()).await;
    let body: Value = serde_json::from_str(&denied(&resp).body).unwrap();
    assert_eq!(body["id"], "raw");

    // Bytes that are not UTF-8 can only arrive as raw_body: a parse error, not a crash.
    let http = req
        .attributes
        .as_mut()
        .and_then(|a| a.request.as_mut())
        .and_then(|r| r.http.as_mut())
        .unwrap();
    http.raw_body = b"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"\xff\"}".to_vec();
    let resp = check(&mut c, req).await;
    let d = denied(&resp);
    assert_eq!(http_status(d), 400);
    assert!(d.body.contains("invalid_utf8"), "{}", d.body);
    server.stop().await.unwrap();
}
