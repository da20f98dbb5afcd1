//! The `warden` command line.
//!
//! ```text
//! warden serve --config FILE [--ready-file PATH]
//! warden check-config FILE
//! ```

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::{Parser, Subcommand};

use crate::config::Config;
use crate::server::{shutdown_signal, Server};
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
}

/// Run a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve { config, ready_file } => serve(&config, ready_file.as_deref()),
        Command::CheckConfig { config } => check_config(&config),
    }
}

fn check_config(path: &Path) -> anyhow::Result<()> {
    let config = Config::load(path)?;
    println!(
        "{}: ok (listen {}, {} denied tool pattern(s), dataDir {})",
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
