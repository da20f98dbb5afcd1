//! Warden sidecar: the gRPC service Envoy and the Warden wasm filter ask for MCP
//! decisions that need state, policy or heavy analysis.
//!
//! - [`api`]: the tonic services (Envoy's ext_authz `Check`, the filter's `Decide`,
//!   admin) and the server that wires them.
//! - [`engine`]: the decision flow both doors share.
//! - [`policy`], [`identity`], [`registry`]: rules, who is calling, what is
//!   remembered about agents.
//! - [`guards`]: WebAssembly component guards (wasmtime), hot-reloaded.
//! - [`cli`], [`config`], [`telemetry`]: the `warden` command and its wiring.
#![forbid(unsafe_code)]

pub mod api;
pub mod audit;
pub mod cli;
pub mod config;
pub mod engine;
pub mod guards;
pub mod identity;
pub mod policy;
pub mod proto;
pub mod registry;
pub mod telemetry;
pub mod yaml;
