//! `warden guard test|check`: run a WebAssembly guard standalone, or check a
//! component against the `warden:guard` world before deploying it.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context as _;
use clap::Subcommand;
use serde_json::{json, Value};

use crate::guards::config::{read_bounded, GuardSpec, MAX_MODULE_BYTES};
use crate::guards::{check, convert, sha256_hex, Compiled, Context, Decision, Input, Phase};

#[derive(Debug, Subcommand)]
pub enum GuardCommand {
    /// Run one phase of a guard on an input file and print its decision and time.
    Test {
        /// The component (.wasm).
        #[arg(value_name = "MODULE")]
        module: PathBuf,
        /// server-connection | tools-list | tool-call | tool-result
        #[arg(long)]
        phase: String,
        /// JSON input: a tools array or tools/list result (tools-list), tools/call
        /// params (tool-call), a tools/call result (tool-result). Not needed for
        /// server-connection.
        #[arg(long, value_name = "FILE")]
        input: Option<PathBuf>,
        /// The guard's `config` map (JSON or YAML).
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
        #[arg(long, default_value = "test-server")]
        server: String,
        #[arg(long, default_value = "http://127.0.0.1/mcp")]
        url: String,
        #[arg(long, default_value = "test-agent")]
        agent: String,
        /// Calls to time (the median is printed).
        #[arg(long, default_value_t = 1)]
        repeat: usize,
        #[arg(long, default_value_t = 1000)]
        timeout_ms: u64,
        #[arg(long, default_value_t = 64 * 1024 * 1024)]
        max_memory_bytes: usize,
    },
    /// Check a component against the world: exports, imports, WIT version.
    Check {
        #[arg(value_name = "MODULE")]
        module: PathBuf,
    },
}

pub fn run(cmd: GuardCommand) -> anyhow::Result<()> {
    match cmd {
        GuardCommand::Check { module } => check_module(&module),
        GuardCommand::Test {
            module,
            phase,
            input,
            config,
            server,
            url,
            agent,
            repeat,
            timeout_ms,
            max_memory_bytes,
        } => {
            let phase = Phase::parse(&phase).ok_or_else(|| {
                anyhow::anyhow!(
                    "unknown phase '{phase}': server-connection, tools-list, tool-call or tool-result"
                )
            })?;
            let config = match config {
                None => Default::default(),
                Some(f) => {
                    let text = std::fs::read_to_string(&f)
                        .with_context(|| format!("reading {}", f.display()))?;
                    crate::yaml::from_str(&text).with_context(|| {
                        format!("{}: expected a map of config values", f.display())
                    })?
                }
            };
            let input = read_input(phase, input.as_deref())?;
            let bytes = read_bounded(&module, MAX_MODULE_BYTES)
                .map_err(|e| anyhow::anyhow!("{}: {e}", module.display()))?;
            let digest = sha256_hex(&bytes);
            let spec = GuardSpec {
                id: "test".into(),
                enabled: true,
                priority: 0,
                runs_on: vec![phase],
                failure_mode: Default::default(),
                timeout_ms,
                max_memory_bytes,
                module: module.clone(),
                sha256: digest.clone(),
                stateful: false,
                config,
            };
            let guard = Compiled::from_bytes(&spec, &bytes, digest)?;
            let ctx = Context {
                server_name: server,
                server_url: url,
                agent,
                roles: Vec::new(),
                session_id: None,
                request_id: Some("1".into()),
                metadata_json: "{}".into(),
            };
            let mut times = Vec::new();
            let mut answer = None;
            for _ in 0..repeat.max(1) {
                let started = Instant::now();
                let a = guard.call(&input, &ctx);
                times.push(started.elapsed().as_secs_f64() * 1e6);
                answer = Some(a);
            }
            let first = times[0];
            times.sort_by(f64::total_cmp);
            let mut out = json!({
                "module": module.display().to_string(),
                "phase": phase.name(),
                "sha256": guard.digest,
                "sizeBytes": guard.size,
                "compileMs": guard.compile_time.as_secs_f64() * 1e3,
                "firstCallMicros": first,
                "medianCallMicros": times[times.len() / 2],
                "calls": times.len(),
            });
            let failed = match answer {
                Some(Ok(d)) => {
                    out["decision"] = decision_json(&d);
                    false
                }
                Some(Err(e)) => {
                    out["decision"] = json!({"error": e.code(), "message": e.to_string()});
                    true
                }
                None => true,
            };
            println!("{}", serde_json::to_string_pretty(&out)?);
            if failed {
                anyhow::bail!("the guard failed");
            }
            Ok(())
        }
    }
}

fn decision_json(d: &Decision) -> Value {
    match d {
        Decision::Allow => json!({"effect": "allow"}),
        Decision::Warn(r) => json!({"effect": "warn", "reason": r}),
        Decision::Deny(x) => json!({
            "effect": "deny",
            "code": x.code,
            "message": x.message,
            "details": x.details_json.as_deref().and_then(|t| serde_json::from_str::<Value>(t).ok()),
        }),
        Decision::Modify(j) => json!({
            "effect": "modify",
            "value": serde_json::from_str::<Value>(j).unwrap_or(Value::String(j.clone())),
        }),
    }
}

fn read_input(phase: Phase, file: Option<&Path>) -> anyhow::Result<Input> {
    let value = match file {
        Some(f) => {
            let text =
                std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?;
            serde_json::from_str::<Value>(&text)
                .with_context(|| format!("{}: not JSON", f.display()))?
        }
        None if phase == Phase::ServerConnection => Value::Null,
        None => anyhow::bail!("--input FILE is required for {}", phase.name()),
    };
    let bad = |e: String| anyhow::anyhow!("input: {e}");
    Ok(match phase {
        Phase::ServerConnection => Input::ServerConnection,
        Phase::ToolsList => Input::ToolsList(convert::tools_from_json(&value).map_err(bad)?),
        Phase::ToolCall => Input::ToolCall(convert::call_from_json(&value).map_err(bad)?),
        Phase::ToolResult => Input::ToolResult(convert::result_from_json(&value).map_err(bad)?),
    })
}

fn check_module(module: &Path) -> anyhow::Result<()> {
    let bytes = read_bounded(module, MAX_MODULE_BYTES)
        .map_err(|e| anyhow::anyhow!("{}: {e}", module.display()))?;
    let component = crate::guards::runtime::compile(&bytes)?;
    let report = check::check(&component);
    println!("module:  {}", module.display());
    println!("sha256:  {}", sha256_hex(&bytes));
    println!("size:    {} bytes", bytes.len());
    println!("world:   {}/guard@{}", check::PACKAGE, check::WIT_VERSION);
    println!("exports: {}", report.exports.join(", "));
    println!(
        "imports: {}",
        report
            .imports
            .iter()
            .filter(|i| !report.stubbed.contains(i))
            .cloned()
            .collect::<Vec<_>>()
            .join(", ")
    );
    let (answered, trapped): (Vec<&String>, Vec<&String>) = report
        .stubbed
        .iter()
        .partition(|i| crate::guards::no_capability::answers(i));
    let list = |v: &[&String]| v.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ");
    if !answered.is_empty() {
        println!(
            "outside the world, answered with nothing (empty environment, clocks at zero, random bytes): {}",
            list(&answered)
        );
    }
    if !trapped.is_empty() {
        println!("outside the world, linked to traps: {}", list(&trapped));
    }
    if !report.problems.is_empty() {
        for p in &report.problems {
            eprintln!("error: {p}");
        }
        anyhow::bail!("{} does not fit the warden:guard world", module.display());
    }
    // Type-check the exports by linking, as the sidecar would.
    let spec = GuardSpec {
        id: "check".into(),
        enabled: true,
        priority: 0,
        runs_on: Phase::ALL.to_vec(),
        failure_mode: Default::default(),
        timeout_ms: 1000,
        max_memory_bytes: 64 << 20,
        module: module.to_owned(),
        sha256: String::new(),
        stateful: false,
        config: Default::default(),
    };
    Compiled::from_bytes(&spec, &bytes, String::new())?;
    println!("ok: the component fits the world");
    Ok(())
}
