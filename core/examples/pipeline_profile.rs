//! The pipeline benchmark's per-message work, N times, without criterion: a
//! fixed amount of work whose instruction count (valgrind callgrind) compares
//! builds exactly where the shared machine makes wall-clock times noisy.
//!
//! `cargo build --release -p warden-core --example pipeline_profile`
//! `valgrind --tool=callgrind target/release/examples/pipeline_profile request 1000`
//!
//! Modes: `request` / `response` / `list-response` (a `tools/call`, its
//! result and a 30-tool list, every guard on), `deny-request` /
//! `deny-call-response` / `deny-response` (`bench/deny-list-only.json`: a
//! call, its result, and a 30-tool list).

use std::hint::black_box;
use std::process::ExitCode;

use warden_core::guards::pinning::MemoryPinStore;
use warden_core::guards::spoofing::ServerIdentity;
use warden_core::pipeline::{Engine, ListCache, RequestFacts, ResponseContext, ResponseReport};

#[path = "../benches/common/pipeline_inputs.rs"]
mod pipeline_inputs;
use pipeline_inputs::{tools_list, CALL, LIST_REQUEST, RESULT};

const ALL_GUARDS: &[u8] = br#"{"toolDenyList":["exec_*"]}"#;
const DENY_LIST_ONLY: &[u8] = include_bytes!("../../bench/deny-list-only.json");

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mode = args.first().map_or("request", String::as_str);
    let Some(n) = args.get(1).map_or(Some(1000), |s| s.parse::<usize>().ok()) else {
        eprintln!(
            "usage: pipeline_profile [request|response|list-response|deny-request|deny-call-response|deny-response] [iterations]"
        );
        return ExitCode::from(2);
    };
    let (config, request, response) = match mode {
        "request" => (ALL_GUARDS, CALL, None),
        "response" => (ALL_GUARDS, CALL, Some(RESULT.to_owned())),
        "list-response" => (ALL_GUARDS, LIST_REQUEST, Some(tools_list())),
        "deny-request" => (DENY_LIST_ONLY, CALL, None),
        "deny-response" => (DENY_LIST_ONLY, LIST_REQUEST, Some(tools_list())),
        "deny-call-response" => (DENY_LIST_ONLY, CALL, Some(RESULT.to_owned())),
        _ => {
            eprintln!("unknown mode {mode}");
            return ExitCode::from(2);
        }
    };
    let engine = match Engine::from_json(config) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("config: {e}");
            return ExitCode::from(1);
        }
    };
    let facts = RequestFacts::default();
    let exchange = engine.inspect_request(request.as_bytes(), &facts).0;
    let mut pins = MemoryPinStore::new();
    let mut cache = ListCache::default();
    let start = std::time::Instant::now();
    for _ in 0..n {
        match &response {
            None => {
                black_box(engine.inspect_request(black_box(request.as_bytes()), &facts));
            }
            Some(body) => {
                let mut ctx = ResponseContext::new(
                    &exchange,
                    ServerIdentity::new("s"),
                    &mut pins,
                    &mut cache,
                );
                black_box(engine.inspect_json_response(
                    &mut ctx,
                    black_box(body.as_bytes()),
                    &mut ResponseReport::default(),
                ));
            }
        }
    }
    let per = start.elapsed() / u32::try_from(n.max(1)).unwrap_or(u32::MAX);
    eprintln!("{mode}: {n} iterations, {per:.2?} each");
    ExitCode::SUCCESS
}
