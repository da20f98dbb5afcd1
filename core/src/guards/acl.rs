//! Tool ACL guard (`tool_acl`): which identity may call which tool.
//!
//! Rules allow and deny tool-name globs for principals (SPIFFE ids, JWT
//! subjects, header values; globs) and roles (globs). A rule applies to an
//! identity when one of its principals or one of its roles matches, or to
//! everyone when it names neither. **Deny beats allow**: a tool denied by any
//! applicable rule is denied; otherwise allowed by any applicable rule is
//! allowed; otherwise `defaultAction` decides (deny by default).
//!
//! Identity comes from request headers, resolved purely here (the filter
//! captures the headers):
//! - `xfcc`: the SPIFFE `URI=` of Envoy's `x-forwarded-client-cert`. With
//!   several comma-separated elements (each proxy that forwards appends one),
//!   the **last** element is used by default: it is the one the local Envoy
//!   added for the peer it terminated mTLS with, the only one it vouches for;
//!   earlier elements were written by hops further away. `"element": "first"`
//!   picks the original client instead, for meshes that sanitise the header at
//!   the edge.
//! - `jwtPayload`: the header Envoy's `jwt_authn` writes with
//!   `forward_payload_header` (base64url JSON of a verified token's payload);
//!   a subject claim and a roles claim (dotted paths; array or space/comma
//!   separated string). Signatures are not checked here: Envoy did, and it
//!   overwrites the header on every request.
//! - `header`: a plain header holding the principal (and optionally one with
//!   comma-separated roles), for gateways that authenticate upstream.
//!
//! Every configured source that is present contributes; a present but
//! malformed header is an error (handled by `failureMode`), never a silent
//! fallback to a weaker identity.
//!
//! `jwtPayload` and `header` sources are plain headers a client can set
//! itself: they are accepted only with `trustIdentityHeaders: true`, which
//! says the operator's Envoy removes client-supplied copies before the filter
//! (the shipped configs do, with an early header mutation) and only a trusted
//! component (`jwt_authn`, an authenticating gateway) writes them.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::dlp::validators::base64_decode;
use super::{FailureMode, Finding, Location, Severity};
use crate::glob::GlobSet;
use crate::mcp::Tool;

pub const GUARD_ID: &str = "tool_acl";

/// Which XFCC element to read when a header carries several.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum XfccElement {
    #[default]
    Last,
    First,
}

fn default_sub() -> String {
    "sub".into()
}

fn default_payload_header() -> String {
    "x-jwt-payload".into()
}

fn default_xfcc_header() -> String {
    "x-forwarded-client-cert".into()
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "camelCase", deny_unknown_fields)]
pub enum IdentitySource {
    #[serde(rename_all = "camelCase")]
    Xfcc {
        #[serde(default = "default_xfcc_header")]
        header: String,
        #[serde(default)]
        element: XfccElement,
    },
    #[serde(rename_all = "camelCase")]
    JwtPayload {
        #[serde(default = "default_payload_header")]
        header: String,
        #[serde(default = "default_sub")]
        subject_claim: String,
        #[serde(default)]
        roles_claim: Option<String>,
    },
    #[serde(rename_all = "camelCase")]
    Header {
        header: String,
        #[serde(default)]
        roles_header: Option<String>,
    },
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AclRule {
    /// Principal globs (`spiffe://cluster.local/ns/*/sa/support`).
    #[serde(default)]
    pub principals: GlobSet,
    /// Role globs.
    #[serde(default)]
    pub roles: GlobSet,
    /// Tool-name globs this rule allows.
    #[serde(default)]
    pub allow: GlobSet,
    /// Tool-name globs this rule denies (wins over any allow).
    #[serde(default)]
    pub deny: GlobSet,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum DefaultAction {
    #[default]
    Deny,
    Allow,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct AclConfig {
    pub enabled: bool,
    pub identity_sources: Vec<IdentitySource>,
    pub rules: Vec<AclRule>,
    /// For a tool no applicable rule mentions. Deny by default.
    pub default_action: DefaultAction,
    /// When an identity header is malformed.
    pub failure_mode: FailureMode,
    /// Drop tools the caller may not call from `tools/list` results.
    pub filter_tools_list: bool,
    /// Accept `jwtPayload` and `header` sources (see the module docs). Default
    /// false: such a source is a configuration error.
    pub trust_identity_headers: bool,
}

impl Default for AclConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            identity_sources: vec![IdentitySource::Xfcc {
                header: default_xfcc_header(),
                element: XfccElement::Last,
            }],
            rules: Vec::new(),
            default_action: DefaultAction::Deny,
            failure_mode: FailureMode::Deny,
            filter_tools_list: true,
            trust_identity_headers: false,
        }
    }
}

impl AclConfig {
    pub fn validate(&self) -> Result<(), String> {
        for (i, s) in self.identity_sources.iter().enumerate() {
            let names: Vec<&str> = match s {
                IdentitySource::Xfcc { header, .. } => vec![header],
                IdentitySource::JwtPayload {
                    header,
                    subject_claim,
                    roles_claim,
                } => {
                    if subject_claim.is_empty() || roles_claim.as_deref() == Some("") {
                        return Err(format!("toolAcl identitySources[{i}]: empty claim name"));
                    }
                    vec![header]
                }
                IdentitySource::Header {
                    header,
                    roles_header,
                } => {
                    let mut v = vec![header.as_str()];
                    v.extend(roles_header.as_deref());
                    v
                }
            };
            if names.iter().any(|h| !valid_header_name(h)) {
                return Err(format!("toolAcl identitySources[{i}]: invalid header name"));
            }
            if !matches!(s, IdentitySource::Xfcc { .. }) && !self.trust_identity_headers {
                return Err(format!(
                    "toolAcl identitySources[{i}]: a client can set this header itself; \
                     strip client copies in Envoy, then set trustIdentityHeaders: true"
                ));
            }
        }
        for (i, r) in self.rules.iter().enumerate() {
            if r.allow.is_empty() && r.deny.is_empty() {
                return Err(format!("toolAcl rules[{i}]: needs allow or deny"));
            }
        }
        if !self.rules.is_empty()
            && self.identity_sources.is_empty()
            && self
                .rules
                .iter()
                .any(|r| !r.principals.is_empty() || !r.roles.is_empty())
        {
            return Err("toolAcl: rules name principals or roles but no identitySources".into());
        }
        Ok(())
    }
}

fn valid_header_name(h: &str) -> bool {
    !h.is_empty()
        && h.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

// ------------------------------------------------------------------ identity

/// Who is calling: every principal the sources produced, and the roles.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    pub principals: Vec<String>,
    pub roles: Vec<String>,
}

impl Identity {
    pub fn is_anonymous(&self) -> bool {
        self.principals.is_empty() && self.roles.is_empty()
    }

    /// The first principal, for messages and audit.
    pub fn principal(&self) -> Option<&str> {
        self.principals.first().map(String::as_str)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdentityError(pub String);

impl std::fmt::Display for IdentityError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Split on `sep` outside double quotes.
fn split_unquoted(s: &str, sep: char) -> Vec<&str> {
    let mut out = Vec::new();
    let mut quoted = false;
    let mut escaped = false;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if escaped {
            escaped = false;
            continue;
        }
        match c {
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            c if c == sep && !quoted => {
                out.push(&s[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(&s[start..]);
    out
}

fn unquote(v: &str) -> String {
    let v = v.trim();
    match v.strip_prefix('"').and_then(|x| x.strip_suffix('"')) {
        Some(inner) => inner.replace("\\\"", "\"").replace("\\\\", "\\"),
        None => v.to_owned(),
    }
}

/// The SPIFFE id in one `x-forwarded-client-cert` value (see the module docs
/// for which element). `Ok(None)` when the chosen element has no SPIFFE URI.
pub fn spiffe_from_xfcc(
    value: &str,
    element: XfccElement,
) -> Result<Option<String>, IdentityError> {
    let elements: Vec<&str> = split_unquoted(value, ',')
        .into_iter()
        .filter(|e| !e.trim().is_empty())
        .collect();
    let chosen = match element {
        XfccElement::Last => elements.last(),
        XfccElement::First => elements.first(),
    };
    let Some(chosen) = chosen else {
        return Err(IdentityError("x-forwarded-client-cert is empty".into()));
    };
    for pair in split_unquoted(chosen, ';') {
        let Some((k, v)) = pair.split_once('=') else {
            if pair.trim().is_empty() {
                continue;
            }
            return Err(IdentityError(
                "x-forwarded-client-cert: a pair without '='".into(),
            ));
        };
        if k.trim().eq_ignore_ascii_case("uri") {
            let uri = unquote(v);
            if uri.starts_with("spiffe://") {
                return valid_spiffe(&uri).then_some(Some(uri)).ok_or_else(|| {
                    IdentityError("x-forwarded-client-cert: malformed SPIFFE id".into())
                });
            }
        }
    }
    Ok(None)
}

fn valid_spiffe(uri: &str) -> bool {
    let Some(rest) = uri.strip_prefix("spiffe://") else {
        return false;
    };
    let domain = rest.split('/').next().unwrap_or("");
    !domain.is_empty()
        && uri.len() <= 2048
        && uri.bytes().all(|b| b.is_ascii_graphic())
        && !rest.contains("//")
}

/// The token of an `authorization: Bearer <token>` header. The scheme is
/// case-insensitive (RFC 7235) and followed by one or more spaces; any other
/// scheme, or no token, is `None`.
pub fn bearer_token(authorization: &str) -> Option<&str> {
    let v = authorization.trim();
    let scheme = v.get(..6)?;
    let rest = v.get(6..)?;
    if !scheme.eq_ignore_ascii_case("bearer") || !rest.starts_with(' ') {
        return None;
    }
    Some(rest.trim_start()).filter(|t| !t.is_empty())
}

/// Decode the payload Envoy forwards (`forward_payload_header`): base64url
/// JSON, or a whole compact JWT (the middle segment is used).
pub fn decode_jwt_payload(value: &str) -> Result<Value, IdentityError> {
    let v = value.trim();
    let segment = match v.split('.').collect::<Vec<_>>().as_slice() {
        [one] => *one,
        [_, payload, _] => *payload,
        _ => {
            return Err(IdentityError(
                "jwt payload header: not base64url or a JWT".into(),
            ))
        }
    };
    let bytes = base64_decode(segment)
        .ok_or_else(|| IdentityError("jwt payload header: invalid base64url".into()))?;
    let json: Value = serde_json::from_slice(&bytes)
        .map_err(|_| IdentityError("jwt payload header: not JSON".into()))?;
    if !json.is_object() {
        return Err(IdentityError(
            "jwt payload header: not a JSON object".into(),
        ));
    }
    Ok(json)
}

/// A claim by dotted path (`realm_access.roles`); an exact key with dots wins.
pub fn claim<'a>(payload: &'a Value, path: &str) -> Option<&'a Value> {
    if let Some(v) = payload.get(path) {
        return Some(v);
    }
    path.split('.').try_fold(payload, |v, k| v.get(k))
}

/// A roles-like claim as strings: a list of strings, or one string split on
/// spaces and commas (OAuth `scope` style).
pub fn claim_strings(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => s
            .split([' ', ','])
            .filter(|x| !x.is_empty())
            .map(str::to_owned)
            .collect(),
        Value::Array(items) => items
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
        _ => Vec::new(),
    }
}

// ------------------------------------------------------------------ guard

#[derive(Clone, Debug)]
pub struct ToolAcl {
    config: AclConfig,
}

impl ToolAcl {
    pub fn new(config: AclConfig) -> Result<Self, String> {
        config.validate()?;
        Ok(Self { config })
    }

    pub fn config(&self) -> &AclConfig {
        &self.config
    }

    /// Resolve the caller from request headers. `header(name)` looks a header
    /// up by lower-case name.
    pub fn resolve_identity<'h>(
        &self,
        header: impl Fn(&str) -> Option<&'h str>,
    ) -> Result<Identity, IdentityError> {
        let mut id = Identity::default();
        let get = |name: &str| header(&name.to_ascii_lowercase());
        for source in &self.config.identity_sources {
            match source {
                IdentitySource::Xfcc { header, element } => {
                    if let Some(v) = get(header) {
                        if let Some(p) = spiffe_from_xfcc(v, *element)? {
                            id.principals.push(p);
                        }
                    }
                }
                IdentitySource::JwtPayload {
                    header,
                    subject_claim,
                    roles_claim,
                } => {
                    if let Some(v) = get(header) {
                        let payload = decode_jwt_payload(v)?;
                        if let Some(sub) = claim(&payload, subject_claim).and_then(Value::as_str) {
                            if !sub.is_empty() {
                                id.principals.push(sub.to_owned());
                            }
                        }
                        if let Some(rc) = roles_claim {
                            if let Some(r) = claim(&payload, rc) {
                                id.roles.extend(claim_strings(r));
                            }
                        }
                    }
                }
                IdentitySource::Header {
                    header,
                    roles_header,
                } => {
                    if let Some(v) = get(header) {
                        let v = v.trim();
                        if !v.is_empty() {
                            id.principals.push(v.to_owned());
                        }
                    }
                    if let Some(rh) = roles_header {
                        if let Some(v) = get(rh) {
                            id.roles.extend(
                                v.split(',')
                                    .map(str::trim)
                                    .filter(|r| !r.is_empty())
                                    .map(str::to_owned),
                            );
                        }
                    }
                }
            }
        }
        id.principals.dedup();
        id.roles.sort();
        id.roles.dedup();
        Ok(id)
    }

    /// Convenience over captured `(name, value)` pairs (names any case).
    pub fn resolve_identity_from_pairs(
        &self,
        headers: &[(String, String)],
    ) -> Result<Identity, IdentityError> {
        self.resolve_identity(|name| {
            headers
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.as_str())
        })
    }

    fn applies(rule: &AclRule, id: &Identity) -> bool {
        if rule.principals.is_empty() && rule.roles.is_empty() {
            return true;
        }
        id.principals
            .iter()
            .any(|p| rule.principals.matches(p).is_some())
            || id.roles.iter().any(|r| rule.roles.matches(r).is_some())
    }

    /// May `identity` call `tool`? `Err` carries the finding to deny with.
    // The finding is the denial itself, built once per denied call: boxing it
    // would only move the allocation.
    #[allow(clippy::result_large_err)]
    pub fn allowed(&self, identity: &Identity, tool: &str) -> Result<(), Finding> {
        if !self.config.enabled {
            return Ok(());
        }
        let mut allowed_by = None;
        for (i, rule) in self.config.rules.iter().enumerate() {
            if !Self::applies(rule, identity) {
                continue;
            }
            // Deny rules see through look-alikes; allow rules stay exact.
            if let Some(g) = rule.deny.matches_name(tool) {
                return Err(self.finding(
                    "tool_denied",
                    identity,
                    tool,
                    format!("denied by rule {i} ({})", g.as_str()),
                ));
            }
            if allowed_by.is_none() && rule.allow.matches(tool).is_some() {
                allowed_by = Some(i);
            }
        }
        match (allowed_by, self.config.default_action) {
            (Some(_), _) | (None, DefaultAction::Allow) => Ok(()),
            (None, DefaultAction::Deny) => Err(self.finding(
                "tool_not_allowed",
                identity,
                tool,
                "no rule allows it".into(),
            )),
        }
    }

    fn finding(&self, code: &str, identity: &Identity, tool: &str, why: String) -> Finding {
        let who = identity.principal().unwrap_or("anonymous caller");
        Finding {
            guard: GUARD_ID.into(),
            code: code.into(),
            severity: Severity::High,
            score: 1.0,
            // The tool name is the caller's text: the message names the rule only.
            message: format!("the tool is not available to {who}: {why}"),
            location: Location {
                tool: Some(tool.to_owned()),
                ..Location::default()
            },
        }
    }

    /// The finding for an identity that could not be resolved, and whether the
    /// request must be denied (`failureMode`).
    pub fn identity_failure(&self, err: &IdentityError) -> (bool, Finding) {
        (
            self.config.failure_mode == FailureMode::Deny,
            Finding {
                guard: GUARD_ID.into(),
                code: "identity_invalid".into(),
                severity: Severity::High,
                score: 1.0,
                message: format!("caller identity could not be read: {err}"),
                location: Location::default(),
            },
        )
    }

    /// Keep only the tools `identity` may call; returns the names removed.
    pub fn retain_allowed(&self, identity: &Identity, tools: &mut Vec<Tool>) -> Vec<String> {
        if !self.config.enabled || !self.config.filter_tools_list {
            return Vec::new();
        }
        let mut removed = Vec::new();
        tools.retain(|t| {
            let ok = self.allowed(identity, &t.name).is_ok();
            if !ok {
                removed.push(t.name.clone());
            }
            ok
        });
        removed
    }

    /// Same on a raw `tools/list` result (`{"tools": [{"name": ...}, ...]}`);
    /// entries without a string name are dropped (they cannot be checked).
    pub fn retain_allowed_in_result(&self, identity: &Identity, result: &mut Value) -> Vec<String> {
        if !self.config.enabled || !self.config.filter_tools_list {
            return Vec::new();
        }
        let mut removed = Vec::new();
        if let Some(tools) = result.get_mut("tools").and_then(Value::as_array_mut) {
            tools.retain(|t| match t.get("name").and_then(Value::as_str) {
                Some(name) if self.allowed(identity, name).is_ok() => true,
                Some(name) => {
                    removed.push(name.to_owned());
                    false
                }
                None => false,
            });
        }
        removed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn acl(v: Value) -> ToolAcl {
        ToolAcl::new(serde_json::from_value(v).unwrap()).unwrap()
    }

    fn b64url(s: &str) -> String {
        let t = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut out = String::new();
        for c in s.as_bytes().chunks(3) {
            let n = c.iter().fold(0u32, |a, b| (a << 8) | u32::from(*b)) << (8 * (3 - c.len()));
            for k in 0..=c.len() {
                out.push(t[((n >> (18 - 6 * k)) & 63) as usize] as char);
            }
        }
        out
    }

    fn support() -> ToolAcl {
        acl(json!({
            "identitySources": [{"type": "xfcc"}, {"type": "jwtPayload", "rolesClaim": "realm_access.roles"}],
            "trustIdentityHeaders": true,
            "rules": [
                {"principals": ["spiffe://cluster.local/ns/*/sa/support"], "roles": ["support"],
                 "allow": ["search_*", "get_ticket"], "deny": ["delete_*"]},
                {"roles": ["admin"], "allow": ["*"]},
                {"deny": ["exec_shell"]}
            ],
            "defaultAction": "deny"
        }))
    }

    #[test]
    fn deny_beats_allow_and_default_denies() {
        let g = support();
        let admin = Identity {
            principals: vec![],
            roles: vec!["admin".into()],
        };
        assert!(g.allowed(&admin, "delete_user").is_ok());
        // The catch-all deny applies to everyone, admin included.
        assert_eq!(
            g.allowed(&admin, "exec_shell").unwrap_err().code,
            "tool_denied"
        );
        let sup = Identity {
            principals: vec!["spiffe://cluster.local/ns/prod/sa/support".into()],
            roles: vec![],
        };
        assert!(g.allowed(&sup, "search_docs").is_ok());
        let f = g.allowed(&sup, "delete_ticket").unwrap_err();
        assert_eq!(f.code, "tool_denied");
        assert_eq!(f.guard, "tool_acl");
        assert_eq!(
            g.allowed(&sup, "create_user").unwrap_err().code,
            "tool_not_allowed"
        );
        let anon = Identity::default();
        assert_eq!(
            g.allowed(&anon, "search_docs").unwrap_err().code,
            "tool_not_allowed"
        );
        // Both admin and support: a deny from the support rule still wins.
        let both = Identity {
            principals: sup.principals.clone(),
            roles: vec!["admin".into()],
        };
        assert_eq!(
            g.allowed(&both, "delete_user").unwrap_err().code,
            "tool_denied"
        );
    }

    #[test]
    fn default_allow() {
        let g = acl(json!({"rules": [{"deny": ["rm_*"]}], "defaultAction": "allow"}));
        assert!(g.allowed(&Identity::default(), "anything").is_ok());
        assert!(g.allowed(&Identity::default(), "rm_rf").is_err());
    }

    #[test]
    fn xfcc_elements() {
        let v = r#"By=spiffe://cluster.local/ns/a/sa/server;Hash=abc;Subject="CN=x,O=y";URI=spiffe://cluster.local/ns/edge/sa/gw,By=spiffe://cluster.local/ns/a/sa/server;Hash=def;URI=spiffe://cluster.local/ns/prod/sa/support"#;
        assert_eq!(
            spiffe_from_xfcc(v, XfccElement::Last).unwrap().as_deref(),
            Some("spiffe://cluster.local/ns/prod/sa/support")
        );
        assert_eq!(
            spiffe_from_xfcc(v, XfccElement::First).unwrap().as_deref(),
            Some("spiffe://cluster.local/ns/edge/sa/gw")
        );
        assert_eq!(
            spiffe_from_xfcc("Hash=abc;DNS=x.example", XfccElement::Last).unwrap(),
            None
        );
        assert!(spiffe_from_xfcc("garbage", XfccElement::Last).is_err());
        assert!(spiffe_from_xfcc("URI=spiffe://", XfccElement::Last).is_err());
        assert!(spiffe_from_xfcc("", XfccElement::Last).is_err());
    }

    #[test]
    fn bearer_tokens() {
        assert_eq!(bearer_token("Bearer abc"), Some("abc"));
        assert_eq!(bearer_token("bearer  abc "), Some("abc"));
        assert_eq!(bearer_token("BEARER abc"), Some("abc"));
        assert_eq!(bearer_token("Bearerabc"), None);
        assert_eq!(bearer_token("Bearer "), None);
        assert_eq!(bearer_token("Basic abc"), None);
        assert_eq!(bearer_token("abc"), None);
        assert_eq!(bearer_token("Béarer x"), None);
    }

    #[test]
    fn jwt_payload_claims() {
        let payload = b64url(
            r#"{"sub":"alice","realm_access":{"roles":["support","viewer"]},"scope":"a b"}"#,
        );
        let g = support();
        let headers = vec![("X-JWT-Payload".to_string(), payload.clone())];
        let id = g.resolve_identity_from_pairs(&headers).unwrap();
        assert_eq!(id.principals, vec!["alice"]);
        assert_eq!(id.roles, vec!["support", "viewer"]);
        assert!(g.allowed(&id, "search_kb").is_ok());
        // A whole JWT works too; the signature is Envoy's business.
        let jwt = format!("{}.{}.sig", b64url(r#"{"alg":"RS256"}"#), payload);
        assert_eq!(decode_jwt_payload(&jwt).unwrap()["sub"], "alice");
        assert!(decode_jwt_payload("%%%").is_err());
        assert!(decode_jwt_payload(&b64url("[1,2]")).is_err());
        // Malformed header: an error, not an anonymous caller.
        let bad = vec![("x-jwt-payload".to_string(), "@@".to_string())];
        let err = g.resolve_identity_from_pairs(&bad).unwrap_err();
        let (deny, f) = g.identity_failure(&err);
        assert!(deny);
        assert_eq!(f.code, "identity_invalid");
    }

    #[test]
    fn plain_header_source() {
        let g = acl(json!({
            "identitySources": [{"type": "header", "header": "x-user", "rolesHeader": "x-roles"}],
            "trustIdentityHeaders": true,
            "rules": [{"roles": ["ops"], "allow": ["restart_*"]}]
        }));
        let id = g
            .resolve_identity_from_pairs(&[
                ("x-user".into(), "bob".into()),
                ("x-roles".into(), "dev, ops".into()),
            ])
            .unwrap();
        assert_eq!(id.principals, vec!["bob"]);
        assert!(g.allowed(&id, "restart_pod").is_ok());
    }

    #[test]
    fn tools_list_filter() {
        let g = support();
        let sup = Identity {
            principals: vec!["spiffe://cluster.local/ns/x/sa/support".into()],
            roles: vec![],
        };
        let mut result = json!({"tools": [
            {"name": "search_docs"}, {"name": "delete_ticket"}, {"name": "get_ticket"}, {"nom": "x"}
        ]});
        let removed = g.retain_allowed_in_result(&sup, &mut result);
        assert_eq!(removed, vec!["delete_ticket"]);
        assert_eq!(
            result,
            json!({"tools": [{"name": "search_docs"}, {"name": "get_ticket"}]})
        );
        let mut tools = vec![
            Tool {
                name: "search_a".into(),
                ..Tool::default()
            },
            Tool {
                name: "exec_shell".into(),
                ..Tool::default()
            },
        ];
        assert_eq!(g.retain_allowed(&sup, &mut tools), vec!["exec_shell"]);
        assert_eq!(tools.len(), 1);
    }

    proptest::proptest! {
        #[test]
        fn identity_parsers_never_panic(s in "\\PC{0,200}") {
            let _ = spiffe_from_xfcc(&s, XfccElement::Last);
            let _ = spiffe_from_xfcc(&s, XfccElement::First);
            let _ = decode_jwt_payload(&s);
            let g = support();
            let _ = g.resolve_identity_from_pairs(&[
                ("x-forwarded-client-cert".into(), s.clone()),
                ("x-jwt-payload".into(), s.clone()),
            ]);
        }

        #[test]
        fn xfcc_last_element_wins(ns in "[a-z]{1,8}", sa in "[a-z]{1,8}") {
            let want = format!("spiffe://cluster.local/ns/{ns}/sa/{sa}");
            let v = format!("By=spiffe://x/y;URI=spiffe://cluster.local/ns/edge/sa/gw,Hash=\"a,b\";URI={want}");
            proptest::prop_assert_eq!(spiffe_from_xfcc(&v, XfccElement::Last).unwrap(), Some(want));
        }
    }

    #[test]
    fn config_validation() {
        assert!(serde_json::from_value::<AclConfig>(json!({"rulez": []})).is_err());
        assert!(serde_json::from_value::<AclConfig>(
            json!({"identitySources": [{"type": "xfcc", "hedaer": "x"}]})
        )
        .is_err());
        assert!(serde_json::from_value::<AclConfig>(json!({"rules": [{"allow": [""]}]})).is_err());
        let c: AclConfig =
            serde_json::from_value(json!({"rules": [{"principals": ["a"]}]})).unwrap();
        assert!(c.validate().is_err());
        let c: AclConfig = serde_json::from_value(
            json!({"identitySources": [{"type": "header", "header": "bad header"}]}),
        )
        .unwrap();
        assert!(c.validate().is_err());
        // Header sources need the operator's word that Envoy strips client copies.
        for source in [
            json!({"type": "header", "header": "x-user"}),
            json!({"type": "jwtPayload"}),
        ] {
            let mut c: AclConfig =
                serde_json::from_value(json!({"identitySources": [source]})).unwrap();
            let err = c.validate().unwrap_err();
            assert!(err.contains("trustIdentityHeaders"), "{err}");
            c.trust_identity_headers = true;
            assert!(c.validate().is_ok());
        }
        let c = AclConfig::default();
        assert!(!c.trust_identity_headers);
        assert_eq!(c.default_action, DefaultAction::Deny);
        assert!(c.validate().is_ok());
    }
}
