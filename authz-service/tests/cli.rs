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
    let out = warden(&["check-config", &example_config()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains(": ok"));
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
