//! Envoy stats through proxy-wasm metrics. Every name is defined up front with a
//! bounded set of labels, so a client cannot create new series.

use std::collections::HashMap;

use warden_core::mcp::Method;

/// Outcome codes that get their own denial counter; anything else counts as
/// `other`.
const DENIAL_CODES: &[&str] = &[
    "tool_denied",
    "policy_denied",
    "approval_required",
    "sidecar_unavailable",
    "body_too_large",
    "parse_error",
    "invalid_utf8",
    "invalid_request",
    "invalid_params",
    "nesting_too_deep",
    "batch_too_large",
    "batch_rejected",
    "redaction_unsupported",
    "redaction_failed",
    "token_audience",
    "credentials_ambiguous",
    "content_type_ambiguous",
    "charset_unsupported",
    "path_invalid",
    "upstream_unsolicited",
    "server_method_denied",
    "uninspectable",
    "not_configured",
    "audit_unavailable",
    "other",
];

#[derive(Clone, Copy)]
pub enum Counter {
    ParseErrors,
    SidecarCalls,
    SidecarErrors,
    SidecarFailOpen,
    /// Requests answered from an allow the sidecar let the filter reuse.
    SidecarReused,
    ToolsFiltered,
    InvalidResponses,
    DeniedResponses,
    GuardWarnings,
    PinChanges,
    PinStoreErrors,
    Redactions,
    Passthrough,
    CredentialsStripped,
    /// Bodies Warden could not inspect (type, encoding, size, trailers,
    /// unreadable), refused or, with `failureMode: allow`, let through.
    Uninspectable,
    AuditShipped,
    AuditDropped,
    AuditStrictDenied,
}

const COUNTERS: &[(Counter, &str)] = &[
    (Counter::ParseErrors, "warden.parse_errors"),
    (Counter::SidecarCalls, "warden.sidecar.calls"),
    (Counter::SidecarErrors, "warden.sidecar.errors"),
    (Counter::SidecarFailOpen, "warden.sidecar.fail_open"),
    (Counter::SidecarReused, "warden.sidecar.reused"),
    (Counter::ToolsFiltered, "warden.responses.tools_filtered"),
    (Counter::InvalidResponses, "warden.responses.invalid"),
    (Counter::DeniedResponses, "warden.responses.denied"),
    (Counter::GuardWarnings, "warden.guards.warnings"),
    (Counter::PinChanges, "warden.guards.pin_changes"),
    (Counter::PinStoreErrors, "warden.guards.pin_store_errors"),
    (Counter::Redactions, "warden.guards.redactions"),
    (Counter::Passthrough, "warden.passthrough"),
    (Counter::CredentialsStripped, "warden.credentials.stripped"),
    (Counter::Uninspectable, "warden.uninspectable"),
    (Counter::AuditShipped, "warden.audit.shipped"),
    (Counter::AuditDropped, "warden.audit.dropped"),
    (Counter::AuditStrictDenied, "warden.audit.strict_denied"),
];

#[derive(Default)]
pub struct Metrics {
    requests: HashMap<&'static str, u32>,
    denials: HashMap<&'static str, u32>,
    counters: HashMap<u8, u32>,
    /// `warden.vm.memory_bytes`: this VM's linear memory (it only grows), so a
    /// per-request leak shows as growth over a long run.
    vm_memory: Option<u32>,
    vm_memory_seen: std::cell::Cell<usize>,
}

impl Metrics {
    /// Define every metric. Failing to define one only loses that stat.
    pub fn define() -> Self {
        let mut m = Self::default();
        let counter = crate::host::define_counter;
        for method in Method::ALL {
            let label = method.metric_label();
            if let Some(id) = counter(&format!("warden.requests.{label}")) {
                m.requests.insert(label, id);
            }
        }
        for code in DENIAL_CODES {
            if let Some(id) = counter(&format!("warden.denials.{code}")) {
                m.denials.insert(code, id);
            }
        }
        for (c, name) in COUNTERS {
            if let Some(id) = counter(name) {
                m.counters.insert(*c as u8, id);
            }
        }
        m.vm_memory = crate::host::define_gauge("warden.vm.memory_bytes");
        m.note_vm_memory();
        m
    }

    /// Record the VM's memory when it grew (a host call only then).
    pub fn note_vm_memory(&self) {
        let bytes = core::arch::wasm32::memory_size(0) * 65536;
        if bytes != self.vm_memory_seen.get() {
            self.vm_memory_seen.set(bytes);
            if let Some(id) = self.vm_memory {
                crate::host::record(id, bytes as u64);
            }
        }
    }

    pub fn request(&self, method: Method) {
        bump(self.requests.get(method.metric_label()), 1);
    }

    pub fn denial(&self, code: &str) {
        let id = self.denials.get(code).or_else(|| self.denials.get("other"));
        bump(id, 1);
    }

    pub fn add(&self, c: Counter, n: usize) {
        if n > 0 {
            bump(self.counters.get(&(c as u8)), n as i64);
        }
    }
}

fn bump(id: Option<&u32>, n: i64) {
    if let Some(id) = id {
        crate::host::increment(*id, n);
    }
}
