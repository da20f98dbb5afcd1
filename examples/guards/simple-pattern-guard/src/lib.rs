//! Blocks tools whose name or description matches configured patterns, and
//! masks configured strings in call arguments. See README.md for the config.

wit_bindgen::generate!({
    path: "../../../wit",
    world: "guard",
});

use exports::warden::guard::evaluator::Guest;
use std::sync::OnceLock;

use warden::guard::host::{get_config, log};
use warden::guard::types::{Context, Decision, Denial, Level, Tool, ToolCall, ToolResult};

mod arena;
mod patterns;

use patterns::{Patterns, Progress};

// Only in the component: the arena serves one thread, and host unit tests
// run several.
#[cfg_attr(target_arch = "wasm32", global_allocator)]
static ARENA: arena::Arena = arena::Arena::new();

struct PatternGuard;

/// A list from config: a JSON array of strings, or comma-separated text.
fn list(key: &str) -> Vec<String> {
    let Some(raw) = get_config(key) else {
        return Vec::new();
    };
    match serde_json::from_str::<Vec<String>>(&raw) {
        Ok(v) => v,
        Err(_) => raw
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
    }
}

/// The configuration, read once per instance: the host's values for a guard
/// never change under a running instance (a new configuration is a new one).
struct Config {
    patterns: Patterns,
    filter: bool,
    masks: Vec<String>,
}

fn config() -> &'static Config {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    CONFIG.get_or_init(|| {
        ARENA.persistent(|| Config {
            patterns: Patterns::new(list("patterns")),
            filter: get_config("action").as_deref() == Some("filter"),
            masks: list("maskArguments"),
        })
    })
}

fn deny(code: &str, message: String) -> Decision {
    Decision::Deny(Denial {
        code: code.into(),
        message,
        details_json: None,
    })
}

/// Replace every masked string inside string values, recursively.
fn mask(v: &mut serde_json::Value, masks: &[String]) -> bool {
    match v {
        serde_json::Value::String(s) => {
            let mut changed = false;
            for m in masks {
                if !m.is_empty() && s.contains(m.as_str()) {
                    *s = s.replace(m.as_str(), "[MASKED]");
                    changed = true;
                }
            }
            changed
        }
        serde_json::Value::Array(a) => a.iter_mut().fold(false, |c, x| mask(x, masks) | c),
        serde_json::Value::Object(o) => o.values_mut().fold(false, |c, x| mask(x, masks) | c),
        _ => false,
    }
}

impl Guest for PatternGuard {
    fn evaluate_server_connection(_ctx: Context) -> Decision {
        Decision::Allow
    }

    fn evaluate_tools_list(tools: Vec<Tool>, _ctx: Context) -> Decision {
        let Config {
            patterns, filter, ..
        } = config();
        let mut progress: Vec<Progress> = Vec::new();
        let mut matches =
            |t: &Tool| patterns.matching(&t.name, t.description.as_deref(), &mut progress);
        if !*filter {
            return match tools.iter().find_map(|t| Some((t, matches(t)?))) {
                Some((t, p)) => deny(
                    "tool_pattern_blocked",
                    format!("tool '{}' matches blocked pattern '{p}'", t.name),
                ),
                None => Decision::Allow,
            };
        }
        let kept: Vec<&Tool> = tools.iter().filter(|t| matches(t).is_none()).collect();
        let dropped = tools.len() - kept.len();
        if dropped == 0 {
            return Decision::Allow;
        }
        log(
            Level::Info,
            &format!("filtered {dropped} tool(s) out of tools/list"),
        );
        let out: Vec<serde_json::Value> = kept
            .iter()
            .map(|t| {
                let mut o = serde_json::Map::new();
                o.insert("name".into(), t.name.clone().into());
                if let Some(x) = &t.title {
                    o.insert("title".into(), x.clone().into());
                }
                if let Some(x) = &t.description {
                    o.insert("description".into(), x.clone().into());
                }
                let schema = serde_json::from_str(&t.input_schema_json).unwrap_or_default();
                o.insert("inputSchema".into(), schema);
                if let Some(a) = t
                    .annotations_json
                    .as_deref()
                    .and_then(|a| serde_json::from_str(a).ok())
                {
                    o.insert("annotations".into(), a);
                }
                serde_json::Value::Object(o)
            })
            .collect();
        Decision::Modify(serde_json::Value::Array(out).to_string())
    }

    fn evaluate_tool_call(call: ToolCall, _ctx: Context) -> Decision {
        let config = config();
        if let Some(p) = config.patterns.matching(&call.tool, None, &mut Vec::new()) {
            return deny(
                "tool_pattern_blocked",
                format!("tool '{}' matches blocked pattern '{p}'", call.tool),
            );
        }
        let masks = &config.masks;
        if masks.is_empty() {
            return Decision::Allow;
        }
        let Ok(mut args) = serde_json::from_str::<serde_json::Value>(&call.arguments_json) else {
            return deny("invalid_arguments", "the arguments are not JSON".into());
        };
        if mask(&mut args, masks) {
            Decision::Modify(args.to_string())
        } else {
            Decision::Allow
        }
    }

    fn evaluate_tool_result(_result: ToolResult, _ctx: Context) -> Decision {
        Decision::Allow
    }
}

export!(PatternGuard);
