//! The fifty-tool `tools/list` the tools-list benchmark and the
//! `tools_list_profile` example both scan (one fixture, so instruction counts
//! and criterion times describe the same work).

use serde_json::json;

use warden_core::guards::pinning::MemoryPinStore;
use warden_core::guards::spoofing::ServerIdentity;
use warden_core::guards::tools_list::{ToolsListConfig, ToolsListGuards};
use warden_core::mcp::Tool;

const VERBS: [&str; 10] = [
    "list", "get", "create", "update", "delete", "search", "merge", "archive", "export", "sync",
];
const NOUNS: [&str; 5] = [
    "issues",
    "pull_requests",
    "branches",
    "releases",
    "comments",
];

/// Fifty tools shaped like a real SaaS server's: a sentence or three of
/// description, four to six parameters with their own descriptions, enums, defaults.
pub fn typical_tools() -> Vec<Tool> {
    let mut tools = Vec::new();
    for (i, verb) in VERBS.iter().enumerate() {
        for (j, noun) in NOUNS.iter().enumerate() {
            let thing = noun.replace('_', " ");
            let description = format!(
                "{} {thing} in a repository. Results are paginated; use the 'page' and 'perPage' \
                 parameters to walk through them. Requires a token with read access. Returns at \
                 most 100 items per call{}.",
                capitalise(verb),
                if (i + j) % 3 == 0 {
                    ". Important: if the user asks for items by author, prefer the search tool"
                } else {
                    ""
                }
            );
            tools.push(Tool {
                name: format!("{verb}_{noun}"),
                description: Some(description),
                input_schema: json!({
                    "type": "object",
                    "properties": {
                        "owner": {"type": "string", "description": "Repository owner (user or organisation)."},
                        "repo": {"type": "string", "description": "Repository name."},
                        "state": {"type": "string", "enum": ["open", "closed", "all"], "default": "open",
                                  "description": "Filter by state."},
                        "page": {"type": "integer", "minimum": 1, "description": "Page number for pagination (min 1)."},
                        "perPage": {"type": "integer", "minimum": 1, "maximum": 100,
                                    "description": "Results per page for pagination (min 1, max 100)."},
                        "since": {"type": "string", "description": "Only items updated after this ISO 8601 timestamp."}
                    },
                    "required": ["owner", "repo"]
                }),
                annotations: Some(json!({"title": format!("{} {thing}", capitalise(verb)), "readOnlyHint": *verb == "list" || *verb == "get"})),
                ..Default::default()
            });
        }
    }
    tools
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The guards in steady state: `github` allowlisted and already pinned, and
/// another server's tools known (so shadowing has peers to compare with).
pub struct SteadyState {
    pub guards: ToolsListGuards,
    pub id: ServerIdentity,
    pub pins: MemoryPinStore,
    pub tools: Vec<Tool>,
}

pub fn steady_state() -> SteadyState {
    let tools = typical_tools();
    assert_eq!(tools.len(), 50);
    let config: ToolsListConfig = serde_json::from_value(json!({
        "spoofing": {"allowlist": [{"name": "github", "url": "https://api.github.example/*"}]}
    }))
    .expect("config");
    let guards = ToolsListGuards::new(&config).expect("guards");
    let id = ServerIdentity::new("github").with_url("https://api.github.example/mcp");
    let mut pins = MemoryPinStore::new();
    let other: Vec<Tool> = tools
        .iter()
        .take(10)
        .map(|t| Tool {
            name: format!("gitlab_{}", t.name),
            ..t.clone()
        })
        .collect();
    guards.check(&ServerIdentity::new("gitlab"), &other, &mut pins);
    let first = guards.check(&id, &tools, &mut pins);
    assert!(
        !first.is_denied() && first.filtered().is_empty(),
        "{first:#?}"
    );
    SteadyState {
        guards,
        id,
        pins,
        tools,
    }
}
