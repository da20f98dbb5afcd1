//! DLP guard (`dlp`): personal data and credentials in tool arguments and
//! results.
//!
//! - [`pii`]: e-mail, phone, payment card (Luhn), IBAN (mod-97), US SSN, IPv4/6.
//! - [`secrets`]: provider tokens, private keys, JWTs, URL credentials, generic
//!   `key = value` assignments with an entropy check.
//! - [`redact`]: walk a `serde_json::Value`, report a JSON path per match, and
//!   redact in place.
//!
//! Offsets reported to callers are **character** offsets (Unicode scalar
//! values), so they line up with what a person or a Python tool sees; the
//! scanners work on bytes internally.
//!
//! Nothing here echoes a matched value: findings name the type, the field and
//! the span.

mod lookalike;
pub mod pii;
pub mod redact;
pub mod secrets;
pub mod validators;

use std::sync::Arc;

use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;

use super::{Action, CleanWords, FailureMode, Finding, Location, Severity};

pub use redact::ValueMatch;

/// The guard id used in findings and replies.
pub const GUARD_ID: &str = "dlp";

/// Structured PII types, named as Presidio names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PiiType {
    EmailAddress = 0,
    PhoneNumber = 1,
    CreditCard = 2,
    IbanCode = 3,
    UsSsn = 4,
    IpAddress = 5,
}

impl PiiType {
    pub const COUNT: usize = 6;
    pub const ALL: [PiiType; Self::COUNT] = [
        Self::EmailAddress,
        Self::PhoneNumber,
        Self::CreditCard,
        Self::IbanCode,
        Self::UsSsn,
        Self::IpAddress,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::EmailAddress => "EMAIL_ADDRESS",
            Self::PhoneNumber => "PHONE_NUMBER",
            Self::CreditCard => "CREDIT_CARD",
            Self::IbanCode => "IBAN_CODE",
            Self::UsSsn => "US_SSN",
            Self::IpAddress => "IP_ADDRESS",
        }
    }

    fn code(self) -> &'static str {
        match self {
            Self::EmailAddress => "pii_email_address",
            Self::PhoneNumber => "pii_phone_number",
            Self::CreditCard => "pii_credit_card",
            Self::IbanCode => "pii_iban_code",
            Self::UsSsn => "pii_us_ssn",
            Self::IpAddress => "pii_ip_address",
        }
    }

    fn severity(self) -> (Severity, f32) {
        match self {
            Self::CreditCard | Self::UsSsn | Self::IbanCode => (Severity::High, 0.9),
            Self::EmailAddress | Self::PhoneNumber => (Severity::Medium, 0.7),
            Self::IpAddress => (Severity::Low, 0.4),
        }
    }

    fn from_str(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// PII or a credential: each category has its own action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Category {
    Pii,
    Secret,
}

/// A match inside one string, byte offsets, before overlap resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RawMatch {
    pub ty: &'static str,
    pub category: Category,
    pub start: usize,
    pub end: usize,
    pub priority: u8,
}

impl RawMatch {
    pub(crate) fn pii(ty: PiiType, start: usize, end: usize) -> Self {
        let priority = match ty {
            PiiType::CreditCard | PiiType::IbanCode | PiiType::UsSsn => 7,
            PiiType::EmailAddress => 6,
            PiiType::IpAddress => 5,
            PiiType::PhoneNumber => 4,
        };
        Self {
            ty: ty.as_str(),
            category: Category::Pii,
            start,
            end,
            priority,
        }
    }

    pub(crate) fn secret(ty: &'static str, start: usize, end: usize, priority: u8) -> Self {
        Self {
            ty,
            category: Category::Secret,
            start,
            end,
            priority,
        }
    }
}

/// Keep the best of overlapping matches (higher priority, then longer, then
/// earlier) and return the survivors in text order.
pub(crate) fn resolve_overlaps(mut all: Vec<RawMatch>) -> Vec<RawMatch> {
    if all.len() <= 1 {
        return all;
    }
    all.sort_by(|a, b| {
        b.priority
            .cmp(&a.priority)
            .then((b.end - b.start).cmp(&(a.end - a.start)))
            .then(a.start.cmp(&b.start))
    });
    let mut kept: std::collections::BTreeMap<usize, RawMatch> = std::collections::BTreeMap::new();
    for m in all {
        if m.start >= m.end {
            continue;
        }
        let before = kept.range(..m.end).next_back();
        let overlaps = before.is_some_and(|(_, k)| k.end > m.start);
        if !overlaps {
            kept.insert(m.start, m);
        }
    }
    kept.into_values().collect()
}

/// A typed match with character offsets (and the byte offsets it came from).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DlpMatch {
    /// `EMAIL_ADDRESS`, `CREDIT_CARD`, ... or `secret:<rule>`.
    pub ty: &'static str,
    pub category: Category,
    /// Character offsets, end exclusive.
    pub start: usize,
    pub end: usize,
    /// Byte offsets into the scanned `&str`, end exclusive.
    pub byte_start: usize,
    pub byte_end: usize,
}

impl Serialize for DlpMatch {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("DlpMatch", 3)?;
        st.serialize_field("type", self.ty)?;
        st.serialize_field("start", &self.start)?;
        st.serialize_field("end", &self.end)?;
        st.end()
    }
}

impl DlpMatch {
    /// Stable snake_case finding code: `pii_email_address`, `secret_github_pat`.
    pub fn code(&self) -> String {
        match PiiType::from_str(self.ty) {
            Some(t) => t.code().to_string(),
            None => {
                let rule = self.ty.trim_start_matches("secret:");
                format!("secret_{}", rule.replace('-', "_"))
            }
        }
    }

    pub fn severity(&self) -> (Severity, f32) {
        match PiiType::from_str(self.ty) {
            Some(t) => t.severity(),
            None if self.ty == "secret:private-key" => (Severity::Critical, 0.95),
            None if self.ty == "secret:generic-api-key" || self.ty == "secret:password" => {
                (Severity::High, 0.7)
            }
            None => (Severity::High, 0.9),
        }
    }

    /// A finding that names the type, field and span, never the value.
    pub fn to_finding(&self, tool: Option<&str>, field: Option<&str>) -> Finding {
        let (severity, score) = self.severity();
        let what = match self.category {
            Category::Pii => self.ty.to_string(),
            Category::Secret => format!("credential ({})", self.ty.trim_start_matches("secret:")),
        };
        let place = field.unwrap_or("text");
        Finding {
            guard: GUARD_ID.into(),
            code: self.code(),
            severity,
            score,
            message: format!(
                "{what} in {place} at characters {}..{}",
                self.start, self.end
            ),
            location: Location {
                tool: tool.map(str::to_owned),
                field: field.map(str::to_owned),
                span: Some((self.start, self.end)),
            },
        }
    }
}

/// Converts ascending byte offsets of one string to character offsets in one
/// pass (restarts if asked to go backwards).
pub(crate) struct CharCounter<'a> {
    bytes: &'a [u8],
    ascii: bool,
    byte: usize,
    chars: usize,
}

impl<'a> CharCounter<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Self {
            bytes: text.as_bytes(),
            ascii: text.is_ascii(),
            byte: 0,
            chars: 0,
        }
    }

    pub(crate) fn at(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        if self.ascii {
            return byte;
        }
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.bytes[self.byte..byte]
            .iter()
            .filter(|b| (**b & 0xC0) != 0x80)
            .count();
        self.byte = byte;
        self.chars
    }
}

// ------------------------------------------------------------------ config

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct PiiConfig {
    /// `redact` (default), `deny` or `warn`.
    pub action: Action,
    /// The PII types to look for. Default: all of them.
    pub types: Vec<PiiType>,
    /// Context words added to the built-in `core/rules/pii_context.json`,
    /// in its shape (`{"phone": ["puhelin"]}`): words in the operator's
    /// languages that mark a bare number as a phone, card or SSN.
    pub extra_context_words: pii::ContextWords,
}

impl Default for PiiConfig {
    fn default() -> Self {
        Self {
            action: Action::Redact,
            types: PiiType::ALL.to_vec(),
            extra_context_words: pii::ContextWords::default(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct SecretsConfig {
    /// `deny` (default), `redact` or `warn`.
    pub action: Action,
    /// Rule ids to switch off (`generic-api-key`, `github-pat`...): the ids
    /// of the rule file, the extra rules and the structural detectors.
    /// Unknown ids are a config error.
    pub disabled_rules: Vec<String>,
    /// Look at `key = value` assignments and CLI flags whose key names a
    /// credential (`token`, `password`, `apiKey`...). On by default.
    pub generic: bool,
    /// Prefix rules added to the built-in `core/rules/secret_prefixes.json`,
    /// in its shape (an organisation's own token formats).
    pub extra_rules: Vec<secrets::PrefixRule>,
}

impl Default for SecretsConfig {
    fn default() -> Self {
        Self {
            action: Action::Deny,
            disabled_rules: Vec::new(),
            generic: true,
            extra_rules: Vec::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct DlpConfig {
    pub enabled: bool,
    /// What to do when the guard cannot finish (input over `maxScanBytes`).
    pub failure_mode: FailureMode,
    pub pii: PiiConfig,
    pub secrets: SecretsConfig,
    /// Scan `tools/call` arguments (requests).
    pub scan_arguments: bool,
    /// Scan `tools/call` results (responses).
    pub scan_results: bool,
    /// Replacement text; `{type}` becomes the match type.
    pub redaction: String,
    /// Most string bytes one message may carry into the scanner.
    pub max_scan_bytes: usize,
}

impl Default for DlpConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            failure_mode: FailureMode::Deny,
            pii: PiiConfig::default(),
            secrets: SecretsConfig::default(),
            scan_arguments: true,
            scan_results: true,
            redaction: "[REDACTED:{type}]".into(),
            max_scan_bytes: 1024 * 1024,
        }
    }
}

impl DlpConfig {
    /// Whether some match is masked rather than refused or only reported.
    pub fn masks(&self) -> bool {
        self.pii.action == Action::Redact || self.secrets.action == Action::Redact
    }

    pub fn validate(&self) -> Result<(), String> {
        for (name, a) in [
            ("pii.action", self.pii.action),
            ("secrets.action", self.secrets.action),
        ] {
            if !matches!(a, Action::Deny | Action::Redact | Action::Warn) {
                return Err(format!("dlp {name} must be deny, redact or warn"));
            }
        }
        pii::ContextWords::with(&self.pii.extra_context_words)?;
        let known = secrets::SecretRules::new(&self.secrets.extra_rules)?.ids();
        for r in &self.secrets.disabled_rules {
            let id = r.trim_start_matches("secret:");
            if !known.contains(&id) {
                return Err(format!("dlp secrets.disabledRules: unknown rule {r:?}"));
            }
        }
        if self.redaction.is_empty() || self.redaction.len() > 128 {
            return Err("dlp redaction must be 1 to 128 bytes".into());
        }
        if self.max_scan_bytes == 0 || self.max_scan_bytes > 64 * 1024 * 1024 {
            return Err("dlp maxScanBytes must be between 1 and 67108864".into());
        }
        Ok(())
    }
}

// ------------------------------------------------------------------ guard

/// Why the guard could not reach a verdict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DlpError {
    TooLarge {
        limit: usize,
    },
    /// Redacting two object keys made them equal.
    KeyCollision,
}

impl std::fmt::Display for DlpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::TooLarge { limit } => write!(f, "more than {limit} bytes of text to scan"),
            Self::KeyCollision => f.write_str("redacted object keys collide"),
        }
    }
}

/// What the guard decided for one message.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DlpOutcome {
    /// `None`: nothing found. `Deny`: answer with an error. `Redact`: the value
    /// was rewritten in place, forward it. `Warn`: forward unchanged.
    pub action: Option<Action>,
    pub findings: Vec<Finding>,
    /// How many spans were replaced (when `action` is `Redact`).
    pub redacted: usize,
    /// Set when the guard failed and `failureMode` decided.
    pub error: Option<String>,
}

/// The compiled DLP guard.
#[derive(Clone, Debug)]
pub struct Dlp {
    config: DlpConfig,
    pii_on: [bool; PiiType::COUNT],
    disabled: Vec<String>,
    /// The prefix rules: the built-in set, shared, unless the configuration
    /// adds its own.
    secrets: Arc<secrets::SecretRules>,
    /// The PII context words: the built-in set, shared, unless the
    /// configuration adds its own.
    pii_words: Arc<pii::ContextWords>,
    /// The MCP result words this configuration finds nothing in.
    clean_words: CleanWords,
}

impl Dlp {
    pub fn new(config: DlpConfig) -> Result<Self, String> {
        config.validate()?;
        let mut pii_on = [false; PiiType::COUNT];
        for t in &config.pii.types {
            pii_on[*t as usize] = true;
        }
        let disabled = config
            .secrets
            .disabled_rules
            .iter()
            .map(|r| format!("secret:{}", r.trim_start_matches("secret:")))
            .collect();
        let secrets = secrets::SecretRules::new(&config.secrets.extra_rules)?;
        let pii_words = pii::ContextWords::with(&config.pii.extra_context_words)?;
        let mut dlp = Self {
            config,
            pii_on,
            disabled,
            secrets,
            pii_words,
            clean_words: CleanWords::default(),
        };
        dlp.clean_words = CleanWords::new(|w| dlp.scan_raw(w).is_empty());
        Ok(dlp)
    }

    pub fn config(&self) -> &DlpConfig {
        &self.config
    }

    fn action_for(&self, c: Category) -> Action {
        match c {
            Category::Pii => self.config.pii.action,
            Category::Secret => self.config.secrets.action,
        }
    }

    /// Byte-offset matches after type filtering and overlap resolution.
    pub(crate) fn scan_raw(&self, text: &str) -> Vec<RawMatch> {
        if text.len() < 6 || self.clean_words.has(text) {
            return Vec::new();
        }
        let mut raw = Vec::new();
        secrets::scan(&self.secrets, text, self.config.secrets.generic, &mut raw);
        lookalike::drop_contextless(text, &mut raw);
        if !self.disabled.is_empty() {
            raw.retain(|m| !self.disabled.iter().any(|d| d == m.ty));
        }
        pii::scan(text, &self.pii_on, &self.pii_words, &mut raw);
        resolve_overlaps(raw)
    }

    /// Every enabled PII type and secret in `text`, in text order.
    pub fn scan_str(&self, text: &str) -> Vec<DlpMatch> {
        let raw = self.scan_raw(text);
        let mut cc = CharCounter::new(text);
        raw.into_iter()
            .map(|m| {
                let start = cc.at(m.start);
                let end = cc.at(m.end);
                DlpMatch {
                    ty: m.ty,
                    category: m.category,
                    start,
                    end,
                    byte_start: m.start,
                    byte_end: m.end,
                }
            })
            .collect()
    }

    /// Replace every match of the given categories in `text`.
    pub fn redact_str(&self, text: &str, categories: &[Category]) -> (String, usize) {
        let raw = self.scan_raw(text);
        redact::apply(text, &raw, categories, &self.config.redaction)
    }

    /// Scan every string leaf of `value`; each match carries its JSON path.
    pub fn scan_value(&self, value: &Value) -> Result<Vec<ValueMatch>, DlpError> {
        redact::scan_value(self, value, "")
    }

    /// Redact every match (all enabled categories) in place; returns the count.
    pub fn redact_value(&self, value: &mut Value) -> Result<usize, DlpError> {
        redact::redact_value(self, value, &[Category::Pii, Category::Secret])
    }

    /// Scan a `tools/call` result (or an error, or a server request's params):
    /// every string and key, binary payloads aside.
    pub fn scan_call_result(&self, result: &Value) -> Result<Vec<ValueMatch>, DlpError> {
        redact::scan_call_result(self, result)
    }

    /// Redact every match (all enabled categories) in those parts, in place.
    pub fn redact_call_result(&self, result: &mut Value) -> Result<usize, DlpError> {
        redact::redact_call_result(self, result, &[Category::Pii, Category::Secret])
    }

    /// Decide on a `tools/call` request's `arguments`; redacts in place when the
    /// action is `Redact`.
    pub fn check_arguments(&self, tool: &str, arguments: &mut Value) -> DlpOutcome {
        if !self.config.enabled || !self.config.scan_arguments {
            return DlpOutcome::default();
        }
        let mut flagged = redact::Flagged::default();
        let scanned = redact::scan_value_flagged(self, arguments, "arguments", &mut flagged);
        self.decide(tool, scanned, |g, cats| {
            redact::redact_flagged(g, arguments, cats, &flagged)
        })
    }

    /// Decide on a `tools/call` result (or an error, or a server request's
    /// params): every string and key, binary payloads aside. Redacts in place
    /// when the action is `Redact`.
    pub fn check_call_result(&self, tool: &str, result: &mut Value) -> DlpOutcome {
        if !self.config.enabled || !self.config.scan_results {
            return DlpOutcome::default();
        }
        let scanned = redact::scan_call_result(self, result);
        self.decide(tool, scanned, |g, cats| {
            redact::redact_call_result(g, result, cats)
        })
    }

    fn decide(
        &self,
        tool: &str,
        scanned: Result<Vec<ValueMatch>, DlpError>,
        redact: impl FnOnce(&Self, &[Category]) -> Result<usize, DlpError>,
    ) -> DlpOutcome {
        let matches = match scanned {
            Ok(m) => m,
            Err(e) => return self.failed(tool, &e),
        };
        if matches.is_empty() {
            return DlpOutcome::default();
        }
        let findings: Vec<Finding> = matches
            .iter()
            .map(|vm| vm.m.to_finding(Some(tool), Some(&vm.path)))
            .collect();
        let mut deny = false;
        let mut redact_cats = Vec::new();
        for c in [Category::Pii, Category::Secret] {
            if !matches.iter().any(|vm| vm.m.category == c) {
                continue;
            }
            match self.action_for(c) {
                Action::Deny => deny = true,
                Action::Redact => redact_cats.push(c),
                _ => {}
            }
        }
        if deny {
            return DlpOutcome {
                action: Some(Action::Deny),
                findings,
                redacted: 0,
                error: None,
            };
        }
        if !redact_cats.is_empty() {
            return match redact(self, &redact_cats) {
                Ok(n) => DlpOutcome {
                    action: Some(Action::Redact),
                    findings,
                    redacted: n,
                    error: None,
                },
                Err(e) => self.failed(tool, &e),
            };
        }
        DlpOutcome {
            action: Some(Action::Warn),
            findings,
            redacted: 0,
            error: None,
        }
    }

    fn failed(&self, tool: &str, e: &DlpError) -> DlpOutcome {
        let finding = Finding {
            guard: GUARD_ID.into(),
            code: "dlp_error".into(),
            severity: Severity::Medium,
            score: 0.0,
            message: format!("dlp could not scan the message: {e}"),
            location: Location {
                tool: Some(tool.to_owned()),
                ..Location::default()
            },
        };
        DlpOutcome {
            action: match self.config.failure_mode {
                FailureMode::Deny => Some(Action::Deny),
                FailureMode::Allow => None,
            },
            findings: vec![finding],
            redacted: 0,
            error: Some(e.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn dlp() -> Dlp {
        Dlp::new(DlpConfig::default()).unwrap()
    }

    #[test]
    fn char_offsets_not_bytes() {
        let text = "Größe: mail jürgen@example.de bitte";
        let m = dlp().scan_str(text);
        assert_eq!(m.len(), 1, "{m:?}");
        let chars: Vec<char> = text.chars().collect();
        let got: String = chars[m[0].start..m[0].end].iter().collect();
        // The local part stops at the non-ASCII letter: the address is `rgen@...`
        // by RFC 5321 rules without SMTPUTF8; what matters here is the offset math.
        assert_eq!(got, &text[m[0].byte_start..m[0].byte_end]);
    }

    #[test]
    fn config_defaults_and_validation() {
        let c: DlpConfig = serde_json::from_value(json!({})).unwrap();
        assert_eq!(c, DlpConfig::default());
        assert_eq!(c.secrets.action, Action::Deny);
        assert_eq!(c.pii.action, Action::Redact);
        assert!(serde_json::from_value::<DlpConfig>(json!({"piii": {}})).is_err());
        let bad: DlpConfig = serde_json::from_value(json!({"pii": {"action": "filter"}})).unwrap();
        assert!(bad.validate().is_err());
        let bad: DlpConfig =
            serde_json::from_value(json!({"secrets": {"disabledRules": ["nope"]}})).unwrap();
        assert!(bad.validate().is_err());
        let ok: DlpConfig = serde_json::from_value(
            json!({"pii": {"types": ["EMAIL_ADDRESS"]}, "secrets": {"disabledRules": ["generic-api-key"]}}),
        )
        .unwrap();
        assert!(ok.validate().is_ok());
    }

    #[test]
    fn extra_prefix_rules_find_an_organisations_own_tokens() {
        // Fixture assembled at run time so no literal token sits in the source.
        let token = format!("acme_live_{}", "Q7vN2kR9xT4mW8pL3sZ6cJ1h");
        let text = format!("deploy with key {token} today");
        assert!(dlp().scan_str(&text).is_empty());
        let rule = json!({"id": "acme-live-key", "prefix": "acme_live_", "body": "alnum",
                          "min": 24, "max": 24, "check": "randomDigit"});
        let cfg: DlpConfig =
            serde_json::from_value(json!({"secrets": {"extraRules": [rule]}})).unwrap();
        let g = Dlp::new(cfg).unwrap();
        let m = g.scan_str(&text);
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(m[0].ty, "secret:acme-live-key");
        assert_eq!(&text[m[0].byte_start..m[0].byte_end], token);
        // The rule's checks hold: a placeholder body is not a key.
        assert!(g
            .scan_str("key acme_live_XXXXXXXXXXXXXXXXXXXXXXXX")
            .is_empty());
        // Its id can be switched off like any other.
        let off: DlpConfig = serde_json::from_value(json!({"secrets": {
            "extraRules": [rule], "disabledRules": ["acme-live-key"]}}))
        .unwrap();
        assert!(Dlp::new(off).unwrap().scan_str(&text).is_empty());
    }

    #[test]
    fn extra_context_words_from_the_configuration() {
        let text = "puhelin 450 0840";
        assert!(dlp().scan_str(text).is_empty());
        let cfg: DlpConfig =
            serde_json::from_value(json!({"pii": {"extraContextWords": {"phone": ["puhelin"]}}}))
                .unwrap();
        let m = Dlp::new(cfg).unwrap().scan_str(text);
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(m[0].ty, "PHONE_NUMBER");
        // An unknown family is a configuration error, as is a word the
        // detectors could never read.
        assert!(serde_json::from_value::<DlpConfig>(
            json!({"pii": {"extraContextWords": {"fone": ["x"]}}})
        )
        .is_err());
        let unreadable: DlpConfig = serde_json::from_value(
            json!({"pii": {"extraContextWords": {"card": ["credit-card"]}}}),
        )
        .unwrap();
        let err = Dlp::new(unreadable).unwrap_err();
        assert!(err.contains("pii.extraContextWords.card"), "{err}");
    }

    #[test]
    fn bad_extra_prefix_rules_fail_the_configuration() {
        let base = json!({"id": "x-key", "prefix": "xk_", "body": "alnum", "min": 20,
                          "max": 40, "check": "random"});
        let with = |key: &str, v: serde_json::Value| {
            let mut r = base.clone();
            r[key] = v;
            serde_json::from_value::<DlpConfig>(json!({"secrets": {"extraRules": [r]}}))
                .map_err(|e| e.to_string())
                .and_then(|c| Dlp::new(c).map(|_| ()))
        };
        assert!(with("id", json!("x-key")).is_ok());
        for (key, value, expected) in [
            ("id", json!("X Key"), "id \"X Key\""),
            ("prefix", json!("x"), "prefix \"x\" must be 2 to 64"),
            ("prefix", json!("x k_"), "prefix \"x k_\" must be 2 to 64"),
            ("body", json!("anything"), "body \"anything\" is none of"),
            ("min", json!(0), "need 1 <= min <= max <= 8192"),
            ("max", json!(10), "need 1 <= min <= max <= 8192"),
            ("max", json!(9000), "need 1 <= min <= max <= 8192"),
            ("check", json!("maybe"), "check \"maybe\" is not random"),
            ("weight", json!(1), "unknown field `weight`"),
        ] {
            let err = with(key, value).expect_err(key);
            assert!(err.contains(expected), "{key}: {err}");
        }
    }

    #[test]
    fn type_filter_applies() {
        let cfg: DlpConfig =
            serde_json::from_value(json!({"pii": {"types": ["CREDIT_CARD"]}})).unwrap();
        let g = Dlp::new(cfg).unwrap();
        let m = g.scan_str("mail a.b@example.com card 4111 1111 1111 1111");
        assert_eq!(
            m.iter().map(|m| m.ty).collect::<Vec<_>>(),
            vec!["CREDIT_CARD"]
        );
    }

    #[test]
    fn arguments_deny_on_secret_redact_on_pii() {
        let g = dlp();
        let token = format!("ghp_{}", "aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5");
        let mut args = json!({"q": "call me at (415) 555-0132", "auth": {"t": token}});
        let out = g.check_arguments("search", &mut args);
        assert_eq!(out.action, Some(Action::Deny));
        assert_eq!(out.findings.len(), 2);
        for f in &out.findings {
            assert!(!f.message.contains(&token));
            assert_eq!(f.location.tool.as_deref(), Some("search"));
        }
        let paths: Vec<_> = out
            .findings
            .iter()
            .filter_map(|f| f.location.field.clone())
            .collect();
        assert!(paths.contains(&"arguments.auth.t".to_string()), "{paths:?}");

        let mut args = json!({"q": "call me at (415) 555-0132"});
        let out = g.check_arguments("search", &mut args);
        assert_eq!(out.action, Some(Action::Redact));
        assert_eq!(out.redacted, 1);
        assert_eq!(args, json!({"q": "call me at [REDACTED:PHONE_NUMBER]"}));
    }

    #[test]
    fn clean_arguments_pass() {
        let mut args = json!({"q": "weather in Paris", "n": 5, "tags": ["a", "b"]});
        let out = dlp().check_arguments("search", &mut args);
        assert_eq!(out, DlpOutcome::default());
    }

    #[test]
    fn oversize_follows_failure_mode() {
        let mut cfg = DlpConfig {
            max_scan_bytes: 16,
            ..DlpConfig::default()
        };
        let mut args = json!({"q": "a long string that is over the limit"});
        let out = Dlp::new(cfg.clone())
            .unwrap()
            .check_arguments("t", &mut args);
        assert_eq!(out.action, Some(Action::Deny));
        assert_eq!(out.findings[0].code, "dlp_error");
        cfg.failure_mode = FailureMode::Allow;
        let out = Dlp::new(cfg).unwrap().check_arguments("t", &mut args);
        assert_eq!(out.action, None);
        assert!(out.error.is_some());
    }
}
