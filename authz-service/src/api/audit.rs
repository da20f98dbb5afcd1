//! `warden.v1.AuditService/Record`: decisions the filter made on its own,
//! appended to the audit log. Answered only once every record is durable, so
//! the filter's strict mode can wait for it.

use std::sync::Arc;

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

#[derive(Clone)]
pub struct AuditApi {
    engine: Arc<Engine>,
}

impl AuditApi {
    pub fn new(engine: Arc<Engine>) -> Self {
        Self { engine }
    }

    /// The record of one filter decision.
    pub fn record_of(&self, d: &FilterDecision, digest: impl Fn(&str) -> String) -> Record {
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
        let mut r = Record::new(Kind::Decision, d.time_ms);
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
            r.details = Some(serde_json::json!({ "direction": cut(&d.direction) }));
        }
        r
    }
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
        for d in &batch.decisions {
            let r = self.record_of(d, |a| log.digest(a));
            m.outcome(
                "filter",
                r.effect.as_deref().unwrap_or(""),
                r.codes.first().map_or("", String::as_str),
            );
            pending.push(
                log.append(r)
                    .map_err(|e| Status::unavailable(e.to_string()))?,
            );
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
