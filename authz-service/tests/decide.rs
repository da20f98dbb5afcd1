//! `warden.v1.DecisionService/Decide` over real gRPC: the wasm filter's path.

mod common;

use tonic::Code;
use warden::proto::v1::decide_response::Effect;
use warden::proto::v1::decision_service_client::DecisionServiceClient;
use warden::proto::v1::{DecideRequest, GuardFinding, Identity};

fn request(method: &str, tool: &str) -> DecideRequest {
    DecideRequest {
        method: method.to_owned(),
        tool: tool.to_owned(),
        arguments_json: r#"{"path":"/etc/passwd"}"#.to_owned(),
        request_id: "\"req-1\"".to_owned(),
        identity: Some(Identity {
            spiffe_id: "spiffe://cluster.local/ns/a/sa/agent".to_owned(),
            ..Default::default()
        }),
        findings: vec![GuardFinding {
            guard: "dlp".to_owned(),
            code: "secret".to_owned(),
            severity: "low".to_owned(),
            score: 0.1,
            message: "looks like a key".to_owned(),
        }],
        threat_score: 0.2,
        session_id: "s-1".to_owned(),
        server: "files".to_owned(),
        server_url: "http://files.internal/mcp".to_owned(),
        result_json: String::new(),
    }
}

#[tokio::test]
async fn denied_tool_gets_deny_with_the_shared_codes() {
    let server = common::InProcess::start(&["exec_shell", "admin.*"]).await;
    let mut c = DecisionServiceClient::new(server.channel().await);

    for tool in ["exec_shell", "admin.drop_table"] {
        let resp = c
            .decide(request("tools/call", tool))
            .await
            .unwrap()
            .into_inner();
        assert_eq!(resp.effect(), Effect::Deny, "{tool}");
        assert_eq!(resp.rpc_code, warden_core::reply::codes::DENIED);
        assert_eq!(resp.code, "tool_denied");
        assert_eq!(resp.rule_id, "tool_deny_list");
        // The rule is named; the caller's tool name is not quoted.
        assert!(resp.message.contains("deny-list entry"), "{}", resp.message);
        assert!(resp.redact_paths.is_empty());
    }
    server.stop().await.unwrap();
}

#[tokio::test]
async fn everything_else_is_allowed() {
    let server = common::InProcess::start(&["exec_shell"]).await;
    let mut c = DecisionServiceClient::new(server.channel().await);

    for (method, tool) in [
        ("tools/call", "read_file"),
        ("tools/list", ""),
        ("initialize", ""),
        ("resources/read", ""),
        ("some/extension", "exec_shell"),
    ] {
        let resp = c.decide(request(method, tool)).await.unwrap().into_inner();
        assert_eq!(resp.effect(), Effect::Allow, "{method} {tool}");
        assert_eq!(resp.rpc_code, 0);
        assert!(resp.code.is_empty());
    }
    server.stop().await.unwrap();
}

#[tokio::test]
async fn unusable_requests_are_invalid_argument() {
    let server = common::InProcess::start(&[]).await;
    let mut c = DecisionServiceClient::new(server.channel().await);

    for (method, tool) in [("", "x"), ("tools/call", "")] {
        let status = c.decide(request(method, tool)).await.unwrap_err();
        assert_eq!(status.code(), Code::InvalidArgument, "{method:?} {tool:?}");
    }
    server.stop().await.unwrap();
}
