//! The filter's whole per-message path, natively: request inspection of a
//! `tools/call`, and response inspection of its result and of a 30-tool
//! `tools/list` (first sight, then the cached verdict); and the same with the
//! deny list alone.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use warden_core::guards::pinning::MemoryPinStore;
use warden_core::guards::spoofing::ServerIdentity;
use warden_core::pipeline::{
    Engine, Exchange, ListCache, RequestFacts, ResponseContext, ResponseReport,
};

#[path = "common/pipeline_inputs.rs"]
mod pipeline_inputs;
use pipeline_inputs::{tools_list, CALL, LIST_REQUEST, RESULT};

/// One response through the pipeline, as the filter inspects it.
fn respond(
    engine: &Engine,
    exchange: &Exchange,
    pins: &mut MemoryPinStore,
    cache: &mut ListCache,
    body: &str,
) -> Option<Vec<u8>> {
    let mut ctx = ResponseContext::new(exchange, ServerIdentity::new("s"), pins, cache);
    engine.inspect_json_response(
        &mut ctx,
        black_box(body.as_bytes()),
        &mut ResponseReport::default(),
    )
}

fn bench(c: &mut Criterion) {
    let engine = Engine::from_json(br#"{"toolDenyList":["exec_*"]}"#).unwrap();
    let facts = RequestFacts::default();
    c.bench_function("request tools/call (all guards)", |b| {
        b.iter(|| engine.inspect_request(black_box(CALL.as_bytes()), &facts))
    });
    let exchange = engine.inspect_request(CALL.as_bytes(), &facts).0;
    let mut pins = MemoryPinStore::new();
    let mut cache = ListCache::default();
    c.bench_function("response tools/call result (dlp + injection)", |b| {
        b.iter(|| respond(&engine, &exchange, &mut pins, &mut cache, RESULT))
    });
    // The list answers a `tools/list` (id 8): answering the call (id 7) it
    // would be refused as unsolicited before any list guard ran.
    let listing = engine.inspect_request(LIST_REQUEST.as_bytes(), &facts).0;
    let list = tools_list();
    for (exchange, body) in [(&exchange, RESULT), (&listing, list.as_str())] {
        let sent = respond(
            &engine,
            exchange,
            &mut pins,
            &mut ListCache::default(),
            body,
        );
        assert!(
            sent.is_none(),
            "the benchmark's answers go through unchanged"
        );
    }
    c.bench_function("response tools/list 30 tools, cached verdict", |b| {
        b.iter(|| respond(&engine, &listing, &mut pins, &mut cache, &list))
    });
    c.bench_function("response tools/list 30 tools, first sight", |b| {
        b.iter(|| {
            let mut fresh = ListCache::default();
            respond(&engine, &listing, &mut pins, &mut fresh, &list)
        })
    });
}

/// `bench/deny-list-only.json`: every guard off, the tool deny list on.
fn deny_list_only(c: &mut Criterion) {
    let config = include_bytes!("../../bench/deny-list-only.json");
    let engine = Engine::from_json(config).unwrap();
    let facts = RequestFacts::default();
    c.bench_function("deny list only: request tools/call", |b| {
        b.iter(|| engine.inspect_request(black_box(CALL.as_bytes()), &facts))
    });
    let call = engine.inspect_request(CALL.as_bytes(), &facts).0;
    c.bench_function("deny list only: response tools/call result", |b| {
        let (mut pins, mut cache) = (MemoryPinStore::new(), ListCache::default());
        b.iter(|| respond(&engine, &call, &mut pins, &mut cache, RESULT))
    });
    let exchange = engine.inspect_request(LIST_REQUEST.as_bytes(), &facts).0;
    let mut pins = MemoryPinStore::new();
    let mut cache = ListCache::default();
    let list = tools_list();
    c.bench_function("deny list only: response tools/list 30 tools", |b| {
        b.iter(|| respond(&engine, &exchange, &mut pins, &mut cache, &list))
    });
}

criterion_group!(benches, bench, deny_list_only);
criterion_main!(benches);
