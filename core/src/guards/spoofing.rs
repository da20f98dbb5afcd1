//! Server allowlist, spoofing and typosquatting.
//!
//! A server's identity is what the mesh says it is (the configured name and URL)
//! plus what it says about itself (`initialize` → `serverInfo.name` / `version`).
//! An allowlist entry names a server and the URL glob it must be reached at. A
//! server that is not listed is unknown; one whose name is a near miss of a listed
//! name (`finance-too1s` for `finance-tools`) is typosquatting; one that claims a
//! listed name in `serverInfo` without being it is impersonating; one that offers
//! a trusted server's exact tool set under another identity is mimicking it.

use serde::{Deserialize, Serialize};

use super::normalize::name_skeleton;
use super::pinning::is_fingerprint;
use super::{Action, Detection, FailureMode, Finding, Severity};
use crate::glob::Glob;
use crate::mcp::Implementation;

pub const GUARD_ID: &str = "server_spoofing";

/// Who a server is.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ServerIdentity {
    /// The name the operator configured for this upstream (cluster, route, header).
    pub name: String,
    /// The URL it is reached at, when known.
    pub url: Option<String>,
    /// `serverInfo` from the `initialize` result, when seen.
    pub server_info: Option<Implementation>,
}

impl ServerIdentity {
    pub fn new(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            ..Default::default()
        }
    }

    pub fn with_url(mut self, url: &str) -> Self {
        self.url = Some(url.to_owned());
        self
    }

    pub fn with_server_info(mut self, info: Implementation) -> Self {
        self.server_info = Some(info);
        self
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AllowedServer {
    pub name: String,
    /// Glob the server URL must match (`https://finance.internal/*`).
    #[serde(default)]
    pub url: Option<Glob>,
    /// What the server must call itself in `serverInfo.name`, when pinned down.
    #[serde(default)]
    pub server_info_name: Option<String>,
    /// Expected tool-set fingerprint (see `pinning::toolset_fingerprint`).
    #[serde(default)]
    pub toolset_fingerprint: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct SpoofingConfig {
    pub enabled: bool,
    /// Empty: the guard is idle (there is nothing to spoof).
    pub allowlist: Vec<AllowedServer>,
    pub unknown_server_action: Action,
    pub typosquat_action: Action,
    /// A listed name reached at the wrong URL or calling itself something else.
    pub mismatch_action: Action,
    pub mimicry_action: Action,
    /// Largest Damerau-Levenshtein distance that still counts as a near miss.
    pub max_edit_distance: usize,
    /// Tool-name overlap (share of the trusted server's tools) that counts as
    /// mimicry, and the fewest shared tools for it to count.
    pub mimicry_overlap: f32,
    pub mimicry_min_tools: usize,
    pub failure_mode: FailureMode,
}

impl Default for SpoofingConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            allowlist: Vec::new(),
            unknown_server_action: Action::Deny,
            typosquat_action: Action::Deny,
            mismatch_action: Action::Deny,
            mimicry_action: Action::Deny,
            max_edit_distance: 2,
            mimicry_overlap: 0.8,
            mimicry_min_tools: 3,
            failure_mode: FailureMode::Deny,
        }
    }
}

impl SpoofingConfig {
    pub fn validate(&self) -> Result<(), String> {
        for (name, a) in [
            ("unknownServerAction", self.unknown_server_action),
            ("typosquatAction", self.typosquat_action),
            ("mismatchAction", self.mismatch_action),
            ("mimicryAction", self.mimicry_action),
        ] {
            if a == Action::Redact {
                return Err(format!("spoofing.{name}: redact does not apply to servers"));
            }
        }
        let mut names = std::collections::HashSet::new();
        for e in &self.allowlist {
            if e.name.is_empty() {
                return Err("spoofing.allowlist: empty server name".into());
            }
            if !names.insert(e.name.as_str()) {
                return Err(format!("spoofing.allowlist: {} listed twice", e.name));
            }
            if let Some(fp) = &e.toolset_fingerprint {
                if !is_fingerprint(fp) {
                    return Err(format!(
                        "spoofing.allowlist[{}].toolsetFingerprint must be 64 lowercase hex digits",
                        e.name
                    ));
                }
            }
        }
        if self.max_edit_distance > 4 {
            return Err("spoofing.maxEditDistance must be at most 4".into());
        }
        if !(self.mimicry_overlap > 0.0 && self.mimicry_overlap <= 1.0) {
            return Err("spoofing.mimicryOverlap must be in (0, 1]".into());
        }
        if self.mimicry_min_tools == 0 {
            return Err("spoofing.mimicryMinTools must be positive".into());
        }
        Ok(())
    }
}

/// A trusted server's known tool set, for mimicry checks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrustedToolset {
    pub server: String,
    pub tools: Vec<String>,
    pub fingerprint: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct SpoofReport {
    /// The server matched an allowlist entry and nothing about it was off.
    pub trusted: bool,
    pub detections: Vec<Detection>,
}

/// Optimal-string-alignment Damerau-Levenshtein distance over characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (n, m) = (a.len(), b.len());
    if n == 0 || m == 0 {
        return n.max(m);
    }
    let w = m + 1;
    let mut d = vec![0usize; (n + 1) * w];
    for i in 0..=n {
        d[i * w] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(m + 1) {
        *cell = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * w + j] + 1)
                .min(d[i * w + j - 1] + 1)
                .min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
        }
    }
    d[n * w + m]
}

#[derive(Clone, Debug)]
pub struct SpoofingGuard {
    config: SpoofingConfig,
    skeletons: Vec<String>,
}

impl SpoofingGuard {
    pub fn new(config: &SpoofingConfig) -> Result<Self, String> {
        config.validate()?;
        Ok(Self {
            skeletons: config
                .allowlist
                .iter()
                .map(|e| name_skeleton(&e.name))
                .collect(),
            config: config.clone(),
        })
    }

    pub fn config(&self) -> &SpoofingConfig {
        &self.config
    }

    /// The guard only has work when there is an allowlist to protect.
    pub fn is_active(&self) -> bool {
        self.config.enabled && !self.config.allowlist.is_empty()
    }

    /// Listed by name (the URL and serverInfo are checked by [`Self::check`]).
    pub fn is_listed(&self, name: &str) -> bool {
        self.config.allowlist.iter().any(|e| e.name == name)
    }

    /// The allowlisted name `candidate` imitates, and how: a near miss by edit
    /// distance or the same name skeleton. Exact matches are not near misses.
    pub fn near_miss(&self, candidate: &str) -> Option<(&str, String)> {
        if candidate.is_empty() {
            return None;
        }
        let sk = name_skeleton(candidate);
        let lower = candidate.to_lowercase();
        for (entry, esk) in self.config.allowlist.iter().zip(&self.skeletons) {
            if entry.name == candidate {
                continue;
            }
            if !esk.is_empty() && *esk == sk {
                return Some((&entry.name, format!("same name skeleton '{sk}'")));
            }
            let d = edit_distance(&lower, &entry.name.to_lowercase());
            let longest = lower.chars().count().max(entry.name.chars().count());
            if d > 0 && d <= self.config.max_edit_distance && d * 4 <= longest {
                return Some((&entry.name, format!("edit distance {d}")));
            }
            let ds = edit_distance(&sk, esk);
            if ds > 0 && ds <= self.config.max_edit_distance.min(1) && ds * 4 <= longest {
                return Some((&entry.name, format!("name skeleton edit distance {ds}")));
            }
        }
        None
    }

    fn det(&self, action: Action, code: &str, score: f32, msg: String) -> Detection {
        Detection::new(
            action,
            Finding::new(GUARD_ID, code, Severity::from_score(score), score, msg),
        )
    }

    /// Check one server. `toolset` is the server's (tool names, tool-set
    /// fingerprint); `trusted_sets` are the known tool sets of allowlisted servers.
    pub fn check(
        &self,
        id: &ServerIdentity,
        toolset: Option<(&[&str], &str)>,
        trusted_sets: &[TrustedToolset],
    ) -> SpoofReport {
        let mut report = SpoofReport::default();
        if !self.is_active() {
            return report;
        }
        let info_name = id.server_info.as_ref().map(|i| i.name.as_str());
        let server = id.name.as_str();
        if let Some(entry) = self.config.allowlist.iter().find(|e| e.name == server) {
            let mut ok = true;
            if let Some(glob) = &entry.url {
                match &id.url {
                    Some(url) if !glob.matches(url) => {
                        ok = false;
                        report.detections.push(self.det(
                            self.config.mismatch_action,
                            "server_url_mismatch",
                            0.9,
                            format!(
                                "server '{server}' is reached at '{url}', which does not match its allowlisted URL '{}'",
                                glob.as_str()
                            ),
                        ));
                    }
                    Some(_) => {}
                    None => report.detections.push(self.det(
                        Action::Warn,
                        "server_url_unverified",
                        0.3,
                        format!("server '{server}' has an allowlisted URL but its URL is not known here"),
                    )),
                }
            }
            if let (Some(expected), Some(got)) = (&entry.server_info_name, info_name) {
                if expected != got {
                    ok = false;
                    report.detections.push(self.det(
                        self.config.mismatch_action,
                        "server_info_mismatch",
                        0.8,
                        format!("server '{server}' calls itself '{got}' in serverInfo, expected '{expected}'"),
                    ));
                }
            } else if let Some(got) = info_name.filter(|g| *g != server) {
                let other = self
                    .config
                    .allowlist
                    .iter()
                    .find(|e| e.name == got)
                    .map(|e| (e.name.as_str(), "the same name".to_string()))
                    .or_else(|| self.near_miss(got).filter(|(n, _)| *n != server));
                if let Some((other, how)) = other {
                    ok = false;
                    report.detections.push(self.det(
                        self.config.mismatch_action,
                        "server_impersonation",
                        0.85,
                        format!(
                            "server '{server}' calls itself '{got}' in serverInfo, imitating allowlisted server '{other}' ({how})"
                        ),
                    ));
                }
            }
            if let (Some(expected), Some((_, fp))) = (&entry.toolset_fingerprint, toolset) {
                if expected != fp {
                    report.detections.push(self.det(
                        Action::Warn,
                        "toolset_changed",
                        0.5,
                        format!(
                            "server '{server}' offers a tool set that differs from its allowlisted fingerprint: old sha256:{expected} new sha256:{fp}"
                        ),
                    ));
                }
            }
            report.trusted = ok;
            return report;
        }

        if let Some((target, how)) = self.near_miss(server) {
            report.detections.push(self.det(
                self.config.typosquat_action,
                "server_typosquat",
                0.9,
                format!("server '{server}' is not allowlisted and imitates allowlisted server '{target}' ({how})"),
            ));
        }
        if let Some(got) = info_name {
            let claimed = self
                .config
                .allowlist
                .iter()
                .find(|e| e.name == got || e.server_info_name.as_deref() == Some(got))
                .map(|e| (e.name.as_str(), "the same name".to_string()))
                .or_else(|| self.near_miss(got));
            if let Some((target, how)) = claimed {
                report.detections.push(self.det(
                    self.config.mismatch_action,
                    "server_impersonation",
                    0.9,
                    format!(
                        "server '{server}' calls itself '{got}' in serverInfo, imitating allowlisted server '{target}' ({how})"
                    ),
                ));
            }
        }
        if let Some((names, fp)) = toolset {
            if let Some(d) = self.mimicry(server, names, fp, trusted_sets) {
                report.detections.push(d);
            }
        }
        report.detections.push(self.det(
            self.config.unknown_server_action,
            "unknown_server",
            0.6,
            format!("server '{server}' is not on the server allowlist"),
        ));
        report
    }

    fn mimicry(
        &self,
        server: &str,
        names: &[&str],
        fp: &str,
        trusted_sets: &[TrustedToolset],
    ) -> Option<Detection> {
        for entry in &self.config.allowlist {
            if entry.toolset_fingerprint.as_deref() == Some(fp) {
                return Some(self.det(
                    self.config.mimicry_action,
                    "tool_mimicry",
                    0.95,
                    format!("server '{server}' offers exactly the tool set of allowlisted server '{}' (sha256:{fp})", entry.name),
                ));
            }
        }
        for set in trusted_sets.iter().filter(|s| s.server != server) {
            if set.fingerprint == fp {
                return Some(self.det(
                    self.config.mimicry_action,
                    "tool_mimicry",
                    0.95,
                    format!("server '{server}' offers exactly the tool set of trusted server '{}' (sha256:{fp})", set.server),
                ));
            }
            if set.tools.is_empty() {
                continue;
            }
            let shared = set
                .tools
                .iter()
                .filter(|t| names.contains(&t.as_str()))
                .count();
            let overlap = shared as f32 / set.tools.len() as f32;
            if shared >= self.config.mimicry_min_tools && overlap >= self.config.mimicry_overlap {
                return Some(self.det(
                    self.config.mimicry_action,
                    "tool_mimicry",
                    0.75,
                    format!(
                        "server '{server}' offers {shared} of the {} tools of trusted server '{}'",
                        set.tools.len(),
                        set.server
                    ),
                ));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> SpoofingConfig {
        serde_json::from_str(
            r#"{"allowlist":[
                {"name":"finance-tools","url":"https://finance.internal/*","serverInfoName":"FinanceTools"},
                {"name":"github","url":"https://api.githubcopilot.com/*"}
            ]}"#,
        )
        .unwrap()
    }

    fn guard() -> SpoofingGuard {
        SpoofingGuard::new(&config()).unwrap()
    }

    fn info(name: &str) -> Implementation {
        Implementation {
            name: name.into(),
            ..Default::default()
        }
    }

    fn codes(r: &SpoofReport) -> Vec<&str> {
        r.detections
            .iter()
            .map(|d| d.finding.code.as_str())
            .collect()
    }

    #[test]
    fn distance() {
        assert_eq!(edit_distance("finance-tools", "finance-too1s"), 1);
        assert_eq!(edit_distance("github", "gihtub"), 1);
        assert_eq!(edit_distance("abc", ""), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn listed_server_at_right_url_is_trusted() {
        let id = ServerIdentity::new("finance-tools")
            .with_url("https://finance.internal/mcp")
            .with_server_info(info("FinanceTools"));
        let r = guard().check(&id, None, &[]);
        assert!(r.trusted && r.detections.is_empty(), "{r:?}");
    }

    #[test]
    fn listed_name_wrong_url_or_info() {
        let id = ServerIdentity::new("finance-tools").with_url("https://evil.example/mcp");
        let r = guard().check(&id, None, &[]);
        assert!(!r.trusted);
        assert_eq!(codes(&r), vec!["server_url_mismatch"]);
        let id = ServerIdentity::new("finance-tools")
            .with_url("https://finance.internal/mcp")
            .with_server_info(info("Other"));
        assert_eq!(
            codes(&guard().check(&id, None, &[])),
            vec!["server_info_mismatch"]
        );
        // github claims to be finance-tools.
        let id = ServerIdentity::new("github")
            .with_url("https://api.githubcopilot.com/mcp")
            .with_server_info(info("finance-tools"));
        assert_eq!(
            codes(&guard().check(&id, None, &[])),
            vec!["server_impersonation"]
        );
    }

    #[test]
    fn typosquats_and_unknowns() {
        for name in [
            "finance-too1s",
            "finance_tools",
            "Finance-Tools",
            "fіnance-tools",
            "githuh",
        ] {
            let r = guard().check(&ServerIdentity::new(name), None, &[]);
            assert_eq!(
                codes(&r),
                vec!["server_typosquat", "unknown_server"],
                "{name}"
            );
            assert_eq!(r.detections[0].action, Action::Deny);
        }
        let r = guard().check(&ServerIdentity::new("weather"), None, &[]);
        assert_eq!(codes(&r), vec!["unknown_server"]);
        let warn = SpoofingGuard::new(&SpoofingConfig {
            unknown_server_action: Action::Warn,
            ..config()
        })
        .unwrap();
        assert_eq!(
            warn.check(&ServerIdentity::new("weather"), None, &[])
                .detections[0]
                .action,
            Action::Warn
        );
    }

    #[test]
    fn unknown_server_claiming_a_listed_name() {
        let id = ServerIdentity::new("weather").with_server_info(info("FinanceTools"));
        let r = guard().check(&id, None, &[]);
        assert_eq!(codes(&r), vec!["server_impersonation", "unknown_server"]);
    }

    #[test]
    fn mimicry_by_fingerprint_and_overlap() {
        let trusted = vec![TrustedToolset {
            server: "finance-tools".into(),
            tools: vec![
                "get_balance".into(),
                "transfer".into(),
                "list_accounts".into(),
            ],
            fingerprint: "a".repeat(64),
        }];
        let fp = "a".repeat(64);
        let r = guard().check(
            &ServerIdentity::new("payments"),
            Some((&["x"], &fp)),
            &trusted,
        );
        assert_eq!(codes(&r), vec!["tool_mimicry", "unknown_server"]);
        let names = ["get_balance", "transfer", "list_accounts", "extra"];
        let other = "b".repeat(64);
        let r = guard().check(
            &ServerIdentity::new("payments"),
            Some((&names, &other)),
            &trusted,
        );
        assert_eq!(codes(&r), vec!["tool_mimicry", "unknown_server"]);
        let r = guard().check(
            &ServerIdentity::new("payments"),
            Some((&names[..2], &other)),
            &trusted,
        );
        assert_eq!(codes(&r), vec!["unknown_server"]);
    }

    #[test]
    fn idle_without_allowlist_and_validation() {
        let g = SpoofingGuard::new(&SpoofingConfig::default()).unwrap();
        assert!(!g.is_active());
        assert!(g
            .check(&ServerIdentity::new("x"), None, &[])
            .detections
            .is_empty());
        let dup: SpoofingConfig =
            serde_json::from_str(r#"{"allowlist":[{"name":"a"},{"name":"a"}]}"#).unwrap();
        assert!(dup.validate().is_err());
        assert!(serde_json::from_str::<SpoofingConfig>(
            r#"{"allowlist":[{"name":"a","uri":"x"}]}"#
        )
        .is_err());
    }
}
