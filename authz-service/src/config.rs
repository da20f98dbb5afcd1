//! The sidecar's YAML configuration: typed, strict (`deny_unknown_fields`, a typo is
//! an error) and validated once at load time, never at request time.
//!
//! ```yaml
//! listen: 127.0.0.1:9191        # gRPC address; port 0 picks a free port
//! dataDir: /var/lib/warden      # relative paths resolve against this file's folder
//! logLevel: info                # a tracing filter directive, e.g. "info,warden=debug"
//! logFormat: json               # json | text
//! shutdownGraceSeconds: 5       # drain time for in-flight calls after SIGTERM/SIGINT
//! toolDenyList: [exec_shell, "fs.*"]
//! limits: { maxBodyBytes: 1048576, maxDepth: 64, maxBatch: 64, maxEventBytes: 1048576 }
//! policy: { file: policy.yaml, reloadIntervalMs: 1000, checkRedactFallback: deny }
//! identity: { allowAnonymous: false, agentTokens: { publicKeys: [agents.pub] } }
//! agents: { unknown: register, autoSuspend: { incidents: 5, minSeverity: high, windowSeconds: 600 } }
//! approvals: { ttlSeconds: 900, pendingTtlSeconds: 3600 }
//! admin: { listen: 127.0.0.1:9192, tokenFile: admin.token }
//! guards: { file: guards.yaml, reloadIntervalMs: 1000 }
//! ```
//!
//! Every relative path (`dataDir`, `policy.file`, key and token files) resolves
//! against the config file's folder.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use thiserror::Error;
use warden_core::glob::GlobSet;
use warden_core::Limits;

/// Largest config file read; a config is a few kilobytes, anything huge is a mistake.
const MAX_CONFIG_BYTES: u64 = 4 * 1024 * 1024;

#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("cannot read config {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("config {path} is larger than {MAX_CONFIG_BYTES} bytes")]
    TooLarge { path: PathBuf },
    #[error("invalid config {path}: {source}")]
    Parse {
        path: PathBuf,
        source: crate::yaml::YamlError,
    },
    #[error("invalid config {path}: {message}")]
    Invalid { path: PathBuf, message: String },
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum LogFormat {
    /// One JSON object per line (the default: for log pipelines).
    #[default]
    Json,
    /// Human-readable lines (for a terminal).
    Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Config {
    /// Address the gRPC server binds (`Authorization/Check`, `DecisionService/Decide`,
    /// `grpc.health.v1.Health`). Port 0 picks a free port; the bound address is
    /// logged and written to `--ready-file`.
    #[serde(default = "default_listen")]
    pub listen: SocketAddr,
    /// Directory for durable state (audit log, pins, approvals). Created at start.
    #[serde(default = "default_data_dir")]
    pub data_dir: PathBuf,
    /// A `tracing` filter directive (`info`, `warn,warden=debug`). `RUST_LOG`, when
    /// set, takes precedence.
    #[serde(default = "default_log_level")]
    pub log_level: String,
    #[serde(default)]
    pub log_format: LogFormat,
    /// How long in-flight calls may run after SIGTERM/SIGINT before the server stops
    /// anyway (long-lived health `Watch` streams never end on their own).
    #[serde(default = "default_shutdown_grace_seconds")]
    pub shutdown_grace_seconds: u64,
    /// Tools that may never be called: exact names or globs (`*`, `?`), matched
    /// case-sensitively against the `name` of every `tools/call`.
    #[serde(default)]
    pub tool_deny_list: GlobSet,
    /// Bounds on the bodies `Check` parses.
    #[serde(default)]
    pub limits: Limits,
    /// The policy file. Absent: deny-list mode (only `toolDenyList`, sessions,
    /// tokens and suspensions are enforced; everything else is allowed).
    #[serde(default)]
    pub policy: Option<PolicyConfig>,
    #[serde(default)]
    pub identity: IdentityConfig,
    #[serde(default)]
    pub agents: AgentsConfig,
    #[serde(default)]
    pub approvals: ApprovalsConfig,
    #[serde(default)]
    pub admin: AdminConfig,
    /// The native request guards `Check` runs before asking the policy (tool
    /// ACL, argument threats, DLP), in the filter plugin's `guards` schema so one
    /// block serves both. Omitted: the filter's defaults.
    #[serde(default)]
    pub guards: warden_core::config::GuardsConfig,
    /// The tamper-evident audit log (see `crate::audit::config`).
    #[serde(default)]
    pub audit: crate::audit::config::AuditConfig,
    /// Prometheus `/metrics` (see `crate::api::metrics`).
    #[serde(default)]
    pub metrics: crate::api::metrics::MetricsConfig,
    /// WebAssembly guard components (see `guards::config`). Absent: none, and
    /// no phase pays for them.
    #[serde(default)]
    pub wasm_guards: Option<WasmGuardsConfig>,
    /// How long the filter may reuse an allow (see [`DecisionCacheConfig`]).
    #[serde(default)]
    pub decision_cache: DecisionCacheConfig,
}

/// Answers the wasm filter may reuse without asking again:
///
/// ```yaml
/// decisionCache:
///   ttlMs: 1000     # 0: the filter asks about every request
/// ```
///
/// Only an allow that read nothing but who calls what (method, tool, server,
/// session, the caller's identity) and changed no state (no budget, approval
/// or WebAssembly guard on the call) is offered, and never past the caller's
/// credential expiry. A policy, registry or revocation change reaches a cached
/// answer within `ttlMs`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DecisionCacheConfig {
    #[serde(default = "default_decision_cache_ttl_ms")]
    pub ttl_ms: u32,
}

impl Default for DecisionCacheConfig {
    fn default() -> Self {
        Self {
            ttl_ms: default_decision_cache_ttl_ms(),
        }
    }
}

fn default_decision_cache_ttl_ms() -> u32 {
    1000
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WasmGuardsConfig {
    /// The guards file: which components run, with their limits and config.
    pub file: PathBuf,
    /// How often the guards file and module files are checked for changes; 0
    /// turns hot reload off. Changed modules compile in the background and swap
    /// in atomically; one that fails to load or verify leaves the old serving.
    #[serde(default = "default_reload_ms")]
    pub reload_interval_ms: u64,
}

/// What `Check` (Envoy's ext_authz) does with a `redact` decision: it cannot
/// rewrite the body, so it either refuses the call or lets it through unredacted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum RedactFallback {
    #[default]
    Deny,
    Allow,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PolicyConfig {
    /// The policy YAML (`warden check FILE` validates it).
    pub file: PathBuf,
    /// How often the file is checked for changes; 0 turns hot reload off. A new
    /// version that fails to load is rejected and the running policy stays.
    #[serde(default = "default_reload_ms")]
    pub reload_interval_ms: u64,
    /// `Check` cannot redact: `deny` (default) or `allow` unredacted.
    #[serde(default)]
    pub check_redact_fallback: RedactFallback,
}

fn default_reload_ms() -> u64 {
    1000
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IdentityConfig {
    /// Whether callers without any identity are let through (as `anonymous`).
    /// Default: true in deny-list mode, false when a policy is configured.
    #[serde(default)]
    pub allow_anonymous: Option<bool>,
    /// Accept a plain identity header as the agent id (proves nothing: only for
    /// development or meshes where Envoy sets it).
    #[serde(default)]
    pub trust_header_identity: bool,
    /// `Check` path: the header that carries the plain identity.
    #[serde(default)]
    pub identity_header: Option<String>,
    /// `Check` path: the header Envoy's `jwt_authn` forwards the payload in.
    #[serde(default)]
    pub jwt_payload_header: Option<String>,
    /// When non-empty, SPIFFE ids must belong to one of these trust domains.
    #[serde(default)]
    pub spiffe_trust_domains: Vec<String>,
    #[serde(default)]
    pub agent_tokens: AgentTokensConfig,
    #[serde(default)]
    pub jwt: Option<JwtConfig>,
    /// Most concurrently bound `Mcp-Session-Id`s; beyond it new sessions are refused.
    #[serde(default = "default_max_sessions")]
    pub max_sessions: usize,
    /// Most live sessions one principal may hold (all anonymous callers are one
    /// principal); beyond it that principal's new sessions are refused.
    #[serde(default = "default_max_sessions_per_principal")]
    pub max_sessions_per_principal: usize,
    /// A session binding lapses after this long unused.
    #[serde(default = "default_session_idle")]
    pub session_idle_seconds: u64,
}

impl Default for IdentityConfig {
    fn default() -> Self {
        Self {
            allow_anonymous: None,
            trust_header_identity: false,
            identity_header: None,
            jwt_payload_header: None,
            spiffe_trust_domains: Vec::new(),
            agent_tokens: AgentTokensConfig::default(),
            jwt: None,
            max_sessions: default_max_sessions(),
            max_sessions_per_principal: default_max_sessions_per_principal(),
            session_idle_seconds: default_session_idle(),
        }
    }
}

fn default_max_sessions() -> usize {
    100_000
}

fn default_max_sessions_per_principal() -> usize {
    256
}

fn default_session_idle() -> u64 {
    86_400
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AgentTokensConfig {
    /// Ed25519 public key files (`warden keygen`); several for rotation.
    #[serde(default)]
    pub public_keys: Vec<PathBuf>,
    /// Development only: accept HS256 tokens made with this secret. Requires
    /// `allowHmac: true` as well.
    #[serde(default)]
    pub hmac_secret_file: Option<PathBuf>,
    #[serde(default)]
    pub allow_hmac: bool,
    /// Tolerated clock difference, at most 300.
    #[serde(default = "default_skew")]
    pub clock_skew_seconds: u64,
    /// Longest accepted token lifetime (`exp - iat`). Default one day.
    #[serde(default = "default_max_ttl")]
    pub max_ttl_seconds: u64,
    /// Accepted `aud` values: the names this Warden deployment answers to
    /// (`warden token --audience`). Default `[warden]`.
    #[serde(default = "default_audiences")]
    pub audiences: Vec<String>,
}

fn default_max_ttl() -> u64 {
    crate::identity::token::DEFAULT_MAX_TTL_SECONDS
}

fn default_audiences() -> Vec<String> {
    vec![crate::identity::token::DEFAULT_AUDIENCE.to_owned()]
}

/// Upper bound on `maxTtlSeconds` (a year): a longer token is a password.
pub const MAX_TOKEN_TTL_SECONDS: u64 = 365 * 86_400;

fn default_skew() -> u64 {
    30
}

impl Default for AgentTokensConfig {
    fn default() -> Self {
        Self {
            public_keys: Vec::new(),
            hmac_secret_file: None,
            allow_hmac: false,
            clock_skew_seconds: default_skew(),
            max_ttl_seconds: default_max_ttl(),
            audiences: default_audiences(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct JwtConfig {
    /// Verify bearer JWTs against this JWKS file (public keys only).
    #[serde(default)]
    pub jwks_file: Option<PathBuf>,
    /// Accepted `iss` values (required with `jwksFile`).
    #[serde(default)]
    pub issuers: Vec<String>,
    /// Accepted `aud` values (required with `jwksFile`).
    #[serde(default)]
    pub audiences: Vec<String>,
    /// The claim that names the agent.
    #[serde(default = "default_agent_claim")]
    pub agent_claim: String,
    /// The claim with the agent's roles (a list, or a space-separated string).
    #[serde(default = "default_roles_claim")]
    pub roles_claim: String,
    /// Trust the payload Envoy's `jwt_authn` verified and forwarded. Only when
    /// every route requires a JWT (else a client can send the header itself).
    #[serde(default)]
    pub trust_forwarded_payload: bool,
}

fn default_agent_claim() -> String {
    "sub".to_owned()
}

fn default_roles_claim() -> String {
    "roles".to_owned()
}

/// What happens to callers with an identity the registry does not know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum UnknownAgents {
    /// Deny (`unknown_agent`).
    Reject,
    /// Add them at `low` trust, then decide.
    Register,
    /// Decide at `low` trust without registering.
    Allow,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AgentsConfig {
    /// Default: `allow` in deny-list mode, `reject` when a policy is configured.
    #[serde(default)]
    pub unknown: Option<UnknownAgents>,
    #[serde(default)]
    pub auto_suspend: crate::registry::agents::AutoSuspend,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ApprovalsConfig {
    /// How long an approval, once granted, lets the same call through (once).
    #[serde(default = "default_approval_ttl")]
    pub ttl_seconds: u64,
    /// How long a request waits for a decision before it lapses.
    #[serde(default = "default_pending_ttl")]
    pub pending_ttl_seconds: u64,
}

fn default_approval_ttl() -> u64 {
    900
}

fn default_pending_ttl() -> u64 {
    3600
}

impl Default for ApprovalsConfig {
    fn default() -> Self {
        Self {
            ttl_seconds: default_approval_ttl(),
            pending_ttl_seconds: default_pending_ttl(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AdminConfig {
    /// The admin gRPC address (`warden.v1.AdminService`). Default
    /// `127.0.0.1:0`: loopback, a free port, written to `dataDir/admin.addr` for
    /// the CLI.
    #[serde(default = "default_admin_listen")]
    pub listen: SocketAddr,
    /// Every admin call must carry `authorization: Bearer <token>`; this file
    /// holds the token of the operator named `admin` (not readable by others).
    /// With neither `tokenFile` nor `operators`, the sidecar makes a fresh
    /// random token at every start in `dataDir/admin.token` (mode 0600) for
    /// `local-admin`: whoever can read that file is the admin.
    #[serde(default)]
    pub token_file: Option<PathBuf>,
    /// Named operators, one token file each; the name is who approved or
    /// suspended (never a name the request body claims).
    #[serde(default)]
    pub operators: Vec<OperatorConfig>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OperatorConfig {
    pub name: String,
    pub token_file: PathBuf,
}

/// The operator name of the token in `admin.tokenFile`.
pub const ADMIN_OPERATOR: &str = "admin";
/// The operator name of the generated `dataDir/admin.token`.
pub const LOCAL_ADMIN_OPERATOR: &str = "local-admin";

fn default_admin_listen() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}

impl Default for AdminConfig {
    fn default() -> Self {
        Self {
            listen: default_admin_listen(),
            token_file: None,
            operators: Vec::new(),
        }
    }
}

fn default_listen() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 9191))
}

fn default_data_dir() -> PathBuf {
    PathBuf::from("/var/lib/warden")
}

fn default_log_level() -> String {
    "info".to_owned()
}

fn default_shutdown_grace_seconds() -> u64 {
    5
}

impl Default for Config {
    fn default() -> Self {
        Self {
            listen: default_listen(),
            data_dir: default_data_dir(),
            log_level: default_log_level(),
            log_format: LogFormat::default(),
            shutdown_grace_seconds: default_shutdown_grace_seconds(),
            tool_deny_list: GlobSet::default(),
            limits: Limits::default(),
            policy: None,
            identity: IdentityConfig::default(),
            agents: AgentsConfig::default(),
            approvals: ApprovalsConfig::default(),
            admin: AdminConfig::default(),
            guards: warden_core::config::GuardsConfig::default(),
            audit: Default::default(),
            metrics: Default::default(),
            wasm_guards: None,
            decision_cache: DecisionCacheConfig::default(),
        }
    }
}

impl Config {
    /// Read, parse and validate a config file. A relative `dataDir` is resolved
    /// against the file's folder, so a config means the same wherever it is run from.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let read_err = |source| ConfigError::Read {
            path: path.to_owned(),
            source,
        };
        let size = std::fs::metadata(path).map_err(read_err)?.len();
        if size > MAX_CONFIG_BYTES {
            return Err(ConfigError::TooLarge {
                path: path.to_owned(),
            });
        }
        let text = std::fs::read_to_string(path).map_err(read_err)?;
        let mut config = Self::from_yaml(&text).map_err(|e| e.at(path))?;
        let base = path.parent().unwrap_or_else(|| Path::new("."));
        config.resolve_paths(base);
        Ok(config)
    }

    /// Parse and validate YAML text (paths stay as written).
    pub fn from_yaml(text: &str) -> Result<Self, ConfigError> {
        // An empty file is an empty mapping: every default.
        let config: Self = if text.trim().is_empty() {
            Self::default()
        } else {
            crate::yaml::from_str(text).map_err(|source| ConfigError::Parse {
                path: PathBuf::new(),
                source,
            })?
        };
        config.validate().map_err(|message| ConfigError::Invalid {
            path: PathBuf::new(),
            message,
        })?;
        Ok(config)
    }

    /// Make every relative path absolute against `base` (the config's folder).
    pub fn resolve_paths(&mut self, base: &Path) {
        let fix = |p: &mut PathBuf| {
            if p.is_relative() {
                *p = base.join(&*p);
            }
        };
        fix(&mut self.data_dir);
        if let Some(p) = &mut self.policy {
            fix(&mut p.file);
        }
        if let Some(g) = &mut self.wasm_guards {
            fix(&mut g.file);
        }
        let t = &mut self.identity.agent_tokens;
        t.public_keys.iter_mut().for_each(fix);
        if let Some(f) = &mut t.hmac_secret_file {
            fix(f);
        }
        if let Some(j) = &mut self.identity.jwt {
            if let Some(f) = &mut j.jwks_file {
                fix(f);
            }
        }
        if let Some(f) = &mut self.admin.token_file {
            fix(f);
        }
        for o in &mut self.admin.operators {
            fix(&mut o.token_file);
        }
        self.audit.resolve_paths(base);
    }

    /// Whether calls without identity are let through.
    pub fn allow_anonymous(&self) -> bool {
        self.identity
            .allow_anonymous
            .unwrap_or(self.policy.is_none())
    }

    /// What happens to identified callers the registry does not know.
    pub fn unknown_agents(&self) -> UnknownAgents {
        self.agents.unknown.unwrap_or(if self.policy.is_none() {
            UnknownAgents::Allow
        } else {
            UnknownAgents::Reject
        })
    }

    /// Cross-field and range checks.
    pub fn validate(&self) -> Result<(), String> {
        self.limits.validate().map_err(|e| format!("limits: {e}"))?;
        self.guards.validate()?;
        self.audit.validate()?;
        if self.data_dir.as_os_str().is_empty() {
            return Err("dataDir must not be empty".into());
        }
        tracing_subscriber::EnvFilter::builder()
            .parse(&self.log_level)
            .map_err(|e| format!("logLevel {:?}: {e}", self.log_level))?;
        if self.decision_cache.ttl_ms > 60_000 {
            return Err("decisionCache.ttlMs must be at most 60000 (0 turns the cache off)".into());
        }
        if self.shutdown_grace_seconds > 3600 {
            return Err("shutdownGraceSeconds must be at most 3600".into());
        }
        #[cfg(not(feature = "wasm-guards"))]
        if self.wasm_guards.is_some() {
            return Err(
                "wasmGuards: this warden was built without the `wasm-guards` feature, so it cannot run WebAssembly guards; remove wasmGuards or use a build with the feature".into(),
            );
        }
        if let Some(p) = &self.policy {
            if p.file.as_os_str().is_empty() {
                return Err("policy.file must name the policy YAML".into());
            }
            if p.reload_interval_ms != 0 && p.reload_interval_ms < 100 {
                return Err("policy.reloadIntervalMs must be 0 (off) or at least 100".into());
            }
        }
        let id = &self.identity;
        for (what, header) in [
            ("identity.identityHeader", &id.identity_header),
            ("identity.jwtPayloadHeader", &id.jwt_payload_header),
        ] {
            if let Some(h) = header {
                let ok = !h.is_empty()
                    && h.bytes().all(|b| {
                        b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_'
                    });
                if !ok {
                    return Err(format!("{what} {h:?} must be a lowercase header name"));
                }
            }
        }
        let t = &id.agent_tokens;
        if t.clock_skew_seconds > crate::identity::token::MAX_CLOCK_SKEW_SECONDS {
            return Err(format!(
                "identity.agentTokens.clockSkewSeconds must be at most {}",
                crate::identity::token::MAX_CLOCK_SKEW_SECONDS
            ));
        }
        if t.max_ttl_seconds == 0 || t.max_ttl_seconds > MAX_TOKEN_TTL_SECONDS {
            return Err(format!(
                "identity.agentTokens.maxTtlSeconds must be between 1 and {MAX_TOKEN_TTL_SECONDS}"
            ));
        }
        if t.audiences.is_empty() || t.audiences.iter().any(|a| a.trim().is_empty()) {
            return Err("identity.agentTokens.audiences must name at least one audience".into());
        }
        if t.allow_hmac != t.hmac_secret_file.is_some() {
            return Err(
                "identity.agentTokens: HMAC tokens need both hmacSecretFile and allowHmac: true"
                    .into(),
            );
        }
        if let Some(j) = &id.jwt {
            if j.jwks_file.is_some() && (j.issuers.is_empty() || j.audiences.is_empty()) {
                return Err("identity.jwt: jwksFile needs issuers and audiences".into());
            }
            if j.jwks_file.is_none() && !j.trust_forwarded_payload {
                return Err(
                    "identity.jwt: set jwksFile, trustForwardedPayload, or remove the section"
                        .into(),
                );
            }
            if j.agent_claim.is_empty() || j.roles_claim.is_empty() {
                return Err("identity.jwt: agentClaim and rolesClaim must not be empty".into());
            }
        }
        if id.max_sessions == 0
            || id.session_idle_seconds == 0
            || id.max_sessions_per_principal == 0
        {
            return Err(
                "identity.maxSessions, maxSessionsPerPrincipal and sessionIdleSeconds must be positive"
                    .into(),
            );
        }
        let s = &self.agents.auto_suspend;
        if s.enabled && (s.incidents == 0 || s.window_seconds == 0) {
            return Err("agents.autoSuspend: incidents and windowSeconds must be positive".into());
        }
        let a = &self.approvals;
        if a.ttl_seconds == 0 || a.pending_ttl_seconds == 0 {
            return Err("approvals: ttlSeconds and pendingTtlSeconds must be positive".into());
        }
        if !self.admin.listen.ip().is_loopback()
            && self.admin.token_file.is_none()
            && self.admin.operators.is_empty()
        {
            return Err(format!(
                "admin.listen {} is not loopback: set admin.tokenFile or admin.operators",
                self.admin.listen
            ));
        }
        let mut names = std::collections::HashSet::new();
        if self.admin.token_file.is_some() {
            names.insert(ADMIN_OPERATOR);
        }
        for o in &self.admin.operators {
            let ok = !o.name.is_empty()
                && o.name.len() <= 64
                && o.name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'@'));
            if !ok {
                return Err(format!(
                    "admin.operators: name {:?} must be 1-64 of [A-Za-z0-9-_.@]",
                    o.name
                ));
            }
            if !names.insert(o.name.as_str()) {
                return Err(format!("admin.operators: {:?} appears twice", o.name));
            }
        }
        Ok(())
    }
}

impl ConfigError {
    fn at(self, path: &Path) -> Self {
        let path = path.to_owned();
        match self {
            Self::Parse { source, .. } => Self::Parse { path, source },
            Self::Invalid { message, .. } => Self::Invalid { path, message },
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_config_is_all_defaults() {
        let c = Config::from_yaml("").unwrap();
        assert_eq!(c, Config::default());
        assert_eq!(c.log_format, LogFormat::Json);
        assert!(c.tool_deny_list.is_empty());
    }

    #[test]
    fn full_config_parses() {
        let c = Config::from_yaml(
            r#"
listen: 127.0.0.1:0
dataDir: ./data
logLevel: warn,warden=debug
logFormat: text
shutdownGraceSeconds: 2
toolDenyList: [exec_shell, "fs.*"]
limits:
  maxBodyBytes: 2048
"#,
        )
        .unwrap();
        assert_eq!(c.listen.port(), 0);
        assert_eq!(c.log_format, LogFormat::Text);
        assert_eq!(c.tool_deny_list.0.len(), 2);
        assert!(c.tool_deny_list.matches("fs.write").is_some());
        assert_eq!(c.limits.max_body_bytes, 2048);
        assert_eq!(c.limits.max_depth, Limits::default().max_depth);
    }

    #[test]
    fn unknown_keys_are_errors() {
        let err = Config::from_yaml("toolDenylist: [x]\n").unwrap_err();
        assert!(err.to_string().contains("unknown field"), "{err}");
        let err = Config::from_yaml("limits: {maxBody: 1}\n").unwrap_err();
        assert!(err.to_string().contains("unknown field"), "{err}");
        // Another spelling of a real key names the camelCase one, with its place.
        let err = Config::from_yaml("listen: 127.0.0.1:0\ndata_dir: x\n").unwrap_err();
        assert!(
            err.to_string().contains(
                "line 2 column 1: unknown key `data_dir`: keys are camelCase, write `dataDir`"
            ),
            "{err}"
        );
        let err = Config::from_yaml("policy: {file: p.yaml, check_redact_fallback: allow}\n")
            .unwrap_err();
        assert!(
            err.to_string().contains("write `checkRedactFallback`"),
            "{err}"
        );
    }

    #[test]
    fn invalid_values_are_errors() {
        for bad in [
            "logFormat: xml\n",
            "listen: nowhere\n",
            "toolDenyList: [\"\"]\n",
            "limits: {maxDepth: 0}\n",
            "logLevel: \"info,=[\"\n",
            "dataDir: \"\"\n",
            "guards: {dlp: {pii: {action: shout}}}\n",
            "guards: {toolAcl: {rules: [{tools: [\"[\"]}]}}\n",
        ] {
            assert!(Config::from_yaml(bad).is_err(), "accepted {bad:?}");
        }
    }

    #[test]
    fn relative_data_dir_resolves_against_the_file() {
        let dir = std::env::temp_dir().join(format!("warden-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("warden.yaml");
        std::fs::write(&file, "dataDir: state\n").unwrap();
        let c = Config::load(&file).unwrap();
        assert_eq!(c.data_dir, dir.join("state"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
