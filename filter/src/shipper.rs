//! The Envoy side of [`crate::audit`]: buffering records, shipping batches from
//! the root context's tick, and strict-mode single-record calls.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::{Duration, UNIX_EPOCH};

use proxy_wasm::hostcalls;
use proxy_wasm::types::{BufferType, LogLevel};
use warden_core::config::AuditConfig;
use warden_core::guards::pinning::PinChange;
use warden_core::pipeline::{Exchange, RequestFacts};

use crate::audit::{self, Queue};
use crate::host;
use crate::metrics::{Counter, Metrics};
use crate::proto::{FilterDecision, RecordBatch};

/// Records waiting this many (or `maxBatch`, if smaller) ship as soon as no
/// shipment is in flight. Under load a batch fills in milliseconds: shipping
/// it then costs the worker one gRPC round trip per batch, where shipping
/// whatever waits after each acknowledgement cost one per record or two.
pub const SHIP_AT: usize = 64;
/// How often the root context looks at its queue: a batch that fills between
/// flush intervals waits at most this long.
pub const LOOK_EVERY_MS: u64 = 50;

pub struct Shipper {
    pub config: AuditConfig,
    pub cluster: String,
    queue: RefCell<Queue>,
    metrics: Rc<Metrics>,
}

pub fn now_ms() -> u64 {
    hostcalls::get_current_time()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

impl Shipper {
    pub fn new(config: AuditConfig, cluster: String, metrics: Rc<Metrics>) -> Self {
        let now = now_ms();
        Self {
            queue: RefCell::new(Queue::new(config.max_buffer, format!("{now:x}"), now)),
            config,
            cluster,
            metrics,
        }
    }

    /// A record of a local decision on this exchange.
    #[allow(clippy::too_many_arguments)]
    pub fn decision(
        &self,
        facts: &RequestFacts,
        exchange: &Exchange,
        body: Option<&[u8]>,
        server: &str,
        effect: &str,
        codes: Vec<String>,
        rule: String,
        reason: String,
        started_ms: u64,
        direction: &str,
    ) -> FilterDecision {
        let now = now_ms();
        let (method, tool, args) = match body.and_then(audit::call_parts) {
            Some((m, t, a)) => (m, t.or_else(|| exchange.tool.clone()), a),
            None => (
                exchange
                    .methods
                    .iter()
                    .map(|m| m.metric_label())
                    .collect::<Vec<_>>()
                    .join(","),
                exchange.tool.clone(),
                None,
            ),
        };
        FilterDecision {
            decision_id: self.queue.borrow_mut().next_id(),
            time_ms: now,
            session: facts.session_id.clone().unwrap_or_default(),
            server: server.to_owned(),
            method,
            tool: tool.unwrap_or_default(),
            effect: effect.to_owned(),
            rule,
            codes,
            reason,
            latency_us: if started_ms == 0 {
                0
            } else {
                now.saturating_sub(started_ms).saturating_mul(1000)
            },
            arguments_json: args.unwrap_or_default(),
            identity: Some(audit::identity(facts)),
            direction: direction.to_owned(),
            kind: String::new(),
            details_json: String::new(),
        }
    }

    /// A pinned tool definition changed (or appeared, or went away): its own
    /// record, beside the decision on the response that showed it.
    pub fn pin_change(&self, facts: &RequestFacts, change: &PinChange) -> FilterDecision {
        let what = match (&change.old, &change.new) {
            (Some(_), Some(_)) => "changed",
            (None, _) => "added",
            (Some(_), None) => "removed",
        };
        FilterDecision {
            decision_id: self.queue.borrow_mut().next_id(),
            time_ms: now_ms(),
            session: facts.session_id.clone().unwrap_or_default(),
            server: change.server.clone(),
            method: "tools/list".into(),
            tool: change.tool.clone(),
            effect: what.into(),
            rule: "pinning".into(),
            identity: Some(audit::identity(facts)),
            direction: "response".into(),
            kind: "pinChange".into(),
            details_json: serde_json::json!({
                "old": change.old,
                "new": change.new,
                "repinned": change.repinned,
            })
            .to_string(),
            ..FilterDecision::default()
        }
    }

    /// The filter's configuration took effect (`applied`) or was refused
    /// (`rejected`, with Envoy keeping the previous one): its SHA-256, the one
    /// it replaced, and why a refused one was refused.
    pub fn config_change(
        &self,
        effect: &str,
        sha256: &str,
        previous: Option<&str>,
        reason: &str,
    ) -> FilterDecision {
        FilterDecision {
            decision_id: self.queue.borrow_mut().next_id(),
            time_ms: now_ms(),
            effect: effect.into(),
            rule: "configuration".into(),
            reason: reason.into(),
            direction: "config".into(),
            kind: "configChange".into(),
            details_json: serde_json::json!({ "sha256": sha256, "previous": previous }).to_string(),
            ..FilterDecision::default()
        }
    }

    /// Whether a record pushed now would be kept.
    pub fn has_room(&self) -> bool {
        !self.queue.borrow().is_full()
    }

    /// Buffer a record for the next shipment.
    pub fn push(&self, d: FilterDecision) {
        if !self.queue.borrow_mut().push(d) {
            self.metrics.add(Counter::AuditDropped, 1);
        }
    }

    /// The root context's tick: often enough to see a batch fill, never
    /// slower than `flushIntervalMs`.
    pub fn tick_period(&self) -> Duration {
        Duration::from_millis(self.config.flush_interval_ms.min(LOOK_EVERY_MS))
    }

    fn ship_at(&self) -> usize {
        SHIP_AT.min(self.config.max_batch)
    }

    /// Ship when a batch's worth waits or `flushIntervalMs` has passed since
    /// the last shipment.
    pub fn flush_if_due(&self) {
        let due = self
            .queue
            .borrow()
            .due(now_ms(), self.config.flush_interval_ms, self.ship_at());
        if due {
            self.flush();
        }
    }

    /// Ship what is buffered (one shipment in flight at a time).
    pub fn flush(&self) {
        let Some(batch) = self
            .queue
            .borrow_mut()
            .take_batch(self.config.max_batch, now_ms())
        else {
            return;
        };
        let (n, dropped) = (batch.decisions.len(), batch.dropped);
        match self.send(&batch) {
            Some(token) => self.queue.borrow_mut().in_flight = Some((token, n, dropped)),
            None => self.queue.borrow_mut().shipment_failed(n, dropped),
        }
    }

    pub fn send(&self, batch: &RecordBatch) -> Option<u32> {
        host::dispatch_grpc(
            &self.cluster,
            audit::SERVICE,
            audit::METHOD,
            &audit::batch_bytes(batch),
            Duration::from_millis(self.config.timeout_ms),
        )
    }

    /// Whether the answer to `token` acknowledges durable records.
    pub fn acknowledged(status: u32, size: usize) -> bool {
        status == 0
            && size <= 4096
            && host::buffer(BufferType::GrpcReceiveBuffer, size)
                .is_some_and(|b| audit::acknowledged(&b))
    }

    /// The root context's gRPC answer; true when it was a shipment. After an
    /// acknowledged shipment, a batch's worth that queued up meanwhile ships at
    /// once: the records a worker can ship per second are bounded by the
    /// sidecar's round trip, not by the tick.
    pub fn on_response(&self, token: u32, status: u32, size: usize) -> bool {
        let mut q = self.queue.borrow_mut();
        match q.in_flight {
            Some((t, n, dropped)) if t == token => {
                q.in_flight = None;
                if audit::shipment_received(status, n, || Self::acknowledged(status, size)) {
                    self.metrics.add(Counter::AuditShipped, n);
                    let more = q.len() >= self.ship_at();
                    drop(q);
                    if more {
                        self.flush();
                    }
                } else {
                    q.shipment_failed(n, dropped);
                    self.metrics.add(Counter::AuditDropped, n);
                    host::log(
                        LogLevel::Warn,
                        &format!(
                            "warden: audit shipment of {n} records failed (grpc status {status})"
                        ),
                    );
                }
                true
            }
            _ => false,
        }
    }
}
