//! JSON-RPC error replies Warden sends in place of the upstream's answer.
//!
//! One shape for every outcome, from the filter or the sidecar alike:
//! `{"jsonrpc":"2.0","id":<request id>,"error":{"code":<int>,"message":<text>,
//! "data":{"warden":{"code":<stable name>,"guard":<guard id>}}}}`.

use serde_json::{json, Value};

use crate::error::ParseError;
use crate::jsonrpc::Id;

/// Warden's JSON-RPC error codes (the server-defined range -32000..-32099).
pub mod codes {
    /// A guard or a policy rule denied the message.
    pub const DENIED: i64 = -32001;
    /// The sidecar could not be reached or did not answer in time (fail closed).
    pub const SIDECAR_UNAVAILABLE: i64 = -32002;
    /// The body exceeded the configured limit.
    pub const BODY_TOO_LARGE: i64 = -32003;
    /// A human must approve the call first.
    pub const APPROVAL_REQUIRED: i64 = -32004;
    /// A guard failed to run and its failure mode is to deny.
    pub const GUARD_ERROR: i64 = -32005;
    /// Strict audit mode: the decision could not be recorded durably, so the
    /// call was not forwarded ("no audit, no allow").
    pub const AUDIT_FAILED: i64 = -32006;
}

/// Why Warden answered instead of the upstream.
#[derive(Clone, Debug, PartialEq)]
pub struct Denial {
    pub rpc_code: i64,
    /// Stable snake_case name (`tool_denied`, `sidecar_unavailable`, ...).
    pub code: String,
    /// The guard or rule that decided, when there is one.
    pub guard: Option<String>,
    pub message: String,
    /// Extra members for `error.data.warden` (e.g. an approval id).
    pub details: Option<Value>,
}

/// Stable code of a deny-list denial, in replies, logs and audit records alike.
pub const TOOL_DENIED: &str = "tool_denied";
/// Id of the guard that owns the deny list.
pub const TOOL_DENY_LIST_GUARD: &str = "tool_deny_list";

impl Denial {
    /// A `tools/call` of a tool on the deny list: one wording wherever the list
    /// is enforced (the filter, `Check`, `Decide`), so a client cannot tell which
    /// component answered.
    pub fn tool_denied(entry: &str) -> Self {
        // The tool name is the caller's text: the reply names the rule, not the name.
        Self::new(
            codes::DENIED,
            TOOL_DENIED,
            format!("Warden denied this tools/call: the tool matches deny-list entry '{entry}'"),
        )
        .with_guard(TOOL_DENY_LIST_GUARD)
    }

    pub fn new(rpc_code: i64, code: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            rpc_code,
            code: code.into(),
            guard: None,
            message: message.into(),
            details: None,
        }
    }

    pub fn with_guard(mut self, guard: impl Into<String>) -> Self {
        self.guard = Some(guard.into());
        self
    }

    pub fn from_parse_error(e: &ParseError) -> Self {
        Self::new(e.rpc_code(), e.code(), e.to_string())
    }

    /// The error object (the value of `"error"`).
    pub fn error_object(&self) -> Value {
        let mut warden = json!({ "code": self.code });
        if let Some(g) = &self.guard {
            warden["guard"] = Value::String(g.clone());
        }
        if let Some(Value::Object(extra)) = &self.details {
            for (k, v) in extra {
                warden[k] = v.clone();
            }
        }
        json!({
            "code": self.rpc_code,
            "message": self.message,
            "data": { "warden": warden },
        })
    }

    /// A complete JSON-RPC error response echoing `id` (or `null` when the request
    /// had none we could read).
    pub fn to_response(&self, id: Option<&Id>) -> String {
        let id = id.map(|i| i.as_json()).unwrap_or("null");
        format!(
            r#"{{"jsonrpc":"2.0","id":{id},"error":{}}}"#,
            self.error_object()
        )
    }
}

/// `body` followed by spaces up to `len` bytes: the same JSON to any parser
/// (whitespace after a value is insignificant), framed by a `content-length`
/// the client was already sent. `None` when `body` is longer than `len`.
pub fn pad_to_length(body: &str, len: usize) -> Option<String> {
    let pad = len.checked_sub(body.len())?;
    let mut out = String::with_capacity(len);
    out.push_str(body);
    out.extend(std::iter::repeat_n(' ', pad));
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padding_keeps_the_json_and_reaches_the_length_exactly() {
        let body = r#"{"jsonrpc":"2.0","id":1,"result":{"tools":[]}}"#;
        let padded = pad_to_length(body, 80).unwrap();
        assert_eq!(padded.len(), 80);
        let a: Value = serde_json::from_str(body).unwrap();
        let b: Value = serde_json::from_str(&padded).unwrap();
        assert_eq!(a, b);
        assert_eq!(pad_to_length(body, body.len()).as_deref(), Some(body));
        assert_eq!(pad_to_length(body, body.len() - 1), None);
    }

    #[test]
    fn response_echoes_id_exactly() {
        let d = Denial::new(codes::DENIED, "tool_denied", "no").with_guard("tool_deny_list");
        let out = d.to_response(Some(&Id::from_json("\"abc\"").unwrap()));
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["id"], "abc");
        assert_eq!(v["error"]["code"], -32001);
        assert_eq!(v["error"]["data"]["warden"]["code"], "tool_denied");
        assert_eq!(v["error"]["data"]["warden"]["guard"], "tool_deny_list");
        let big = Id::from_json("123456789012345678901234567890").unwrap();
        assert!(d
            .to_response(Some(&big))
            .contains(r#""id":123456789012345678901234567890,"#));
        assert!(d.to_response(None).contains(r#""id":null"#));
    }

    #[test]
    fn parse_errors_keep_their_code() {
        let d = Denial::from_parse_error(&ParseError::Syntax("eof".into()));
        assert_eq!(d.rpc_code, -32700);
        assert_eq!(d.code, "parse_error");
    }
}
