//! MCP JSON ↔ the WIT records a guard sees, and what a `modify` answer means
//! for each phase.

use serde_json::{Map, Value};

use super::runtime::{Tool, ToolCall, ToolResult};
use super::Input;

/// One MCP tool object → the WIT record.
pub fn tool_from_json(v: &Value) -> Result<Tool, String> {
    let o = v.as_object().ok_or("a tool is not an object")?;
    let s = |k: &str| o.get(k).and_then(Value::as_str).map(str::to_owned);
    Ok(Tool {
        name: s("name").ok_or("a tool has no string name")?,
        title: s("title"),
        description: s("description"),
        input_schema_json: o
            .get("inputSchema")
            .map_or_else(|| "{}".to_owned(), Value::to_string),
        annotations_json: o.get("annotations").map(Value::to_string),
    })
}

/// A tools array (or `{"tools": [...]}`, or a JSON-RPC response) → records.
pub fn tools_from_json(v: &Value) -> Result<Vec<Tool>, String> {
    let arr = v
        .as_array()
        .or_else(|| v.get("tools").and_then(Value::as_array))
        .or_else(|| v.pointer("/result/tools").and_then(Value::as_array))
        .ok_or("expected a tools array, {\"tools\": [...]} or a tools/list response")?;
    arr.iter().map(tool_from_json).collect()
}

/// `tools/call` params (or the whole request) → record.
pub fn call_from_json(v: &Value) -> Result<ToolCall, String> {
    let p = v.get("params").unwrap_or(v);
    Ok(ToolCall {
        tool: p
            .get("name")
            .and_then(Value::as_str)
            .ok_or("a tools/call has no string name")?
            .to_owned(),
        arguments_json: p
            .get("arguments")
            .map_or_else(|| "{}".to_owned(), Value::to_string),
    })
}

/// A `tools/call` result (or the whole response) → record.
pub fn result_from_json(v: &Value) -> Result<ToolResult, String> {
    let r = v.get("result").unwrap_or(v);
    let o = r.as_object().ok_or("a tool result is not an object")?;
    Ok(ToolResult {
        content_json: o
            .get("content")
            .map_or_else(|| "[]".to_owned(), Value::to_string),
        structured_content_json: o.get("structuredContent").map(Value::to_string),
        is_error: o.get("isError").and_then(Value::as_bool).unwrap_or(false),
    })
}

/// Apply a guard's `modify` to the input the next guard sees; the JSON must
/// have the phase's shape.
pub fn apply_modify(input: &mut Input, json: &str) -> Result<(), String> {
    let v: Value = serde_json::from_str(json).map_err(|e| format!("not JSON: {e}"))?;
    match input {
        Input::ServerConnection => Err("server-connection cannot be modified".into()),
        Input::ToolsList(tools) => {
            if !v.is_array() {
                return Err("tools-list modify must be a tools array".into());
            }
            *tools = tools_from_json(&v)?;
            Ok(())
        }
        Input::ToolCall(call) => {
            if !v.is_object() {
                return Err("tool-call modify must be an arguments object".into());
            }
            call.arguments_json = json.to_owned();
            Ok(())
        }
        Input::ToolResult(r) => {
            if !v.is_object() {
                return Err("tool-result modify must be a result object".into());
            }
            *r = result_from_json(&v)?;
            Ok(())
        }
    }
}

/// A JSON object of string members, for `context.metadata-json`.
pub fn metadata(pairs: &[(&str, &str)]) -> String {
    let mut m = Map::new();
    for (k, v) in pairs {
        m.insert((*k).to_owned(), Value::String((*v).to_owned()));
    }
    Value::Object(m).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn tools_in_every_wrapping() {
        let t = json!([{"name": "a", "description": "d", "inputSchema": {"type": "object"}}]);
        for v in [
            t.clone(),
            json!({"tools": t}),
            json!({"jsonrpc": "2.0", "id": 1, "result": {"tools": t}}),
        ] {
            let tools = tools_from_json(&v).unwrap();
            assert_eq!(tools[0].name, "a");
            assert_eq!(tools[0].description.as_deref(), Some("d"));
            assert_eq!(tools[0].input_schema_json, r#"{"type":"object"}"#);
        }
        assert!(tools_from_json(&json!([{"description": "no name"}])).is_err());
    }

    #[test]
    fn modify_must_fit_the_phase() {
        let mut i = Input::ToolCall(call_from_json(&json!({"name": "x"})).unwrap());
        assert!(apply_modify(&mut i, "[1]").is_err());
        assert!(apply_modify(&mut i, "{").is_err());
        apply_modify(&mut i, r#"{"a":1}"#).unwrap();
        let Input::ToolCall(c) = &i else { panic!() };
        assert_eq!(c.arguments_json, r#"{"a":1}"#);
        let mut l = Input::ToolsList(vec![]);
        assert!(apply_modify(&mut l, "{}").is_err());
        apply_modify(&mut l, r#"[{"name":"b"}]"#).unwrap();
        assert!(apply_modify(&mut Input::ServerConnection, "{}").is_err());
    }
}
