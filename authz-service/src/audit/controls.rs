//! The control mapping `warden controls` prints and the report embeds: which
//! Warden capability answers which item of the OWASP MCP Top 10, the OWASP Top
//! 10 for Agentic Applications and the NIST AI RMF functions. A self-assessment
//! aid, not a certification.

/// One mapped control.
#[derive(Clone, Copy, Debug)]
pub struct Control {
    pub framework: &'static str,
    pub item: &'static str,
    /// What in Warden addresses it.
    pub warden: &'static str,
    /// Where the evidence is (record kinds, codes, metrics).
    pub evidence: &'static str,
    /// `addressed`, `partial` or `out of scope`.
    pub coverage: &'static str,
}

pub const STATEMENT: &str = "Self-assessment aid: this maps Warden capabilities to public frameworks. It is not a certification or an audit opinion; coverage depends on how Warden is configured and deployed.";

pub const CONTROLS: &[Control] = &[
    Control {
        framework: "OWASP MCP Top 10",
        item: "Tool poisoning",
        warden: "tools/list poisoning guard (hidden instructions, smuggled Unicode)",
        evidence: "decision records with tool_poisoning codes; warden.responses.denied",
        coverage: "addressed",
    },
    Control {
        framework: "OWASP MCP Top 10",
        item: "Rug pull / tool definition changes",
        warden: "tool pinning guard",
        evidence: "pinChange records; warden.guards.pin_changes",
        coverage: "addressed",
    },
    Control {
        framework: "OWASP MCP Top 10",
        item: "Tool shadowing and name collisions",
        warden: "shadowing guard across servers",
        evidence: "decision records with shadowing codes",
        coverage: "addressed",
    },
    Control {
        framework: "OWASP MCP Top 10",
        item: "Server spoofing / typosquatting",
        warden: "spoofing guard (server identity)",
        evidence: "decision records with spoofing codes",
        coverage: "addressed",
    },
    Control {
        framework: "OWASP MCP Top 10",
        item: "Excessive permissions / missing authorization",
        warden: "tool ACL, deny list, policy rules, agent registry",
        evidence: "deny records by rule; incidents",
        coverage: "addressed",
    },
    Control {
        framework: "OWASP MCP Top 10",
        item: "Sensitive data exposure",
        warden: "DLP on arguments and results (redact or deny)",
        evidence: "redact/deny records with DLP codes; argument digests only",
        coverage: "addressed",
    },
    Control {
        framework: "OWASP MCP Top 10",
        item: "Prompt and command injection via tools",
        warden: "argument threat guards (prompt, command, path, SSRF)",
        evidence: "deny/warn records with threat codes",
        coverage: "partial",
    },
    Control {
        framework: "OWASP MCP Top 10",
        item: "Token passthrough and session hijacking",
        warden: "agent tokens, JWT/SPIFFE identity, session binding",
        evidence: "incidents session_mismatch, token_invalid",
        coverage: "addressed",
    },
    Control {
        framework: "OWASP MCP Top 10",
        item: "Insufficient logging and audit",
        warden: "hash-chained audit log with signed checkpoints",
        evidence: "warden audit verify; this report's attestation",
        coverage: "addressed",
    },
    Control {
        framework: "OWASP MCP Top 10",
        item: "Supply chain of MCP servers",
        warden: "pinning and spoofing checks only; no package provenance",
        evidence: "pinChange records",
        coverage: "partial",
    },
    Control {
        framework: "OWASP Agentic Top 10",
        item: "Tool misuse",
        warden: "policy rules, budgets, approvals",
        evidence: "deny and require_approval records; approval records",
        coverage: "addressed",
    },
    Control {
        framework: "OWASP Agentic Top 10",
        item: "Privilege compromise / identity spoofing",
        warden: "identity resolution, registry trust levels, suspension",
        evidence: "incidents; suspension records",
        coverage: "addressed",
    },
    Control {
        framework: "OWASP Agentic Top 10",
        item: "Human in the loop",
        warden: "require_approval policy effect and approvals API",
        evidence: "approval records",
        coverage: "addressed",
    },
    Control {
        framework: "OWASP Agentic Top 10",
        item: "Repudiation and untraceability",
        warden: "one record per decision, tamper-evident chain",
        evidence: "warden audit verify",
        coverage: "addressed",
    },
    Control {
        framework: "OWASP Agentic Top 10",
        item: "Memory poisoning / goal manipulation",
        warden: "result injection scanning only",
        evidence: "warn/deny records on results",
        coverage: "partial",
    },
    Control {
        framework: "OWASP Agentic Top 10",
        item: "Resource overload",
        warden: "budgets, body and batch limits",
        evidence: "deny records budget/body_too_large",
        coverage: "partial",
    },
    Control {
        framework: "NIST AI RMF",
        item: "GOVERN",
        warden: "policy in Git, signed checkpoints, this report",
        evidence: "policyReload and configChange records",
        coverage: "partial",
    },
    Control {
        framework: "NIST AI RMF",
        item: "MAP",
        warden: "agent registry and tool inventory (tools/list pins)",
        evidence: "registry; pinChange records",
        coverage: "partial",
    },
    Control {
        framework: "NIST AI RMF",
        item: "MEASURE",
        warden: "Prometheus metrics, decisions over time, detection evaluation",
        evidence: "/metrics; report charts",
        coverage: "partial",
    },
    Control {
        framework: "NIST AI RMF",
        item: "MANAGE",
        warden: "deny, redact, approvals, suspension, incidents",
        evidence: "incident and suspension records",
        coverage: "addressed",
    },
];
