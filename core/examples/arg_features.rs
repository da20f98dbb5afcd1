//! Features of the learned prompt-injection model for each text of a JSON Lines
//! file, as the argument guard extracts them: what `scripts/train_arguments.py`
//! trains on.
//!
//! `cargo run -p warden-core --release --example arg_features -- texts.jsonl`
//! prints one line per non-blank input line (`{"text": ..., "field": ...}`):
//! `{"rule":s,"kinds":[...],"x":[[bucket,...] per word],"windows":[[start,end],...]}`,
//! or `{"error":...}`. `rule` is the argument guard's score for the value
//! without the model (default configuration otherwise) and `kinds` the threat
//! kinds it reports; `x` is empty where the model does not run (short values,
//! non-text fields).

use std::process::ExitCode;

use serde_json::{json, Value};
use warden_core::guards::threats::learned::windows;
use warden_core::guards::threats::{Threats, ThreatsConfig};

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: arg_features <texts.jsonl>");
        return ExitCode::from(2);
    };
    let input = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let rules_only = ThreatsConfig {
        prompt_injection_model: false,
        ..ThreatsConfig::default()
    };
    let threats = match Threats::new(rules_only) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let mut out = String::new();
    for line in input.lines().filter(|l| !l.trim().is_empty()) {
        let row = serde_json::from_str::<Value>(line).map_err(|e| e.to_string());
        let o = match row.as_ref().map(|v| (v.get("text"), v.get("field"))) {
            Ok((Some(Value::String(text)), field)) => {
                let field = field.and_then(Value::as_str);
                let found = threats.scan_str(text, field);
                let rule = found.iter().map(|m| m.score).fold(0.0f32, f32::max);
                let kinds: Vec<&str> = found.iter().map(|m| m.kind.code()).collect();
                let x = threats.learned_input(text, field);
                let w: Vec<[usize; 2]> = if x.is_empty() {
                    Vec::new()
                } else {
                    windows(x.len()).into_iter().map(|(s, e)| [s, e]).collect()
                };
                json!({"rule": rule, "kinds": kinds, "x": x, "windows": w})
            }
            Ok(_) => json!({"error": "no \"text\" string"}),
            Err(e) => json!({ "error": e }),
        };
        out.push_str(&o.to_string());
        out.push('\n');
    }
    print!("{out}");
    ExitCode::SUCCESS
}
