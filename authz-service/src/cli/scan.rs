//! Offline use of the filter's native guards: `warden scan tools|text` and
//! `warden pins export|import`. The guard configuration is the filter's own
//! plugin configuration (JSON, or the same keys in YAML), so what is measured
//! offline is what runs in Envoy.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::Subcommand;
use warden_core::config::FilterConfig;
use warden_core::guards::pinning::{tool_fingerprint, PinMode, PinSet};
use warden_core::mcp::{Tool, ToolsListResult};
use warden_core::scan_text::{ScanTextConfig, TextScanner};
use warden_core::scan_tools::scan_tools_jsonl;

#[derive(Debug, Subcommand)]
pub enum ScanCommand {
    /// JSON Lines of tools (`server, name, description, inputSchema`): one verdict
    /// line per tool, from every tools-list guard.
    Tools {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The filter's plugin configuration (JSON or YAML); default: the defaults.
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
    /// JSON Lines with a `text` field (and optionally `field`): DLP and argument
    /// threat findings with character offsets and scores, and `threatScore`, the
    /// number a policy's `minThreat` compares.
    Text {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum PinsCommand {
    /// Pin the tools in FILE (JSON Lines of tools, or a `tools/list` result or
    /// response) and print the pin set as JSON.
    Export {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Server name for tools that do not carry a `server` field.
        #[arg(long, default_value = "default")]
        server: String,
    },
    /// Put a pin set into a filter configuration (pinning mode `pinned`) and
    /// print the configuration.
    Import {
        #[arg(value_name = "PINS")]
        pins: PathBuf,
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
}

fn read(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
}

/// The filter configuration, validated as `on_configure` would.
pub(super) fn filter_config(path: Option<&Path>) -> anyhow::Result<FilterConfig> {
    let Some(path) = path else {
        return Ok(FilterConfig::default());
    };
    let text = read(path)?;
    let config: FilterConfig = crate::yaml::from_str(&text)
        .map_err(|e| anyhow::anyhow!("{}: not a filter configuration: {e}", path.display()))?;
    config
        .validate()
        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    Ok(config)
}

fn print_lines(lines: impl IntoIterator<Item = String>) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    for line in lines {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

pub fn scan(command: ScanCommand) -> anyhow::Result<()> {
    match command {
        ScanCommand::Tools { file, config } => {
            let config = filter_config(config.as_deref())?;
            let lines = scan_tools_jsonl(&read(&file)?, &config.guards.tools_list)
                .map_err(|e| anyhow::anyhow!(e))?;
            print_lines(lines)
        }
        ScanCommand::Text { file, config } => {
            let g = filter_config(config.as_deref())?.guards;
            let scanner = TextScanner::new(&ScanTextConfig {
                dlp_enabled: g.dlp.enabled,
                dlp: g.dlp,
                threats_enabled: g.argument_threats.enabled,
                threats: g.argument_threats,
            })
            .map_err(|e| anyhow::anyhow!(e))?;
            let input = read(&file)?;
            print_lines(input.lines().map(|l| {
                if l.trim().is_empty() {
                    String::new()
                } else {
                    scanner.scan_line(l)
                }
            }))
        }
    }
}

pub fn pins(command: PinsCommand) -> anyhow::Result<()> {
    match command {
        PinsCommand::Export { file, server } => {
            let set = pin_set(&read(&file)?, &server)?;
            super::outln!("{}", set.to_json())?;
            Ok(())
        }
        PinsCommand::Import { pins, config } => {
            let set = PinSet::from_json(&read(&pins)?).map_err(|e| anyhow::anyhow!(e))?;
            let mut config = filter_config(config.as_deref())?;
            let pinning = &mut config.guards.tools_list.pinning;
            pinning.mode = PinMode::Pinned;
            pinning.pins = Some(set);
            config.validate().map_err(|e| anyhow::anyhow!(e))?;
            super::outln!("{}", serde_json::to_string_pretty(&config)?)?;
            Ok(())
        }
    }
}

/// Tools from a `tools/list` response or result, or JSON Lines of tools.
fn pin_set(text: &str, default_server: &str) -> anyhow::Result<PinSet> {
    let mut set = PinSet::default();
    let mut pin = |server: &str, tool: &Tool| {
        set.servers
            .entry(server.to_owned())
            .or_default()
            .insert(tool.name.clone(), tool_fingerprint(tool));
    };
    let whole = serde_json::from_str::<serde_json::Value>(text).ok();
    let list = whole.as_ref().and_then(|v| {
        let result = v.get("result").unwrap_or(v);
        result.get("tools").is_some().then_some(result)
    });
    if let Some(result) = list {
        let list: ToolsListResult = serde_json::from_value(result.clone())
            .context("expected a tools/list result with a `tools` array")?;
        list.tools.iter().for_each(|t| pin(default_server, t));
    } else {
        for (i, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let value: serde_json::Value =
                serde_json::from_str(line).with_context(|| format!("line {}: not JSON", i + 1))?;
            let server = value
                .get("server")
                .and_then(|s| s.as_str())
                .unwrap_or(default_server)
                .to_owned();
            let tool: Tool = serde_json::from_value(value)
                .with_context(|| format!("line {}: not a tool", i + 1))?;
            pin(&server, &tool);
        }
    }
    set.validate().map_err(|e| anyhow::anyhow!(e))?;
    Ok(set)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_from_a_list_and_from_lines_agree() {
        let list = r#"{"jsonrpc":"2.0","id":1,"result":{"tools":[{"name":"add","description":"Add.","inputSchema":{"type":"object"}}]}}"#;
        let lines = r#"{"server":"demo","name":"add","description":"Add.","inputSchema":{"type":"object"},"source":"x"}"#;
        let a = pin_set(list, "demo").unwrap();
        let b = pin_set(lines, "other").unwrap();
        assert_eq!(a.servers["demo"]["add"].len(), 64);
        assert_eq!(a, b);
        assert!(pin_set("{\"result\":{\"tools\":5}}", "x").is_err());
        assert!(pin_set("not json", "x").is_err());
    }
}
