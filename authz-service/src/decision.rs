//! What the sidecar decides about one MCP message.
//!
//! Both entry points (`Authorization/Check` for Envoy's native ext_authz and
//! `DecisionService/Decide` for the wasm filter) reduce a message to [`Facts`] and
//! ask a [`Decider`]. Today that is [`ToolDenyList`]; the policy engine (issue 4)
//! replaces it behind the same trait.

use warden_core::glob::GlobSet;
use warden_core::mcp::Method;
use warden_core::reply::{codes, Denial};

/// Stable code of a deny-list denial, in replies, logs and audit records alike.
pub const TOOL_DENIED: &str = "tool_denied";
/// Id of the guard that owns the deny list.
pub const TOOL_DENY_LIST_GUARD: &str = "tool_deny_list";

/// What is known about one message when it is decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Facts<'a> {
    /// JSON-RPC method as sent (`tools/call`, `tools/list`, ...).
    pub method: &'a str,
    /// Tool name for `tools/call`.
    pub tool: Option<&'a str>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Decision {
    Allow,
    Deny(Denial),
}

impl Decision {
    pub fn is_allow(&self) -> bool {
        matches!(self, Self::Allow)
    }
}

/// Decides one message. Pure and synchronous: anything slow (state, guards in
/// wasmtime) belongs behind this trait, not in the gRPC adapters.
pub trait Decider: Send + Sync + 'static {
    fn decide(&self, facts: &Facts<'_>) -> Decision;
}

/// Denies `tools/call` for tools on the list (exact names or globs); allows
/// everything else.
#[derive(Clone, Debug, Default)]
pub struct ToolDenyList {
    denied: GlobSet,
}

impl ToolDenyList {
    pub fn new(denied: GlobSet) -> Self {
        Self { denied }
    }
}

impl Decider for ToolDenyList {
    fn decide(&self, facts: &Facts<'_>) -> Decision {
        if Method::parse(facts.method) != Method::ToolsCall {
            return Decision::Allow;
        }
        let Some(tool) = facts.tool else {
            return Decision::Allow;
        };
        match self.denied.matches(tool) {
            // Same code, guard and wording as the filter's local deny list
            // (`warden_core::pipeline`), so a client cannot tell which one answered.
            Some(glob) => Decision::Deny(
                Denial::new(
                    codes::DENIED,
                    TOOL_DENIED,
                    format!(
                        "Warden denied tools/call '{tool}': the tool matches deny-list entry '{}'",
                        glob.as_str()
                    ),
                )
                .with_guard(TOOL_DENY_LIST_GUARD),
            ),
            None => Decision::Allow,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use warden_core::glob::Glob;

    fn list(patterns: &[&str]) -> ToolDenyList {
        ToolDenyList::new(GlobSet(
            patterns.iter().map(|p| Glob::new(p).unwrap()).collect(),
        ))
    }

    fn call(tool: &str) -> Facts<'_> {
        Facts {
            method: "tools/call",
            tool: Some(tool),
        }
    }

    #[test]
    fn denies_exact_names_and_globs() {
        let d = list(&["exec_shell", "fs.*"]);
        for tool in ["exec_shell", "fs.write", "fs."] {
            let Decision::Deny(denial) = d.decide(&call(tool)) else {
                panic!("{tool} allowed");
            };
            assert_eq!(denial.rpc_code, codes::DENIED);
            assert_eq!(denial.code, TOOL_DENIED);
            assert_eq!(denial.guard.as_deref(), Some(TOOL_DENY_LIST_GUARD));
            assert!(denial.message.contains(tool), "{}", denial.message);
        }
        for tool in ["exec_shell2", "Exec_shell", "fsx", "read_file"] {
            assert!(d.decide(&call(tool)).is_allow(), "{tool} denied");
        }
    }

    #[test]
    fn only_tools_call_is_checked() {
        let d = list(&["*"]);
        for method in ["tools/list", "initialize", "resources/read", "tools/call "] {
            let facts = Facts {
                method,
                tool: Some("x"),
            };
            assert!(d.decide(&facts).is_allow(), "{method} denied");
        }
    }

    #[test]
    fn message_names_the_tool_and_the_entry() {
        let d = list(&["fs.*"]);
        let Decision::Deny(denial) = d.decide(&call("fs.write")) else {
            panic!("allowed");
        };
        assert_eq!(
            denial.message,
            "Warden denied tools/call 'fs.write': the tool matches deny-list entry 'fs.*'"
        );
    }
}
