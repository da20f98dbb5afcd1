//! WebAssembly component guards: operator- or vendor-written code, compiled to
//! components against `wit/` (`warden:guard@0.1.0`), loaded at run time,
//! sandboxed (no WASI capability, epoch deadline, memory limit) and hot-reloaded.
//!
//! - [`config`]: the guards file (`guards.file` in the sidecar config).
//! - [`runtime`]: wasmtime, compiled components, instance pools, limits.
//! - [`check`]: does a component fit the world (exports, imports, version).
//! - [`Guards`]: the running set, swapped atomically on reload, and the phase
//!   evaluation: priority order, the first deny wins, `modify` feeds the next
//!   guard, a guard error is handled by that guard's `failureMode`.

#[cfg(feature = "wasm-guards")]
pub mod check;
pub mod config;
pub mod convert;
#[cfg(feature = "wasm-guards")]
pub mod no_capability;
#[cfg(feature = "wasm-guards")]
pub mod runtime;
/// Without the `wasm-guards` feature (no wasmtime): the same types, and a
/// loader that refuses every guard.
#[cfg(not(feature = "wasm-guards"))]
#[path = "runtime_off.rs"]
pub mod runtime;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use arc_swap::ArcSwap;
use sha2::{Digest, Sha256};
use warden_core::reply::{codes, Denial};

pub use self::config::{FailureMode, GuardSpec, GuardsFile, Phase};
pub use self::runtime::{Compiled, Context, Decision};
use self::runtime::{Tool, ToolCall, ToolResult};

/// One phase's input.
#[derive(Clone, Debug)]
pub enum Input {
    ServerConnection,
    ToolsList(Vec<Tool>),
    ToolCall(ToolCall),
    ToolResult(ToolResult),
}

/// Why a call produced no decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GuardError {
    Timeout,
    Memory,
    Trap(String),
    Instantiate(String),
}

impl GuardError {
    pub fn code(&self) -> &'static str {
        match self {
            GuardError::Timeout => "timeout",
            GuardError::Memory => "memory_limit",
            GuardError::Trap(_) => "trap",
            GuardError::Instantiate(_) => "instantiate",
        }
    }
}

impl std::fmt::Display for GuardError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GuardError::Timeout => write!(f, "the guard ran past its timeoutMs"),
            GuardError::Memory => write!(f, "the guard exceeded its maxMemoryBytes"),
            GuardError::Trap(m) => write!(f, "the guard trapped: {m}"),
            GuardError::Instantiate(m) => write!(f, "the guard could not be instantiated: {m}"),
        }
    }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Counters since start.
#[derive(Debug, Default)]
pub struct GuardMetrics {
    pub calls: AtomicU64,
    pub denials: AtomicU64,
    pub warnings: AtomicU64,
    pub modifications: AtomicU64,
    /// Traps, timeouts, memory limits, malformed answers.
    pub errors: AtomicU64,
    pub reloads: AtomicU64,
    pub reload_failures: AtomicU64,
    /// `tools/list` verdicts answered from the cache, without a guard call.
    pub list_cache_hits: AtomicU64,
}

/// Cached `tools/list` verdicts per guard set (a reload starts an empty one).
const MAX_LIST_VERDICTS: usize = 1024;

/// The guards in force, in the order they run.
#[derive(Debug, Default)]
pub struct GuardSet {
    pub guards: Vec<Arc<Compiled>>,
    /// `tools/list` verdicts by [`list_key`].
    list_verdicts: Mutex<HashMap<[u8; 32], Verdict>>,
}

impl GuardSet {
    pub fn runs_on(&self, phase: Phase) -> bool {
        self.active(phase).next().is_some()
    }

    fn active(&self, phase: Phase) -> impl Iterator<Item = &Arc<Compiled>> {
        self.guards
            .iter()
            .filter(move |g| g.spec.enabled && g.spec.runs_on.contains(&phase))
    }
}

/// What the guards decided about one message.
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    Allow,
    Deny(Denial),
    /// Forward this JSON text instead (tools array, arguments or result object).
    Modify(String),
}

/// One guard's answer, for the audit hook, logs and `warden guard test`.
#[derive(Clone, Debug)]
pub struct Step {
    pub guard: String,
    pub phase: Phase,
    pub answer: Result<Decision, GuardError>,
    pub micros: u64,
}

/// The log line of one guard call (errors, denials, modifications, warnings);
/// the sidecar's engine writes the audit record and counts it.
pub fn audit_guard_step(step: &Step, ctx: &Context) {
    let (guard, phase, agent) = (step.guard.as_str(), step.phase.name(), ctx.agent.as_str());
    match &step.answer {
        Ok(Decision::Allow) => {}
        Ok(Decision::Warn(reason)) => {
            tracing::warn!(
                guard,
                phase,
                agent,
                reason = reason.as_str(),
                "guard warning"
            )
        }
        Ok(Decision::Deny(d)) => {
            tracing::info!(guard, phase, agent, code = d.code.as_str(), "guard denied")
        }
        Ok(Decision::Modify(_)) => tracing::info!(guard, phase, agent, "guard modified"),
        Err(e) => tracing::warn!(guard, phase, agent, error = %e, kind = e.code(), "guard error"),
    }
}

/// Run the guards of `set` that run on `phase`, in order.
pub fn evaluate(
    set: &GuardSet,
    metrics: &GuardMetrics,
    mut input: Input,
    phase: Phase,
    ctx: &Context,
    mut on_step: impl FnMut(&Step),
) -> Verdict {
    let mut modified: Option<String> = None;
    for g in set.active(phase) {
        let started = std::time::Instant::now();
        metrics.calls.fetch_add(1, Ordering::Relaxed);
        let mut answer = g.call(&input, ctx);
        // A modify must be well-formed for its phase, or it is a guard error.
        if let Ok(Decision::Modify(json)) = &answer {
            match convert::apply_modify(&mut input, json) {
                Ok(()) => modified = Some(json.clone()),
                Err(why) => answer = Err(GuardError::Trap(format!("malformed modify: {why}"))),
            }
        }
        let step = Step {
            guard: g.spec.id.clone(),
            phase,
            answer,
            micros: u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX),
        };
        audit_guard_step(&step, ctx);
        on_step(&step);
        match step.answer {
            Ok(Decision::Allow) => {}
            Ok(Decision::Warn(_)) => {
                metrics.warnings.fetch_add(1, Ordering::Relaxed);
            }
            Ok(Decision::Modify(_)) => {
                metrics.modifications.fetch_add(1, Ordering::Relaxed);
            }
            Ok(Decision::Deny(d)) => {
                metrics.denials.fetch_add(1, Ordering::Relaxed);
                let code = if valid_code(&d.code) {
                    d.code
                } else {
                    "guard_denied".into()
                };
                let mut denial = Denial::new(codes::DENIED, code, bounded(&d.message, 1024))
                    .with_guard(g.spec.id.clone());
                denial.details = d
                    .details_json
                    .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
                    .filter(serde_json::Value::is_object);
                return Verdict::Deny(denial);
            }
            Err(e) => {
                metrics.errors.fetch_add(1, Ordering::Relaxed);
                if g.spec.failure_mode == FailureMode::Deny {
                    let mut denial = Denial::new(
                        codes::GUARD_ERROR,
                        "guard_error",
                        format!(
                            "Warden guard '{}' failed ({}); the message was not forwarded",
                            g.spec.id,
                            e.code()
                        ),
                    )
                    .with_guard(g.spec.id.clone());
                    denial.details = Some(serde_json::json!({ "guardError": e.code() }));
                    return Verdict::Deny(denial);
                }
            }
        }
    }
    modified.map_or(Verdict::Allow, Verdict::Modify)
}

fn valid_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= 64
        && code
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fn bounded(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

/// What a loaded module was built from, to notice changes.
#[derive(Clone, Debug, PartialEq)]
struct Stamp {
    spec: GuardSpec,
    modified: Option<SystemTime>,
    len: u64,
}

fn stamp(spec: &GuardSpec) -> Stamp {
    let meta = std::fs::metadata(&spec.module).ok();
    Stamp {
        spec: spec.clone(),
        modified: meta.as_ref().and_then(|m| m.modified().ok()),
        len: meta.map_or(0, |m| m.len()),
    }
}

/// The running guard set and how to reload it.
#[derive(Debug)]
pub struct Guards {
    file: Option<PathBuf>,
    current: ArcSwap<GuardSet>,
    stamps: Mutex<(String, HashMap<String, Stamp>)>,
    pub metrics: GuardMetrics,
}

impl Guards {
    /// No guards: every phase passes at no cost.
    pub fn none() -> Self {
        Self {
            file: None,
            current: ArcSwap::from_pointee(GuardSet::default()),
            stamps: Mutex::new((String::new(), HashMap::new())),
            metrics: GuardMetrics::default(),
        }
    }

    /// Load every guard of the file; any failure is an error at start.
    pub fn load(file: &Path) -> anyhow::Result<Self> {
        let (parsed, text) = GuardsFile::load(file).map_err(|e| anyhow::anyhow!(e))?;
        let mut guards = Vec::new();
        let mut stamps = HashMap::new();
        for spec in &parsed.guards {
            let s = stamp(spec);
            let compiled = Compiled::load(spec)?;
            tracing::info!(
                guard = spec.id.as_str(),
                sha256 = compiled.digest.as_str(),
                compile_ms = compiled.compile_time.as_millis() as u64,
                "guard loaded"
            );
            stamps.insert(spec.id.clone(), s);
            guards.push(Arc::new(compiled));
        }
        let g = Self::none();
        g.current.store(Arc::new(ordered(guards)));
        *g.stamps.lock().unwrap_or_else(|p| p.into_inner()) = (text, stamps);
        Ok(Self {
            file: Some(file.to_owned()),
            ..g
        })
    }

    /// A set made of already compiled guards (tests, benchmarks, the CLI).
    pub fn from_compiled(guards: Vec<Arc<Compiled>>) -> Self {
        let g = Self::none();
        g.current.store(Arc::new(ordered(guards)));
        g
    }

    /// The set in force; calls in flight keep the one they loaded.
    pub fn current(&self) -> Arc<GuardSet> {
        self.current.load_full()
    }

    pub fn runs_on(&self, phase: Phase) -> bool {
        self.current.load().runs_on(phase)
    }

    pub fn evaluate(&self, input: Input, phase: Phase, ctx: &Context) -> Verdict {
        self.evaluate_with(input, phase, ctx, |_| {})
    }

    /// [`Guards::evaluate`], calling `on_step` after each guard (audit, metrics).
    pub fn evaluate_with(
        &self,
        input: Input,
        phase: Phase,
        ctx: &Context,
        on_step: impl FnMut(&Step),
    ) -> Verdict {
        let set = self.current.load();
        if !set.runs_on(phase) {
            return Verdict::Allow;
        }
        evaluate(&set, &self.metrics, input, phase, ctx, on_step)
    }

    /// [`Guards::evaluate_with`] for a `tools/list` result, cached like the
    /// filter's own list verdicts: by the list's exact bytes, and by the server
    /// and caller the guards see. A set with a `stateful` guard (whose verdict
    /// may depend on more than that) is never cached, nor is a verdict any
    /// guard erred on (the error may pass). A hit calls no guard. The flag
    /// says whether the verdict is such a cacheable one: the same list, server
    /// and caller get the same verdict from this set.
    pub fn evaluate_list(
        &self,
        list_json: &str,
        input: Input,
        ctx: &Context,
        mut on_step: impl FnMut(&Step),
    ) -> (Verdict, bool) {
        let set = self.current.load();
        if !set.runs_on(Phase::ToolsList) {
            return (Verdict::Allow, false);
        }
        let key = set
            .active(Phase::ToolsList)
            .all(|g| !g.spec.stateful)
            .then(|| list_key(list_json, ctx));
        let cache = || set.list_verdicts.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(hit) = key.and_then(|k| cache().get(&k).cloned()) {
            self.metrics.list_cache_hits.fetch_add(1, Ordering::Relaxed);
            return (hit, true);
        }
        let mut erred = false;
        let verdict = evaluate(&set, &self.metrics, input, Phase::ToolsList, ctx, |step| {
            erred |= step.answer.is_err();
            on_step(step)
        });
        let cacheable = key.is_some() && !erred;
        if let (Some(k), true) = (key, cacheable) {
            let mut cache = cache();
            if cache.len() >= MAX_LIST_VERDICTS {
                cache.clear();
            }
            cache.insert(k, verdict.clone());
        }
        (verdict, cacheable)
    }

    /// Hot reload: when the guards file or a module file changed, compile what
    /// changed and swap the whole set in at once. A guard that fails to load or
    /// verify keeps its previous version serving (logged, counted); a guards
    /// file that does not parse keeps the whole set. Returns whether a new set
    /// took effect. Blocking (compiles): run it off the request path.
    pub fn reload(&self) -> bool {
        let Some(file) = &self.file else {
            return false;
        };
        let mut stamps = self.stamps.lock().unwrap_or_else(|p| p.into_inner());
        let parsed = match GuardsFile::load(file) {
            Ok((parsed, text)) => {
                let unchanged_text = text == stamps.0;
                let unchanged_modules = parsed
                    .guards
                    .iter()
                    .all(|s| stamps.1.get(&s.id) == Some(&stamp(s)));
                if unchanged_text && unchanged_modules {
                    return false;
                }
                stamps.0 = text;
                parsed
            }
            Err(e) => {
                self.reload_failed(&e, &mut stamps.0, file);
                return false;
            }
        };
        let old = self.current.load_full();
        let mut guards = Vec::new();
        let mut changed = false;
        for spec in &parsed.guards {
            let s = stamp(spec);
            let previous = old.guards.iter().find(|g| g.spec.id == spec.id);
            if stamps.1.get(&spec.id) == Some(&s) {
                if let Some(p) = previous {
                    guards.push(Arc::clone(p));
                    continue;
                }
            }
            match Compiled::load(spec) {
                Ok(c) => {
                    tracing::info!(
                        guard = spec.id.as_str(),
                        sha256 = c.digest.as_str(),
                        "guard reloaded"
                    );
                    stamps.1.insert(spec.id.clone(), s);
                    guards.push(Arc::new(c));
                    changed = true;
                }
                Err(e) => {
                    self.metrics.reload_failures.fetch_add(1, Ordering::Relaxed);
                    tracing::error!(error = %format!("{e:#}"), "guard reload rejected; the previous version stays");
                    // Remember the failed stamp so it is not retried every tick.
                    stamps.1.insert(spec.id.clone(), s);
                    if let Some(p) = previous {
                        guards.push(Arc::clone(p));
                    }
                }
            }
        }
        let removed = old
            .guards
            .iter()
            .any(|g| !parsed.guards.iter().any(|s| s.id == g.spec.id));
        stamps
            .1
            .retain(|id, _| parsed.guards.iter().any(|s| &s.id == id));
        if changed || removed || guards.len() != old.guards.len() {
            self.current.store(Arc::new(ordered(guards)));
            self.metrics.reloads.fetch_add(1, Ordering::Relaxed);
            return true;
        }
        false
    }

    fn reload_failed(&self, e: &str, last_text: &mut String, file: &Path) {
        self.metrics.reload_failures.fetch_add(1, Ordering::Relaxed);
        tracing::error!(file = %file.display(), error = e, "guards file rejected; the running guards stay");
        // Re-read next tick only when the file changes again.
        if let Ok(t) = std::fs::read_to_string(file) {
            *last_text = t;
        }
    }
}

fn ordered(mut guards: Vec<Arc<Compiled>>) -> GuardSet {
    // Stable: equal priorities keep file order.
    guards.sort_by_key(|g| g.spec.priority);
    GuardSet {
        guards,
        ..GuardSet::default()
    }
}

/// What a `tools/list` verdict depends on: the list's bytes and the context
/// fields a guard may read besides the per-request ids. Length-prefixed, so
/// no two inputs share a key by moving bytes between fields.
fn list_key(list_json: &str, ctx: &Context) -> [u8; 32] {
    fn field(h: &mut Sha256, b: &[u8]) {
        h.update((b.len() as u64).to_le_bytes());
        h.update(b);
    }
    let mut h = Sha256::new();
    field(&mut h, ctx.server_name.as_bytes());
    field(&mut h, ctx.server_url.as_bytes());
    field(&mut h, ctx.agent.as_bytes());
    h.update((ctx.roles.len() as u64).to_le_bytes());
    for r in &ctx.roles {
        field(&mut h, r.as_bytes());
    }
    field(&mut h, ctx.metadata_json.as_bytes());
    field(&mut h, list_json.as_bytes());
    h.finalize().into()
}
