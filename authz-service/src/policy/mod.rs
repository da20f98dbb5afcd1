//! The policy language: YAML, reviewed in Git, evaluated in order, first match wins.
//! Keys are camelCase, like every file an operator writes for Warden (a
//! snake_case key is an error that names the camelCase one).
//!
//! ```yaml
//! name: support-agent
//! version: 3
//! defaultEffect: deny               # allow | deny | require_approval (default deny)
//! defaultReason: not allowed by policy
//! rules:
//!   - id: small-refunds
//!     reason: support agents may refund small amounts
//!     methods: tools/call           # every criterion: one string or a list
//!     tools: [billing.refund]       # globs (`*`, `?`, `[ab]`, `[!ab]`)
//!     servers: ["billing-*"]
//!     agents: ["*"]                 # agent id globs
//!     roles: [support-agent]        # the agent holds at least one of these
//!     rolesAll: [support, billing]  # the agent holds every one of these
//!     minTrust: low                 # low < medium < high < admin
//!     minThreat: 0.8                # threat score >= this (0..1)
//!     when: {path: amount, op: lt, value: 500}
//!     budget: {per: session, sum: amount, limit: 2000, window: 1h, key: refunds}
//!     effect: allow                 # allow | deny | require_approval | redact
//!     redact: [card.number]         # with effect: redact, argument paths to mask
//!     severity: medium              # incident severity when this rule denies
//! ```
//!
//! Loading checks everything and reports every rule with a problem, each at its
//! line and column: unknown keys, bad operators, regexes and globs, malformed
//! paths, duplicate rule ids, inconsistent shared budgets. Rules that can never
//! match (an earlier unconditional rule already matches everything they would)
//! and rules that rely on what only the wasm filter can do (redaction) load with
//! a warning.

pub mod budget;
pub mod condition;
mod eval;
pub mod explain;

use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::fmt;
use std::path::Path;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use warden_core::argpath::ArgPath;
use warden_core::glob::{Glob, GlobSet};
use warden_core::guards::Severity;

pub use budget::{Budget, BudgetState, Budgets, Measure, Scope};
pub use condition::Condition;
pub use eval::{CallFacts, Evaluation, Step};

/// Largest policy file read.
pub const MAX_POLICY_BYTES: u64 = 1024 * 1024;
/// Most rules in one policy.
pub const MAX_RULES: usize = 10_000;

/// What a rule (or the default) does with a call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    Allow,
    Deny,
    RequireApproval,
    Redact,
}

impl Effect {
    pub fn name(self) -> &'static str {
        match self {
            Self::Allow => "allow",
            Self::Deny => "deny",
            Self::RequireApproval => "require_approval",
            Self::Redact => "redact",
        }
    }
}

impl fmt::Display for Effect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An agent's trust level, ordered.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Trust {
    #[default]
    Low,
    Medium,
    High,
    Admin,
}

impl Trust {
    pub fn name(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "low" => Self::Low,
            "medium" => Self::Medium,
            "high" => Self::High,
            "admin" => Self::Admin,
            _ => return None,
        })
    }
}

impl fmt::Display for Trust {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[derive(Clone, Debug)]
pub struct Rule {
    pub id: String,
    pub reason: String,
    pub methods: Option<GlobSet>,
    pub tools: Option<GlobSet>,
    pub servers: Option<GlobSet>,
    pub agents: Option<GlobSet>,
    /// The agent holds at least one of these.
    pub roles: Option<Vec<String>>,
    /// The agent holds every one of these.
    pub roles_all: Option<Vec<String>>,
    pub min_trust: Option<Trust>,
    /// Threat score at or above this (the scanners' own `f32` scale: a finding
    /// scored 0.9 matches `minThreat: 0.9` exactly).
    pub min_threat: Option<f32>,
    pub when: Option<Condition>,
    pub budget: Option<Budget>,
    pub effect: Effect,
    pub redact: Vec<ArgPath>,
    pub severity: Severity,
}

impl Rule {
    /// No condition beyond the glob criteria: it matches every call those admit.
    fn unconditional(&self) -> bool {
        self.roles.is_none()
            && self.roles_all.is_none()
            && self.min_trust.is_none()
            && self.min_threat.is_none()
            && self.when.is_none()
            && self.budget.is_none()
    }

    /// Whether this (earlier) rule matches every call `later` could match.
    fn shadows(&self, later: &Rule) -> bool {
        self.unconditional()
            && covers(&self.methods, &later.methods, true)
            && covers(&self.tools, &later.tools, false)
            && covers(&self.servers, &later.servers, false)
            && covers(&self.agents, &later.agents, true)
    }
}

/// Whether criterion `e` admits everything `l` admits. `always_present`: every
/// call has this field (method, agent), so a `*` admits a missing criterion too.
fn covers(e: &Option<GlobSet>, l: &Option<GlobSet>, always_present: bool) -> bool {
    match (e, l) {
        (None, _) => true,
        (Some(e), None) => always_present && e.0.iter().any(|g| g.as_str() == "*"),
        (Some(e), Some(l)) => {
            l.0.iter()
                .all(|lg| e.0.iter().any(|eg| glob_covers(eg, lg)))
        }
    }
}

fn glob_covers(e: &Glob, l: &Glob) -> bool {
    if e.as_str() == "*" || e.as_str() == l.as_str() {
        return true;
    }
    if let Some(name) = l.literal() {
        return e.matches(&name);
    }
    // `prefix*` covers any pattern that starts with the same literal prefix.
    e.prefix_star()
        .is_some_and(|p| l.literal_prefix().starts_with(&p))
}

#[derive(Clone, Debug)]
pub struct Policy {
    pub name: String,
    pub version: String,
    pub default_effect: Effect,
    pub default_reason: String,
    pub rules: Vec<Rule>,
    /// What loads but is probably a mistake (unreachable rules) or does not
    /// work on every path (redaction on `Check`), each at its rule.
    pub warnings: Vec<PolicyError>,
}

/// Most errors (and warnings) one check reports; each costs a pass over the file.
const MAX_DIAGNOSTICS: usize = 50;

impl Policy {
    /// The version for display (`-` when the policy has none).
    pub fn version_label(&self) -> &str {
        if self.version.is_empty() {
            "-"
        } else {
            &self.version
        }
    }

    /// Parse and check policy YAML. `origin` names the source in messages. Every
    /// rule with a problem is reported (the first in the error, the others in
    /// [`PolicyError::also`]), each at its line and column.
    pub fn from_yaml(text: &str, origin: &str) -> Result<Self, PolicyError> {
        // A rule that failed is skipped on the next pass, so the rules after it
        // are checked too; a rule that only warned is let through.
        let pass = Pass::default();
        let mut errors: Vec<PolicyError> = Vec::new();
        let mut warnings: Vec<PolicyError> = Vec::new();
        loop {
            pass.current.set(None);
            pass.warning.replace(None);
            let de = serde_norway::Deserializer::from_str(text);
            let result = PolicySeed(&pass).deserialize(de);
            let e = match result {
                Ok(raw) => {
                    if errors.is_empty() {
                        return Ok(Self {
                            name: raw.name,
                            version: raw.version.unwrap_or_default(),
                            default_effect: raw.default_effect.unwrap_or(Effect::Deny),
                            default_reason: raw
                                .default_reason
                                .unwrap_or_else(|| "no policy rule allows this call".to_owned()),
                            rules: raw.rules,
                            warnings,
                        });
                    }
                    let mut first = errors.remove(0);
                    first.also = errors;
                    return Err(first);
                }
                Err(e) => PolicyError::at(origin, crate::yaml::YamlError::from(e)),
            };
            let rule = pass.current.get();
            match (rule, pass.warning.take()) {
                (Some(i), Some(message)) => {
                    warnings.push(PolicyError { message, ..e });
                    pass.warned.borrow_mut().insert(i);
                }
                (Some(i), None) => {
                    errors.push(e);
                    pass.skip.borrow_mut().insert(i);
                }
                // Outside any rule (syntax, top-level keys): nothing to skip.
                (None, _) => {
                    // A syntax error inside a skipped rule shows up again here.
                    if errors.last() != Some(&e) {
                        errors.push(e);
                    }
                    let mut first = errors.remove(0);
                    first.also = errors;
                    return Err(first);
                }
            }
            if errors.len() + warnings.len() >= MAX_DIAGNOSTICS {
                // Enough to act on: stop raising warnings, keep skipping errors.
                pass.quiet.set(true);
                if errors.len() >= MAX_DIAGNOSTICS {
                    let mut first = errors.remove(0);
                    first.also = errors;
                    return Err(first);
                }
            }
        }
    }

    /// Read, parse and check a policy file.
    pub fn load(path: &Path) -> Result<Self, PolicyError> {
        let text = read_policy(path)?;
        Self::from_yaml(&text, &path.display().to_string())
    }

    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }
}

/// Read a policy file with the size bound.
pub fn read_policy(path: &Path) -> Result<String, PolicyError> {
    let io = |e: std::io::Error| {
        PolicyError::new(path.display().to_string(), format!("cannot read: {e}"))
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_POLICY_BYTES {
        return Err(PolicyError::new(
            path.display().to_string(),
            format!("larger than {MAX_POLICY_BYTES} bytes"),
        ));
    }
    std::fs::read_to_string(path).map_err(io)
}

/// A policy problem, with its place when known (1-based line and column).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct PolicyError {
    pub origin: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
    /// Further problems found in the same file, in file order.
    pub also: Vec<PolicyError>,
}

impl fmt::Display for PolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, "{}:{l}:{c}: {}", self.origin, self.message)?,
            _ => write!(f, "{}: {}", self.origin, self.message)?,
        }
        for more in &self.also {
            write!(f, "\n{more}")?;
        }
        Ok(())
    }
}

impl PolicyError {
    pub fn new(origin: String, message: String) -> Self {
        Self {
            origin,
            line: None,
            column: None,
            message,
            also: Vec::new(),
        }
    }

    fn at(origin: &str, e: crate::yaml::YamlError) -> Self {
        Self {
            origin: origin.to_owned(),
            line: e.line,
            column: e.column,
            message: e.message,
            also: Vec::new(),
        }
    }

    /// This problem and the others found with it.
    pub fn all(&self) -> impl Iterator<Item = &PolicyError> {
        std::iter::once(self).chain(&self.also)
    }
}

// ---- YAML ------------------------------------------------------------------

/// State shared by the passes over one file.
#[derive(Default)]
struct Pass {
    /// Rules (by index) that failed on an earlier pass: read and ignored.
    skip: RefCell<HashSet<usize>>,
    /// Rules whose warning was already recorded.
    warned: RefCell<HashSet<usize>>,
    /// The rule being read, while inside one.
    current: Cell<Option<usize>>,
    /// The warning the current error stands for.
    warning: RefCell<Option<String>>,
    /// No more warnings are raised.
    quiet: Cell<bool>,
}

const TOP_KEYS: &[&str] = &["name", "version", "defaultEffect", "defaultReason", "rules"];

struct RawPolicy {
    name: String,
    version: Option<String>,
    default_effect: Option<Effect>,
    default_reason: Option<String>,
    rules: Vec<Rule>,
}

struct PolicySeed<'a>(&'a Pass);

impl<'de> DeserializeSeed<'de> for PolicySeed<'_> {
    type Value = RawPolicy;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<RawPolicy, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for PolicySeed<'_> {
    type Value = RawPolicy;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a policy mapping (name, rules, ...)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawPolicy, A::Error> {
        let mut name = None;
        let mut version = None;
        let mut default_effect = None;
        let mut default_reason = None;
        let mut rules = None;
        let mut seen: Vec<&'static str> = Vec::with_capacity(TOP_KEYS.len());
        while let Some(key) = map.next_key_seed(KnownKey(TOP_KEYS))? {
            // A repeated key would silently replace what a reviewer read first.
            if seen.contains(&key) {
                return Err(de::Error::duplicate_field(key));
            }
            seen.push(key);
            match key {
                "name" => name = Some(map.next_value::<String>()?),
                "version" => version = Some(map.next_value::<VersionText>()?.0),
                "defaultEffect" => default_effect = Some(map.next_value::<DefaultEffect>()?.0),
                "defaultReason" => default_reason = Some(map.next_value::<String>()?),
                _ => rules = Some(map.next_value_seed(RulesSeed(self.0))?),
            }
        }
        Ok(RawPolicy {
            name: name.ok_or_else(|| de::Error::missing_field("name"))?,
            version,
            default_effect,
            default_reason,
            rules: rules.ok_or_else(|| de::Error::missing_field("rules"))?,
        })
    }
}

/// A mapping key that must be one of a list: an unknown one is reported at
/// the key itself.
struct KnownKey(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for KnownKey {
    type Value = &'static str;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<&'static str, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for KnownKey {
    type Value = &'static str;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<&'static str, E> {
        self.0
            .iter()
            .find(|k| **k == s)
            .copied()
            .ok_or_else(|| E::unknown_field(s, self.0))
    }
}

struct VersionText(String);

impl<'de> Deserialize<'de> for VersionText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = VersionText;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a version string or number")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<VersionText, E> {
                Ok(VersionText(s.to_owned()))
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<VersionText, E> {
                Ok(VersionText(n.to_string()))
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<VersionText, E> {
                Ok(VersionText(n.to_string()))
            }
            fn visit_f64<E: de::Error>(self, n: f64) -> Result<VersionText, E> {
                Ok(VersionText(n.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

struct DefaultEffect(Effect);

impl<'de> Deserialize<'de> for DefaultEffect {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        condition::from_str_node(d, "allow, deny or require_approval", |s| {
            match s {
            "allow" => Ok(Self(Effect::Allow)),
            "deny" => Ok(Self(Effect::Deny)),
            "require_approval" => Ok(Self(Effect::RequireApproval)),
            "redact" => Err("defaultEffect cannot be redact (it has no paths); use allow, deny or require_approval".into()),
            other => Err(format!("unknown defaultEffect `{other}`, expected allow, deny or require_approval")),
        }
        })
    }
}

/// String or list of strings, each a glob, at least one.
struct Globs(GlobSet);

impl<'de> Deserialize<'de> for Globs {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Globs;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a glob or a list of globs")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Globs, E> {
                let g = Glob::new(s).map_err(|e| E::custom(format!("{e} in {s:?}")))?;
                Ok(Globs(GlobSet(vec![g])))
            }
            fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Globs, S::Error> {
                let mut out = Vec::new();
                while let Some(g) = seq.next_element::<GlobText>()? {
                    out.push(g.0);
                }
                if out.is_empty() {
                    return Err(de::Error::custom(
                        "an empty list matches nothing; remove the key to match everything",
                    ));
                }
                Ok(Globs(GlobSet(out)))
            }
        }
        d.deserialize_any(V)
    }
}

struct GlobText(Glob);

impl<'de> Deserialize<'de> for GlobText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        condition::from_str_node(d, "a glob", |s| {
            Glob::new(s)
                .map(GlobText)
                .map_err(|e| format!("{e} in {s:?}"))
        })
    }
}

struct OneOrMany(Vec<String>);

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = OneOrMany;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string or a list of strings")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<OneOrMany, E> {
                Ok(OneOrMany(vec![s.to_owned()]))
            }
            fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<OneOrMany, S::Error> {
                let mut out = Vec::new();
                while let Some(s) = seq.next_element::<String>()? {
                    out.push(s);
                }
                Ok(OneOrMany(out))
            }
        }
        d.deserialize_any(V)
    }
}

/// A threat score threshold as written, on the scanners' `f32` scale.
struct Score(f32);

impl<'de> Deserialize<'de> for Score {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Score;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a threat score between 0 and 1")
            }
            fn visit_f64<E: de::Error>(self, n: f64) -> Result<Score, E> {
                if (0.0..=1.0).contains(&n) {
                    // The nearest f32, the same value a scanner's `0.9` literal has.
                    Ok(Score(n as f32))
                } else {
                    Err(E::custom(format!(
                        "a threat score is between 0 and 1, got {n}"
                    )))
                }
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Score, E> {
                self.visit_f64(n as f64)
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Score, E> {
                self.visit_f64(n as f64)
            }
        }
        d.deserialize_any(V)
    }
}

/// `30s`, `15m`, `1h`, `7d`, or a number of seconds; the text is kept for messages.
struct DurationText(std::time::Duration, String);

impl<'de> Deserialize<'de> for DurationText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = DurationText;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a duration like 30s, 15m, 1h, 7d, or seconds")
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<DurationText, E> {
                check_window(n, &n.to_string()).map_err(E::custom)
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<DurationText, E> {
                u64::try_from(n)
                    .map_err(|_| E::custom(format!("a window must be positive, got {n}")))
                    .and_then(|s| check_window(s, &n.to_string()).map_err(E::custom))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<DurationText, E> {
                parse_duration(s)
                    .and_then(|n| check_window(n, s))
                    .map_err(E::custom)
            }
        }
        d.deserialize_any(V)
    }
}

fn check_window(secs: u64, text: &str) -> Result<DurationText, String> {
    const MAX: u64 = 366 * 86_400;
    if secs == 0 || secs > MAX {
        return Err(format!(
            "a window is between 1s and 366d, got {text}; leave `window` out for a budget that lasts the whole session"
        ));
    }
    Ok(DurationText(
        std::time::Duration::from_secs(secs),
        text.to_owned(),
    ))
}

/// Seconds in `30s`, `15m`, `1h`, `7d` (also accepts a plain number).
pub fn parse_duration(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let (digits, unit) = match s.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => s.split_at(i),
        None => (s, "s"),
    };
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("invalid duration {s:?}: expected e.g. 30s, 15m, 1h, 7d"))?;
    let mult = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        _ => return Err(format!("invalid duration unit in {s:?}: use s, m, h or d")),
    };
    n.checked_mul(mult)
        .ok_or_else(|| format!("duration {s:?} is too large"))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBudget {
    #[serde(default)]
    per: Option<Scope2>,
    #[serde(default)]
    sum: Option<condition::PathText>,
    #[serde(default)]
    count: Option<bool>,
    limit: f64,
    /// Absent: the budget runs for the whole session (or agent).
    #[serde(default)]
    window: Option<DurationText>,
    /// Rules naming the same key draw on one running total.
    #[serde(default)]
    key: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum Scope2 {
    Session,
    Agent,
}

impl RawBudget {
    fn compile(self) -> Result<Budget, String> {
        let measure = match (self.sum, self.count) {
            (Some(p), None | Some(false)) => {
                if p.0.has_wildcard() {
                    return Err("budget `sum` needs a path to one value (no wildcards)".into());
                }
                Measure::Sum(p.0)
            }
            (None, Some(true)) => Measure::Count,
            (Some(_), Some(true)) => {
                return Err("a budget has either `sum: PATH` or `count: true`, not both".into())
            }
            (None, _) => {
                return Err("a budget needs `sum: PATH` (an argument) or `count: true`".into())
            }
        };
        if !self.limit.is_finite() || self.limit < 0.0 {
            return Err(format!(
                "budget limit must be a number >= 0, got {}",
                self.limit
            ));
        }
        if let Some(k) = &self.key {
            if !valid_id(k) {
                return Err(format!(
                    "budget key {k:?} must be 1-128 characters of letters, digits, - _ . : /"
                ));
            }
        }
        Ok(Budget {
            scope: match self.per {
                Some(Scope2::Agent) => Scope::Agent,
                Some(Scope2::Session) | None => Scope::Session,
            },
            measure,
            limit: self.limit,
            window: self.window.as_ref().map(|w| w.0),
            window_text: self.window.map(|w| w.1),
            key: self.key,
        })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct RawRule {
    id: String,
    reason: String,
    #[serde(default)]
    methods: Option<Globs>,
    #[serde(default)]
    tools: Option<Globs>,
    #[serde(default)]
    servers: Option<Globs>,
    #[serde(default)]
    agents: Option<Globs>,
    #[serde(default)]
    roles: Option<OneOrMany>,
    #[serde(default)]
    roles_all: Option<OneOrMany>,
    #[serde(default)]
    min_trust: Option<Trust>,
    #[serde(default)]
    min_threat: Option<Score>,
    #[serde(default)]
    when: Option<Condition>,
    #[serde(default)]
    budget: Option<BudgetSpec>,
    effect: Effect,
    #[serde(default)]
    redact: Option<Vec<condition::PathText>>,
    #[serde(default)]
    severity: Option<Severity>,
}

/// A budget, checked where it is written.
struct BudgetSpec(Budget);

impl<'de> Deserialize<'de> for BudgetSpec {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = BudgetSpec;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a budget mapping")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<BudgetSpec, A::Error> {
                let raw = RawBudget::deserialize(de::value::MapAccessDeserializer::new(map))?;
                raw.compile().map(BudgetSpec).map_err(de::Error::custom)
            }
        }
        d.deserialize_map(V)
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 128
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':' | b'/'))
}

fn role_list(id: &str, key: &str, roles: Option<OneOrMany>) -> Result<Option<Vec<String>>, String> {
    match roles {
        Some(r) if r.0.is_empty() => Err(format!(
            "rule `{id}`: an empty {key} list matches nobody; remove the key"
        )),
        r => Ok(r.map(|r| r.0)),
    }
}

fn compile_rule(raw: RawRule, earlier: &[Rule]) -> Result<Rule, String> {
    if !valid_id(&raw.id) {
        return Err(format!(
            "rule id {:?} must be 1-128 characters of letters, digits, - _ . : /",
            raw.id
        ));
    }
    if raw.id == "default" {
        return Err("rule id `default` is reserved for the default effect".into());
    }
    if earlier.iter().any(|r| r.id == raw.id) {
        return Err(format!("duplicate rule id `{}`", raw.id));
    }
    if raw.reason.trim().is_empty() {
        return Err(format!("rule `{}` needs a non-empty reason", raw.id));
    }
    let redact: Vec<ArgPath> = raw
        .redact
        .unwrap_or_default()
        .into_iter()
        .map(|p| p.0)
        .collect();
    match (raw.effect, redact.is_empty()) {
        (Effect::Redact, true) => {
            return Err(format!(
                "rule `{}`: effect redact needs `redact:` with at least one argument path",
                raw.id
            ))
        }
        (Effect::Redact, false) => {}
        (_, false) => {
            return Err(format!(
                "rule `{}`: `redact:` only applies to effect redact",
                raw.id
            ))
        }
        (_, true) => {}
    }
    if let Some(p) = redact.iter().find(|p| p.has_descendant()) {
        return Err(format!(
            "rule `{}`: redact path `{p}` uses `**`, which would mask everything",
            raw.id
        ));
    }
    let roles = role_list(&raw.id, "roles", raw.roles)?;
    let roles_all = role_list(&raw.id, "rolesAll", raw.roles_all)?;
    let budget = raw.budget.map(|b| b.0);
    if let (Some(b), Some(key)) = (&budget, budget.as_ref().and_then(|b| b.key.as_deref())) {
        let other = earlier.iter().find_map(|r| {
            r.budget
                .as_ref()
                .filter(|o| o.key.as_deref() == Some(key))
                .map(|o| (r, o))
        });
        if let Some((r, o)) = other {
            if o.scope != b.scope || o.limit != b.limit || o.window != b.window {
                return Err(format!(
                    "rule `{}`: budget key `{key}` is shared with rule `{}`, so per, limit and window must be the same as there",
                    raw.id, r.id
                ));
            }
        }
    }
    Ok(Rule {
        id: raw.id,
        reason: raw.reason,
        methods: raw.methods.map(|g| g.0),
        tools: raw.tools.map(|g| g.0),
        servers: raw.servers.map(|g| g.0),
        agents: raw.agents.map(|g| g.0),
        roles,
        roles_all,
        min_trust: raw.min_trust,
        min_threat: raw.min_threat.map(|s| s.0),
        when: raw.when,
        budget,
        effect: raw.effect,
        redact,
        severity: raw.severity.unwrap_or(Severity::Medium),
    })
}

/// What is worth a warning about a rule that loads.
fn rule_warnings(rule: &Rule, earlier: &[Rule]) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(shadow) = earlier.iter().find(|e| e.shadows(rule)) {
        out.push(format!(
            "rule `{}` is unreachable: the earlier rule `{}` has no conditions and matches every call this one could",
            rule.id, shadow.id
        ));
    }
    if rule.effect == Effect::Redact {
        out.push(format!(
            "rule `{}` redacts arguments, which only the wasm filter can do: on Envoy's ext_authz path (Check) the call is denied, or forwarded unredacted with policy.checkRedactFallback: allow",
            rule.id
        ));
    }
    out
}

struct RulesSeed<'a>(&'a Pass);

impl<'de> DeserializeSeed<'de> for RulesSeed<'_> {
    type Value = Vec<Rule>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Vec<Rule>, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for RulesSeed<'_> {
    type Value = Vec<Rule>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of rules")
    }

    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Vec<Rule>, S::Error> {
        let mut rules: Vec<Rule> = Vec::new();
        for index in 0.. {
            if self.0.skip.borrow().contains(&index) {
                if seq.next_element::<de::IgnoredAny>()?.is_none() {
                    break;
                }
                continue;
            }
            self.0.current.set(Some(index));
            let seed = RuleSeed {
                pass: self.0,
                index,
                earlier: &rules,
            };
            let Some(rule) = seq.next_element_seed(seed)? else {
                break;
            };
            self.0.current.set(None);
            if rules.len() == MAX_RULES {
                return Err(de::Error::custom(format!("more than {MAX_RULES} rules")));
            }
            rules.push(rule);
        }
        self.0.current.set(None);
        Ok(rules)
    }
}

/// Deserializes one rule knowing the earlier ones, so rule-level errors
/// (duplicates, unreachable) are raised inside the rule's mapping and carry its
/// position.
struct RuleSeed<'a> {
    pass: &'a Pass,
    index: usize,
    earlier: &'a [Rule],
}

impl<'de> DeserializeSeed<'de> for RuleSeed<'_> {
    type Value = Rule;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Rule, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for RuleSeed<'_> {
    type Value = Rule;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a rule mapping (id, reason, effect, ...)")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Rule, A::Error> {
        let raw = RawRule::deserialize(de::value::MapAccessDeserializer::new(map))?;
        let rule = compile_rule(raw, self.earlier).map_err(de::Error::custom)?;
        if !self.pass.quiet.get() && !self.pass.warned.borrow().contains(&self.index) {
            let warnings = rule_warnings(&rule, self.earlier);
            if !warnings.is_empty() {
                // Raised as an error only to learn the rule's position.
                let message = warnings.join("; ");
                self.pass.warning.replace(Some(message.clone()));
                return Err(de::Error::custom(message));
            }
        }
        Ok(rule)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(yaml: &str) -> Result<Policy, PolicyError> {
        Policy::from_yaml(yaml, "p.yaml")
    }

    fn err(yaml: &str) -> PolicyError {
        parse(yaml).unwrap_err()
    }

    const MINI: &str = r#"
name: mini
version: 2
rules:
  - id: read
    reason: reads are fine
    tools: ["kb.*", orders.get]
    effect: allow
  - id: refund
    reason: small refunds
    tools: billing.refund
    roles: [support-agent]
    when: {path: amount, op: lt, value: 500}
    budget: {per: session, sum: amount, limit: 2000, window: 1h}
    effect: allow
  - id: mail
    reason: no blind copies
    tools: email.send
    effect: redact
    redact: [bcc]
"#;

    #[test]
    fn parses_a_policy() {
        let p = parse(MINI).unwrap();
        assert_eq!(p.name, "mini");
        assert_eq!(p.version, "2");
        assert_eq!(p.default_effect, Effect::Deny);
        assert_eq!(p.rules.len(), 3);
        let refund = p.rule("refund").unwrap();
        let b = refund.budget.as_ref().unwrap();
        assert_eq!(b.scope, Scope::Session);
        assert_eq!(b.limit, 2000.0);
        assert_eq!(b.window.unwrap().as_secs(), 3600);
        assert_eq!(p.rule("mail").unwrap().redact[0].as_str(), "bcc");
    }

    #[test]
    fn unknown_keys_have_line_and_column() {
        let e = err("name: x\nrules:\n  - id: a\n    reason: r\n    effect: allow\n    tool: x\n");
        assert_eq!((e.line, e.column), (Some(6), Some(5)), "{e}");
        assert!(e.message.contains("unknown field `tool`"), "{e}");
        assert!(e.to_string().starts_with("p.yaml:6:5: "), "{e}");
        let e = err("name: x\nrule: []\n");
        assert!(e.message.contains("unknown field `rule`"), "{e}");
    }

    #[test]
    fn repeated_keys_are_errors_at_every_level() {
        // A second `rules` would replace the first one a reviewer read.
        let e = err("name: x\nrules: []\nname: y\n");
        assert!(e.message.contains("duplicate field `name`"), "{e}");
        let e = err("name: x\nrules:\n  - id: a\n    reason: r\n    effect: deny\nrules: []\n");
        assert!(e.message.contains("duplicate field `rules`"), "{e}");
        let e =
            err("name: x\nrules:\n  - id: a\n    reason: r\n    effect: deny\n    effect: allow\n");
        assert!(e.message.contains("duplicate field `effect`"), "{e}");
    }

    #[test]
    fn bad_operator_and_regex_point_at_the_value() {
        let e = err("name: x\nrules:\n  - id: a\n    reason: r\n    effect: deny\n    when: {path: a, op: matches, value: x}\n");
        assert_eq!(e.line, Some(6), "{e}");
        assert!(e.message.contains("unknown operator `matches`"), "{e}");
        let e = err("name: x\nrules:\n  - id: a\n    reason: r\n    effect: deny\n    when:\n      path: a\n      op: regex\n      value: '[z-a]'\n");
        assert_eq!((e.line, e.column), (Some(9), Some(14)), "{e}");
        assert!(e.message.contains("invalid regex"), "{e}");
    }

    fn warnings(yaml: &str) -> Vec<PolicyError> {
        parse(yaml).unwrap().warnings
    }

    #[test]
    fn unreachable_rules_are_warnings_at_the_rule() {
        let w = warnings("name: x\nrules:\n  - id: all\n    reason: r\n    effect: deny\n  - id: never\n    reason: r\n    tools: x\n    effect: allow\n");
        assert_eq!(w.len(), 1, "{w:?}");
        assert_eq!(w[0].line, Some(6), "{}", w[0]);
        assert!(
            w[0].message.contains("rule `never` is unreachable"),
            "{}",
            w[0]
        );
        assert!(w[0].message.contains("`all`"), "{}", w[0]);
        // Prefix globs shadow narrower ones; conditions prevent shadowing.
        let w = warnings("name: x\nrules:\n  - {id: a, reason: r, tools: 'fs.*', effect: deny}\n  - {id: b, reason: r, tools: [fs.read, 'fs.w*'], effect: allow}\n");
        assert!(w[0].message.contains("rule `b` is unreachable"), "{w:?}");
        let w = warnings("name: x\nrules:\n  - {id: a, reason: r, tools: 'fs.*', effect: deny}\n  - {id: b, reason: r, tools: 'fs.[rw]*', effect: allow}\n");
        assert!(w[0].message.contains("rule `b` is unreachable"), "{w:?}");
        assert!(warnings("name: x\nrules:\n  - {id: a, reason: r, tools: 'fs.*', roles: [x], effect: deny}\n  - {id: b, reason: r, tools: fs.read, effect: allow}\n").is_empty());
        assert!(warnings("name: x\nrules:\n  - {id: a, reason: r, tools: 'fs.*', rolesAll: [x], effect: deny}\n  - {id: b, reason: r, tools: fs.read, effect: allow}\n").is_empty());
        assert!(warnings("name: x\nrules:\n  - {id: a, reason: r, tools: 'fs.*', effect: deny}\n  - {id: b, reason: r, tools: 'f*', effect: allow}\n").is_empty());
        // A tools criterion does not shadow a rule for tool-less methods.
        assert!(warnings("name: x\nrules:\n  - {id: a, reason: r, tools: '*', effect: deny}\n  - {id: b, reason: r, methods: initialize, effect: allow}\n").is_empty());
        let w = warnings("name: x\nrules:\n  - {id: a, reason: r, methods: '*', effect: deny}\n  - {id: b, reason: r, methods: initialize, effect: allow}\n");
        assert!(w[0].message.contains("unreachable"), "{w:?}");
    }

    #[test]
    fn redaction_warns_about_the_check_path() {
        let w = warnings("name: x\nrules:\n  - {id: a, reason: r, tools: t, effect: allow}\n  - {id: mail, reason: r, tools: m, effect: redact, redact: [bcc]}\n");
        assert_eq!(w.len(), 1, "{w:?}");
        assert_eq!(w[0].line, Some(4));
        assert!(w[0].message.contains("ext_authz path (Check)"), "{}", w[0]);
    }

    #[test]
    fn every_bad_rule_is_reported_with_its_place() {
        let yaml = "name: x\nrules:\n  - {id: a, reason: r, effect: allow, min_threat: 0.5}\n  - {id: b, reason: r, effect: allow, tools: 'fs.[rw'}\n  - {id: c, reason: r, effect: allow, budget: {count: true, limit: 1, window: 400d}}\n  - {id: ok, reason: r, tools: t, effect: allow}\n  - {id: ok, reason: r, tools: u, effect: allow}\n";
        let e = err(yaml);
        let all: Vec<&PolicyError> = e.all().collect();
        assert_eq!(all.len(), 4, "{e}");
        assert_eq!(
            all.iter().map(|e| e.line.unwrap()).collect::<Vec<_>>(),
            [3, 4, 5, 7],
            "{e}"
        );
        assert!(
            all[0]
                .message
                .contains("keys are camelCase, write `minThreat`"),
            "{e}"
        );
        assert!(
            all[1].message.contains("unterminated character class"),
            "{e}"
        );
        assert!(all[2].message.contains("got 400d"), "{e}");
        assert!(all[3].message.contains("duplicate rule id `ok`"), "{e}");
        assert_eq!(e.to_string().lines().count(), 4, "{e}");
        assert!(
            e.to_string().lines().all(|l| l.starts_with("p.yaml:")),
            "{e}"
        );
    }

    #[test]
    fn old_snake_case_keys_name_the_new_ones() {
        for (old, new) in [
            ("default_effect: deny", "defaultEffect"),
            ("default_reason: no", "defaultReason"),
        ] {
            let e = err(&format!("name: x\n{old}\nrules: []\n"));
            assert!(e.message.contains(&format!("write `{new}`")), "{e}");
            assert_eq!(e.line, Some(2));
        }
        for (old, new) in [
            ("min_trust: high", "minTrust"),
            ("min_threat: 0.5", "minThreat"),
            ("roles_all: [a]", "rolesAll"),
        ] {
            let e = err(&format!(
                "name: x\nrules:\n  - {{id: a, reason: r, effect: allow, {old}}}\n"
            ));
            assert!(e.message.contains(&format!("write `{new}`")), "{e}");
        }
    }

    #[test]
    fn shared_and_session_long_budgets() {
        let p = parse("name: x\nrules:\n  - {id: refund, reason: r, tools: refund, budget: {sum: amount, limit: 2000, key: money}, effect: allow}\n  - {id: credit, reason: r, tools: credit, budget: {sum: value, limit: 2000, key: money}, effect: allow}\n").unwrap();
        let b = p.rule("credit").unwrap().budget.as_ref().unwrap();
        assert_eq!((b.key.as_deref(), b.window), (Some("money"), None));
        assert_eq!(b.total("credit"), "money");
        let e = err("name: x\nrules:\n  - {id: refund, reason: r, tools: refund, budget: {sum: amount, limit: 2000, key: money}, effect: allow}\n  - {id: credit, reason: r, tools: credit, budget: {sum: value, limit: 100, key: money}, effect: allow}\n");
        assert!(
            e.message
                .contains("budget key `money` is shared with rule `refund`"),
            "{e}"
        );
        assert_eq!(e.line, Some(4));
    }

    #[test]
    fn rule_level_checks() {
        for (yaml, expected) in [
            ("name: x\nrules:\n  - {id: a, reason: r, effect: allow}\n  - {id: a, reason: r, tools: t, effect: allow}\n", "duplicate rule id"),
            ("name: x\nrules:\n  - {id: a, reason: r, effect: redact}\n", "needs `redact:`"),
            ("name: x\nrules:\n  - {id: a, reason: r, effect: allow, redact: [x]}\n", "only applies to effect redact"),
            ("name: x\nrules:\n  - {id: a, reason: r, effect: redact, redact: ['**']}\n", "`**`"),
            ("name: x\nrules:\n  - {id: a, reason: ' ', effect: allow}\n", "non-empty reason"),
            ("name: x\nrules:\n  - {id: 'a b', reason: r, effect: allow}\n", "rule id"),
            ("name: x\nrules:\n  - {id: default, reason: r, effect: allow}\n", "reserved"),
            ("name: x\nrules:\n  - {id: a, reason: r, effect: maybe}\n", "unknown variant `maybe`"),
            ("name: x\nrules:\n  - {id: a, reason: r, effect: allow, minTrust: root}\n", "unknown variant `root`"),
            ("name: x\nrules:\n  - {id: a, reason: r, effect: allow, minThreat: 2}\n", "between 0 and 1"),
            ("name: x\nrules:\n  - {id: a, reason: r, effect: allow, tools: []}\n", "empty list"),
            ("name: x\nrules:\n  - {id: a, reason: r, effect: allow, roles: []}\n", "empty roles"),
            ("name: x\nrules:\n  - {id: a, reason: r, effect: allow, budget: {limit: 1, window: 1h}}\n", "`count: true`"),
            ("name: x\nrules:\n  - {id: a, reason: r, effect: allow, budget: {count: true, limit: 1, window: 1y}}\n", "duration unit"),
            ("name: x\nrules:\n  - {id: a, reason: r, effect: allow, budget: {count: true, limit: -1, window: 1h}}\n", "limit must be"),
            ("name: x\nrules:\n  - {id: a, reason: r, effect: allow, budget: {sum: 'a[*]', limit: 1, window: 1h}}\n", "no wildcards"),
            ("name: x\nrules:\n  - {id: a, reason: r, effect: allow, budget: {count: true, limit: 1, window: 1h, per: team}}\n", "unknown variant `team`"),
            ("name: x\ndefaultEffect: redact\nrules: []\n", "defaultEffect cannot be redact"),
            ("rules: []\n", "missing field `name`"),
            ("name: x\nrules:\n  - id: a\n   bad indent\n", ""),
        ] {
            let e = err(yaml);
            assert!(e.message.contains(expected), "{yaml}: {e}");
            assert!(e.line.is_some(), "{yaml}: no line in {e}");
        }
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_text_never_panics(text in "[ -~\n]{0,200}") {
            let _ = parse(&text);
        }

        #[test]
        fn mangled_policies_never_panic(cut in 0usize..400, junk in "[ -~\n]{0,12}") {
            let mut text = MINI.to_owned();
            let at = cut.min(text.len());
            text.insert_str(at, &junk);
            let _ = parse(&text);
        }
    }

    #[test]
    fn thresholds_compare_on_the_scanners_scale() {
        let p = parse("name: x\nrules:\n  - {id: a, reason: r, minThreat: 0.9, effect: deny}\n")
            .unwrap();
        assert_eq!(p.rules[0].min_threat, Some(0.9f32));
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("30s").unwrap(), 30);
        assert_eq!(parse_duration("15m").unwrap(), 900);
        assert_eq!(parse_duration("2h").unwrap(), 7200);
        assert_eq!(parse_duration("1d").unwrap(), 86_400);
        assert_eq!(parse_duration("45").unwrap(), 45);
        assert!(parse_duration("h").is_err());
        assert!(parse_duration("1w").is_err());
    }
}
