//! Responses held for the sidecar's WebAssembly guards (`toolsList` and
//! `toolResult` phases, enabled by `sidecar.guardPhases`).
//!
//! After the native guards have run, the filter picks out of the body it is about
//! to forward every `tools/list` and `tools/call` result a configured phase
//! covers, asks the sidecar about each (exact bytes: what the client will parse),
//! and applies the answers: a denial replaces that message with a JSON-RPC
//! error carrying its id, a `modify` replaces the tools array or the result
//! object, anything the filter cannot use is handled by the sidecar's
//! `failureMode` (deny by default). Other messages are forwarded byte for byte.

use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::Value;
use warden_core::config::GuardPhase;
use warden_core::jsonrpc::Id;
use warden_core::mcp::Method;
use warden_core::pipeline::{Relisted, SidecarAnswer};
use warden_core::reply::{codes, Denial};
use warden_core::sse::{RawEvent, SseParser};

/// One result the guards must see before it is forwarded.
#[derive(Clone, Debug, PartialEq)]
pub struct Held {
    /// Position in the batch (0 for a single message).
    pub index: usize,
    pub id: Id,
    pub method: Method,
    /// The tools array (`tools/list`) or the result object (`tools/call`), as
    /// the upstream sent it.
    pub result_json: String,
}

#[derive(Deserialize)]
struct Message<'a> {
    #[serde(borrow, default)]
    id: Option<&'a RawValue>,
    #[serde(borrow, default)]
    result: Option<&'a RawValue>,
}

#[derive(Deserialize)]
struct ListResult<'a> {
    #[serde(borrow, default)]
    tools: Option<&'a RawValue>,
}

/// Whether any request of this exchange can have a result a phase covers:
/// the cheap test that keeps every other response off this path.
pub fn may_hold(phases: &[GuardPhase], pending: &[(Id, Method)]) -> bool {
    pending.iter().any(|(_, m)| phase_of(phases, *m).is_some())
}

fn phase_of(phases: &[GuardPhase], method: Method) -> Option<GuardPhase> {
    let p = match method {
        Method::ToolsList => GuardPhase::ToolsList,
        Method::ToolsCall => GuardPhase::ToolResult,
        _ => return None,
    };
    phases.contains(&p).then_some(p)
}

/// The members of a body: the batch's elements, or the message itself.
fn members(body: &str) -> Result<Vec<&RawValue>, String> {
    let trimmed = body.trim_start();
    if trimmed.starts_with('[') {
        serde_json::from_str::<Vec<&RawValue>>(body).map_err(|e| e.to_string())
    } else {
        serde_json::from_str::<&RawValue>(body)
            .map(|m| vec![m])
            .map_err(|e| e.to_string())
    }
}

/// The results in `body` (already passed by the native guards) that the
/// guards must see. `Err`: the body cannot be read, so it must not pass.
pub fn held_results(
    body: &str,
    pending: &[(Id, Method)],
    phases: &[GuardPhase],
) -> Result<Vec<Held>, String> {
    let mut held = Vec::new();
    for (index, member) in members(body)?.into_iter().enumerate() {
        // Unreadable (a duplicated key, not an object): refused, never skipped.
        let msg: Message =
            serde_json::from_str(member.get()).map_err(|e| format!("message {index}: {e}"))?;
        let (Some(id), Some(result)) = (msg.id, msg.result) else {
            continue;
        };
        let Ok(id) = Id::from_json(id.get()) else {
            continue;
        };
        let Some(method) = pending
            .iter()
            .find(|(p, _)| *p == id)
            .map(|(_, m)| *m)
            .filter(|m| phase_of(phases, *m).is_some())
        else {
            continue;
        };
        let result_json = if method == Method::ToolsList {
            let list: ListResult = serde_json::from_str(result.get())
                .map_err(|e| format!("tools/list result: {e}"))?;
            list.tools
                .map_or_else(|| "[]".to_owned(), |t| t.get().to_owned())
        } else {
            result.get().to_owned()
        };
        held.push(Held {
            index,
            id,
            method,
            result_json,
        });
    }
    Ok(held)
}

/// Whether [`held_results`] would hold the re-listed `tools/list` the native
/// pipeline forwarded from its cache: a phase covers it and a `tools/list`
/// awaits its id.
pub fn holds_relisted(
    relisted: &Relisted,
    pending: &[(Id, Method)],
    phases: &[GuardPhase],
) -> bool {
    phase_of(phases, Method::ToolsList).is_some()
        && pending
            .iter()
            .find(|(p, _)| *p == relisted.id)
            .is_some_and(|(_, m)| *m == Method::ToolsList)
}

/// What [`held_results`] would hold of such a list (see [`holds_relisted`])
/// in the forwarded `body`, cut where the pipeline says its tools are, with
/// no parse of the list.
pub fn held_relisted(body: &str, relisted: &Relisted) -> Option<Held> {
    Some(Held {
        index: 0,
        id: relisted.id.clone(),
        method: Method::ToolsList,
        result_json: body.get(relisted.tools.clone())?.to_owned(),
    })
}

/// The reply for a held result the sidecar gave no usable answer about.
pub fn unavailable(why: &str) -> Denial {
    Denial::new(
        codes::SIDECAR_UNAVAILABLE,
        "sidecar_unavailable",
        format!(
            "Warden could not get its guards' verdict on this response ({}); it was not forwarded",
            why.chars().take(120).collect::<String>()
        ),
    )
}

/// What becomes of the body. `None`: forward it unchanged. `fail_open`: the
/// sidecar's `failureMode` is `allow`.
pub fn apply(
    body: &str,
    held: &[Held],
    answers: &[SidecarAnswer],
    fail_open: bool,
) -> Result<Option<String>, String> {
    let mut replaced: Vec<(usize, String)> = Vec::new();
    for (h, answer) in held.iter().zip(answers) {
        let new = match answer {
            SidecarAnswer::Allow | SidecarAnswer::Redact(_) => continue,
            SidecarAnswer::Unavailable(_) if fail_open => continue,
            SidecarAnswer::Unavailable(why) => unavailable(why).to_response(Some(&h.id)),
            SidecarAnswer::Deny(d) => d.to_response(Some(&h.id)),
            SidecarAnswer::Modify(json) => match modified(body, h, json) {
                Ok(m) => m,
                Err(why) => Denial::new(
                    codes::GUARD_ERROR,
                    "guard_modify_invalid",
                    format!("Warden could not apply a guard's rewrite ({why}); the response was not forwarded"),
                )
                .to_response(Some(&h.id)),
            },
        };
        replaced.push((h.index, new));
    }
    if replaced.is_empty() {
        return Ok(None);
    }
    let mut parts: Vec<String> = members(body)?
        .into_iter()
        .map(|m| m.get().to_owned())
        .collect();
    for (i, new) in replaced {
        if let Some(slot) = parts.get_mut(i) {
            *slot = new;
        }
    }
    Ok(Some(if body.trim_start().starts_with('[') {
        format!("[{}]", parts.join(","))
    } else {
        parts.pop().unwrap_or_default()
    }))
}

/// The message with the guard's tools array (or result object) in place.
fn modified(body: &str, h: &Held, json: &str) -> Result<String, String> {
    let new: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let member = members(body)?
        .into_iter()
        .nth(h.index)
        .ok_or("message gone")?;
    let mut msg: Value = serde_json::from_str(member.get()).map_err(|e| e.to_string())?;
    let result = msg
        .get_mut("result")
        .and_then(Value::as_object_mut)
        .ok_or("result is not an object")?;
    match h.method {
        Method::ToolsList if new.is_array() => {
            result.insert("tools".into(), new);
        }
        Method::ToolsCall if new.is_object() => {
            *result = new.as_object().cloned().unwrap_or_default();
        }
        _ => return Err("the rewrite does not fit the phase".into()),
    }
    Ok(msg.to_string())
}

/// An SSE body (a whole POST response stream, already passed by the native
/// guards) split into events, and the covered results of each event's data.
pub struct SseHeld {
    events: Vec<RawEvent>,
    /// (event index, result), in order.
    pub held: Vec<(usize, Held)>,
}

impl SseHeld {
    /// The events as they arrived.
    pub fn original(&self) -> String {
        let bytes: Vec<u8> = self.events.iter().flat_map(|e| e.raw.clone()).collect();
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

/// [`held_results`] over every JSON event of an SSE body.
pub fn held_results_sse(
    body: &[u8],
    max_event_bytes: usize,
    pending: &[(Id, Method)],
    phases: &[GuardPhase],
) -> Result<SseHeld, String> {
    let mut parser = SseParser::new(max_event_bytes);
    let mut events = parser.feed(body).map_err(|e| e.to_string())?;
    events.extend(parser.finish().map_err(|e| e.to_string())?);
    let mut held = Vec::new();
    for (i, ev) in events.iter().enumerate() {
        let Some(data) = ev.event.data.as_deref() else {
            continue;
        };
        if !matches!(data.trim_start().as_bytes().first(), Some(b'{' | b'[')) {
            continue; // `endpoint` events, pings: not JSON-RPC
        }
        held.extend(
            held_results(data, pending, phases)?
                .into_iter()
                .map(|h| (i, h)),
        );
    }
    Ok(SseHeld { events, held })
}

/// [`apply`] event by event. `None`: forward the body unchanged.
pub fn apply_sse(
    sse: &SseHeld,
    answers: &[SidecarAnswer],
    fail_open: bool,
) -> Result<Option<Vec<u8>>, String> {
    let mut out = Vec::new();
    let mut changed = false;
    for (i, ev) in sse.events.iter().enumerate() {
        let (held, answers): (Vec<Held>, Vec<SidecarAnswer>) = sse
            .held
            .iter()
            .zip(answers)
            .filter(|((e, _), _)| *e == i)
            .map(|((_, h), a)| (h.clone(), a.clone()))
            .unzip();
        let data = ev.event.data.as_deref().unwrap_or("");
        match (held.is_empty(), apply(data, &held, &answers, fail_open)?) {
            (false, Some(new)) => {
                let mut e = ev.event.clone();
                e.data = Some(new);
                out.extend(e.to_bytes());
                changed = true;
            }
            _ => out.extend_from_slice(&ev.raw),
        }
    }
    Ok(changed.then_some(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOTH: &[GuardPhase] = &[GuardPhase::ToolsList, GuardPhase::ToolResult];

    fn pending() -> Vec<(Id, Method)> {
        vec![
            (Id::number(1), Method::ToolsList),
            (Id::string("c"), Method::ToolsCall),
            (Id::number(3), Method::Ping),
        ]
    }

    #[test]
    fn a_relisted_list_is_held_as_a_parse_would_hold_it() {
        let body = r#"{"jsonrpc":"2.0","id":1,"result":{"tools":[{"name":"a" }],"x":"]"}}"#;
        let start = body.find('[').unwrap();
        let relisted = |id: Id| Relisted {
            id,
            tools: start..start + r#"[{"name":"a" }]"#.len(),
            list: 1,
        };
        let parsed = held_results(body, &pending(), BOTH).unwrap();
        let list = relisted(Id::number(1));
        assert!(holds_relisted(&list, &pending(), BOTH));
        assert_eq!(held_relisted(body, &list), parsed.into_iter().next());
        // Not covered, not awaited, or awaited as another method: not held.
        assert!(!holds_relisted(
            &list,
            &pending(),
            &[GuardPhase::ToolResult]
        ));
        assert!(!holds_relisted(&list, &[], BOTH));
        assert!(!holds_relisted(
            &relisted(Id::string("c")),
            &pending(),
            BOTH
        ));
    }

    #[test]
    fn picks_the_covered_results_exactly() {
        let body = r#"[{"jsonrpc":"2.0","id":1,"result":{"tools":[{"name":"a" }]}},
            {"jsonrpc":"2.0","id":"c","result":{"content":[],"isError":false}},
            {"jsonrpc":"2.0","id":3,"result":{}},
            {"jsonrpc":"2.0","id":9,"error":{"code":1,"message":"m"}}]"#;
        let held = held_results(body, &pending(), BOTH).unwrap();
        assert_eq!(held.len(), 2);
        assert_eq!(held[0].result_json, r#"[{"name":"a" }]"#);
        assert_eq!(held[1].method, Method::ToolsCall);
        assert_eq!(held[1].index, 1);
        assert_eq!(held[1].result_json, r#"{"content":[],"isError":false}"#);
        let only_list = held_results(body, &pending(), &[GuardPhase::ToolsList]).unwrap();
        assert_eq!(only_list.len(), 1);
        assert!(may_hold(&[GuardPhase::ToolResult], &pending()));
        assert!(!may_hold(&[], &pending()));
        assert!(!may_hold(BOTH, &[(Id::number(1), Method::Ping)]));
        assert!(held_results("{not json", &pending(), BOTH).is_err());
        // A duplicated result key is ambiguous: refused, never guessed.
        assert!(held_results(
            r#"{"id":1,"result":{"tools":[],"tools":[{"name":"x"}]}}"#,
            &pending(),
            BOTH
        )
        .is_err());
    }

    #[test]
    fn answers_become_the_forwarded_body() {
        let body = r#"[{"jsonrpc":"2.0","id":1,"result":{"tools":[{"name":"a"},{"name":"b"}]}},{"jsonrpc":"2.0","id":"c","result":{"content":[]}}]"#;
        let held = held_results(body, &pending(), BOTH).unwrap();
        assert_eq!(
            apply(
                body,
                &held,
                &[SidecarAnswer::Allow, SidecarAnswer::Allow],
                false
            )
            .unwrap(),
            None
        );
        let denial = Denial::new(codes::DENIED, "tool_pattern_blocked", "no").with_guard("p");
        let out = apply(
            body,
            &held,
            &[
                SidecarAnswer::Modify(r#"[{"name":"a"}]"#.into()),
                SidecarAnswer::Deny(denial),
            ],
            false,
        )
        .unwrap()
        .unwrap();
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v[0]["result"]["tools"].as_array().unwrap().len(), 1);
        assert_eq!(v[1]["id"], "c");
        assert_eq!(
            v[1]["error"]["data"]["warden"]["code"],
            "tool_pattern_blocked"
        );
        // No usable answer: refused unless the failure mode allows.
        let gone = [SidecarAnswer::Unavailable("t".into()), SidecarAnswer::Allow];
        let out = apply(body, &held, &gone, false).unwrap().unwrap();
        assert!(out.contains("sidecar_unavailable"));
        assert_eq!(apply(body, &held, &gone, true).unwrap(), None);
        // A rewrite of the wrong shape is not forwarded.
        let bad = [SidecarAnswer::Modify("{}".into()), SidecarAnswer::Allow];
        let out = apply(body, &held, &bad, false).unwrap().unwrap();
        assert!(out.contains("guard_modify_invalid"));
        // A single message stays a single message; a result rewrite replaces it.
        let single =
            r#"{"jsonrpc":"2.0","id":"c","result":{"content":[{"type":"text","text":"x"}]}}"#;
        let held = held_results(single, &pending(), BOTH).unwrap();
        let out = apply(
            single,
            &held,
            &[SidecarAnswer::Modify(
                r#"{"content":[],"isError":true}"#.into(),
            )],
            false,
        )
        .unwrap()
        .unwrap();
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["result"]["isError"], true);
        assert_eq!(v["id"], "c");
    }

    #[test]
    fn sse_events_are_held_and_rewritten_one_by_one() {
        let body = b": keep-alive\n\nevent: message\ndata: {\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"tools\":[{\"name\":\"a\"}]}}\n\nevent: message\ndata: {\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\",\"params\":{}}\n\n";
        let sse = held_results_sse(body, 1 << 20, &pending(), BOTH).unwrap();
        assert_eq!(sse.held.len(), 1);
        assert_eq!(sse.held[0].0, 1);
        assert_eq!(
            apply_sse(&sse, &[SidecarAnswer::Allow], false).unwrap(),
            None
        );
        let denial = Denial::new(codes::DENIED, "x_blocked", "no");
        let out = apply_sse(&sse, &[SidecarAnswer::Deny(denial)], false)
            .unwrap()
            .unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with(": keep-alive\n\n"), "{text}");
        assert!(text.contains("x_blocked"));
        assert!(text.contains("notifications/message"));
        assert!(held_results_sse(b"data: {bad\n\n", 1 << 20, &pending(), BOTH).is_err());
    }
}
