//! DLP and argument-threat scanning over a realistic ~4 KiB `tools/call`
//! arguments object (prose, Markdown with a code block, a path, a URL, a few
//! PII values), and both scans together over the arguments of three everyday
//! calls (`args_typical.rs`).
//!
//! `cargo bench -p warden-core --bench dlp`

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use warden_core::guards::dlp::{Dlp, DlpConfig};
use warden_core::guards::threats::{Threats, ThreatsConfig};

#[path = "common/args_4k.rs"]
mod args_4k;
use args_4k::args;

#[path = "common/args_typical.rs"]
mod args_typical;

fn bench(c: &mut Criterion) {
    let a = args();
    let size = serde_json::to_string(&a).unwrap().len();
    eprintln!("arguments object: {size} bytes of JSON");
    let dlp = Dlp::new(DlpConfig::default()).unwrap();
    let threats = Threats::new(ThreatsConfig::default()).unwrap();
    c.bench_function("dlp_scan_value_4k", |b| {
        b.iter(|| dlp.scan_value(black_box(&a)).unwrap())
    });
    c.bench_function("dlp_check_arguments_redact_4k", |b| {
        b.iter_batched(
            || a.clone(),
            |mut v| dlp.check_arguments("report", black_box(&mut v)),
            criterion::BatchSize::SmallInput,
        )
    });
    c.bench_function("threats_scan_value_4k", |b| {
        b.iter(|| threats.scan_value(black_box(&a)).unwrap())
    });
    let text = serde_json::to_string(&a).unwrap();
    c.bench_function("dlp_scan_str_4k", |b| {
        b.iter(|| dlp.scan_str(black_box(&text)))
    });
    // What a call pays for its arguments: the threat scan and the DLP check
    // (which may redact, so each run gets a fresh copy, made outside the timing).
    let both = |c: &mut Criterion, name: &str, v: &serde_json::Value| {
        c.bench_function(name, |b| {
            b.iter_batched(
                || v.clone(),
                |mut v| {
                    let t = threats.check_arguments("tool", black_box(&v));
                    (t, dlp.check_arguments("tool", black_box(&mut v)))
                },
                criterion::BatchSize::SmallInput,
            )
        });
    };
    both(c, "threats_and_dlp_4k", &a);
    for (name, v) in args_typical::calls() {
        let size = serde_json::to_string(&v).unwrap().len();
        both(c, &format!("threats_and_dlp_{name}_{size}b"), &v);
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
