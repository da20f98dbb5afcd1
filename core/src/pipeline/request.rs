//! The request side: parse a buffered MCP POST, run the request guards, decide
//! whether to forward, answer locally, or consult the sidecar.

use std::borrow::Cow;

use serde::Deserialize;
use serde_json::value::RawValue;

use serde_json::Value;

use super::{
    apply_edits, denial_from_finding, deny_on, replace_slice, Consultation, Engine, Exchange,
    Identity, LocalReply, RequestFacts, RequestOutcome, SidecarAnswer,
};
use crate::error::ParseError;
use crate::guards::{Action, FailureMode, Finding};
use crate::jsonrpc::{check_body, parse_text, Id, Key, Kind};
use crate::mcp::{parse_object, Method};
use crate::reply::{codes, Denial};

/// `tools/call` params, read in one pass and borrowed: the tool's name, its
/// `arguments`, and every other member (`_meta`, or anything a sender adds:
/// the server reads them all). Most calls have no other member, and then
/// nothing is allocated for them.
struct CallView<'a> {
    name: Cow<'a, str>,
    arguments: Option<&'a RawValue>,
    others: Vec<(Cow<'a, str>, &'a RawValue)>,
}

impl<'de> Deserialize<'de> for CallView<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = CallView<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("tools/call params")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                use serde::de::Error;
                let mut name = None;
                let mut arguments = None;
                let mut others = Vec::new();
                while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
                    match key.as_ref() {
                        "name" if name.is_some() => return Err(A::Error::duplicate_field("name")),
                        "name" => name = Some(map.next_value::<Key<'de>>()?.0),
                        "arguments" if arguments.is_some() => {
                            return Err(A::Error::duplicate_field("arguments"))
                        }
                        // `null` is no arguments, as an absent member is.
                        "arguments" => arguments = Some(map.next_value::<Option<&'de RawValue>>()?),
                        _ => others.push((key, map.next_value::<&'de RawValue>()?)),
                    }
                }
                Ok(CallView {
                    name: name.ok_or_else(|| A::Error::missing_field("name"))?,
                    arguments: arguments.flatten(),
                    others,
                })
            }
        }
        d.deserialize_map(V)
    }
}

/// The refusal of a part of `tools/call` params serde_json cannot read (`what`
/// names it, with its verb); it names the place, never the untrusted text.
fn unreadable_params(what: &str, e: &serde_json::Error) -> Denial {
    Denial::from_parse_error(&ParseError::InvalidParams(format!(
        "{what} unreadable (line {}, column {})",
        e.line(),
        e.column()
    )))
}

/// What the request guards concluded about one `tools/call`.
struct CallCheck {
    denial: Option<Denial>,
    /// Redacted `arguments` to forward instead of the original.
    redacted: Option<String>,
    findings: Vec<Finding>,
    threat_score: f32,
    warnings: usize,
    /// Values masked, when `redacted` is set.
    redactions: usize,
}

impl Engine {
    /// Inspect a buffered MCP POST body.
    pub fn inspect_request(&self, body: &[u8], facts: &RequestFacts) -> (Exchange, RequestOutcome) {
        let config = &self.config;
        let mut exchange = Exchange::default();
        let text = match check_body(body, &config.limits) {
            Ok(t) => t,
            Err(e) => return (exchange, RequestOutcome::Reply(parse_error_reply(&e))),
        };
        let payload = match parse_text(text, &config.limits) {
            Ok(p) => p,
            Err(e) => return (exchange, RequestOutcome::Reply(parse_error_reply(&e))),
        };
        exchange.batch = payload.is_batch();
        let mut identity: Option<Option<Result<Identity, Finding>>> = None;
        let mut denials: Vec<(Option<Id>, Denial)> = Vec::new();
        let mut consult = Vec::new();
        let mut edits = Vec::new();
        for msg in payload.messages() {
            let Some(method_name) = msg.method.as_deref() else {
                continue; // a client's response to a server request: nothing to guard
            };
            let method = Method::parse(method_name);
            exchange.methods.push(method);
            let id = msg.id.id().cloned();
            if let Some(id) = &id {
                exchange.ids.push(id.clone());
                exchange.pending.push((id.clone(), method));
            }
            // Every response is inspected, whatever was asked: a `ping` can be
            // answered with anything.
            exchange.inspect_response = true;
            if method == Method::Other && crate::mcp::near_miss(method_name) {
                denials.push((
                    id,
                    Denial::from_parse_error(&ParseError::InvalidRequest(
                        "the method is a near miss of a known MCP method",
                    )),
                ));
                continue;
            }
            if method == Method::ToolsList {
                exchange.paged |= msg.params.is_some_and(|p| p.get().contains("\"cursor\""));
                if let Some(Ok(who)) = identity.get_or_insert_with(|| self.resolve_identity(facts))
                {
                    exchange.identity = Some(who.clone());
                }
            }
            let call = match method {
                Method::ToolsCall => {
                    match parse_object::<CallView>(msg.params, "tools/call params") {
                        Ok(c) => Some(c),
                        Err(e) => {
                            denials.push((id, Denial::from_parse_error(&e)));
                            continue;
                        }
                    }
                }
                _ => None,
            };
            let mut checked = None;
            if let Some(call) = &call {
                exchange
                    .tool
                    .get_or_insert_with(|| call.name.clone().into_owned());
                let who = identity.get_or_insert_with(|| self.resolve_identity(facts));
                let mut check = self.check_call(call, who.as_ref());
                if check.denial.is_none() {
                    check.denial = self.check_other_params(call);
                }
                exchange.warnings += check.warnings;
                exchange.redactions += check.redactions;
                if let Some(denial) = check.denial {
                    denials.push((id, denial));
                    continue;
                }
                if let (Some(new), Some(raw)) = (&check.redacted, call.arguments) {
                    if let Some(edit) = replace_slice(text, raw.get(), new.clone()) {
                        edits.push(edit);
                    }
                }
                checked = Some(check);
            }
            // A `tools/call` without an id is still a call a server may act on: only
            // genuine `notifications/*` skip the sidecar.
            let consultable =
                msg.kind == Kind::Request || !method_name.starts_with("notifications/");
            if consultable {
                if let Some(sidecar) = &config.sidecar {
                    if sidecar.methods.matches(method_name).is_some() {
                        let arguments_json = match &checked {
                            Some(CallCheck {
                                redacted: Some(r), ..
                            }) => Some(r.clone()),
                            _ => call
                                .as_ref()
                                .and_then(|c| c.arguments.map(|a| a.get().to_owned())),
                        };
                        let (findings, threat_score) = checked
                            .map(|c| (c.findings, c.threat_score))
                            .unwrap_or_default();
                        consult.push(Consultation {
                            id,
                            method: method_name.to_owned(),
                            tool: call.as_ref().map(|c| c.name.clone().into_owned()),
                            arguments_json,
                            findings,
                            threat_score,
                        });
                    }
                }
            }
        }
        if denials.is_empty() {
            exchange.rewritten = apply_edits(text, edits);
        }
        let outcome = if !denials.is_empty() {
            RequestOutcome::Reply(denial_reply(&exchange, denials))
        } else if !consult.is_empty() {
            RequestOutcome::Consult(consult)
        } else {
            RequestOutcome::Forward
        };
        (exchange, outcome)
    }

    /// The deny list, the ACL, argument threats and DLP on one `tools/call`, in
    /// that order: the cheapest and most certain verdicts first.
    #[allow(clippy::result_large_err)] // the ACL's verdict is the denial's finding
    fn check_call(
        &self,
        call: &CallView<'_>,
        identity: Option<&Result<Identity, Finding>>,
    ) -> CallCheck {
        let name = call.name.as_ref();
        // The tool name is the caller's text: replies name the rule, not the name.
        let what = "this tools/call";
        let mut check = CallCheck {
            denial: None,
            redacted: None,
            findings: Vec::new(),
            threat_score: 0.0,
            warnings: 0,
            redactions: 0,
        };
        if let Some(glob) = self.config.tool_deny_list.matches_name(name) {
            check.denial = Some(Denial::tool_denied(glob.as_str()));
            return check;
        }
        if let (Some(acl), Some(who)) = (&self.acl, identity) {
            let verdict = who
                .as_ref()
                .map_err(Clone::clone)
                .and_then(|id| acl.allowed(id, name));
            if let Err(finding) = verdict {
                check.denial = Some(denial_from_finding(what, &finding));
                return check;
            }
        }
        let threats_on = self.config.guards.argument_threats.enabled;
        let dlp_on = self.config.guards.dlp.enabled && self.config.guards.dlp.scan_arguments;
        let Some(raw) = call.arguments.filter(|_| threats_on || dlp_on) else {
            return check;
        };
        let mut args: Value = match serde_json::from_str(raw.get()) {
            Ok(v) => v,
            Err(e) => {
                check.denial = Some(unreadable_params("tools/call arguments are", &e));
                return check;
            }
        };
        let threats = self.threats.check_arguments(name, &args);
        check.threat_score = threats.threat_score;
        check.denial = deny_on(what, "argument_threats", threats.action, &threats.findings);
        if check.denial.is_some() {
            return check;
        }
        if threats.action.is_some() {
            check.warnings += threats.findings.len();
        }
        check.findings.extend(threats.findings);
        let dlp = self.dlp.check_arguments(name, &mut args);
        check.denial = deny_on(what, "dlp", dlp.action, &dlp.findings);
        if check.denial.is_some() {
            return check;
        }
        match dlp.action {
            Some(Action::Redact) => {
                check.redacted = Some(args.to_string());
                check.redactions = dlp.redacted;
            }
            Some(_) => check.warnings += dlp.findings.len(),
            None => {}
        }
        check.findings.extend(dlp.findings);
        check
    }

    /// The server reads every member of `tools/call` params, not only
    /// `arguments`: the others (`_meta`, or anything a sender adds) get the same
    /// threat and DLP scan. They are never rewritten, so what would be redacted
    /// in `arguments` is refused here.
    fn check_other_params(&self, call: &CallView<'_>) -> Option<Denial> {
        let threats_on = self.config.guards.argument_threats.enabled;
        let dlp_on = self.config.guards.dlp.enabled && self.config.guards.dlp.scan_arguments;
        if !(threats_on || dlp_on) || call.others.is_empty() {
            return None;
        }
        let tool = call.name.as_ref();
        let mut other = serde_json::Map::new();
        for (k, raw) in &call.others {
            // A member Warden cannot read (a number out of serde_json's range,
            // which other parsers take) is refused, as unreadable `arguments`
            // are: skipping it would forward text no guard has read.
            match serde_json::from_str(raw.get()) {
                Ok(v) => other.insert(k.clone().into_owned(), v),
                Err(e) => return Some(unreadable_params("a tools/call params member is", &e)),
            };
        }
        let mut other = Value::Object(other);
        let what = "this tools/call";
        if threats_on {
            let threats = self.threats.check_arguments(tool, &other);
            if let Some(d) = deny_on(what, "argument_threats", threats.action, &threats.findings) {
                return Some(d);
            }
        }
        if dlp_on {
            let dlp = self.dlp.check_arguments(tool, &mut other);
            let action = dlp.action.map(|a| match a {
                Action::Redact => Action::Deny,
                other => other,
            });
            return deny_on(what, "dlp", action, &dlp.findings);
        }
        None
    }

    /// Apply the sidecar's `redact` and `modify` answers to the body about to be
    /// forwarded:
    /// `Ok(None)` leaves it as it is, `Ok(Some)` is the body to send, `Err` a
    /// reply (a redaction that cannot be applied must not forward the original).
    pub fn redact(
        &self,
        body: &[u8],
        consultations: &[Consultation],
        answers: &[SidecarAnswer],
    ) -> Result<Option<String>, LocalReply> {
        let wanted: Vec<(&Consultation, &SidecarAnswer)> = consultations
            .iter()
            .zip(answers)
            .filter(|(_, a)| matches!(a, SidecarAnswer::Redact(_) | SidecarAnswer::Modify(_)))
            .collect();
        if wanted.is_empty() {
            return Ok(None);
        }
        let first_id = wanted[0].0.id.clone();
        let failed = |why: String| {
            LocalReply::guard_error(
                first_id.as_ref(),
                "redaction_failed",
                format!("Warden could not apply the policy's redaction: {why}"),
            )
        };
        let text = std::str::from_utf8(body).map_err(|e| failed(e.to_string()))?;
        let payload = parse_text(text, &self.config.limits).map_err(|e| failed(e.to_string()))?;
        let mut edits = Vec::new();
        for (c, answer) in wanted {
            // Consultations follow body order; match by id, or the lone id-less call.
            let msg = payload
                .messages()
                .iter()
                .find(|m| m.method.is_some() && m.id.id() == c.id.as_ref())
                .ok_or_else(|| failed("message not found".into()))?;
            let call: CallView =
                parse_object(msg.params, "tools/call params").map_err(|e| failed(e.to_string()))?;
            let new = match answer {
                SidecarAnswer::Modify(json) => {
                    let Some(raw) = call.arguments else {
                        return Err(failed("the call has no arguments to replace".into()));
                    };
                    // Re-serialized, so the server reads exactly what was checked
                    // (no duplicate keys, no odd escapes).
                    match serde_json::from_str::<serde_json::Value>(json) {
                        Ok(v) if v.is_object() => Some((raw, v.to_string())),
                        _ => return Err(failed("the guard's arguments are not an object".into())),
                    }
                }
                SidecarAnswer::Redact(paths) => {
                    let Some(raw) = call.arguments else {
                        continue; // nothing to mask
                    };
                    crate::argpath::redact_json(raw.get(), paths)
                        .map_err(failed)?
                        .map(|new| (raw, new))
                }
                _ => None,
            };
            if let Some((raw, new)) = new {
                edits.push(
                    replace_slice(text, raw.get(), new).ok_or_else(|| failed("splice".into()))?,
                );
            }
        }
        Ok(apply_edits(text, edits))
    }

    /// Combine the sidecar's answers: `None` forwards the request, `Some` replies.
    /// The second value counts answers that were unavailable but failed open.
    pub fn resolve(
        &self,
        exchange: &Exchange,
        consultations: &[Consultation],
        answers: &[SidecarAnswer],
    ) -> (Option<LocalReply>, usize) {
        let fail_open = self
            .config
            .sidecar
            .as_ref()
            .is_some_and(|s| s.failure_mode == FailureMode::Allow);
        let mut denials = Vec::new();
        let mut failed_open = 0;
        for (c, answer) in consultations.iter().zip(answers) {
            match answer {
                SidecarAnswer::Allow | SidecarAnswer::Redact(_) | SidecarAnswer::Modify(_) => {}
                SidecarAnswer::Deny(d) => denials.push((c.id.clone(), d.clone())),
                SidecarAnswer::Unavailable(_) if fail_open => failed_open += 1,
                SidecarAnswer::Unavailable(_) => denials.push((
                    c.id.clone(),
                    Denial::new(
                        codes::SIDECAR_UNAVAILABLE,
                        "sidecar_unavailable",
                        "Warden could not reach its policy service; the request was not forwarded",
                    ),
                )),
            }
        }
        if answers.len() < consultations.len() && !fail_open {
            denials.push((
                None,
                Denial::new(
                    codes::SIDECAR_UNAVAILABLE,
                    "sidecar_unavailable",
                    "Warden did not receive every policy decision",
                ),
            ));
        }
        if denials.is_empty() {
            (None, failed_open)
        } else {
            (Some(denial_reply(exchange, denials)), failed_open)
        }
    }
}

fn parse_error_reply(e: &ParseError) -> LocalReply {
    let status = match e {
        ParseError::TooLarge { .. } => 413,
        _ => 400,
    };
    LocalReply {
        status,
        body: Denial::from_parse_error(e).to_response(None),
        code: e.code().to_owned(),
    }
}

/// A local reply for a body Warden cannot inspect (`why` names the rule, e.g.
/// `content_type_ambiguous`); JSON-RPC errors travel in HTTP 200 except where
/// the transport itself is at fault.
pub fn uninspectable_reply(status: u32, why: &str) -> LocalReply {
    LocalReply {
        status,
        body: Denial::new(
            codes::GUARD_ERROR,
            why,
            format!("Warden could not inspect this message ({why}); it was not forwarded"),
        )
        .to_response(None),
        code: why.to_owned(),
    }
}

impl Engine {
    /// A body on a request that is not otherwise MCP (another path, another
    /// content type): `None` when no receiver could read it as JSON-RPC, else
    /// the strict inspection of [`Engine::inspect_request`]. Anything that starts
    /// like JSON but does not parse is refused: a lenient parser might read it.
    pub fn inspect_sniffed(
        &self,
        body: &[u8],
        facts: &RequestFacts,
    ) -> Option<(Exchange, RequestOutcome)> {
        if !crate::transport::could_be_jsonrpc(body) {
            return None;
        }
        const ENVELOPE: [&str; 5] = ["jsonrpc", "method", "id", "result", "error"];
        let shaped = |v: &Value| {
            v.as_object()
                .is_some_and(|o| ENVELOPE.iter().any(|k| o.contains_key(*k)))
        };
        match serde_json::from_slice::<Value>(body) {
            Ok(Value::Array(items)) if !items.iter().any(shaped) && !items.is_empty() => None,
            Ok(v @ Value::Object(_)) if !shaped(&v) => None,
            _ => Some(self.inspect_request(body, facts)),
        }
    }
}

/// A local reply for an oversize body, before anything was parsed.
pub fn too_large_reply(size: usize, limit: usize) -> LocalReply {
    parse_error_reply(&ParseError::TooLarge { size, limit })
}

/// JSON-RPC errors are answered with HTTP 200 so MCP clients surface the error
/// (with its id) to the caller instead of failing the transport. A batch with any
/// denied member is refused whole: each request gets an error, the denied ones
/// their own reason.
fn denial_reply(exchange: &Exchange, denials: Vec<(Option<Id>, Denial)>) -> LocalReply {
    let code = denials
        .first()
        .map(|(_, d)| d.code.clone())
        .unwrap_or_default();
    if !exchange.batch {
        let (id, denial) = &denials[0];
        return LocalReply {
            status: 200,
            body: denial.to_response(id.as_ref()),
            code,
        };
    }
    let mut parts = Vec::with_capacity(exchange.ids.len().max(1));
    for id in &exchange.ids {
        match denials.iter().find(|(d_id, _)| d_id.as_ref() == Some(id)) {
            Some((_, d)) => parts.push(d.to_response(Some(id))),
            None => parts.push(
                Denial::new(
                    codes::DENIED,
                    "batch_rejected",
                    "Warden refused this batch because another member was denied",
                )
                .to_response(Some(id)),
            ),
        }
    }
    // Denials without a request id (malformed members) still need a voice.
    for (id, d) in &denials {
        if id.is_none() {
            parts.push(d.to_response(None));
        }
    }
    LocalReply {
        status: 200,
        body: format!("[{}]", parts.join(",")),
        code,
    }
}
