//! Mapping between the pipeline's consultations and the sidecar's protobuf API.

use prost::Message;
use warden_core::argpath::ArgPath;
use warden_core::guards::acl;
use warden_core::mcp::Method;
use warden_core::pipeline::{Consultation, RequestFacts, SidecarAnswer};
use warden_core::reply::{codes, Denial};

use crate::proto::{
    decide_response::Effect, DecideRequest, DecideResponse, GuardFinding, Identity,
};

pub const SERVICE: &str = "warden.v1.DecisionService";
pub const METHOD: &str = "Decide";

/// Largest sidecar reply the filter reads; anything bigger is a broken sidecar.
pub const MAX_REPLY_BYTES: usize = 64 * 1024;

pub fn request_bytes(c: &Consultation, facts: &RequestFacts, server: &str) -> Vec<u8> {
    request(c, facts, server).encode_to_vec()
}

/// The question about `c`, and its reuse key: the question reduced to what a
/// reusable answer may depend on (see [`crate::reuse`]), with the arguments,
/// id, findings and threat score left out, encoded. The key is exact, so
/// nothing another caller or tool sends can land on it. The question is built
/// once: those fields are taken out for the key and put back.
pub fn question(c: &Consultation, facts: &RequestFacts, server: &str) -> (DecideRequest, Vec<u8>) {
    let mut r = request(c, facts, server);
    let arguments = std::mem::take(&mut r.arguments_json);
    let id = std::mem::take(&mut r.request_id);
    let findings = std::mem::take(&mut r.findings);
    let threat_score = std::mem::take(&mut r.threat_score);
    let key = r.encode_to_vec();
    r.arguments_json = arguments;
    r.request_id = id;
    r.findings = findings;
    r.threat_score = threat_score;
    (r, key)
}

/// The terms on which the sidecar lets the filter reuse an allow, from its
/// reply, at `now_ms`.
pub fn reuse_grant(bytes: &[u8], now_ms: u64) -> Option<crate::reuse::Grant> {
    let resp = DecideResponse::decode(bytes).ok()?;
    (resp.effect == Effect::Allow as i32 && resp.cache_ttl_ms > 0).then(|| crate::reuse::Grant {
        until_ms: now_ms.saturating_add(u64::from(resp.cache_ttl_ms)),
        record: resp.record_hits,
        rule: resp.rule_id,
        reason: resp.reason,
    })
}

/// The key under which the filter keeps the sidecar's allow of a re-listed
/// `tools/list` result (see [`crate::reuse`]): the question about it without
/// the id, and the number of the list-cache entry the list matched (one
/// server, one list, byte for byte).
pub fn relisted_key(list: u64, facts: &RequestFacts, server: &str) -> Vec<u8> {
    let c = Consultation {
        id: None,
        method: "tools/list".to_owned(),
        tool: None,
        arguments_json: None,
        findings: Vec::new(),
        threat_score: 0.0,
    };
    let (_, mut key) = question(&c, facts, server);
    key.extend_from_slice(&list.to_le_bytes());
    key
}

/// The question about a response held for the guards' `toolsList` /
/// `toolResult` phase (see [`crate::guard_phases`]).
pub fn result_request_bytes(
    held: &crate::guard_phases::Held,
    tool: Option<&str>,
    facts: &RequestFacts,
    server: &str,
) -> Vec<u8> {
    let c = Consultation {
        id: Some(held.id.clone()),
        method: if held.method == Method::ToolsList {
            "tools/list"
        } else {
            "tools/call"
        }
        .to_owned(),
        tool: tool.map(str::to_owned),
        arguments_json: None,
        findings: Vec::new(),
        threat_score: 0.0,
    };
    let mut r = request(&c, facts, server);
    r.result_json.clone_from(&held.result_json);
    r.encode_to_vec()
}

fn request(c: &Consultation, facts: &RequestFacts, server: &str) -> DecideRequest {
    let path = facts.path.split('?').next().unwrap_or("");
    let spiffe_id = facts
        .xfcc
        .as_deref()
        .and_then(spiffe_from_xfcc)
        .unwrap_or_default();
    DecideRequest {
        method: c.method.clone(),
        tool: c.tool.clone().unwrap_or_default(),
        arguments_json: c.arguments_json.clone().unwrap_or_default(),
        request_id: c
            .id
            .as_ref()
            .map(|i| i.as_json().to_owned())
            .unwrap_or_default(),
        identity: Some(Identity {
            spiffe_id,
            xfcc: facts.xfcc.clone().unwrap_or_default(),
            jwt_payload: facts.jwt_payload.clone().unwrap_or_default(),
            header_identity: facts.identity_header.clone().unwrap_or_default(),
            bearer_token: facts.bearer_token.clone().unwrap_or_default(),
        }),
        findings: c
            .findings
            .iter()
            .map(|f| GuardFinding {
                guard: f.guard.clone(),
                code: f.code.clone(),
                severity: format!("{:?}", f.severity).to_ascii_lowercase(),
                score: f64::from(f.score),
                message: f.message.clone(),
            })
            .collect(),
        threat_score: f64::from(c.threat_score),
        session_id: facts.session_id.clone().unwrap_or_default(),
        server: server.to_owned(),
        server_url: format!("{}://{}{path}", facts.scheme, facts.authority),
        result_json: String::new(),
    }
}

/// Read the sidecar's reply. Anything unexpected is `Unavailable`, which the
/// failure mode then decides.
pub fn answer_from_bytes(bytes: &[u8]) -> SidecarAnswer {
    answer(bytes, serde_json::Value::is_object)
}

/// Read the sidecar's reply about a held response: a `modify` carries a tools
/// array or a result object (checked against the phase when applied).
pub fn result_answer_from_bytes(bytes: &[u8]) -> SidecarAnswer {
    answer(bytes, |v| v.is_object() || v.is_array())
}

fn answer(bytes: &[u8], modify_fits: fn(&serde_json::Value) -> bool) -> SidecarAnswer {
    let resp = match DecideResponse::decode(bytes) {
        Ok(r) => r,
        Err(e) => return SidecarAnswer::Unavailable(format!("undecodable reply: {e}")),
    };
    let effect = Effect::try_from(resp.effect).unwrap_or(Effect::Unspecified);
    let details = (!resp.details_json.is_empty())
        .then(|| serde_json::from_str(&resp.details_json).ok())
        .flatten();
    let denial = |default_rpc: i64, default_code: &str| {
        let rpc = if resp.rpc_code == 0 {
            default_rpc
        } else {
            resp.rpc_code
        };
        let code = if resp.code.is_empty() {
            default_code.to_owned()
        } else {
            resp.code.clone()
        };
        let mut d = Denial::new(rpc, code, resp.message.clone());
        if !resp.rule_id.is_empty() {
            d = d.with_guard(resp.rule_id.clone());
        }
        d.details = details.clone();
        d
    };
    match effect {
        Effect::Allow => SidecarAnswer::Allow,
        Effect::Deny => SidecarAnswer::Deny(denial(codes::DENIED, "policy_denied")),
        Effect::RequireApproval => {
            SidecarAnswer::Deny(denial(codes::APPROVAL_REQUIRED, "approval_required"))
        }
        // A redaction the filter cannot parse must not forward the original call:
        // treat it as no answer, so the failure mode (deny by default) decides.
        Effect::Redact => match resp
            .redact_paths
            .iter()
            .map(|p| ArgPath::parse(p))
            .collect::<Result<Vec<_>, _>>()
        {
            Ok(paths) if !paths.is_empty() => SidecarAnswer::Redact(paths),
            Ok(_) => SidecarAnswer::Unavailable("redact without paths".into()),
            Err(e) => SidecarAnswer::Unavailable(format!("bad redact path: {e}")),
        },
        // A rewrite the filter cannot read must not forward the original either.
        Effect::Modify => match serde_json::from_str::<serde_json::Value>(&resp.modified_json) {
            Ok(v) if modify_fits(&v) => SidecarAnswer::Modify(resp.modified_json.clone()),
            _ => SidecarAnswer::Unavailable("modify without an arguments object".into()),
        },
        Effect::Unspecified => SidecarAnswer::Unavailable("reply without an effect".into()),
    }
}

/// The SPIFFE URI of the closest client in an `x-forwarded-client-cert` header
/// (the last element: the peer this Envoy itself verified).
pub fn spiffe_from_xfcc(xfcc: &str) -> Option<String> {
    acl::spiffe_from_xfcc(xfcc, acl::XfccElement::Last)
        .ok()
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use warden_core::jsonrpc::Id;

    #[test]
    fn request_carries_the_facts() {
        let c = Consultation {
            id: Some(Id::string("a")),
            method: "tools/call".into(),
            tool: Some("add".into()),
            arguments_json: Some("{\"a\":1}".into()),
            findings: vec![warden_core::guards::Finding {
                guard: "argument_threats".into(),
                code: "path_traversal".into(),
                severity: warden_core::guards::Severity::High,
                score: 0.8,
                message: "m".into(),
                location: Default::default(),
            }],
            threat_score: 0.8,
        };
        let facts = RequestFacts {
            session_id: Some("s1".into()),
            xfcc: Some("By=spiffe://x;URI=spiffe://cluster.local/ns/a/sa/agent".into()),
            ..Default::default()
        };
        let req = DecideRequest::decode(request_bytes(&c, &facts, "demo").as_slice()).unwrap();
        assert_eq!(req.request_id, "\"a\"");
        assert_eq!(req.tool, "add");
        assert_eq!(req.session_id, "s1");
        assert_eq!(req.server, "demo");
        assert_eq!(req.findings[0].severity, "high");
        assert!((req.threat_score - 0.8).abs() < 1e-6);
        assert_eq!(
            req.identity.unwrap().spiffe_id,
            "spiffe://cluster.local/ns/a/sa/agent"
        );
    }

    #[test]
    fn relisted_keys_are_per_list_caller_session_and_server() {
        let facts = |bearer: &str, session: &str| RequestFacts {
            bearer_token: Some(bearer.into()),
            session_id: Some(session.into()),
            ..Default::default()
        };
        let k = relisted_key(7, &facts("t1", "s1"), "demo");
        assert_eq!(k, relisted_key(7, &facts("t1", "s1"), "demo"));
        for other in [
            relisted_key(8, &facts("t1", "s1"), "demo"),
            relisted_key(7, &facts("t2", "s1"), "demo"),
            relisted_key(7, &facts("t1", "s2"), "demo"),
            relisted_key(7, &facts("t1", "s1"), "other"),
        ] {
            assert_ne!(k, other);
        }
    }

    #[test]
    fn reuse_keys_ignore_the_arguments_but_not_who_or_what() {
        let call = |tool: &str, args: &str, id: &str| Consultation {
            id: Some(Id::string(id)),
            method: "tools/call".into(),
            tool: Some(tool.into()),
            arguments_json: Some(args.into()),
            findings: Vec::new(),
            threat_score: 0.3,
        };
        let facts = |bearer: &str, session: &str| RequestFacts {
            bearer_token: Some(bearer.into()),
            session_id: Some(session.into()),
            ..Default::default()
        };
        let key = |c: &Consultation, f: &RequestFacts, server: &str| question(c, f, server).1;
        let first = call("add", "{}", "1");
        let k = key(&first, &facts("t1", "s1"), "demo");
        assert_eq!(
            k,
            key(&call("add", r#"{"a":2}"#, "2"), &facts("t1", "s1"), "demo")
        );
        for other in [
            key(&call("sub", "{}", "1"), &facts("t1", "s1"), "demo"),
            key(&call("add", "{}", "1"), &facts("t2", "s1"), "demo"),
            key(&call("add", "{}", "1"), &facts("t1", "s2"), "demo"),
            key(&call("add", "{}", "1"), &facts("t1", "s1"), "other"),
        ] {
            assert_ne!(k, other);
        }
        // The question that comes with the key is the whole one, fields restored.
        let (whole, _) = question(&first, &facts("t1", "s1"), "demo");
        assert_eq!(
            whole.encode_to_vec(),
            request_bytes(&first, &facts("t1", "s1"), "demo")
        );
        assert_eq!(whole.arguments_json, "{}");
        assert!((whole.threat_score - 0.3).abs() < 1e-6);
    }

    #[test]
    fn only_allows_with_a_ttl_are_reusable() {
        let enc = |effect: Effect, ttl: u32| {
            DecideResponse {
                effect: effect as i32,
                cache_ttl_ms: ttl,
                record_hits: true,
                rule_id: "open".into(),
                ..Default::default()
            }
            .encode_to_vec()
        };
        let g = reuse_grant(&enc(Effect::Allow, 500), 1000).unwrap();
        assert_eq!(
            (g.until_ms, g.record, g.rule.as_str()),
            (1500, true, "open")
        );
        assert!(reuse_grant(&enc(Effect::Allow, 0), 1000).is_none());
        assert!(reuse_grant(&enc(Effect::Deny, 500), 1000).is_none());
        assert!(reuse_grant(&enc(Effect::Redact, 500), 1000).is_none());
        assert!(reuse_grant(b"\xff\xff", 1000).is_none());
    }

    #[test]
    fn answers() {
        let enc = |r: DecideResponse| r.encode_to_vec();
        assert_eq!(
            answer_from_bytes(&enc(DecideResponse {
                effect: Effect::Allow as i32,
                ..Default::default()
            })),
            SidecarAnswer::Allow
        );
        let SidecarAnswer::Deny(d) = answer_from_bytes(&enc(DecideResponse {
            effect: Effect::Deny as i32,
            message: "nope".into(),
            rule_id: "r1".into(),
            details_json: "{\"rule\":\"r1\"}".into(),
            ..Default::default()
        })) else {
            panic!()
        };
        assert_eq!(
            (d.rpc_code, d.code.as_str()),
            (codes::DENIED, "policy_denied")
        );
        assert_eq!(d.guard.as_deref(), Some("r1"));
        assert!(d.details.is_some());
        let SidecarAnswer::Deny(d) = answer_from_bytes(&enc(DecideResponse {
            effect: Effect::RequireApproval as i32,
            ..Default::default()
        })) else {
            panic!()
        };
        assert_eq!(d.rpc_code, codes::APPROVAL_REQUIRED);
        assert!(matches!(
            answer_from_bytes(&enc(DecideResponse::default())),
            SidecarAnswer::Unavailable(_)
        ));
        let redact = |paths: &[&str]| {
            answer_from_bytes(&enc(DecideResponse {
                effect: Effect::Redact as i32,
                redact_paths: paths.iter().map(|p| p.to_string()).collect(),
                ..Default::default()
            }))
        };
        assert!(matches!(redact(&["bcc", "a.b[0]"]), SidecarAnswer::Redact(p) if p.len() == 2));
        assert!(matches!(redact(&[]), SidecarAnswer::Unavailable(_)));
        let modify = |json: &str| {
            answer_from_bytes(&enc(DecideResponse {
                effect: Effect::Modify as i32,
                modified_json: json.into(),
                ..Default::default()
            }))
        };
        assert_eq!(
            modify(r#"{"a":1}"#),
            SidecarAnswer::Modify(r#"{"a":1}"#.into())
        );
        assert!(matches!(modify("[1]"), SidecarAnswer::Unavailable(_)));
        assert!(matches!(modify(""), SidecarAnswer::Unavailable(_)));
        assert!(matches!(redact(&["a..b"]), SidecarAnswer::Unavailable(_)));
        assert!(matches!(
            answer_from_bytes(&[0xff, 0xff, 0xff]),
            SidecarAnswer::Unavailable(_)
        ));
    }

    #[test]
    fn xfcc_last_hop_uri() {
        let h = "By=spiffe://a;URI=spiffe://cluster.local/ns/x/sa/first,By=spiffe://b;Hash=abc;URI=spiffe://cluster.local/ns/y/sa/second";
        assert_eq!(
            spiffe_from_xfcc(h).as_deref(),
            Some("spiffe://cluster.local/ns/y/sa/second")
        );
        assert_eq!(spiffe_from_xfcc("Hash=abc;Subject=\"CN=x\""), None);
    }
}
