//! Evaluating a policy against one call: rules in order, first match wins.

use serde::Serialize;
use serde_json::Value;
use warden_core::glob::GlobSet;

use super::budget::{BudgetState, Budgets, Measure, Scope};
use super::{Effect, Policy, Rule, Trust};

/// Everything a rule can look at, resolved by the caller.
#[derive(Clone, Copy, Debug)]
pub struct CallFacts<'a> {
    pub method: &'a str,
    pub tool: Option<&'a str>,
    pub server: Option<&'a str>,
    pub agent: &'a str,
    pub roles: &'a [String],
    pub trust: Trust,
    /// Highest threat score known for the call (0..1), on the scanners' `f32`
    /// scale so it compares exactly with `minThreat`.
    pub threat: f32,
    pub session: Option<&'a str>,
    /// The call's arguments; `Value::Null` when there are none.
    pub arguments: &'a Value,
}

/// One rule's verdict, for `explain`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Step {
    pub rule: String,
    pub matched: bool,
    pub detail: String,
}

/// The outcome of evaluating a policy.
#[derive(Clone, Debug)]
pub struct Evaluation<'p> {
    /// The rule that matched; `None` means the default effect applied.
    pub rule: Option<&'p Rule>,
    pub effect: Effect,
    pub reason: &'p str,
    /// The matched rule's budget, when it has one.
    pub budget: Option<BudgetState>,
    /// Rule by rule, when tracing was asked for.
    pub trace: Vec<Step>,
}

impl Evaluation<'_> {
    pub fn rule_id(&self) -> &str {
        self.rule.map_or("default", |r| r.id.as_str())
    }
}

fn globs_match(set: &Option<GlobSet>, value: Option<&str>) -> bool {
    match set {
        None => true,
        Some(set) => value.is_some_and(|v| set.matches(v).is_some()),
    }
}

fn list(set: &GlobSet) -> String {
    let items: Vec<&str> = set.0.iter().map(|g| g.as_str()).collect();
    format!("[{}]", items.join(", "))
}

impl Policy {
    /// Whether evaluating `call` reads nothing beyond who calls what (see
    /// [`identity_matches`]): each rule up to the one that matches is either
    /// ruled out by those tests or tests nothing else (no `minThreat`, `when`
    /// or budget). The same caller calling the same tool then gets the same
    /// answer whatever its arguments, until the policy or registry changes.
    pub fn decided_by_identity(&self, call: &CallFacts<'_>) -> bool {
        for rule in &self.rules {
            if identity_matches(rule, call, false).is_err() {
                continue;
            }
            return rule.min_threat.is_none() && rule.when.is_none() && rule.budget.is_none();
        }
        true
    }

    /// Evaluate `call`. With `charge`, the matched rule's budget is charged (the
    /// sidecar); without, budgets are only read (dry runs). With `trace`, every
    /// rule looked at leaves a [`Step`] (slower: for `explain`).
    pub fn evaluate<'p>(
        &'p self,
        call: &CallFacts<'_>,
        budgets: &Budgets,
        now_ms: u64,
        charge: bool,
        trace: bool,
    ) -> Evaluation<'p> {
        let mut steps = Vec::new();
        for rule in &self.rules {
            match rule_matches(rule, call, budgets, now_ms, charge, trace) {
                Ok(budget) => {
                    if trace {
                        let detail = match &budget {
                            Some(b) => format!(
                                "matched; budget {} {}: {} used + {} of {} ({} left)",
                                b.scope.name(),
                                b.key,
                                b.used,
                                b.amount,
                                b.limit,
                                b.remaining()
                            ),
                            None => "matched".to_owned(),
                        };
                        steps.push(Step {
                            rule: rule.id.clone(),
                            matched: true,
                            detail,
                        });
                    }
                    return Evaluation {
                        rule: Some(rule),
                        effect: rule.effect,
                        reason: &rule.reason,
                        budget,
                        trace: steps,
                    };
                }
                Err(detail) => {
                    if trace {
                        steps.push(Step {
                            rule: rule.id.clone(),
                            matched: false,
                            detail,
                        });
                    }
                }
            }
        }
        if trace {
            steps.push(Step {
                rule: "default".to_owned(),
                matched: true,
                detail: format!("no rule matched: default_effect {}", self.default_effect),
            });
        }
        Evaluation {
            rule: None,
            effect: self.default_effect,
            reason: &self.default_reason,
            budget: None,
            trace: steps,
        }
    }
}

/// `Ok(budget state)` when the rule matches; `Err(why not)` otherwise (the text is
/// only built when tracing).
fn rule_matches(
    rule: &Rule,
    call: &CallFacts<'_>,
    budgets: &Budgets,
    now_ms: u64,
    charge: bool,
    trace: bool,
) -> Result<Option<BudgetState>, String> {
    let why = |f: &dyn Fn() -> String| if trace { f() } else { String::new() };
    identity_matches(rule, call, trace)?;
    if let Some(min) = rule.min_threat {
        if call.threat < min {
            return Err(why(&|| {
                format!("threat score {} is below {min}", call.threat)
            }));
        }
    }
    if let Some(when) = &rule.when {
        if !when.eval(call.arguments) {
            return Err(why(&|| {
                format!("when is false: {}", when.why_false(call.arguments))
            }));
        }
    }
    let Some(budget) = &rule.budget else {
        return Ok(None);
    };
    let key = match budget.scope {
        Scope::Session => call.session,
        Scope::Agent => Some(call.agent),
    };
    let Some(key) = key.filter(|k| !k.is_empty()) else {
        return Err(why(&|| {
            format!(
                "budget per {} cannot apply: the call has no {}",
                budget.scope.name(),
                budget.scope.name()
            )
        }));
    };
    let amount = match &budget.measure {
        Measure::Count => 1.0,
        Measure::Sum(path) => match path.get(call.arguments).and_then(Value::as_f64) {
            Some(a) if a >= 0.0 && a.is_finite() => a,
            _ => {
                return Err(why(&|| {
                    format!("budget amount `{path}` is missing, not a number, or negative")
                }))
            }
        },
    };
    match budgets.check(budget.total(&rule.id), budget, key, amount, now_ms, charge) {
        Ok(state) if state.fits() => Ok(Some(state)),
        Ok(state) => Err(why(&|| {
            format!(
                "budget{} exceeded: {} used + {} > {} per {} {} {}",
                budget
                    .key
                    .as_ref()
                    .map(|k| format!(" `{k}`"))
                    .unwrap_or_default(),
                state.used,
                state.amount,
                state.limit,
                state.scope.name(),
                state.key,
                budget.span()
            )
        })),
        Err(e) => Err(why(&|| format!("budget cannot apply: {e}"))),
    }
}

/// The tests of `rule` on who calls what: method, tool, server, agent, roles
/// and trust. What they read is fixed for one caller and one tool.
fn identity_matches(rule: &Rule, call: &CallFacts<'_>, trace: bool) -> Result<(), String> {
    let why = |f: &dyn Fn() -> String| if trace { f() } else { String::new() };
    if !globs_match(&rule.methods, Some(call.method)) {
        return Err(why(&|| {
            format!(
                "method {:?} not in {}",
                call.method,
                rule.methods.as_ref().map(list).unwrap_or_default()
            )
        }));
    }
    if !globs_match(&rule.tools, call.tool) {
        return Err(why(&|| match call.tool {
            Some(t) => format!(
                "tool {t:?} not in {}",
                rule.tools.as_ref().map(list).unwrap_or_default()
            ),
            None => "the call names no tool".to_owned(),
        }));
    }
    if !globs_match(&rule.servers, call.server) {
        return Err(why(&|| match call.server {
            Some(s) => format!(
                "server {s:?} not in {}",
                rule.servers.as_ref().map(list).unwrap_or_default()
            ),
            None => "the call names no server".to_owned(),
        }));
    }
    if !globs_match(&rule.agents, Some(call.agent)) {
        return Err(why(&|| {
            format!(
                "agent {:?} not in {}",
                call.agent,
                rule.agents.as_ref().map(list).unwrap_or_default()
            )
        }));
    }
    if let Some(roles) = &rule.roles {
        if !roles.iter().any(|r| call.roles.contains(r)) {
            return Err(why(&|| {
                format!(
                    "agent roles [{}] hold none of [{}]",
                    call.roles.join(", "),
                    roles.join(", ")
                )
            }));
        }
    }
    if let Some(all) = &rule.roles_all {
        if let Some(missing) = all.iter().find(|r| !call.roles.contains(r)) {
            return Err(why(&|| {
                format!(
                    "agent roles [{}] lack {missing:?} (rolesAll [{}])",
                    call.roles.join(", "),
                    all.join(", ")
                )
            }));
        }
    }
    if let Some(min) = rule.min_trust {
        if call.trust < min {
            return Err(why(&|| format!("trust {} is below {min}", call.trust)));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const POLICY: &str = r#"
name: t
rules:
  - {id: init, reason: handshake, methods: [initialize, "notifications/*", tools/list], effect: allow}
  - {id: read, reason: reads, tools: ["kb.*"], effect: allow}
  - id: refund-small
    reason: small refunds
    tools: billing.refund
    roles: [support-agent]
    when: {path: amount, op: lt, value: 500}
    budget: {sum: amount, limit: 2000, window: 1h}
    effect: allow
  - {id: refund-approve, reason: needs a human, tools: billing.refund, effect: require_approval}
  - {id: admin-only, reason: admins, tools: "admin.*", minTrust: admin, effect: allow}
  - {id: hot, reason: threat, minThreat: 0.8, effect: deny, severity: high}
  - {id: mail, reason: no bcc, tools: email.send, effect: redact, redact: [bcc]}
"#;

    fn policy() -> Policy {
        Policy::from_yaml(POLICY, "t").unwrap()
    }

    struct Call {
        method: &'static str,
        tool: Option<&'static str>,
        roles: Vec<String>,
        trust: Trust,
        threat: f32,
        session: Option<&'static str>,
        args: Value,
    }

    fn call(tool: &'static str, args: Value) -> Call {
        Call {
            method: "tools/call",
            tool: Some(tool),
            roles: vec!["support-agent".into()],
            trust: Trust::Low,
            threat: 0.0,
            session: Some("s1"),
            args,
        }
    }

    fn facts(c: &Call) -> CallFacts<'_> {
        CallFacts {
            method: c.method,
            tool: c.tool,
            server: None,
            agent: "agent-1",
            roles: &c.roles,
            trust: c.trust,
            threat: c.threat,
            session: c.session,
            arguments: &c.args,
        }
    }

    #[test]
    fn decided_by_identity_only_when_no_rule_on_the_way_reads_more() {
        let p = policy();
        let list = Call {
            method: "tools/list",
            tool: None,
            ..call("x", Value::Null)
        };
        // Matched on the method or tool alone.
        assert!(p.decided_by_identity(&facts(&list)));
        assert!(p.decided_by_identity(&facts(&call("kb.search", json!({})))));
        // The budget rule with `when` is reached before any other.
        assert!(!p.decided_by_identity(&facts(&call("billing.refund", json!({})))));
        // Ruled out by its roles (who calls), the next rule decides alone.
        let other = Call {
            roles: Vec::new(),
            ..call("billing.refund", json!({}))
        };
        assert!(p.decided_by_identity(&facts(&other)));
        // `hot` reads the threat score of every call no earlier rule took.
        assert!(!p.decided_by_identity(&facts(&call("fs.read", json!({})))));
    }

    fn eval<'p>(p: &'p Policy, b: &Budgets, c: &Call) -> Evaluation<'p> {
        p.evaluate(&facts(c), b, 0, true, true)
    }

    #[test]
    fn first_match_wins_and_budgets_fall_through() {
        let p = policy();
        let b = Budgets::default();
        let e = eval(&p, &b, &call("kb.search", json!({"q": "x"})));
        assert_eq!((e.rule_id(), e.effect), ("read", Effect::Allow));
        for _ in 0..4 {
            let e = eval(&p, &b, &call("billing.refund", json!({"amount": 450})));
            assert_eq!(e.rule_id(), "refund-small");
            assert!(e.budget.as_ref().unwrap().charged);
        }
        let e = eval(&p, &b, &call("billing.refund", json!({"amount": 450})));
        assert_eq!(
            (e.rule_id(), e.effect),
            ("refund-approve", Effect::RequireApproval)
        );
        let step = &e.trace[2];
        assert!(
            step.detail
                .contains("budget exceeded: 1800 used + 450 > 2000"),
            "{step:?}"
        );
        // Big refunds and other roles go to approval too.
        let e = eval(&p, &b, &call("billing.refund", json!({"amount": 900})));
        assert_eq!(e.rule_id(), "refund-approve");
        let mut other = call("billing.refund", json!({"amount": 10}));
        other.roles = vec!["sales".into()];
        other.session = Some("s2");
        assert_eq!(eval(&p, &b, &other).rule_id(), "refund-approve");
        // A negative amount cannot refill the budget: it falls through.
        let e = eval(&p, &b, &call("billing.refund", json!({"amount": -450})));
        assert_eq!(e.rule_id(), "refund-approve");
        // No session: the per-session budget cannot apply.
        let mut c = call("billing.refund", json!({"amount": 1}));
        c.session = None;
        assert_eq!(eval(&p, &b, &c).rule_id(), "refund-approve");
    }

    #[test]
    fn trust_threat_redact_and_default() {
        let p = policy();
        let b = Budgets::default();
        let mut c = call("admin.reset", json!({}));
        assert_eq!(eval(&p, &b, &c).rule_id(), "default");
        c.trust = Trust::Admin;
        assert_eq!(eval(&p, &b, &c).rule_id(), "admin-only");
        let mut hot = call("anything", json!({}));
        hot.threat = 0.9;
        let e = eval(&p, &b, &hot);
        assert_eq!((e.rule_id(), e.effect), ("hot", Effect::Deny));
        let e = eval(&p, &b, &call("email.send", json!({"bcc": "x"})));
        assert_eq!(e.effect, Effect::Redact);
        assert_eq!(e.rule.unwrap().redact[0].as_str(), "bcc");
        let e = eval(&p, &b, &call("nope", json!({})));
        assert_eq!((e.rule_id(), e.effect), ("default", Effect::Deny));
        assert_eq!(e.trace.last().unwrap().rule, "default");
        let mut init = call("x", Value::Null);
        init.method = "initialize";
        init.tool = None;
        assert_eq!(eval(&p, &b, &init).rule_id(), "init");
    }

    /// Every score the scanners document (DLP: IP address 0.4, email and phone
    /// 0.7, generic credential 0.7, card numbers and most secrets 0.9, private
    /// keys 0.95) meets `minThreat` written as that number, and not the next
    /// hundredth up: one `f32` from the scanner to the comparison.
    #[test]
    fn documented_scores_meet_their_thresholds_exactly() {
        use warden_core::scan_text::{ScanTextConfig, TextScanner};
        let scanner = TextScanner::new(&ScanTextConfig {
            threats_enabled: false,
            ..ScanTextConfig::default()
        })
        .unwrap();
        // A private-key body with real entropy, made here rather than copied.
        let mut x = 0x2545_f491_u32;
        let body: String = (0..96)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
                    [(x % 64) as usize] as char
            })
            .collect();
        let pem = format!("-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----");
        let cases = [
            ("reach me at 203.0.113.9 please", 0.4),
            ("mail ann.lee@example.org", 0.7),
            ("call +1 415 555 0134", 0.7),
            ("card 4111 1111 1111 1111", 0.9),
            (pem.as_str(), 0.95),
        ];
        for (text, documented) in cases {
            let findings = scanner.scan(text, None);
            let score = warden_core::guards::threat_score(findings.iter().map(|f| f.score));
            assert_eq!(score, documented as f32, "{text}: {findings:?}");
            for (threshold, matches) in [(documented, true), (documented + 0.01, false)] {
                let p = Policy::from_yaml(
                    &format!("name: t\nrules:\n  - {{id: hot, reason: r, minThreat: {threshold}, effect: deny}}\n"),
                    "t",
                )
                .unwrap();
                let mut c = call("x", json!({}));
                c.threat = score;
                let e = eval(&p, &Budgets::default(), &c);
                assert_eq!(
                    e.rule_id() == "hot",
                    matches,
                    "{text}: minThreat {threshold}, score {score}"
                );
            }
        }
    }

    #[test]
    fn all_roles_and_shared_budgets() {
        let p = Policy::from_yaml(
            r#"
name: t
rules:
  - id: refund
    reason: r
    tools: refund
    rolesAll: [support, billing]
    budget: {sum: amount, limit: 100, key: money}
    effect: allow
  - id: credit
    reason: r
    tools: credit
    roles: [support]
    budget: {sum: value, limit: 100, key: money}
    effect: allow
"#,
            "t",
        )
        .unwrap();
        let b = Budgets::default();
        let mut c = call("refund", json!({"amount": 60}));
        c.roles = vec!["support".into()];
        let e = eval(&p, &b, &c);
        assert_eq!(e.rule_id(), "default", "one of two roles is not all");
        assert!(
            e.trace[0].detail.contains("lack \"billing\""),
            "{:?}",
            e.trace[0]
        );
        c.roles = vec!["billing".into(), "support".into()];
        assert_eq!(eval(&p, &b, &c).rule_id(), "refund");
        // The credit draws on the same total: 60 + 50 > 100, 60 + 40 fits.
        let mut credit = call("credit", json!({"value": 50}));
        credit.roles = vec!["support".into()];
        let e = eval(&p, &b, &credit);
        assert_eq!(e.rule_id(), "default");
        assert!(
            e.trace[1]
                .detail
                .contains("budget `money` exceeded: 60 used + 50 > 100"),
            "{:?}",
            e.trace[1]
        );
        credit.args = json!({"value": 40});
        assert_eq!(eval(&p, &b, &credit).rule_id(), "credit");
    }

    #[test]
    fn dry_runs_do_not_charge() {
        let p = policy();
        let b = Budgets::default();
        let c = call("billing.refund", json!({"amount": 450}));
        let facts = CallFacts {
            method: c.method,
            tool: c.tool,
            server: None,
            agent: "a",
            roles: &c.roles,
            trust: c.trust,
            threat: 0.0,
            session: c.session,
            arguments: &c.args,
        };
        for _ in 0..10 {
            let e = p.evaluate(&facts, &b, 0, false, false);
            assert_eq!(e.rule_id(), "refund-small");
            assert!(e.trace.is_empty());
        }
    }
}
