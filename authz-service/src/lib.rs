//! Warden sidecar: the gRPC service Envoy and the Warden wasm filter ask for MCP
//! decisions that need state, policy or heavy analysis.
//!
//! - [`ext_authz`]: Envoy's `envoy.service.auth.v3.Authorization/Check` (native
//!   ext_authz path): parses the MCP body itself with `warden-core`.
//! - [`decide_service`]: `warden.v1.DecisionService/Decide` (wasm filter path): gets
//!   the facts the filter already parsed.
//! - [`decision`]: the [`decision::Decider`] both ask.
//! - [`server`], [`config`], [`cli`], [`telemetry`]: wiring.
#![forbid(unsafe_code)]

pub mod admin;
pub mod admin_cli;
pub mod agents;
pub mod approvals;
pub mod cli;
pub mod config;
pub mod decide_service;
pub mod decision;
pub mod engine;
pub mod explain;
pub mod ext_authz;
pub mod identity;
pub mod policy;
pub mod proto;
pub mod scan_cli;
pub mod server;
pub mod sessions;
pub mod store;
pub mod telemetry;
pub mod token;
