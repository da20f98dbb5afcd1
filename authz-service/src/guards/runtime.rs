//! The wasmtime side: one engine for the process, components compiled once
//! (`InstancePre`), instances reused per agent, and the limits every call runs
//! under (epoch deadline for time, a `ResourceLimiter` for memory).
//!
//! Instance strategy (see `benches/guards.rs`): a call on a reused instance
//! costs a few microseconds, a fresh instance several times more, so idle
//! instances are pooled. A pooled instance only serves the agent it was first
//! used for (no state leaks between agents) unless the guard is `stateful`; an
//! instance that trapped is dropped.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use wasmtime::component::{Component, HasSelf, Linker};
use wasmtime::{Engine, Store, StoreLimits, StoreLimitsBuilder, UpdateDeadline};

use super::check;
use super::config::GuardSpec;
use super::{GuardError, Input};

wasmtime::component::bindgen!({
    path: "../wit",
    world: "guard",
    additional_derives: [PartialEq],
});

pub use self::warden::guard::types::{
    Context, Decision, Denial, Level, Tool, ToolCall, ToolResult,
};

/// Epoch tick: deadlines are counted in these.
const TICK: Duration = Duration::from_millis(1);
/// Idle instances kept per guard, across all agents.
const MAX_IDLE: usize = 64;

/// The process-wide engine, with a thread that advances the epoch every tick.
pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let mut config = wasmtime::Config::new();
        config.epoch_interruption(true);
        config.wasm_component_model(true);
        // wasmtime's default 4 GiB reservation (address space only, committed
        // as a guard grows) lets compiled guard code skip a bounds check on
        // every memory access: about 14% of a pattern guard's instructions
        // on a 20-tool list. `maxMemoryBytes` still bounds what is committed.
        let engine = match Engine::new(&config) {
            Ok(e) => e,
            // The settings above are static: this only fails on an unsupported
            // host, where no guard could run anyway.
            Err(e) => panic!("wasmtime engine: {e:#}"),
        };
        let ticker = engine.weak();
        std::thread::Builder::new()
            .name("warden-guard-epoch".into())
            .spawn(move || {
                // The epoch counts elapsed ticks of the monotonic clock, not
                // wake-ups: a starved thread that oversleeps catches up on
                // waking, so `timeoutMs` stays a wall-clock bound under load.
                let start = Instant::now();
                let mut epoch = 0u64;
                while let Some(e) = ticker.upgrade() {
                    let due = ticks_since(start, Instant::now());
                    while epoch < due {
                        e.increment_epoch();
                        epoch += 1;
                    }
                    drop(e);
                    std::thread::sleep(TICK);
                }
            })
            .ok();
        engine
    })
}

/// Whole ticks between two instants.
fn ticks_since(start: Instant, now: Instant) -> u64 {
    let ticks = now.saturating_duration_since(start).as_nanos() / TICK.as_nanos();
    u64::try_from(ticks).unwrap_or(u64::MAX)
}

/// Whole ticks in a duration, rounded up.
fn ticks_ceil(d: Duration) -> u64 {
    let ticks = d.as_nanos().div_ceil(TICK.as_nanos());
    u64::try_from(ticks).unwrap_or(u64::MAX)
}

/// Start the clock on a call of at most `timeout_ms`.
fn arm_deadline(store: &mut Store<HostState>, timeout_ms: u64) {
    store.data_mut().deadline = Instant::now() + Duration::from_millis(timeout_ms);
    store.set_epoch_deadline(timeout_ms);
}

/// What the host functions see.
pub struct HostState {
    limits: StoreLimits,
    config: Arc<BTreeMap<String, String>>,
    guard: Arc<str>,
    /// When the running call must stop. The epoch only says "about now";
    /// this instant is what `timeoutMs` means.
    deadline: Instant,
}

impl warden::guard::types::Host for HostState {}

impl warden::guard::host::Host for HostState {
    fn log(&mut self, level: Level, message: String) {
        // Bounded: a guard must not flood the sidecar's log.
        let message: String = message.chars().take(2048).collect();
        let guard = &*self.guard;
        match level {
            Level::Trace => tracing::trace!(guard, "{message}"),
            Level::Debug => tracing::debug!(guard, "{message}"),
            Level::Info => tracing::info!(guard, "{message}"),
            Level::Warn => tracing::warn!(guard, "{message}"),
            Level::Error => tracing::error!(guard, "{message}"),
        }
    }

    fn now_ms(&mut self) -> u64 {
        crate::engine::unix_ms()
    }

    fn get_config(&mut self, key: String) -> Option<String> {
        self.config.get(&key).cloned()
    }
}

struct Slot {
    store: Store<HostState>,
    bindings: Guard,
}

/// A verified, compiled guard ready to run.
pub struct Compiled {
    pub spec: GuardSpec,
    /// SHA-256 of the module file, hex.
    pub digest: String,
    pub compile_time: Duration,
    pub size: usize,
    pre: GuardPre<HostState>,
    config: Arc<BTreeMap<String, String>>,
    id: Arc<str>,
    idle: Mutex<HashMap<String, Vec<Slot>>>,
}

impl std::fmt::Debug for Compiled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Compiled")
            .field("id", &self.spec.id)
            .field("digest", &self.digest)
            .finish_non_exhaustive()
    }
}

impl Compiled {
    /// Read the module, verify its digest, check it against the world and
    /// compile it. Any failure is a clear message naming the guard.
    pub fn load(spec: &GuardSpec) -> anyhow::Result<Self> {
        let id = &spec.id;
        let bytes = super::config::read_bounded(&spec.module, super::config::MAX_MODULE_BYTES)
            .map_err(|e| anyhow::anyhow!("guard '{id}': {}: {e}", spec.module.display()))?;
        let digest = super::sha256_hex(&bytes);
        if !digest.eq_ignore_ascii_case(&spec.sha256) {
            anyhow::bail!(
                "guard '{id}': {} has sha256 {digest}, the config expects {}: refused",
                spec.module.display(),
                spec.sha256
            );
        }
        Self::from_bytes(spec, &bytes, digest)
    }

    /// Compile already-verified bytes.
    pub fn from_bytes(spec: &GuardSpec, bytes: &[u8], digest: String) -> anyhow::Result<Self> {
        let id = &spec.id;
        let started = Instant::now();
        let component = compile(bytes).map_err(|e| anyhow::anyhow!("guard '{id}': {e:#}"))?;
        let report = check::check(&component);
        if let Some(problem) = report.problems.first() {
            anyhow::bail!("guard '{id}': {problem}");
        }
        let pre = link(&component).map_err(|e| anyhow::anyhow!("guard '{id}': {e:#}"))?;
        Ok(Self {
            spec: spec.clone(),
            digest,
            compile_time: started.elapsed(),
            size: bytes.len(),
            pre,
            config: Arc::new(spec.config_strings()),
            id: Arc::from(id.as_str()),
            idle: Mutex::new(HashMap::new()),
        })
    }

    fn fresh(&self) -> Result<Slot, GuardError> {
        let limits = StoreLimitsBuilder::new()
            .memory_size(self.spec.max_memory_bytes)
            .table_elements(100_000)
            .instances(64)
            .memories(16)
            .tables(64)
            .trap_on_grow_failure(true)
            .build();
        let mut store = Store::new(
            engine(),
            HostState {
                limits,
                config: Arc::clone(&self.config),
                guard: Arc::clone(&self.id),
                deadline: Instant::now(),
            },
        );
        store.limiter(|s| &mut s.limits);
        // A ticker that fell behind catches up in a burst, so an epoch
        // deadline alone can fire a few ticks early: stop only once the
        // clock says the time is up, and otherwise wait out the rest.
        store.epoch_deadline_callback(|ctx| {
            let left = ctx
                .data()
                .deadline
                .saturating_duration_since(Instant::now());
            Ok(match ticks_ceil(left) {
                0 => UpdateDeadline::Interrupt,
                n => UpdateDeadline::Continue(n),
            })
        });
        // Instantiation runs start functions: bound it like a call.
        arm_deadline(&mut store, self.spec.timeout_ms);
        let bindings = self
            .pre
            .instantiate(&mut store)
            .map_err(|e| classify(&e, &store))?;
        Ok(Slot { store, bindings })
    }

    fn pool_key<'a>(&self, agent: &'a str) -> &'a str {
        if self.spec.stateful {
            ""
        } else {
            agent
        }
    }

    /// Run one phase. The instance comes from the agent's pool or is made
    /// fresh; it returns to the pool only after a clean call.
    pub fn call(&self, input: &Input, ctx: &Context) -> Result<Decision, GuardError> {
        let key = self.pool_key(&ctx.agent);
        let pooled = self
            .idle
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get_mut(key)
            .and_then(Vec::pop);
        let mut slot = match pooled {
            Some(s) => s,
            None => self.fresh()?,
        };
        arm_deadline(&mut slot.store, self.spec.timeout_ms);
        let Slot { store, bindings } = &mut slot;
        let ev = bindings.warden_guard_evaluator();
        let result = match input {
            Input::ServerConnection => ev.call_evaluate_server_connection(&mut *store, ctx),
            Input::ToolsList(tools) => ev.call_evaluate_tools_list(&mut *store, tools, ctx),
            Input::ToolCall(call) => ev.call_evaluate_tool_call(&mut *store, call, ctx),
            Input::ToolResult(r) => ev.call_evaluate_tool_result(&mut *store, r, ctx),
        };
        match result {
            Ok(d) => {
                let mut idle = self.idle.lock().unwrap_or_else(|p| p.into_inner());
                if idle.values().map(Vec::len).sum::<usize>() >= MAX_IDLE {
                    // Bounded: forget the other agents' idle instances.
                    idle.clear();
                }
                idle.entry(key.to_owned()).or_default().push(slot);
                Ok(d)
            }
            Err(e) => Err(classify(&e, &slot.store)),
        }
    }

    /// Drop every pooled instance (tests and benchmarks measure fresh ones).
    pub fn clear_pool(&self) {
        self.idle.lock().unwrap_or_else(|p| p.into_inner()).clear();
    }
}

fn classify(e: &wasmtime::Error, _store: &Store<HostState>) -> GuardError {
    if let Some(wasmtime::Trap::Interrupt) = e.downcast_ref::<wasmtime::Trap>() {
        return GuardError::Timeout;
    }
    let text = format!("{e:#}");
    // The limiter refuses growth past maxMemoryBytes with this message.
    if text.contains("forcing trap when growing") {
        return GuardError::Memory;
    }
    GuardError::Trap(text.chars().take(300).collect())
}

/// Compile a component (no instantiation).
pub fn compile(bytes: &[u8]) -> anyhow::Result<Component> {
    if wasmparser_is_core_module(bytes) {
        anyhow::bail!("this is a core wasm module, not a component: build it for wasm32-wasip2 or wrap it with `wasm-tools component new`");
    }
    Component::new(engine(), bytes).map_err(|e| anyhow::anyhow!("not a valid component: {e:#}"))
}

/// Core modules start with version 1, layer 0; components with layer 1.
fn wasmparser_is_core_module(bytes: &[u8]) -> bool {
    bytes.len() >= 8 && bytes[..4] == *b"\0asm" && bytes[4..8] == [1, 0, 0, 0]
}

/// Link the world's imports; of anything else the component imports (WASI
/// interfaces a toolchain pulled in), the few runtimes call regardless answer
/// with nothing (`no_capability`) and the rest trap if called: a guard gets no
/// filesystem, network, environment or other clocks.
fn link(component: &Component) -> anyhow::Result<GuardPre<HostState>> {
    let mut linker: Linker<HostState> = Linker::new(engine());
    Guard::add_to_linker::<_, HasSelf<_>>(&mut linker, |s| s)?;
    super::no_capability::define(&mut linker, component)?;
    linker.define_unknown_imports_as_traps(component)?;
    let pre = linker.instantiate_pre(component)?;
    Ok(GuardPre::new(pre)?)
}
