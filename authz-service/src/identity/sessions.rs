//! `Mcp-Session-Id` binding: the first principal seen with a session id owns it;
//! the same id presented by anyone else is refused (session hijacking, token
//! passthrough between agents).
//!
//! The MCP server assigns the id in its `initialize` response, so the first
//! request that carries it comes from whoever initialized (trust on first use).
//! Bindings expire after `idleSeconds` without use. The table is bounded: when it
//! is full of live sessions, new sessions are refused (fail closed) rather than
//! evicting live bindings an attacker could then take over.

use std::collections::HashMap;
use std::sync::Mutex;

/// Longest session id accepted.
pub const MAX_SESSION_ID_LEN: usize = 256;

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    #[error("session belongs to another principal")]
    Mismatch { owner: String },
    #[error("session id is not acceptable")]
    BadId,
    #[error("too many live sessions")]
    Full,
}

impl SessionError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::Mismatch { .. } => "session_mismatch",
            Self::BadId => "session_invalid",
            Self::Full => "session_limit",
        }
    }
}

#[derive(Debug)]
pub struct Sessions {
    map: Mutex<HashMap<String, Binding>>,
    max: usize,
    idle_ms: u64,
}

#[derive(Debug)]
struct Binding {
    principal: String,
    last_ms: u64,
}

impl Sessions {
    pub fn new(max: usize, idle_seconds: u64) -> Self {
        Self {
            map: Mutex::new(HashMap::new()),
            max: max.max(1),
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
        let mut map = self.map.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(b) = map.get_mut(session) {
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
            map.remove(session);
        }
        if map.len() >= self.max {
            let idle = self.idle_ms;
            map.retain(|_, b| now_ms.saturating_sub(b.last_ms) <= idle);
            if map.len() >= self.max {
                return Err(SessionError::Full);
            }
        }
        map.insert(
            session.to_owned(),
            Binding {
                principal: principal.to_owned(),
                last_ms: now_ms,
            },
        );
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.map.lock().map(|m| m.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_principal_is_refused() {
        let s = Sessions::new(10, 60);
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
        let s = Sessions::new(2, 60);
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
}
