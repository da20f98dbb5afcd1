//! Human approvals for `require_approval` decisions.
//!
//! A held call creates a pending approval keyed by (agent, method, tool,
//! arguments hash); repeating the same call while it is pending returns the same
//! approval id. An operator approves or denies it (`warden approvals approve|deny
//! ID`, or the admin API). Once approved, the same agent may repeat the same call
//! (same tool, same arguments hash) **once** within `ttlSeconds`; the approval is
//! then `used`. A call with different arguments does not match the approval. A
//! denied approval makes the same call answer `approval_denied` until it expires.
//!
//! Every approval and its outcome is kept in `dataDir/approvals.json` (written
//! atomically on every change), bounded to the most recent [`MAX_APPROVALS`].

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::registry::store::{self, Persister};

pub const APPROVALS_FILE: &str = "approvals.json";
pub const MAX_APPROVALS: usize = 10_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApprovalStatus {
    Pending,
    Approved,
    Denied,
    Used,
    Expired,
}

impl ApprovalStatus {
    pub fn name(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Approved => "approved",
            Self::Denied => "denied",
            Self::Used => "used",
            Self::Expired => "expired",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "pending" => Self::Pending,
            "approved" => Self::Approved,
            "denied" => Self::Denied,
            "used" => Self::Used,
            "expired" => Self::Expired,
            _ => return None,
        })
    }

    fn is_final(self) -> bool {
        matches!(self, Self::Used | Self::Expired)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    pub id: String,
    pub agent: String,
    pub method: String,
    #[serde(default)]
    pub tool: String,
    /// SHA-256 (hex) of the canonical JSON of the arguments.
    pub arguments_hash: String,
    pub rule: String,
    pub reason: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<String>,
    pub status: ApprovalStatus,
    pub created_ms: u64,
    /// Pending: when the request lapses. Approved: when the grant lapses.
    pub expires_ms: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_ms: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub used_ms: Option<u64>,
}

/// What the caller is asking about.
#[derive(Clone, Copy, Debug)]
pub struct CallKey<'a> {
    pub agent: &'a str,
    pub method: &'a str,
    pub tool: &'a str,
    pub arguments_hash: &'a str,
}

impl Approval {
    fn matches(&self, k: &CallKey<'_>) -> bool {
        self.agent == k.agent
            && self.method == k.method
            && self.tool == k.tool
            && self.arguments_hash == k.arguments_hash
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ApprovalsFile {
    version: u32,
    approvals: Vec<Approval>,
}

#[derive(Debug)]
pub struct Approvals {
    path: PathBuf,
    inner: Mutex<HashMap<String, Approval>>,
    ttl_ms: u64,
    pending_ttl_ms: u64,
    persister: Persister,
    audit: std::sync::OnceLock<std::sync::Arc<crate::audit::AuditLog>>,
}

impl Approvals {
    /// Record approval requests, decisions and uses in the audit log.
    pub fn attach_audit(&self, log: std::sync::Arc<crate::audit::AuditLog>) {
        let _ = self.audit.set(log);
    }

    fn audit(&self, a: &Approval, event: &str, now_ms: u64) {
        if let Some(log) = self.audit.get() {
            let mut r = crate::audit::Record::new(crate::audit::Kind::Approval, now_ms);
            r.source = Some("approvals".into());
            r.agent = Some(a.agent.clone());
            r.method = Some(a.method.clone());
            r.tool = (!a.tool.is_empty()).then(|| a.tool.clone());
            r.rule = Some(a.rule.clone());
            r.effect = Some(event.to_owned());
            r.reason = a.note.clone().or_else(|| Some(a.reason.clone()));
            r.details = Some(serde_json::json!({
                "approvalId": a.id,
                "status": a.status.name(),
                "decidedBy": a.decided_by,
                "argumentsHash": a.arguments_hash,
            }));
            log.record(r);
        }
    }

    pub fn open(
        dir: &Path,
        ttl_seconds: u64,
        pending_ttl_seconds: u64,
        persister: Persister,
    ) -> anyhow::Result<Self> {
        std::fs::create_dir_all(dir)?;
        let path = dir.join(APPROVALS_FILE);
        let inner = match store::read_optional(&path, 64 * 1024 * 1024)? {
            None => HashMap::new(),
            Some(text) => {
                let file: ApprovalsFile = serde_json::from_str(&text)
                    .map_err(|e| anyhow::anyhow!("{} is corrupt: {e}", path.display()))?;
                anyhow::ensure!(file.version == 1, "{}: unsupported version", path.display());
                file.approvals
                    .into_iter()
                    .map(|a| (a.id.clone(), a))
                    .collect()
            }
        };
        Ok(Self {
            path,
            inner: Mutex::new(inner),
            ttl_ms: ttl_seconds.saturating_mul(1000),
            pending_ttl_ms: pending_ttl_seconds.saturating_mul(1000),
            persister,
            audit: std::sync::OnceLock::new(),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Approval>> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn save(&self, map: &HashMap<String, Approval>) {
        let mut list: Vec<Approval> = map.values().cloned().collect();
        list.sort_by(|a, b| a.created_ms.cmp(&b.created_ms).then(a.id.cmp(&b.id)));
        match serde_json::to_vec_pretty(&ApprovalsFile {
            version: 1,
            approvals: list,
        }) {
            Ok(bytes) => self.persister.snapshot(self.path.clone(), bytes),
            Err(e) => tracing::error!(error = %e, "cannot serialize approvals"),
        }
    }

    /// Expire what lapsed and drop the oldest finished records beyond the bound.
    /// Returns whether anything changed.
    fn tidy(map: &mut HashMap<String, Approval>, now_ms: u64) -> bool {
        let mut changed = false;
        for a in map.values_mut() {
            if matches!(
                a.status,
                ApprovalStatus::Pending | ApprovalStatus::Approved | ApprovalStatus::Denied
            ) && now_ms >= a.expires_ms
            {
                a.status = ApprovalStatus::Expired;
                changed = true;
            }
        }
        if map.len() > MAX_APPROVALS {
            let mut finished: Vec<(u64, String)> = map
                .values()
                .filter(|a| a.status.is_final())
                .map(|a| (a.created_ms, a.id.clone()))
                .collect();
            finished.sort();
            let excess = map.len() - MAX_APPROVALS;
            for (_, id) in finished.into_iter().take(excess) {
                map.remove(&id);
                changed = true;
            }
        }
        changed
    }

    /// An approved grant for exactly this call: mark it used and return it.
    pub fn consume(&self, key: &CallKey<'_>, now_ms: u64) -> Option<Approval> {
        let mut map = self.lock();
        let changed = Self::tidy(&mut map, now_ms);
        let found = map
            .values_mut()
            .find(|a| a.status == ApprovalStatus::Approved && a.matches(key))
            .map(|a| {
                a.status = ApprovalStatus::Used;
                a.used_ms = Some(now_ms);
                a.clone()
            });
        if found.is_some() || changed {
            self.save(&map);
        }
        if let Some(a) = &found {
            self.audit(a, "used", now_ms);
        }
        found
    }

    /// The pending (or denied) approval for this call, or a new pending one.
    /// `None` when too many approvals are pending (fail closed: the caller denies).
    pub fn request(
        &self,
        key: &CallKey<'_>,
        rule: &str,
        reason: &str,
        session: Option<&str>,
        now_ms: u64,
    ) -> Option<Approval> {
        let mut map = self.lock();
        let changed = Self::tidy(&mut map, now_ms);
        if let Some(a) = map.values().find(|a| {
            matches!(a.status, ApprovalStatus::Pending | ApprovalStatus::Denied) && a.matches(key)
        }) {
            let a = a.clone();
            if changed {
                self.save(&map);
            }
            return Some(a);
        }
        let pending = map
            .values()
            .filter(|a| a.status == ApprovalStatus::Pending)
            .count();
        if pending >= MAX_APPROVALS {
            return None;
        }
        let approval = Approval {
            id: new_id()?,
            agent: key.agent.to_owned(),
            method: key.method.to_owned(),
            tool: key.tool.to_owned(),
            arguments_hash: key.arguments_hash.to_owned(),
            rule: rule.to_owned(),
            reason: reason.to_owned(),
            session: session.map(str::to_owned),
            status: ApprovalStatus::Pending,
            created_ms: now_ms,
            expires_ms: now_ms.saturating_add(self.pending_ttl_ms),
            decided_ms: None,
            decided_by: None,
            note: None,
            used_ms: None,
        };
        map.insert(approval.id.clone(), approval.clone());
        Self::tidy(&mut map, now_ms);
        self.save(&map);
        tracing::info!(
            approval = approval.id.as_str(),
            agent = key.agent,
            tool = key.tool,
            rule,
            "approval requested"
        );
        self.audit(&approval, "requested", now_ms);
        Some(approval)
    }

    /// Approve or deny a pending approval.
    pub fn decide(
        &self,
        id: &str,
        approve: bool,
        by: &str,
        note: Option<String>,
        now_ms: u64,
    ) -> Result<Approval, String> {
        let mut map = self.lock();
        Self::tidy(&mut map, now_ms);
        let ttl = self.ttl_ms;
        let pending_ttl = self.pending_ttl_ms;
        let a = map
            .get_mut(id)
            .ok_or_else(|| format!("no approval {id:?}"))?;
        if a.status != ApprovalStatus::Pending {
            let status = a.status.name();
            self.save(&map);
            return Err(format!("approval {id} is {status}, not pending"));
        }
        a.status = if approve {
            ApprovalStatus::Approved
        } else {
            ApprovalStatus::Denied
        };
        a.decided_ms = Some(now_ms);
        a.decided_by = Some(by.to_owned());
        a.note = note;
        a.expires_ms = now_ms.saturating_add(if approve { ttl } else { pending_ttl });
        let a = a.clone();
        self.save(&map);
        tracing::warn!(
            approval = id,
            agent = a.agent.as_str(),
            status = a.status.name(),
            by,
            "approval decided"
        );
        self.audit(&a, if approve { "approved" } else { "denied" }, now_ms);
        Ok(a)
    }

    /// Approvals, newest first, optionally of one status.
    pub fn list(&self, status: Option<ApprovalStatus>, now_ms: u64) -> Vec<Approval> {
        let mut map = self.lock();
        if Self::tidy(&mut map, now_ms) {
            self.save(&map);
        }
        let mut list: Vec<Approval> = map
            .values()
            .filter(|a| status.is_none_or(|s| a.status == s))
            .cloned()
            .collect();
        list.sort_by(|a, b| b.created_ms.cmp(&a.created_ms).then(b.id.cmp(&a.id)));
        list
    }

    pub fn get(&self, id: &str) -> Option<Approval> {
        self.lock().get(id).cloned()
    }

    pub fn pending(&self) -> usize {
        self.lock()
            .values()
            .filter(|a| a.status == ApprovalStatus::Pending)
            .count()
    }
}

/// `apr_` and 20 hex digits from the OS random source.
fn new_id() -> Option<String> {
    let mut bytes = [0u8; 10];
    getrandom::getrandom(&mut bytes).ok()?;
    Some(format!(
        "apr_{}",
        bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()
    ))
}

/// SHA-256 (hex) of the canonical JSON of `arguments`: object keys sorted at every
/// level, no whitespace. The same arguments in another key order hash the same.
pub fn arguments_hash(arguments: &Value) -> String {
    // The same canonical form the rug-pull pins use.
    let canonical = warden_core::guards::pinning::canonical_json(arguments);
    Sha256::digest(canonical.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn approvals(dir: &Path) -> Approvals {
        Approvals::open(dir, 60, 3600, Persister::start()).unwrap()
    }

    fn key<'a>(hash: &'a str) -> CallKey<'a> {
        CallKey {
            agent: "support-1",
            method: "tools/call",
            tool: "billing.refund",
            arguments_hash: hash,
        }
    }

    #[test]
    fn hash_ignores_key_order_only() {
        let a = arguments_hash(&json!({"amount": 900, "order": {"id": 1, "c": "x"}}));
        let b = arguments_hash(&json!({"order": {"c": "x", "id": 1}, "amount": 900}));
        let c = arguments_hash(&json!({"amount": 901, "order": {"id": 1, "c": "x"}}));
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(a.len(), 64);
    }

    #[test]
    fn approve_once_then_used() {
        let dir = tempfile::tempdir().unwrap();
        let ap = approvals(dir.path());
        let h = arguments_hash(&json!({"amount": 900}));
        let a = ap
            .request(&key(&h), "refund-approval", "big", Some("s"), 0)
            .unwrap();
        assert!(a.id.starts_with("apr_"));
        // Repeating while pending returns the same approval.
        assert_eq!(ap.request(&key(&h), "r", "big", None, 10).unwrap().id, a.id);
        assert!(ap.consume(&key(&h), 20).is_none(), "pending is not a grant");
        ap.decide(&a.id, true, "ops", Some("ok".into()), 30)
            .unwrap();
        // Another argument hash does not pass.
        let other = arguments_hash(&json!({"amount": 9000}));
        assert!(ap.consume(&key(&other), 40).is_none());
        let used = ap.consume(&key(&h), 50).unwrap();
        assert_eq!(used.status, ApprovalStatus::Used);
        assert!(ap.consume(&key(&h), 60).is_none(), "once only");
        assert!(ap.decide(&a.id, true, "ops", None, 70).is_err());
    }

    #[test]
    fn grants_and_requests_expire() {
        let dir = tempfile::tempdir().unwrap();
        let ap = approvals(dir.path());
        let h = arguments_hash(&json!({}));
        let a = ap.request(&key(&h), "r", "x", None, 0).unwrap();
        ap.decide(&a.id, true, "ops", None, 1000).unwrap();
        assert!(ap.consume(&key(&h), 1000 + 60_000).is_none(), "ttl over");
        assert_eq!(ap.get(&a.id).unwrap().status, ApprovalStatus::Expired);
        let b = ap.request(&key(&h), "r", "x", None, 100_000).unwrap();
        assert_ne!(a.id, b.id);
        assert!(ap
            .decide(&b.id, true, "ops", None, 100_000 + 3_600_000)
            .is_err());
    }

    #[test]
    fn denied_sticks_and_everything_persists() {
        let dir = tempfile::tempdir().unwrap();
        let h = arguments_hash(&json!({"x": 1}));
        let id = {
            let ap = approvals(dir.path());
            let a = ap.request(&key(&h), "r", "x", None, 0).unwrap();
            ap.decide(&a.id, false, "ops", Some("no".into()), 5)
                .unwrap();
            let again = ap.request(&key(&h), "r", "x", None, 6).unwrap();
            assert_eq!(again.status, ApprovalStatus::Denied);
            assert!(ap.persister.flush());
            a.id
        };
        let ap = approvals(dir.path());
        let a = ap.get(&id).unwrap();
        assert_eq!(a.status, ApprovalStatus::Denied);
        assert_eq!(a.decided_by.as_deref(), Some("ops"));
        assert_eq!(ap.list(Some(ApprovalStatus::Denied), 7).len(), 1);
    }
}
