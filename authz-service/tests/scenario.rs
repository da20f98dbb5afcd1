//! The support-agent scenario (`examples/policy.yaml`): every labelled call of
//! `examples/policy-scenario.jsonl` through the real tonic services, once through
//! `DecisionService/Decide` (the filter's path: the core pipeline with the
//! scenario's guards, `examples/scenario-guards.json`, inspects the body and its
//! consultation, findings and threat score included, is what is sent, as the
//! filter sends it) and once through `Authorization/Check` (Envoy's ext_authz
//! path, the same guards in the sidecar config), each against a fresh sidecar
//! (budgets are stateful). Callers prove who they are with Ed25519 agent tokens
//! minted for the agent and roles of each line.
//!
//! Also here, through the same services: session hijacking, the approval round
//! trip over the admin API, suspension, and policy hot reload.

mod common;

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

use envoy_types::pb::envoy::service::auth::v3::attribute_context::{HttpRequest, Request};
use envoy_types::pb::envoy::service::auth::v3::authorization_client::AuthorizationClient;
use envoy_types::pb::envoy::service::auth::v3::check_response::HttpResponse;
use envoy_types::pb::envoy::service::auth::v3::{AttributeContext, CheckRequest, CheckResponse};
use serde_json::{json, Value};
use tonic::transport::Channel;
use warden::policy::explain::DescribedCall;
use warden::policy::Effect;
use warden::proto::v1::admin_service_client::AdminServiceClient;
use warden::proto::v1::decide_response::Effect as WireEffect;
use warden::proto::v1::decision_service_client::DecisionServiceClient;
use warden::proto::v1::{
    DecideApprovalRequest, DecideRequest, DecideResponse, GetStatusRequest, GuardFinding, Identity,
    ListApprovalsRequest, ListIncidentsRequest, RegisterAgentRequest, SetAgentStatusRequest,
};
use warden_core::pipeline::{Engine, RequestFacts, RequestOutcome};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

fn scenario() -> Vec<DescribedCall> {
    let text = std::fs::read_to_string(format!("{ROOT}/examples/policy-scenario.jsonl")).unwrap();
    let calls = DescribedCall::parse_lines(&text).unwrap();
    assert!(calls.len() >= 20, "the scenario has {} calls", calls.len());
    for c in &calls {
        assert!(c.label.is_some() && c.expect.is_some(), "{c:?}");
    }
    calls
}

/// A sidecar with the example policy, an Ed25519 key for agent tokens, and
/// unknown agents registered at low trust.
async fn sidecar(extra: &str) -> common::InProcess {
    let dir = tempfile::tempdir().unwrap();
    let (private, public) = warden::identity::token::generate().unwrap();
    std::fs::write(
        dir.path().join("agents.key"),
        serde_json::to_vec(&private).unwrap(),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("agents.pub"),
        serde_json::to_vec(&public).unwrap(),
    )
    .unwrap();
    std::fs::copy(
        format!("{ROOT}/examples/policy.yaml"),
        dir.path().join("policy.yaml"),
    )
    .unwrap();
    let yaml = format!(
        "policy: {{file: policy.yaml, reloadIntervalMs: 100}}\n\
         identity: {{agentTokens: {{publicKeys: [agents.pub]}}}}\n\
         agents: {{unknown: register}}\n\
         guards: {}\n{extra}",
        scenario_guards().replace('\n', " ")
    );
    common::InProcess::start_in(dir, &yaml).await
}

struct Tokens {
    key: std::path::PathBuf,
    cache: HashMap<(String, Vec<String>), String>,
}

impl Tokens {
    fn new(dir: &Path) -> Self {
        Self {
            key: dir.join("agents.key"),
            cache: HashMap::new(),
        }
    }

    fn get(&mut self, agent: &str, roles: &[String]) -> String {
        let key = self.key.clone();
        self.cache
            .entry((agent.to_owned(), roles.to_vec()))
            .or_insert_with(|| {
                warden::cli::admin::mint(Some(&key), None, agent, roles.to_vec(), "1h", "warden")
                    .unwrap()
            })
            .clone()
    }
}

/// The guards both paths run in this scenario (the filter plugin's `guards`).
fn scenario_guards() -> String {
    std::fs::read_to_string(format!("{ROOT}/examples/scenario-guards.json")).unwrap()
}

/// The filter's request side: the core pipeline with the scenario's guards and
/// the sidecar consulted on every request.
fn filter_pipeline() -> Engine {
    DescribedCall::scoring_engine(serde_json::from_str(&scenario_guards()).unwrap()).unwrap()
}

fn body(c: &DescribedCall, id: usize) -> String {
    c.body(id)
}

/// What the filter sends to `Decide` for this call (see filter/src/decide.rs).
fn decide_request(pipeline: &Engine, c: &DescribedCall, token: &str) -> DecideRequest {
    let (_, outcome) = pipeline.inspect_request(body(c, 1).as_bytes(), &RequestFacts::default());
    let RequestOutcome::Consult(consultations) = outcome else {
        panic!("the pipeline did not consult on {c:?}: {outcome:?}");
    };
    let q = &consultations[0];
    DecideRequest {
        method: q.method.clone(),
        tool: q.tool.clone().unwrap_or_default(),
        arguments_json: q.arguments_json.clone().unwrap_or_default(),
        request_id: "1".into(),
        identity: Some(Identity {
            bearer_token: token.to_owned(),
            ..Default::default()
        }),
        findings: q
            .findings
            .iter()
            .map(|f| GuardFinding {
                guard: f.guard.clone(),
                code: f.code.clone(),
                severity: format!("{:?}", f.severity).to_ascii_lowercase(),
                score: f64::from(f.score),
                message: f.message.clone(),
            })
            .collect(),
        threat_score: f64::from(q.threat_score),
        session_id: c.session.clone().unwrap_or_default(),
        server: "support-tools".into(),
        server_url: String::new(),
        result_json: String::new(),
    }
}

fn wire_effect(e: Effect) -> WireEffect {
    match e {
        Effect::Allow => WireEffect::Allow,
        Effect::Deny => WireEffect::Deny,
        Effect::RequireApproval => WireEffect::RequireApproval,
        Effect::Redact => WireEffect::Redact,
    }
}

async fn decide(c: &mut DecisionServiceClient<Channel>, r: DecideRequest) -> DecideResponse {
    c.decide(r).await.expect("Decide failed").into_inner()
}

#[tokio::test]
async fn scenario_through_decide() {
    let server = sidecar("").await;
    let mut tokens = Tokens::new(server.dir.path());
    let mut client = DecisionServiceClient::new(server.channel().await);
    let pipeline = filter_pipeline();
    let mut failures = Vec::new();
    for (i, call) in scenario().iter().enumerate() {
        let token = tokens.get(call.agent(), &call.roles);
        let resp = decide(&mut client, decide_request(&pipeline, call, &token)).await;
        let expected = call.expect.unwrap();
        if resp.effect() != wire_effect(expected) {
            failures.push(format!(
                "call {} {:?}: expected {expected}, got {:?} (rule {}, {} {})",
                i + 1,
                call.label.as_deref().unwrap_or(""),
                resp.effect(),
                resp.rule_id,
                resp.code,
                resp.message
            ));
            continue;
        }
        assert_eq!(resp.agent_id, call.agent());
        match expected {
            Effect::Redact => {
                assert_eq!(resp.redact_paths, vec!["bcc"], "call {}", i + 1);
                assert!(!resp.reason.is_empty());
            }
            Effect::RequireApproval => {
                assert_eq!(resp.rpc_code, warden_core::reply::codes::APPROVAL_REQUIRED);
                assert_eq!(resp.code, "approval_required");
                let details: Value = serde_json::from_str(&resp.details_json).unwrap();
                let id = details["approvalId"].as_str().unwrap();
                assert!(id.starts_with("apr_") && resp.message.contains(id));
            }
            Effect::Deny => {
                assert_eq!(resp.rpc_code, warden_core::reply::codes::DENIED);
                assert!(!resp.rule_id.is_empty());
            }
            Effect::Allow => {
                assert!(!resp.rule_id.is_empty());
                if resp.rule_id.starts_with("small-") {
                    let b = resp.budget.as_ref().expect("money out reports its budget");
                    assert!(b.charged && b.limit == 2000.0, "{b:?}");
                    assert_eq!(b.window_seconds, 0, "money-out lasts the whole session");
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    server.stop().await.unwrap();
}

fn check_request(c: &DescribedCall, token: &str, id: usize) -> CheckRequest {
    let body = body(c, id);
    let mut headers = HashMap::from([
        (":authority".to_owned(), "support-tools".to_owned()),
        ("content-type".to_owned(), "application/json".to_owned()),
    ]);
    if !token.is_empty() {
        headers.insert("authorization".to_owned(), format!("Bearer {token}"));
    }
    if let Some(s) = &c.session {
        headers.insert("mcp-session-id".to_owned(), s.clone());
    }
    CheckRequest {
        attributes: Some(AttributeContext {
            request: Some(Request {
                http: Some(HttpRequest {
                    method: "POST".into(),
                    path: "/mcp".into(),
                    host: "support-tools".into(),
                    headers,
                    size: body.len() as i64,
                    body,
                    protocol: "HTTP/1.1".into(),
                    ..Default::default()
                }),
                ..Default::default()
            }),
            ..Default::default()
        }),
    }
}

/// `None` for OK, else the JSON-RPC error body.
fn check_outcome(resp: &CheckResponse) -> Option<Value> {
    let status = resp.status.as_ref().unwrap().code;
    if status == 0 {
        return None;
    }
    assert_eq!(status, 7, "PERMISSION_DENIED");
    let Some(HttpResponse::DeniedResponse(d)) = &resp.http_response else {
        panic!("no denied response");
    };
    assert_eq!(d.status.as_ref().unwrap().code, 200);
    Some(serde_json::from_str(&d.body).unwrap())
}

#[tokio::test]
async fn scenario_through_check() {
    let server = sidecar("").await;
    let mut tokens = Tokens::new(server.dir.path());
    let mut client = AuthorizationClient::new(server.channel().await);
    let mut failures = Vec::new();
    for (i, call) in scenario().iter().enumerate() {
        let token = tokens.get(call.agent(), &call.roles);
        let resp = client
            .check(check_request(call, &token, i + 1))
            .await
            .unwrap()
            .into_inner();
        let outcome = check_outcome(&resp);
        let code = outcome.as_ref().map(|v| {
            v["error"]["data"]["warden"]["code"]
                .as_str()
                .unwrap()
                .to_owned()
        });
        // Check cannot redact: with the default fallback a redact decision is refused.
        let ok = match (call.expect.unwrap(), code.as_deref()) {
            (Effect::Allow, None) => true,
            (Effect::Deny, Some(c)) => c != "approval_required",
            (Effect::Redact, Some("redaction_unsupported")) => true,
            (Effect::RequireApproval, Some("approval_required")) => {
                let v = outcome.as_ref().unwrap();
                assert_eq!(v["id"], i + 1, "the id is echoed");
                assert_eq!(v["error"]["code"], -32004);
                v["error"]["data"]["warden"]["approvalId"]
                    .as_str()
                    .is_some_and(|id| id.starts_with("apr_"))
            }
            _ => false,
        };
        if !ok {
            failures.push(format!(
                "call {} {:?}: expected {}, got {outcome:?}",
                i + 1,
                call.label.as_deref().unwrap_or(""),
                call.expect.unwrap()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    server.stop().await.unwrap();
}

#[tokio::test]
async fn check_redact_fallback_allow() {
    let dir_server = {
        let dir = tempfile::tempdir().unwrap();
        std::fs::copy(
            format!("{ROOT}/examples/policy.yaml"),
            dir.path().join("policy.yaml"),
        )
        .unwrap();
        common::InProcess::start_in(
            dir,
            "policy: {file: policy.yaml, checkRedactFallback: allow}\nidentity: {allowAnonymous: true}\n",
        )
        .await
    };
    let mut client = AuthorizationClient::new(dir_server.channel().await);
    let call = DescribedCall {
        tool: Some("email.send".into()),
        arguments: Some(json!({"to": "a@example.com", "bcc": "b@example.com"})),
        ..Default::default()
    };
    let resp = client
        .check(check_request(&call, "", 1))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(check_outcome(&resp), None, "allowed unredacted");
    dir_server.stop().await.unwrap();
}

#[tokio::test]
async fn session_opened_by_one_agent_is_refused_to_another() {
    let server = sidecar("").await;
    let mut tokens = Tokens::new(server.dir.path());
    let mut decide_client = DecisionServiceClient::new(server.channel().await);
    let mut check_client = AuthorizationClient::new(server.channel().await);
    let roles = vec!["support-agent".to_owned()];
    let owner = DescribedCall {
        agent: Some("support-1".into()),
        roles: roles.clone(),
        session: Some("sess-shared".into()),
        tool: Some("kb.search".into()),
        arguments: Some(json!({"query": "x"})),
        ..Default::default()
    };
    let thief = DescribedCall {
        agent: Some("intruder".into()),
        ..owner.clone()
    };
    let t_owner = tokens.get("support-1", &roles);
    let t_thief = tokens.get("intruder", &roles);
    let r = decide(
        &mut decide_client,
        decide_request(&filter_pipeline(), &owner, &t_owner),
    )
    .await;
    assert_eq!(r.effect(), WireEffect::Allow);
    let r = decide(
        &mut decide_client,
        decide_request(&filter_pipeline(), &thief, &t_thief),
    )
    .await;
    assert_eq!(
        (r.effect(), r.code.as_str()),
        (WireEffect::Deny, "session_mismatch")
    );
    let resp = check_client
        .check(check_request(&thief, &t_thief, 5))
        .await
        .unwrap()
        .into_inner();
    let v = check_outcome(&resp).unwrap();
    assert_eq!(v["error"]["data"]["warden"]["code"], "session_mismatch");
    // The owner carries on.
    let r = decide(
        &mut decide_client,
        decide_request(&filter_pipeline(), &owner, &t_owner),
    )
    .await;
    assert_eq!(r.effect(), WireEffect::Allow);
    server.stop().await.unwrap();
}

#[tokio::test]
async fn approval_round_trip_over_the_admin_api() {
    let server = sidecar("").await;
    let mut tokens = Tokens::new(server.dir.path());
    let mut client = DecisionServiceClient::new(server.channel().await);
    let mut admin = server.admin_client().await;
    let roles = vec!["support-agent".to_owned()];
    let token = tokens.get("support-1", &roles);
    let big = big_refund(&roles, "sess-a", "A-9");
    let id = held_for_approval(&mut client, &big, &token).await;
    let pending = admin
        .list_approvals(ListApprovalsRequest {
            status: "pending".into(),
        })
        .await
        .unwrap()
        .into_inner()
        .approvals;
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].id, id);
    assert_eq!(pending[0].tool, "billing.refund");
    let approved = admin
        .decide_approval(DecideApprovalRequest {
            id: id.clone(),
            approve: true,
            // A name in the body is ignored: the approver is who authenticated.
            decided_by: "ops-lead".into(),
            note: "customer verified".into(),
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(approved.status, "approved");
    assert_eq!(approved.decided_by, "local-admin");
    // Same agent, other arguments: still held.
    let mut other = big.clone();
    other.arguments = Some(json!({"order_id": "A-9", "amount": 950}));
    let r = decide(
        &mut client,
        decide_request(&filter_pipeline(), &other, &token),
    )
    .await;
    assert_eq!(r.effect(), WireEffect::RequireApproval);
    // The approved call passes once.
    let r = decide(
        &mut client,
        decide_request(&filter_pipeline(), &big, &token),
    )
    .await;
    assert_eq!(r.effect(), WireEffect::Allow, "{r:?}");
    let r = decide(
        &mut client,
        decide_request(&filter_pipeline(), &big, &token),
    )
    .await;
    assert_eq!(r.effect(), WireEffect::RequireApproval);
    // Deciding twice is refused.
    let e = admin
        .decide_approval(DecideApprovalRequest {
            id,
            approve: true,
            ..Default::default()
        })
        .await
        .unwrap_err();
    assert_eq!(e.code(), tonic::Code::FailedPrecondition);
    // Recorded on disk (decisions hand their writes to the background writer).
    assert!(server.engine.registry().persister().flush());
    let file = server.dir.path().join("data/approvals.json");
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    assert!(saved["approvals"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["status"] == "used" && a["decided_by"] == "local-admin"));
    server.stop().await.unwrap();
}

#[tokio::test]
async fn suspension_and_registry_over_the_admin_api() {
    let server = sidecar("").await;
    let mut tokens = Tokens::new(server.dir.path());
    let mut client = DecisionServiceClient::new(server.channel().await);
    let mut admin = server.admin_client().await;
    // Registered with a denied tool glob and medium trust.
    admin
        .register_agent(RegisterAgentRequest {
            agent: Some(warden::proto::v1::Agent {
                id: "support-9".into(),
                trust: "medium".into(),
                roles: vec!["support-agent".into()],
                denied_tools: vec!["orders.*".into()],
                ..Default::default()
            }),
        })
        .await
        .unwrap();
    let token = tokens.get("support-9", &[]);
    let call = |tool: &str| DescribedCall {
        agent: Some("support-9".into()),
        session: Some("sess-9".into()),
        tool: Some(tool.into()),
        arguments: Some(json!({"query": "q", "order_id": "A-1", "amount": 10})),
        ..Default::default()
    };
    let r = decide(
        &mut client,
        decide_request(&filter_pipeline(), &call("orders.lookup"), &token),
    )
    .await;
    assert_eq!(r.code, "agent_tool_denied");
    // Roles from the registry count too: a small refund is allowed.
    let r = decide(
        &mut client,
        decide_request(&filter_pipeline(), &call("billing.refund"), &token),
    )
    .await;
    assert_eq!(r.effect(), WireEffect::Allow, "{r:?}");
    admin
        .suspend_agent(SetAgentStatusRequest {
            id: "support-9".into(),
            reason: "investigating".into(),
        })
        .await
        .unwrap();
    let r = decide(
        &mut client,
        decide_request(&filter_pipeline(), &call("kb.search"), &token),
    )
    .await;
    assert_eq!(r.code, "agent_suspended");
    assert!(r.message.contains("investigating"));
    admin
        .resume_agent(SetAgentStatusRequest {
            id: "support-9".into(),
            reason: String::new(),
        })
        .await
        .unwrap();
    let r = decide(
        &mut client,
        decide_request(&filter_pipeline(), &call("kb.search"), &token),
    )
    .await;
    assert_eq!(r.effect(), WireEffect::Allow);
    let incidents = admin
        .list_incidents(ListIncidentsRequest {
            agent: "support-9".into(),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner()
        .incidents;
    let codes: Vec<&str> = incidents.iter().map(|i| i.code.as_str()).collect();
    assert_eq!(codes, vec!["agent_suspended", "agent_tool_denied"]);
    let status = admin
        .get_status(GetStatusRequest {})
        .await
        .unwrap()
        .into_inner();
    assert_eq!(status.policy_name, "support-agent");
    assert_eq!(status.decisions, 4);
    assert!(status.compliance_score < 100.0 && status.compliance_score > 0.0);
    server.stop().await.unwrap();
}

#[tokio::test]
async fn admin_api_always_requires_a_token_and_records_the_operator() {
    // Default config: a generated token; no token, no admin API.
    let server = sidecar("").await;
    let mut anonymous = AdminServiceClient::new(server.admin_channel().await);
    let e = anonymous.get_status(GetStatusRequest {}).await.unwrap_err();
    assert_eq!(e.code(), tonic::Code::Unauthenticated);
    let e = anonymous
        .resume_agent(SetAgentStatusRequest {
            id: "support-1".into(),
            reason: String::new(),
        })
        .await
        .unwrap_err();
    assert_eq!(e.code(), tonic::Code::Unauthenticated);
    let e = anonymous
        .decide_approval(DecideApprovalRequest {
            id: "x".into(),
            approve: true,
            decided_by: "the-attacker".into(),
            note: String::new(),
        })
        .await
        .unwrap_err();
    assert_eq!(e.code(), tonic::Code::Unauthenticated);
    server
        .admin_client()
        .await
        .get_status(GetStatusRequest {})
        .await
        .unwrap();
    server.stop().await.unwrap();

    // Named operators: the approver is the token's operator.
    let ops = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for (file, token) in [
        ("admin.token", "0123456789abcdef-secret"),
        ("alice.token", "alice-0123456789abcdef"),
    ] {
        let path = ops.path().join(file);
        std::fs::write(&path, format!("{token}\n")).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        files.push(path.display().to_string());
    }
    let server = sidecar(&format!(
        "admin: {{tokenFile: {}, operators: [{{name: alice, tokenFile: {}}}]}}\n",
        files[0], files[1]
    ))
    .await;
    assert!(!server.dir.path().join("data/admin.token").exists());
    let as_op = |token: &str| warden::cli::admin::BearerToken::new(token).unwrap();
    let mut alice = AdminServiceClient::with_interceptor(
        server.admin_channel().await,
        as_op("alice-0123456789abcdef"),
    );
    let mut wrong = AdminServiceClient::with_interceptor(
        server.admin_channel().await,
        as_op("alice-0123456789abcdeF"),
    );
    assert_eq!(
        wrong
            .get_status(GetStatusRequest {})
            .await
            .unwrap_err()
            .code(),
        tonic::Code::Unauthenticated
    );
    let mut tokens = Tokens::new(server.dir.path());
    let mut client = DecisionServiceClient::new(server.channel().await);
    let roles = vec!["support-agent".to_owned()];
    let token = tokens.get("support-1", &roles);
    let big = big_refund(&roles, "sess-b", "A-1");
    let id = held_for_approval(&mut client, &big, &token).await;
    let denied = alice
        .decide_approval(DecideApprovalRequest {
            id,
            approve: false,
            decided_by: "admin".into(),
            note: String::new(),
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        (denied.status.as_str(), denied.decided_by.as_str()),
        ("denied", "alice")
    );
    let suspended = alice
        .suspend_agent(SetAgentStatusRequest {
            id: "support-1".into(),
            reason: String::new(),
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(suspended.status_reason, "suspended by alice");
    server.stop().await.unwrap();
}

#[tokio::test]
async fn policy_hot_reload_and_rejection() {
    let server = sidecar("").await;
    let mut tokens = Tokens::new(server.dir.path());
    let mut client = DecisionServiceClient::new(server.channel().await);
    let token = tokens.get("support-1", &[]);
    let call = DescribedCall {
        agent: Some("support-1".into()),
        session: Some("s".into()),
        tool: Some("kb.search".into()),
        arguments: Some(json!({"query": "q"})),
        ..Default::default()
    };
    let r = decide(
        &mut client,
        decide_request(&filter_pipeline(), &call, &token),
    )
    .await;
    assert_eq!(r.effect(), WireEffect::Allow);
    let policy = server.dir.path().join("policy.yaml");
    // A broken file is rejected; the old policy keeps serving.
    std::fs::write(
        &policy,
        "name: broken\nrules:\n  - {id: x, reason: r, effect: sometimes}\n",
    )
    .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while server
        .engine
        .metrics
        .policy_reload_failures
        .load(std::sync::atomic::Ordering::Relaxed)
        == 0
    {
        assert!(
            Instant::now() < deadline,
            "the bad file was never looked at"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let r = decide(
        &mut client,
        decide_request(&filter_pipeline(), &call, &token),
    )
    .await;
    assert_eq!(r.effect(), WireEffect::Allow, "old policy kept");
    // A good file takes over (written atomically, as editors and ConfigMaps do).
    let tmp = server.dir.path().join("policy.yaml.new");
    std::fs::write(
        &tmp,
        "name: lockdown\nversion: 2\nrules:\n  - {id: handshake, reason: r, methods: initialize, effect: allow}\n",
    )
    .unwrap();
    std::fs::rename(&tmp, &policy).unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let r = decide(
            &mut client,
            decide_request(&filter_pipeline(), &call, &token),
        )
        .await;
        if r.effect() == WireEffect::Deny {
            assert_eq!(r.rule_id, "default");
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the new policy never took effect"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(server.engine.policy().unwrap().name, "lockdown");
    server.stop().await.unwrap();
}

/// A refund over the policy's approval threshold, by `support-1`.
fn big_refund(roles: &[String], session: &str, order: &str) -> DescribedCall {
    DescribedCall {
        agent: Some("support-1".into()),
        roles: roles.to_vec(),
        session: Some(session.into()),
        tool: Some("billing.refund".into()),
        arguments: Some(json!({"order_id": order, "amount": 900})),
        ..Default::default()
    }
}

/// `Decide` holds `call` for approval; the approval's id.
async fn held_for_approval(
    client: &mut DecisionServiceClient<Channel>,
    call: &DescribedCall,
    token: &str,
) -> String {
    let r = decide(client, decide_request(&filter_pipeline(), call, token)).await;
    assert_eq!(r.effect(), WireEffect::RequireApproval);
    serde_json::from_str::<Value>(&r.details_json).unwrap()["approvalId"]
        .as_str()
        .unwrap()
        .to_owned()
}
