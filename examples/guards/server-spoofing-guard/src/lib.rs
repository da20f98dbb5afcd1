//! Refuses servers that are not who they claim to be: an allowlist of server
//! names with URL patterns, typosquats (edit distance) and homoglyphs of
//! allowed names, tools that mimic another server's tools (SHA-256 of the tool
//! definition) and tool-name collisions across servers. See README.md.

wit_bindgen::generate!({
    path: "../../../wit",
    world: "guard",
});

use exports::warden::guard::evaluator::Guest;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::sync::OnceLock;
use warden::guard::host::get_config;
use warden::guard::types::{Context, Decision, Denial, Tool, ToolCall, ToolResult};

struct SpoofingGuard;

struct Allowed {
    name: String,
    url_pattern: String,
}

struct KnownTool {
    server: String,
    name: String,
    /// `None` when absent or not 64 hex digits (then it matches nothing).
    sha256: Option<[u8; 32]>,
}

/// 64 hex digits, either case, as 32 bytes.
fn hex32(s: &str) -> Option<[u8; 32]> {
    let digits = s.as_bytes();
    if digits.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (byte, pair) in out.iter_mut().zip(digits.chunks_exact(2)) {
        *byte = u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()?;
    }
    Some(out)
}

fn json(key: &str) -> Value {
    get_config(key)
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or(Value::Null)
}

fn whitelist() -> Vec<Allowed> {
    let v = json("whitelist");
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| {
            Some(Allowed {
                name: e.get("name")?.as_str()?.to_owned(),
                url_pattern: e
                    .get("urlPattern")
                    .and_then(Value::as_str)
                    .unwrap_or("*")
                    .to_owned(),
            })
        })
        .collect()
}

fn known_tools() -> Vec<KnownTool> {
    let v = json("knownTools");
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| {
            Some(KnownTool {
                server: e.get("server")?.as_str()?.to_owned(),
                name: e.get("name")?.as_str()?.to_owned(),
                sha256: e.get("sha256").and_then(Value::as_str).and_then(hex32),
            })
        })
        .collect()
}

fn flag(key: &str, default: bool) -> bool {
    match get_config(key).as_deref() {
        Some("true") => true,
        Some("false") => false,
        _ => default,
    }
}

fn threshold() -> f64 {
    get_config("typosquatSimilarityThreshold")
        .and_then(|s| s.parse::<f64>().ok())
        .filter(|t| (0.0..=1.0).contains(t))
        .unwrap_or(0.8)
}

/// The configuration, read once per instance: the host's values for a guard
/// never change under a running instance (a new configuration is a new one).
struct Config {
    whitelist: Vec<Allowed>,
    known_tools: Vec<KnownTool>,
    block_unknown_servers: bool,
    block_namespace_collisions: bool,
    threshold: f64,
}

fn config() -> &'static Config {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    CONFIG.get_or_init(|| Config {
        whitelist: whitelist(),
        known_tools: known_tools(),
        block_unknown_servers: flag("blockUnknownServers", false),
        block_namespace_collisions: flag("blockNamespaceCollisions", false),
        threshold: threshold(),
    })
}

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

/// The look-alike skeleton of a name: lowercase, common Cyrillic/Greek
/// confusables and digit substitutions folded to Latin, separators dropped.
fn skeleton(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        let f = match c {
            'а' | 'α' => 'a',
            'е' | 'ε' => 'e',
            'о' | 'ο' | '0' => 'o',
            'р' | 'ρ' => 'p',
            'с' | 'ϲ' => 'c',
            'х' | 'χ' => 'x',
            'у' | 'γ' => 'y',
            'і' | 'ι' | 'i' | '1' | 'l' | '|' => 'l',
            'ѕ' | '5' => 's',
            'ј' => 'j',
            'ԁ' => 'd',
            'һ' => 'h',
            'ԛ' => 'q',
            'ν' => 'v',
            'ω' | 'ш' => 'w',
            'κ' | 'к' => 'k',
            'м' => 'm',
            'т' | 'τ' => 't',
            'в' | 'β' => 'b',
            'н' | 'η' => 'h',
            '-' | '_' | '.' | ' ' => continue,
            '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}' => continue,
            c => c,
        };
        out.push(f);
    }
    out.replace("rn", "m").replace("vv", "w")
}

fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// 1 - distance / longer length, on lowercase names.
fn similarity(a: &str, b: &str) -> f64 {
    let a: Vec<char> = a.to_lowercase().chars().collect();
    let b: Vec<char> = b.to_lowercase().chars().collect();
    let longest = a.len().max(b.len());
    if longest == 0 {
        return 1.0;
    }
    1.0 - levenshtein(&a, &b) as f64 / longest as f64
}

fn deny(code: &str, message: String) -> Decision {
    Decision::Deny(Denial {
        code: code.into(),
        message,
        details_json: None,
    })
}

/// Is the server the one it claims to be?
fn check_server(ctx: &Context) -> Decision {
    let config = config();
    let list = &config.whitelist;
    let name = ctx.server_name.as_str();
    if let Some(a) = list.iter().find(|a| a.name == name) {
        if glob(a.url_pattern.as_bytes(), ctx.server_url.as_bytes()) {
            return Decision::Allow;
        }
        return deny(
            "server_url_mismatch",
            format!(
                "server '{name}' is reached at '{}', not at an allowed URL",
                ctx.server_url
            ),
        );
    }
    let sk = skeleton(name);
    if let Some(a) = list.iter().find(|a| skeleton(&a.name) == sk) {
        return deny(
            "server_homoglyph",
            format!(
                "server '{name}' looks like allowed server '{}' but is not it",
                a.name
            ),
        );
    }
    let t = config.threshold;
    if let Some(a) = list.iter().find(|a| similarity(&a.name, name) >= t) {
        return deny(
            "server_typosquat",
            format!(
                "server '{name}' is a near-miss of allowed server '{}'",
                a.name
            ),
        );
    }
    if config.block_unknown_servers {
        return deny(
            "server_unknown",
            format!("server '{name}' is not on the allowlist"),
        );
    }
    Decision::Allow
}

/// SHA-256 of a tool definition: name, description and input schema text,
/// NUL-separated, as the host passes them.
fn tool_digest(t: &Tool) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(t.name.as_bytes());
    h.update([0]);
    h.update(t.description.as_deref().unwrap_or("").as_bytes());
    h.update([0]);
    h.update(t.input_schema_json.as_bytes());
    h.finalize().into()
}

impl Guest for SpoofingGuard {
    fn evaluate_server_connection(ctx: Context) -> Decision {
        check_server(&ctx)
    }

    fn evaluate_tools_list(tools: Vec<Tool>, ctx: Context) -> Decision {
        let server = check_server(&ctx);
        if !matches!(server, Decision::Allow) {
            return server;
        }
        let config = config();
        let others: Vec<&KnownTool> = config
            .known_tools
            .iter()
            .filter(|k| k.server != ctx.server_name)
            .collect();
        // Hash only when some other server's tool has a digest to compare.
        let hashing = others.iter().any(|k| k.sha256.is_some());
        let mut collisions = Vec::new();
        for t in &tools {
            let digest = hashing.then(|| tool_digest(t));
            for k in &others {
                if k.sha256.is_some() && k.sha256 == digest {
                    return deny(
                        "tool_mimicry",
                        format!(
                            "tool '{}' copies the definition of '{}' from server '{}'",
                            t.name, k.name, k.server
                        ),
                    );
                }
                if k.name == t.name {
                    collisions.push(format!("'{}' (also on '{}')", t.name, k.server));
                }
            }
        }
        if collisions.is_empty() {
            Decision::Allow
        } else if config.block_namespace_collisions {
            deny(
                "tool_name_collision",
                format!(
                    "tool names collide across servers: {}",
                    collisions.join(", ")
                ),
            )
        } else {
            Decision::Warn(format!(
                "tool names collide across servers: {}",
                collisions.join(", ")
            ))
        }
    }

    fn evaluate_tool_call(_call: ToolCall, ctx: Context) -> Decision {
        check_server(&ctx)
    }

    fn evaluate_tool_result(_result: ToolResult, _ctx: Context) -> Decision {
        Decision::Allow
    }
}

export!(SpoofingGuard);
