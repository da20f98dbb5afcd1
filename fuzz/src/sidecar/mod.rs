//! Properties of the sidecar (the `warden` crate, built without wasmtime): the
//! policy language, the ext_authz `Check` path, agent tokens and JWTs, and
//! audit log recovery.

pub mod audit;
pub mod check;
pub mod policy;
pub mod token;
