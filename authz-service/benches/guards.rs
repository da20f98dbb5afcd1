//! WebAssembly guard calls in process (components from `make guards`).
//!
//! ```sh
//! make guards && cargo bench -p warden --bench guards
//! ```
//!
//! - `pattern_tools_list_20/reused`: simple-pattern-guard on a 20-tool list, on a
//!   pooled instance (the sidecar's strategy for repeat calls of one agent).
//! - `pattern_tools_list_20/fresh`: the same on a fresh instance every call
//!   (an agent's first call, or after a trap).
//! - `spoofing_tools_list_20/{rust,python}`: the spoofing guard in Rust and in
//!   Python on the same input, pooled instances.
//! - `transport_tools_list_20/allow`: a guard that answers allow without
//!   looking (tests/guards' hostile guard, mode `allow`): what passing 20 tools
//!   into a component and an answer back costs by itself.
//!
//! Component size and compile time are printed before the runs.

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion};
use serde_json::{json, Value};
use warden::guards::{convert, sha256_hex, Compiled, Context, GuardSpec, Input, Phase};

fn load(id: &str, name: &str, config: Value) -> Arc<Compiled> {
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

fn twenty_tools() -> Input {
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

fn ctx() -> Context {
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

fn bench(c: &mut Criterion) {
    let input = twenty_tools();
    let ctx = ctx();
    let pattern = load(
        "patterns",
        "simple_pattern_guard",
        json!({"patterns": ["exec_*", "*shell*", "evil.example"]}),
    );
    let spoof_config = json!({
        "whitelist": [{"name": "inventory", "urlPattern": "http://inventory.internal/*"}],
        "blockUnknownServers": true,
        "knownTools": [{"server": "billing", "name": "refund", "sha256": "00"}],
    });
    let rust = load("spoof-rust", "server_spoofing_guard", spoof_config.clone());
    let python = load("spoof-python", "python_guard", spoof_config);
    for g in [&pattern, &rust, &python] {
        assert!(matches!(
            g.call(&input, &ctx),
            Ok(warden::guards::Decision::Allow)
        ));
    }

    let mut group = c.benchmark_group("pattern_tools_list_20");
    group.bench_function("reused", |b| b.iter(|| pattern.call(&input, &ctx)));
    group.bench_function("fresh", |b| {
        b.iter(|| {
            pattern.clear_pool();
            pattern.call(&input, &ctx)
        })
    });
    group.finish();

    let allow = load("allow", "hostile_guard", json!({"mode": "allow"}));
    let mut group = c.benchmark_group("transport_tools_list_20");
    group.bench_function("allow", |b| b.iter(|| allow.call(&input, &ctx)));
    group.finish();

    let mut group = c.benchmark_group("spoofing_tools_list_20");
    group.bench_function("rust", |b| b.iter(|| rust.call(&input, &ctx)));
    group.bench_function("python", |b| b.iter(|| python.call(&input, &ctx)));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
