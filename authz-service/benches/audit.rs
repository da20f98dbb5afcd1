//! Audit log throughput (a bench binary, `cargo bench -p warden --bench audit`):
//!
//! - durable appends with group commit, 16 concurrent writers: records/s and
//!   the append latency (hand-over to durable acknowledgement) p50/p99. Each
//!   writer keeps `window` appends in flight (1 = wait for each before the next,
//!   like one request at a time; 64 = a writer serving many concurrent requests);
//! - `verify` over the resulting log: records/s.
//!
//! Real files on the data disk (fdatasync and all), in a temp folder under
//! `target/`.

use std::collections::VecDeque;
use std::sync::Arc;
use std::time::{Duration, Instant};

use warden::audit::verify::{verify, Options as VerifyOptions};
use warden::audit::{AuditLog, Kind, Options, Record};

fn record(i: u64) -> Record {
    let mut r = Record::new(Kind::Decision, 1_700_000_000_000 + i);
    r.decision_id = Some(format!("s-bench-{i}"));
    r.source = Some("sidecar".into());
    r.agent = Some(format!("agent-{}", i % 50));
    r.session = Some("5c1d0f3e-7b7e-4f4e-9a57-2f1f0a9e1c11".into());
    r.server = Some("demo".into());
    r.method = Some("tools/call".into());
    r.tool = Some("kb.search".into());
    r.effect = Some("allow".into());
    r.rule = Some("read-only".into());
    r.reason = Some("support agents may search the knowledge base".into());
    r.latency_us = Some(42);
    r.args_digest = Some("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08".into());
    r
}

/// CPU seconds this process has used (user + system), from /proc.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command's closing parenthesis; utime and stime are 14 and 15.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<f64> = rest
        .split_whitespace()
        .map(|x| x.parse().unwrap_or(0.0))
        .collect();
    (f.get(11).copied().unwrap_or(0.0) + f.get(12).copied().unwrap_or(0.0)) / 100.0
}

fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .unwrap_or_default()
        .split_whitespace()
        .next()
        .unwrap_or("?")
        .to_owned()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p) as usize]
}

fn run(writers: usize, window: usize, secs: f64) {
    let tmp = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let (log, _) = AuditLog::open(Options::new(tmp.path().join("audit")), 0).unwrap();
    let log = Arc::new(log);
    let deadline = Instant::now() + Duration::from_secs_f64(secs);
    let start = Instant::now();
    let threads: Vec<_> = (0..writers)
        .map(|w| {
            let log = Arc::clone(&log);
            std::thread::spawn(move || {
                let mut lat = Vec::new();
                let mut inflight = VecDeque::new();
                let mut i = 0u64;
                while Instant::now() < deadline {
                    while inflight.len() < window {
                        i += 1;
                        let t = Instant::now();
                        inflight.push_back((
                            t,
                            log.append(record(w as u64 * 1_000_000_000 + i)).unwrap(),
                        ));
                    }
                    let (t, p) = inflight.pop_front().unwrap();
                    p.wait().unwrap();
                    lat.push(t.elapsed());
                }
                for (t, p) in inflight {
                    p.wait().unwrap();
                    lat.push(t.elapsed());
                }
                lat
            })
        })
        .collect();
    let mut lat: Vec<Duration> = threads
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    let elapsed = start.elapsed().as_secs_f64();
    lat.sort_unstable();
    let syncs = log
        .stats()
        .batches
        .load(std::sync::atomic::Ordering::Relaxed);
    println!("load average {}", load());
    println!(
        "append  writers={writers:>2} window={window:>3}: {:>8.0} records/s durable ({} records, {} fdatasyncs, {:.1} records/sync); latency p50 {:.2} ms, p99 {:.2} ms",
        lat.len() as f64 / elapsed,
        lat.len(),
        syncs,
        lat.len() as f64 / syncs.max(1) as f64,
        percentile(&lat, 0.5).as_secs_f64() * 1e3,
        percentile(&lat, 0.99).as_secs_f64() * 1e3,
    );
    log.close();
    if window > 1 {
        let dir = tmp.path().join("audit");
        let mut best = f64::MAX;
        let mut cpu = f64::MAX;
        let mut n = 0;
        for _ in 0..5 {
            let (t, c) = (Instant::now(), cpu_seconds());
            let s = verify(&dir, &VerifyOptions::default(), &mut |_| {}).unwrap();
            best = best.min(t.elapsed().as_secs_f64());
            cpu = cpu.min(cpu_seconds() - c);
            n = s.records;
        }
        println!(
            "verify  {n} records: {:>10.0} records/s (best of 5, {} threads); {:.0} records per CPU-second; load average {}",
            n as f64 / best,
            std::thread::available_parallelism().map_or(1, |n| n.get()),
            n as f64 / cpu.max(0.01),
            load(),
        );
    }
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` runs this briefly.
    let quick = !std::env::args().any(|a| a == "--bench");
    let secs = if quick { 0.3 } else { 5.0 };
    run(16, 1, secs);
    run(16, 64, secs);
}
