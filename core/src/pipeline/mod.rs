//! What the filter does with each message, as pure functions over bytes.
//!
//! The proxy-wasm adapter only moves bytes between Envoy and an [`Engine`], so the
//! whole decision path is tested natively and benchmarked without Envoy. The
//! sidecar's ext_authz `Check` runs the same request path, so a reply looks the
//! same whichever component made it.

mod request;
mod response;
#[cfg(test)]
mod tests;

pub use request::{too_large_reply, uninspectable_reply};
pub use response::{withheld_reply, withheld_reply_len, ListCache, ResponseContext, SseInspector};

use crate::config::FilterConfig;
use crate::guards::acl::{IdentitySource, ToolAcl};
use crate::guards::dlp::Dlp;
use crate::guards::threats::Threats;
use crate::guards::tools_list::ToolsListGuards;
use crate::guards::{Action, Finding};
use crate::jsonrpc::Id;
use crate::mcp::Method;
use crate::reply::{codes, Denial};

pub use crate::guards::acl::Identity;

/// The filter configuration with every guard compiled, built once at load.
#[derive(Debug)]
pub struct Engine {
    pub config: FilterConfig,
    tools_list: ToolsListGuards,
    dlp: Dlp,
    threats: Threats,
    acl: Option<ToolAcl>,
    /// Lowercase names of the headers the ACL reads identity from.
    identity_headers: Vec<String>,
}

impl Engine {
    pub fn new(config: FilterConfig) -> Result<Self, String> {
        config.validate()?;
        let g = &config.guards;
        let tools_list = ToolsListGuards::new(&g.tools_list)?;
        let dlp = Dlp::new(g.dlp.clone())?;
        let threats = Threats::new(g.argument_threats.clone())?;
        let acl = g.tool_acl.clone().map(ToolAcl::new).transpose()?;
        let mut identity_headers = Vec::new();
        for source in g.tool_acl.iter().flat_map(|a| &a.identity_sources) {
            let (header, extra) = match source {
                IdentitySource::Xfcc { header, .. } | IdentitySource::JwtPayload { header, .. } => {
                    (header, None)
                }
                IdentitySource::Header {
                    header,
                    roles_header,
                } => (header, roles_header.as_ref()),
            };
            identity_headers.extend(
                std::iter::once(header)
                    .chain(extra)
                    .map(|h| h.to_ascii_lowercase()),
            );
        }
        Ok(Self {
            config,
            tools_list,
            dlp,
            threats,
            acl,
            identity_headers,
        })
    }

    /// Request headers the filter must capture for identity resolution.
    pub fn identity_headers(&self) -> &[String] {
        &self.identity_headers
    }

    /// The caller's identity for the ACL (`None` when no ACL is configured).
    /// `Err` is the finding to deny with (an unreadable identity, failing closed).
    #[allow(clippy::result_large_err)] // built once per request, only on failure
    pub fn resolve_identity(&self, facts: &RequestFacts) -> Option<Result<Identity, Finding>> {
        let acl = self.acl.as_ref()?;
        Some(
            acl.resolve_identity_from_pairs(&facts.identity)
                .or_else(|e| match acl.identity_failure(&e) {
                    (true, finding) => Err(finding),
                    (false, _) => Ok(Identity::default()),
                }),
        )
    }

    /// Whether request bodies may be rewritten (argument redaction): the filter
    /// then drops `content-length` up front, since headers cannot change later.
    pub fn may_rewrite_requests(&self) -> bool {
        let dlp = &self.config.guards.dlp;
        // The sidecar's policy may answer `redact` too.
        dlp.enabled && dlp.scan_arguments && dlp.masks() || self.config.sidecar.is_some()
    }

    /// Whether what the guards may write in place of this exchange's JSON
    /// response is either no longer than the response or an error: an answer
    /// to `tools/list` only has tools cut out of it, and other answers are
    /// only ever refused unless DLP masks results (a mask can be longer than
    /// what it hides). A refusal longer than the response is sent as
    /// [`withheld_reply`], which the filter checks fits before it keeps the
    /// length.
    pub fn response_rewrites_fit(&self, exchange: &Exchange) -> bool {
        !exchange.stream
            && !exchange.pending.is_empty()
            && (!self.masks_results()
                || exchange
                    .pending
                    .iter()
                    .all(|(_, m)| *m == Method::ToolsList))
    }

    /// Whether DLP may mask what a server sends (results, errors, server
    /// requests): the only response rewrite that can lengthen a message.
    fn masks_results(&self) -> bool {
        let dlp = &self.config.guards.dlp;
        dlp.enabled && dlp.scan_results && dlp.masks()
    }

    fn inspects_call_results(&self) -> bool {
        let g = &self.config.guards;
        g.dlp.enabled && g.dlp.scan_results
            || g.argument_threats.enabled && g.argument_threats.scan_results
    }

    /// Parse and validate a plugin configuration and compile its guards.
    pub fn from_json(bytes: &[u8]) -> Result<Self, String> {
        Self::new(FilterConfig::from_json(bytes)?)
    }

    /// Whether a guard compares the upstream's URL or announced `serverInfo`
    /// (spoofing with an allowlist): when none does, the filter need not look
    /// them up for each list.
    pub fn reads_server_identity(&self) -> bool {
        self.tools_list.spoofing().is_active()
    }

    /// The name the upstream server goes by in findings, pins and the sidecar.
    pub fn server_name<'a>(&'a self, facts: &'a RequestFacts) -> &'a str {
        self.config
            .server_name
            .as_deref()
            .unwrap_or(&facts.authority)
    }

    /// A GET that opens a server stream: responses may arrive on it at any time
    /// (legacy HTTP+SSE), so it is always inspected. Responses on it answer
    /// requests made on other exchanges: they cannot be correlated here, and are
    /// routed by their (parsed) shape instead.
    pub fn stream_exchange(&self) -> Exchange {
        Exchange {
            inspect_response: true,
            stream: true,
            ..Exchange::default()
        }
    }
}

/// Identity and session facts captured from the request headers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RequestFacts {
    pub authority: String,
    pub path: String,
    pub scheme: String,
    pub session_id: Option<String>,
    pub xfcc: Option<String>,
    pub identity_header: Option<String>,
    pub jwt_payload: Option<String>,
    pub bearer_token: Option<String>,
    /// The headers named by the ACL's identity sources (see
    /// [`Engine::identity_headers`]).
    pub identity: Vec<(String, String)>,
}

/// What one HTTP exchange carried, remembered for the response and for metrics.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Exchange {
    /// The method of each request and notification in the body.
    pub methods: Vec<Method>,
    /// Ids of the requests, in body order.
    pub ids: Vec<Id>,
    /// Requests awaiting an answer: id and method. A response is routed by the
    /// method of the request it answers; one nobody asked for is refused.
    pub pending: Vec<(Id, Method)>,
    /// A server stream (GET): responses on it cannot be correlated.
    pub stream: bool,
    pub batch: bool,
    /// Whether the response must be inspected (and so may be rewritten).
    pub inspect_response: bool,
    /// A `tools/list` asked for a later page: its result is a partial list.
    pub paged: bool,
    /// The tool of the (first) `tools/call`, for findings on its result.
    pub tool: Option<String>,
    /// The caller, when an ACL is configured: `tools/list` results are filtered
    /// to what it may call.
    pub identity: Option<Identity>,
    /// The body to forward instead of the original (arguments were redacted).
    pub rewritten: Option<String>,
    /// Findings that only warn, for metrics.
    pub warnings: usize,
    /// Values DLP masked in the arguments (see `rewritten`).
    pub redactions: usize,
}

/// A reply the filter sends instead of forwarding.
#[derive(Clone, Debug, PartialEq)]
pub struct LocalReply {
    pub status: u32,
    pub body: String,
    /// Stable name of the outcome, for metrics.
    pub code: String,
}

/// A question for the sidecar about one request.
#[derive(Clone, Debug, PartialEq)]
pub struct Consultation {
    pub id: Option<Id>,
    pub method: String,
    pub tool: Option<String>,
    /// After any redaction: the sidecar never sees what DLP masked.
    pub arguments_json: Option<String>,
    /// What the native guards found, for the sidecar's policy and audit.
    pub findings: Vec<Finding>,
    /// Highest argument threat score (0..1).
    pub threat_score: f32,
}

#[derive(Clone, Debug, PartialEq)]
pub enum RequestOutcome {
    Forward,
    Reply(LocalReply),
    /// Ask the sidecar about each of these, then [`Engine::resolve`].
    Consult(Vec<Consultation>),
}

/// The sidecar's answer to one [`Consultation`].
#[derive(Clone, Debug, PartialEq)]
pub enum SidecarAnswer {
    Allow,
    Deny(Denial),
    /// Allow once these argument paths are masked (see [`Engine::redact`]).
    Redact(Vec<crate::argpath::ArgPath>),
    /// Allow with these `arguments` instead (a JSON object text a WebAssembly
    /// guard rewrote; see [`Engine::redact`]).
    Modify(String),
    /// No usable answer (unreachable, timeout, bad reply): the reason, for logs.
    Unavailable(String),
}

/// What became of a response body, for metrics and logs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ResponseReport {
    /// Tools removed from `tools/list` results.
    pub tools_filtered: usize,
    /// Whole messages replaced by a guard's denial.
    pub denied: Vec<String>,
    /// Findings that only warn.
    pub warnings: usize,
    /// Rug-pull pin changes seen.
    pub pin_changes: usize,
    /// Those changes (each becomes its own audit record).
    pub pins: Vec<crate::guards::pinning::PinChange>,
    /// Spans of sensitive data masked in results.
    pub redactions: usize,
    /// Messages that could not be parsed and were replaced by an error.
    pub invalid: usize,
    /// `serverInfo` from an `initialize` result, for the filter to remember.
    pub server_info: Option<crate::mcp::Implementation>,
    /// A re-listed `tools/list` forwarded on the fast path (not denied).
    pub relisted: Option<Relisted>,
}

/// A lone `tools/list` result the response pipeline forwarded from its cache:
/// what the filter needs to hand the list to the sidecar's guards unparsed.
#[derive(Clone, Debug, PartialEq)]
pub struct Relisted {
    /// The id the message answers.
    pub id: Id,
    /// Where its `tools` array sits in the body as forwarded.
    pub tools: std::ops::Range<usize>,
    /// The cache entry it matched, by a number no other entry of this cache
    /// gets (not even after a `clear`): one number, one server and one list,
    /// byte for byte.
    pub list: u64,
}

impl LocalReply {
    /// A guard could not do its work (a redaction that cannot be applied, ...):
    /// the message is not forwarded. JSON-RPC errors travel in HTTP 200.
    pub fn guard_error(id: Option<&Id>, code: &str, message: impl Into<String>) -> Self {
        Self {
            status: 200,
            body: Denial::new(codes::GUARD_ERROR, code, message).to_response(id),
            code: code.to_owned(),
        }
    }
}

/// The denial a guard's outcome calls for, if its action is `Deny`: from its
/// first finding, or a plain one when it gave none (a deny is never dropped for
/// want of a reason).
pub(crate) fn deny_on(
    what: &str,
    guard: &str,
    action: Option<Action>,
    findings: &[Finding],
) -> Option<Denial> {
    (action == Some(Action::Deny)).then(|| match findings.first() {
        Some(f) => denial_from_finding(what, f),
        None => Denial::new(
            codes::DENIED,
            format!("{guard}_denied"),
            format!("Warden denied {what}"),
        )
        .with_guard(guard),
    })
}

/// A denial built from a guard's finding: the guard, its code and where it
/// matched, never the matched value nor anything else the sender wrote (the
/// location's keys are the sender's text too, so only plain ones are named).
pub(crate) fn denial_from_finding(what: &str, finding: &Finding) -> Denial {
    let mut message = format!(
        "Warden denied {what}: {} ({})",
        finding.code.replace('_', " "),
        finding.guard
    );
    if let Some(field) = finding.location.field.as_deref() {
        message.push_str(" at ");
        message.push_str(&safe_location(field));
    }
    Denial::new(codes::DENIED, finding.code.clone(), message).with_guard(finding.guard.clone())
}

/// A JSON path with every key that is not a short plain identifier replaced by
/// `<key>`, so a reply never carries text chosen by the other side.
pub(crate) fn safe_location(path: &str) -> String {
    path.split('.')
        .map(|seg| {
            let (name, index) = match seg.find('[') {
                Some(i) => seg.split_at(i),
                None => (seg, ""),
            };
            let plain = name.len() <= 24
                && name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
                || name == "(key)"
                || name.bytes().all(|b| b.is_ascii_alphabetic()) && name.len() <= 24;
            let index_ok = index
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'[' || b == b']');
            if plain && index_ok {
                seg.to_owned()
            } else {
                "<key>".to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// One change to a text: replace `start..end` with `text`.
pub(crate) struct Edit {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// Where `inner` (a slice borrowed from `outer`) starts inside `outer`.
pub(crate) fn offset_in(outer: &str, inner: &str) -> Option<usize> {
    let (o, i) = (outer.as_ptr() as usize, inner.as_ptr() as usize);
    (i >= o && i + inner.len() <= o + outer.len()).then(|| i - o)
}

/// An edit replacing `inner`, a slice of `outer`, with `text`.
pub(crate) fn replace_slice(outer: &str, inner: &str, text: String) -> Option<Edit> {
    let start = offset_in(outer, inner)?;
    Some(Edit {
        start,
        end: start + inner.len(),
        text,
    })
}

/// Apply non-overlapping edits; `None` when there are none.
pub(crate) fn apply_edits(text: &str, mut edits: Vec<Edit>) -> Option<String> {
    if edits.is_empty() {
        return None;
    }
    edits.sort_by_key(|e| e.start);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for e in edits {
        out.push_str(text.get(at..e.start)?);
        out.push_str(&e.text);
        at = e.end;
    }
    out.push_str(text.get(at..)?);
    Some(out)
}
