//! The `warden` command line.
//!
//! ```text
//! warden serve --config FILE [--ready-file PATH]
//! warden check-config FILE
//! warden check POLICY
//! warden explain POLICY (--request JSON | --requests FILE.jsonl) [--json]
//! warden agents list|show|register|suspend|resume   (admin API, see `admin`)
//! warden incidents list
//! warden approvals list|approve ID|deny ID
//! warden status
//! warden keygen --out DIR [--name NAME]
//! warden token --key FILE --agent-id ID [--role R]... [--ttl 1h]
//! warden scan tools|text FILE [--config FILTER_CONFIG]   (see `scan`)
//! warden guard test MODULE --phase P [--input FILE] [--config FILE] | check MODULE
//! warden pins export FILE [--server NAME] | import PINS [--config FILTER_CONFIG]
//! ```

pub mod admin;
pub mod guard;
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
        /// Once the listener is bound, write its address (`host:port` and a newline)
        /// to this file, atomically; removed again on clean shutdown.
        #[arg(long, value_name = "PATH")]
        ready_file: Option<PathBuf>,
    },
    /// Parse and validate a config file, then exit (0 when valid).
    CheckConfig {
        /// YAML config file.
        #[arg(value_name = "FILE")]
        config: PathBuf,
    },
    /// Validate a policy file: errors with line and column, exit 1 when invalid.
    Check {
        /// Policy YAML file.
        #[arg(value_name = "POLICY")]
        policy: PathBuf,
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
        /// Lifetime: 30s, 15m, 1h, 7d.
        #[arg(long, default_value = "1h")]
        ttl: String,
    },
    /// Run the filter's native guards offline over JSON Lines (exit non-zero only
    /// on usage errors).
    Scan {
        #[command(subcommand)]
        what: ScanCommand,
    },
    /// WebAssembly guard components: run one standalone, or check it against the world.
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
}

/// Run a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve { config, ready_file } => serve(&config, ready_file.as_deref()),
        Command::CheckConfig { config } => check_config(&config),
        Command::Check { policy } => check_policy(&policy),
        Command::Explain {
            policy,
            request,
            requests,
            json,
        } => explain(&policy, request.as_deref(), requests.as_deref(), json),
        Command::Agents { target, command } => admin::agents(&target, command),
        Command::Incidents { target, command } => admin::incidents(&target, command),
        Command::Approvals { target, command } => admin::approvals(&target, command),
        Command::Status { target } => admin::status(&target),
        Command::Keygen { out, name } => admin::keygen(&out, &name),
        Command::Scan { what } => scan::scan(what),
        Command::Pins { action } => scan::pins(action),
        Command::Guard { action } => guard::run(action),
        Command::Token {
            key,
            hmac_secret,
            agent_id,
            roles,
            ttl,
        } => {
            let token = admin::mint(
                key.as_deref(),
                hmac_secret.as_deref(),
                &agent_id,
                roles,
                &ttl,
            )?;
            println!("{token}");
            Ok(())
        }
    }
}

fn check_policy(path: &Path) -> anyhow::Result<()> {
    let policy = Policy::load(path).map_err(|e| anyhow::anyhow!("{e}"))?;
    println!(
        "{}: ok (policy {:?}, version {}, {} rules, default {})",
        path.display(),
        policy.name,
        policy.version_label(),
        policy.rules.len(),
        policy.default_effect
    );
    Ok(())
}

fn explain(
    path: &Path,
    request: Option<&str>,
    requests: Option<&Path>,
    json: bool,
) -> anyhow::Result<()> {
    let policy = Policy::load(path).map_err(|e| anyhow::anyhow!("{e}"))?;
    let calls = match (request, requests) {
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
    let explanations = crate::policy::explain::explain(&policy, &calls, crate::engine::unix_ms());
    if json {
        for e in &explanations {
            println!("{}", serde_json::to_string(e)?);
        }
    } else {
        print!("{}", crate::policy::explain::render(&policy, &explanations));
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
            format!("policy {:?} ({} rules)", policy.name, policy.rules.len())
        }
        None => "no policy (deny-list mode)".to_owned(),
    };
    println!(
        "{}: ok (listen {}, {} denied tool pattern(s), {policy}, dataDir {})",
        path.display(),
        config.listen,
        config.tool_deny_list.0.len(),
        config.data_dir.display()
    );
    Ok(())
}

fn serve(path: &Path, ready_file: Option<&Path>) -> anyhow::Result<()> {
    let config = Config::load(path)?;
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
        ])
        .unwrap();
        let Command::Serve { config, ready_file } = cli.command else {
            panic!("not serve");
        };
        assert_eq!(config, PathBuf::from("w.yaml"));
        assert_eq!(ready_file, Some(PathBuf::from("/tmp/r")));
        assert!(Cli::try_parse_from(["warden", "serve"]).is_err());
    }
}
