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
pub mod dlp;
pub mod threats;
