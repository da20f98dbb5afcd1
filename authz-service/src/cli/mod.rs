//! The `warden` command line.
//!
//! ```text
//! warden serve --config FILE [--listen ADDR] [--ready-file PATH]
//! warden health [--addr ADDR] [--service NAME] [--timeout-ms MS]
//! warden check FILE...            (a policy or a sidecar config, told apart by its keys)
//! warden explain POLICY (--request JSON | --requests FILE.jsonl) [--json]
//! warden agents list|show|register|suspend|resume   (admin API, see `admin`)
//! warden incidents list
//! warden approvals list|approve ID|deny ID
//! warden status
//! warden keygen --out DIR [--name NAME]
//! warden token --key FILE --agent-id ID [--role R]... [--ttl 1h] [--audience warden]
//! warden scan tools|text FILE [--config FILTER_CONFIG]   (see `scan`)
//! warden guard test MODULE --phase P [--input FILE] [--config FILE] | check MODULE
//! warden pins export FILE [--server NAME] | import PINS [--config FILTER_CONFIG]
//! warden inspect [--config FILTER_CONFIG] [--server NAME] < CASES.jsonl   (see `inspect`)
//! warden audit verify|query|tail (--dir AUDIT_DIR | --config WARDEN_YAML)   (see `audit`)
//! warden report --out report.html|report.md (--dir | --config) [--since 24h]
//! warden controls [--json]
//! ```
//!
//! Output goes through [`outln!`], so a closed pipe (`warden explain ... | head`)
//! ends the command quietly instead of panicking.

/// `println!` that returns the write error (a closed pipe) instead of panicking.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout().lock(), $($arg)*)
    }};
}
pub(crate) use outln;

pub mod admin;
pub mod audit;
#[cfg(feature = "wasm-guards")]
pub mod guard;
pub mod health;
pub mod inspect;
pub mod report;
pub mod scan;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::{Parser, Subcommand};

use self::admin::{AgentsCommand, ApprovalsCommand, IncidentsCommand, Target};
use self::scan::{PinsCommand, ScanCommand};
use crate::api::server::{shutdown_signal, Server};
use crate::config::Config;
use crate::policy::explain::DescribedCall;
use crate::policy::Policy;
use crate::telemetry;

#[derive(Debug, Parser)]
#[command(
    name = "warden",
    version,
    about = "Warden sidecar: MCP security decisions for Envoy"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the gRPC server (ext_authz Check, DecisionService, health) until SIGTERM or SIGINT.
    Serve {
        /// YAML config file (see warden.example.yaml).
        #[arg(long, short = 'c', value_name = "FILE")]
        config: PathBuf,
        /// Bind this address instead of the config's `listen` (one config file
        /// serves both a loopback sidecar and a central deployment).
        #[arg(long, value_name = "ADDR")]
        listen: Option<SocketAddr>,
        /// Once the listener is bound, write its address (`host:port` and a newline)
        /// to this file, atomically; removed again on clean shutdown.
        #[arg(long, value_name = "PATH")]
        ready_file: Option<PathBuf>,
    },
    /// Ask a running sidecar's gRPC health service; exit 0 only when SERVING
    /// (a Kubernetes exec probe for a loopback listener).
    Health {
        #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:9191")]
        addr: SocketAddr,
        /// A service name (`envoy.service.auth.v3.Authorization`); empty: the server.
        #[arg(long, default_value = "")]
        service: String,
        #[arg(long, value_name = "MS", default_value_t = 1000)]
        timeout_ms: u64,
    },
    /// Validate policy and sidecar config files (told apart by their keys: a
    /// policy has `rules`): every error with line and column, warnings for rules
    /// that cannot match or need the wasm filter; exit 1 when any file is invalid.
    Check {
        /// Policy or sidecar config YAML files.
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
        /// Skip detection: read every file as this kind.
        #[arg(long = "as", value_name = "KIND")]
        kind: Option<FileKind>,
    },
    /// Old name of `warden check` for a sidecar config.
    #[command(hide = true)]
    CheckConfig {
        #[arg(value_name = "FILE")]
        config: PathBuf,
    },
    /// Show which rule a call matches and why the earlier rules did not.
    Explain {
        /// Policy YAML file.
        #[arg(value_name = "POLICY")]
        policy: PathBuf,
        /// One call as JSON (or @FILE): {"tool":..,"arguments":{..},"agent":..,"roles":[..],"session":..}
        #[arg(long, value_name = "JSON", required_unless_present = "requests")]
        request: Option<String>,
        /// A JSON-lines file of calls, evaluated in order with shared budgets;
        /// exit 1 when a call's `expect` differs from the decision.
        #[arg(long, value_name = "FILE", conflicts_with = "request")]
        requests: Option<PathBuf>,
        /// Score each call's arguments with the filter's guards (the plugin's
        /// `guards` block, JSON or YAML) for `minThreat`, as the filter would;
        /// a call's own `threat` still wins.
        #[arg(long, value_name = "FILE")]
        guards: Option<PathBuf>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Registered agents (admin API).
    Agents {
        #[command(flatten)]
        target: Target,
        #[command(subcommand)]
        command: AgentsCommand,
    },
    /// Incidents (admin API).
    Incidents {
        #[command(flatten)]
        target: Target,
        #[command(subcommand)]
        command: IncidentsCommand,
    },
    /// Approvals of held calls (admin API).
    Approvals {
        #[command(flatten)]
        target: Target,
        #[command(subcommand)]
        command: ApprovalsCommand,
    },
    /// Agents, policy, recent violations and the compliance score (admin API).
    Status {
        #[command(flatten)]
        target: Target,
    },
    /// Make an Ed25519 key pair for agent tokens: NAME.key (secret) and NAME.pub.
    Keygen {
        /// Folder for the two files.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        #[arg(long, default_value = "agent-signing")]
        name: String,
    },
    /// Mint an agent token (printed on stdout).
    Token {
        /// Private key file from `warden keygen`.
        #[arg(long, value_name = "FILE", conflicts_with = "hmac_secret")]
        key: Option<PathBuf>,
        /// Development only: sign with this HMAC secret file instead.
        #[arg(long, value_name = "FILE")]
        hmac_secret: Option<PathBuf>,
        #[arg(long, value_name = "ID")]
        agent_id: String,
        /// A role (repeat for more).
        #[arg(long = "role", value_name = "ROLE")]
        roles: Vec<String>,
        /// Lifetime: 30s, 15m, 1h, 7d (sidecars refuse more than their
        /// identity.agentTokens.maxTtlSeconds, default 1d).
        #[arg(long, default_value = "1h")]
        ttl: String,
        /// The Warden deployment the token is for (identity.agentTokens.audiences).
        #[arg(long, default_value = crate::identity::token::DEFAULT_AUDIENCE)]
        audience: String,
    },
    /// Run the filter's native guards offline over JSON Lines (exit non-zero only
    /// on usage errors).
    Scan {
        #[command(subcommand)]
        what: ScanCommand,
    },
    /// WebAssembly guard components: run one standalone, or check it against the world.
    #[cfg(feature = "wasm-guards")]
    Guard {
        #[command(subcommand)]
        action: self::guard::GuardCommand,
    },
    /// Rug-pull pins as a file: export from observed tools, import into a filter
    /// configuration.
    Pins {
        #[command(subcommand)]
        action: PinsCommand,
    },
    /// The tamper-evident audit log: verify, query, tail.
    Audit {
        #[command(subcommand)]
        command: self::audit::AuditCommand,
    },
    /// Compliance report from the audit log: integrity attestation, decisions,
    /// denials, agents, tools, incidents, approvals, control mapping.
    Report {
        #[command(flatten)]
        log: self::audit::LogLocation,
        #[command(flatten)]
        filter: self::audit::FilterArgs,
        /// Output file; `.md` writes Markdown, anything else HTML.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Force the format.
        #[arg(long, value_enum)]
        format: Option<self::report::Format>,
        /// Checkpoint public key for the attestation.
        #[arg(long, value_name = "FILE")]
        pubkey: Option<PathBuf>,
    },
    /// The control mapping (OWASP MCP Top 10, OWASP Agentic Top 10, NIST AI RMF).
    Controls {
        #[arg(long)]
        json: bool,
    },
    /// Run the filter's request/response pipeline offline on JSON Lines cases from
    /// stdin and print what would reach the other side.
    Inspect {
        /// The filter's plugin configuration (JSON or YAML); default: the defaults.
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
        /// The upstream server's name (spoofing allowlist, pins).
        #[arg(long, default_value = "demo")]
        server: String,
    },
}

/// What `warden check` reads a file as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum FileKind {
    Policy,
    Config,
}

impl FileKind {
    /// A policy has `rules` at the top; anything else is a sidecar config (an
    /// empty file is a valid config: every default).
    pub fn detect(text: &str) -> Self {
        match serde_norway::from_str::<serde_norway::Value>(text) {
            Ok(serde_norway::Value::Mapping(m)) if m.contains_key("rules") => Self::Policy,
            _ => Self::Config,
        }
    }
}

/// Run a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve {
            config,
            listen,
            ready_file,
        } => serve(&config, listen, ready_file.as_deref()),
        Command::Health {
            addr,
            service,
            timeout_ms,
        } => health::check(addr, &service, std::time::Duration::from_millis(timeout_ms)),
        Command::CheckConfig { config } => check_config(&config),
        Command::Check { files, kind } => check(&files, kind),
        Command::Explain {
            policy,
            request,
            requests,
            guards,
            json,
        } => explain(
            &policy,
            request.as_deref(),
            requests.as_deref(),
            guards.as_deref(),
            json,
        ),
        Command::Agents { target, command } => admin::agents(&target, command),
        Command::Incidents { target, command } => admin::incidents(&target, command),
        Command::Approvals { target, command } => admin::approvals(&target, command),
        Command::Status { target } => admin::status(&target),
        Command::Keygen { out, name } => admin::keygen(&out, &name),
        Command::Scan { what } => scan::scan(what),
        Command::Pins { action } => scan::pins(action),
        #[cfg(feature = "wasm-guards")]
        Command::Guard { action } => guard::run(action),
        Command::Audit { command } => audit::run(command),
        Command::Report {
            log,
            filter,
            out,
            format,
            pubkey,
        } => report::report(&log, &filter, &out, format, pubkey.as_deref()),
        Command::Controls { json } => {
            if json {
                for c in crate::audit::controls::CONTROLS {
                    outln!(
                        "{}",
                        serde_json::json!({"framework": c.framework, "item": c.item,
                            "warden": c.warden, "evidence": c.evidence, "coverage": c.coverage})
                    )?;
                }
            } else {
                outln!("{}\n", crate::audit::controls::STATEMENT)?;
                outln!("{}", report::controls_markdown().trim_end())?;
            }
            Ok(())
        }
        Command::Inspect { config, server } => inspect::inspect(config.as_deref(), &server),
        Command::Token {
            key,
            hmac_secret,
            agent_id,
            roles,
            ttl,
            audience,
        } => {
            let token = admin::mint(
                key.as_deref(),
                hmac_secret.as_deref(),
                &agent_id,
                roles,
                &ttl,
                &audience,
            )?;
            outln!("{token}")?;
            Ok(())
        }
    }
}

fn check(files: &[PathBuf], kind: Option<FileKind>) -> anyhow::Result<()> {
    let mut invalid = 0;
    for path in files {
        let kind = match kind {
            Some(k) => k,
            None => FileKind::detect(&std::fs::read_to_string(path).unwrap_or_default()),
        };
        let result = match kind {
            FileKind::Policy => check_policy(path),
            FileKind::Config => check_config(path),
        };
        if let Err(e) = result {
            if is_broken_pipe(&e) {
                return Err(e);
            }
            eprintln!("{e:#}");
            invalid += 1;
        }
    }
    match invalid {
        0 => Ok(()),
        n => anyhow::bail!("{n} of {} file(s) invalid", files.len()),
    }
}

/// Whether an error is a write to a closed pipe (the reader went away).
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn warn_all(warnings: &[crate::policy::PolicyError]) {
    for w in warnings {
        eprintln!("warning: {w}");
    }
}

fn check_policy(path: &Path) -> anyhow::Result<()> {
    let policy = Policy::load(path).map_err(|e| anyhow::anyhow!("{e}"))?;
    warn_all(&policy.warnings);
    outln!(
        "{}: ok (policy {:?}, version {}, {} rules, default {}{})",
        path.display(),
        policy.name,
        policy.version_label(),
        policy.rules.len(),
        policy.default_effect,
        match policy.warnings.len() {
            0 => String::new(),
            n => format!(", {n} warning(s)"),
        }
    )?;
    Ok(())
}

fn explain(
    path: &Path,
    request: Option<&str>,
    requests: Option<&Path>,
    guards: Option<&Path>,
    json: bool,
) -> anyhow::Result<()> {
    let policy = Policy::load(path).map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut calls = match (request, requests) {
        (Some(text), _) => {
            let text = match text.strip_prefix('@') {
                Some(file) => {
                    std::fs::read_to_string(file).with_context(|| format!("cannot read {file}"))?
                }
                None => text.to_owned(),
            };
            vec![DescribedCall::parse(&text, "--request").map_err(anyhow::Error::msg)?]
        }
        (None, Some(file)) => {
            let text = std::fs::read_to_string(file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            DescribedCall::parse_lines(&text)
                .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?
        }
        (None, None) => anyhow::bail!("give --request JSON or --requests FILE"),
    };
    if let Some(file) = guards {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("cannot read {}", file.display()))?;
        let guards =
            crate::yaml::from_str(&text).map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
        let engine = DescribedCall::scoring_engine(guards)
            .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
        calls.iter_mut().for_each(|c| c.score_with(&engine));
    }
    let explanations = crate::policy::explain::explain(&policy, &calls, crate::engine::unix_ms());
    if json {
        for e in &explanations {
            outln!("{}", serde_json::to_string(e)?)?;
        }
    } else {
        use std::io::Write as _;
        std::io::stdout()
            .lock()
            .write_all(crate::policy::explain::render(&policy, &explanations).as_bytes())?;
    }
    let unexpected = explanations
        .iter()
        .filter(|e| e.as_expected == Some(false))
        .count();
    if unexpected > 0 {
        anyhow::bail!("{unexpected} call(s) did not get their expected effect");
    }
    Ok(())
}

fn check_config(path: &Path) -> anyhow::Result<()> {
    let config = Config::load(path)?;
    // Everything the config points at must load too.
    crate::engine::build_resolver(&config)?;
    let policy = match &config.policy {
        Some(p) => {
            let policy = Policy::load(&p.file).map_err(|e| anyhow::anyhow!("{e}"))?;
            warn_all(&policy.warnings);
            format!("policy {:?} ({} rules)", policy.name, policy.rules.len())
        }
        None => "no policy (deny-list mode)".to_owned(),
    };
    let dlp = &config.guards.dlp;
    let redacts = dlp.enabled
        && dlp.scan_arguments
        && (dlp.pii.action == warden_core::guards::Action::Redact
            || dlp.secrets.action == warden_core::guards::Action::Redact);
    if redacts {
        eprintln!(
            "warning: {}: guards.dlp redacts arguments, which only the wasm filter can do: on Envoy's ext_authz path (Check) such calls are {}",
            path.display(),
            match config.policy.as_ref().map(|p| p.check_redact_fallback) {
                Some(crate::config::RedactFallback::Allow) => "forwarded unredacted (policy.checkRedactFallback: allow)",
                _ => "denied (redaction_unsupported); set the DLP action to deny or warn for ext_authz-only meshes",
            }
        );
    }
    outln!(
        "{}: ok (listen {}, {} denied tool pattern(s), {policy}, dataDir {})",
        path.display(),
        config.listen,
        config.tool_deny_list.0.len(),
        config.data_dir.display()
    )?;
    Ok(())
}

fn serve(path: &Path, listen: Option<SocketAddr>, ready_file: Option<&Path>) -> anyhow::Result<()> {
    let mut config = Config::load(path)?;
    if let Some(addr) = listen {
        config.listen = addr;
    }
    telemetry::init(&config.log_level, config.log_format)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(async {
        let shutdown = shutdown_signal()?;
        let server = Server::bind(config).await?;
        if let Some(file) = ready_file {
            write_ready_file(file, server.local_addr())?;
        }
        let result = server.serve(shutdown).await;
        if let Some(file) = ready_file {
            let _ = std::fs::remove_file(file);
        }
        result
    })
}

/// Write then rename, so a reader polling for the file never sees it half-written.
fn write_ready_file(path: &Path, addr: SocketAddr) -> anyhow::Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    std::fs::write(&tmp, format!("{addr}\n"))
        .with_context(|| format!("cannot write ready file {}", tmp.display()))?;
    std::fs::rename(&tmp, path)
        .with_context(|| format!("cannot write ready file {}", path.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn serve_flags() {
        let cli = Cli::try_parse_from([
            "warden",
            "serve",
            "--config",
            "w.yaml",
            "--ready-file",
            "/tmp/r",
            "--listen",
            "0.0.0.0:9191",
        ])
        .unwrap();
        let Command::Serve {
            config,
            listen,
            ready_file,
        } = cli.command
        else {
            panic!("not serve");
        };
        assert_eq!(config, PathBuf::from("w.yaml"));
        assert_eq!(ready_file, Some(PathBuf::from("/tmp/r")));
        assert_eq!(listen, Some("0.0.0.0:9191".parse().unwrap()));
        assert!(Cli::try_parse_from(["warden", "serve"]).is_err());
    }
}
