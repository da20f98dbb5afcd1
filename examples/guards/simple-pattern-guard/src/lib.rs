//! Blocks tools whose name or description matches configured patterns, and
//! masks configured strings in call arguments. See README.md for the config.

wit_bindgen::generate!({
    path: "../../../wit",
    world: "guard",
});

use exports::warden::guard::evaluator::Guest;
use memchr::memmem::Finder;
use std::sync::OnceLock;

use warden::guard::host::{get_config, log};
use warden::guard::types::{Context, Decision, Denial, Level, Tool, ToolCall, ToolResult};

mod arena;

#[global_allocator]
static ARENA: arena::Arena = arena::Arena::new();

struct PatternGuard;

/// `*` any run, `?` one character; ASCII case-insensitive.
fn glob(p: &[u8], s: &[u8]) -> bool {
    let (mut pi, mut si, mut star, mut mark) = (0, 0, None, 0);
    while si < s.len() {
        if pi < p.len() && (p[pi] == b'?' || p[pi].eq_ignore_ascii_case(&s[si])) {
            pi += 1;
            si += 1;
        } else if pi < p.len() && p[pi] == b'*' {
            star = Some(pi);
            pi += 1;
            mark = si;
        } else if let Some(st) = star {
            pi = st + 1;
            mark += 1;
            si = mark;
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == b'*')
}

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

/// A configured pattern, prepared once per instance.
struct Pattern {
    text: String,
    /// Searchers for the lowercased runs between `*`s, for the description
    /// (`None` when the pattern has a `?`: then the general glob runs).
    pieces: Option<Vec<Finder<'static>>>,
}

impl Pattern {
    fn new(text: String) -> Self {
        let pieces = (!text.contains('?')).then(|| {
            text.to_ascii_lowercase()
                .split('*')
                .filter(|p| !p.is_empty())
                .map(|p| Finder::new(p.as_bytes()).into_owned())
                .collect()
        });
        Self { text, pieces }
    }

    /// Anywhere in `lowered` (the description, ASCII-lowercased): the glob
    /// `*pattern*`, as a search for each piece after the previous one, which
    /// is linear where the backtracking glob is not.
    fn found_in(&self, lowered: &[u8]) -> bool {
        let Some(pieces) = &self.pieces else {
            return glob(format!("*{}*", self.text).as_bytes(), lowered);
        };
        let mut rest = lowered;
        for piece in pieces {
            match piece.find(rest) {
                Some(at) => rest = &rest[at + piece.needle().len()..],
                None => return false,
            }
        }
        true
    }
}

/// The configuration, read once per instance: the host's values for a guard
/// never change under a running instance (a new configuration is a new one).
struct Config {
    patterns: Vec<Pattern>,
    filter: bool,
    masks: Vec<String>,
}

fn config() -> &'static Config {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    CONFIG.get_or_init(|| {
        ARENA.persistent(|| Config {
            patterns: list("patterns").into_iter().map(Pattern::new).collect(),
            filter: get_config("action").as_deref() == Some("filter"),
            masks: list("maskArguments"),
        })
    })
}

/// The pattern a tool matches: its name as a glob, its description anywhere.
/// `lowered` is scratch for the lowercased description, one buffer for a list.
fn matching<'a>(
    patterns: &'a [Pattern],
    tool: &str,
    description: Option<&str>,
    lowered: &mut Vec<u8>,
) -> Option<&'a str> {
    if let Some(d) = description {
        lowered.clear();
        lowered.extend_from_slice(d.as_bytes());
        lowered.make_ascii_lowercase();
    }
    patterns
        .iter()
        .find(|p| {
            glob(p.text.as_bytes(), tool.as_bytes())
                || (description.is_some() && p.found_in(lowered))
        })
        .map(|p| p.text.as_str())
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
        let mut kept = Vec::new();
        let mut dropped = 0;
        let mut lowered = Vec::new();
        for t in &tools {
            match matching(patterns, &t.name, t.description.as_deref(), &mut lowered) {
                None => kept.push(t),
                Some(p) if !*filter => {
                    return deny(
                        "tool_pattern_blocked",
                        format!("tool '{}' matches blocked pattern '{p}'", t.name),
                    )
                }
                Some(_) => dropped += 1,
            }
        }
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
        if let Some(p) = matching(&config.patterns, &call.tool, None, &mut Vec::new()) {
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
