//! `warden check-config` and `warden serve` error paths, through the built binary.

use std::process::Command;

fn warden(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_warden"))
        .args(args)
        .env_remove("RUST_LOG")
        .output()
        .unwrap()
}

fn example_config() -> String {
    format!("{}/warden.example.yaml", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn example_config_is_valid() {
    let policy_example = format!("{}/warden.policy.example.yaml", env!("CARGO_MANIFEST_DIR"));
    for file in [example_config(), policy_example] {
        let out = warden(&["check-config", &file]);
        assert!(
            out.status.success(),
            "{file}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(String::from_utf8_lossy(&out.stdout).contains(": ok"));
    }
}

#[test]
fn config_errors_exit_1_with_a_readable_message() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("toolDenylist: [x]\n", "unknown field `toolDenylist`"),
        ("logFormat: xml\n", "logFormat"),
        ("limits: {maxDepth: 0}\n", "maxDepth"),
        ("listen: [\n", "invalid config"),
    ];
    for (yaml, expected) in cases {
        let file = dir.path().join("bad.yaml");
        std::fs::write(&file, yaml).unwrap();
        for args in [
            vec!["check-config", file.to_str().unwrap()],
            vec!["serve", "--config", file.to_str().unwrap()],
        ] {
            let out = warden(&args);
            assert_eq!(out.status.code(), Some(1), "{args:?} {yaml}");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(stderr.contains(expected), "{args:?} {yaml}: {stderr}");
        }
    }
    let out = warden(&["check-config", "/nonexistent/warden.yaml"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn serve_requires_a_config() {
    let out = warden(&["serve"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--config"));
}

fn example(name: &str) -> String {
    format!("{}/../examples/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn check_accepts_the_example_policy() {
    let out = warden(&["check", &example("policy.yaml")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("ok (policy \"support-agent\""), "{stdout}");
}

#[test]
fn check_reports_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "name: p\nrules:\n  - id: a\n    reason: r\n    effect: allow\n    tool: x\n",
            ":6:5: rules[0]: unknown field `tool`",
        ),
        (
            "name: p\nrules:\n  - id: a\n    reason: r\n    effect: deny\n    when: {path: a, op: lte, value: 1}\n",
            ":6:25: rules[0].when.op: unknown operator `lte`",
        ),
        (
            "name: p\nrules:\n  - id: a\n    reason: r\n    effect: deny\n    when: {path: a, op: regex, value: '(x'}\n",
            ":6:39: rules[0].when.value: invalid regex",
        ),
        (
            "name: p\nrules:\n  - {id: a, reason: r, effect: allow, min_trust: high}\n",
            ":3:39: rules[0]: unknown key `min_trust`: keys are camelCase, write `minTrust`",
        ),
        (
            "name: p\nrules:\n  - {id: a, reason: r, effect: allow, budget: {count: true, limit: 1, window: 400d}}\n",
            "got 400d",
        ),
    ];
    for (yaml, expected) in cases {
        let file = dir.path().join("p.yaml");
        std::fs::write(&file, yaml).unwrap();
        let out = warden(&["check", file.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1), "{yaml}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(expected), "{yaml}\n{stderr}");
    }
}

#[test]
fn check_reports_every_error_and_warns() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.yaml");
    std::fs::write(
        &file,
        "name: p\nrules:\n  - {id: a, reason: r, effect: allow, tools: 'fs.[rw'}\n  - {id: b, reason: r, effect: maybe}\n  - {id: c, reason: r, effect: allow}\n",
    )
    .unwrap();
    let out = warden(&["check", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(":3:46: rules[0].tools: unterminated character class"),
        "{stderr}"
    );
    assert!(
        stderr.contains(":4:32: rules[1].effect: unknown variant `maybe`"),
        "{stderr}"
    );
    // Unreachable rules and redaction (which Check cannot do) load with warnings.
    std::fs::write(
        &file,
        "name: p\nrules:\n  - {id: all, reason: r, effect: deny}\n  - {id: late, reason: r, tools: x, effect: redact, redact: [bcc]}\n",
    )
    .unwrap();
    let out = warden(&["check", file.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("warning: "), "{stderr}");
    assert!(
        stderr.contains(":4:5: rule `late` is unreachable"),
        "{stderr}"
    );
    assert!(stderr.contains("ext_authz path (Check)"), "{stderr}");
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_warden"))
        .args([
            "explain",
            &example("policy.yaml"),
            "--requests",
            &example("policy-scenario.jsonl"),
            "--guards",
            &example("scenario-guards.json"),
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader goes away, like `| head` does
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}

#[test]
fn explain_runs_the_scenario_file() {
    let out = warden(&[
        "explain",
        &example("policy.yaml"),
        "--requests",
        &example("policy-scenario.jsonl"),
        "--guards",
        &example("scenario-guards.json"),
    ]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(!stdout.contains("UNEXPECTED"), "{stdout}");
    assert!(
        stdout.contains("budget `money-out` exceeded: 1800 used + 450 > 2000 per session sess-support-1 for the whole session"),
        "{stdout}"
    );
    let out = warden(&[
        "explain",
        &example("policy.yaml"),
        "--request",
        r#"{"agent":"a","roles":["sales"],"tool":"billing.refund","arguments":{"amount":5},"expect":"allow"}"#,
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(1), "an unexpected effect fails");
    let line: serde_json::Value =
        serde_json::from_str(String::from_utf8_lossy(&out.stdout).trim()).unwrap();
    assert_eq!(line["rule"], "money-out-approval");
    assert_eq!(line["effect"], "require_approval");
}

#[test]
fn keygen_token_and_check_config() {
    let dir = tempfile::tempdir().unwrap();
    let keys = dir.path().join("keys");
    let out = warden(&["keygen", "--out", keys.to_str().unwrap()]);
    assert!(out.status.success());
    let out = warden(&[
        "token",
        "--key",
        keys.join("agent-signing.key").to_str().unwrap(),
        "--agent-id",
        "support-1",
        "--role",
        "support-agent",
        "--ttl",
        "10m",
    ]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("wdn1.ed25519."));
    std::fs::copy(example("policy.yaml"), dir.path().join("policy.yaml")).unwrap();
    let config = dir.path().join("w.yaml");
    std::fs::write(
        &config,
        "policy: {file: policy.yaml}\nidentity: {agentTokens: {publicKeys: [keys/agent-signing.pub]}}\n",
    )
    .unwrap();
    let out = warden(&["check", config.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(
        &config,
        "policy: {file: policy.yaml}\nidentity: {agentTokens: {publicKeys: [keys/missing.pub]}}\n",
    )
    .unwrap();
    let out = warden(&["check-config", config.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
}
