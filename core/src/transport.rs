//! Which HTTP exchanges carry MCP, and how their bodies are framed.
//!
//! Streamable HTTP: the client POSTs JSON-RPC (`application/json`) to the MCP
//! endpoint; the server answers `application/json` or `text/event-stream`, or 202
//! for notifications. A GET with `Accept: text/event-stream` opens a server stream.
//! Legacy HTTP+SSE (2024-11-05): a GET stream whose first event is `endpoint`
//! (the URL to POST messages to); responses then arrive as `message` events on
//! that stream, and each POST gets 202.

/// How a body is framed, from its `content-type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Framing {
    Json,
    EventStream,
    Other,
}

impl Framing {
    pub fn from_content_type(content_type: Option<&str>) -> Self {
        let Some(ct) = content_type else {
            return Self::Other;
        };
        let essence = ct.split(';').next().unwrap_or("").trim();
        if essence.eq_ignore_ascii_case("application/json") {
            Self::Json
        } else if essence.eq_ignore_ascii_case("text/event-stream") {
            Self::EventStream
        } else {
            Self::Other
        }
    }
}

/// What the filter should do with a request, decided from its headers alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequestKind {
    /// A POST carrying JSON-RPC: buffer, parse, guard.
    McpPost,
    /// A GET opening an SSE stream (Streamable HTTP or legacy): inspect the
    /// response events.
    McpStream,
    /// Not MCP: pass untouched.
    Other,
}

/// Classify a request. `mcp_paths` lists path prefixes served by MCP; an empty
/// list means every path on the listener is MCP.
pub fn classify_request(
    method: &str,
    path: &str,
    content_type: Option<&str>,
    accept: Option<&str>,
    mcp_paths: &[String],
) -> RequestKind {
    let path_only = path.split('?').next().unwrap_or(path);
    let on_mcp_path =
        mcp_paths.is_empty() || mcp_paths.iter().any(|p| path_only.starts_with(p.as_str()));
    if !on_mcp_path {
        return RequestKind::Other;
    }
    match method {
        "POST" if Framing::from_content_type(content_type) == Framing::Json => RequestKind::McpPost,
        "GET" if accept.is_some_and(|a| a.contains("text/event-stream")) => RequestKind::McpStream,
        _ => RequestKind::Other,
    }
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
    fn framing_from_content_type() {
        assert_eq!(
            Framing::from_content_type(Some("application/json; charset=utf-8")),
            Framing::Json
        );
        assert_eq!(
            Framing::from_content_type(Some("Text/Event-Stream")),
            Framing::EventStream
        );
        assert_eq!(
            Framing::from_content_type(Some("text/html")),
            Framing::Other
        );
        assert_eq!(Framing::from_content_type(None), Framing::Other);
    }

    #[test]
    fn classify() {
        let paths = vec!["/mcp".to_string(), "/messages".to_string()];
        let json = Some("application/json");
        assert_eq!(
            classify_request("POST", "/mcp", json, None, &paths),
            RequestKind::McpPost
        );
        assert_eq!(
            classify_request("POST", "/messages?session_id=1", json, None, &paths),
            RequestKind::McpPost
        );
        assert_eq!(
            classify_request("POST", "/health", json, None, &paths),
            RequestKind::Other
        );
        assert_eq!(
            classify_request("POST", "/mcp", Some("text/plain"), None, &paths),
            RequestKind::Other
        );
        assert_eq!(
            classify_request("GET", "/mcp", None, Some("text/event-stream"), &paths),
            RequestKind::McpStream
        );
        assert_eq!(
            classify_request("GET", "/mcp", None, None, &paths),
            RequestKind::Other
        );
        assert_eq!(
            classify_request("POST", "/x", json, None, &[]),
            RequestKind::McpPost
        );
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
