//! Typed views of the MCP methods the guards need.
//!
//! Every struct keeps the fields it does not name in `extra`, so a value parsed and
//! serialised again loses nothing a newer protocol revision added.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::ParseError;

/// The MCP methods Warden knows by name; anything else is `Other` and passes
/// through (still audited).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    Initialize,
    /// `server/discover`: the 2026-07-28 protocol's replacement for the handshake.
    Discover,
    Initialized,
    Ping,
    ToolsList,
    ToolsCall,
    ToolsListChanged,
    ResourcesList,
    ResourcesTemplatesList,
    ResourcesRead,
    ResourcesSubscribe,
    ResourcesUnsubscribe,
    PromptsList,
    PromptsGet,
    Other,
}

impl Method {
    pub fn parse(name: &str) -> Self {
        match name {
            "initialize" => Self::Initialize,
            "server/discover" => Self::Discover,
            "notifications/initialized" => Self::Initialized,
            "ping" => Self::Ping,
            "tools/list" => Self::ToolsList,
            "tools/call" => Self::ToolsCall,
            "notifications/tools/list_changed" => Self::ToolsListChanged,
            "resources/list" => Self::ResourcesList,
            "resources/templates/list" => Self::ResourcesTemplatesList,
            "resources/read" => Self::ResourcesRead,
            "resources/subscribe" => Self::ResourcesSubscribe,
            "resources/unsubscribe" => Self::ResourcesUnsubscribe,
            "prompts/list" => Self::PromptsList,
            "prompts/get" => Self::PromptsGet,
            _ => Self::Other,
        }
    }

    /// A short, bounded label for metrics: never the raw method string, which a
    /// client controls and could use to blow up metric cardinality.
    pub fn metric_label(self) -> &'static str {
        match self {
            Self::Initialize => "initialize",
            Self::Discover => "discover",
            Self::Initialized => "initialized",
            Self::Ping => "ping",
            Self::ToolsList => "tools_list",
            Self::ToolsCall => "tools_call",
            Self::ToolsListChanged => "tools_list_changed",
            Self::ResourcesList => "resources_list",
            Self::ResourcesTemplatesList => "resources_templates_list",
            Self::ResourcesRead => "resources_read",
            Self::ResourcesSubscribe => "resources_subscribe",
            Self::ResourcesUnsubscribe => "resources_unsubscribe",
            Self::PromptsList => "prompts_list",
            Self::PromptsGet => "prompts_get",
            Self::Other => "other",
        }
    }

    pub const ALL: [Method; 15] = [
        Self::Initialize,
        Self::Discover,
        Self::Initialized,
        Self::Ping,
        Self::ToolsList,
        Self::ToolsCall,
        Self::ToolsListChanged,
        Self::ResourcesList,
        Self::ResourcesTemplatesList,
        Self::ResourcesRead,
        Self::ResourcesSubscribe,
        Self::ResourcesUnsubscribe,
        Self::PromptsList,
        Self::PromptsGet,
        Self::Other,
    ];
}

/// Method names a client or a server may send, for the near-miss check.
pub const KNOWN_METHODS: &[&str] = &[
    "initialize",
    "server/discover",
    "notifications/initialized",
    "ping",
    "tools/list",
    "tools/call",
    "notifications/tools/list_changed",
    "resources/list",
    "resources/templates/list",
    "resources/read",
    "resources/subscribe",
    "resources/unsubscribe",
    "prompts/list",
    "prompts/get",
    "completion/complete",
    "logging/setLevel",
    "sampling/createMessage",
    "elicitation/create",
    "roots/list",
    "notifications/cancelled",
    "notifications/progress",
    "notifications/message",
    "notifications/roots/list_changed",
    "notifications/resources/updated",
    "notifications/resources/list_changed",
    "notifications/prompts/list_changed",
];

fn method_key(name: &str) -> String {
    crate::guards::normalize::skeleton(name)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// A name that is not a known method but reads as one once case, whitespace,
/// invisible characters, look-alikes and punctuation are set aside
/// (`"tools/call "`, `"Tools/Call"`, `"tools/\u200bcall"`). Some receivers
/// trim or fold; Warden refuses rather than guess which.
pub fn near_miss(name: &str) -> bool {
    if KNOWN_METHODS.contains(&name) {
        return false;
    }
    let key = method_key(name);
    KNOWN_METHODS.iter().any(|m| method_key(m) == key)
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Implementation {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InitializeParams {
    #[serde(default)]
    pub protocol_version: String,
    #[serde(default, skip_serializing_if = "Value::is_null")]
    pub capabilities: Value,
    #[serde(default)]
    pub client_info: Implementation,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InitializeResult {
    #[serde(default)]
    pub protocol_version: String,
    #[serde(default, skip_serializing_if = "Value::is_null")]
    pub capabilities: Value,
    #[serde(default)]
    pub server_info: Implementation,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One tool as offered in a `tools/list` result.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Tool {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Value::is_null")]
    pub input_schema: Value,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_schema: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<Value>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ToolsListResult {
    pub tools: Vec<Tool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CallToolParams {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arguments: Option<Map<String, Value>>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One content item of a tool result (`text`, `image`, `audio`, `resource`,
/// `resource_link`). Only `text` is named: the guards read text, the rest is kept.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ContentItem {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CallToolResult {
    #[serde(default)]
    pub content: Vec<ContentItem>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub structured_content: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_error: Option<bool>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `resources/*` and `prompts/*` are carried as method + raw params: the guards do
/// not look inside them yet, policy and audit see the method.
#[derive(Clone, Debug, PartialEq)]
pub struct OtherRequest {
    pub method: String,
    pub params: Option<Value>,
}

/// Parse a params (or result) object into a typed view. Params must be an object
/// when present; anything else is `invalid_params`.
pub fn parse_object<'a, T: Deserialize<'a>>(
    raw: Option<&'a serde_json::value::RawValue>,
    what: &'static str,
) -> Result<T, ParseError> {
    let text = raw.map(|r| r.get()).unwrap_or("{}");
    if !text.trim_start().starts_with('{') {
        return Err(ParseError::InvalidParams(format!(
            "{what} must be an object"
        )));
    }
    // Name the place, never serde's message: it can quote the (untrusted) value.
    serde_json::from_str(text).map_err(|e| {
        ParseError::InvalidParams(format!(
            "{what} do not have the expected shape (line {}, column {})",
            e.line(),
            e.column()
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn method_names_round_trip_to_labels() {
        assert_eq!(Method::parse("tools/call"), Method::ToolsCall);
        assert_eq!(Method::parse("tools/call ").metric_label(), "other");
        assert_eq!(
            Method::parse("resources/read").metric_label(),
            "resources_read"
        );
    }

    #[test]
    fn near_misses_of_known_methods() {
        for name in [
            "tools/call ",
            " tools/call",
            "Tools/Call",
            "tools/\u{200B}call",
            "tools//call",
            "TOOLS/LIST",
            "tools\tcall",
        ] {
            assert!(near_miss(name), "{name:?}");
        }
        for name in ["tools/call", "custom/thing", "notifications/progress", "x"] {
            assert!(!near_miss(name), "{name:?}");
        }
    }

    #[test]
    fn tool_keeps_unknown_fields() {
        let text = r#"{"name":"a","description":"d","inputSchema":{"type":"object"},"_meta":{"x":1},"icons":[]}"#;
        let tool: Tool = serde_json::from_str(text).unwrap();
        assert_eq!(tool.extra.len(), 2);
        let back: Value = serde_json::to_value(&tool).unwrap();
        assert_eq!(back, serde_json::from_str::<Value>(text).unwrap());
    }

    #[test]
    fn non_object_params_are_invalid() {
        let raw = serde_json::value::RawValue::from_string("[1,2]".into()).unwrap();
        let err = parse_object::<CallToolParams>(Some(&raw), "params").unwrap_err();
        assert_eq!(err.rpc_code(), -32602);
    }

    #[test]
    fn call_result_views_content() {
        let text = r#"{"content":[{"type":"text","text":"hi"},{"type":"image","data":"AA==","mimeType":"image/png"}],"isError":false}"#;
        let res: CallToolResult = serde_json::from_str(text).unwrap();
        assert_eq!(res.content[0].text.as_deref(), Some("hi"));
        assert_eq!(res.content[1].extra.len(), 2);
        assert_eq!(res.is_error, Some(false));
    }
}
