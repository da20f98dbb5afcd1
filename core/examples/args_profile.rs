//! The DLP benchmark's argument scans, N times, without criterion, so that
//! valgrind callgrind can count their instructions on a noisy machine.
//!
//! `cargo build --release -p warden-core --example args_profile`
//! `valgrind --tool=callgrind target/release/examples/args_profile both 100`
//!
//! Modes: `dlp`, `threats`, `both` (the two scans a `tools/call` pays).

use std::hint::black_box;
use std::process::ExitCode;

use warden_core::guards::dlp::{Dlp, DlpConfig};
use warden_core::guards::threats::{Threats, ThreatsConfig};

#[path = "../benches/common/args_4k.rs"]
mod args_4k;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mode = args.first().map_or("both", String::as_str);
    let (dlp_on, threats_on) = match mode {
        "dlp" => (true, false),
        "threats" => (false, true),
        "both" => (true, true),
        _ => {
            eprintln!("usage: args_profile [dlp|threats|both] [iterations]");
            return ExitCode::from(2);
        }
    };
    let Some(n) = args.get(1).map_or(Some(1000), |s| s.parse::<usize>().ok()) else {
        eprintln!("usage: args_profile [dlp|threats|both] [iterations]");
        return ExitCode::from(2);
    };
    let (dlp, threats) = match (
        Dlp::new(DlpConfig::default()),
        Threats::new(ThreatsConfig::default()),
    ) {
        (Ok(d), Ok(t)) => (d, t),
        _ => {
            eprintln!("the default DLP or threats configuration did not build");
            return ExitCode::from(1);
        }
    };
    let value = args_4k::args();
    let start = std::time::Instant::now();
    let mut findings = 0usize;
    for _ in 0..n {
        if dlp_on {
            findings += dlp.scan_value(black_box(&value)).map_or(0, |f| f.len());
        }
        if threats_on {
            findings += threats.scan_value(black_box(&value)).map_or(0, |f| f.len());
        }
    }
    let per = start.elapsed() / u32::try_from(n.max(1)).unwrap_or(u32::MAX);
    println!("{mode}: {n} iterations, {per:?} each, {findings} findings in all");
    ExitCode::SUCCESS
}
