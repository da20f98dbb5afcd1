//! What the sidecar decides about one MCP message.
//!
//! Both entry points (`Authorization/Check` for Envoy's native ext_authz and
//! `DecisionService/Decide` for the wasm filter) reduce a message to [`Facts`] and
//! ask a [`Decider`]: the [`crate::engine::Engine`] (identity, sessions, agents,
//! the tool deny list, the policy, approvals) in the server; [`ToolDenyList`]
//! alone where only the list matters.

use warden_core::glob::GlobSet;
use warden_core::mcp::Method;
use warden_core::reply::{codes, Denial};

use crate::config::RedactFallback;
use crate::identity::IdentityFacts;
use crate::policy::BudgetState;

pub use warden_core::reply::{TOOL_DENIED, TOOL_DENY_LIST_GUARD};

/// What is known about one message when it is decided.
#[derive(Clone, Copy, Debug, Default)]
pub struct Facts<'a> {
    /// JSON-RPC method as sent (`tools/call`, `tools/list`, ...).
    pub method: &'a str,
    /// Tool name for `tools/call`.
    pub tool: Option<&'a str>,
    /// The call's `arguments` as JSON text, when present.
    pub arguments_json: Option<&'a str>,
    /// Who is calling, as far as the request says.
    pub identity: IdentityFacts<'a>,
    /// `Mcp-Session-Id`.
    pub session_id: Option<&'a str>,
    /// The upstream MCP server's name.
    pub server: Option<&'a str>,
    /// The URL the upstream is reached at, when the caller knows it.
    pub server_url: Option<&'a str>,
    /// The JSON-RPC id as JSON text.
    pub request_id: Option<&'a str>,
    /// Highest threat score known for the arguments (0..1), see
    /// [`warden_core::guards::threat_score`].
    pub threat_score: f32,
    /// A response held for the WebAssembly guards: the `tools/list` result's
    /// tools array or the `tools/call` result object (JSON text). `None`: a
    /// request.
    pub result_json: Option<&'a str>,
}

/// What to do with the message.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Allow,
    /// Forward after masking these argument paths (dotted, see
    /// `warden_core::argpath`).
    Redact(Vec<String>),
    /// Answer with this error.
    Deny(Denial),
    /// Forward with these arguments (JSON object text): a WebAssembly guard
    /// rewrote the call.
    Modify(String),
    /// Answer with this error (`approval_required`, the approval id in
    /// `details.approvalId`) until a human approves.
    RequireApproval(Denial),
}

/// A decision and what it rests on (for the reply, logs and audit).
#[derive(Clone, Debug, PartialEq)]
pub struct Decision {
    pub outcome: Outcome,
    /// The policy rule (or `default`, or a guard) that decided.
    pub rule_id: Option<String>,
    pub reason: Option<String>,
    /// The resolved agent principal.
    pub agent: Option<String>,
    /// The matched rule's budget, when it has one.
    pub budget: Option<BudgetState>,
    /// How long (ms) the filter may give this answer again to the same
    /// caller asking about the same method, tool, server and session without
    /// asking (`DecideResponse.cache_ttl_ms`). 0: ask every time.
    pub reuse_ms: u32,
}

impl Decision {
    pub fn allow() -> Self {
        Self {
            outcome: Outcome::Allow,
            rule_id: None,
            reason: None,
            agent: None,
            budget: None,
            reuse_ms: 0,
        }
    }

    pub fn deny(denial: Denial) -> Self {
        Self {
            rule_id: denial.guard.clone(),
            reason: Some(denial.message.clone()),
            outcome: Outcome::Deny(denial),
            agent: None,
            budget: None,
            reuse_ms: 0,
        }
    }

    pub fn is_allow(&self) -> bool {
        matches!(self.outcome, Outcome::Allow)
    }

    /// The denial, for `Deny` and `RequireApproval`.
    pub fn denial(&self) -> Option<&Denial> {
        match &self.outcome {
            Outcome::Deny(d) | Outcome::RequireApproval(d) => Some(d),
            _ => None,
        }
    }

    /// For a path that cannot rewrite the request (ext_authz `Check`): a
    /// redact decision becomes the fallback's allow (unredacted) or deny
    /// (`redaction_unsupported`); anything else is unchanged.
    pub fn without_redaction(self, fallback: RedactFallback) -> Self {
        let Outcome::Redact(paths) = &self.outcome else {
            return self;
        };
        let rule = self.rule_id.clone().unwrap_or_default();
        match fallback {
            RedactFallback::Allow => Self {
                outcome: Outcome::Allow,
                reason: Some(format!(
                    "{}redaction is not possible on the ext_authz path: allowed unredacted (checkRedactFallback: allow)",
                    self.reason.as_deref().map(|r| format!("{r}; ")).unwrap_or_default()
                )),
                ..self
            },
            RedactFallback::Deny => {
                let denial = Denial::new(
                    codes::DENIED,
                    "redaction_unsupported",
                    format!(
                        "Warden must redact {} of this call (rule {rule}), which its ext_authz path cannot do; the call was not forwarded",
                        paths.join(", ")
                    ),
                )
                .with_guard(rule);
                Self {
                    reason: Some(denial.message.clone()),
                    outcome: Outcome::Deny(denial),
                    ..self
                }
            }
        }
    }

    /// Short effect name for logs and metrics.
    pub fn effect_name(&self) -> &'static str {
        match self.outcome {
            Outcome::Allow => "allow",
            Outcome::Redact(_) => "redact",
            Outcome::Modify(_) => "modify",
            Outcome::Deny(_) => "deny",
            Outcome::RequireApproval(_) => "require_approval",
        }
    }
}

/// Decides one message. Synchronous and quick: state lives behind locks held
/// for microseconds, durable writes happen on a background thread.
pub trait Decider: Send + Sync + 'static {
    fn decide(&self, facts: &Facts<'_>) -> Decision;

    /// Decide and record the decision in the audit log; `codes` are the
    /// filter's guard finding codes for the record. In strict audit mode the
    /// returned [`crate::audit::Pending`] must resolve before the decision may
    /// take effect.
    fn decide_audited(
        &self,
        facts: &Facts<'_>,
        _codes: &[String],
    ) -> (Decision, Option<crate::audit::Pending>) {
        (self.decide(facts), None)
    }

    /// Record a refusal made before any decision was asked for (a parse
    /// error, a guard, a limit on the ext_authz path): `code`, `rule` (the
    /// guard) and `reason` as answered.
    fn record_local(&self, _facts: &Facts<'_>, _code: &str, _rule: &str, _reason: &str) {}

    /// Whether every decision is recorded: an answer the filter reuses must
    /// then be recorded by the filter instead.
    fn records_decisions(&self) -> bool {
        false
    }

    /// Decide for a path that cannot rewrite the request (ext_authz `Check`):
    /// a redact decision becomes `fallback`'s allow or deny *before* it is
    /// counted and recorded, so the record says what was done. `codes` are
    /// the guards' finding codes for the record.
    fn decide_unredactable(
        &self,
        facts: &Facts<'_>,
        _codes: &[String],
        fallback: RedactFallback,
    ) -> Decision {
        self.decide(facts).without_redaction(fallback)
    }
}

/// Denies `tools/call` for tools on the list (exact names or globs); allows
/// everything else.
#[derive(Clone, Debug, Default)]
pub struct ToolDenyList {
    denied: GlobSet,
}

impl ToolDenyList {
    pub fn new(denied: GlobSet) -> Self {
        Self { denied }
    }
}

impl ToolDenyList {
    /// The denial for a `tools/call` of a listed tool, if it is one.
    pub fn check(&self, method: &str, tool: Option<&str>) -> Option<Denial> {
        if Method::parse(method) != Method::ToolsCall {
            return None;
        }
        let tool = tool?;
        // Look-alikes of a listed name are that name (as in the filter).
        self.denied
            .matches_name(tool)
            .map(|glob| Denial::tool_denied(glob.as_str()))
    }

    pub fn is_empty(&self) -> bool {
        self.denied.is_empty()
    }
}

impl Decider for ToolDenyList {
    fn decide(&self, facts: &Facts<'_>) -> Decision {
        match self.check(facts.method, facts.tool) {
            Some(denial) => Decision::deny(denial),
            None => Decision::allow(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use warden_core::glob::Glob;
    use warden_core::reply::codes;

    fn list(patterns: &[&str]) -> ToolDenyList {
        ToolDenyList::new(GlobSet(
            patterns.iter().map(|p| Glob::new(p).unwrap()).collect(),
        ))
    }

    fn call(tool: &str) -> Facts<'_> {
        Facts {
            method: "tools/call",
            tool: Some(tool),
            ..Facts::default()
        }
    }

    #[test]
    fn denies_exact_names_and_globs() {
        let d = list(&["exec_shell", "fs.*"]);
        for tool in ["exec_shell", "fs.write", "fs."] {
            let Outcome::Deny(denial) = d.decide(&call(tool)).outcome else {
                panic!("{tool} allowed");
            };
            assert_eq!(denial.rpc_code, codes::DENIED);
            assert_eq!(denial.code, TOOL_DENIED);
            assert_eq!(denial.guard.as_deref(), Some(TOOL_DENY_LIST_GUARD));
            // The rule is named, the caller's text is not quoted.
            // (Here only `fs.write` is not itself part of an entry.)
            if tool == "fs.write" {
                assert!(!denial.message.contains(tool), "{}", denial.message);
            }
        }
        // Look-alikes (case, invisible characters, homoglyphs) are the listed name.
        for tool in ["Exec_shell", "exec\u{200B}_shell", "\u{0435}xec_shell"] {
            assert!(!d.decide(&call(tool)).is_allow(), "{tool:?} allowed");
        }
        for tool in ["exec_shell2", "fsx", "read_file"] {
            assert!(d.decide(&call(tool)).is_allow(), "{tool} denied");
        }
    }

    #[test]
    fn only_tools_call_is_checked() {
        let d = list(&["*"]);
        for method in ["tools/list", "initialize", "resources/read", "tools/call "] {
            let facts = Facts {
                method,
                tool: Some("x"),
                ..Facts::default()
            };
            assert!(d.decide(&facts).is_allow(), "{method} denied");
        }
    }

    #[test]
    fn message_names_the_tool_and_the_entry() {
        let d = list(&["fs.*"]);
        let Outcome::Deny(denial) = d.decide(&call("fs.write")).outcome else {
            panic!("allowed");
        };
        assert_eq!(
            denial.message,
            "Warden denied this tools/call: the tool matches deny-list entry 'fs.*'"
        );
    }
}
