//! Filter-local decisions for the sidecar's audit log: built here, buffered per
//! Envoy worker (bounded, drops counted), shipped in batches from the root
//! context (`warden.v1.AuditService/Record`). Strict mode sends one
//! record and holds the request until the sidecar says it is durable.

use std::collections::VecDeque;

use prost::Message as _;
use serde::Deserialize;
use serde_json::value::RawValue;
use warden_core::jsonrpc::Id;
use warden_core::pipeline::{LocalReply, RequestFacts};
use warden_core::reply::{codes, Denial};

use crate::proto::{FilterDecision, Identity, RecordAck, RecordBatch};

pub const SERVICE: &str = "warden.v1.AuditService";
pub const METHOD: &str = "Record";
/// Longest argument text shipped for digesting; longer is digested as cut
/// (still a stable digest of the same bytes).
const MAX_ARGS: usize = 64 * 1024;

/// The bounded buffer of one worker.
#[derive(Debug, Default)]
pub struct Queue {
    buf: VecDeque<FilterDecision>,
    max: usize,
    /// Records lost since the last successful shipment.
    pub dropped: u64,
    next: u64,
    prefix: String,
    /// Token and size of the shipment in flight.
    pub in_flight: Option<(u32, usize, u64)>,
    /// When the last shipment left, or the queue was made (ms since the epoch).
    last_shipped_ms: u64,
}

impl Queue {
    pub fn new(max: usize, prefix: String, now_ms: u64) -> Self {
        Self {
            max,
            prefix,
            last_shipped_ms: now_ms,
            ..Self::default()
        }
    }

    pub fn next_id(&mut self) -> String {
        self.next += 1;
        format!("f-{}-{}", self.prefix, self.next)
    }

    pub fn len(&self) -> usize {
        self.buf.len()
    }

    pub fn is_empty(&self) -> bool {
        self.buf.is_empty()
    }

    /// Whether the next record would be dropped.
    pub fn is_full(&self) -> bool {
        self.buf.len() >= self.max
    }

    /// Buffer a record; false (and counted) when the buffer is full.
    pub fn push(&mut self, d: FilterDecision) -> bool {
        if self.is_full() {
            self.dropped += 1;
            return false;
        }
        self.buf.push_back(d);
        true
    }

    /// Records or drops to report, and no shipment in flight.
    fn can_ship(&self) -> bool {
        self.in_flight.is_none() && (!self.buf.is_empty() || self.dropped > 0)
    }

    /// Whether a shipment should leave at `now_ms`: one can, and either
    /// `ship_at` records wait or `interval_ms` has passed since the last
    /// shipment (or since the queue was made).
    pub fn due(&self, now_ms: u64, interval_ms: u64, ship_at: usize) -> bool {
        self.can_ship()
            && (self.buf.len() >= ship_at
                || now_ms.saturating_sub(self.last_shipped_ms) >= interval_ms)
    }

    /// The next shipment (with the drop count so far), or `None` when there is
    /// nothing to send or a shipment is still in flight.
    pub fn take_batch(&mut self, max: usize, now_ms: u64) -> Option<RecordBatch> {
        if !self.can_ship() {
            return None;
        }
        self.last_shipped_ms = now_ms;
        let n = self.buf.len().min(max);
        let batch = RecordBatch {
            decisions: self.buf.drain(..n).collect(),
            dropped: self.dropped,
            strict: false,
        };
        self.dropped = 0;
        Some(batch)
    }

    /// A shipment failed: its records and the drops it reported are lost.
    pub fn shipment_failed(&mut self, records: usize, reported_dropped: u64) {
        self.dropped += records as u64 + reported_dropped;
    }
}

/// What the body says about a single call, borrowed.
#[derive(Deserialize)]
struct Msg<'a> {
    #[serde(borrow, default)]
    method: Option<&'a str>,
    #[serde(borrow, default)]
    params: Option<Params<'a>>,
}

#[derive(Deserialize)]
struct Params<'a> {
    #[serde(borrow, default)]
    name: Option<&'a str>,
    #[serde(borrow, default)]
    arguments: Option<&'a RawValue>,
}

/// Method, tool and argument text of a single-message body (not a batch).
pub fn call_parts(body: &[u8]) -> Option<(String, Option<String>, Option<String>)> {
    let m: Msg<'_> = serde_json::from_slice(body).ok()?;
    let p = m.params;
    let args = p
        .as_ref()
        .and_then(|p| p.arguments)
        .map(|a| a.get())
        .map(|a| {
            let mut end = a.len().min(MAX_ARGS);
            while !a.is_char_boundary(end) {
                end -= 1;
            }
            a[..end].to_owned()
        });
    Some((
        m.method?.to_owned(),
        p.and_then(|p| p.name.map(str::to_owned)),
        args,
    ))
}

/// Rule and reason of a local reply (`error.data.warden.guard`, `error.message`).
pub fn reply_parts(body: &str) -> (String, String) {
    let v: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
    let first = match &v {
        serde_json::Value::Array(a) => a.first().cloned().unwrap_or_default(),
        other => other.clone(),
    };
    let err = &first["error"];
    (
        err["data"]["warden"]["guard"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
        err["message"].as_str().unwrap_or_default().to_owned(),
    )
}

/// The identity facts as the request presented them (the sidecar resolves).
pub fn identity(facts: &RequestFacts) -> Identity {
    Identity {
        spiffe_id: facts
            .xfcc
            .as_deref()
            .and_then(crate::decide::spiffe_from_xfcc)
            .unwrap_or_default(),
        xfcc: facts.xfcc.clone().unwrap_or_default(),
        jwt_payload: facts.jwt_payload.clone().unwrap_or_default(),
        header_identity: facts.identity_header.clone().unwrap_or_default(),
        bearer_token: facts.bearer_token.clone().unwrap_or_default(),
    }
}

/// The denial when strict mode could not record a decision.
pub fn strict_reply(id: Option<&Id>, why: &str) -> LocalReply {
    LocalReply {
        status: 200,
        body: Denial::new(
            codes::AUDIT_FAILED,
            "audit_unavailable",
            format!(
                "Warden could not record this request in the audit log ({why}); strict audit mode does not let it through"
            ),
        )
        .with_guard("audit")
        .to_response(id),
        code: "audit_unavailable".into(),
    }
}

pub fn batch_bytes(b: &RecordBatch) -> Vec<u8> {
    b.encode_to_vec()
}

/// Whether the sidecar's answer acknowledges the records as durable.
pub fn acknowledged(bytes: &[u8]) -> bool {
    RecordAck::decode(bytes).is_ok_and(|a| a.last_seq > 0)
}

/// Whether a shipment of `records` records was received. Records need the
/// durable acknowledgement that `acknowledged` reads (the answer's body, read
/// only then); a shipment that only reports drops writes nothing, so its
/// acknowledgement carries no sequence number and an OK status is its receipt.
/// Read as a failure, it was sent again each interval and counted again.
pub fn shipment_received(status: u32, records: usize, acked: impl FnOnce() -> bool) -> bool {
    status == 0 && (records == 0 || acked())
}

/// Hex SHA-256, for the configuration digest of `configChange` records.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(n: u64) -> FilterDecision {
        FilterDecision {
            decision_id: format!("f-{n}"),
            ..Default::default()
        }
    }

    #[test]
    fn the_buffer_is_bounded_and_drops_are_reported_once() {
        let mut q = Queue::new(3, "x".into(), 0);
        for i in 0..5 {
            assert_eq!(q.is_full(), i >= 3, "before record {i}");
            q.push(d(i));
        }
        assert_eq!((q.len(), q.dropped), (3, 2));
        let b = q.take_batch(2, 0).unwrap();
        assert_eq!((b.decisions.len(), b.dropped), (2, 2));
        assert_eq!(q.dropped, 0);
        assert!(!q.is_full(), "a shipment makes room");
        q.in_flight = Some((1, 2, 2));
        assert!(q.take_batch(10, 0).is_none(), "one shipment at a time");
        q.in_flight = None;
        q.shipment_failed(2, 2);
        let b = q.take_batch(10, 0).unwrap();
        assert_eq!((b.decisions.len(), b.dropped), (1, 4));
        assert!(q.take_batch(10, 0).is_none());
        assert_eq!(q.next_id(), "f-x-1");
    }

    #[test]
    fn a_shipment_is_due_when_a_batch_waits_or_the_interval_has_passed() {
        let mut q = Queue::new(100, "x".into(), 4_500);
        assert!(!q.due(5_000, 1_000, 4), "nothing to ship");
        q.push(d(0));
        assert!(!q.due(5_000, 1_000, 4), "half an interval since the start");
        assert!(q.due(5_500, 1_000, 4), "a whole interval since the start");
        q.take_batch(10, 5_000).unwrap();
        q.push(d(1));
        assert!(!q.due(5_500, 1_000, 4), "one record, half an interval");
        assert!(q.due(6_000, 1_000, 4), "one record, a whole interval");
        for i in 2..5 {
            q.push(d(i));
        }
        assert!(q.due(5_001, 1_000, 4), "a batch's worth waits");
        q.in_flight = Some((7, 4, 0));
        assert!(!q.due(9_000, 1_000, 4), "one shipment at a time");
        q.in_flight = None;
        q.take_batch(10, 9_000).unwrap();
        q.shipment_failed(4, 0);
        assert!(!q.due(9_001, 1_000, 4), "drops wait for the interval");
        assert!(q.due(10_000, 1_000, 4), "and are then reported");
    }

    #[test]
    fn parts_of_a_call_and_a_reply() {
        let (m, t, a) = call_parts(
            br#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"add","arguments":{"a":1}}}"#,
        )
        .unwrap();
        assert_eq!(
            (m.as_str(), t.as_deref(), a.as_deref()),
            ("tools/call", Some("add"), Some(r#"{"a":1}"#))
        );
        assert!(call_parts(b"[1]").is_none());
        let r = Denial::new(codes::DENIED, "tool_denied", "no").with_guard("tool_deny_list");
        let (rule, reason) = reply_parts(&r.to_response(None));
        assert_eq!((rule.as_str(), reason.as_str()), ("tool_deny_list", "no"));
        let s = strict_reply(None, "timeout");
        assert!(s.body.contains("-32006"));
        assert!(!acknowledged(&RecordAck::default().encode_to_vec()));
        let empty = || acknowledged(&RecordAck::default().encode_to_vec());
        assert!(!shipment_received(0, 3, empty), "records need a sequence");
        assert!(shipment_received(0, 0, empty), "drops alone need an OK");
        assert!(!shipment_received(14, 0, || true), "an error is no receipt");
        assert!(acknowledged(
            &RecordAck {
                first_seq: 1,
                last_seq: 1
            }
            .encode_to_vec()
        ));
    }
}
