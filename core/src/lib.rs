//! Warden core: the MCP / JSON-RPC model, parsers and native guards shared by the
//! proxy-wasm filter and the `warden` sidecar.
//!
//! Pure by design: no I/O, no clock, no threads. Everything here builds for
//! `wasm32-wasip1` and natively, so the guards are tested at full speed on the host.
#![forbid(unsafe_code)]

pub mod argpath;
pub mod bytes;
pub mod config;
pub mod credentials;
pub mod error;
pub mod glob;
pub mod guards;
pub mod jsonrpc;
pub mod limits;
pub mod mcp;
pub mod pipeline;
pub mod reply;
pub mod scan_text;
pub mod scan_tools;
pub mod sse;
pub mod transport;

pub use error::ParseError;
pub use jsonrpc::{Id, Message, MessageView, Payload};
pub use limits::Limits;
