//! The tools-list benchmark's work, N times, without criterion: a fixed amount
//! of work whose instruction count (valgrind callgrind) compares builds exactly
//! where the shared machine makes wall-clock times noisy.
//!
//! `cargo build --release -p warden-core --example tools_list_profile`
//! `valgrind --tool=callgrind target/release/examples/tools_list_profile check 100`
//! (`check`: all tools-list guards over the 50-tool list; `poisoning`: the
//! poisoning guard alone, tool by tool.)

use std::hint::black_box;
use std::process::ExitCode;

#[path = "../benches/common/typical_tools.rs"]
mod typical_tools;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mode = args.first().map_or("check", String::as_str);
    let Some(n) = args.get(1).map_or(Some(100), |s| s.parse::<usize>().ok()) else {
        eprintln!("usage: tools_list_profile [check|poisoning] [iterations]");
        return ExitCode::from(2);
    };
    let mut s = typical_tools::steady_state();
    let start = std::time::Instant::now();
    for _ in 0..n {
        match mode {
            "check" => {
                black_box(
                    s.guards
                        .check(black_box(&s.id), black_box(&s.tools), &mut s.pins),
                );
            }
            "poisoning" => {
                for t in &s.tools {
                    black_box(s.guards.poisoning().scan(black_box(t)));
                }
            }
            _ => {
                eprintln!("unknown mode {mode}: check or poisoning");
                return ExitCode::from(2);
            }
        }
    }
    let per = start.elapsed() / u32::try_from(n.max(1)).unwrap_or(u32::MAX);
    eprintln!("{mode}: {n} iterations, {per:.2?} each");
    ExitCode::SUCCESS
}
