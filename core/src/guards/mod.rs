//! Native guards: the checks that run on every MCP message, inline, in microseconds.
//!
//! Shared vocabulary for every guard lives here: what a guard found ([`Finding`]),
//! what to do about it ([`Action`]), and what to do when the guard itself fails
//! ([`FailureMode`]). Each guard is its own module with its own config type.

use serde::{Deserialize, Serialize};

/// What a guard's findings lead to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Action {
    /// Answer with a JSON-RPC error instead of forwarding.
    Deny,
    /// Forward, record the finding.
    Warn,
    /// Mask what matched in place and forward (DLP, argument paths).
    Redact,
    /// Drop the offending tool from a `tools/list` result and forward the rest.
    Filter,
}

/// What happens when a guard cannot reach a verdict (bad input it cannot read,
/// a limit hit). Deny is the default everywhere.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum FailureMode {
    #[default]
    Deny,
    Allow,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Severity {
    Low,
    Medium,
    High,
    Critical,
}

/// Where in the message a finding points.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    /// The tool concerned, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool: Option<String>,
    /// A JSON pointer-like path to the field (`description`,
    /// `inputSchema.properties.path.description`, `arguments.query`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Character offsets of the match inside that field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<(usize, usize)>,
}

/// One thing a guard found.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// The guard's id (`tool_poisoning`, `rug_pull`, `dlp`, ...).
    pub guard: String,
    /// Stable snake_case code for this kind of finding.
    pub code: String,
    pub severity: Severity,
    /// 0.0 ..= 1.0; how sure the guard is, and how bad.
    pub score: f32,
    /// Human-readable: names what matched and where, never echoes a secret.
    pub message: String,
    #[serde(default)]
    pub location: Location,
}

pub mod acl;
mod clean_words;
pub mod dlp;
mod json_path;
pub mod learned;
pub mod normalize;
pub mod pinning;
pub mod poisoning;
mod rule_file;
pub mod shadowing;
pub mod spoofing;
pub mod threats;
pub mod tools_list;

pub(crate) use clean_words::CleanWords;
pub(crate) use json_path::JsonPaths;

impl Action {
    /// How strong an action is when several guards disagree: the strongest wins.
    /// `Redact` sits between warn and filter: it changes what is forwarded but
    /// still forwards it.
    pub fn rank(self) -> u8 {
        match self {
            Self::Warn => 1,
            Self::Redact => 2,
            Self::Filter => 3,
            Self::Deny => 4,
        }
    }

    /// The stronger of two optional actions.
    pub fn strongest(a: Option<Self>, b: Option<Self>) -> Option<Self> {
        match (a, b) {
            (Some(x), Some(y)) => Some(if y.rank() > x.rank() { y } else { x }),
            (x, None) => x,
            (None, y) => y,
        }
    }
}

/// The threat score a policy's `minThreat` compares: the highest of the given
/// scores (argument threat scores and every finding's score, DLP included),
/// clamped to 0..1, non-finite values ignored. One type, `f32`, from the scanners
/// to the comparison, so a finding scored 0.9 meets `minThreat: 0.9` exactly.
pub fn threat_score(scores: impl IntoIterator<Item = f32>) -> f32 {
    scores
        .into_iter()
        .filter(|s| s.is_finite())
        .fold(0.0f32, f32::max)
        .clamp(0.0, 1.0)
}

impl Severity {
    /// Severity bands used by scored guards: a score says how sure and how bad,
    /// the band is what dashboards group by.
    pub fn from_score(score: f32) -> Self {
        if score >= 0.85 {
            Self::Critical
        } else if score >= 0.6 {
            Self::High
        } else if score >= 0.35 {
            Self::Medium
        } else {
            Self::Low
        }
    }
}

impl Finding {
    pub fn new(
        guard: &str,
        code: &str,
        severity: Severity,
        score: f32,
        message: impl Into<String>,
    ) -> Self {
        Self {
            guard: guard.to_owned(),
            code: code.to_owned(),
            severity,
            score: score.clamp(0.0, 1.0),
            message: message.into(),
            location: Location::default(),
        }
    }

    pub fn with_tool(mut self, tool: &str) -> Self {
        self.location.tool = Some(tool.to_owned());
        self
    }

    pub fn with_field(mut self, field: &str) -> Self {
        self.location.field = Some(field.to_owned());
        self
    }

    pub fn with_span(mut self, span: (usize, usize)) -> Self {
        self.location.span = Some(span);
        self
    }
}

/// Keys are words and integers the guard derived, or one list's own field
/// texts: crafted collisions could only slow a list the body limit already
/// bounds, and SipHash (keyed against them) costs more than the lookups it
/// serves. FxHash reads a key a word at a time.
pub(crate) type FastBuild = rustc_hash::FxBuildHasher;

/// A finding together with what the guard that raised it wants done.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Detection {
    pub action: Action,
    pub finding: Finding,
}

impl Detection {
    pub fn new(action: Action, finding: Finding) -> Self {
        Self { action, finding }
    }
}
