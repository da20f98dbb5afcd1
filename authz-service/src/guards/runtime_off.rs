//! The guard runtime when Warden is built without the `wasm-guards` feature
//! (no wasmtime, e.g. the fuzz workspace). The WIT records are plain structs
//! with the fields `bindgen!` generates, so the rest of the crate compiles
//! unchanged; a [`Compiled`] can never exist, so no guard ever runs. The config
//! refuses `wasmGuards` at load in this build, and [`Compiled::load`] refuses
//! too, so a guard is never silently skipped.

use std::time::Duration;

use super::config::GuardSpec;
use super::{GuardError, Input};

const NO_FEATURE: &str =
    "this warden was built without the `wasm-guards` feature: WebAssembly guards cannot run";

#[derive(Clone, Debug, PartialEq)]
pub struct Tool {
    pub name: String,
    pub title: Option<String>,
    pub description: Option<String>,
    pub input_schema_json: String,
    pub annotations_json: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ToolCall {
    pub tool: String,
    pub arguments_json: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ToolResult {
    pub content_json: String,
    pub structured_content_json: Option<String>,
    pub is_error: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Context {
    pub server_name: String,
    pub server_url: String,
    pub agent: String,
    pub roles: Vec<String>,
    pub session_id: Option<String>,
    pub request_id: Option<String>,
    pub metadata_json: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Denial {
    pub code: String,
    pub message: String,
    pub details_json: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Decision {
    Allow,
    Warn(String),
    Deny(Denial),
    Modify(String),
}

/// Cannot be built in this configuration (`never` is uninhabited).
#[derive(Debug)]
pub struct Compiled {
    pub spec: GuardSpec,
    pub digest: String,
    pub compile_time: Duration,
    pub size: usize,
    never: std::convert::Infallible,
}

impl Compiled {
    pub fn load(spec: &GuardSpec) -> anyhow::Result<Self> {
        anyhow::bail!("guard '{}': {NO_FEATURE}", spec.id)
    }

    pub fn from_bytes(spec: &GuardSpec, _bytes: &[u8], _digest: String) -> anyhow::Result<Self> {
        Self::load(spec)
    }

    pub fn call(&self, _input: &Input, _ctx: &Context) -> Result<Decision, GuardError> {
        match self.never {}
    }

    pub fn clear_pool(&self) {
        match self.never {}
    }
}
