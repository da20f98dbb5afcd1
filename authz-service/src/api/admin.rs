//! `warden.v1.AdminService` (`proto/warden/v1/admin.proto`): agents, incidents,
//! approvals and status, on its own listener.
//!
//! Changes are on disk (fsync) before the call returns. Every call must carry
//! `authorization: Bearer <token>` of a configured operator (or the generated
//! `dataDir/admin.token`); who approved or suspended is that operator, never a
//! name the request body claims.

use std::sync::Arc;

use tonic::service::Interceptor;
use tonic::{Request, Response, Status};
use warden_core::glob::{Glob, GlobSet};
use warden_core::guards::Severity;

use crate::config::Config;
use crate::engine::{Engine, COMPLIANCE_FORMULA};
use crate::policy::Trust;
use crate::proto::v1 as pb;
use crate::proto::v1::admin_service_server::AdminService;
use crate::registry::agents::{self, IncidentQuery};
use crate::registry::approvals::{self, ApprovalStatus};

#[derive(Clone)]
pub struct Admin {
    engine: Arc<Engine>,
}

impl Admin {
    pub fn new(engine: Arc<Engine>) -> Self {
        Self { engine }
    }

    /// Wait until the writer has synced everything so far.
    async fn durable(&self) -> Result<(), Status> {
        let engine = Arc::clone(&self.engine);
        let ok = tokio::task::spawn_blocking(move || engine.registry().persister().flush())
            .await
            .unwrap_or(false);
        if ok && self.engine.registry().persister().errors() == 0 {
            Ok(())
        } else {
            Err(Status::internal(
                "the change is in effect but could not be written to dataDir (see the sidecar log)",
            ))
        }
    }
}

/// The operator an admin call authenticated as (a request extension set by
/// [`TokenCheck`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Operator(pub String);

/// The file in `dataDir` holding the generated admin token.
pub const LOCAL_TOKEN_FILE: &str = "admin.token";
/// Shortest admin token accepted.
pub const MIN_TOKEN_LEN: usize = 16;

/// Every admin call must carry `authorization: Bearer <token>` naming an
/// operator; checked in constant time against every operator's token.
#[derive(Clone)]
pub struct TokenCheck {
    operators: Arc<Vec<(String, Vec<u8>)>>,
}

impl TokenCheck {
    /// `(operator name, token)` pairs. With none, every call is refused.
    pub fn new(operators: Vec<(String, String)>) -> Self {
        Self {
            operators: Arc::new(
                operators
                    .into_iter()
                    .map(|(n, t)| (n, t.into_bytes()))
                    .collect(),
            ),
        }
    }
}

impl Interceptor for TokenCheck {
    fn call(&mut self, mut req: Request<()>) -> Result<Request<()>, Status> {
        let given = req
            .metadata()
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .map(crate::api::decide::strip_bearer)
            .unwrap_or("");
        // Compare with every token (no early exit), so timing tells nothing.
        let mut found = None;
        for (name, token) in self.operators.iter() {
            if constant_time_eq(given.as_bytes(), token) {
                found = Some(name.clone());
            }
        }
        match found {
            Some(name) if !given.is_empty() => {
                req.extensions_mut().insert(Operator(name));
                Ok(req)
            }
            _ => Err(Status::unauthenticated(
                "admin API: authorization: Bearer <admin token> required",
            )),
        }
    }
}

/// Who made an admin call (the interceptor always sets it).
fn operator<T>(req: &Request<T>) -> Result<String, Status> {
    req.extensions()
        .get::<Operator>()
        .map(|o| o.0.clone())
        .ok_or_else(|| Status::unauthenticated("admin API: no authenticated operator"))
}

/// The operators' tokens: `admin.tokenFile` (as `admin`) and `admin.operators`;
/// with neither, a fresh random token written to `dataDir/admin.token` (0600)
/// for `local-admin`.
pub fn load_operators(config: &Config) -> anyhow::Result<Vec<(String, String)>> {
    use anyhow::Context as _;
    let a = &config.admin;
    let mut files: Vec<(String, std::path::PathBuf)> = Vec::new();
    if let Some(f) = &a.token_file {
        files.push((crate::config::ADMIN_OPERATOR.to_owned(), f.clone()));
    }
    files.extend(
        a.operators
            .iter()
            .map(|o| (o.name.clone(), o.token_file.clone())),
    );
    if files.is_empty() {
        let mut raw = [0u8; 32];
        getrandom::getrandom(&mut raw).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
        let token: String = raw.iter().map(|b| format!("{b:02x}")).collect();
        let path = config.data_dir.join(LOCAL_TOKEN_FILE);
        write_private(&path, format!("{token}\n").as_bytes())
            .with_context(|| format!("cannot write {}", path.display()))?;
        return Ok(vec![(
            crate::config::LOCAL_ADMIN_OPERATOR.to_owned(),
            token,
        )]);
    }
    let mut out = Vec::new();
    for (name, file) in files {
        check_private(&file)?;
        let token = std::fs::read_to_string(&file)
            .with_context(|| format!("cannot read admin token file {}", file.display()))?
            .trim()
            .to_owned();
        anyhow::ensure!(
            token.len() >= MIN_TOKEN_LEN && token.bytes().all(|b| b.is_ascii_graphic()),
            "{}: an admin token needs at least {MIN_TOKEN_LEN} printable characters",
            file.display()
        );
        anyhow::ensure!(
            out.iter().all(|(_, t)| *t != token),
            "{}: operator {name:?} shares its token with another operator",
            file.display()
        );
        out.push((name, token));
    }
    Ok(out)
}

/// A token file others can read is no secret.
fn check_private(path: &std::path::Path) -> anyhow::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(path)
            .map_err(|e| anyhow::anyhow!("cannot read admin token file {}: {e}", path.display()))?
            .permissions()
            .mode();
        anyhow::ensure!(
            mode & 0o007 == 0,
            "admin token file {} is readable by others (mode {:o}): chmod 600 or 640",
            path.display(),
            mode & 0o777
        );
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Replace `path` with a new file only its owner can read.
fn write_private(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write as _;
    match std::fs::remove_file(path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let mut f = options.open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    use subtle::ConstantTimeEq as _;
    a.ct_eq(b).into()
}

fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Low => "low",
        Severity::Medium => "medium",
        Severity::High => "high",
        Severity::Critical => "critical",
    }
}

fn parse_severity(s: &str) -> Result<Severity, Status> {
    match s {
        "low" => Ok(Severity::Low),
        "medium" => Ok(Severity::Medium),
        "high" => Ok(Severity::High),
        "critical" => Ok(Severity::Critical),
        _ => Err(Status::invalid_argument(format!(
            "severity {s:?}: expected low, medium, high or critical"
        ))),
    }
}

fn globs(list: &[String], what: &str) -> Result<GlobSet, Status> {
    list.iter()
        .map(|g| Glob::new(g).map_err(|e| Status::invalid_argument(format!("{what}: {e}"))))
        .collect::<Result<Vec<_>, _>>()
        .map(GlobSet)
}

pub fn agent_to_pb(a: &agents::Agent) -> pb::Agent {
    pb::Agent {
        id: a.id.clone(),
        name: a.name.clone(),
        trust: a.trust.name().to_owned(),
        roles: a.roles.clone(),
        allowed_tools: a
            .allowed_tools
            .0
            .iter()
            .map(|g| g.as_str().to_owned())
            .collect(),
        denied_tools: a
            .denied_tools
            .0
            .iter()
            .map(|g| g.as_str().to_owned())
            .collect(),
        status: a.status.name().to_owned(),
        status_reason: a.status_reason.clone().unwrap_or_default(),
        auto_registered: a.auto_registered,
        created_ms: a.created_ms,
        updated_ms: a.updated_ms,
    }
}

pub fn incident_to_pb(i: &agents::Incident) -> pb::Incident {
    pb::Incident {
        id: i.id,
        time_ms: i.time_ms,
        agent: i.agent.clone(),
        severity: severity_name(i.severity).to_owned(),
        code: i.code.clone(),
        rule: i.rule.clone().unwrap_or_default(),
        tool: i.tool.clone().unwrap_or_default(),
        message: i.message.clone(),
        source: i.source.clone(),
    }
}

pub fn approval_to_pb(a: &approvals::Approval) -> pb::Approval {
    pb::Approval {
        id: a.id.clone(),
        agent: a.agent.clone(),
        method: a.method.clone(),
        tool: a.tool.clone(),
        arguments_hash: a.arguments_hash.clone(),
        rule: a.rule.clone(),
        reason: a.reason.clone(),
        session: a.session.clone().unwrap_or_default(),
        status: a.status.name().to_owned(),
        created_ms: a.created_ms,
        expires_ms: a.expires_ms,
        decided_ms: a.decided_ms.unwrap_or(0),
        decided_by: a.decided_by.clone().unwrap_or_default(),
        note: a.note.clone().unwrap_or_default(),
        used_ms: a.used_ms.unwrap_or(0),
    }
}

#[tonic::async_trait]
impl AdminService for Admin {
    async fn list_agents(
        &self,
        req: Request<pb::ListAgentsRequest>,
    ) -> Result<Response<pb::ListAgentsResponse>, Status> {
        let status = req.into_inner().status;
        let agents = self
            .engine
            .registry()
            .list()
            .iter()
            .filter(|a| status.is_empty() || a.status.name() == status)
            .map(agent_to_pb)
            .collect();
        Ok(Response::new(pb::ListAgentsResponse { agents }))
    }

    async fn get_agent(
        &self,
        req: Request<pb::GetAgentRequest>,
    ) -> Result<Response<pb::Agent>, Status> {
        let id = req.into_inner().id;
        self.engine
            .registry()
            .get(&id)
            .map(|a| Response::new(agent_to_pb(&a)))
            .ok_or_else(|| Status::not_found(format!("no agent {id:?}")))
    }

    async fn register_agent(
        &self,
        req: Request<pb::RegisterAgentRequest>,
    ) -> Result<Response<pb::Agent>, Status> {
        let a = req
            .into_inner()
            .agent
            .ok_or_else(|| Status::invalid_argument("agent is required"))?;
        let now = self.engine.now_ms();
        let existing = self.engine.registry().get(&a.id);
        let trust = if a.trust.is_empty() {
            existing.as_ref().map_or(Trust::Low, |e| e.trust)
        } else {
            Trust::parse(&a.trust).ok_or_else(|| {
                Status::invalid_argument(format!(
                    "trust {:?}: expected low, medium, high or admin",
                    a.trust
                ))
            })?
        };
        let status = match a.status.as_str() {
            "" => existing
                .as_ref()
                .map_or(agents::Status::Active, |e| e.status),
            "active" => agents::Status::Active,
            "suspended" => agents::Status::Suspended,
            other => {
                return Err(Status::invalid_argument(format!(
                    "status {other:?}: expected active or suspended"
                )))
            }
        };
        let agent = agents::Agent {
            id: a.id.clone(),
            name: a.name,
            trust,
            roles: a.roles,
            allowed_tools: globs(&a.allowed_tools, "allowed_tools")?,
            denied_tools: globs(&a.denied_tools, "denied_tools")?,
            status,
            status_reason: (status == agents::Status::Suspended)
                .then(|| {
                    if a.status_reason.is_empty() {
                        existing.as_ref().and_then(|e| e.status_reason.clone())
                    } else {
                        Some(a.status_reason)
                    }
                })
                .flatten(),
            auto_registered: false,
            created_ms: now,
            updated_ms: now,
        };
        let saved = self
            .engine
            .registry()
            .upsert(agent, now)
            .map_err(Status::invalid_argument)?;
        self.durable().await?;
        tracing::info!(
            agent = saved.id.as_str(),
            trust = saved.trust.name(),
            "agent registered"
        );
        Ok(Response::new(agent_to_pb(&saved)))
    }

    async fn suspend_agent(
        &self,
        req: Request<pb::SetAgentStatusRequest>,
    ) -> Result<Response<pb::Agent>, Status> {
        let who = operator(&req)?;
        let r = req.into_inner();
        let reason = if r.reason.is_empty() {
            format!("suspended by {who}")
        } else {
            r.reason
        };
        tracing::info!(
            agent = r.id.as_str(),
            operator = who.as_str(),
            "agent suspended"
        );
        let a = self
            .engine
            .registry()
            .set_status(
                &r.id,
                agents::Status::Suspended,
                Some(reason),
                self.engine.now_ms(),
            )
            .map_err(Status::invalid_argument)?;
        self.durable().await?;
        Ok(Response::new(agent_to_pb(&a)))
    }

    async fn resume_agent(
        &self,
        req: Request<pb::SetAgentStatusRequest>,
    ) -> Result<Response<pb::Agent>, Status> {
        let r = req.into_inner();
        let a = self
            .engine
            .registry()
            .set_status(&r.id, agents::Status::Active, None, self.engine.now_ms())
            .map_err(Status::not_found)?;
        self.durable().await?;
        Ok(Response::new(agent_to_pb(&a)))
    }

    async fn list_incidents(
        &self,
        req: Request<pb::ListIncidentsRequest>,
    ) -> Result<Response<pb::ListIncidentsResponse>, Status> {
        let r = req.into_inner();
        let min_severity = if r.min_severity.is_empty() {
            None
        } else {
            Some(parse_severity(&r.min_severity)?)
        };
        let incidents = self
            .engine
            .registry()
            .incidents(&IncidentQuery {
                agent: (!r.agent.is_empty()).then_some(r.agent.as_str()),
                min_severity,
                since_ms: (r.since_ms > 0).then_some(r.since_ms),
                limit: r.limit as usize,
            })
            .iter()
            .map(incident_to_pb)
            .collect();
        Ok(Response::new(pb::ListIncidentsResponse { incidents }))
    }

    async fn report_incident(
        &self,
        req: Request<pb::ReportIncidentRequest>,
    ) -> Result<Response<pb::Incident>, Status> {
        let r = req.into_inner();
        agents::validate_agent_id(&r.agent).map_err(Status::invalid_argument)?;
        let severity = parse_severity(&r.severity)?;
        if r.code.is_empty() || r.message.is_empty() {
            return Err(Status::invalid_argument("code and message are required"));
        }
        let now = self.engine.now_ms();
        let recorded = self.engine.registry().record(
            agents::Incident {
                id: 0,
                time_ms: now,
                agent: r.agent,
                severity,
                code: r.code,
                rule: None,
                tool: (!r.tool.is_empty()).then_some(r.tool),
                message: r.message,
                source: if r.source.is_empty() {
                    "admin".to_owned()
                } else {
                    r.source
                },
            },
            now,
        );
        self.durable().await?;
        Ok(Response::new(incident_to_pb(&recorded.incident)))
    }

    async fn list_approvals(
        &self,
        req: Request<pb::ListApprovalsRequest>,
    ) -> Result<Response<pb::ListApprovalsResponse>, Status> {
        let status = req.into_inner().status;
        let filter = if status.is_empty() {
            None
        } else {
            Some(ApprovalStatus::parse(&status).ok_or_else(|| {
                Status::invalid_argument(format!(
                    "status {status:?}: expected pending, approved, denied, used or expired"
                ))
            })?)
        };
        let approvals = self
            .engine
            .approvals()
            .list(filter, self.engine.now_ms())
            .iter()
            .map(approval_to_pb)
            .collect();
        Ok(Response::new(pb::ListApprovalsResponse { approvals }))
    }

    async fn decide_approval(
        &self,
        req: Request<pb::DecideApprovalRequest>,
    ) -> Result<Response<pb::Approval>, Status> {
        // Who decided is who authenticated; `decided_by` in the body is ignored.
        let by = operator(&req)?;
        let r = req.into_inner();
        let a = self
            .engine
            .approvals()
            .decide(
                &r.id,
                r.approve,
                &by,
                (!r.note.is_empty()).then_some(r.note),
                self.engine.now_ms(),
            )
            .map_err(Status::failed_precondition)?;
        self.durable().await?;
        tracing::info!(
            approval = a.id.as_str(),
            operator = by.as_str(),
            approve = r.approve,
            "approval decided"
        );
        Ok(Response::new(approval_to_pb(&a)))
    }

    async fn get_status(
        &self,
        _req: Request<pb::GetStatusRequest>,
    ) -> Result<Response<pb::Status>, Status> {
        Ok(Response::new(status(&self.engine)))
    }
}

/// The status report (`warden status`).
pub fn status(engine: &Engine) -> pb::Status {
    use std::sync::atomic::Ordering::Relaxed;
    let now = engine.now_ms();
    let (active, suspended) = engine.registry().counts();
    let m = &engine.metrics;
    let policy = engine.policy();
    let origin = engine.policy_origin();
    let incidents: u64 = engine.incidents_last_hour(now).iter().sum();
    pb::Status {
        agents_active: active as u32,
        agents_suspended: suspended as u32,
        policy_name: policy.as_ref().map(|p| p.name.clone()).unwrap_or_default(),
        policy_version: policy
            .as_ref()
            .map(|p| p.version.clone())
            .unwrap_or_default(),
        policy_rules: policy.as_ref().map_or(0, |p| p.rules.len() as u32),
        policy_file: origin
            .as_ref()
            .and_then(|(f, _)| f.as_ref())
            .map(|f| f.display().to_string())
            .unwrap_or_default(),
        policy_loaded_ms: origin.map_or(0, |(_, t)| t),
        policy_reloads: m.policy_reloads.load(Relaxed),
        policy_reload_failures: m.policy_reload_failures.load(Relaxed),
        policy_last_error: engine.last_reload_error().unwrap_or_default(),
        decisions: m.decisions.load(Relaxed),
        allowed: m.allowed.load(Relaxed),
        denied: m.denied.load(Relaxed),
        approvals_required: m.approvals_required.load(Relaxed),
        redacted: m.redacted.load(Relaxed),
        decisions_last_hour: m.decisions_last_hour(now),
        incidents_last_hour: incidents as u32,
        recent_violations: engine
            .registry()
            .incidents(&IncidentQuery {
                limit: 10,
                ..IncidentQuery::default()
            })
            .iter()
            .map(incident_to_pb)
            .collect(),
        approvals_pending: engine.approvals().pending() as u32,
        compliance_score: engine.compliance_score(now),
        compliance_formula: COMPLIANCE_FORMULA.to_owned(),
        uptime_seconds: engine.uptime_seconds(),
        store_errors: engine.registry().persister().errors(),
        sessions: engine.sessions().len() as u32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_check() {
        let mut nobody = TokenCheck::new(Vec::new());
        assert_eq!(
            nobody.call(Request::new(())).unwrap_err().code(),
            tonic::Code::Unauthenticated
        );
        let mut locked = TokenCheck::new(vec![
            ("alice".into(), "alice-secret-0123456".into()),
            ("bob".into(), "bob-secret-012345678".into()),
        ]);
        let with = |auth: &str| {
            let mut req = Request::new(());
            req.metadata_mut()
                .insert("authorization", auth.parse().unwrap());
            req
        };
        assert!(locked.call(Request::new(())).is_err());
        for bad in [
            "Bearer ",
            "Bearer alice-secret-0123457",
            "alice-secret-012345",
        ] {
            assert!(locked.call(with(bad)).is_err(), "{bad}");
        }
        let req = locked.call(with("Bearer bob-secret-012345678")).unwrap();
        assert_eq!(
            req.extensions().get::<Operator>(),
            Some(&Operator("bob".into()))
        );
        assert_eq!(operator(&req).unwrap(), "bob");
        assert!(operator(&Request::new(())).is_err());
    }

    #[test]
    fn operators_and_the_generated_token() {
        let dir = tempfile::tempdir().unwrap();
        let mut config = Config {
            data_dir: dir.path().to_owned(),
            ..Config::default()
        };
        let ops = load_operators(&config).unwrap();
        assert_eq!(ops[0].0, "local-admin");
        let file = dir.path().join(LOCAL_TOKEN_FILE);
        assert_eq!(std::fs::read_to_string(&file).unwrap().trim(), ops[0].1);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(&file).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        // A new start, a new token.
        assert_ne!(load_operators(&config).unwrap()[0].1, ops[0].1);
        // Configured files: not readable by others, long enough, not shared.
        let alice = dir.path().join("alice.token");
        std::fs::write(&alice, "alice-secret-0123456\n").unwrap();
        config.admin.operators = vec![crate::config::OperatorConfig {
            name: "alice".into(),
            token_file: alice.clone(),
        }];
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            std::fs::set_permissions(&alice, std::fs::Permissions::from_mode(0o644)).unwrap();
            let err = load_operators(&config).unwrap_err().to_string();
            assert!(err.contains("readable by others"), "{err}");
            std::fs::set_permissions(&alice, std::fs::Permissions::from_mode(0o640)).unwrap();
        }
        assert_eq!(
            load_operators(&config).unwrap(),
            vec![("alice".to_owned(), "alice-secret-0123456".to_owned())]
        );
        config.admin.token_file = Some(alice.clone());
        assert!(load_operators(&config).is_err(), "two operators, one token");
        std::fs::write(&alice, "short").unwrap();
        config.admin.token_file = None;
        assert!(load_operators(&config).is_err());
    }
}
