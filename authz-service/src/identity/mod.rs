//! Who is calling: resolve the identity facts of a request to an agent principal.
//!
//! Sources, strongest first (the first one present decides):
//! 1. `Authorization: Bearer wdn1...`: a Warden agent token ([`crate::identity::token`]).
//! 2. `Authorization: Bearer <JWT>`, when a JWKS file is configured: verified here
//!    (RS*, PS*, ES*, EdDSA; issuer and audience checked).
//! 3. The JWT payload Envoy's `jwt_authn` verified and forwarded
//!    (`forward_payload_header`), when `trustForwardedPayload` is set. Only safe
//!    when every route requires a JWT, so a client cannot send the header itself.
//! 4. The mTLS peer's SPIFFE id: the ext_authz `source.principal`, the filter's
//!    `spiffe_id`, or the last element of `x-forwarded-client-cert` (Envoy must
//!    sanitize client-sent XFCC: `forward_client_cert_details: SANITIZE_SET`).
//! 5. A plain identity header, only when `trustHeaderIdentity` is set (it proves
//!    nothing; for development and trusted meshes).
//! 6. Otherwise the caller is `anonymous`.
//!
//! A bearer token that is neither a Warden token nor (with JWKS configured) a JWT
//! is left alone: it belongs to the MCP server's own OAuth. A Warden token or JWT
//! that fails verification is an error, never a fall-back to a weaker source.

pub mod sessions;
pub mod token;

use std::collections::HashMap;

use jsonwebtoken::jwk::{Jwk, JwkSet};
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde::Serialize;
use serde_json::Value;

use self::token::{TokenError, Verifier};

/// The id given to callers without any identity.
pub const ANONYMOUS: &str = "anonymous";
/// Longest principal id accepted.
pub const MAX_PRINCIPAL_LEN: usize = 512;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    AgentToken,
    Jwt,
    ForwardedJwt,
    Spiffe,
    Header,
    Anonymous,
}

impl Source {
    pub fn name(self) -> &'static str {
        match self {
            Self::AgentToken => "agent_token",
            Self::Jwt => "jwt",
            Self::ForwardedJwt => "forwarded_jwt",
            Self::Spiffe => "spiffe",
            Self::Header => "header",
            Self::Anonymous => "anonymous",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Principal {
    pub id: String,
    /// Roles the credential itself carries (token or JWT claims).
    pub roles: Vec<String>,
    pub source: Source,
    /// When the credential stops being valid (Unix seconds), for credentials
    /// that expire: an answer about this caller must not outlive it.
    pub expires_at: Option<u64>,
}

impl Principal {
    fn expiring(mut self, at: Option<u64>) -> Self {
        self.expires_at = at;
        self
    }

    pub fn anonymous() -> Self {
        Self {
            id: ANONYMOUS.to_owned(),
            roles: Vec::new(),
            source: Source::Anonymous,
            expires_at: None,
        }
    }

    pub fn is_anonymous(&self) -> bool {
        self.source == Source::Anonymous
    }
}

/// Identity facts as they arrive (filter `Identity` message or ext_authz headers).
#[derive(Clone, Copy, Debug, Default)]
pub struct IdentityFacts<'a> {
    pub spiffe_id: Option<&'a str>,
    pub xfcc: Option<&'a str>,
    pub jwt_payload: Option<&'a str>,
    pub header_identity: Option<&'a str>,
    /// The bearer token (without `Bearer `).
    pub bearer_token: Option<&'a str>,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum IdentityError {
    #[error("{0}")]
    Token(#[from] TokenError),
    #[error("JWT rejected: {0}")]
    Jwt(String),
    #[error("forwarded JWT payload is unreadable: {0}")]
    ForwardedJwt(String),
    #[error("SPIFFE id {0:?} is not in a trusted domain")]
    UntrustedSpiffe(String),
    #[error("identity {0:?} is not a valid principal id")]
    BadPrincipal(String),
}

impl IdentityError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::Token(e) => e.code(),
            Self::Jwt(_) | Self::ForwardedJwt(_) => "jwt_invalid",
            Self::UntrustedSpiffe(_) | Self::BadPrincipal(_) => "identity_rejected",
        }
    }
}

/// JWT settings, resolved from the config.
#[derive(Clone, Debug)]
pub struct JwtSettings {
    /// Keys by `kid` (a key without `kid` is stored under "").
    pub keys: HashMap<String, (Jwk, DecodingKey)>,
    pub issuers: Vec<String>,
    pub audiences: Vec<String>,
    pub agent_claim: String,
    pub roles_claim: String,
    pub trust_forwarded_payload: bool,
    pub leeway: u64,
}

impl JwtSettings {
    /// Parse a JWKS document.
    pub fn keys_from_jwks(text: &str) -> Result<HashMap<String, (Jwk, DecodingKey)>, String> {
        let set: JwkSet = serde_json::from_str(text).map_err(|e| format!("invalid JWKS: {e}"))?;
        let mut keys = HashMap::new();
        for jwk in set.keys {
            let kid = jwk.common.key_id.clone().unwrap_or_default();
            let key = DecodingKey::from_jwk(&jwk).map_err(|e| format!("JWKS key {kid:?}: {e}"))?;
            if matches!(key.family(), jsonwebtoken::AlgorithmFamily::Hmac) {
                return Err(format!(
                    "JWKS key {kid:?} is a symmetric (oct) key; only public keys are accepted"
                ));
            }
            keys.insert(kid, (jwk, key));
        }
        if keys.is_empty() {
            return Err("JWKS has no keys".into());
        }
        Ok(keys)
    }
}

#[derive(Clone, Debug, Default)]
pub struct Resolver {
    pub tokens: Verifier,
    pub jwt: Option<JwtSettings>,
    pub trust_header_identity: bool,
    /// When non-empty, SPIFFE ids must be in one of these trust domains.
    pub spiffe_trust_domains: Vec<String>,
}

impl Resolver {
    /// Resolve at `now` (Unix seconds).
    pub fn resolve(&self, facts: &IdentityFacts<'_>, now: u64) -> Result<Principal, IdentityError> {
        if let Some(bearer) = facts.bearer_token.map(str::trim).filter(|t| !t.is_empty()) {
            if bearer.starts_with(token::PREFIX) && bearer[token::PREFIX.len()..].starts_with('.') {
                let claims = self.tokens.verify(bearer, now)?;
                return principal(claims.sub, claims.roles, Source::AgentToken)
                    .map(|p| p.expiring(Some(claims.exp)));
            }
            if let Some(jwt) = &self.jwt {
                if !jwt.keys.is_empty() && bearer.split('.').count() == 3 {
                    return self.verify_jwt(jwt, bearer);
                }
            }
        }
        if let Some(jwt) = &self.jwt {
            if jwt.trust_forwarded_payload {
                if let Some(payload) = facts.jwt_payload.filter(|p| !p.is_empty()) {
                    let claims = decode_forwarded(payload)?;
                    let (id, roles) =
                        claims_identity(jwt, &claims).map_err(IdentityError::ForwardedJwt)?;
                    return principal(id, roles, Source::ForwardedJwt)
                        .map(|p| p.expiring(claims.get("exp").and_then(Value::as_u64)));
                }
            }
        }
        let spiffe = facts
            .spiffe_id
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .or_else(|| facts.xfcc.and_then(spiffe_from_xfcc));
        if let Some(id) = spiffe {
            if !id.starts_with("spiffe://") {
                return Err(IdentityError::BadPrincipal(id));
            }
            if !self.spiffe_trust_domains.is_empty() {
                let domain = id["spiffe://".len()..].split('/').next().unwrap_or("");
                if !self.spiffe_trust_domains.iter().any(|d| d == domain) {
                    return Err(IdentityError::UntrustedSpiffe(id));
                }
            }
            return principal(id, Vec::new(), Source::Spiffe);
        }
        if self.trust_header_identity {
            if let Some(h) = facts
                .header_identity
                .map(str::trim)
                .filter(|h| !h.is_empty())
            {
                return principal(h.to_owned(), Vec::new(), Source::Header);
            }
        }
        Ok(Principal::anonymous())
    }

    fn verify_jwt(&self, jwt: &JwtSettings, token: &str) -> Result<Principal, IdentityError> {
        let bad = |e: String| IdentityError::Jwt(e);
        let header = jsonwebtoken::decode_header(token).map_err(|e| bad(e.to_string()))?;
        let kid = header.kid.clone().unwrap_or_default();
        let (jwk, key) = jwt
            .keys
            .get(&kid)
            .or_else(|| {
                // A token without kid may use the only key there is.
                (kid.is_empty() && jwt.keys.len() == 1)
                    .then(|| jwt.keys.values().next())
                    .flatten()
            })
            .ok_or_else(|| bad(format!("unknown key id {kid:?}")))?;
        if let Some(alg) = jwk.common.key_algorithm {
            if alg.to_string() != format!("{:?}", header.alg) {
                return Err(bad(format!(
                    "algorithm {:?} does not match the key's {alg}",
                    header.alg
                )));
            }
        }
        if matches!(
            header.alg,
            Algorithm::HS256 | Algorithm::HS384 | Algorithm::HS512
        ) {
            return Err(bad("symmetric algorithms are not accepted".into()));
        }
        let mut validation = Validation::new(header.alg);
        validation.leeway = jwt.leeway;
        validation.set_required_spec_claims(&["exp", "iss", "aud"]);
        validation.set_issuer(&jwt.issuers);
        validation.set_audience(&jwt.audiences);
        let data = jsonwebtoken::decode::<Value>(token, key, &validation)
            .map_err(|e| bad(e.to_string()))?;
        let (id, roles) = claims_identity(jwt, &data.claims).map_err(bad)?;
        principal(id, roles, Source::Jwt)
            .map(|p| p.expiring(data.claims.get("exp").and_then(Value::as_u64)))
    }
}

fn principal(id: String, roles: Vec<String>, source: Source) -> Result<Principal, IdentityError> {
    if id.is_empty() || id.len() > MAX_PRINCIPAL_LEN || id.chars().any(char::is_control) {
        return Err(IdentityError::BadPrincipal(id));
    }
    Ok(Principal {
        id,
        roles,
        source,
        expires_at: None,
    })
}

/// The agent id and roles from JWT claims, read by the core as the filter's ACL
/// reads them: dotted claim paths (`realm_access.roles`), roles as a list of
/// strings or one string split on spaces and commas (OAuth `scope` style).
fn claims_identity(jwt: &JwtSettings, claims: &Value) -> Result<(String, Vec<String>), String> {
    use warden_core::guards::acl::{claim, claim_strings};
    let id = claim(claims, &jwt.agent_claim)
        .and_then(Value::as_str)
        .ok_or_else(|| format!("claim {:?} is missing or not a string", jwt.agent_claim))?
        .to_owned();
    let roles = match claim(claims, &jwt.roles_claim) {
        None | Some(Value::Null) => Vec::new(),
        Some(v @ (Value::String(_) | Value::Array(_))) => claim_strings(v),
        Some(_) => {
            return Err(format!(
                "claim {:?} must be a list or a string",
                jwt.roles_claim
            ))
        }
    };
    Ok((id, roles))
}

/// Envoy's `forward_payload_header`: the core's decoder (base64url, padded or
/// not, or a whole compact JWT).
fn decode_forwarded(payload: &str) -> Result<Value, IdentityError> {
    warden_core::guards::acl::decode_jwt_payload(payload)
        .map_err(|e| IdentityError::ForwardedJwt(e.to_string()))
}

/// The SPIFFE URI of the closest client in an `x-forwarded-client-cert` header
/// (Envoy appends one element per hop; the last is the peer of this proxy). A
/// header that cannot be read yields no principal.
pub fn spiffe_from_xfcc(xfcc: &str) -> Option<String> {
    warden_core::guards::acl::spiffe_from_xfcc(xfcc, warden_core::guards::acl::XfccElement::Last)
        .ok()
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::identity::token::{Claims, SigningMaterial};
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine as _;
    use ed25519_dalek::SigningKey;

    const NOW: u64 = 1_700_000_000;

    fn resolver() -> (Resolver, SigningKey) {
        let key = SigningKey::from_bytes(&[7; 32]);
        let mut tokens = Verifier::new(30, None);
        tokens.add_ed25519(key.verifying_key());
        (
            Resolver {
                tokens,
                ..Resolver::default()
            },
            key,
        )
    }

    fn token(key: &SigningKey, sub: &str, exp: u64) -> String {
        SigningMaterial::Ed25519(key.clone()).sign(&Claims {
            sub: sub.into(),
            roles: vec!["support-agent".into()],
            aud: token::DEFAULT_AUDIENCE.into(),
            iat: NOW,
            exp,
            nbf: None,
            jti: None,
        })
    }

    #[test]
    fn agent_token_wins_over_weaker_sources() {
        let (r, key) = resolver();
        let t = token(&key, "support-1", NOW + 60);
        let facts = IdentityFacts {
            bearer_token: Some(&t),
            spiffe_id: Some("spiffe://cluster.local/ns/a/sa/b"),
            header_identity: Some("someone-else"),
            ..Default::default()
        };
        let p = r.resolve(&facts, NOW).unwrap();
        assert_eq!(p.id, "support-1");
        assert_eq!(p.source, Source::AgentToken);
        assert_eq!(p.roles, vec!["support-agent"]);
    }

    #[test]
    fn a_bad_token_is_an_error_not_a_fallback() {
        let (r, key) = resolver();
        let t = token(&key, "support-1", NOW + 60);
        let facts = IdentityFacts {
            bearer_token: Some(&t),
            spiffe_id: Some("spiffe://cluster.local/ns/a/sa/b"),
            ..Default::default()
        };
        let e = r.resolve(&facts, NOW + 200).unwrap_err();
        assert_eq!(e.code(), "token_expired");
    }

    #[test]
    fn other_bearers_belong_to_the_server() {
        let (r, _) = resolver();
        let facts = IdentityFacts {
            bearer_token: Some("opaque-oauth-token"),
            ..Default::default()
        };
        assert!(r.resolve(&facts, NOW).unwrap().is_anonymous());
    }

    #[test]
    fn spiffe_from_fields_and_xfcc() {
        let (mut r, _) = resolver();
        let p = r
            .resolve(
                &IdentityFacts {
                    xfcc: Some("By=spiffe://x;URI=spiffe://cluster.local/ns/a/sa/x,By=spiffe://y;Hash=1;URI=spiffe://cluster.local/ns/b/sa/agent"),
                    ..Default::default()
                },
                NOW,
            )
            .unwrap();
        assert_eq!(p.id, "spiffe://cluster.local/ns/b/sa/agent");
        assert_eq!(p.source, Source::Spiffe);
        r.spiffe_trust_domains = vec!["prod.example".into()];
        let e = r
            .resolve(
                &IdentityFacts {
                    spiffe_id: Some("spiffe://cluster.local/ns/a/sa/b"),
                    ..Default::default()
                },
                NOW,
            )
            .unwrap_err();
        assert_eq!(e.code(), "identity_rejected");
    }

    #[test]
    fn header_identity_only_when_trusted() {
        let (mut r, _) = resolver();
        let facts = IdentityFacts {
            header_identity: Some("agent-7"),
            ..Default::default()
        };
        assert!(r.resolve(&facts, NOW).unwrap().is_anonymous());
        r.trust_header_identity = true;
        assert_eq!(r.resolve(&facts, NOW).unwrap().id, "agent-7");
    }

    fn jwt_settings(keys: HashMap<String, (Jwk, DecodingKey)>) -> JwtSettings {
        JwtSettings {
            keys,
            issuers: vec!["https://issuer.example".into()],
            audiences: vec!["warden".into()],
            agent_claim: "sub".into(),
            roles_claim: "roles".into(),
            trust_forwarded_payload: true,
            leeway: 30,
        }
    }

    #[test]
    fn forwarded_jwt_payload() {
        let (mut r, _) = resolver();
        r.jwt = Some(jwt_settings(HashMap::new()));
        let payload = URL_SAFE_NO_PAD.encode(br#"{"sub":"agent-9","roles":"a b"}"#);
        let p = r
            .resolve(
                &IdentityFacts {
                    jwt_payload: Some(&payload),
                    ..Default::default()
                },
                NOW,
            )
            .unwrap();
        assert_eq!((p.id.as_str(), p.source), ("agent-9", Source::ForwardedJwt));
        assert_eq!(p.roles, vec!["a", "b"]);
        let e = r
            .resolve(
                &IdentityFacts {
                    jwt_payload: Some("%%%"),
                    ..Default::default()
                },
                NOW,
            )
            .unwrap_err();
        assert_eq!(e.code(), "jwt_invalid");
    }

    #[test]
    fn jwks_verified_jwt() {
        // An Ed25519 JWK and a JWT signed with it (EdDSA), built by hand.
        let sk = SigningKey::from_bytes(&[9; 32]);
        let x = URL_SAFE_NO_PAD.encode(sk.verifying_key().as_bytes());
        let jwks = format!(
            r#"{{"keys":[{{"kty":"OKP","crv":"Ed25519","x":"{x}","kid":"k1","alg":"EdDSA","use":"sig"}}]}}"#
        );
        let keys = JwtSettings::keys_from_jwks(&jwks).unwrap();
        let (mut r, _) = resolver();
        r.jwt = Some(jwt_settings(keys));
        let now = jsonwebtoken::get_current_timestamp();
        let make = |claims: Value| {
            let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"EdDSA","typ":"JWT","kid":"k1"}"#);
            let body = URL_SAFE_NO_PAD.encode(claims.to_string());
            let msg = format!("{header}.{body}");
            use ed25519_dalek::Signer as _;
            let sig = URL_SAFE_NO_PAD.encode(sk.sign(msg.as_bytes()).to_bytes());
            format!("{msg}.{sig}")
        };
        let good = make(serde_json::json!({
            "sub": "agent-jwt", "roles": ["support-agent"], "iss": "https://issuer.example",
            "aud": "warden", "exp": now + 300
        }));
        let p = r
            .resolve(
                &IdentityFacts {
                    bearer_token: Some(&good),
                    ..Default::default()
                },
                now,
            )
            .unwrap();
        assert_eq!((p.id.as_str(), p.source), ("agent-jwt", Source::Jwt));
        for bad in [
            serde_json::json!({"sub": "a", "iss": "https://evil", "aud": "warden", "exp": now + 300}),
            serde_json::json!({"sub": "a", "iss": "https://issuer.example", "aud": "other", "exp": now + 300}),
            serde_json::json!({"sub": "a", "iss": "https://issuer.example", "aud": "warden", "exp": now - 300}),
        ] {
            let t = make(bad.clone());
            let e = r
                .resolve(
                    &IdentityFacts {
                        bearer_token: Some(&t),
                        ..Default::default()
                    },
                    now,
                )
                .unwrap_err();
            assert_eq!(e.code(), "jwt_invalid", "{bad}");
        }
        // Tampered payload.
        let mut parts: Vec<String> = good.split('.').map(str::to_owned).collect();
        parts[1] = URL_SAFE_NO_PAD.encode(
            serde_json::json!({"sub": "root", "iss": "https://issuer.example", "aud": "warden", "exp": now + 300}).to_string(),
        );
        let tampered = parts.join(".");
        assert!(r
            .resolve(
                &IdentityFacts {
                    bearer_token: Some(&tampered),
                    ..Default::default()
                },
                now,
            )
            .is_err());
        // Symmetric keys are refused at load.
        assert!(JwtSettings::keys_from_jwks(
            r#"{"keys":[{"kty":"oct","k":"c2VjcmV0","kid":"h"}]}"#
        )
        .is_err());
    }
}
