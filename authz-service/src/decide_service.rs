//! `warden.v1.DecisionService/Decide`: the wasm filter has parsed the message and
//! run its native guards; it sends the facts and applies the answer.
//!
//! A decision is always a normal response (`ALLOW`, `DENY`, ...). A gRPC error means
//! the request itself was unusable (`INVALID_ARGUMENT`), which the filter treats as
//! "could not decide" and handles with its failure mode.

use std::sync::Arc;

use tonic::{Request, Response, Status};
use warden_core::mcp::Method;

use crate::decision::{Decider, Decision, Facts};
use crate::proto::v1::decide_response::Effect;
use crate::proto::v1::decision_service_server::DecisionService;
use crate::proto::v1::{DecideRequest, DecideResponse};

#[derive(Clone)]
pub struct DecideService {
    decider: Arc<dyn Decider>,
}

impl DecideService {
    pub fn new(decider: Arc<dyn Decider>) -> Self {
        Self { decider }
    }

    /// Decide one request (pure; the gRPC method only adds logging).
    pub fn answer(&self, request: &DecideRequest) -> Result<DecideResponse, Status> {
        if request.method.is_empty() {
            return Err(Status::invalid_argument("method is required"));
        }
        let tool = (!request.tool.is_empty()).then_some(request.tool.as_str());
        if Method::parse(&request.method) == Method::ToolsCall && tool.is_none() {
            return Err(Status::invalid_argument("tool is required for tools/call"));
        }
        let facts = Facts {
            method: &request.method,
            tool,
        };
        Ok(match self.decider.decide(&facts) {
            Decision::Allow => DecideResponse {
                effect: Effect::Allow as i32,
                ..Default::default()
            },
            Decision::Deny(denial) => DecideResponse {
                effect: Effect::Deny as i32,
                rpc_code: denial.rpc_code,
                code: denial.code,
                message: denial.message,
                rule_id: denial.guard.unwrap_or_default(),
                redact_paths: Vec::new(),
                details_json: denial.details.map(|d| d.to_string()).unwrap_or_default(),
            },
        })
    }
}

#[tonic::async_trait]
impl DecisionService for DecideService {
    async fn decide(
        &self,
        request: Request<DecideRequest>,
    ) -> Result<Response<DecideResponse>, Status> {
        let req = request.get_ref();
        let method = Method::parse(&req.method).metric_label();
        match self.answer(req) {
            Ok(resp) => {
                if resp.effect == Effect::Allow as i32 {
                    tracing::debug!(method, decision = "allow", "decide");
                } else {
                    tracing::info!(
                        method,
                        tool = req.tool.as_str(),
                        decision = "deny",
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
    use crate::decision::ToolDenyList;
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
