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

pub use request::too_large_reply;
pub use response::{ListCache, ResponseContext, SseInspector};

use crate::config::FilterConfig;
use crate::guards::tools_list::ToolsListGuards;
use crate::jsonrpc::Id;
use crate::mcp::Method;
use crate::reply::Denial;

/// The filter configuration with every guard compiled, built once at load.
#[derive(Debug)]
pub struct Engine {
    pub config: FilterConfig,
    tools_list: ToolsListGuards,
}

impl Engine {
    pub fn new(config: FilterConfig) -> Result<Self, String> {
        config.validate()?;
        let tools_list = ToolsListGuards::new(&config.guards.tools_list)?;
        Ok(Self { config, tools_list })
    }

    /// Parse and validate a plugin configuration and compile its guards.
    pub fn from_json(bytes: &[u8]) -> Result<Self, String> {
        Self::new(FilterConfig::from_json(bytes)?)
    }

    /// The name the upstream server goes by in findings, pins and the sidecar.
    pub fn server_name<'a>(&'a self, facts: &'a RequestFacts) -> &'a str {
        self.config
            .server_name
            .as_deref()
            .unwrap_or(&facts.authority)
    }

    /// A GET that opens a server stream: responses may arrive on it at any time
    /// (legacy HTTP+SSE), so it is always inspected.
    pub fn stream_exchange(&self) -> Exchange {
        Exchange {
            inspect_response: true,
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
}

/// What one HTTP exchange carried, remembered for the response and for metrics.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Exchange {
    /// The method of each request and notification in the body.
    pub methods: Vec<Method>,
    /// Ids of the requests, in body order.
    pub ids: Vec<Id>,
    pub batch: bool,
    /// Whether the response must be inspected (and so may be rewritten).
    pub inspect_response: bool,
    /// A `tools/list` asked for a later page: its result is a partial list.
    pub paged: bool,
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
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Consultation {
    pub id: Option<Id>,
    pub method: String,
    pub tool: Option<String>,
    pub arguments_json: Option<String>,
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
    /// Messages that could not be parsed and were replaced by an error.
    pub invalid: usize,
    /// `serverInfo` from an `initialize` result, for the filter to remember.
    pub server_info: Option<crate::mcp::Implementation>,
}
