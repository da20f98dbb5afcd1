//! Turning decisions into audit records, and strict mode ("no audit, no
//! allow"): the decision takes effect only once its record is durable.

use std::time::Duration;

use serde_json::json;
use warden_core::reply::{codes, Denial};

use super::decision::{Decision, Facts, Outcome};
use crate::audit::{Kind, Pending, Record};

/// Stable code of a strict-mode refusal.
pub const AUDIT_UNAVAILABLE: &str = "audit_unavailable";

/// The record of one sidecar decision. Arguments appear only as a keyed digest.
pub fn decision_record(
    id: String,
    facts: &Facts<'_>,
    finding_codes: &[String],
    d: &Decision,
    now_ms: u64,
    latency: Duration,
    digest: impl Fn(&str) -> String,
) -> Record {
    let mut r = Record::new(Kind::Decision, now_ms);
    r.decision_id = Some(id);
    r.source = Some("sidecar".into());
    r.agent = d.agent.clone();
    r.session = facts
        .session_id
        .filter(|s| !s.is_empty())
        .map(str::to_owned);
    r.server = facts.server.filter(|s| !s.is_empty()).map(str::to_owned);
    r.method = Some(facts.method.to_owned());
    r.tool = facts.tool.map(str::to_owned);
    r.effect = Some(d.effect_name().to_owned());
    r.rule = d.rule_id.clone();
    if let Some(denial) = d.denial() {
        r.codes.push(denial.code.clone());
        if let Some(id) = denial
            .details
            .as_ref()
            .and_then(|v| v.get("approvalId"))
            .and_then(|v| v.as_str())
        {
            r.details = Some(json!({ "approvalId": id }));
        }
    }
    r.codes.extend(finding_codes.iter().cloned());
    r.reason = d.reason.clone();
    r.latency_us = Some(u64::try_from(latency.as_micros()).unwrap_or(u64::MAX));
    r.args_digest = facts
        .arguments_json
        .filter(|a| !a.trim().is_empty())
        .map(digest);
    if let Outcome::Redact(paths) = &d.outcome {
        r.details = Some(json!({ "redactPaths": paths }));
    }
    if let Some(b) = &d.budget {
        let mut details = r.details.take().unwrap_or_else(|| json!({}));
        details["budgetRemaining"] = json!(b.remaining());
        r.details = Some(details);
    }
    r
}

/// The refusal when strict mode could not record a decision.
pub fn audit_denial(facts: &Facts<'_>, why: &str) -> Decision {
    let what = match facts.tool {
        Some(t) => format!("{} '{t}'", facts.method),
        None => facts.method.to_owned(),
    };
    Decision::deny(
        Denial::new(
            codes::AUDIT_FAILED,
            AUDIT_UNAVAILABLE,
            format!(
                "Warden could not record {what} in the audit log ({why}); strict audit mode does not let it through"
            ),
        )
        .with_guard("audit"),
    )
}

/// Wait for a strict-mode record from synchronous code (the record carries
/// its own deadline).
pub fn wait_blocking(p: Pending) -> Result<u64, String> {
    use tokio::runtime::{Handle, RuntimeFlavor};
    match Handle::try_current() {
        Ok(h) if h.runtime_flavor() == RuntimeFlavor::MultiThread => {
            tokio::task::block_in_place(|| h.block_on(p.durable())).map_err(|e| e.to_string())
        }
        // No runtime (tools, tests): a blocking wait.
        Err(_) => p.wait().map_err(|e| e.to_string()),
        // A current-thread runtime cannot block: refuse rather than guess.
        Ok(_) => Err("cannot wait for the audit log on this runtime".into()),
    }
}
