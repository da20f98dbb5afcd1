//! `Mcp-Session-Id` binding: the first principal seen with a session id owns it;
//! the same id presented by anyone else is refused (session hijacking, token
//! passthrough between agents).
//!
//! The MCP server assigns the id in its `initialize` response, so the first
//! request that carries it comes from whoever initialized (trust on first use).
//! Bindings expire after `idleSeconds` without use. The table is bounded twice:
//! each principal holds at most `maxSessionsPerPrincipal` live sessions (so one
//! caller, anonymous callers included, cannot fill the table with invented ids),
//! and the table holds at most `maxSessions`. At either bound new sessions are
//! refused (fail closed) rather than evicting live bindings an attacker could
//! then take over.

use std::collections::HashMap;
use std::sync::Mutex;

/// Longest session id accepted.
pub const MAX_SESSION_ID_LEN: usize = 256;
/// Least time between two sweeps of the whole table.
const SWEEP_INTERVAL_MS: u64 = 1000;

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    #[error("session belongs to another principal")]
    Mismatch { owner: String },
    #[error("session id is not acceptable")]
    BadId,
    #[error("too many live sessions")]
    Full,
    #[error("this principal has too many live sessions")]
    PrincipalFull,
}

impl SessionError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::Mismatch { .. } => "session_mismatch",
            Self::BadId => "session_invalid",
            Self::Full | Self::PrincipalFull => "session_limit",
        }
    }
}

#[derive(Debug)]
pub struct Sessions {
    map: Mutex<Table>,
    max: usize,
    max_per_principal: usize,
    idle_ms: u64,
}

#[derive(Debug, Default)]
struct Table {
    bindings: HashMap<String, Binding>,
    /// Bindings (live or not yet swept) per principal.
    per_principal: HashMap<String, usize>,
    /// When the table was last swept: a sweep walks every binding, so a caller
    /// at its bound triggers at most one a second.
    last_sweep_ms: Option<u64>,
}

impl Table {
    fn remove(&mut self, session: &str) {
        if let Some(b) = self.bindings.remove(session) {
            self.release(&b.principal);
        }
    }

    fn release(&mut self, principal: &str) {
        if let Some(n) = self.per_principal.get_mut(principal) {
            *n -= 1;
            if *n == 0 {
                self.per_principal.remove(principal);
            }
        }
    }

    /// Drop every binding idle longer than `idle_ms`.
    fn sweep(&mut self, now_ms: u64, idle_ms: u64) {
        if self
            .last_sweep_ms
            .is_some_and(|t| now_ms.saturating_sub(t) < SWEEP_INTERVAL_MS)
        {
            return;
        }
        self.last_sweep_ms = Some(now_ms);
        let expired: Vec<String> = self
            .bindings
            .iter()
            .filter(|(_, b)| now_ms.saturating_sub(b.last_ms) > idle_ms)
            .map(|(k, _)| k.clone())
            .collect();
        for k in expired {
            self.remove(&k);
        }
    }

    fn count(&self, principal: &str) -> usize {
        self.per_principal.get(principal).copied().unwrap_or(0)
    }
}

#[derive(Debug)]
struct Binding {
    principal: String,
    last_ms: u64,
}

impl Sessions {
    pub fn new(max: usize, max_per_principal: usize, idle_seconds: u64) -> Self {
        Self {
            map: Mutex::new(Table::default()),
            max: max.max(1),
            max_per_principal: max_per_principal.max(1),
            idle_ms: idle_seconds.saturating_mul(1000),
        }
    }

    /// Bind `session` to `principal` on first sight; afterwards only `principal`
    /// may use it.
    pub fn bind(&self, session: &str, principal: &str, now_ms: u64) -> Result<(), SessionError> {
        if session.is_empty()
            || session.len() > MAX_SESSION_ID_LEN
            || !session.bytes().all(|b| (0x21..=0x7e).contains(&b))
        {
            return Err(SessionError::BadId);
        }
        let mut table = self.map.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(b) = table.bindings.get_mut(session) {
            if now_ms.saturating_sub(b.last_ms) <= self.idle_ms {
                if b.principal != principal {
                    return Err(SessionError::Mismatch {
                        owner: b.principal.clone(),
                    });
                }
                b.last_ms = now_ms;
                return Ok(());
            }
            // Expired: the id starts over.
            table.remove(session);
        }
        if table.count(principal) >= self.max_per_principal || table.bindings.len() >= self.max {
            table.sweep(now_ms, self.idle_ms);
            if table.count(principal) >= self.max_per_principal {
                return Err(SessionError::PrincipalFull);
            }
            if table.bindings.len() >= self.max {
                return Err(SessionError::Full);
            }
        }
        table.bindings.insert(
            session.to_owned(),
            Binding {
                principal: principal.to_owned(),
                last_ms: now_ms,
            },
        );
        *table.per_principal.entry(principal.to_owned()).or_insert(0) += 1;
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.map.lock().map(|m| m.bindings.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Most bindings the table holds (`identity.maxSessions`).
    pub fn capacity(&self) -> usize {
        self.max
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_principal_is_refused() {
        let s = Sessions::new(10, 10, 60);
        s.bind("sess-1", "alice", 0).unwrap();
        s.bind("sess-1", "alice", 1000).unwrap();
        assert_eq!(
            s.bind("sess-1", "mallory", 2000),
            Err(SessionError::Mismatch {
                owner: "alice".into()
            })
        );
        s.bind("sess-2", "mallory", 2000).unwrap();
        // Use keeps the binding alive; idleness ends it.
        s.bind("sess-1", "alice", 61_000).unwrap();
        assert!(s.bind("sess-1", "mallory", 62_000).is_err());
        s.bind("sess-1", "mallory", 200_000).unwrap();
    }

    #[test]
    fn bad_ids_and_a_full_table() {
        let s = Sessions::new(2, 10, 60);
        for bad in ["", "has space", "tab\t", &"x".repeat(300)] {
            assert_eq!(s.bind(bad, "a", 0), Err(SessionError::BadId), "{bad:?}");
        }
        s.bind("a", "p", 0).unwrap();
        s.bind("b", "p", 0).unwrap();
        assert_eq!(s.bind("c", "p", 1), Err(SessionError::Full));
        // Existing sessions keep working; idle ones make room.
        s.bind("a", "p", 2).unwrap();
        s.bind("c", "p", 70_000).unwrap();
    }

    #[test]
    fn one_principal_cannot_fill_the_table() {
        let s = Sessions::new(100, 3, 60);
        for i in 0..3 {
            s.bind(&format!("m-{i}"), "mallory", 0).unwrap();
        }
        // Invented ids beyond the per-principal bound are refused...
        for i in 3..50 {
            assert_eq!(
                s.bind(&format!("m-{i}"), "mallory", 1),
                Err(SessionError::PrincipalFull)
            );
        }
        assert_eq!(s.len(), 3);
        assert_eq!(SessionError::PrincipalFull.code(), "session_limit");
        // ...her existing sessions keep working, everyone else is unaffected...
        s.bind("m-0", "mallory", 2).unwrap();
        for i in 0..3 {
            s.bind(&format!("a-{i}"), "alice", 2).unwrap();
        }
        s.bind("anon-1", "anonymous", 2).unwrap();
        // ...and once her sessions lapse she may open new ones.
        s.bind("m-9", "mallory", 70_000).unwrap();
        assert_eq!(s.len(), 1, "the sweep dropped every idle binding");
    }

    #[test]
    fn the_whole_table_is_bounded_too() {
        let s = Sessions::new(4, 2, 60);
        for (i, who) in ["a", "a", "b", "b"].iter().enumerate() {
            s.bind(&format!("s-{i}"), who, 0).unwrap();
        }
        assert_eq!(s.bind("s-9", "c", 1), Err(SessionError::Full));
        // An expired session's id starts over, and its slot counts for nobody.
        s.bind("s-0", "c", 61_000).unwrap();
        assert_eq!(s.len(), 4);
        s.bind("s-1", "a", 61_000).unwrap();
        s.bind("s-2", "a", 61_000).unwrap();
        assert_eq!(s.bind("s-3", "a", 61_000), Err(SessionError::PrincipalFull));
    }
}
