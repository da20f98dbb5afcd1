//! All tools-list guards over 50 typical tools (one `tools/list` result).
//!
//! `cargo bench -p warden-core --bench tools_list`

use criterion::{black_box, criterion_group, criterion_main, Criterion};

#[path = "common/typical_tools.rs"]
mod typical_tools;
use typical_tools::steady_state;

fn bench(c: &mut Criterion) {
    let mut s = steady_state();
    let (guards, id, tools) = (&s.guards, &s.id, &s.tools);

    c.bench_function("tools_list/50_typical_tools", |b| {
        b.iter(|| {
            let v = guards.check(black_box(id), black_box(tools), &mut s.pins);
            black_box(v)
        })
    });

    let poisoning = guards.poisoning();
    c.bench_function("tools_list/poisoning_only_50", |b| {
        b.iter(|| {
            for t in tools {
                black_box(poisoning.scan(black_box(t)));
            }
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
