//! The response side. Each response is correlated with the request it answers
//! by id, and routed by that request's method, never by what the result looks
//! like: `initialize` results go through the spoofing guard, `tools/list`
//! results through the deny list and every tools-list guard, and every other
//! result and every error (`tools/call`, `ping`, `resources/read`, ...) through
//! DLP and injection scanning of all its strings and keys. A response to no
//! request in flight is refused. Server-to-client requests and notifications
//! must be allowed by `serverMethods` and are scanned like results. JSON bodies
//! are inspected whole, SSE streams event by event.
//!
//! A verdict on a `tools/list` result is cached by the exact result bytes (and the
//! server's identity): clients re-list often and servers answer with identical
//! bytes, so the common case costs a byte comparison, not a scan. Exact bytes, not
//! a hash, so no crafted list can collide with a vetted one.

use std::collections::VecDeque;
use std::ops::Range;

use serde_json::value::RawValue;
use serde_json::Value;

use super::{
    apply_edits, denial_from_finding, deny_on, replace_slice, Edit, Engine, Exchange, Identity,
    Relisted, ResponseReport,
};
use crate::bytes;
use crate::guards::pinning::PinStore;
use crate::guards::spoofing::ServerIdentity;
use crate::guards::tools_list::CheckOptions;
use crate::guards::{Action, Detection};
use crate::jsonrpc::{is_json_space, parse_text, Kind, MessageView};
use crate::mcp::{InitializeResult, Method, ToolsListResult};
use crate::reply::{codes, Denial};
use crate::sse::{SseEvent, SseParser};

/// Most distinct `tools/list` results remembered per VM.
const CACHE_ENTRIES: usize = 32;

/// Per-exchange state the response guards need from the filter.
pub struct ResponseContext<'a> {
    pub server: ServerIdentity,
    pub pins: &'a mut dyn PinStore,
    pub cache: &'a mut ListCache,
    /// The request asked for a later page (`cursor`): a partial list.
    pub paged: bool,
    /// The tool a `tools/call` result answers, when known.
    pub tool: Option<String>,
    /// The caller, when an ACL is configured.
    pub identity: Option<Identity>,
    /// Requests still awaiting their answer (id, method); answered ones are
    /// removed, so a second answer to the same id is refused.
    pub pending: Vec<(crate::jsonrpc::Id, crate::mcp::Method)>,
    /// Whether responses can be correlated (not on a GET server stream).
    pub correlated: bool,
}

impl ResponseContext<'_> {
    /// The method of the request `id` answers, taking it off the pending list.
    /// `Err`: nobody asked. `Ok(None)`: an uncorrelated stream.
    fn answer(&mut self, id: &crate::jsonrpc::Id) -> Result<Option<Method>, ()> {
        if !self.correlated {
            return Ok(None);
        }
        let at = self.pending.iter().position(|(p, _)| p == id).ok_or(())?;
        Ok(Some(self.pending.remove(at).1))
    }
}

impl<'a> ResponseContext<'a> {
    /// The context for the response to `exchange`.
    pub fn new(
        exchange: &Exchange,
        server: ServerIdentity,
        pins: &'a mut dyn PinStore,
        cache: &'a mut ListCache,
    ) -> Self {
        Self {
            server,
            pins,
            cache,
            paged: exchange.paged,
            tool: exchange.tool.clone(),
            identity: exchange.identity.clone(),
            pending: exchange.pending.clone(),
            correlated: !exchange.stream,
        }
    }
}

enum CallResult {
    Keep,
    Rewrite(String),
    Deny(Denial),
}

#[derive(Clone, Debug, PartialEq)]
enum ListOutcome {
    Keep,
    Rewrite { result: String, filtered: usize },
    Deny(Denial),
}

#[derive(Debug)]
struct CacheEntry {
    server: String,
    result: String,
    outcome: ListOutcome,
    /// Where the `tools` array sits in the result as forwarded (this one when
    /// kept, the rewrite when cut), so the filter can hand a re-listed list to
    /// the sidecar's guards without parsing it again.
    forwarded_tools: Option<Range<usize>>,
    /// This entry's number, never given to another (see [`Relisted::list`]).
    number: u64,
}

/// `b` without the JSON whitespace it starts with.
fn json_trim_start(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|&&c| is_json_space(c)).count();
    &b[n..]
}

/// `b` without JSON whitespace at either end.
fn json_trim(b: &[u8]) -> &[u8] {
    let b = json_trim_start(b);
    let n = b.iter().rev().take_while(|&&c| is_json_space(c)).count();
    &b[..b.len() - n]
}

/// Verdicts on recent `tools/list` results, by exact bytes.
#[derive(Debug, Default)]
pub struct ListCache {
    entries: VecDeque<CacheEntry>,
    /// Entries made so far: the next one's number.
    made: u64,
}

impl ListCache {
    fn get(&self, server: &str, result: &str) -> Option<&ListOutcome> {
        self.entries
            .iter()
            .find(|e| e.server == server && bytes::equal(e.result.as_bytes(), result.as_bytes()))
            .map(|e| &e.outcome)
    }

    fn put(&mut self, server: String, result: &str, outcome: ListOutcome) {
        if self.entries.len() >= CACHE_ENTRIES {
            self.entries.pop_front();
        }
        let forwarded_tools = match &outcome {
            ListOutcome::Keep => tools_span(result),
            ListOutcome::Rewrite { result, .. } => tools_span(result),
            ListOutcome::Deny(_) => None,
        };
        self.made += 1;
        self.entries.push_back(CacheEntry {
            server,
            result: result.to_owned(),
            outcome,
            forwarded_tools,
            number: self.made,
        });
    }

    /// The entry whose result `text` starts with, byte for byte.
    fn find_prefix_of(&self, server: &str, text: &[u8]) -> Option<&CacheEntry> {
        self.entries
            .iter()
            .find(|e| e.server == server && bytes::starts_with(text, e.result.as_bytes()))
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }
}

/// `result` without the tools `remove` marks, cut out of the server's own
/// bytes: everything else reaches the client as the server spelt it (a list
/// re-serialised from a tree would respell numbers and drop digits past an
/// f64's), and the list can only get shorter. `None` if the list does not
/// read as it did to the guards.
fn without_tools(result: &str, remove: &[bool]) -> Option<String> {
    let span = tools_span(result)?;
    let tools: Vec<&RawValue> = serde_json::from_str(result.get(span.clone())?).ok()?;
    if tools.len() != remove.len() {
        return None;
    }
    let (start, end) = (span.start, span.end);
    let kept: Vec<&str> = tools
        .iter()
        .zip(remove)
        .filter(|(_, drop)| !**drop)
        .map(|(t, _)| t.get())
        .collect();
    Some(format!(
        "{}[{}]{}",
        result.get(..start)?,
        kept.join(","),
        result.get(end..)?
    ))
}

/// Where the `tools` member's value sits in a `tools/list` result's text.
fn tools_span(result: &str) -> Option<Range<usize>> {
    #[derive(serde::Deserialize)]
    struct Listed<'a> {
        #[serde(borrow)]
        tools: &'a RawValue,
    }
    let listed: Listed<'_> = serde_json::from_str(result).ok()?;
    // The value is a slice of `result`: where it starts is a pointer difference.
    let start = (listed.tools.get().as_ptr() as usize).checked_sub(result.as_ptr() as usize)?;
    Some(start..start + listed.tools.get().len())
}

/// Cached verdicts are per server identity.
fn server_key(ctx: &ResponseContext<'_>) -> String {
    format!(
        "{}\u{0}{}\u{0}{}",
        ctx.server.name,
        ctx.server.url.as_deref().unwrap_or(""),
        ctx.server
            .server_info
            .as_ref()
            .map(|i| i.name.as_str())
            .unwrap_or("")
    )
}

/// What the filter sends in place of a JSON response whose `content-length`
/// it kept when the reply it meant to send there (a refusal, a rewrite) is
/// longer: the shortest error of Warden's shape, answering the exchange's one
/// request (`null` for a batch). The filter keeps a length only where this
/// fits, so a refusal never has to cut the connection instead.
pub fn withheld_reply(exchange: &Exchange) -> String {
    format!("{WITHHELD_HEAD}{}{WITHHELD_TAIL}", withheld_id(exchange))
}

/// The length of [`withheld_reply`], without writing it: the filter asks on
/// every response it buffers.
pub fn withheld_reply_len(exchange: &Exchange) -> usize {
    WITHHELD_HEAD.len() + withheld_id(exchange).len() + WITHHELD_TAIL.len()
}

// `Denial::new(codes::GUARD_ERROR, "withheld", "Withheld by Warden")` as a
// response, in two constant halves around the id (a test holds them to it).
const WITHHELD_HEAD: &str = r#"{"jsonrpc":"2.0","id":"#;
const WITHHELD_TAIL: &str = r#","error":{"code":-32005,"message":"Withheld by Warden","data":{"warden":{"code":"withheld"}}}}"#;

fn withheld_id(exchange: &Exchange) -> &str {
    match exchange.pending.as_slice() {
        [(id, _)] if !exchange.batch => id.as_json(),
        _ => "null",
    }
}

fn upstream_invalid() -> String {
    Denial::new(
        crate::error::INVALID_REQUEST,
        "upstream_invalid",
        "Warden could not parse the MCP server's response; it was not forwarded",
    )
    .to_response(None)
}

/// A result the guards must read but cannot: not forwarded (fail closed). The
/// parser's message is not quoted: it can echo the untrusted text.
fn unreadable(what: &str) -> Denial {
    Denial::new(
        codes::GUARD_ERROR,
        "upstream_invalid",
        format!("Warden could not read the {what}; it was not forwarded"),
    )
}

fn unsolicited() -> Denial {
    Denial::new(
        crate::error::INVALID_REQUEST,
        "upstream_unsolicited",
        "Warden refused a response whose id matches no request in flight",
    )
}

fn server_method_denied() -> Denial {
    Denial::new(
        codes::DENIED,
        "server_method_denied",
        "Warden refused a server-to-client message whose method is not allowed (serverMethods)",
    )
    .with_guard("server_methods")
}

fn denial_from(det: &Detection) -> Denial {
    denial_from_finding("this response", &det.finding)
}

impl Engine {
    /// Inspect a whole JSON response body. `None`: forward unchanged.
    pub fn inspect_json_response(
        &self,
        ctx: &mut ResponseContext<'_>,
        body: &[u8],
        report: &mut ResponseReport,
    ) -> Option<Vec<u8>> {
        // Before the UTF-8 check: a re-listed list is validated only around
        // the result it shares, byte for byte, with a vetted (valid) one.
        if let Some(decided) = self.known_tools_list(ctx, body, report) {
            return decided.map(String::into_bytes);
        }
        let Ok(text) = std::str::from_utf8(body) else {
            report.invalid += 1;
            return Some(upstream_invalid().into_bytes());
        };
        self.inspect_unknown_payload(ctx, text, report)
            .map(String::into_bytes)
    }

    /// Inspect one JSON-RPC payload (a body, or an SSE event's data).
    fn inspect_payload(
        &self,
        ctx: &mut ResponseContext<'_>,
        text: &str,
        report: &mut ResponseReport,
    ) -> Option<String> {
        if let Some(decided) = self.known_tools_list(ctx, text.as_bytes(), report) {
            return decided;
        }
        self.inspect_unknown_payload(ctx, text, report)
    }

    /// [`Self::inspect_payload`] once the re-listed fast path has declined.
    fn inspect_unknown_payload(
        &self,
        ctx: &mut ResponseContext<'_>,
        text: &str,
        report: &mut ResponseReport,
    ) -> Option<String> {
        let payload = match parse_text(text, &self.config.limits) {
            Ok(p) => p,
            Err(_) => {
                report.invalid += 1;
                return Some(upstream_invalid());
            }
        };
        let mut members: Vec<&RawValue> = Vec::new();
        if payload.is_batch() {
            members = serde_json::from_str(text).ok()?;
        }
        let mut edits = Vec::new();
        for (i, msg) in payload.messages().iter().enumerate() {
            let member = members.get(i).map(|m| m.get()).unwrap_or(text);
            if let Some(edit) = self.inspect_message(ctx, msg, text, member, report) {
                edits.push(edit);
            }
        }
        apply_edits(text, edits)
    }

    fn inspect_message(
        &self,
        ctx: &mut ResponseContext<'_>,
        msg: &MessageView<'_>,
        text: &str,
        member: &str,
        report: &mut ResponseReport,
    ) -> Option<Edit> {
        let denied =
            |report: &mut ResponseReport, denial: Denial, id: Option<&crate::jsonrpc::Id>| {
                deny_member(text, member, report, &denial, id)
            };
        let route = match (msg.kind, msg.id.id()) {
            (Kind::Request | Kind::Notification, _) => {
                return self.inspect_server_message(ctx, msg, text, member, report);
            }
            (_, Some(id)) => match ctx.answer(id) {
                Ok(route) => route,
                Err(()) => {
                    report.invalid += 1;
                    return denied(report, unsolicited(), None);
                }
            },
            // `"id": null`: an error about a request the server could not read.
            (_, None) => None,
        };
        if msg.kind == Kind::Error {
            let raw = msg.error?.get();
            return match self.scan_message_part(ctx, "this error response", raw, report) {
                CallResult::Keep => None,
                CallResult::Rewrite(new) => replace_slice(text, raw, new),
                CallResult::Deny(denial) => denied(report, denial, msg.id.id()),
            };
        }
        let result = msg.result?.get();
        let route = match route {
            Some(method) => method,
            // Uncorrelated (a GET stream): route by the parsed shape.
            None => shape_of(result),
        };
        match route {
            Method::Initialize => {
                if let Some(denial) = self.check_initialize(ctx, result, report) {
                    return denied(report, denial, msg.id.id());
                }
                self.call_result_edit(ctx, text, member, result, msg, report)
            }
            Method::ToolsList => {
                let outcome = self.check_tools_list(ctx, result, report);
                let new = match outcome {
                    ListOutcome::Keep => None,
                    ListOutcome::Rewrite {
                        result: new,
                        filtered,
                    } => {
                        report.tools_filtered += filtered;
                        Some(new)
                    }
                    ListOutcome::Deny(denial) => return denied(report, denial, msg.id.id()),
                };
                let new = self
                    .filter_by_acl(ctx, new.as_deref().unwrap_or(result), report)
                    .or(new);
                replace_slice(text, result, new?)
            }
            // Any other result is scanned; one that also carries a `tools` list
            // (a `ping` answered with a list) has that list vetted too, for a
            // client that reads it anyway.
            _ if shape_of(result) == Method::ToolsList => {
                let vetted = match self.check_tools_list(ctx, result, report) {
                    ListOutcome::Deny(denial) => {
                        return deny_member(text, member, report, &denial, msg.id.id())
                    }
                    ListOutcome::Rewrite {
                        result: new,
                        filtered,
                    } => {
                        report.tools_filtered += filtered;
                        Some(new)
                    }
                    ListOutcome::Keep => None,
                };
                let current = vetted.as_deref().unwrap_or(result);
                let scanned = match self.check_call_result(ctx, current, report) {
                    CallResult::Keep => vetted,
                    CallResult::Rewrite(new) => Some(new),
                    CallResult::Deny(denial) => {
                        return deny_member(text, member, report, &denial, msg.id.id())
                    }
                };
                replace_slice(text, result, scanned?)
            }
            _ => self.call_result_edit(ctx, text, member, result, msg, report),
        }
    }

    fn call_result_edit(
        &self,
        ctx: &mut ResponseContext<'_>,
        text: &str,
        member: &str,
        result: &str,
        msg: &MessageView<'_>,
        report: &mut ResponseReport,
    ) -> Option<Edit> {
        match self.check_call_result(ctx, result, report) {
            CallResult::Keep => None,
            CallResult::Rewrite(new) => replace_slice(text, result, new),
            CallResult::Deny(denial) => deny_member(text, member, report, &denial, msg.id.id()),
        }
    }

    /// A request or notification from the server to the client: its method
    /// must be allowed, and its params are scanned like a result.
    fn inspect_server_message(
        &self,
        ctx: &mut ResponseContext<'_>,
        msg: &MessageView<'_>,
        text: &str,
        member: &str,
        report: &mut ResponseReport,
    ) -> Option<Edit> {
        let method = msg.method.as_deref().unwrap_or("");
        if self.config.server_methods.matches(method).is_none() {
            return deny_member(text, member, report, &server_method_denied(), None);
        }
        let raw = msg.params?.get();
        match self.scan_message_part(ctx, "this server request", raw, report) {
            CallResult::Keep => None,
            CallResult::Rewrite(new) => replace_slice(text, raw, new),
            CallResult::Deny(denial) => deny_member(text, member, report, &denial, None),
        }
    }

    /// Drop the tools the caller may not call (per-caller, so after the cache).
    fn filter_by_acl(
        &self,
        ctx: &ResponseContext<'_>,
        result: &str,
        report: &mut ResponseReport,
    ) -> Option<String> {
        let (acl, who) = (self.acl.as_ref()?, ctx.identity.as_ref()?);
        let mut value: Value = serde_json::from_str(result).ok()?;
        let removed = acl.retain_allowed_in_result(who, &mut value);
        if removed.is_empty() {
            return None;
        }
        report.tools_filtered += removed.len();
        Some(value.to_string())
    }

    /// Prompt injection and sensitive data in a result (of a `tools/call` or of
    /// any other request).
    fn check_call_result(
        &self,
        ctx: &ResponseContext<'_>,
        result: &str,
        report: &mut ResponseReport,
    ) -> CallResult {
        self.scan_message_part(ctx, "this result", result, report)
    }

    /// DLP and injection over every string and key of one part of a message
    /// (a result, an error object, a server request's params).
    fn scan_message_part(
        &self,
        ctx: &ResponseContext<'_>,
        what: &str,
        raw: &str,
        report: &mut ResponseReport,
    ) -> CallResult {
        if !self.inspects_call_results() {
            return CallResult::Keep;
        }
        let mut value: Value = match serde_json::from_str(raw) {
            Ok(v) => v,
            Err(_) => {
                report.invalid += 1;
                return CallResult::Deny(unreadable("response"));
            }
        };
        let tool = ctx.tool.as_deref().unwrap_or("");
        let threats = self.threats.check_call_result(tool, &value);
        if let Some(d) = deny_on(what, "argument_threats", threats.action, &threats.findings) {
            return CallResult::Deny(d);
        }
        if threats.action.is_some() {
            report.warnings += threats.findings.len();
        }
        let dlp = self.dlp.check_call_result(tool, &mut value);
        if let Some(d) = deny_on(what, "dlp", dlp.action, &dlp.findings) {
            return CallResult::Deny(d);
        }
        match dlp.action {
            Some(Action::Redact) => {
                report.redactions += dlp.redacted;
                CallResult::Rewrite(value.to_string())
            }
            Some(_) => {
                report.warnings += dlp.findings.len();
                CallResult::Keep
            }
            None => CallResult::Keep,
        }
    }

    /// The spoofing guard on `serverInfo`. `Some`: the server must not be trusted.
    fn check_initialize(
        &self,
        ctx: &mut ResponseContext<'_>,
        result: &str,
        report: &mut ResponseReport,
    ) -> Option<Denial> {
        let init: InitializeResult = match serde_json::from_str(result) {
            Ok(i) => i,
            Err(_) => {
                report.invalid += 1;
                return Some(unreadable("initialize result").with_guard("server_spoofing"));
            }
        };
        report.server_info = Some(init.server_info.clone());
        ctx.server.server_info = Some(init.server_info);
        let spoof = self.tools_list.spoofing().check(&ctx.server, None, &[]);
        report.warnings += spoof
            .detections
            .iter()
            .filter(|d| d.action == Action::Warn)
            .count();
        spoof
            .detections
            .iter()
            .filter(|d| d.action == Action::Deny)
            .max_by(|a, b| a.finding.score.total_cmp(&b.finding.score))
            .map(denial_from)
    }

    /// The fast path for a re-listed `tools/list`: a single result message whose
    /// result is byte-identical to a vetted one. Only the few bytes around it are
    /// read as UTF-8 and parsed (the envelope, with the result swapped for `0`);
    /// the long result is compared, not validated or parsed again. `None`: take
    /// the full path.
    fn known_tools_list(
        &self,
        ctx: &mut ResponseContext<'_>,
        body: &[u8],
        report: &mut ResponseReport,
    ) -> Option<Option<String>> {
        if ctx.paged || (self.acl.is_some() && ctx.identity.is_some()) {
            return None; // per-page and per-caller answers are not cached
        }
        // Only an answer to a `tools/list` in flight takes the fast path (below).
        if ctx.correlated && !ctx.pending.iter().any(|(_, m)| *m == Method::ToolsList) {
            return None;
        }
        let key = memchr::memmem::find(body, b"\"result\"")?;
        let value = json_trim_start(body.get(key + 8..)?)
            .strip_prefix(b":")
            .map(json_trim_start)?;
        let start = body.len() - value.len();
        let entry = ctx.cache.find_prefix_of(&server_key(ctx), value)?;
        let tail = value.get(entry.result.len()..)?;
        if json_trim(tail) != b"}" {
            return None;
        }
        // The cached result is a `String`, so the whole body is UTF-8 when the
        // bytes before and after it are.
        let head = std::str::from_utf8(body.get(..start)?).ok()?;
        let tail = std::str::from_utf8(tail).ok()?;
        // If `"result":` sat inside a string, or the message is not a lone result,
        // the probe does not parse as a result envelope and the full path runs.
        let probe = format!("{head}0}}");
        let view = match parse_text(&probe, &self.config.limits).ok()? {
            crate::jsonrpc::Payload::Single(v) => v,
            crate::jsonrpc::Payload::Batch(_) => return None,
        };
        if view.kind != Kind::Result || view.result.map(|r| r.get()) != Some("0") {
            return None;
        }
        // Only an answer to a `tools/list` in flight takes the fast path.
        if ctx.correlated {
            let id = view.id.id()?;
            let at = ctx
                .pending
                .iter()
                .position(|(p, m)| p == id && *m == Method::ToolsList)?;
            ctx.pending.remove(at);
        }
        // The forwarded body is this one, or `head`, the rewrite and `tail`:
        // either way the result starts where this one does.
        if let (Some(id), Some(tools)) = (view.id.id(), &entry.forwarded_tools) {
            report.relisted = Some(Relisted {
                id: id.clone(),
                tools: start + tools.start..start + tools.end,
                list: entry.number,
            });
        }
        Some(match &entry.outcome {
            ListOutcome::Keep => None,
            ListOutcome::Rewrite { result, filtered } => {
                report.tools_filtered += filtered;
                Some(format!("{head}{result}{tail}"))
            }
            ListOutcome::Deny(denial) => {
                report.denied.push(denial.code.clone());
                Some(denial.to_response(view.id.id()))
            }
        })
    }

    fn check_tools_list(
        &self,
        ctx: &mut ResponseContext<'_>,
        result: &str,
        report: &mut ResponseReport,
    ) -> ListOutcome {
        let server_key = server_key(ctx);
        if !ctx.paged {
            if let Some(hit) = ctx.cache.get(&server_key, result) {
                return hit.clone();
            }
        }
        let outcome = self.vet_tools_list(ctx, result, report);
        if !ctx.paged {
            ctx.cache.put(server_key, result, outcome.clone());
        }
        outcome
    }

    fn vet_tools_list(
        &self,
        ctx: &mut ResponseContext<'_>,
        result: &str,
        report: &mut ResponseReport,
    ) -> ListOutcome {
        let list: ToolsListResult = match serde_json::from_str(result) {
            Ok(l) => l,
            Err(_) => {
                report.invalid += 1;
                return ListOutcome::Deny(
                    unreadable("tools/list result").with_guard("tool_poisoning"),
                );
            }
        };
        if let Some(denial) = self.check_unread_members(ctx, &list, report) {
            return ListOutcome::Deny(denial);
        }
        let opts = CheckOptions {
            complete: !ctx.paged && list.next_cursor.is_none(),
            peers: None,
        };
        let verdict = self
            .tools_list
            .check_with(&ctx.server, &list.tools, ctx.pins, &opts);
        report.warnings += verdict.warnings().count();
        report.pin_changes += verdict.pin_changes.len();
        report.pins.extend(verdict.pin_changes.iter().cloned());
        if let Some(det) = verdict.denial() {
            return ListOutcome::Deny(denial_from(det));
        }
        let as_text = self.tools_refused_as_text(result, list.tools.len(), report);
        let remove: Vec<bool> = list
            .tools
            .iter()
            .enumerate()
            .map(|(i, t)| {
                self.config.tool_deny_list.matches_name(&t.name).is_some()
                    || !verdict.keeps(i)
                    || as_text[i]
            })
            .collect();
        let filtered = remove.iter().filter(|r| **r).count();
        if filtered == 0 {
            return ListOutcome::Keep;
        }
        match without_tools(result, &remove) {
            Some(result) => ListOutcome::Rewrite { result, filtered },
            None => {
                report.invalid += 1;
                ListOutcome::Deny(unreadable("tools/list result").with_guard("tool_poisoning"))
            }
        }
    }

    /// Which tools hold text the result scan would refuse or mask if a tool
    /// returned it: a client shows the whole definition to the model, so the
    /// list forwards nothing a result could not carry (the tools-list guards
    /// weigh descriptions in context and may only warn). Such tools are
    /// filtered. Only on a cache miss: verdicts are cached by the list's bytes.
    fn tools_refused_as_text(
        &self,
        result: &str,
        count: usize,
        report: &mut ResponseReport,
    ) -> Vec<bool> {
        let mut refused = vec![false; count];
        if !self.inspects_call_results() {
            return refused;
        }
        let Ok(Value::Object(mut list)) = serde_json::from_str::<Value>(result) else {
            return refused;
        };
        let Some(Value::Array(tools)) = list.get_mut("tools") else {
            return refused;
        };
        for (tool, flag) in tools.iter_mut().zip(refused.iter_mut()) {
            let name = tool
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned();
            let threats = self.threats.check_call_result(&name, tool);
            let dlp = self.dlp.check_call_result(&name, tool);
            *flag = matches!(threats.action, Some(Action::Deny))
                || matches!(dlp.action, Some(Action::Deny | Action::Redact));
            if !*flag && threats.action.is_some() {
                report.warnings += threats.findings.len();
            }
            if !*flag && dlp.action.is_some() {
                report.warnings += dlp.findings.len();
            }
        }
        refused
    }

    /// Members of the list and of its tools that the tools-list guards do not
    /// read (a misspelt `description`, `_meta`, vendor keys) still reach a
    /// client that shows or forwards the whole definition: they get the result
    /// scan. They are not rewritten, so what would be redacted is refused.
    fn check_unread_members(
        &self,
        ctx: &ResponseContext<'_>,
        list: &ToolsListResult,
        report: &mut ResponseReport,
    ) -> Option<Denial> {
        let unread: Vec<&serde_json::Map<String, Value>> = std::iter::once(&list.extra)
            .chain(list.tools.iter().map(|t| &t.extra))
            .filter(|m| !m.is_empty())
            .collect();
        if unread.is_empty() {
            return None;
        }
        let raw = serde_json::to_string(&unread).ok()?;
        let mut scan = ResponseReport::default();
        let verdict = self.scan_message_part(ctx, "this tools/list", &raw, &mut scan);
        report.warnings += scan.warnings;
        match verdict {
            CallResult::Keep => None,
            CallResult::Deny(denial) => Some(denial),
            CallResult::Rewrite(_) => Some(
                Denial::new(
                    codes::DENIED,
                    "dlp_denied",
                    "Warden denied this tools/list: a member outside the tool definitions holds data Warden must redact",
                )
                .with_guard("dlp"),
            ),
        }
    }
}

/// Replace a whole message (`member`, a slice of `text`) with `denial`.
fn deny_member(
    text: &str,
    member: &str,
    report: &mut ResponseReport,
    denial: &Denial,
    id: Option<&crate::jsonrpc::Id>,
) -> Option<Edit> {
    report.denied.push(denial.code.clone());
    replace_slice(text, member, denial.to_response(id))
}

/// The method an uncorrelated result answers, read from its parsed shape: a
/// `tools` array is a list, `serverInfo` a handshake, anything else is scanned
/// as a call result.
fn shape_of(result: &str) -> Method {
    #[derive(serde::Deserialize)]
    struct Shape {
        #[serde(default)]
        tools: Option<Vec<serde::de::IgnoredAny>>,
        #[serde(default, rename = "serverInfo")]
        server_info: Option<serde::de::IgnoredAny>,
    }
    match serde_json::from_str::<Shape>(result) {
        Ok(Shape { tools: Some(_), .. }) => Method::ToolsList,
        Ok(Shape {
            server_info: Some(_),
            ..
        }) => Method::Initialize,
        _ => Method::ToolsCall,
    }
}

/// Inspects an SSE response stream event by event, holding back only a partial
/// event, so streaming stays streaming.
#[derive(Debug)]
pub struct SseInspector {
    parser: SseParser,
    /// An event could not be inspected: the rest of the stream is dropped, so
    /// no raw tail follows an inspected head.
    failed: bool,
}

impl SseInspector {
    pub fn new(engine: &Engine) -> Self {
        Self {
            parser: SseParser::new(engine.config.limits.max_event_bytes),
            failed: false,
        }
    }

    /// Feed a chunk; returns the bytes to send on now.
    pub fn push(
        &mut self,
        engine: &Engine,
        ctx: &mut ResponseContext<'_>,
        chunk: &[u8],
        end_of_stream: bool,
        report: &mut ResponseReport,
    ) -> Vec<u8> {
        if self.failed {
            return Vec::new();
        }
        let mut events = match self.parser.feed(chunk) {
            Ok(ev) => ev,
            Err(_) => {
                // An event over the size limit (or not UTF-8) cannot be inspected:
                // replace what is held with an error event and end the stream.
                report.invalid += 1;
                self.failed = true;
                return error_event();
            }
        };
        let mut trailing_error = false;
        if end_of_stream {
            match self.parser.finish() {
                Ok(rest) => events.extend(rest),
                Err(_) => {
                    report.invalid += 1;
                    trailing_error = true;
                }
            }
        }
        let mut out = Vec::with_capacity(chunk.len());
        for ev in events {
            let replacement = ev.event.data.as_deref().and_then(|data| {
                let looks_json = matches!(data.trim_start().as_bytes().first(), Some(b'{' | b'['));
                if !looks_json {
                    return None; // `endpoint` events, pings: not JSON-RPC
                }
                engine.inspect_payload(ctx, data, report)
            });
            match replacement {
                Some(data) => {
                    let mut e = ev.event;
                    e.data = Some(data);
                    out.extend(e.to_bytes());
                }
                None => out.extend(ev.raw),
            }
        }
        if trailing_error {
            out.extend(error_event());
        }
        out
    }
}

fn error_event() -> Vec<u8> {
    SseEvent {
        event: Some("message".into()),
        data: Some(upstream_invalid()),
        ..Default::default()
    }
    .to_bytes()
}
