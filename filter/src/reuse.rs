//! Sidecar allows the filter may give again itself. The sidecar offers one
//! (`DecideResponse.cache_ttl_ms`) only when its decision read nothing but
//! the question's key (see [`crate::decide::question`]); the filter keeps it
//! per VM, exactly keyed, bounded, until it expires.

use std::collections::HashMap;

/// Most answers kept per VM (each key is one small encoded question).
const MAX_ENTRIES: usize = 4096;

/// An allow the sidecar let the filter reuse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grant {
    /// Unix ms after which the sidecar must be asked again.
    pub until_ms: u64,
    /// The sidecar records every decision: each reuse must be recorded by
    /// the filter instead.
    pub record: bool,
    /// The rule that allowed, and why (for the reuse's record).
    pub rule: String,
    pub reason: String,
}

#[derive(Debug, Default)]
pub struct Reusable {
    entries: HashMap<Vec<u8>, Grant>,
}

impl Reusable {
    /// The grant for `key`, when it is still valid at `now_ms`.
    pub fn get(&mut self, key: &[u8], now_ms: u64) -> Option<&Grant> {
        if self.entries.get(key).is_some_and(|g| g.until_ms <= now_ms) {
            self.entries.remove(key);
        }
        self.entries.get(key)
    }

    /// Keep `grant` for `key`. When full, expired answers go first, and then
    /// all of them: a flood of distinct callers costs sidecar calls, never
    /// memory.
    pub fn put(&mut self, key: Vec<u8>, grant: Grant, now_ms: u64) {
        if grant.until_ms <= now_ms {
            return;
        }
        if self.entries.len() >= MAX_ENTRIES && !self.entries.contains_key(&key) {
            self.entries.retain(|_, g| g.until_ms > now_ms);
            if self.entries.len() >= MAX_ENTRIES {
                self.entries.clear();
            }
        }
        self.entries.insert(key, grant);
    }

    /// Forget everything (a new configuration).
    pub fn clear(&mut self) {
        self.entries.clear();
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grant(until_ms: u64) -> Grant {
        Grant {
            until_ms,
            record: false,
            rule: "r".into(),
            reason: String::new(),
        }
    }

    #[test]
    fn answers_expire_and_stay_bounded() {
        let mut a = Reusable::default();
        a.put(b"k".to_vec(), grant(1000), 0);
        assert_eq!(a.get(b"k", 999).map(|g| g.until_ms), Some(1000));
        assert!(a.get(b"other", 0).is_none());
        assert!(a.get(b"k", 1000).is_none(), "expired at until_ms");
        assert!(a.is_empty());
        // An already expired grant is not kept.
        a.put(b"k".to_vec(), grant(5), 5);
        assert!(a.is_empty());
        for i in 0..MAX_ENTRIES {
            a.put(
                i.to_le_bytes().to_vec(),
                grant(if i % 2 == 0 { 10 } else { 100 }),
                0,
            );
        }
        assert_eq!(a.len(), MAX_ENTRIES);
        // Full: the expired half makes room.
        a.put(b"new".to_vec(), grant(100), 50);
        assert_eq!(a.len(), MAX_ENTRIES / 2 + 1);
        for i in 0..MAX_ENTRIES {
            a.put(format!("fill{i}").into_bytes(), grant(100), 50);
        }
        assert!(a.len() <= MAX_ENTRIES);
    }
}
