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

use criterion::{criterion_group, criterion_main, Criterion};
use serde_json::json;

#[path = "common/guard_inputs.rs"]
mod guard_inputs;
use guard_inputs::{ctx, load, twenty_tools};

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
