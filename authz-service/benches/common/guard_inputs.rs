//! What the guard benchmark and its callgrind twin
//! (`examples/guard_profile.rs`) load and call: a guard from `make guards`, a
//! 20-tool list, a context.

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use serde_json::{json, Value};
use warden::guards::{convert, sha256_hex, Compiled, Context, GuardSpec, Input, Phase};

pub fn load(id: &str, name: &str, config: Value) -> Arc<Compiled> {
    let module = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../target/guards")
        .join(format!("{name}.wasm"));
    let bytes = std::fs::read(&module)
        .unwrap_or_else(|e| panic!("{}: {e}: run `make guards`", module.display()));
    let spec = GuardSpec {
        id: id.into(),
        enabled: true,
        priority: 0,
        runs_on: Phase::ALL.to_vec(),
        failure_mode: Default::default(),
        timeout_ms: 1000,
        max_memory_bytes: 64 << 20,
        module: module.clone(),
        sha256: sha256_hex(&bytes),
        stateful: false,
        config: serde_json::from_value(config).unwrap(),
    };
    let started = Instant::now();
    let g = Compiled::load(&spec).unwrap();
    eprintln!(
        "{name}: {} bytes, compiled in {:.1} ms",
        bytes.len(),
        started.elapsed().as_secs_f64() * 1e3
    );
    Arc::new(g)
}

pub fn twenty_tools() -> Input {
    let tools: Vec<Value> = (0..20)
        .map(|i| {
            json!({
                "name": format!("tool_{i}"),
                "description": format!("Tool number {i}: reads records from the inventory and returns them as JSON."),
                "inputSchema": {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]},
            })
        })
        .collect();
    Input::ToolsList(convert::tools_from_json(&Value::Array(tools)).unwrap())
}

pub fn ctx() -> Context {
    Context {
        server_name: "inventory".into(),
        server_url: "http://inventory.internal/mcp".into(),
        agent: "agent-1".into(),
        roles: vec![],
        session_id: None,
        request_id: Some("1".into()),
        metadata_json: "{}".into(),
    }
}
