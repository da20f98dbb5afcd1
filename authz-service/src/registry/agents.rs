//! The agent registry and its incidents.
//!
//! - Agents (`dataDir/agents.json`, rewritten atomically on every change): id,
//!   name, trust level, roles, allowed/denied tool globs, status.
//! - Incidents (`dataDir/incidents.jsonl`, one JSON object per line, appended;
//!   rotated to `incidents.jsonl.1` past 64 MiB):
//!   every denial raises one, with a severity; operators can report more through
//!   the admin API. The most recent [`MAX_INCIDENTS_IN_MEMORY`] are kept in memory
//!   for queries, status and auto-suspension.
//! - Auto-suspension: `incidents` incidents of severity >= `minSeverity` for one
//!   agent within `windowSeconds` suspend it; a suspended agent's every call is
//!   denied until an operator resumes it.

use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, RwLock};

use serde::{Deserialize, Serialize};
use warden_core::glob::GlobSet;
use warden_core::guards::Severity;

use crate::audit::{AuditLog, Kind, Record};
use crate::policy::Trust;
use crate::registry::store::{self, Persister};

pub const AGENTS_FILE: &str = "agents.json";
pub const INCIDENTS_FILE: &str = "incidents.jsonl";
pub const MAX_INCIDENTS_IN_MEMORY: usize = 10_000;
/// Largest registry file loaded.
const MAX_AGENTS_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// The incident log rotates to `incidents.jsonl.1` past this size.
pub const MAX_INCIDENT_LOG_BYTES: u64 = 64 * 1024 * 1024;
/// At start, only the tail of the incident log is read back.
const MAX_INCIDENT_LOG_READ: u64 = 16 * 1024 * 1024;
/// Most agents the registry holds (auto-registration stops there).
pub const MAX_AGENTS: usize = 100_000;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Active,
    Suspended,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Suspended => "suspended",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agent {
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub trust: Trust,
    #[serde(default)]
    pub roles: Vec<String>,
    /// When non-empty, the only tools this agent may call.
    #[serde(default)]
    pub allowed_tools: GlobSet,
    /// Tools this agent may never call.
    #[serde(default)]
    pub denied_tools: GlobSet,
    #[serde(default)]
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<String>,
    #[serde(default)]
    pub auto_registered: bool,
    #[serde(default)]
    pub created_ms: u64,
    #[serde(default)]
    pub updated_ms: u64,
}

impl Agent {
    pub fn new(id: &str, now_ms: u64) -> Self {
        Self {
            id: id.to_owned(),
            name: String::new(),
            trust: Trust::Low,
            roles: Vec::new(),
            allowed_tools: GlobSet::default(),
            denied_tools: GlobSet::default(),
            status: Status::Active,
            status_reason: None,
            auto_registered: false,
            created_ms: now_ms,
            updated_ms: now_ms,
        }
    }

    /// Whether the registry's tool lists let this agent call `tool`; the error
    /// says why not.
    pub fn tool_permitted(&self, tool: &str) -> Result<(), String> {
        if let Some(g) = self.denied_tools.matches(tool) {
            return Err(format!(
                "agent {} may not call '{tool}' (denied tools: '{}')",
                self.id,
                g.as_str()
            ));
        }
        if !self.allowed_tools.is_empty() && self.allowed_tools.matches(tool).is_none() {
            return Err(format!(
                "agent {} may not call '{tool}' (not among its allowed tools)",
                self.id
            ));
        }
        Ok(())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Incident {
    pub id: u64,
    pub time_ms: u64,
    pub agent: String,
    pub severity: Severity,
    /// Stable snake_case code of what happened (`policy_denied`, `session_mismatch`, ...).
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool: Option<String>,
    pub message: String,
    /// Who raised it: `policy`, `identity`, `registry`, `admin`, ...
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AutoSuspend {
    #[serde(default = "default_true")]
    pub enabled: bool,
    #[serde(default = "default_suspend_incidents")]
    pub incidents: u32,
    #[serde(default = "default_suspend_severity")]
    pub min_severity: Severity,
    #[serde(default = "default_suspend_window")]
    pub window_seconds: u64,
}

fn default_true() -> bool {
    true
}
fn default_suspend_incidents() -> u32 {
    5
}
fn default_suspend_severity() -> Severity {
    Severity::High
}
fn default_suspend_window() -> u64 {
    600
}

impl Default for AutoSuspend {
    fn default() -> Self {
        Self {
            enabled: true,
            incidents: default_suspend_incidents(),
            min_severity: default_suspend_severity(),
            window_seconds: default_suspend_window(),
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AgentsFile {
    version: u32,
    agents: Vec<Agent>,
}

/// What became of an incident.
#[derive(Clone, Debug, PartialEq)]
pub struct Recorded {
    pub incident: Incident,
    /// Set when this incident suspended its agent.
    pub suspended: Option<String>,
}

#[derive(Debug)]
pub struct Registry {
    dir: PathBuf,
    agents: RwLock<HashMap<String, Agent>>,
    incidents: Mutex<IncidentLog>,
    auto_suspend: AutoSuspend,
    persister: Persister,
    /// When attached, incidents and status changes are audit records (and
    /// `incidents.jsonl` is no longer written).
    audit: OnceLock<Arc<AuditLog>>,
}

#[derive(Debug, Default)]
struct IncidentLog {
    next_id: u64,
    recent: VecDeque<Incident>,
}

/// Filter for [`Registry::incidents`].
#[derive(Clone, Debug, Default)]
pub struct IncidentQuery<'a> {
    pub agent: Option<&'a str>,
    pub min_severity: Option<Severity>,
    pub since_ms: Option<u64>,
    pub limit: usize,
}

impl Registry {
    /// Load the registry and the incident log's tail from `dir` (created if needed).
    pub fn open(
        dir: &Path,
        auto_suspend: AutoSuspend,
        persister: Persister,
    ) -> anyhow::Result<Self> {
        std::fs::create_dir_all(dir)?;
        let agents_path = dir.join(AGENTS_FILE);
        let agents = match store::read_optional(&agents_path, MAX_AGENTS_FILE_BYTES)? {
            None => HashMap::new(),
            Some(text) => {
                let file: AgentsFile = serde_json::from_str(&text)
                    .map_err(|e| anyhow::anyhow!("{} is corrupt: {e}", agents_path.display()))?;
                anyhow::ensure!(
                    file.version == 1,
                    "{}: unsupported version {}",
                    agents_path.display(),
                    file.version
                );
                file.agents.into_iter().map(|a| (a.id.clone(), a)).collect()
            }
        };
        let log = load_incidents(&dir.join(INCIDENTS_FILE))?;
        Ok(Self {
            dir: dir.to_owned(),
            agents: RwLock::new(agents),
            incidents: Mutex::new(log),
            auto_suspend,
            persister,
            audit: OnceLock::new(),
        })
    }

    /// Record incidents and status changes in the audit log from now on, and
    /// load the recent incidents it holds (after any from a legacy
    /// `incidents.jsonl`).
    pub fn attach_audit(&self, log: Arc<AuditLog>) -> anyhow::Result<()> {
        let filter = crate::audit::query::Filter {
            kind: Some(Kind::Incident),
            ..Default::default()
        };
        let mut recent = VecDeque::new();
        crate::audit::query::scan(log.dir(), &filter, |r| {
            if let Some(i) = r
                .details
                .and_then(|d| serde_json::from_value::<Incident>(d).ok())
            {
                recent.push_back(i);
                if recent.len() > MAX_INCIDENTS_IN_MEMORY {
                    recent.pop_front();
                }
            }
            true
        })?;
        {
            let mut mem = self.incidents.lock().unwrap_or_else(|p| p.into_inner());
            for i in recent {
                mem.next_id = mem.next_id.max(i.id);
                mem.recent.push_back(i);
            }
            while mem.recent.len() > MAX_INCIDENTS_IN_MEMORY {
                mem.recent.pop_front();
            }
        }
        let _ = self.audit.set(log);
        Ok(())
    }

    fn audit(&self) -> Option<&Arc<AuditLog>> {
        self.audit.get()
    }

    fn save(&self, agents: &HashMap<String, Agent>) {
        let mut list: Vec<Agent> = agents.values().cloned().collect();
        list.sort_by(|a, b| a.id.cmp(&b.id));
        let file = AgentsFile {
            version: 1,
            agents: list,
        };
        match serde_json::to_vec_pretty(&file) {
            Ok(bytes) => self.persister.snapshot(self.dir.join(AGENTS_FILE), bytes),
            Err(e) => tracing::error!(error = %e, "cannot serialize the agent registry"),
        }
    }

    pub fn get(&self, id: &str) -> Option<Agent> {
        self.read().get(id).cloned()
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, HashMap<String, Agent>> {
        self.agents.read().unwrap_or_else(|p| p.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, HashMap<String, Agent>> {
        self.agents.write().unwrap_or_else(|p| p.into_inner())
    }

    /// Look an agent up and apply `f` to it without cloning.
    pub fn with<R>(&self, id: &str, f: impl FnOnce(Option<&Agent>) -> R) -> R {
        f(self.read().get(id))
    }

    pub fn list(&self) -> Vec<Agent> {
        let mut list: Vec<Agent> = self.read().values().cloned().collect();
        list.sort_by(|a, b| a.id.cmp(&b.id));
        list
    }

    pub fn counts(&self) -> (usize, usize) {
        let agents = self.read();
        let suspended = agents
            .values()
            .filter(|a| a.status == Status::Suspended)
            .count();
        (agents.len() - suspended, suspended)
    }

    /// Add an unknown agent at low trust. `None` when the registry is full.
    pub fn auto_register(&self, id: &str, now_ms: u64) -> Option<Agent> {
        let mut agents = self.write();
        if let Some(a) = agents.get(id) {
            return Some(a.clone());
        }
        if agents.len() >= MAX_AGENTS {
            return None;
        }
        let mut agent = Agent::new(id, now_ms);
        agent.auto_registered = true;
        agents.insert(id.to_owned(), agent.clone());
        self.save(&agents);
        tracing::info!(agent = id, "agent auto-registered at low trust");
        Some(agent)
    }

    /// Create or replace an agent (admin). Keeps `created_ms` and, unless given,
    /// the status of an existing entry.
    pub fn upsert(&self, mut agent: Agent, now_ms: u64) -> Result<Agent, String> {
        validate_agent_id(&agent.id)?;
        let mut agents = self.write();
        if let Some(old) = agents.get(&agent.id) {
            agent.created_ms = old.created_ms;
        } else {
            if agents.len() >= MAX_AGENTS {
                return Err(format!("the registry is full ({MAX_AGENTS} agents)"));
            }
            agent.created_ms = now_ms;
        }
        agent.updated_ms = now_ms;
        agents.insert(agent.id.clone(), agent.clone());
        self.save(&agents);
        Ok(agent)
    }

    /// Suspend or resume. Suspending an unknown agent registers it suspended (so
    /// an unregistered caller can be stopped too); resuming needs an existing one.
    pub fn set_status(
        &self,
        id: &str,
        status: Status,
        reason: Option<String>,
        now_ms: u64,
    ) -> Result<Agent, String> {
        validate_agent_id(id)?;
        let mut agents = self.write();
        let agent = match agents.get_mut(id) {
            Some(a) => a,
            None if status == Status::Suspended => {
                if agents.len() >= MAX_AGENTS {
                    return Err(format!("the registry is full ({MAX_AGENTS} agents)"));
                }
                let mut a = Agent::new(id, now_ms);
                a.auto_registered = true;
                agents.entry(id.to_owned()).or_insert(a)
            }
            None => return Err(format!("no agent {id:?}")),
        };
        agent.status = status;
        agent.status_reason = match status {
            Status::Suspended => reason,
            Status::Active => None,
        };
        agent.updated_ms = now_ms;
        let agent = agent.clone();
        self.save(&agents);
        tracing::warn!(agent = id, status = status.name(), reason = ?agent.status_reason, "agent status changed");
        if let Some(log) = self.audit() {
            let mut r = Record::new(Kind::Suspension, now_ms);
            r.source = Some("registry".into());
            r.agent = Some(id.to_owned());
            r.effect = Some(status.name().to_owned());
            r.reason = agent.status_reason.clone();
            log.record(r);
        }
        Ok(agent)
    }

    /// Record an incident; may suspend its agent. The anonymous principal and
    /// unauthenticated callers (`agent` empty or `-`) are never suspended.
    pub fn record(&self, mut incident: Incident, now_ms: u64) -> Recorded {
        let (incident, count) = {
            let mut log = self.incidents.lock().unwrap_or_else(|p| p.into_inner());
            log.next_id += 1;
            incident.id = log.next_id;
            log.recent.push_back(incident.clone());
            while log.recent.len() > MAX_INCIDENTS_IN_MEMORY {
                log.recent.pop_front();
            }
            let cfg = &self.auto_suspend;
            let since = now_ms.saturating_sub(cfg.window_seconds.saturating_mul(1000));
            let count = log
                .recent
                .iter()
                .rev()
                .take_while(|i| i.time_ms >= since)
                .filter(|i| i.agent == incident.agent && i.severity >= cfg.min_severity)
                .count();
            (incident, count)
        };
        if let Some(log) = self.audit() {
            let mut r = Record::new(Kind::Incident, incident.time_ms);
            r.source = Some(incident.source.clone());
            r.agent = Some(incident.agent.clone());
            r.tool = incident.tool.clone();
            r.rule = incident.rule.clone();
            r.codes = vec![incident.code.clone()];
            r.reason = Some(incident.message.clone());
            r.details = serde_json::to_value(&incident).ok();
            log.record(r);
        } else {
            match serde_json::to_string(&incident) {
                Ok(line) => self.persister.append(
                    self.dir.join(INCIDENTS_FILE),
                    line,
                    MAX_INCIDENT_LOG_BYTES,
                ),
                Err(e) => tracing::error!(error = %e, "cannot serialize an incident"),
            }
        }
        tracing::info!(
            incident = incident.id,
            agent = incident.agent.as_str(),
            severity = ?incident.severity,
            code = incident.code.as_str(),
            "incident"
        );
        let cfg = &self.auto_suspend;
        let suspendable = !incident.agent.is_empty()
            && incident.agent != "-"
            && incident.agent != crate::identity::ANONYMOUS
            && incident.severity >= cfg.min_severity;
        let mut suspended = None;
        if cfg.enabled && suspendable && count >= cfg.incidents as usize {
            let already = self.with(&incident.agent, |a| {
                a.is_some_and(|a| a.status == Status::Suspended)
            });
            if !already {
                let reason = format!(
                    "auto-suspended: {count} incidents of severity {:?} or higher within {}s (last: {})",
                    cfg.min_severity, cfg.window_seconds, incident.code
                )
                .to_lowercase();
                if self
                    .set_status(
                        &incident.agent,
                        Status::Suspended,
                        Some(reason.clone()),
                        now_ms,
                    )
                    .is_ok()
                {
                    suspended = Some(reason);
                }
            }
        }
        Recorded {
            incident,
            suspended,
        }
    }

    /// Recent incidents, newest first.
    pub fn incidents(&self, q: &IncidentQuery<'_>) -> Vec<Incident> {
        let log = self.incidents.lock().unwrap_or_else(|p| p.into_inner());
        let limit = if q.limit == 0 { 100 } else { q.limit };
        log.recent
            .iter()
            .rev()
            .filter(|i| q.agent.is_none_or(|a| i.agent == a))
            .filter(|i| q.min_severity.is_none_or(|s| i.severity >= s))
            .filter(|i| q.since_ms.is_none_or(|t| i.time_ms >= t))
            .take(limit)
            .cloned()
            .collect()
    }

    pub fn persister(&self) -> &Persister {
        &self.persister
    }
}

pub fn validate_agent_id(id: &str) -> Result<(), String> {
    if id.is_empty()
        || id.len() > crate::identity::MAX_PRINCIPAL_LEN
        || id.chars().any(char::is_control)
    {
        return Err(format!("invalid agent id {id:?}"));
    }
    Ok(())
}

fn load_incidents(path: &Path) -> anyhow::Result<IncidentLog> {
    use std::io::{Read as _, Seek as _, SeekFrom};
    let mut log = IncidentLog::default();
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(log),
        Err(e) => return Err(anyhow::anyhow!("cannot read {}: {e}", path.display())),
    };
    let len = file.metadata()?.len();
    let start = len.saturating_sub(MAX_INCIDENT_LOG_READ);
    file.seek(SeekFrom::Start(start))?;
    let mut text = String::new();
    file.take(MAX_INCIDENT_LOG_READ)
        .read_to_string(&mut text)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
    let mut lines = text.lines();
    if start > 0 {
        lines.next(); // probably cut in the middle
    }
    for line in lines.filter(|l| !l.trim().is_empty()) {
        // A torn last line (crash during append) is skipped, not fatal.
        if let Ok(i) = serde_json::from_str::<Incident>(line) {
            log.next_id = log.next_id.max(i.id);
            log.recent.push_back(i);
            if log.recent.len() > MAX_INCIDENTS_IN_MEMORY {
                log.recent.pop_front();
            }
        }
    }
    Ok(log)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn incident(agent: &str, severity: Severity, t: u64) -> Incident {
        Incident {
            id: 0,
            time_ms: t,
            agent: agent.into(),
            severity,
            code: "policy_denied".into(),
            rule: Some("r".into()),
            tool: Some("t".into()),
            message: "m".into(),
            source: "policy".into(),
        }
    }

    fn registry(dir: &Path, n: u32) -> Registry {
        Registry::open(
            dir,
            AutoSuspend {
                enabled: true,
                incidents: n,
                min_severity: Severity::High,
                window_seconds: 60,
            },
            Persister::start(),
        )
        .unwrap()
    }

    #[test]
    fn auto_suspension_needs_n_severe_incidents_in_the_window() {
        let dir = tempfile::tempdir().unwrap();
        let r = registry(dir.path(), 3);
        r.auto_register("a", 0).unwrap();
        // Low severity never counts; old ones fall out of the window.
        for t in [0, 1000] {
            assert!(r
                .record(incident("a", Severity::Low, t), t)
                .suspended
                .is_none());
        }
        assert!(r
            .record(incident("a", Severity::High, 0), 0)
            .suspended
            .is_none());
        assert!(r
            .record(incident("a", Severity::Critical, 70_000), 70_000)
            .suspended
            .is_none());
        assert!(r
            .record(incident("a", Severity::High, 71_000), 71_000)
            .suspended
            .is_none());
        let rec = r.record(incident("a", Severity::High, 72_000), 72_000);
        assert!(rec.suspended.unwrap().contains("3 incidents"));
        assert_eq!(r.get("a").unwrap().status, Status::Suspended);
        // Anonymous is never suspended.
        for t in 0..5 {
            r.record(
                incident(crate::identity::ANONYMOUS, Severity::Critical, t),
                t,
            );
        }
        assert!(r.get(crate::identity::ANONYMOUS).is_none());
    }

    #[test]
    fn state_survives_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        {
            let r = registry(dir.path(), 100);
            let mut a = Agent::new("support-1", 5);
            a.trust = Trust::Medium;
            a.roles = vec!["support-agent".into()];
            r.upsert(a, 5).unwrap();
            r.set_status("support-1", Status::Suspended, Some("manual".into()), 6)
                .unwrap();
            r.record(incident("support-1", Severity::Medium, 7), 7);
            assert!(r.persister().flush());
        }
        let r = registry(dir.path(), 100);
        let a = r.get("support-1").unwrap();
        assert_eq!(a.trust, Trust::Medium);
        assert_eq!(a.status, Status::Suspended);
        assert_eq!(a.status_reason.as_deref(), Some("manual"));
        let inc = r.incidents(&IncidentQuery::default());
        assert_eq!(inc.len(), 1);
        let next = r.record(incident("x", Severity::Low, 8), 8);
        assert_eq!(next.incident.id, 2);
        // Resume clears the reason; resuming an unknown agent is an error.
        assert_eq!(
            r.set_status("support-1", Status::Active, None, 9)
                .unwrap()
                .status_reason,
            None
        );
        assert!(r.set_status("nobody", Status::Active, None, 9).is_err());
    }

    #[test]
    fn torn_incident_lines_are_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let line = serde_json::to_string(&Incident {
            id: 4,
            ..incident("a", Severity::Low, 1)
        })
        .unwrap();
        std::fs::write(
            dir.path().join(INCIDENTS_FILE),
            format!("{line}\n{{\"id\":5,\"ti"),
        )
        .unwrap();
        let r = registry(dir.path(), 100);
        assert_eq!(r.incidents(&IncidentQuery::default()).len(), 1);
        assert_eq!(r.record(incident("a", Severity::Low, 2), 2).incident.id, 5);
    }

    #[test]
    fn corrupt_registry_refuses_to_start() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(AGENTS_FILE), "{not json").unwrap();
        assert!(Registry::open(dir.path(), AutoSuspend::default(), Persister::start()).is_err());
    }

    #[test]
    fn tool_lists() {
        let mut a = Agent::new("a", 0);
        a.denied_tools = serde_json::from_str(r#"["exec_*"]"#).unwrap();
        assert!(a.tool_permitted("exec_shell").is_err());
        assert!(a.tool_permitted("read").is_ok());
        a.allowed_tools = serde_json::from_str(r#"["kb.*"]"#).unwrap();
        assert!(a.tool_permitted("read").is_err());
        assert!(a.tool_permitted("kb.search").is_ok());
    }
}
