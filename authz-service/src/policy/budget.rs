//! Stateful budgets: how much a session (or an agent) has spent on one rule, or
//! on every rule sharing a budget `key`, within a sliding window or for the
//! whole session.
//!
//! ```yaml
//! budget: {per: session, sum: amount, limit: 2000, window: 1h}
//! budget: {per: agent, count: true, limit: 100, window: 1d}
//! budget: {per: session, sum: amount, limit: 2000, key: money-out}  # no window: whole session
//! ```
//!
//! A call whose amount would take the total over the limit does not match the
//! rule (it falls through to the next one); a call that fits is recorded at the
//! moment the rule decides, under one lock, so concurrent calls cannot both fit
//! into the last slot.
//!
//! Memory is bounded: each (rule, session/agent) window keeps at most
//! [`BUCKETS`] time buckets, and the store at most `max_keys` windows. The window
//! slides in bucket steps (1/60 of the window) and only ever remembers spending a
//! little longer than asked, never shorter: the error is on the safe side. When
//! the store is full of live windows, a new key cannot be tracked and the rule
//! does not match (fail closed). Budgets live in memory: a restart resets them.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::Duration;

use serde::Serialize;
use warden_core::argpath::ArgPath;

/// Buckets per window.
pub const BUCKETS: u64 = 60;
/// Default bound on tracked (rule, key) windows.
pub const DEFAULT_MAX_KEYS: usize = 100_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    Session,
    Agent,
}

impl Scope {
    pub fn name(self) -> &'static str {
        match self {
            Self::Session => "session",
            Self::Agent => "agent",
        }
    }
}

#[derive(Clone, Debug)]
pub enum Measure {
    /// Sum of a numeric argument (must be a number >= 0, else the rule does not match).
    Sum(ArgPath),
    /// One per call.
    Count,
}

#[derive(Clone, Debug)]
pub struct Budget {
    pub scope: Scope,
    pub measure: Measure,
    pub limit: f64,
    /// `None`: no window, the total runs for as long as the session (or agent).
    pub window: Option<Duration>,
    /// The window as the policy wrote it (`24h`), for messages.
    pub window_text: Option<String>,
    /// Rules with the same key share one running total; `None`: the rule's own.
    pub key: Option<String>,
}

impl Budget {
    /// The name the running total is kept under.
    pub fn total<'a>(&'a self, rule: &'a str) -> &'a str {
        self.key.as_deref().unwrap_or(rule)
    }

    /// `within 24h` or `per session` (no window), for messages.
    pub fn span(&self) -> String {
        match &self.window_text {
            Some(w) => format!("within {w}"),
            None => format!("for the whole {}", self.scope.name()),
        }
    }
}

/// A budget's state as seen by one call: for decisions, explain and audit.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BudgetState {
    pub scope: Scope,
    /// The session id or agent id the budget is kept for.
    pub key: String,
    /// Spent in the window before this call.
    pub used: f64,
    /// This call's amount.
    pub amount: f64,
    pub limit: f64,
    /// 0: no window (the whole session or agent lifetime).
    pub window_seconds: u64,
    /// Whether this call was charged (it fit and the rule decided).
    pub charged: bool,
}

impl BudgetState {
    /// What is left after this call (after charging it, when it was charged).
    pub fn remaining(&self) -> f64 {
        let spent = if self.charged {
            self.used + self.amount
        } else {
            self.used
        };
        (self.limit - spent).max(0.0)
    }

    pub fn fits(&self) -> bool {
        fits(self.used, self.amount, self.limit)
    }
}

fn fits(used: f64, amount: f64, limit: f64) -> bool {
    // A hair of tolerance so 0.1 + 0.2 against a limit of 0.3 fits.
    used + amount <= limit + limit.abs() * 1e-12 + 1e-9
}

#[derive(Debug)]
struct Window {
    window_ms: u64,
    bucket_ms: u64,
    /// (bucket start, amount), oldest first.
    buckets: VecDeque<(u64, f64)>,
}

impl Window {
    fn new(window_ms: u64) -> Self {
        Self {
            window_ms,
            bucket_ms: (window_ms / BUCKETS).max(1),
            buckets: VecDeque::new(),
        }
    }

    /// Drop buckets wholly older than the window.
    fn prune(&mut self, now_ms: u64) {
        let horizon = now_ms.saturating_sub(self.window_ms);
        while let Some(&(start, _)) = self.buckets.front() {
            if start + self.bucket_ms <= horizon {
                self.buckets.pop_front();
            } else {
                break;
            }
        }
    }

    fn used(&self) -> f64 {
        self.buckets.iter().map(|(_, a)| a).sum()
    }

    fn charge(&mut self, now_ms: u64, amount: f64) {
        let start = now_ms - now_ms % self.bucket_ms;
        match self.buckets.back_mut() {
            Some((s, a)) if *s == start => *a += amount,
            _ => {
                self.buckets.push_back((start, amount));
                while self.buckets.len() as u64 > BUCKETS + 1 {
                    self.buckets.pop_front();
                }
            }
        }
    }
}

/// Why a budget could not be checked at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BudgetError {
    /// The scope's key is missing (no session id on a per-session budget).
    NoKey,
    /// The amount argument is missing, not a number, or negative.
    BadAmount,
    /// Too many live windows to track another.
    Full,
}

impl std::fmt::Display for BudgetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::NoKey => "no session id (or agent) to keep the budget for",
            Self::BadAmount => "the amount argument is missing, not a number, or negative",
            Self::Full => "budget store is full",
        })
    }
}

/// All budget windows of a running sidecar (or of one `explain` run).
#[derive(Debug)]
pub struct Budgets {
    windows: Mutex<HashMap<(String, String), Window>>,
    max_keys: usize,
}

impl Default for Budgets {
    fn default() -> Self {
        Self::new(DEFAULT_MAX_KEYS)
    }
}

impl Budgets {
    pub fn new(max_keys: usize) -> Self {
        Self {
            windows: Mutex::new(HashMap::new()),
            max_keys: max_keys.max(1),
        }
    }

    /// Most running totals held; past it, totals with nothing left in their
    /// window are dropped, then new keys are refused.
    pub fn capacity(&self) -> usize {
        self.max_keys
    }

    /// Check whether `amount` fits the running total `rule` (a rule id or a shared
    /// budget key, see [`Budget::total`]) for `key` at `now_ms`;
    /// when it fits and `charge` is set, record it. `Ok` carries the state either
    /// way; the caller reads [`BudgetState::fits`].
    pub fn check(
        &self,
        rule: &str,
        budget: &Budget,
        key: &str,
        amount: f64,
        now_ms: u64,
        charge: bool,
    ) -> Result<BudgetState, BudgetError> {
        // No window: one bucket as long as time itself, never pruned.
        let window_ms = budget.window.map_or(u64::MAX, |w| {
            u64::try_from(w.as_millis()).unwrap_or(u64::MAX)
        });
        let mut windows = self.windows.lock().unwrap_or_else(|p| p.into_inner());
        let id = (rule.to_owned(), key.to_owned());
        if !windows.contains_key(&id) && windows.len() >= self.max_keys {
            windows.retain(|_, w| {
                w.prune(now_ms);
                !w.buckets.is_empty()
            });
            if windows.len() >= self.max_keys {
                return Err(BudgetError::Full);
            }
        }
        let w = windows.entry(id).or_insert_with(|| Window::new(window_ms));
        if w.window_ms != window_ms {
            // The rule's window changed with a policy reload: start over on the
            // new grid, keeping what was spent.
            let used = w.used();
            *w = Window::new(window_ms);
            if used > 0.0 {
                w.charge(now_ms, used);
            }
        }
        w.prune(now_ms);
        let mut state = BudgetState {
            scope: budget.scope,
            key: key.to_owned(),
            used: w.used(),
            amount,
            limit: budget.limit,
            window_seconds: budget.window.map_or(0, |w| w.as_secs()),
            charged: false,
        };
        if charge && state.fits() {
            w.charge(now_ms, amount);
            state.charged = true;
        }
        Ok(state)
    }

    /// Number of tracked windows (for status and tests).
    pub fn len(&self) -> usize {
        self.windows.lock().map(|w| w.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sum_budget(limit: f64, secs: u64) -> Budget {
        Budget {
            scope: Scope::Session,
            measure: Measure::Sum(ArgPath::parse("amount").unwrap()),
            limit,
            window: Some(Duration::from_secs(secs)),
            window_text: Some(format!("{secs}s")),
            key: None,
        }
    }

    #[test]
    fn no_window_lasts_the_whole_session() {
        let b = Budgets::default();
        let budget = Budget {
            window: None,
            window_text: None,
            ..sum_budget(10.0, 1)
        };
        assert!(b.check("r", &budget, "s", 10.0, 0, true).unwrap().charged);
        // A year later the session's total still stands.
        let later = 366 * 86_400 * 1000;
        let s = b.check("r", &budget, "s", 1.0, later, true).unwrap();
        assert!(!s.charged);
        assert_eq!((s.used, s.window_seconds), (10.0, 0));
        assert_eq!(budget.span(), "for the whole session");
    }

    #[test]
    fn fifth_refund_of_450_does_not_fit_2000() {
        let b = Budgets::default();
        let budget = sum_budget(2000.0, 3600);
        for i in 0..4 {
            let s = b.check("r", &budget, "s1", 450.0, 1000 + i, true).unwrap();
            assert!(s.charged, "refund {i}");
        }
        let s = b.check("r", &budget, "s1", 450.0, 2000, true).unwrap();
        assert!(!s.charged);
        assert_eq!(s.used, 1800.0);
        assert_eq!(s.remaining(), 200.0);
        // A smaller one still fits; another session has its own budget.
        assert!(
            b.check("r", &budget, "s1", 200.0, 2001, true)
                .unwrap()
                .charged
        );
        assert!(
            b.check("r", &budget, "s2", 450.0, 2002, true)
                .unwrap()
                .charged
        );
    }

    #[test]
    fn window_slides() {
        let b = Budgets::default();
        let budget = sum_budget(10.0, 60);
        assert!(b.check("r", &budget, "k", 10.0, 0, true).unwrap().charged);
        assert!(
            !b.check("r", &budget, "k", 1.0, 30_000, true)
                .unwrap()
                .charged
        );
        // One bucket (1 s) after the window, the old spending is gone.
        assert!(
            b.check("r", &budget, "k", 10.0, 61_001, true)
                .unwrap()
                .charged
        );
    }

    #[test]
    fn dry_checks_do_not_charge() {
        let b = Budgets::default();
        let budget = sum_budget(10.0, 60);
        for _ in 0..5 {
            let s = b.check("r", &budget, "k", 6.0, 0, false).unwrap();
            assert!(s.fits() && !s.charged);
        }
    }

    #[test]
    fn full_store_fails_closed_then_recovers() {
        let b = Budgets::new(2);
        let budget = sum_budget(10.0, 1);
        b.check("r", &budget, "a", 1.0, 0, true).unwrap();
        b.check("r", &budget, "b", 1.0, 0, true).unwrap();
        assert_eq!(
            b.check("r", &budget, "c", 1.0, 10, true),
            Err(BudgetError::Full)
        );
        // Once the others expire there is room again.
        assert!(
            b.check("r", &budget, "c", 1.0, 5_000, true)
                .unwrap()
                .charged
        );
    }

    proptest! {
        #[test]
        fn charged_total_never_exceeds_the_limit(
            amounts in proptest::collection::vec(0.0f64..500.0, 1..60),
            limit in 1.0f64..3000.0,
        ) {
            let b = Budgets::default();
            let budget = sum_budget(limit, 3600);
            let mut total = 0.0;
            for (i, a) in amounts.iter().enumerate() {
                let s = b.check("r", &budget, "k", *a, i as u64, true).unwrap();
                prop_assert!((s.used - total).abs() < 1e-6);
                if s.charged {
                    total += a;
                }
                prop_assert_eq!(s.charged, fits(s.used, *a, limit));
            }
            prop_assert!(total <= limit + 1e-6);
        }

        #[test]
        fn count_budget_allows_exactly_limit_calls(limit in 1u32..50, calls in 1u32..100) {
            let b = Budgets::default();
            let budget = Budget { measure: Measure::Count, ..sum_budget(f64::from(limit), 60) };
            let charged = (0..calls)
                .filter(|i| b.check("r", &budget, "k", 1.0, u64::from(*i), true).unwrap().charged)
                .count();
            prop_assert_eq!(charged as u32, calls.min(limit));
        }

        #[test]
        fn everything_expires_after_the_window(
            amounts in proptest::collection::vec(1.0f64..100.0, 1..20),
            secs in 1u64..7200,
        ) {
            let b = Budgets::default();
            let budget = sum_budget(1e9, secs);
            for a in &amounts {
                b.check("r", &budget, "k", *a, 0, true).unwrap();
            }
            let later = secs * 1000 + secs * 1000 / BUCKETS + 1;
            let s = b.check("r", &budget, "k", 0.0, later, false).unwrap();
            prop_assert_eq!(s.used, 0.0);
        }
    }
}
