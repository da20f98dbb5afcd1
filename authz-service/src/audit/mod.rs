//! The tamper-evident audit log: exactly one record per decision (sidecar and
//! filter), plus approvals, incidents, suspensions, policy reloads, pin and
//! configuration changes.
//!
//! - [`record`]: the record, its canonical JSON line and the SHA-256 chain.
//! - [`log`]: the writer (group commit with one `fdatasync` per batch,
//!   recovery at start, rotation by size and age, the SIEM sink).
//! - [`checkpoint`]: Ed25519-signed (log id, size, head hash, time) checkpoints.
//! - [`verify`]: the verifier (`warden audit verify`): chunks of every
//!   segment checked on all cores, linked in log order.
//! - [`query`]: reading records back (`warden audit query|tail`, the report).
//! - [`controls`]: the control mapping the report and `warden controls` print.
//!
//! Files, all in the audit folder (`dataDir/audit` by default): `log.id`,
//! `<first seq>.jsonl` segments, `checkpoints.jsonl`, `checkpoint.key` /
//! `checkpoint.pub`, `digest.key`.

pub mod checkpoint;
pub mod config;
pub mod controls;
pub mod log;
pub mod query;
pub mod record;
pub mod segment;
pub mod verify;

pub use self::log::{AuditError, AuditLog, Options, Pending, Sink, Stats};
pub use self::record::{Kind, Record};

#[cfg(test)]
mod tests;
