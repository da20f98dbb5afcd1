//! Prometheus `/metrics` over plain HTTP/1.1 (`metrics.listen`), in the
//! OpenMetrics text format from `prometheus-client`.
//!
//! Decisions by source, effect and code; decision latency; audit append
//! latency, queue depth, records, errors and checkpoints; records the filter
//! shipped and dropped; incidents by severity; suspended agents; policy
//! reloads; state write errors; session and budget table sizes and bounds.

use std::net::SocketAddr;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use http_body_util::Full;
use hyper::body::Bytes;
use hyper::{Request, Response, StatusCode};
use prometheus_client::collector::Collector;
use prometheus_client::encoding::{DescriptorEncoder, EncodeMetric};
use prometheus_client::metrics::counter::ConstCounter;
use prometheus_client::metrics::gauge::ConstGauge;
use prometheus_client::registry::Registry;
use serde::{Deserialize, Serialize};
use tokio::net::TcpListener;

use crate::engine::Engine;

/// The file in `dataDir` that tells tools where `/metrics` listens.
pub const METRICS_ADDR_FILE: &str = "metrics.addr";

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MetricsConfig {
    /// Address of the `/metrics` endpoint (port 0: a free port, written to
    /// `dataDir/metrics.addr`). Absent: no endpoint.
    #[serde(default)]
    pub listen: Option<SocketAddr>,
}

/// Values that live elsewhere as plain atomics, read at scrape time.
#[derive(Debug)]
struct EngineCollector(Arc<Engine>);

fn counter(e: &mut DescriptorEncoder, name: &str, help: &str, v: u64) -> std::fmt::Result {
    let c = ConstCounter::new(v);
    c.encode(e.encode_descriptor(name, help, None, c.metric_type())?)
}

fn gauge(e: &mut DescriptorEncoder, name: &str, help: &str, v: i64) -> std::fmt::Result {
    let g = ConstGauge::new(v);
    g.encode(e.encode_descriptor(name, help, None, g.metric_type())?)
}

impl Collector for EngineCollector {
    fn encode(&self, mut e: DescriptorEncoder) -> std::fmt::Result {
        let engine = &self.0;
        let m = &engine.metrics;
        counter(
            &mut e,
            "warden_policy_reloads",
            "Policy reloads that took effect.",
            m.policy_reloads.load(Ordering::Relaxed),
        )?;
        let g = &engine.wasm_guards().metrics;
        counter(
            &mut e,
            "warden_wasm_guard_reloads",
            "WebAssembly guard sets swapped in by a hot reload.",
            g.reloads.load(Ordering::Relaxed),
        )?;
        counter(
            &mut e,
            "warden_wasm_guard_reload_failures",
            "WebAssembly guard reloads refused (bad file, digest, world or version).",
            g.reload_failures.load(Ordering::Relaxed),
        )?;
        counter(
            &mut e,
            "warden_wasm_guard_list_cache_hits",
            "tools/list verdicts of the WebAssembly guards answered from their cache (no guard call).",
            g.list_cache_hits.load(Ordering::Relaxed),
        )?;
        counter(
            &mut e,
            "warden_policy_reload_failures",
            "Policy reloads rejected.",
            m.policy_reload_failures.load(Ordering::Relaxed),
        )?;
        let (_, suspended) = engine.registry().counts();
        gauge(
            &mut e,
            "warden_agents_suspended",
            "Agents currently suspended.",
            suspended as i64,
        )?;
        // Bounded tables (the soak checks they stay under their maximum).
        let tables = [
            (
                "warden_sessions",
                "Session bindings held.",
                engine.sessions().len(),
            ),
            (
                "warden_sessions_max",
                "Most session bindings held (identity.maxSessions).",
                engine.sessions().capacity(),
            ),
            (
                "warden_budget_entries",
                "Budget running totals held.",
                engine.budgets().len(),
            ),
            (
                "warden_budget_entries_max",
                "Most budget running totals held.",
                engine.budgets().capacity(),
            ),
        ];
        for (name, help, v) in tables {
            gauge(&mut e, name, help, i64::try_from(v).unwrap_or(i64::MAX))?;
        }
        counter(
            &mut e,
            "warden_state_write_errors",
            "Failed writes of registry and approval state.",
            engine.registry().persister().errors(),
        )?;
        if let Some(log) = engine.audit() {
            let s = log.stats();
            counter(
                &mut e,
                "warden_audit_records",
                "Records made durable in the audit log.",
                s.appended.load(Ordering::Relaxed),
            )?;
            counter(
                &mut e,
                "warden_audit_errors",
                "Audit records that could not be written (or were refused: queue full, read-only).",
                s.errors.load(Ordering::Relaxed),
            )?;
            counter(
                &mut e,
                "warden_audit_queue_full",
                "Appends refused because the audit queue was full.",
                s.queue_full.load(Ordering::Relaxed),
            )?;
            counter(
                &mut e,
                "warden_audit_syncs",
                "fdatasync calls (group commits).",
                s.batches.load(Ordering::Relaxed),
            )?;
            counter(
                &mut e,
                "warden_audit_checkpoints",
                "Signed checkpoints written.",
                s.checkpoints.load(Ordering::Relaxed),
            )?;
            gauge(
                &mut e,
                "warden_audit_queue_depth",
                "Records waiting for the audit writer.",
                s.queue_depth.load(Ordering::Relaxed),
            )?;
            gauge(
                &mut e,
                "warden_audit_head_sequence",
                "Sequence number of the last durable record.",
                s.head_seq.load(Ordering::Relaxed) as i64,
            )?;
            gauge(
                &mut e,
                "warden_audit_read_only",
                "1 when the audit log is open read-only.",
                i64::from(log.is_read_only()),
            )?;
        }
        Ok(())
    }
}

/// The registry the endpoint serves.
pub fn registry(engine: &Arc<Engine>) -> Registry {
    let mut r = Registry::default();
    let m = &engine.metrics;
    r.register(
        "warden_decisions",
        "Decisions by source (sidecar, filter), effect and code.",
        m.outcomes.clone(),
    );
    r.register(
        "warden_decision_latency_seconds",
        "Time the sidecar took to decide.",
        m.latency.clone(),
    );
    r.register(
        "warden_incidents",
        "Incidents by severity.",
        m.incidents.clone(),
    );
    r.register(
        "warden_wasm_guard_calls",
        "WebAssembly guard answers by guard, phase, effect (allow, warn, modify, deny, error) and error code.",
        m.guard_calls.clone(),
    );
    r.register(
        "warden_filter_records",
        "Decision records the filter shipped to the sidecar.",
        m.filter_records.clone(),
    );
    r.register("warden_filter_records_dropped", "Decision records the filter reported dropping (its buffer was full or the sidecar unreachable).", m.filter_dropped.clone());
    if let Some(log) = engine.audit() {
        r.register(
            "warden_audit_append_latency_seconds",
            "From hand-over to durable acknowledgement of an audit record.",
            log.stats().append_latency.clone(),
        );
    }
    r.register_collector(Box::new(EngineCollector(Arc::clone(engine))));
    r
}

/// The text a scrape returns.
pub fn render(registry: &Registry) -> String {
    let mut out = String::new();
    if prometheus_client::encoding::text::encode(&mut out, registry).is_err() {
        out.clear();
    }
    out
}

/// Serve `/metrics` on `listener` until the task is dropped.
pub async fn serve(listener: TcpListener, engine: Arc<Engine>) {
    let registry = Arc::new(registry(&engine));
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let registry = Arc::clone(&registry);
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |req: Request<hyper::body::Incoming>| {
                let registry = Arc::clone(&registry);
                async move {
                    let resp = if req.uri().path() == "/metrics" {
                        Response::builder()
                            .header(
                                "content-type",
                                "application/openmetrics-text; version=1.0.0; charset=utf-8",
                            )
                            .body(Full::new(Bytes::from(render(&registry))))
                    } else {
                        Response::builder()
                            .status(StatusCode::NOT_FOUND)
                            .body(Full::new(Bytes::from_static(b"not found\n")))
                    };
                    resp.map_err(|e| std::io::Error::other(e.to_string()))
                }
            });
            let io = hyper_util::rt::TokioIo::new(stream);
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(io, service)
                .await;
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    #[test]
    fn table_sizes_and_bounds_are_exported() {
        let dir = tempfile::tempdir().unwrap();
        let config = Config::from_yaml(&format!(
            "dataDir: {}\naudit: {{enabled: false}}\nidentity: {{maxSessions: 7}}\n",
            dir.path().display()
        ))
        .unwrap();
        let engine = Arc::new(Engine::from_config(&config, Arc::new(|| 1_000)).unwrap());
        engine.sessions().bind("s-1", "agent-a", 1_000).unwrap();
        engine.sessions().bind("s-2", "agent-a", 1_000).unwrap();
        let text = render(&registry(&engine));
        for line in [
            "warden_sessions 2",
            "warden_sessions_max 7",
            "warden_budget_entries 0",
        ] {
            assert!(
                text.lines().any(|l| l == line),
                "{line} missing in:\n{text}"
            );
        }
        assert!(text.contains("warden_budget_entries_max "));
    }
}
