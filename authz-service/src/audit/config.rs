//! The `audit` section of the sidecar config.
//!
//! ```yaml
//! audit:
//!   enabled: true                 # default; false keeps no log (not recommended)
//!   dir: audit                    # default dataDir/audit
//!   strict: false                 # true: a decision is answered only once its record is durable
//!   strictTimeoutMs: 1000         # strict: not taken for writing within this = refused (and recorded as refused)
//!   maxSegmentBytes: 67108864     # rotate past this size ...
//!   maxSegmentAgeSeconds: 86400   # ... or this age
//!   checkpointIntervalSeconds: 60 # signed checkpoint period (also at rotation and shutdown)
//!   signingKeyFile: audit.key     # `warden keygen --name audit`; default: made in dir
//!   digestKeyFile: digest.key     # HMAC key for argument digests; default: made in dir
//!   maxQueue: 65536               # records waiting for the disk; beyond: append fails
//!   readOnly: false               # start on a damaged log without appending
//!   sink: { type: stdout }        # or { type: file, path: /var/log/warden/audit.jsonl }
//! ```

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::log::{Options, Sink};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct AuditConfig {
    pub enabled: bool,
    pub dir: Option<PathBuf>,
    pub strict: bool,
    pub strict_timeout_ms: u64,
    pub max_segment_bytes: u64,
    pub max_segment_age_seconds: u64,
    pub checkpoint_interval_seconds: u64,
    pub signing_key_file: Option<PathBuf>,
    pub digest_key_file: Option<PathBuf>,
    pub max_queue: usize,
    pub read_only: bool,
    pub sink: Option<SinkConfig>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum SinkType {
    Stdout,
    File,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SinkConfig {
    #[serde(rename = "type")]
    pub kind: SinkType,
    #[serde(default)]
    pub path: Option<PathBuf>,
}

impl Default for AuditConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            dir: None,
            strict: false,
            strict_timeout_ms: 1000,
            max_segment_bytes: 64 * 1024 * 1024,
            max_segment_age_seconds: 86_400,
            checkpoint_interval_seconds: 60,
            signing_key_file: None,
            digest_key_file: None,
            max_queue: 65_536,
            read_only: false,
            sink: None,
        }
    }
}

/// Test-only fault injection: every `fdatasync` of the audit log fails.
pub const FAULT_ENV: &str = "WARDEN_AUDIT_FAULT_FDATASYNC";

impl AuditConfig {
    pub fn validate(&self) -> Result<(), String> {
        if self.max_segment_bytes < 4096 {
            return Err("audit.maxSegmentBytes must be at least 4096".into());
        }
        if self.max_segment_age_seconds == 0 || self.checkpoint_interval_seconds == 0 {
            return Err(
                "audit.maxSegmentAgeSeconds and audit.checkpointIntervalSeconds must be positive"
                    .into(),
            );
        }
        if !(1..=10_000_000).contains(&self.max_queue) {
            return Err("audit.maxQueue must be between 1 and 10000000".into());
        }
        if !(1..=60_000).contains(&self.strict_timeout_ms) {
            return Err("audit.strictTimeoutMs must be between 1 and 60000".into());
        }
        if self.strict && (!self.enabled || self.read_only) {
            return Err("audit.strict needs an enabled, writable audit log".into());
        }
        if let Some(s) = &self.sink {
            match (s.kind, &s.path) {
                (SinkType::File, None) => return Err("audit.sink: type file needs a path".into()),
                (SinkType::Stdout, Some(_)) => {
                    return Err("audit.sink: type stdout takes no path".into())
                }
                _ => {}
            }
        }
        Ok(())
    }

    pub fn resolve_paths(&mut self, base: &Path) {
        let fix = |p: &mut PathBuf| {
            if p.is_relative() {
                *p = base.join(&*p);
            }
        };
        for p in [&mut self.signing_key_file, &mut self.digest_key_file]
            .into_iter()
            .flatten()
        {
            fix(p);
        }
        if let Some(p) = self.sink.as_mut().and_then(|s| s.path.as_mut()) {
            fix(p);
        }
    }

    /// The audit folder: `dir` (relative to `dataDir`) or `dataDir/audit`.
    pub fn dir(&self, data_dir: &Path) -> PathBuf {
        match &self.dir {
            Some(d) => data_dir.join(d),
            None => data_dir.join("audit"),
        }
    }

    pub fn options(&self, data_dir: &Path) -> Options {
        Options {
            dir: self.dir(data_dir),
            max_segment_bytes: self.max_segment_bytes,
            max_segment_age: Duration::from_secs(self.max_segment_age_seconds),
            checkpoint_interval: Duration::from_secs(self.checkpoint_interval_seconds),
            signing_key_file: self.signing_key_file.clone(),
            digest_key_file: self.digest_key_file.clone(),
            max_queue: self.max_queue,
            sink: match &self.sink {
                None => Sink::None,
                Some(SinkConfig {
                    kind: SinkType::Stdout,
                    ..
                }) => Sink::Stdout,
                Some(SinkConfig { path, .. }) => Sink::File(path.clone().unwrap_or_default()),
            },
            read_only: self.read_only,
            fail_sync: std::env::var_os(FAULT_ENV).is_some_and(|v| v == "1"),
        }
    }
}
