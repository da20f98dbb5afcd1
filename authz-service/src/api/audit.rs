//! `warden.v1.AuditService/Record`: decisions the filter made on its own,
//! appended to the audit log. Answered only once every record is durable, so
//! the filter's strict mode can wait for it.

use std::sync::Arc;
use std::time::Duration;

use tonic::{Request, Response, Status};

use crate::audit::{Kind, Record};
use crate::engine::Engine;
use crate::identity::IdentityFacts;
use crate::proto::v1::audit_service_server::AuditService;
use crate::proto::v1::{FilterDecision, RecordAck, RecordBatch};

/// Most records in one batch.
pub const MAX_BATCH: usize = 4096;
/// Longest text field kept; longer is cut (a record is evidence, not a dump).
const MAX_FIELD: usize = 1024;
/// Longest `details_json` accepted.
const MAX_DETAILS: usize = 4096;

#[derive(Clone)]
pub struct AuditApi {
    engine: Arc<Engine>,
}

impl AuditApi {
    pub fn new(engine: Arc<Engine>) -> Self {
        Self { engine }
    }

    /// The record of one filter decision (or pin or configuration change).
    /// `Err` names what is wrong with a record no filter sends.
    pub fn record_of(
        &self,
        d: &FilterDecision,
        digest: impl Fn(&str) -> String,
    ) -> Result<Record, String> {
        let kind = match d.kind.as_str() {
            "" => Kind::Decision,
            "pinChange" => Kind::PinChange,
            "configChange" => Kind::ConfigChange,
            other => return Err(format!("unknown record kind {:?}", cut(other))),
        };
        let mut details = match d.details_json.as_str() {
            "" => serde_json::Map::new(),
            text if text.len() > MAX_DETAILS => {
                return Err(format!("details over {MAX_DETAILS} bytes"))
            }
            text => match serde_json::from_str(text) {
                Ok(serde_json::Value::Object(m)) => m,
                _ => return Err("details are not a JSON object".into()),
            },
        };
        let text = |s: &str| (!s.is_empty()).then(|| cut(s));
        let id = d.identity.as_ref();
        let field =
            |f: fn(&crate::proto::v1::Identity) -> &str| id.map(f).filter(|s| !s.is_empty());
        let facts = IdentityFacts {
            spiffe_id: field(|i| &i.spiffe_id),
            xfcc: field(|i| &i.xfcc),
            jwt_payload: field(|i| &i.jwt_payload),
            header_identity: field(|i| &i.header_identity),
            bearer_token: field(|i| &i.bearer_token).map(crate::api::decide::strip_bearer),
        };
        let mut r = Record::new(kind, d.time_ms);
        r.decision_id = text(&d.decision_id);
        r.source = Some("filter".into());
        r.agent = Some(self.engine.principal_of(&facts));
        r.session = text(&d.session);
        r.server = text(&d.server);
        r.method = text(&d.method);
        r.tool = text(&d.tool);
        r.effect = text(&d.effect);
        r.rule = text(&d.rule);
        r.codes = d.codes.iter().take(32).map(|c| cut(c)).collect();
        r.reason = text(&d.reason);
        r.latency_us = (d.latency_us > 0).then_some(d.latency_us);
        r.args_digest = (!d.arguments_json.is_empty()).then(|| digest(&d.arguments_json));
        if !d.direction.is_empty() {
            details.insert("direction".into(), cut(&d.direction).into());
        }
        if !details.is_empty() {
            r.details = Some(serde_json::Value::Object(details));
        }
        Ok(r)
    }
}

/// The part of the filter's deadline a strict record may wait for the disk;
/// the rest covers the trip back.
const STRICT_SHARE: f64 = 0.8;

/// gRPC's `grpc-timeout` header: up to 8 digits and a unit.
fn grpc_timeout(v: &str) -> Option<Duration> {
    let (digits, unit) = v.split_at(v.len().checked_sub(1)?);
    if digits.is_empty() || digits.len() > 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u64 = digits.parse().ok()?;
    Some(match unit {
        "H" => Duration::from_secs(n.checked_mul(3600)?),
        "M" => Duration::from_secs(n.checked_mul(60)?),
        "S" => Duration::from_secs(n),
        "m" => Duration::from_millis(n),
        "u" => Duration::from_micros(n),
        "n" => Duration::from_nanos(n),
        _ => return None,
    })
}

fn cut(s: &str) -> String {
    if s.len() <= MAX_FIELD {
        return s.to_owned();
    }
    let mut end = MAX_FIELD;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &s[..end])
}

#[tonic::async_trait]
impl AuditService for AuditApi {
    async fn record(&self, request: Request<RecordBatch>) -> Result<Response<RecordAck>, Status> {
        // A strict record decides the call the filter holds: settle its fate
        // before the filter's own deadline (Envoy sends it as `grpc-timeout`),
        // so a late write records the refusal the filter then serves.
        let deadline = request
            .metadata()
            .get("grpc-timeout")
            .and_then(|v| v.to_str().ok())
            .and_then(grpc_timeout)
            .map(|t| t.mul_f64(STRICT_SHARE));
        let batch = request.into_inner();
        if batch.decisions.len() > MAX_BATCH {
            return Err(Status::invalid_argument(format!(
                "at most {MAX_BATCH} records per batch"
            )));
        }
        let m = &self.engine.metrics;
        if batch.dropped > 0 {
            m.filter_dropped.inc_by(batch.dropped);
            tracing::error!(dropped = batch.dropped, "the filter dropped audit records");
        }
        m.filter_records.inc_by(batch.decisions.len() as u64);
        let Some(log) = self.engine.audit() else {
            return Err(Status::failed_precondition("the audit log is disabled"));
        };
        let mut pending = Vec::with_capacity(batch.decisions.len());
        let records = batch
            .decisions
            .iter()
            .map(|d| self.record_of(d, |a| log.digest(a)))
            .collect::<Result<Vec<_>, _>>()
            .map_err(Status::invalid_argument)?;
        for r in records {
            if r.kind == Kind::Decision {
                m.outcome(
                    "filter",
                    r.effect.as_deref().unwrap_or(""),
                    r.codes.first().map_or("", String::as_str),
                );
            }
            let p = match deadline {
                Some(t) if batch.strict => log.append_strict(r, t),
                _ => log.append(r),
            };
            pending.push(p.map_err(|e| Status::unavailable(e.to_string()))?);
        }
        let mut ack = RecordAck::default();
        for p in pending {
            let seq = p
                .durable()
                .await
                .map_err(|e| Status::unavailable(e.to_string()))?;
            if ack.first_seq == 0 {
                ack.first_seq = seq;
            }
            ack.last_seq = seq;
        }
        Ok(Response::new(ack))
    }
}

#[cfg(test)]
mod tests {
    use super::grpc_timeout;
    use std::time::Duration;

    #[test]
    fn grpc_timeouts_parse() {
        assert_eq!(grpc_timeout("2000m"), Some(Duration::from_secs(2)));
        assert_eq!(grpc_timeout("1S"), Some(Duration::from_secs(1)));
        assert_eq!(grpc_timeout("5u"), Some(Duration::from_micros(5)));
        for bad in ["", "m", "123456789m", "10x", "-1m", "1.5S"] {
            assert_eq!(grpc_timeout(bad), None, "{bad}");
        }
    }
}
