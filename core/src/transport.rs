//! Which HTTP exchanges carry MCP, and how their bodies are framed.
//!
//! Streamable HTTP: the client POSTs JSON-RPC (`application/json`) to the MCP
//! endpoint; the server answers `application/json` or `text/event-stream`, or 202
//! for notifications. A GET opens a server stream. Legacy HTTP+SSE (2024-11-05): a
//! GET stream whose first event is `endpoint` (the URL to POST messages to);
//! responses then arrive as `message` events on that stream, and each POST gets 202.
//!
//! One canonical view: paths are compared after the normalisation the upstream
//! applies (percent-decoding, dot segments, duplicate slashes), and content types
//! are parsed per RFC 9110 (case, parameters, `+json` suffixes, duplicated or
//! comma-joined values). What is ambiguous is refused, never guessed.

/// How a body is framed, from its `content-type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Framing {
    Json,
    EventStream,
    Other,
}

/// Why a `content-type` cannot be trusted to say how the receiver reads the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContentTypeError {
    /// Several media types that frame the body differently (`application/json,
    /// text/plain`, or two `content-type` headers).
    Ambiguous,
    /// A charset other than UTF-8: the receiver would decode other characters
    /// than the ones inspected.
    Charset,
}

impl ContentTypeError {
    pub fn code(self) -> &'static str {
        match self {
            Self::Ambiguous => "content_type_ambiguous",
            Self::Charset => "charset_unsupported",
        }
    }
}

/// Split a header value on commas outside quoted strings. Read on every
/// request and response, so nothing is allocated.
fn split_list(value: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(value);
    std::iter::from_fn(move || {
        let v = rest?;
        // An unquoted comma is never inside a string or after an escape, so
        // each member starts from a clean state.
        let (mut quoted, mut escaped) = (false, false);
        for (i, b) in v.bytes().enumerate() {
            match b {
                _ if escaped => escaped = false,
                b'\\' if quoted => escaped = true,
                b'"' => quoted = !quoted,
                b',' if !quoted => {
                    rest = Some(&v[i + 1..]);
                    return Some(&v[..i]);
                }
                _ => {}
            }
        }
        rest = None;
        Some(v)
    })
}

/// One media type: its framing, and whether its charset (if any) is UTF-8.
/// Names compare without case (RFC 9110), so nothing is lower-cased into a copy.
fn media_type(part: &str) -> (Framing, bool) {
    let mut pieces = part.split(';');
    let essence = pieces.next().unwrap_or("").trim();
    let utf8 = pieces.all(|p| {
        let Some((name, value)) = p.split_once('=') else {
            return true;
        };
        if !name.trim().eq_ignore_ascii_case("charset") {
            return true;
        }
        let v = value.trim().trim_matches('"');
        v.eq_ignore_ascii_case("utf-8") || v.eq_ignore_ascii_case("utf8")
    });
    const JSON: [&str; 6] = [
        "application/json",
        "application/json-rpc",
        "application/jsonrequest",
        "text/json",
        "text/x-json",
        "application/x-json",
    ];
    let is = |name: &str| essence.eq_ignore_ascii_case(name);
    let suffix = essence
        .len()
        .checked_sub(5)
        .and_then(|at| essence.as_bytes().get(at..));
    let framing = if JSON.iter().any(|name| is(name)) {
        Framing::Json
    } else if is("text/event-stream") {
        Framing::EventStream
    } else if suffix.is_some_and(|s| s.eq_ignore_ascii_case(b"+json")) {
        Framing::Json
    } else {
        Framing::Other
    };
    (framing, utf8)
}

impl Framing {
    /// The framing of a `content-type` value (duplicated headers joined with
    /// `", "`). Empty members are ignored; members that disagree are an error.
    pub fn parse(content_type: Option<&str>) -> Result<Self, ContentTypeError> {
        let ct = match content_type {
            None => return Ok(Self::Other),
            // The values nearly every client and server send, read at once.
            Some("application/json") => return Ok(Self::Json),
            Some("text/event-stream") => return Ok(Self::EventStream),
            Some(ct) => ct,
        };
        let mut found: Option<Framing> = None;
        for part in split_list(ct).filter(|p| !p.trim().is_empty()) {
            let (framing, utf8) = media_type(part);
            if !utf8 && framing != Self::Other {
                return Err(ContentTypeError::Charset);
            }
            match found {
                Some(f) if f != framing => return Err(ContentTypeError::Ambiguous),
                _ => found = Some(framing),
            }
        }
        Ok(found.unwrap_or(Self::Other))
    }

    /// Lenient form for callers that only route: an unparseable value is `Other`.
    pub fn from_content_type(content_type: Option<&str>) -> Self {
        Self::parse(content_type).unwrap_or(Self::Other)
    }
}

/// The path as the upstream resolves it: query and fragment cut, `%XX` decoded
/// once (including `%2F`), `\` read as `/`, duplicate slashes merged, dot
/// segments resolved. `None` for a path no upstream should accept (bad escape,
/// NUL or control characters, invalid UTF-8).
pub fn normalize_path(raw: &str) -> Option<String> {
    let path = raw.split(['?', '#']).next().unwrap_or("");
    if is_normal_path(path) {
        return Some(path.to_owned());
    }
    resolve_path(path)
}

/// [`normalize_path`]'s work on a path cut of its query and fragment.
fn resolve_path(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let s = std::str::from_utf8(hex).ok()?;
                decoded.push(u8::from_str_radix(s, 16).ok()?);
                i += 3;
            }
            b => {
                decoded.push(b);
                i += 1;
            }
        }
    }
    let text = String::from_utf8(decoded).ok()?;
    if text.chars().any(char::is_control) {
        return None;
    }
    let text = text.replace('\\', "/");
    let mut segments: Vec<&str> = Vec::new();
    for seg in text.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            s => segments.push(s),
        }
    }
    let mut out = String::with_capacity(text.len() + 1);
    for s in &segments {
        out.push('/');
        out.push_str(s);
    }
    if out.is_empty() || (text.ends_with('/') && !segments.is_empty()) {
        out.push('/');
    }
    Some(out)
}

/// A path [`normalize_path`] would return unchanged: it starts with `/`, holds
/// only printable ASCII other than `%` and `\`, and has no empty, `.` or `..`
/// segment (a single `/` at the end is kept as it is). Most requests take
/// only this check.
fn is_normal_path(path: &str) -> bool {
    let Some(rest) = path.strip_prefix('/') else {
        return false;
    };
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    if rest.is_empty() {
        return path == "/"; // `//` is merged into `/`
    }
    path.bytes()
        .all(|b| b.is_ascii_graphic() && b != b'%' && b != b'\\')
        && rest.split('/').all(|seg| !matches!(seg, "" | "." | ".."))
}

/// What the filter should do with a request, decided from its headers alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequestKind {
    /// A JSON body on an MCP path: buffer, parse, guard; what does not parse as
    /// JSON-RPC is refused.
    McpPost,
    /// A body elsewhere: buffered and inspected as MCP if it could be JSON-RPC
    /// (see [`could_be_jsonrpc`]), passed otherwise.
    Sniff,
    /// A GET (or other body-less method) on an MCP path: the response is inspected
    /// whatever the `Accept` header said.
    McpStream,
    /// Not MCP. An SSE response is still inspected (see the filter).
    Other,
    /// Headers Warden cannot read the way the receiver would: refused.
    Refuse(&'static str),
}

/// Whether the normalised `path` is served by MCP. An empty list means every path.
pub fn on_mcp_path(path: &str, mcp_paths: &[String]) -> bool {
    mcp_paths.is_empty() || mcp_paths.iter().any(|p| path.starts_with(p.as_str()))
}

/// Classify a request. `mcp_paths` lists path prefixes served by MCP (an empty
/// list means every path); they only add to what is inspected: a body that could
/// be JSON-RPC is inspected wherever it goes, whatever the method (`has_body`:
/// a GET or DELETE may carry one, and a receiver may read it).
pub fn classify_request(
    method: &str,
    path: &str,
    content_type: Option<&str>,
    has_body: bool,
    mcp_paths: &[String],
) -> RequestKind {
    let Some(path) = normalize_path(path) else {
        return RequestKind::Refuse("path_invalid");
    };
    let mcp = on_mcp_path(&path, mcp_paths);
    let framing = match Framing::parse(content_type) {
        Ok(f) => f,
        Err(e) => return RequestKind::Refuse(e.code()),
    };
    match method {
        "GET" | "HEAD" | "DELETE" | "OPTIONS" if !has_body && mcp => RequestKind::McpStream,
        "GET" | "HEAD" | "DELETE" | "OPTIONS" if !has_body => RequestKind::Other,
        // JSON-RPC is whatever the receiver parses as such, whatever the
        // content type says: a JSON body on an MCP path must be JSON-RPC; any
        // other body is sniffed (what could be JSON-RPC is inspected, a form or
        // a JSON REST body passes).
        _ if mcp && framing == Framing::Json => RequestKind::McpPost,
        _ => RequestKind::Sniff,
    }
}

/// Could a receiver read these bytes as JSON-RPC? True for anything that starts
/// like a JSON object or array (after whitespace and a UTF-8 BOM, which lenient
/// parsers skip). Such a body is inspected strictly: if Warden cannot parse it
/// as JSON-RPC, it does not pass, because a more lenient parser might.
pub fn could_be_jsonrpc(body: &[u8]) -> bool {
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    matches!(
        body.iter().find(|b| !b.is_ascii_whitespace()),
        Some(b'{' | b'[')
    )
}

/// The legacy transport's first event names the endpoint for client POSTs.
pub fn legacy_endpoint(event: &crate::sse::SseEvent) -> Option<&str> {
    match (event.event.as_deref(), event.data.as_deref()) {
        (Some("endpoint"), Some(url)) => Some(url),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_types_per_rfc() {
        let json = Ok(Framing::Json);
        for ct in [
            "application/json",
            "Application/JSON; charset=UTF-8",
            "application/json;charset=\"utf-8\"",
            "application/json-rpc",
            "text/json",
            "application/vnd.api+json",
            "application/json, application/json",
            "application/json,",
            "APPLICATION/VND.API+JSON; CHARSET=UTF8",
            // An escaped quote does not end the quoted string: the comma is inside.
            "application/json; x=\"a\\\",b\"",
        ] {
            assert_eq!(Framing::parse(Some(ct)), json, "{ct}");
        }
        for ct in ["a/b", "application/ä+jsön", "json", ""] {
            assert_eq!(Framing::parse(Some(ct)), Ok(Framing::Other), "{ct}");
        }
        assert_eq!(
            Framing::parse(Some("Text/Event-Stream")),
            Ok(Framing::EventStream)
        );
        assert_eq!(
            Framing::parse(Some("text/event-stream; charset=utf-8")),
            Ok(Framing::EventStream)
        );
        assert_eq!(
            Framing::parse(Some("application/json, text/plain")),
            Err(ContentTypeError::Ambiguous)
        );
        assert_eq!(
            Framing::parse(Some("text/event-stream, application/json")),
            Err(ContentTypeError::Ambiguous)
        );
        for ct in [
            "text/event-stream; charset=utf-16",
            "application/json; charset=iso-8859-1",
        ] {
            assert_eq!(
                Framing::parse(Some(ct)),
                Err(ContentTypeError::Charset),
                "{ct}"
            );
        }
        // A quoted comma is not a list separator.
        assert_eq!(
            Framing::parse(Some("application/json; x=\"a,b\"")),
            Ok(Framing::Json)
        );
        assert_eq!(
            Framing::parse(Some("text/plain; charset=latin1")),
            Ok(Framing::Other)
        );
    }

    #[test]
    fn paths_are_normalised_like_the_upstream() {
        for (raw, want) in [
            ("/mcp", "/mcp"),
            ("/%6Dcp", "/mcp"),
            ("/%6dcp?x=1", "/mcp"),
            ("//mcp", "/mcp"),
            ("/x/../mcp", "/mcp"),
            ("/./mcp/", "/mcp/"),
            ("/health/..%2Fmcp", "/mcp"),
            ("/a\\..\\mcp", "/mcp"),
            ("/../../mcp", "/mcp"),
            ("", "/"),
        ] {
            assert_eq!(normalize_path(raw).as_deref(), Some(want), "{raw}");
        }
        for bad in ["/mcp%", "/mcp%zz", "/mcp%00", "/%ff"] {
            assert_eq!(normalize_path(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_path_passed_as_normal_is_what_resolving_it_gives() {
        let pieces = [
            "/", "//", "a", "mcp", ".", "..", "%2F", "%6D", "\\", " ", "\u{e9}", "~x",
        ];
        let mut paths = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = paths
                .iter()
                .flat_map(|p| pieces.iter().map(move |q| format!("{p}{q}")))
                .collect();
            paths.extend(longer);
        }
        let mut normal = 0;
        for p in &paths {
            if is_normal_path(p) {
                normal += 1;
                assert_eq!(resolve_path(p).as_deref(), Some(p.as_str()), "{p}");
            }
        }
        assert!(normal > 100, "only {normal} normal paths generated");
        for not_normal in [
            "", "//", "/a//b", "/a/./b", "/a/..", "/%6Dcp", "/a\\b", "/a b", "mcp",
        ] {
            assert!(!is_normal_path(not_normal), "{not_normal}");
        }
    }

    #[test]
    fn classify() {
        let paths = vec!["/mcp".to_string(), "/messages".to_string()];
        let json = Some("application/json");
        let c = |m, p, ct| classify_request(m, p, ct, m != "GET", &paths);
        assert_eq!(c("POST", "/mcp", json), RequestKind::McpPost);
        assert_eq!(
            c("POST", "/messages?session_id=1", json),
            RequestKind::McpPost
        );
        // Off the MCP paths a body is sniffed, whatever its type.
        assert_eq!(c("POST", "/health", json), RequestKind::Sniff);
        assert_eq!(c("POST", "/%6Dcp", json), RequestKind::McpPost);
        assert_eq!(c("POST", "/%6Dcp", Some("text/plain")), RequestKind::Sniff);
        assert_eq!(c("PUT", "/other", Some("text/plain")), RequestKind::Sniff);
        assert_eq!(
            c("POST", "/mcp", Some("application/json, text/plain")),
            RequestKind::Refuse("content_type_ambiguous")
        );
        assert_eq!(
            c("POST", "/mcp%zz", json),
            RequestKind::Refuse("path_invalid")
        );
        assert_eq!(c("GET", "/mcp", None), RequestKind::McpStream);
        assert_eq!(c("GET", "/MCP/../mcp", None), RequestKind::McpStream);
        assert_eq!(c("GET", "/health", None), RequestKind::Other);
        // A body on any method is read: a receiver may parse it.
        for m in ["GET", "DELETE", "OPTIONS", "HEAD"] {
            let with_body = |p, ct| classify_request(m, p, ct, true, &paths);
            assert_eq!(with_body("/health", json), RequestKind::Sniff, "{m}");
            assert_eq!(with_body("/health", None), RequestKind::Sniff, "{m}");
            assert_eq!(with_body("/mcp", json), RequestKind::McpPost, "{m}");
        }
        assert_eq!(
            classify_request("POST", "/x", json, true, &[]),
            RequestKind::McpPost
        );
    }

    #[test]
    fn jsonrpc_candidates() {
        assert!(could_be_jsonrpc(b"  {\"a\":1}"));
        assert!(could_be_jsonrpc(b"\xEF\xBB\xBF["));
        assert!(!could_be_jsonrpc(b"name=value"));
        assert!(!could_be_jsonrpc(b""));
    }

    #[test]
    fn legacy_endpoint_event() {
        let e = crate::sse::SseEvent {
            event: Some("endpoint".into()),
            data: Some("/messages?session_id=abc".into()),
            ..Default::default()
        };
        assert_eq!(legacy_endpoint(&e), Some("/messages?session_id=abc"));
    }
}
