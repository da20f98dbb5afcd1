//! `warden.v1.DecisionService/Decide`: the wasm filter has parsed the message and
//! run its native guards; it sends the facts and applies the answer.
//!
//! A decision is always a normal response (`ALLOW`, `DENY`, ...). A gRPC error means
//! the request itself was unusable (`INVALID_ARGUMENT`), which the filter treats as
//! "could not decide" and handles with its failure mode.

use std::sync::Arc;

use tonic::{Request, Response, Status};
use warden_core::mcp::Method;

use warden_core::reply::codes;

use crate::engine::decision::{Decider, Decision, Facts, Outcome};
use crate::identity::IdentityFacts;
use crate::proto::v1::decide_response::Effect;
use crate::proto::v1::decision_service_server::DecisionService;
use crate::proto::v1::{Budget, DecideRequest, DecideResponse, Identity};

#[derive(Clone)]
pub struct DecideService {
    decider: Arc<dyn Decider>,
}

impl DecideService {
    pub fn new(decider: Arc<dyn Decider>) -> Self {
        Self { decider }
    }

    /// Decide one request (the gRPC method only adds logging).
    pub fn answer(&self, request: &DecideRequest) -> Result<DecideResponse, Status> {
        let facts = facts_of(request)?;
        Ok(self.reply(self.decider.decide(&facts)))
    }

    /// Decide and record one request; in strict audit mode the answer waits for
    /// the record to be durable, and is a denial when it is not.
    pub async fn answer_audited(&self, request: &DecideRequest) -> Result<DecideResponse, Status> {
        let facts = facts_of(request)?;
        let codes: Vec<String> = request.findings.iter().map(|f| f.code.clone()).collect();
        let (decision, pending) = self.decider.decide_audited(&facts, &codes);
        let Some(pending) = pending else {
            return Ok(self.reply(decision));
        };
        match pending.durable().await {
            Ok(_) => Ok(self.reply(decision)),
            Err(e) => {
                tracing::error!(error = %e, method = facts.method, "strict audit: decision not recorded; denying");
                Ok(response(crate::engine::audit::audit_denial(
                    &facts,
                    &e.to_string(),
                )))
            }
        }
    }

    /// The wire form, with the terms on which the filter may reuse it.
    fn reply(&self, d: Decision) -> DecideResponse {
        let mut resp = response(d);
        if resp.cache_ttl_ms > 0 {
            resp.record_hits = self.decider.records_decisions();
        }
        resp
    }
}

/// The facts of a `DecideRequest`.
fn facts_of(request: &DecideRequest) -> Result<Facts<'_>, Status> {
    {
        if request.method.is_empty() {
            return Err(Status::invalid_argument("method is required"));
        }
        let tool = non_empty(&request.tool);
        if Method::parse(&request.method) == Method::ToolsCall && tool.is_none() {
            return Err(Status::invalid_argument("tool is required for tools/call"));
        }
        let id = request.identity.as_ref();
        let field = |f: fn(&Identity) -> &str| id.map(f).and_then(non_empty);
        // The filter's scores are f32 carried in doubles: narrowing is exact.
        let threat = warden_core::guards::threat_score(
            request
                .findings
                .iter()
                .map(|f| f.score as f32)
                .chain(std::iter::once(request.threat_score as f32)),
        );
        let facts = Facts {
            method: &request.method,
            tool,
            arguments_json: non_empty(&request.arguments_json),
            identity: IdentityFacts {
                spiffe_id: field(|i| &i.spiffe_id),
                xfcc: field(|i| &i.xfcc),
                jwt_payload: field(|i| &i.jwt_payload),
                header_identity: field(|i| &i.header_identity),
                bearer_token: field(|i| &i.bearer_token).map(strip_bearer),
            },
            session_id: non_empty(&request.session_id),
            server: non_empty(&request.server),
            server_url: non_empty(&request.server_url),
            request_id: non_empty(&request.request_id),
            threat_score: threat,
            result_json: non_empty(&request.result_json),
        };
        Ok(facts)
    }
}

fn non_empty(s: &str) -> Option<&str> {
    (!s.is_empty()).then_some(s)
}

/// The filter sends the bare token; a caller that sends the whole header value
/// gets it read by the core's one `Bearer` parser.
pub fn strip_bearer(v: &str) -> &str {
    warden_core::guards::acl::bearer_token(v).unwrap_or(v.trim())
}

/// The wire form of a decision.
pub fn response(d: Decision) -> DecideResponse {
    let mut resp = DecideResponse {
        rule_id: d.rule_id.clone().unwrap_or_default(),
        reason: d.reason.clone().unwrap_or_default(),
        agent_id: d.agent.clone().unwrap_or_default(),
        cache_ttl_ms: if matches!(d.outcome, Outcome::Allow) {
            d.reuse_ms
        } else {
            0
        },
        budget: d.budget.as_ref().map(|b| Budget {
            scope: b.scope.name().to_owned(),
            key: b.key.clone(),
            used: b.used,
            amount: b.amount,
            limit: b.limit,
            window_seconds: b.window_seconds,
            charged: b.charged,
            remaining: b.remaining(),
        }),
        ..Default::default()
    };
    match d.outcome {
        Outcome::Allow => resp.effect = Effect::Allow as i32,
        Outcome::Redact(paths) => {
            resp.effect = Effect::Redact as i32;
            resp.redact_paths = paths;
            resp.message = resp.reason.clone();
        }
        Outcome::Modify(json) => {
            resp.effect = Effect::Modify as i32;
            resp.modified_json = json;
        }
        Outcome::Deny(denial) | Outcome::RequireApproval(denial) => {
            resp.effect = if denial.rpc_code == codes::APPROVAL_REQUIRED {
                Effect::RequireApproval as i32
            } else {
                Effect::Deny as i32
            };
            resp.rpc_code = denial.rpc_code;
            resp.code = denial.code;
            resp.message = denial.message;
            if let Some(g) = denial.guard {
                resp.rule_id = g;
            }
            resp.details_json = denial.details.map(|d| d.to_string()).unwrap_or_default();
        }
    }
    resp
}

#[tonic::async_trait]
impl DecisionService for DecideService {
    async fn decide(
        &self,
        request: Request<DecideRequest>,
    ) -> Result<Response<DecideResponse>, Status> {
        let req = request.get_ref();
        let method = Method::parse(&req.method).metric_label();
        match self.answer_audited(req).await {
            Ok(resp) => {
                if resp.effect == Effect::Allow as i32 {
                    tracing::debug!(
                        method,
                        decision = "allow",
                        rule = resp.rule_id.as_str(),
                        "decide"
                    );
                } else {
                    tracing::info!(
                        method,
                        tool = req.tool.as_str(),
                        agent = resp.agent_id.as_str(),
                        decision = resp.effect().as_str_name(),
                        code = resp.code.as_str(),
                        "decide"
                    );
                }
                Ok(Response::new(resp))
            }
            Err(status) => {
                tracing::warn!(method, error = status.message(), "decide: bad request");
                Err(status)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::decision::ToolDenyList;
    use warden_core::glob::{Glob, GlobSet};

    fn service() -> DecideService {
        let denied = GlobSet(vec![Glob::new("exec_shell").unwrap()]);
        DecideService::new(Arc::new(ToolDenyList::new(denied)))
    }

    fn req(method: &str, tool: &str) -> DecideRequest {
        DecideRequest {
            method: method.into(),
            tool: tool.into(),
            ..Default::default()
        }
    }

    #[test]
    fn deny_carries_the_denial() {
        let r = service().answer(&req("tools/call", "exec_shell")).unwrap();
        assert_eq!(r.effect(), Effect::Deny);
        assert_eq!(r.rpc_code, warden_core::reply::codes::DENIED);
        assert_eq!(r.code, "tool_denied");
        assert_eq!(r.rule_id, "tool_deny_list");
        assert!(r.message.contains("exec_shell"));
    }

    #[test]
    fn allow_and_bad_requests() {
        let s = service();
        assert_eq!(
            s.answer(&req("tools/call", "read")).unwrap().effect(),
            Effect::Allow
        );
        assert_eq!(
            s.answer(&req("tools/list", "")).unwrap().effect(),
            Effect::Allow
        );
        assert_eq!(
            s.answer(&req("", "x")).unwrap_err().code(),
            tonic::Code::InvalidArgument
        );
        assert_eq!(
            s.answer(&req("tools/call", "")).unwrap_err().code(),
            tonic::Code::InvalidArgument
        );
    }
}
