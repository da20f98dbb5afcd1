//! The guards file: which WebAssembly guard components run, in which order, on
//! which phases, with which limits. Strict like the rest of the config: unknown
//! keys are errors, and every guard is checked when the file loads.
//!
//! ```yaml
//! guards:
//!   - id: patterns
//!     module: simple_pattern_guard.wasm     # relative to this file's folder
//!     sha256: 3b1f...                       # the module is refused if it differs
//!     priority: 10                          # lower runs first
//!     runsOn: [toolsList, toolCall]
//!     failureMode: deny                     # deny | allow (on trap, timeout, bad answer)
//!     timeoutMs: 20
//!     maxMemoryBytes: 16777216
//!     config: { patterns: "exec_*,*shell*" }   # read by the guard with get-config
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// Largest guards file read.
const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// Largest module accepted (a guard is kilobytes to a few tens of megabytes).
pub const MAX_MODULE_BYTES: u64 = 64 * 1024 * 1024;

/// Where a guard runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Phase {
    /// An `initialize` request: which server the agent connects to.
    #[serde(alias = "server-connection")]
    ServerConnection,
    /// A `tools/list` result.
    #[serde(alias = "tools-list")]
    ToolsList,
    /// A `tools/call` request.
    #[serde(alias = "tool-call")]
    ToolCall,
    /// A `tools/call` result.
    #[serde(alias = "tool-result")]
    ToolResult,
}

impl Phase {
    pub const ALL: [Phase; 4] = [
        Phase::ServerConnection,
        Phase::ToolsList,
        Phase::ToolCall,
        Phase::ToolResult,
    ];

    /// The WIT name (`tools-list`), also the CLI's `--phase` value.
    pub fn name(self) -> &'static str {
        match self {
            Phase::ServerConnection => "server-connection",
            Phase::ToolsList => "tools-list",
            Phase::ToolCall => "tool-call",
            Phase::ToolResult => "tool-result",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| {
            p.name() == s
                || serde_json::to_value(p)
                    .ok()
                    .as_ref()
                    .and_then(|v| v.as_str())
                    == Some(s)
        })
    }
}

/// What a guard error (trap, timeout, memory limit, malformed answer) means.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum FailureMode {
    #[default]
    Deny,
    Allow,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GuardSpec {
    /// Unique; names the guard in denials, logs and metrics.
    pub id: String,
    #[serde(default = "yes")]
    pub enabled: bool,
    /// Lower runs first; equal priorities keep file order.
    #[serde(default = "default_priority")]
    pub priority: i32,
    /// Phases the guard is called on (default: all).
    #[serde(default = "all_phases")]
    pub runs_on: Vec<Phase>,
    #[serde(default)]
    pub failure_mode: FailureMode,
    /// Wall-clock budget of one call (epoch deadline).
    #[serde(default = "default_timeout_ms")]
    pub timeout_ms: u64,
    /// Largest linear memory (and tables) the guard may grow to.
    #[serde(default = "default_max_memory")]
    pub max_memory_bytes: usize,
    /// The component file (`.wasm`), relative to the guards file.
    pub module: PathBuf,
    /// Hex SHA-256 of the module file: required, the module is refused if it
    /// differs.
    pub sha256: String,
    /// Keep one instance for all agents (state shared across agents). Default:
    /// instances are reused only for the same agent.
    #[serde(default)]
    pub stateful: bool,
    /// Values the guard reads with `get-config`; non-string values are passed as
    /// JSON text.
    #[serde(default)]
    pub config: BTreeMap<String, serde_json::Value>,
}

fn yes() -> bool {
    true
}
fn default_priority() -> i32 {
    100
}
fn all_phases() -> Vec<Phase> {
    Phase::ALL.to_vec()
}
fn default_timeout_ms() -> u64 {
    50
}
fn default_max_memory() -> usize {
    16 * 1024 * 1024
}

impl GuardSpec {
    /// `config` as the strings `get-config` returns.
    pub fn config_strings(&self) -> BTreeMap<String, String> {
        self.config
            .iter()
            .map(|(k, v)| {
                let s = match v {
                    serde_json::Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                (k.clone(), s)
            })
            .collect()
    }

    fn validate(&self) -> Result<(), String> {
        let id = &self.id;
        if id.is_empty()
            || !id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        {
            return Err(format!("guard id '{id}' must be non-empty [A-Za-z0-9._-]"));
        }
        if self.runs_on.is_empty() {
            return Err(format!("guard '{id}': runsOn is empty"));
        }
        if !(1..=60_000).contains(&self.timeout_ms) {
            return Err(format!("guard '{id}': timeoutMs must be 1..=60000"));
        }
        if !(64 * 1024..=4 << 30).contains(&self.max_memory_bytes) {
            return Err(format!(
                "guard '{id}': maxMemoryBytes must be 64 KiB..4 GiB"
            ));
        }
        if self.sha256.len() != 64 || !self.sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(format!("guard '{id}': sha256 must be 64 hex digits"));
        }
        Ok(())
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GuardsFile {
    #[serde(default)]
    pub guards: Vec<GuardSpec>,
}

impl GuardsFile {
    /// Parse and validate; relative module paths resolve against `base`.
    pub fn from_yaml(text: &str, base: &Path) -> Result<Self, String> {
        let mut file: Self = if text.trim().is_empty() {
            Self::default()
        } else {
            crate::yaml::from_str(text).map_err(|e| e.to_string())?
        };
        let mut ids = std::collections::BTreeSet::new();
        for g in &mut file.guards {
            g.validate()?;
            if !ids.insert(g.id.clone()) {
                return Err(format!("guard id '{}' appears twice", g.id));
            }
            if g.module.is_relative() {
                g.module = base.join(&g.module);
            }
        }
        Ok(file)
    }

    pub fn load(path: &Path) -> Result<(Self, String), String> {
        let text = read_bounded(path, MAX_FILE_BYTES)
            .and_then(|b| String::from_utf8(b).map_err(|e| e.to_string()))
            .map_err(|e| format!("{}: {e}", path.display()))?;
        let base = path.parent().unwrap_or_else(|| Path::new("."));
        let file = Self::from_yaml(&text, base).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok((file, text))
    }
}

/// Read a whole file, refusing anything over `max` bytes.
pub fn read_bounded(path: &Path, max: u64) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let f = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let mut bytes = Vec::new();
    f.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() as u64 > max {
        return Err(format!("larger than {max} bytes"));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHA: &str = "0000000000000000000000000000000000000000000000000000000000000000";

    #[test]
    fn defaults_and_paths() {
        let f = GuardsFile::from_yaml(
            &format!(
                "guards:\n  - {{id: a, module: a.wasm, sha256: '{SHA}', config: {{n: 3, s: x}}}}\n"
            ),
            Path::new("/etc/warden"),
        )
        .unwrap();
        let g = &f.guards[0];
        assert_eq!(g.module, PathBuf::from("/etc/warden/a.wasm"));
        assert_eq!(g.failure_mode, FailureMode::Deny);
        assert_eq!(g.runs_on, Phase::ALL.to_vec());
        assert!(g.enabled);
        let c = g.config_strings();
        assert_eq!((c["n"].as_str(), c["s"].as_str()), ("3", "x"));
    }

    #[test]
    fn mistakes_are_errors() {
        for bad in [
            format!("guards: [{{id: a, module: a.wasm, sha256: '{SHA}', timeout: 5}}]"),
            "guards: [{id: a, module: a.wasm, sha256: abc}]".to_owned(),
            "guards: [{id: a, module: a.wasm}]".to_owned(),
            format!("guards: [{{id: a, module: a.wasm, sha256: '{SHA}', runsOn: [toolList]}}]"),
            format!("guards: [{{id: a, module: a.wasm, sha256: '{SHA}'}}, {{id: a, module: b.wasm, sha256: '{SHA}'}}]"),
            format!("guards: [{{id: 'a b', module: a.wasm, sha256: '{SHA}'}}]"),
            format!("guards: [{{id: a, module: a.wasm, sha256: '{SHA}', timeoutMs: 0}}]"),
        ] {
            assert!(GuardsFile::from_yaml(&bad, Path::new(".")).is_err(), "{bad}");
        }
    }

    #[test]
    fn phase_names() {
        for p in Phase::ALL {
            assert_eq!(Phase::parse(p.name()), Some(p));
        }
        assert_eq!(Phase::parse("toolsList"), Some(Phase::ToolsList));
        assert_eq!(Phase::parse("tools"), None);
    }
}
