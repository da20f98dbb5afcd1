//! Policy file parser and condition evaluator. Input: policy YAML, then
//! optionally a NUL byte and the call's arguments as JSON.
//!
//! - A file that is not even YAML never loads.
//! - A loaded policy evaluates every call without panicking, and the same way
//!   with and without the explain trace; the decision is the matched rule's
//!   effect (the default effect when none matched), and the trace ends at it.
//! - Loading is deterministic.

use serde_json::{json, Value};
use warden::policy::{Budgets, CallFacts, Policy, Trust};

pub fn policy(data: &[u8]) {
    let (text, args) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], Some(&data[i + 1..])),
        None => (data, None),
    };
    let Ok(text) = std::str::from_utf8(text) else {
        return;
    };
    let loaded = Policy::from_yaml(text, "fuzz");
    let is_yaml = serde_norway::from_str::<serde_norway::Value>(text).is_ok();
    let Ok(policy) = loaded else {
        return;
    };
    assert!(is_yaml, "malformed YAML loaded as a policy: {text:?}");
    let again = Policy::from_yaml(text, "fuzz").expect("a policy that loaded once loads again");
    assert_eq!(
        again.rules.iter().map(|r| &r.id).collect::<Vec<_>>(),
        policy.rules.iter().map(|r| &r.id).collect::<Vec<_>>(),
        "loading is not deterministic"
    );

    let mut arguments = vec![json!({}), json!({"path": "/etc/passwd", "n": 3})];
    if let Some(v) = args.and_then(|a| serde_json::from_slice::<Value>(a).ok()) {
        arguments.push(v);
    }
    let budgets = Budgets::default();
    let admin = ["admin".to_owned()];
    for args in &arguments {
        for rule in &policy.rules {
            if let Some(when) = &rule.when {
                let _ = when.eval(args);
            }
        }
        for (method, tool) in [
            ("tools/call", Some("echo")),
            ("tools/call", Some("fs.write")),
            ("tools/call", None),
            ("initialize", None),
            ("tools/list", None),
        ] {
            for (roles, trust, threat) in [
                (&[][..], Trust::Low, 0.0f32),
                (&admin[..], Trust::Admin, 0.95),
            ] {
                let call = CallFacts {
                    method,
                    tool,
                    server: Some("demo"),
                    agent: "agent-1",
                    roles,
                    trust,
                    threat,
                    session: Some("s1"),
                    arguments: args,
                };
                let plain = policy.evaluate(&call, &budgets, 1_000_000, false, false);
                let traced = policy.evaluate(&call, &budgets, 1_000_000, false, true);
                assert_eq!(plain.rule_id(), traced.rule_id(), "trace changed the rule");
                assert_eq!(plain.effect, traced.effect, "trace changed the effect");
                match plain.rule {
                    Some(r) => {
                        assert_eq!(plain.effect, r.effect, "effect is not the rule's");
                        let last = traced.trace.last().expect("a matched rule leaves a step");
                        assert!(
                            last.matched && last.rule == r.id,
                            "trace does not end at the match"
                        );
                    }
                    None => {
                        assert_eq!(
                            plain.effect, policy.default_effect,
                            "no match, not the default"
                        );
                        let (last, rules) = traced.trace.split_last().expect("a default step");
                        assert!(last.matched && last.rule == "default", "no default step");
                        assert!(
                            rules.iter().all(|s| !s.matched),
                            "a step matched, no rule did"
                        );
                    }
                }
                // Charging budgets must not panic either.
                let _ = policy.evaluate(&call, &budgets, 1_000_000, true, false);
            }
        }
    }
}
