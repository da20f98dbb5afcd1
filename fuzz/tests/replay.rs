//! Replays the committed corpus through every fuzz target's property, on stable
//! and without libFuzzer: the `make test` smoke.

use std::path::{Path, PathBuf};

type Target = fn(&[u8]);

const TARGETS: &[(&str, Target)] = &[
    ("jsonrpc", warden_fuzz::jsonrpc),
    ("sse_chunks", warden_fuzz::sse_chunks),
    ("request_diff", warden_fuzz::request_diff),
    ("response_diff", warden_fuzz::response_diff),
    ("policy", warden_fuzz::policy),
    ("check_request", warden_fuzz::check_request),
    ("tokens", warden_fuzz::tokens),
    ("audit_recovery", warden_fuzz::audit_recovery),
];

fn files(dir: &Path) -> Vec<PathBuf> {
    if !dir.exists() {
        return Vec::new();
    }
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.is_file())
        .collect();
    out.sort();
    out
}

/// Run every file under `root/<target>/` through its target; collect failures
/// so one run names them all.
fn replay(root: &str) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(root);
    let mut failures = Vec::new();
    let mut count = 0;
    for (name, run) in TARGETS {
        let dir = root.join(name);
        for file in files(&dir) {
            let data = std::fs::read(&file).expect("read corpus file");
            count += 1;
            if let Err(e) = std::panic::catch_unwind(|| run(&data)) {
                let msg = e
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                failures.push(format!("{}: {msg}", file.display()));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    count
}

#[test]
fn seed_corpus_holds_every_property() {
    let n = replay("corpus");
    assert!(n >= 20, "the seed corpus shrank to {n} files");
}

/// Bypasses the fuzz targets found in the pipeline before issue #7's traffic
/// work (escaped and duplicate keys, uncorrelated ids, unscanned error bodies and
/// server requests, SSE BOM, ...): each must now hold every property.
#[test]
fn regressions_hold_every_property() {
    assert!(
        replay("regressions") >= 17,
        "regression inputs went missing"
    );
}

/// The probes are the oracle of the differential properties: if they stopped
/// recognising what the engine refuses, every differential would pass vacuously.
#[test]
fn probes_recognise_refused_pieces_and_pass_benign_ones() {
    use warden_fuzz::*;
    let ghp = "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
    assert!(probe_call_name("exec_shell") && !probe_call_name("add"));
    assert!(probe_argument("note", ghp) && probe_argument("to", "ada@example.com"));
    assert!(!probe_argument("city", "Paris"));
    assert!(probe_result_text(ghp) && probe_result_text("mail ada@example.com"));
    assert!(!probe_result_text("sunny, 18C") && !probe_result_text("tools"));
    assert!(probe_tool("exec_shell", "Run.") && !probe_tool("add", "Add two numbers."));
    // A look-alike of a denied name is refused on its own (issue #7), so it is
    // no longer a look-alike that slips past.
    assert!(probe_call_name("ex\u{435}c_shell"));
    assert_eq!(look_alike_of_refused("ex\u{435}c_shell"), None);
    assert_eq!(look_alike_of_refused("add"), None);
}

/// The `check_request` oracle is not vacuous: the harness engine allows a call
/// of `echo` and denies a call of another tool.
#[test]
fn check_harness_allows_echo_and_denies_others() {
    use warden::api::ext_authz::Verdict;
    use warden_fuzz::sidecar::check::{request, service};
    let call = |tool: &str| {
        format!(
            r#"{{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{{"name":"{tool}","arguments":{{}}}}}}"#
        )
    };
    let s = service();
    assert_eq!(
        s.verdict(&request(0, call("echo").as_bytes())),
        Verdict::Allow
    );
    assert!(matches!(
        s.verdict(&request(0, call("exec").as_bytes())),
        Verdict::Deny { .. }
    ));
}

/// Built without `wasm-guards` (as here), a config naming `wasmGuards` is
/// refused at load, never silently run without its guards.
#[test]
fn without_wasm_guards_the_config_refuses_them() {
    let e = warden::config::Config::from_yaml("wasmGuards: {file: guards.yaml}\n")
        .expect_err("wasmGuards must be refused without the feature");
    assert!(e.to_string().contains("wasm-guards"), "{e}");
    warden::config::Config::from_yaml("logLevel: info\n")
        .expect("a config without wasmGuards loads");
}
