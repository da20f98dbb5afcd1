//! The guard benchmark's calls, N times, without criterion, so that valgrind
//! callgrind can count their instructions on a noisy machine.
//!
//! ```sh
//! make guards && cargo build --release -p warden --example guard_profile
//! valgrind --tool=callgrind target/release/examples/guard_profile pattern 1000
//! ```
//!
//! Modes: `pattern` (simple-pattern-guard on 20 tools, pooled instance),
//! `allow` (a guard that answers allow without looking: the transport alone),
//! `connection` (the allow guard's server-connection phase: no tools).

use std::process::ExitCode;

use serde_json::json;
use warden::guards::Input;

#[path = "../benches/common/guard_inputs.rs"]
mod guard_inputs;
use guard_inputs::{ctx, load, twenty_tools};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mode = args.first().map_or("pattern", String::as_str);
    let Some(n) = args.get(1).map_or(Some(1000), |s| s.parse::<usize>().ok()) else {
        eprintln!("usage: guard_profile [pattern|allow|connection] [iterations]");
        return ExitCode::from(2);
    };
    let (guard, input) = match mode {
        "pattern" => (
            load(
                "patterns",
                "simple_pattern_guard",
                json!({"patterns": ["exec_*", "*shell*", "evil.example"]}),
            ),
            twenty_tools(),
        ),
        "allow" => (
            load("allow", "hostile_guard", json!({"mode": "allow"})),
            twenty_tools(),
        ),
        "connection" => (
            load("allow", "hostile_guard", json!({"mode": "allow"})),
            Input::ServerConnection,
        ),
        _ => {
            eprintln!("unknown mode {mode}");
            return ExitCode::from(2);
        }
    };
    let ctx = ctx();
    let start = std::time::Instant::now();
    let mut errors = 0usize;
    for _ in 0..n {
        if guard.call(&input, &ctx).is_err() {
            errors += 1;
        }
    }
    let per = start.elapsed() / u32::try_from(n.max(1)).unwrap_or(u32::MAX);
    println!("{mode}: {n} calls, {per:?} each, {errors} errors");
    if errors == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
