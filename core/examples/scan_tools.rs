//! Thin I/O wrapper around `warden_core::scan_tools::scan_tools_jsonl`, for measuring.
//!
//! `cargo run -p warden-core --release --example scan_tools -- tools.jsonl [config.json]`
//! prints one JSON line per tool to stdout and a timing line to stderr.
//! `scan_tools --default-config` prints the default configuration.

use std::process::ExitCode;
use std::time::Instant;

use warden_core::guards::tools_list::ToolsListConfig;
use warden_core::scan_tools::scan_tools_jsonl;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--default-config") {
        match serde_json::to_string_pretty(&ToolsListConfig::default()) {
            Ok(s) => println!("{s}"),
            Err(e) => eprintln!("{e}"),
        }
        return ExitCode::SUCCESS;
    }
    let Some(path) = args.first() else {
        eprintln!("usage: scan_tools <tools.jsonl> [config.json]");
        return ExitCode::from(2);
    };
    let input = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let config: ToolsListConfig = match args.get(1) {
        None => ToolsListConfig::default(),
        Some(p) => match std::fs::read_to_string(p)
            .map_err(|e| e.to_string())
            .and_then(|s| serde_json::from_str(&s).map_err(|e| e.to_string()))
        {
            Ok(c) => c,
            Err(e) => {
                eprintln!("{p}: {e}");
                return ExitCode::from(2);
            }
        },
    };
    let start = Instant::now();
    match scan_tools_jsonl(&input, &config) {
        Ok(lines) => {
            let elapsed = start.elapsed();
            for l in &lines {
                println!("{l}");
            }
            eprintln!("scanned {} lines in {:.2?}", lines.len(), elapsed);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("config: {e}");
            ExitCode::from(2)
        }
    }
}
