//! The gRPC services the sidecar serves: Envoy's ext_authz `Check`, the filter's
//! `Decide`, the admin API, and the server that wires them with health.

pub mod admin;
pub mod audit;
pub mod decide;
pub mod ext_authz;
pub mod metrics;
pub mod server;
