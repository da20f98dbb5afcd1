//! `warden explain`: evaluate a policy on described calls and say which rule
//! matched and why every earlier rule did not.
//!
//! A described call is one JSON object; the same shape is used by the scenario
//! files (`examples/policy-scenario.jsonl`, one call per line):
//!
//! ```json
//! {"label": "small refund", "agent": "support-1", "roles": ["support-agent"],
//!  "session": "s-1", "tool": "billing.refund", "arguments": {"amount": 450},
//!  "expect": "allow"}
//! ```
//!
//! `method` defaults to `tools/call`; `trust` (low|medium|high|admin) to `low`;
//! `threat` to 0; `agent` to `anonymous`. `expect` and `label` are for scenario
//! checks and reports.

use std::fmt::Write as _;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::policy::{Budgets, CallFacts, Effect, Policy, Step, Trust};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DescribedCall {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arguments: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent: Option<String>,
    #[serde(default)]
    pub roles: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trust: Option<Trust>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threat: Option<f32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect: Option<Effect>,
}

impl DescribedCall {
    /// The call as the JSON-RPC request body an MCP client sends.
    pub fn body(&self, id: usize) -> String {
        serde_json::json!({
            "jsonrpc": "2.0", "id": id, "method": self.method(),
            "params": {"name": self.tool, "arguments": self.arguments.clone().unwrap_or(serde_json::json!({}))},
        })
        .to_string()
    }

    /// Fill in `threat` (when the call does not give one) with what the core
    /// request pipeline, run with `guards` as the filter runs it, would send to
    /// the policy: the highest argument-threat and finding score.
    pub fn score_with(&mut self, engine: &warden_core::pipeline::Engine) {
        use warden_core::pipeline::{RequestFacts, RequestOutcome};
        if self.threat.is_some() {
            return;
        }
        let (_, outcome) =
            engine.inspect_request(self.body(1).as_bytes(), &RequestFacts::default());
        if let RequestOutcome::Consult(c) = outcome {
            self.threat = c.first().map(|c| {
                warden_core::guards::threat_score(
                    c.findings.iter().map(|f| f.score).chain([c.threat_score]),
                )
            });
        }
    }

    /// The filter's request pipeline with these guards, consulting the policy on
    /// every request (for [`DescribedCall::score_with`]).
    pub fn scoring_engine(
        guards: warden_core::config::GuardsConfig,
    ) -> Result<warden_core::pipeline::Engine, String> {
        use warden_core::config::{FilterConfig, SidecarConfig};
        use warden_core::glob::{Glob, GlobSet};
        warden_core::pipeline::Engine::new(FilterConfig {
            guards,
            sidecar: Some(SidecarConfig {
                cluster: "warden".into(),
                timeout_ms: 1000,
                failure_mode: warden_core::guards::FailureMode::Deny,
                methods: GlobSet(Glob::new("*").into_iter().collect()),
                guard_phases: Vec::new(),
            }),
            ..FilterConfig::default()
        })
    }

    pub fn method(&self) -> &str {
        self.method.as_deref().unwrap_or("tools/call")
    }

    pub fn agent(&self) -> &str {
        self.agent.as_deref().unwrap_or("anonymous")
    }

    /// Parse one call; `what` names it in errors (`line 3`).
    pub fn parse(text: &str, what: &str) -> Result<Self, String> {
        serde_json::from_str(text).map_err(|e| format!("{what}: {e}"))
    }

    /// Parse a JSON-lines file: blank lines and lines starting with `#` are skipped.
    pub fn parse_lines(text: &str) -> Result<Vec<Self>, String> {
        text.lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
            .map(|(i, l)| Self::parse(l, &format!("line {}", i + 1)))
            .collect()
    }
}

/// The explanation of one call.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Explanation {
    pub call: DescribedCall,
    pub rule: String,
    pub effect: Effect,
    pub reason: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub redact: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub budget: Option<crate::policy::BudgetState>,
    pub steps: Vec<Step>,
    /// `Some(false)` when the call carried an `expect` that differs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_expected: Option<bool>,
}

/// Evaluate `calls` in order against one set of budgets, charging them as the
/// sidecar would, so a sequence shows budgets running out.
pub fn explain(policy: &Policy, calls: &[DescribedCall], now_ms: u64) -> Vec<Explanation> {
    let budgets = Budgets::default();
    calls
        .iter()
        .map(|call| {
            let args = call.arguments.clone().unwrap_or(Value::Null);
            let facts = CallFacts {
                method: call.method(),
                tool: call.tool.as_deref(),
                server: call.server.as_deref(),
                agent: call.agent(),
                roles: &call.roles,
                trust: call.trust.unwrap_or_default(),
                threat: call.threat.unwrap_or(0.0),
                session: call.session.as_deref(),
                arguments: &args,
            };
            let e = policy.evaluate(&facts, &budgets, now_ms, true, true);
            Explanation {
                call: call.clone(),
                rule: e.rule_id().to_owned(),
                effect: e.effect,
                reason: e.reason.to_owned(),
                redact: e
                    .rule
                    .map(|r| r.redact.iter().map(|p| p.to_string()).collect())
                    .unwrap_or_default(),
                budget: e.budget.clone(),
                steps: e.trace,
                as_expected: call.expect.map(|x| x == e.effect),
            }
        })
        .collect()
}

/// Human-readable report.
pub fn render(policy: &Policy, explanations: &[Explanation]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "policy {} (version {}), {} rules, default {}",
        policy.name,
        policy.version_label(),
        policy.rules.len(),
        policy.default_effect
    );
    let width = policy
        .rules
        .iter()
        .map(|r| r.id.len())
        .max()
        .unwrap_or(7)
        .max(7);
    for (i, e) in explanations.iter().enumerate() {
        let c = &e.call;
        let _ = writeln!(out);
        let label = c
            .label
            .as_deref()
            .map(|l| format!(" \"{l}\""))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "call {}{label}: {} {} by {} [{}]{}",
            i + 1,
            c.method(),
            c.tool.as_deref().unwrap_or("-"),
            c.agent(),
            c.roles.join(", "),
            c.session
                .as_deref()
                .map(|s| format!(" session {s}"))
                .unwrap_or_default()
        );
        for s in &e.steps {
            let _ = writeln!(
                out,
                "  {:<width$}  {}  {}",
                s.rule,
                if s.matched { "match" } else { "  -  " },
                s.detail
            );
        }
        let _ = write!(out, "  => {} by rule {}: {}", e.effect, e.rule, e.reason);
        if !e.redact.is_empty() {
            let _ = write!(out, " (redact {})", e.redact.join(", "));
        }
        match (e.as_expected, c.expect) {
            (Some(false), Some(x)) => {
                let _ = write!(out, "  [UNEXPECTED: expected {x}]");
            }
            (Some(true), _) => {
                let _ = write!(out, "  [as expected]");
            }
            _ => {}
        }
        let _ = writeln!(out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explains_a_sequence_with_budgets() {
        let policy = Policy::from_yaml(
            "name: p\nrules:\n  - {id: small, reason: r, tools: refund, budget: {sum: amount, limit: 10, window: 1h}, effect: allow}\n",
            "p",
        )
        .unwrap();
        let calls = DescribedCall::parse_lines(
            "# two refunds\n{\"tool\":\"refund\",\"session\":\"s\",\"arguments\":{\"amount\":6},\"expect\":\"allow\"}\n\n{\"tool\":\"refund\",\"session\":\"s\",\"arguments\":{\"amount\":6},\"expect\":\"allow\"}\n",
        )
        .unwrap();
        let ex = explain(&policy, &calls, 0);
        assert_eq!(ex[0].effect, Effect::Allow);
        assert_eq!(ex[1].effect, Effect::Deny);
        assert_eq!(ex[1].as_expected, Some(false));
        let text = render(&policy, &ex);
        assert!(text.contains("budget exceeded: 6 used + 6 > 10"), "{text}");
        assert!(text.contains("UNEXPECTED: expected allow"), "{text}");
    }

    #[test]
    fn unknown_keys_are_errors() {
        let e = DescribedCall::parse(r#"{"tool":"x","agnet":"a"}"#, "line 1").unwrap_err();
        assert!(e.contains("unknown field `agnet`"), "{e}");
    }
}
