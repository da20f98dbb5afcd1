//! Offline scan of a JSON Lines file (one `{"text": ...}` per line) with the
//! DLP and argument-threat guards; prints one JSON line of findings per input
//! line.
//!
//! ```text
//! cargo run --release -p warden-core --example scan_text -- input.jsonl [config.json]
//! ```

use std::process::ExitCode;

use warden_core::scan_text::{ScanTextConfig, TextScanner};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: scan_text <input.jsonl> [config.json]");
        return ExitCode::from(2);
    };
    let config = match args.get(1) {
        Some(p) => match std::fs::read_to_string(p)
            .map_err(|e| e.to_string())
            .and_then(|t| serde_json::from_str::<ScanTextConfig>(&t).map_err(|e| e.to_string()))
        {
            Ok(c) => c,
            Err(e) => {
                eprintln!("config {p}: {e}");
                return ExitCode::from(2);
            }
        },
        None => ScanTextConfig::default(),
    };
    let scanner = match TextScanner::new(&config) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("config: {e}");
            return ExitCode::from(2);
        }
    };
    let input = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(1);
        }
    };
    print!("{}", scanner.scan_jsonl(&input));
    ExitCode::SUCCESS
}
