//! DLP and argument-threat scanning over a realistic ~4 KiB `tools/call`
//! arguments object (prose, Markdown with a code block, a path, a URL, a few
//! PII values).
//!
//! `cargo bench -p warden-core --bench dlp`

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use warden_core::guards::dlp::{Dlp, DlpConfig};
use warden_core::guards::threats::{Threats, ThreatsConfig};

#[path = "common/args_4k.rs"]
mod args_4k;
use args_4k::args;

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
}

criterion_group!(benches, bench);
criterion_main!(benches);
