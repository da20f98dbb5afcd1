//! Warden's proxy-wasm filter. It only moves bytes: parsing, guards and decisions
//! live in `warden-core` (see `warden_core::pipeline`); the sidecar protocol
//! mapping lives in [`decide`]. The Envoy glue compiles for wasm32 only, so the
//! rest is tested natively.

pub mod audit;
pub mod decide;
pub mod guard_phases;
pub mod pins;
pub mod reuse;
pub mod wire;

pub mod proto {
    #![allow(clippy::all)]
    include!(concat!(env!("OUT_DIR"), "/warden.v1.rs"));
}

#[cfg(target_arch = "wasm32")]
mod host;
#[cfg(target_arch = "wasm32")]
mod metrics;
#[cfg(target_arch = "wasm32")]
mod plugin;
#[cfg(target_arch = "wasm32")]
mod shipper;

// Talc in place of wasi-libc's dlmalloc: each request allocates a few dozen
// small blocks, and Talc serves them in fewer instructions (a VM is one thread,
// so it needs no lock).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
