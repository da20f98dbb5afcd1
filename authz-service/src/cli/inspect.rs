//! `warden inspect`: run the filter's request and response pipeline offline on
//! bodies given as JSON Lines, and print what would reach the other side.
//!
//! The differential tests use it with Python's `json` as the receiving parser;
//! an operator uses it to see what Warden does with a captured body.
//!
//! Input, one object a line:
//! `{"side":"request","body":"..."}` or
//! `{"side":"response","request":"...","body":"...","sse":false}` (the request
//! whose response this is; `sse`: the body is an event stream).
//! Output, one object a line: `outcome` (`forward`, `rewrite` or `reply`),
//! `forwarded` (the bytes sent on, as text; `null` on a reply), `reply`, the
//! request's `methods` and `ids`, and the response report's counters.

use std::io::{BufRead as _, Write as _};
use std::path::Path;

use serde::Deserialize;
use serde_json::{json, Value};
use warden_core::guards::pinning::MemoryPinStore;
use warden_core::guards::spoofing::ServerIdentity;
use warden_core::pipeline::{
    Engine, ListCache, RequestFacts, RequestOutcome, ResponseContext, ResponseReport, SseInspector,
};

#[derive(Debug, Deserialize)]
#[serde(tag = "side", rename_all = "camelCase", deny_unknown_fields)]
enum Case {
    Request {
        body: String,
    },
    Response {
        request: String,
        body: String,
        #[serde(default)]
        sse: bool,
    },
}

/// Inspect every line of stdin; the server is named `server` (for spoofing and
/// pins). Exit non-zero only on usage errors (bad config, a line that is not a
/// case).
pub fn inspect(config: Option<&Path>, server: &str) -> anyhow::Result<()> {
    let engine = Engine::new(super::scan::filter_config(config)?).map_err(anyhow::Error::msg)?;
    let mut out = std::io::stdout().lock();
    for (i, line) in std::io::stdin().lock().lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let case: Case = serde_json::from_str(&line)
            .map_err(|e| anyhow::anyhow!("line {}: not an inspect case: {e}", i + 1))?;
        writeln!(out, "{}", run(&engine, server, &case))?;
    }
    Ok(())
}

fn facts(server: &str) -> RequestFacts {
    RequestFacts {
        authority: server.to_owned(),
        path: "/mcp".into(),
        scheme: "http".into(),
        ..RequestFacts::default()
    }
}

fn run(engine: &Engine, server: &str, case: &Case) -> Value {
    match case {
        Case::Request { body } => {
            let (ex, outcome) = engine.inspect_request(body.as_bytes(), &facts(server));
            let (name, forwarded, reply) = match outcome {
                RequestOutcome::Forward => match &ex.rewritten {
                    Some(new) => ("rewrite", Some(new.clone()), None),
                    None => ("forward", Some(body.clone()), None),
                },
                RequestOutcome::Reply(r) => ("reply", None, Some(r.body)),
                // No sidecar here to ask: what the filter would send is undecided.
                RequestOutcome::Consult(_) => ("consult", None, None),
            };
            json!({
                "outcome": name,
                "forwarded": forwarded,
                "reply": reply,
                "methods": ex.methods.iter().map(|m| m.metric_label()).collect::<Vec<_>>(),
                "ids": ex.ids.iter().map(|i| i.as_json().to_owned()).collect::<Vec<_>>(),
                "tool": ex.tool,
            })
        }
        Case::Response { request, body, sse } => {
            let (ex, outcome) = engine.inspect_request(request.as_bytes(), &facts(server));
            if outcome != RequestOutcome::Forward {
                return json!({"outcome": "requestRefused", "forwarded": null});
            }
            let mut report = ResponseReport::default();
            let sent = if ex.inspect_response {
                let mut pins = MemoryPinStore::new();
                let mut cache = ListCache::default();
                let mut ctx =
                    ResponseContext::new(&ex, ServerIdentity::new(server), &mut pins, &mut cache);
                if *sse {
                    SseInspector::new(engine).push(
                        engine,
                        &mut ctx,
                        body.as_bytes(),
                        true,
                        &mut report,
                    )
                } else {
                    engine
                        .inspect_json_response(&mut ctx, body.as_bytes(), &mut report)
                        .unwrap_or_else(|| body.as_bytes().to_vec())
                }
            } else {
                body.as_bytes().to_vec() // the filter streams such responses through
            };
            let sent = String::from_utf8_lossy(&sent).into_owned();
            json!({
                "outcome": if sent == *body { "forward" } else { "rewrite" },
                "forwarded": sent,
                "inspected": ex.inspect_response,
                "redactions": report.redactions,
                "toolsFiltered": report.tools_filtered,
                "denied": report.denied,
                "invalid": report.invalid,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn engine() -> Engine {
        Engine::from_json(br#"{"toolDenyList":["exec_*"]}"#).unwrap()
    }

    #[test]
    fn request_cases_report_the_pipeline_verdict() {
        let e = engine();
        let call = |name: &str| Case::Request {
            body: format!(
                r#"{{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{{"name":"{name}","arguments":{{}}}}}}"#
            ),
        };
        let ok = run(&e, "demo", &call("add"));
        assert_eq!(ok["outcome"], "forward");
        assert_eq!(ok["methods"], json!(["tools_call"]));
        assert_eq!(ok["ids"], json!(["4"]));
        let denied = run(&e, "demo", &call("exec_shell"));
        assert_eq!(denied["outcome"], "reply");
        assert!(denied["forwarded"].is_null());
        assert!(denied["reply"].as_str().unwrap().contains("tool_denied"));
    }

    #[test]
    fn response_cases_show_what_the_client_receives() {
        let e = engine();
        let list = Case::Response {
            request: r#"{"jsonrpc":"2.0","id":1,"method":"tools/list"}"#.into(),
            body: r#"{"jsonrpc":"2.0","id":1,"result":{"tools":[{"name":"exec_shell","inputSchema":{"type":"object"}},{"name":"add","inputSchema":{"type":"object"}}]}}"#.into(),
            sse: false,
        };
        let out = run(&e, "demo", &list);
        assert_eq!(out["outcome"], "rewrite");
        assert_eq!(out["toolsFiltered"], 1);
        let sent = out["forwarded"].as_str().unwrap();
        assert!(
            !sent.contains("exec_shell") && sent.contains("\"add\""),
            "{sent}"
        );
    }

    #[test]
    fn case_lines_are_strict() {
        assert!(
            serde_json::from_str::<Case>(r#"{"side":"request","body":"x","extra":1}"#).is_err()
        );
        assert!(serde_json::from_str::<Case>(r#"{"side":"sideways","body":"x"}"#).is_err());
    }
}
