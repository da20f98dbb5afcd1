//! Features of the learned poisoning model for each tool of a JSON Lines file, as
//! the guard extracts them: what `scripts/train_poisoning.py` trains on.
//!
//! `cargo run -p warden-core --release --example tool_features -- tools.jsonl`
//! prints one line per non-blank input line:
//! `{"line":n,"dims":d,"rule":s,"x":[[index,value],...]}` (or `{"line":n,"error":...}`).
//! Siblings are the other tools of the same `server` in the file; `rule` is the
//! phrase rules' score for the tool under the default configuration.

use std::collections::BTreeMap;
use std::process::ExitCode;

use serde_json::{json, Value};
use warden_core::guards::learned::extract_features;
use warden_core::guards::poisoning::{PoisoningConfig, ToolPoisoningGuard};
use warden_core::mcp::Tool;

/// A parsed line: (server, tool), or why it could not be read.
type Row = Result<(String, Tool), String>;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: tool_features <tools.jsonl>");
        return ExitCode::from(2);
    };
    let input = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let guard = match ToolPoisoningGuard::new(&PoisoningConfig::default()) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let mut rows: Vec<(usize, Row)> = Vec::new();
    for (i, line) in input.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let parsed = serde_json::from_str::<Value>(line)
            .map_err(|e| e.to_string())
            .and_then(|v| {
                let server = v
                    .get("server")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_owned();
                let mut t = serde_json::Map::new();
                for k in [
                    "name",
                    "title",
                    "description",
                    "inputSchema",
                    "outputSchema",
                    "annotations",
                ] {
                    if let Some(x) = v.get(k).filter(|x| !x.is_null()) {
                        t.insert(k.into(), x.clone());
                    }
                }
                serde_json::from_value::<Tool>(Value::Object(t))
                    .map(|tool| (server, tool))
                    .map_err(|e| e.to_string())
            });
        rows.push((i + 1, parsed));
    }
    let mut by_server: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (_, r) in &rows {
        if let Ok((s, t)) = r {
            by_server
                .entry(s.as_str())
                .or_default()
                .push(t.name.as_str());
        }
    }
    for (line, r) in &rows {
        let out = match r {
            Err(e) => json!({"line": line, "error": e}),
            Ok((server, tool)) => {
                let siblings = by_server.get(server.as_str()).cloned().unwrap_or_default();
                let rule = guard.scan_rules(tool).score;
                match extract_features(tool, &siblings, rule) {
                    Ok((feats, dims)) => json!({
                        "line": line,
                        "dims": dims,
                        "rule": rule,
                        "x": feats.iter().map(|f| json!([f.index, f.value])).collect::<Vec<_>>(),
                    }),
                    Err(e) => json!({"line": line, "error": e}),
                }
            }
        };
        println!("{out}");
    }
    ExitCode::SUCCESS
}
