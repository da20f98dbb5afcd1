//! Bounds applied to untrusted input before and while it is parsed.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Limits {
    /// Largest request or response body that is parsed (bytes).
    pub max_body_bytes: usize,
    /// Deepest JSON nesting accepted (objects and arrays).
    pub max_depth: usize,
    /// Most messages in one JSON-RPC batch.
    pub max_batch: usize,
    /// Largest single SSE event (bytes); a longer one is an error, not a buffer.
    pub max_event_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_body_bytes: 1024 * 1024,
            max_depth: 64,
            max_batch: 64,
            max_event_bytes: 1024 * 1024,
        }
    }
}

impl Limits {
    pub fn validate(&self) -> Result<(), String> {
        if self.max_body_bytes == 0 || self.max_body_bytes > 64 * 1024 * 1024 {
            return Err("maxBodyBytes must be between 1 and 67108864".into());
        }
        if self.max_depth == 0 || self.max_depth > 512 {
            return Err("maxDepth must be between 1 and 512".into());
        }
        if self.max_batch == 0 {
            return Err("maxBatch must be at least 1".into());
        }
        if self.max_event_bytes == 0 || self.max_event_bytes > 64 * 1024 * 1024 {
            return Err("maxEventBytes must be between 1 and 67108864".into());
        }
        Ok(())
    }
}
