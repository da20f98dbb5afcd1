//! Operator commands: clients of the admin API, and key/token tools.
//!
//! ```text
//! warden agents list|show ID|register ID [...]|suspend ID [--reason R]|resume ID
//! warden incidents list [--agent A] [--min-severity S] [--limit N]
//! warden approvals list [--status S] | approve ID | deny ID
//! warden status
//! warden keygen --out DIR [--name NAME]
//! warden token --key FILE --agent-id ID [--role R]... [--ttl 1h]
//! ```
//!
//! The admin commands find the sidecar with `--admin HOST:PORT`, or with
//! `--config FILE` (its `admin.listen`, or `dataDir/admin.addr` when the port is
//! 0); the token comes from `--token-file`, the config's `admin.tokenFile`, or
//! the `dataDir/admin.token` the sidecar generated. The admin API always needs
//! one, and records the token's operator as the approver.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::{Args, Subcommand};
use serde_json::{json, Value};
use tonic::metadata::MetadataValue;
use tonic::transport::Channel;

use crate::config::Config;
use crate::identity::token::{self, Claims, SigningMaterial};
use crate::proto::v1 as pb;
use crate::proto::v1::admin_service_client::AdminServiceClient;

#[derive(Debug, Args)]
pub struct Target {
    /// Admin API address (host:port).
    #[arg(long, value_name = "ADDR", global = true)]
    pub admin: Option<String>,
    /// The sidecar's config file (finds the admin address and token).
    #[arg(long, short = 'c', value_name = "FILE", global = true)]
    pub config: Option<PathBuf>,
    /// File with the admin token (`admin.tokenFile`).
    #[arg(long, value_name = "FILE", global = true)]
    pub token_file: Option<PathBuf>,
    /// Print JSON instead of text.
    #[arg(long, global = true)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum AgentsCommand {
    /// List registered agents.
    List {
        /// Only `active` or `suspended` agents.
        #[arg(long)]
        status: Option<String>,
    },
    /// Show one agent.
    Show { id: String },
    /// Create or update an agent.
    Register {
        id: String,
        #[arg(long)]
        name: Option<String>,
        /// low | medium | high | admin
        #[arg(long)]
        trust: Option<String>,
        /// A role (repeat for more).
        #[arg(long = "role")]
        roles: Vec<String>,
        /// A tool glob the agent may call (repeat; none: any tool the policy allows).
        #[arg(long = "allow-tool")]
        allow_tools: Vec<String>,
        /// A tool glob the agent may never call (repeat).
        #[arg(long = "deny-tool")]
        deny_tools: Vec<String>,
    },
    /// Suspend an agent: every call it makes is denied until resumed.
    Suspend {
        id: String,
        #[arg(long)]
        reason: Option<String>,
    },
    /// Resume a suspended agent.
    Resume { id: String },
}

#[derive(Debug, Subcommand)]
pub enum IncidentsCommand {
    /// Recent incidents, newest first.
    List {
        #[arg(long)]
        agent: Option<String>,
        /// low | medium | high | critical
        #[arg(long)]
        min_severity: Option<String>,
        #[arg(long, default_value_t = 50)]
        limit: u32,
    },
}

#[derive(Debug, Subcommand)]
pub enum ApprovalsCommand {
    /// Approvals, newest first.
    List {
        /// pending | approved | denied | used | expired
        #[arg(long)]
        status: Option<String>,
    },
    /// Let the held call through once (same agent, tool and arguments). The
    /// approver recorded is the operator whose admin token was used.
    Approve {
        id: String,
        #[arg(long)]
        note: Option<String>,
    },
    /// Refuse the held call.
    Deny {
        id: String,
        #[arg(long)]
        note: Option<String>,
    },
}

type Client =
    AdminServiceClient<tonic::service::interceptor::InterceptedService<Channel, BearerToken>>;

#[derive(Clone)]
pub struct BearerToken(MetadataValue<tonic::metadata::Ascii>);

impl BearerToken {
    pub fn new(token: &str) -> anyhow::Result<Self> {
        format!("Bearer {token}")
            .parse()
            .map(Self)
            .map_err(|_| anyhow::anyhow!("the admin token has characters a header cannot carry"))
    }
}

impl tonic::service::Interceptor for BearerToken {
    fn call(&mut self, mut req: tonic::Request<()>) -> Result<tonic::Request<()>, tonic::Status> {
        req.metadata_mut().insert("authorization", self.0.clone());
        Ok(req)
    }
}

fn target_of(t: &Target) -> anyhow::Result<(String, String)> {
    let config = t.config.as_deref().map(Config::load).transpose()?;
    let addr = match (&t.admin, &config) {
        (Some(a), _) => a.clone(),
        (None, Some(c)) if c.admin.listen.port() != 0 => c.admin.listen.to_string(),
        (None, Some(c)) => {
            let file = c.data_dir.join(crate::api::server::ADMIN_ADDR_FILE);
            std::fs::read_to_string(&file)
                .with_context(|| {
                    format!(
                        "cannot read {} (is the sidecar running with this config?)",
                        file.display()
                    )
                })?
                .trim()
                .to_owned()
        }
        (None, None) => anyhow::bail!("give --admin HOST:PORT or --config FILE"),
    };
    // The token: --token-file, the config's admin.tokenFile, or the token the
    // sidecar generated in dataDir (operators configured by name need --token-file).
    let token_file = match (&t.token_file, &config) {
        (Some(f), _) => f.clone(),
        (None, Some(c)) => match &c.admin.token_file {
            Some(f) => f.clone(),
            None if c.admin.operators.is_empty() => {
                c.data_dir.join(crate::api::admin::LOCAL_TOKEN_FILE)
            }
            None => anyhow::bail!("give --token-file (your admin.operators token)"),
        },
        (None, None) => anyhow::bail!("give --token-file FILE (the admin API needs a token)"),
    };
    let token = std::fs::read_to_string(&token_file)
        .with_context(|| format!("cannot read admin token {}", token_file.display()))?
        .trim()
        .to_owned();
    Ok((addr, token))
}

async fn connect(t: &Target) -> anyhow::Result<Client> {
    let (addr, token) = target_of(t)?;
    let channel = Channel::from_shared(format!("http://{addr}"))
        .context("invalid admin address")?
        .connect_timeout(std::time::Duration::from_secs(5))
        .timeout(std::time::Duration::from_secs(30))
        .connect()
        .await
        .with_context(|| format!("cannot reach the admin API at {addr}"))?;
    Ok(AdminServiceClient::with_interceptor(
        channel,
        BearerToken::new(&token)?,
    ))
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

fn status_err(s: tonic::Status) -> anyhow::Error {
    anyhow::anyhow!("{}", s.message())
}

pub fn agents(t: &Target, cmd: AgentsCommand) -> anyhow::Result<()> {
    runtime()?.block_on(async {
        let mut c = connect(t).await?;
        match cmd {
            AgentsCommand::List { status } => {
                let list = c
                    .list_agents(pb::ListAgentsRequest {
                        status: status.unwrap_or_default(),
                    })
                    .await
                    .map_err(status_err)?
                    .into_inner()
                    .agents;
                if t.json {
                    for a in &list {
                        println!("{}", agent_json(a));
                    }
                } else {
                    println!(
                        "{:<32} {:<9} {:<7} {:<24} REASON",
                        "AGENT", "STATUS", "TRUST", "ROLES"
                    );
                    for a in &list {
                        println!(
                            "{:<32} {:<9} {:<7} {:<24} {}",
                            a.id,
                            a.status,
                            a.trust,
                            a.roles.join(","),
                            a.status_reason
                        );
                    }
                }
            }
            AgentsCommand::Show { id } => {
                let a = c
                    .get_agent(pb::GetAgentRequest { id })
                    .await
                    .map_err(status_err)?
                    .into_inner();
                print_agent(t.json, &a);
            }
            AgentsCommand::Register {
                id,
                name,
                trust,
                roles,
                allow_tools,
                deny_tools,
            } => {
                let a = c
                    .register_agent(pb::RegisterAgentRequest {
                        agent: Some(pb::Agent {
                            id,
                            name: name.unwrap_or_default(),
                            trust: trust.unwrap_or_default(),
                            roles,
                            allowed_tools: allow_tools,
                            denied_tools: deny_tools,
                            ..Default::default()
                        }),
                    })
                    .await
                    .map_err(status_err)?
                    .into_inner();
                print_agent(t.json, &a);
            }
            AgentsCommand::Suspend { id, reason } => {
                let a = c
                    .suspend_agent(pb::SetAgentStatusRequest {
                        id,
                        reason: reason.unwrap_or_default(),
                    })
                    .await
                    .map_err(status_err)?
                    .into_inner();
                print_agent(t.json, &a);
            }
            AgentsCommand::Resume { id } => {
                let a = c
                    .resume_agent(pb::SetAgentStatusRequest {
                        id,
                        reason: String::new(),
                    })
                    .await
                    .map_err(status_err)?
                    .into_inner();
                print_agent(t.json, &a);
            }
        }
        Ok(())
    })
}

pub fn incidents(t: &Target, cmd: IncidentsCommand) -> anyhow::Result<()> {
    let IncidentsCommand::List {
        agent,
        min_severity,
        limit,
    } = cmd;
    runtime()?.block_on(async {
        let mut c = connect(t).await?;
        let list = c
            .list_incidents(pb::ListIncidentsRequest {
                agent: agent.unwrap_or_default(),
                min_severity: min_severity.unwrap_or_default(),
                since_ms: 0,
                limit,
            })
            .await
            .map_err(status_err)?
            .into_inner()
            .incidents;
        if t.json {
            for i in &list {
                println!("{}", incident_json(i));
            }
        } else {
            for i in &list {
                println!("{}", incident_line(i));
            }
        }
        Ok(())
    })
}

fn incident_line(i: &pb::Incident) -> String {
    format!(
        "#{:<6} {}  {:<8} {:<24} {:<20} {}",
        i.id,
        format_ms(i.time_ms),
        i.severity,
        i.agent,
        i.code,
        i.message
    )
}

pub fn approvals(t: &Target, cmd: ApprovalsCommand) -> anyhow::Result<()> {
    runtime()?.block_on(async {
        let mut c = connect(t).await?;
        let decide = |id: String, approve: bool, note: Option<String>| pb::DecideApprovalRequest {
            id,
            approve,
            decided_by: String::new(),
            note: note.unwrap_or_default(),
        };
        match cmd {
            ApprovalsCommand::List { status } => {
                let list = c
                    .list_approvals(pb::ListApprovalsRequest {
                        status: status.unwrap_or_default(),
                    })
                    .await
                    .map_err(status_err)?
                    .into_inner()
                    .approvals;
                if t.json {
                    for a in &list {
                        println!("{}", approval_json(a));
                    }
                } else {
                    for a in &list {
                        println!(
                            "{}  {:<8} {}  {} {} {} (rule {}: {})  args sha256 {}",
                            a.id,
                            a.status,
                            format_ms(a.created_ms),
                            a.agent,
                            a.method,
                            a.tool,
                            a.rule,
                            a.reason,
                            &a.arguments_hash[..a.arguments_hash.len().min(12)]
                        );
                    }
                }
            }
            ApprovalsCommand::Approve { id, note } => {
                let a = c
                    .decide_approval(decide(id, true, note))
                    .await
                    .map_err(status_err)?
                    .into_inner();
                print_approval(t.json, &a);
            }
            ApprovalsCommand::Deny { id, note } => {
                let a = c
                    .decide_approval(decide(id, false, note))
                    .await
                    .map_err(status_err)?
                    .into_inner();
                print_approval(t.json, &a);
            }
        }
        Ok(())
    })
}

pub fn status(t: &Target) -> anyhow::Result<()> {
    runtime()?.block_on(async {
        let mut c = connect(t).await?;
        let s = c
            .get_status(pb::GetStatusRequest {})
            .await
            .map_err(status_err)?
            .into_inner();
        if t.json {
            println!("{}", status_json(&s));
            return Ok(());
        }
        if s.policy_name.is_empty() {
            println!("policy:      none (deny-list mode)");
        } else {
            println!(
                "policy:      {} version {} ({} rules) from {}, loaded {}",
                s.policy_name,
                if s.policy_version.is_empty() {
                    "-"
                } else {
                    &s.policy_version
                },
                s.policy_rules,
                s.policy_file,
                format_ms(s.policy_loaded_ms)
            );
            println!(
                "reloads:     {} ok, {} rejected{}",
                s.policy_reloads,
                s.policy_reload_failures,
                if s.policy_last_error.is_empty() {
                    String::new()
                } else {
                    format!(" (last: {})", s.policy_last_error)
                }
            );
        }
        println!(
            "agents:      {} active, {} suspended",
            s.agents_active, s.agents_suspended
        );
        println!(
            "decisions:   {} since start ({} allowed, {} denied, {} held for approval, {} redacted); {} in the last hour",
            s.decisions, s.allowed, s.denied, s.approvals_required, s.redacted, s.decisions_last_hour
        );
        println!(
            "approvals:   {} pending; sessions: {}; uptime {}s; store errors {}",
            s.approvals_pending, s.sessions, s.uptime_seconds, s.store_errors
        );
        println!(
            "compliance:  {:.1} / 100  ({} incidents in the last hour)",
            s.compliance_score, s.incidents_last_hour
        );
        println!("             = {}", s.compliance_formula);
        if !s.recent_violations.is_empty() {
            println!("recent violations:");
            for i in &s.recent_violations {
                println!("  {}", incident_line(i));
            }
        }
        Ok(())
    })
}

fn print_agent(json: bool, a: &pb::Agent) {
    if json {
        println!("{}", agent_json(a));
        return;
    }
    println!("agent:    {}", a.id);
    if !a.name.is_empty() {
        println!("name:     {}", a.name);
    }
    println!(
        "status:   {}{}",
        a.status,
        if a.status_reason.is_empty() {
            String::new()
        } else {
            format!(" ({})", a.status_reason)
        }
    );
    println!("trust:    {}", a.trust);
    println!("roles:    {}", a.roles.join(", "));
    println!(
        "allowed:  {}",
        list_or(&a.allowed_tools, "(any the policy allows)")
    );
    println!("denied:   {}", list_or(&a.denied_tools, "(none)"));
    println!(
        "created:  {}{}",
        format_ms(a.created_ms),
        if a.auto_registered {
            " (auto-registered)"
        } else {
            ""
        }
    );
    println!("updated:  {}", format_ms(a.updated_ms));
}

fn list_or(items: &[String], empty: &str) -> String {
    if items.is_empty() {
        empty.to_owned()
    } else {
        items.join(", ")
    }
}

fn print_approval(json: bool, a: &pb::Approval) {
    if json {
        println!("{}", approval_json(a));
    } else {
        println!(
            "{} {} by {} at {}: {} {} {} (expires {})",
            a.id,
            a.status,
            a.decided_by,
            format_ms(a.decided_ms),
            a.agent,
            a.method,
            a.tool,
            format_ms(a.expires_ms)
        );
    }
}

fn agent_json(a: &pb::Agent) -> Value {
    json!({
        "id": a.id, "name": a.name, "trust": a.trust, "roles": a.roles,
        "allowedTools": a.allowed_tools, "deniedTools": a.denied_tools,
        "status": a.status, "statusReason": a.status_reason,
        "autoRegistered": a.auto_registered, "createdMs": a.created_ms, "updatedMs": a.updated_ms,
    })
}

fn incident_json(i: &pb::Incident) -> Value {
    json!({
        "id": i.id, "timeMs": i.time_ms, "agent": i.agent, "severity": i.severity,
        "code": i.code, "rule": i.rule, "tool": i.tool, "message": i.message, "source": i.source,
    })
}

fn approval_json(a: &pb::Approval) -> Value {
    json!({
        "id": a.id, "agent": a.agent, "method": a.method, "tool": a.tool,
        "argumentsHash": a.arguments_hash, "rule": a.rule, "reason": a.reason,
        "session": a.session, "status": a.status, "createdMs": a.created_ms,
        "expiresMs": a.expires_ms, "decidedMs": a.decided_ms, "decidedBy": a.decided_by,
        "note": a.note, "usedMs": a.used_ms,
    })
}

fn status_json(s: &pb::Status) -> Value {
    json!({
        "agentsActive": s.agents_active, "agentsSuspended": s.agents_suspended,
        "policy": {
            "name": s.policy_name, "version": s.policy_version, "rules": s.policy_rules,
            "file": s.policy_file, "loadedMs": s.policy_loaded_ms, "reloads": s.policy_reloads,
            "reloadFailures": s.policy_reload_failures, "lastError": s.policy_last_error,
        },
        "decisions": s.decisions, "allowed": s.allowed, "denied": s.denied,
        "approvalsRequired": s.approvals_required, "redacted": s.redacted,
        "decisionsLastHour": s.decisions_last_hour, "incidentsLastHour": s.incidents_last_hour,
        "recentViolations": s.recent_violations.iter().map(incident_json).collect::<Vec<_>>(),
        "approvalsPending": s.approvals_pending,
        "complianceScore": s.compliance_score, "complianceFormula": s.compliance_formula,
        "uptimeSeconds": s.uptime_seconds, "storeErrors": s.store_errors, "sessions": s.sessions,
    })
}

/// `2024-05-01T12:00:00Z` from Unix milliseconds (`-` for 0).
pub fn format_ms(ms: u64) -> String {
    if ms == 0 {
        return "-".to_owned();
    }
    let secs = ms / 1000;
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

// ---- keys and tokens -----------------------------------------------------------

/// Write a new Ed25519 key pair: `NAME.key` (private, mode 0600) and `NAME.pub`.
pub fn keygen(out: &Path, name: &str) -> anyhow::Result<()> {
    std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
    let key_path = out.join(format!("{name}.key"));
    let pub_path = out.join(format!("{name}.pub"));
    for p in [&key_path, &pub_path] {
        anyhow::ensure!(!p.exists(), "{} exists; not overwriting a key", p.display());
    }
    let (private, public) = token::generate()?;
    write_private(&key_path, &serde_json::to_vec_pretty(&private)?)?;
    crate::registry::store::write_atomic(&pub_path, &serde_json::to_vec_pretty(&public)?)?;
    println!("kid {}", public.kid);
    println!(
        "private key: {} (keep it secret; it mints agent tokens)",
        key_path.display()
    );
    println!(
        "public key:  {} (configure it as identity.agentTokens.publicKeys)",
        pub_path.display()
    );
    Ok(())
}

#[cfg(unix)]
fn write_private(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    use std::io::Write as _;
    use std::os::unix::fs::OpenOptionsExt as _;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    f.write_all(bytes)?;
    f.sync_all()?;
    Ok(())
}

#[cfg(not(unix))]
fn write_private(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    crate::registry::store::write_atomic(path, bytes).map_err(Into::into)
}

/// Mint an agent token.
pub fn mint(
    key: Option<&Path>,
    hmac_secret: Option<&Path>,
    agent_id: &str,
    roles: Vec<String>,
    ttl: &str,
    audience: &str,
) -> anyhow::Result<String> {
    crate::registry::agents::validate_agent_id(agent_id).map_err(anyhow::Error::msg)?;
    let ttl = crate::policy::parse_duration(ttl).map_err(anyhow::Error::msg)?;
    anyhow::ensure!(ttl > 0, "--ttl must be positive");
    anyhow::ensure!(
        ttl <= crate::config::MAX_TOKEN_TTL_SECONDS,
        "--ttl must be at most a year (sidecars refuse lifetimes above identity.agentTokens.maxTtlSeconds, default 1d)"
    );
    anyhow::ensure!(!audience.trim().is_empty(), "--audience must not be empty");
    let material = match (key, hmac_secret) {
        (Some(k), None) => SigningMaterial::Ed25519(token::load_private_key(k)?),
        (None, Some(s)) => SigningMaterial::Hmac(token::load_hmac_secret(s)?),
        _ => anyhow::bail!("give exactly one of --key FILE or --hmac-secret FILE"),
    };
    let now = crate::engine::unix_ms() / 1000;
    let mut jti = [0u8; 8];
    getrandom::getrandom(&mut jti).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    Ok(material.sign(&Claims {
        sub: agent_id.to_owned(),
        roles,
        aud: audience.to_owned(),
        iat: now,
        exp: now + ttl,
        nbf: None,
        jti: Some(jti.iter().map(|b| format!("{b:02x}")).collect()),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_times() {
        assert_eq!(format_ms(0), "-");
        assert_eq!(format_ms(1_000), "1970-01-01T00:00:01Z");
        assert_eq!(format_ms(1_700_000_000_000), "2023-11-14T22:13:20Z");
        assert_eq!(format_ms(951_782_400_000), "2000-02-29T00:00:00Z");
    }

    #[test]
    fn keygen_and_mint() {
        let dir = tempfile::tempdir().unwrap();
        keygen(dir.path(), "k").unwrap();
        assert!(keygen(dir.path(), "k").is_err(), "never overwrites");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(dir.path().join("k.key"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let t = mint(
            Some(&dir.path().join("k.key")),
            None,
            "support-1",
            vec!["support-agent".into()],
            "1h",
            token::DEFAULT_AUDIENCE,
        )
        .unwrap();
        let mut v = token::Verifier::new(30, None);
        v.add_ed25519(token::load_public_key(&dir.path().join("k.pub")).unwrap());
        let c = v.verify(&t, crate::engine::unix_ms() / 1000).unwrap();
        assert_eq!(c.sub, "support-1");
        assert_eq!(c.exp - c.iat, 3600);
        assert_eq!(c.aud, "warden");
        assert!(mint(None, None, "a", vec![], "1h", "warden").is_err());
        let key = dir.path().join("k.key");
        assert!(mint(Some(&key), None, "a", vec![], "1h", " ").is_err());
        assert!(mint(Some(&key), None, "a", vec![], "400d", "warden").is_err());
        // Another deployment's token is refused.
        let t = mint(Some(&key), None, "a", vec![], "1h", "staging").unwrap();
        assert!(v.verify(&t, crate::engine::unix_ms() / 1000).is_err());
    }
}
