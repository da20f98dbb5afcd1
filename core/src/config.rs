//! The filter's plugin configuration: typed, unknown keys rejected, validated once
//! at load so a bad rollout is refused instead of failing requests later.

use serde::{Deserialize, Serialize};

use crate::credentials::CredentialsConfig;
use crate::glob::{Glob, GlobSet};
use crate::guards::acl::AclConfig;
use crate::guards::dlp::DlpConfig;
use crate::guards::threats::ThreatsConfig;
use crate::guards::tools_list::ToolsListConfig;
use crate::guards::FailureMode;
use crate::limits::Limits;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct FilterConfig {
    /// Path prefixes that serve MCP. Empty: every path on the listener is MCP.
    pub mcp_paths: Vec<String>,
    pub limits: Limits,
    /// Tools nobody may call or see (exact names and globs).
    pub tool_deny_list: GlobSet,
    /// The upstream MCP server's name, reported to the sidecar and in findings.
    /// Empty: the request's `:authority`.
    pub server_name: Option<String>,
    /// A plain request header that carries the caller's identity.
    pub identity_header: Option<String>,
    /// The header Envoy's `jwt_authn` writes the verified JWT payload to
    /// (`forward_payload_header`).
    pub jwt_payload_header: Option<String>,
    /// Ask the sidecar for a decision; absent: the filter decides alone.
    pub sidecar: Option<SidecarConfig>,
    /// Server-to-client requests and notifications let through to the client
    /// (globs); the rest are replaced by an error. Those let through are still
    /// scanned (DLP, injection) like results.
    pub server_methods: GlobSet,
    /// What to do with a body on an MCP exchange Warden cannot inspect (a
    /// content type or encoding it does not read, over the size limit,
    /// trailers, unreadable): `deny` answers a JSON-RPC error, `allow` lets it
    /// through. Counted either way.
    pub failure_mode: FailureMode,
    /// The native guards. Omitted: every guard on its safe defaults.
    pub guards: GuardsConfig,
    /// What happens to the `authorization` header before forwarding (see
    /// [`crate::credentials`]).
    pub credentials: CredentialsConfig,
    /// Ship the filter's own decisions to the sidecar's audit log. Absent:
    /// nothing the filter decides alone is recorded.
    pub audit: Option<AuditConfig>,
}

/// Filter-local decisions recorded in the sidecar's audit log.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct AuditConfig {
    /// Envoy cluster of the sidecar. Default: `sidecar.cluster`.
    pub cluster: Option<String>,
    /// How often the buffered records are shipped (from the root context).
    pub flush_interval_ms: u64,
    /// Records buffered per Envoy worker; beyond it they are dropped (counted).
    pub max_buffer: usize,
    /// Most records in one shipment.
    pub max_batch: usize,
    /// Record allowed requests too (denials, redactions and warnings always are).
    pub record_allows: bool,
    /// "No audit, no allow": forward a locally decided request only once the
    /// sidecar says its record is durable; otherwise deny (code -32006).
    pub strict: bool,
    /// How long a shipment (or a strict-mode wait) may take.
    pub timeout_ms: u64,
}

impl Default for AuditConfig {
    fn default() -> Self {
        Self {
            cluster: None,
            flush_interval_ms: 1000,
            max_buffer: 4096,
            max_batch: 512,
            record_allows: false,
            strict: false,
            timeout_ms: 1000,
        }
    }
}

/// Configuration of the native guards, shared by the filter and `warden scan`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct GuardsConfig {
    /// Guards on `tools/list` results: poisoning, pinning, shadowing, spoofing.
    pub tools_list: ToolsListConfig,
    /// PII and secrets in `tools/call` arguments and results.
    pub dlp: DlpConfig,
    /// Prompt/command injection, path traversal and SSRF in arguments (and
    /// prompt injection in results).
    pub argument_threats: ThreatsConfig,
    /// Tool-level access control by caller identity. Absent: no ACL (an ACL
    /// with no rules denies everything, so it is opt-in).
    pub tool_acl: Option<AclConfig>,
}

impl GuardsConfig {
    pub fn validate(&self) -> Result<(), String> {
        self.tools_list
            .validate()
            .map_err(|e| format!("guards.toolsList: {e}"))?;
        self.dlp
            .validate()
            .map_err(|e| format!("guards.dlp: {e}"))?;
        self.argument_threats
            .validate()
            .map_err(|e| format!("guards.argumentThreats: {e}"))?;
        if let Some(acl) = &self.tool_acl {
            acl.validate().map_err(|e| format!("guards.toolAcl: {e}"))?;
        }
        Ok(())
    }
}

impl Default for FilterConfig {
    fn default() -> Self {
        Self {
            mcp_paths: vec!["/mcp".into(), "/sse".into(), "/messages".into()],
            limits: Limits::default(),
            tool_deny_list: GlobSet::default(),
            server_name: None,
            identity_header: None,
            jwt_payload_header: None,
            sidecar: None,
            server_methods: default_server_methods(),
            failure_mode: FailureMode::Deny,
            guards: GuardsConfig::default(),
            credentials: CredentialsConfig::default(),
            audit: None,
        }
    }
}

/// What an MCP server may send a client on its own (2025-06-18 and later).
fn default_server_methods() -> GlobSet {
    GlobSet(
        [
            "ping",
            "roots/list",
            "sampling/createMessage",
            "elicitation/create",
            "notifications/*",
        ]
        .iter()
        .filter_map(|m| Glob::new(m).ok())
        .collect(),
    )
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SidecarConfig {
    /// Envoy cluster (HTTP/2) of the warden sidecar.
    pub cluster: String,
    #[serde(default = "default_timeout_ms")]
    pub timeout_ms: u64,
    /// What to do when the sidecar is unreachable, slow or answers garbage.
    #[serde(default)]
    pub failure_mode: FailureMode,
    /// JSON-RPC methods to consult the sidecar on (globs). Default: every request.
    #[serde(default = "all_methods")]
    pub methods: GlobSet,
    /// Response phases the sidecar's WebAssembly guards run on: the filter holds
    /// those responses (`tools/list` results, `tools/call` results) and asks the
    /// sidecar before forwarding. Empty (default): responses are never sent to
    /// the sidecar, so traffic without such guards pays nothing.
    #[serde(default)]
    pub guard_phases: Vec<GuardPhase>,
}

/// A response phase of the WebAssembly guards (`wit/guard.wit`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum GuardPhase {
    /// `tools/list` results.
    ToolsList,
    /// `tools/call` results.
    ToolResult,
}

fn default_timeout_ms() -> u64 {
    200
}

fn all_methods() -> GlobSet {
    GlobSet(Glob::new("*").into_iter().collect())
}

impl FilterConfig {
    /// Parse and validate. An empty document means the defaults.
    pub fn from_json(bytes: &[u8]) -> Result<Self, String> {
        let config: Self = if bytes.iter().all(u8::is_ascii_whitespace) {
            Self::default()
        } else {
            serde_json::from_slice(bytes).map_err(|e| format!("invalid filter config: {e}"))?
        };
        config.validate()?;
        Ok(config)
    }

    pub fn validate(&self) -> Result<(), String> {
        self.limits.validate()?;
        self.guards.validate()?;
        self.credentials.validate()?;
        if let Some(p) = self.mcp_paths.iter().find(|p| !p.starts_with('/')) {
            return Err(format!("mcpPaths entry {p:?} must start with '/'"));
        }
        for (what, header) in [
            ("identityHeader", &self.identity_header),
            ("jwtPayloadHeader", &self.jwt_payload_header),
        ] {
            if let Some(h) = header {
                let valid = !h.is_empty()
                    && h.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
                if !valid || h.bytes().any(|b| b.is_ascii_uppercase()) {
                    return Err(format!("{what} {h:?} must be a lowercase header name"));
                }
            }
        }
        if let Some(s) = &self.sidecar {
            if grpc_service_target(&s.cluster).is_none() {
                return Err(format!(
                    "sidecar.cluster must name an Envoy cluster (1 to {MAX_CLUSTER_NAME} bytes)"
                ));
            }
            if s.timeout_ms == 0 || s.timeout_ms > 60_000 {
                return Err("sidecar.timeoutMs must be between 1 and 60000".into());
            }
        }
        if let Some(a) = &self.audit {
            if self.audit_cluster().and_then(grpc_service_target).is_none() {
                return Err(format!(
                    "audit.cluster (or sidecar.cluster) must name the sidecar's Envoy cluster \
                     (1 to {MAX_CLUSTER_NAME} bytes)"
                ));
            }
            if !(10..=60_000).contains(&a.flush_interval_ms) {
                return Err("audit.flushIntervalMs must be between 10 and 60000".into());
            }
            if !(1..=1_000_000).contains(&a.max_buffer) || !(1..=4096).contains(&a.max_batch) {
                return Err("audit.maxBuffer must be 1..1000000 and audit.maxBatch 1..4096".into());
            }
            if !(1..=60_000).contains(&a.timeout_ms) {
                return Err("audit.timeoutMs must be between 1 and 60000".into());
            }
        }
        Ok(())
    }

    /// The cluster audit records go to.
    pub fn audit_cluster(&self) -> Option<&str> {
        let a = self.audit.as_ref()?;
        a.cluster
            .as_deref()
            .or(self.sidecar.as_ref().map(|s| s.cluster.as_str()))
    }
}

/// Longest sidecar cluster name: its `GrpcService` encoding keeps one-byte
/// lengths, so it stays ASCII and passes the host call's `&str`.
pub const MAX_CLUSTER_NAME: usize = 125;

/// The serialized `GrpcService { envoy_grpc { cluster_name } }` to hand
/// `dispatch_grpc_call`. Envoy parses the string it gets as a `GrpcService`
/// first and treats it as a bare cluster name only when that fails: a name
/// that happens to parse (`sidecar_wit` does) becomes a service with no target
/// and aborts Envoy. An encoded service is never misread.
pub fn grpc_service_target(cluster: &str) -> Option<String> {
    let len = u8::try_from(cluster.len()).ok()?;
    if cluster.is_empty() || usize::from(len) > MAX_CLUSTER_NAME {
        return None;
    }
    // Field 1 (length-delimited) = tag 0x0a, in both messages.
    let mut out = String::with_capacity(cluster.len() + 4);
    out.push('\n');
    out.push(char::from(len + 2));
    out.push('\n');
    out.push(char::from(len));
    out.push_str(cluster);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_config_is_defaults() {
        assert_eq!(
            FilterConfig::from_json(b"").unwrap(),
            FilterConfig::default()
        );
        assert_eq!(
            FilterConfig::from_json(b"{}").unwrap(),
            FilterConfig::default()
        );
    }

    #[test]
    fn sidecar_clusters_are_sent_as_an_encoded_grpc_service() {
        assert_eq!(
            grpc_service_target("sidecar_wit").unwrap(),
            "\n\x0d\n\x0bsidecar_wit"
        );
        let longest = "c".repeat(MAX_CLUSTER_NAME);
        let t = grpc_service_target(&longest).unwrap();
        assert!(t.is_ascii() && t.len() == MAX_CLUSTER_NAME + 4);
        assert_eq!(grpc_service_target(""), None);
        assert_eq!(grpc_service_target(&"c".repeat(MAX_CLUSTER_NAME + 1)), None);
        let long = format!(r#"{{"sidecar":{{"cluster":"{}"}}}}"#, "c".repeat(126));
        assert!(FilterConfig::from_json(long.as_bytes()).is_err());
        let audit = format!(r#"{{"audit":{{"cluster":"{}"}}}}"#, "c".repeat(126));
        assert!(FilterConfig::from_json(audit.as_bytes()).is_err());
    }

    #[test]
    fn unknown_keys_are_errors() {
        let err = FilterConfig::from_json(br#"{"toolDenylist":["x"]}"#).unwrap_err();
        assert!(err.contains("unknown field"), "{err}");
        let err =
            FilterConfig::from_json(br#"{"sidecar":{"cluster":"c","timeout":5}}"#).unwrap_err();
        assert!(err.contains("unknown field"), "{err}");
    }

    #[test]
    fn cross_field_validation() {
        for bad in [
            r#"{"mcpPaths":["mcp"]}"#,
            r#"{"limits":{"maxBodyBytes":0}}"#,
            r#"{"sidecar":{"cluster":""}}"#,
            r#"{"sidecar":{"cluster":"c","timeoutMs":0}}"#,
            r#"{"identityHeader":"X-Agent"}"#,
            r#"{"toolDenyList":[""]}"#,
            r#"{"audit":{}}"#,
            r#"{"audit":{"cluster":"w","flushIntervalMs":0}}"#,
            r#"{"audit":{"cluster":"w","strict":1}}"#,
        ] {
            assert!(FilterConfig::from_json(bad.as_bytes()).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_documented_example_is_valid() {
        let text = include_str!("../../examples/filter-config.json");
        let config = FilterConfig::from_json(text.as_bytes()).unwrap();
        assert!(config.guards.tool_acl.is_some());
        crate::pipeline::Engine::new(config).unwrap();
    }

    #[test]
    fn sidecar_defaults_fail_closed() {
        let c = FilterConfig::from_json(br#"{"sidecar":{"cluster":"warden"}}"#).unwrap();
        let s = c.sidecar.unwrap();
        assert_eq!(s.failure_mode, FailureMode::Deny);
        assert_eq!(s.timeout_ms, 200);
        assert!(s.methods.matches("tools/call").is_some());
    }
}
