//! The messages the pipeline benchmark and its callgrind twin
//! (`examples/pipeline_profile.rs`) inspect.

pub const CALL: &str = r#"{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"get_weather","arguments":{"city":"Oslo","units":"metric","days":3}}}"#;
pub const LIST_REQUEST: &str = r#"{"jsonrpc":"2.0","id":8,"method":"tools/list","params":{}}"#;
pub const RESULT: &str = r#"{"jsonrpc":"2.0","id":7,"result":{"content":[{"type":"text","text":"It is 21C and sunny in Oslo."}],"isError":false}}"#;

pub fn tools_list() -> String {
    let tools: Vec<String> = (0..30)
        .map(|i| {
            format!(
                r#"{{"name":"tool_{i}","title":"Tool {i}","description":"Look up record {i} in the inventory and return its fields as JSON.","inputSchema":{{"type":"object","properties":{{"id":{{"type":"string","description":"Record id"}},"fields":{{"type":"array","items":{{"type":"string"}}}}}},"required":["id"]}},"annotations":{{"readOnlyHint":true}}}}"#
            )
        })
        .collect();
    format!(
        r#"{{"jsonrpc":"2.0","id":8,"result":{{"tools":[{}]}}}}"#,
        tools.join(",")
    )
}
