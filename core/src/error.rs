//! Typed parse failures, each mapped to a JSON-RPC error code and a stable
//! snake_case name used in replies, metrics and audit records alike.

use thiserror::Error;

/// JSON-RPC 2.0 standard codes.
pub const PARSE_ERROR: i64 = -32700;
pub const INVALID_REQUEST: i64 = -32600;
pub const INVALID_PARAMS: i64 = -32602;

#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum ParseError {
    #[error("body of {size} bytes exceeds the limit of {limit} bytes")]
    TooLarge { size: usize, limit: usize },
    #[error("body is not valid UTF-8 (first bad byte at offset {offset})")]
    InvalidUtf8 { offset: usize },
    #[error("malformed JSON: {0}")]
    Syntax(String),
    #[error("JSON nesting deeper than {limit} levels")]
    TooDeep { limit: usize },
    #[error("invalid JSON-RPC message: {0}")]
    InvalidRequest(&'static str),
    #[error("batch of {size} messages exceeds the limit of {limit}")]
    BatchTooLarge { size: usize, limit: usize },
    #[error("invalid params: {0}")]
    InvalidParams(String),
}

impl ParseError {
    pub fn rpc_code(&self) -> i64 {
        match self {
            Self::InvalidUtf8 { .. } | Self::Syntax(_) => PARSE_ERROR,
            Self::InvalidParams(_) => INVALID_PARAMS,
            Self::TooLarge { .. } => crate::reply::codes::BODY_TOO_LARGE,
            Self::TooDeep { .. } | Self::InvalidRequest(_) | Self::BatchTooLarge { .. } => {
                INVALID_REQUEST
            }
        }
    }

    /// Stable name of this failure.
    pub fn code(&self) -> &'static str {
        match self {
            Self::TooLarge { .. } => "body_too_large",
            Self::InvalidUtf8 { .. } => "invalid_utf8",
            Self::Syntax(_) => "parse_error",
            Self::TooDeep { .. } => "nesting_too_deep",
            Self::InvalidRequest(_) => "invalid_request",
            Self::BatchTooLarge { .. } => "batch_too_large",
            Self::InvalidParams(_) => "invalid_params",
        }
    }
}
