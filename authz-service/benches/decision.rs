//! One decision on a 50-rule policy, in process.
//!
//! ```sh
//! cargo bench -p warden --bench decision
//! ```
//!
//! - `policy/evaluate_50_rules`: the policy alone; the call matches rule 48 of 50,
//!   after three `**` regex scans of every argument, 44 tool/role/condition
//!   misses, and a budget check.
//! - `engine/decide_spiffe_50_rules`: the whole engine (identity from a SPIFFE id,
//!   session binding, registry, deny list, policy, budget charge).
//! - `engine/decide_token_50_rules`: the same with an Ed25519 agent token (the
//!   verified token is cached, as in the sidecar; time checks still run).
//! - `token/ed25519_verify_uncached`: what the cache saves.

use std::fmt::Write as _;
use std::sync::Arc;

use criterion::{criterion_group, criterion_main, Criterion};
use serde_json::json;
use warden::config::Config;
use warden::engine::decision::Facts;
use warden::engine::{system_clock, Engine};
use warden::identity::IdentityFacts;
use warden::policy::{Budgets, CallFacts, Policy, Trust};

fn fifty_rules() -> String {
    let mut y = String::from("name: bench\nversion: 1\nrules:\n");
    y.push_str("  - {id: handshake, reason: r, methods: [initialize, ping, \"notifications/*\", tools/list], effect: allow}\n");
    y.push_str("  - {id: hold-injection, reason: r, methods: tools/call, when: {path: '**', op: regex, value: '(?i)ignore (all )?previous instructions'}, effect: require_approval}\n");
    y.push_str("  - {id: hold-cmd, reason: r, methods: tools/call, when: {path: '**', op: regex, value: '(;|&&)\\s*(rm|curl|wget)\\b'}, effect: require_approval}\n");
    y.push_str("  - {id: hold-key, reason: r, methods: tools/call, when: {path: '**', op: regex, value: '-----BEGIN ([A-Z]+ )?PRIVATE KEY-----'}, effect: require_approval}\n");
    for i in 0..44 {
        let _ = match i % 4 {
            0 => writeln!(y, "  - {{id: svc{i}, reason: r, tools: ['svc{i}.*'], effect: allow}}"),
            1 => writeln!(
                y,
                "  - {{id: role{i}, reason: r, tools: [billing.refund], roles: [team{i}], effect: allow}}"
            ),
            2 => writeln!(
                y,
                "  - {{id: cond{i}, reason: r, tools: ['billing.*'], when: {{all: [{{path: amount, op: gt, value: {}}}, {{path: currency, op: in, value: [JPY, CHF]}}]}}, effect: deny}}",
                i * 100
            ),
            _ => writeln!(
                y,
                "  - {{id: path{i}, reason: r, tools: ['fs.*', billing.refund], when: {{path: path, op: startswith, value: /srv/{i}}}, effect: deny}}"
            ),
        };
    }
    y.push_str("  - id: small-refunds\n    reason: r\n    tools: billing.refund\n    roles: [support-agent]\n    when: {path: amount, op: lt, value: 500}\n    budget: {per: session, sum: amount, limit: 1000000000000, window: 24h}\n    effect: allow\n");
    y.push_str(
        "  - {id: refund-approval, reason: r, tools: billing.refund, effect: require_approval}\n",
    );
    y
}

fn arguments() -> serde_json::Value {
    json!({"order_id": "A-1001", "amount": 450, "currency": "EUR",
           "note": "customer called about a late delivery, refund the shipping"})
}

fn bench(c: &mut Criterion) {
    let yaml = fifty_rules();
    let policy = Policy::from_yaml(&yaml, "bench").unwrap();
    assert_eq!(policy.rules.len(), 50);
    let budgets = Budgets::default();
    let args = arguments();
    let roles = vec!["support-agent".to_owned()];
    let call = CallFacts {
        method: "tools/call",
        tool: Some("billing.refund"),
        server: Some("billing"),
        agent: "support-1",
        roles: &roles,
        trust: Trust::Low,
        threat: 0.0,
        session: Some("sess-1"),
        arguments: &args,
    };
    assert_eq!(
        policy.evaluate(&call, &budgets, 0, true, false).rule_id(),
        "small-refunds"
    );
    c.bench_function("policy/evaluate_50_rules", |b| {
        b.iter(|| policy.evaluate(&call, &budgets, 0, true, false).effect)
    });

    // The whole engine.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("policy.yaml"), &yaml).unwrap();
    let (private, public) = warden::identity::token::generate().unwrap();
    std::fs::write(
        dir.path().join("a.pub"),
        serde_json::to_vec(&public).unwrap(),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("a.key"),
        serde_json::to_vec(&private).unwrap(),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("w.yaml"),
        "dataDir: data\ntoolDenyList: [exec_*]\npolicy: {file: policy.yaml}\n\
         identity: {agentTokens: {publicKeys: [a.pub]}}\n\
         agents: {unknown: register}\n",
    )
    .unwrap();
    let config = Config::load(&dir.path().join("w.yaml")).unwrap();
    let engine = Arc::new(Engine::from_config(&config, system_clock()).unwrap());
    let args_json = args.to_string();
    // The registry gives the SPIFFE agent its role.
    let mut agent =
        warden::registry::agents::Agent::new("spiffe://cluster.local/ns/support/sa/agent", 0);
    agent.roles = roles.clone();
    engine.registry().upsert(agent, 0).unwrap();
    let spiffe = Facts {
        method: "tools/call",
        tool: Some("billing.refund"),
        arguments_json: Some(&args_json),
        identity: IdentityFacts {
            spiffe_id: Some("spiffe://cluster.local/ns/support/sa/agent"),
            ..Default::default()
        },
        session_id: Some("sess-spiffe"),
        server: Some("billing"),
        server_url: None,
        request_id: None,
        threat_score: 0.0,
        result_json: None,
    };
    assert!(engine.decide_now(&spiffe).is_allow());
    c.bench_function("engine/decide_spiffe_50_rules", |b| {
        b.iter(|| engine.decide_now(&spiffe).is_allow())
    });

    let token = warden::cli::admin::mint(
        Some(&dir.path().join("a.key")),
        None,
        "support-1",
        roles.clone(),
        "1h",
        "warden",
    )
    .unwrap();
    let with_token = Facts {
        identity: IdentityFacts {
            bearer_token: Some(&token),
            ..Default::default()
        },
        session_id: Some("sess-token"),
        ..spiffe
    };
    assert!(engine.decide_now(&with_token).is_allow());
    c.bench_function("engine/decide_token_50_rules", |b| {
        b.iter(|| engine.decide_now(&with_token).is_allow())
    });

    let mut verifier = warden::identity::token::Verifier::new(30, None);
    verifier
        .add_ed25519(warden::identity::token::load_public_key(&dir.path().join("a.pub")).unwrap());
    let now = warden::engine::unix_ms() / 1000;
    c.bench_function("token/ed25519_verify_uncached", |b| {
        b.iter(|| {
            // A fresh verifier each time: no cache.
            let v = verifier.clone_without_cache();
            v.verify(&token, now).is_ok()
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
