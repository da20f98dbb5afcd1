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
//! ```

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
        source: serde_yaml::Error,
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
        if config.data_dir.is_relative() {
            let base = path.parent().unwrap_or_else(|| Path::new("."));
            config.data_dir = base.join(&config.data_dir);
        }
        Ok(config)
    }

    /// Parse and validate YAML text (paths stay as written).
    pub fn from_yaml(text: &str) -> Result<Self, ConfigError> {
        // An empty file is an empty mapping: every default.
        let config: Self = if text.trim().is_empty() {
            Self::default()
        } else {
            serde_yaml::from_str(text).map_err(|source| ConfigError::Parse {
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

    /// Cross-field and range checks.
    pub fn validate(&self) -> Result<(), String> {
        self.limits.validate().map_err(|e| format!("limits: {e}"))?;
        if self.data_dir.as_os_str().is_empty() {
            return Err("dataDir must not be empty".into());
        }
        tracing_subscriber::EnvFilter::builder()
            .parse(&self.log_level)
            .map_err(|e| format!("logLevel {:?}: {e}", self.log_level))?;
        if self.shutdown_grace_seconds > 3600 {
            return Err("shutdownGraceSeconds must be at most 3600".into());
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
