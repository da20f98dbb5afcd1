//! Warden agent tokens: short, signed statements "this caller is agent X with
//! roles R until time T".
//!
//! ```text
//! wdn1.<scheme>.<kid>.<base64url(claims JSON)>.<base64url(signature)>
//! ```
//!
//! - `scheme` is `ed25519` (production: the sidecar holds only public keys) or
//!   `hs256` (HMAC-SHA256, for development, accepted only when enabled).
//! - The signature covers everything before the last dot, the scheme included,
//!   so a token cannot be re-labelled; and each key is bound to one scheme, so an
//!   Ed25519 public key can never be used as an HMAC secret (the classic JWT
//!   algorithm-confusion downgrade).
//! - `kid` names the key (the first 8 bytes of SHA-256 of the public key or
//!   secret, hex), so keys can be rotated by configuring old and new side by side.
//! - Claims: `sub` (agent id), `roles`, `aud`, `iat`, `exp` (required), optional
//!   `nbf` and `jti`; unknown claims are rejected. Times are Unix seconds; the
//!   verifier allows a bounded clock skew.
//! - `aud` names the Warden deployment the token is for (default `warden`): a
//!   token minted for one deployment is refused by another that trusts the same
//!   key. Lifetimes (`exp - iat`) are bounded (`maxTtlSeconds`, default a day).
//! - A token is a credential for Warden only: the filter removes it before the
//!   request reaches the MCP server (`warden_core::credentials`).

use std::collections::HashMap;
use std::path::Path;

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine as _;
use ed25519_dalek::{Signer as _, SigningKey, VerifyingKey};
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub const PREFIX: &str = "wdn1";
/// Longest token accepted (a token is a few hundred bytes).
pub const MAX_TOKEN_BYTES: usize = 8 * 1024;
/// Upper bound on the configurable clock skew.
pub const MAX_CLOCK_SKEW_SECONDS: u64 = 300;
/// The audience tokens are minted for and verified against unless configured.
pub const DEFAULT_AUDIENCE: &str = "warden";
/// The longest token lifetime accepted unless configured (one day).
pub const DEFAULT_MAX_TTL_SECONDS: u64 = 86_400;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scheme {
    Ed25519,
    Hs256,
}

impl Scheme {
    pub fn name(self) -> &'static str {
        match self {
            Self::Ed25519 => "ed25519",
            Self::Hs256 => "hs256",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        match s {
            "ed25519" => Some(Self::Ed25519),
            "hs256" => Some(Self::Hs256),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claims {
    pub sub: String,
    #[serde(default)]
    pub roles: Vec<String>,
    /// The Warden deployment the token is for.
    pub aud: String,
    pub iat: u64,
    pub exp: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nbf: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jti: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("malformed agent token")]
    Malformed,
    #[error("agent token scheme {0:?} is not supported")]
    UnknownScheme(String),
    #[error("agent token scheme {0} is not accepted by this sidecar")]
    SchemeNotAllowed(&'static str),
    #[error("agent token signed by unknown key {0:?}")]
    UnknownKey(String),
    #[error("agent token signature is invalid")]
    BadSignature,
    #[error("agent token claims are invalid: {0}")]
    BadClaims(String),
    #[error("agent token expired")]
    Expired,
    #[error("agent token is not valid yet")]
    NotYetValid,
    #[error("agent token lifetime exceeds the allowed maximum")]
    TooLong,
    #[error("agent token was issued for another audience")]
    WrongAudience,
}

impl TokenError {
    /// Stable snake_case code for replies and incidents.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Expired => "token_expired",
            Self::WrongAudience => "token_audience",
            Self::TooLong => "token_lifetime",
            _ => "token_invalid",
        }
    }
}

/// Key id: first 8 bytes of SHA-256 of the key material, hex.
pub fn key_id(material: &[u8]) -> String {
    let digest = Sha256::digest(material);
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// A key that can mint tokens (`warden token`).
pub enum SigningMaterial {
    Ed25519(SigningKey),
    Hmac(Vec<u8>),
}

impl SigningMaterial {
    pub fn scheme(&self) -> Scheme {
        match self {
            Self::Ed25519(_) => Scheme::Ed25519,
            Self::Hmac(_) => Scheme::Hs256,
        }
    }

    pub fn kid(&self) -> String {
        match self {
            Self::Ed25519(k) => key_id(k.verifying_key().as_bytes()),
            Self::Hmac(s) => key_id(s),
        }
    }

    /// Sign claims into a token.
    pub fn sign(&self, claims: &Claims) -> String {
        let payload = URL_SAFE_NO_PAD.encode(
            serde_json::to_vec(claims).unwrap_or_default(), // a struct of strings and numbers
        );
        let message = format!("{PREFIX}.{}.{}.{payload}", self.scheme().name(), self.kid());
        let sig = match self {
            Self::Ed25519(k) => k.sign(message.as_bytes()).to_bytes().to_vec(),
            Self::Hmac(secret) => hmac_sha256(secret, message.as_bytes()),
        };
        format!("{message}.{}", URL_SAFE_NO_PAD.encode(sig))
    }
}

fn hmac_sha256(secret: &[u8], message: &[u8]) -> Vec<u8> {
    match Hmac::<Sha256>::new_from_slice(secret) {
        Ok(mut mac) => {
            mac.update(message);
            mac.finalize().into_bytes().to_vec()
        }
        // HMAC takes keys of any length; this arm is never taken.
        Err(_) => Vec::new(),
    }
}

/// The public halves the sidecar verifies with.
#[derive(Clone, Default)]
pub struct Verifier {
    ed25519: HashMap<String, VerifyingKey>,
    /// (kid, secret); only consulted when HMAC tokens are allowed.
    hmac: Option<(String, Vec<u8>)>,
    allow_hmac: bool,
    skew: u64,
    max_ttl: Option<u64>,
    /// Accepted `aud` values; empty accepts no token.
    audiences: Vec<String>,
    /// Tokens whose signature already verified, with their claims: agents send
    /// the same token with every call, and an Ed25519 verification costs tens of
    /// microseconds. Keyed by the whole token, so only an identical token hits;
    /// time checks run on every use.
    cache: std::sync::Arc<std::sync::Mutex<HashMap<Box<str>, Claims>>>,
}

/// Most verified tokens remembered (the cache is cleared when full).
pub const VERIFIED_CACHE_SIZE: usize = 10_000;

impl std::fmt::Debug for Verifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Verifier")
            .field("ed25519_keys", &self.ed25519.keys().collect::<Vec<_>>())
            .field("hmac", &self.hmac.as_ref().map(|(kid, _)| kid))
            .field("allow_hmac", &self.allow_hmac)
            .field("skew", &self.skew)
            .field("audiences", &self.audiences)
            .finish()
    }
}

impl Verifier {
    /// Accepting `aud` [`DEFAULT_AUDIENCE`] (see [`Verifier::set_audiences`]).
    pub fn new(skew_seconds: u64, max_ttl_seconds: Option<u64>) -> Self {
        Self {
            skew: skew_seconds.min(MAX_CLOCK_SKEW_SECONDS),
            max_ttl: max_ttl_seconds,
            audiences: vec![DEFAULT_AUDIENCE.to_owned()],
            ..Self::default()
        }
    }

    pub fn set_audiences(&mut self, audiences: Vec<String>) {
        self.audiences = audiences;
    }

    pub fn add_ed25519(&mut self, key: VerifyingKey) -> String {
        let kid = key_id(key.as_bytes());
        self.ed25519.insert(kid.clone(), key);
        kid
    }

    /// Accept HS256 tokens made with `secret` (development only).
    pub fn allow_hmac(&mut self, secret: Vec<u8>) -> String {
        let kid = key_id(&secret);
        self.hmac = Some((kid.clone(), secret));
        self.allow_hmac = true;
        kid
    }

    pub fn is_empty(&self) -> bool {
        self.ed25519.is_empty() && self.hmac.is_none()
    }

    /// The same keys and settings with an empty cache of its own (for
    /// measurements).
    pub fn clone_without_cache(&self) -> Self {
        Self {
            cache: Default::default(),
            ..self.clone()
        }
    }

    /// Verify a token at `now` (Unix seconds) and return its claims.
    pub fn verify(&self, token: &str, now: u64) -> Result<Claims, TokenError> {
        let cached = self.cache.lock().ok().and_then(|c| c.get(token).cloned());
        let claims = match cached {
            Some(c) => c,
            None => {
                let c = self.verify_signature(token)?;
                if let Ok(mut cache) = self.cache.lock() {
                    if cache.len() >= VERIFIED_CACHE_SIZE {
                        cache.clear();
                    }
                    cache.insert(token.into(), c.clone());
                }
                c
            }
        };
        // Checked on every use, cached or not.
        if !self.audiences.contains(&claims.aud) {
            return Err(TokenError::WrongAudience);
        }
        self.check_times(&claims, now)?;
        Ok(claims)
    }

    /// Signature, scheme, key and claim syntax; no time checks.
    fn verify_signature(&self, token: &str) -> Result<Claims, TokenError> {
        if token.len() > MAX_TOKEN_BYTES {
            return Err(TokenError::Malformed);
        }
        let (message, sig_b64) = token.rsplit_once('.').ok_or(TokenError::Malformed)?;
        let mut parts = message.split('.');
        let (Some(prefix), Some(scheme), Some(kid), Some(payload), None) = (
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
        ) else {
            return Err(TokenError::Malformed);
        };
        if prefix != PREFIX {
            return Err(TokenError::Malformed);
        }
        let scheme =
            Scheme::parse(scheme).ok_or_else(|| TokenError::UnknownScheme(scheme.to_owned()))?;
        let sig = URL_SAFE_NO_PAD
            .decode(sig_b64)
            .map_err(|_| TokenError::Malformed)?;
        match scheme {
            Scheme::Ed25519 => {
                let key = self
                    .ed25519
                    .get(kid)
                    .ok_or_else(|| TokenError::UnknownKey(kid.to_owned()))?;
                let sig = ed25519_dalek::Signature::from_slice(&sig)
                    .map_err(|_| TokenError::BadSignature)?;
                key.verify_strict(message.as_bytes(), &sig)
                    .map_err(|_| TokenError::BadSignature)?;
            }
            Scheme::Hs256 => {
                if !self.allow_hmac {
                    return Err(TokenError::SchemeNotAllowed("hs256"));
                }
                let Some((hkid, secret)) = &self.hmac else {
                    return Err(TokenError::SchemeNotAllowed("hs256"));
                };
                if hkid != kid {
                    return Err(TokenError::UnknownKey(kid.to_owned()));
                }
                let mut mac =
                    Hmac::<Sha256>::new_from_slice(secret).map_err(|_| TokenError::BadSignature)?;
                mac.update(message.as_bytes());
                mac.verify_slice(&sig)
                    .map_err(|_| TokenError::BadSignature)?;
            }
        }
        let payload = URL_SAFE_NO_PAD
            .decode(payload)
            .map_err(|_| TokenError::Malformed)?;
        let claims: Claims =
            serde_json::from_slice(&payload).map_err(|e| TokenError::BadClaims(e.to_string()))?;
        if claims.sub.is_empty() {
            return Err(TokenError::BadClaims("empty sub".into()));
        }
        if claims.exp < claims.iat {
            return Err(TokenError::BadClaims("exp before iat".into()));
        }

        if let Some(max) = self.max_ttl {
            if claims.exp - claims.iat > max {
                return Err(TokenError::TooLong);
            }
        }
        Ok(claims)
    }

    fn check_times(&self, claims: &Claims, now: u64) -> Result<(), TokenError> {
        if claims.exp.saturating_add(self.skew) <= now {
            return Err(TokenError::Expired);
        }
        if claims.iat > now.saturating_add(self.skew)
            || claims
                .nbf
                .is_some_and(|nbf| nbf > now.saturating_add(self.skew))
        {
            return Err(TokenError::NotYetValid);
        }
        Ok(())
    }
}

// ---- key files ----------------------------------------------------------------

/// `warden keygen` output: the private key file (mode 0600) ...
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrivateKeyFile {
    pub scheme: Scheme,
    pub kid: String,
    /// Base64 of the 32-byte Ed25519 seed.
    pub private_key: String,
}

/// ... and the public key file the sidecar is configured with.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublicKeyFile {
    pub scheme: Scheme,
    pub kid: String,
    /// Base64 of the 32-byte Ed25519 public key.
    pub public_key: String,
}

/// Make a new Ed25519 key pair from the OS random source.
pub fn generate() -> anyhow::Result<(PrivateKeyFile, PublicKeyFile)> {
    let mut seed = [0u8; 32];
    getrandom::getrandom(&mut seed).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    let key = SigningKey::from_bytes(&seed);
    let public = key.verifying_key();
    let kid = key_id(public.as_bytes());
    Ok((
        PrivateKeyFile {
            scheme: Scheme::Ed25519,
            kid: kid.clone(),
            private_key: STANDARD.encode(seed),
        },
        PublicKeyFile {
            scheme: Scheme::Ed25519,
            kid,
            public_key: STANDARD.encode(public.as_bytes()),
        },
    ))
}

fn read_small(path: &Path) -> anyhow::Result<String> {
    use anyhow::Context as _;
    let meta =
        std::fs::metadata(path).with_context(|| format!("cannot read {}", path.display()))?;
    anyhow::ensure!(meta.len() <= 64 * 1024, "{} is too large", path.display());
    std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))
}

pub fn load_public_key(path: &Path) -> anyhow::Result<VerifyingKey> {
    let file: PublicKeyFile = serde_json::from_str(&read_small(path)?)
        .map_err(|e| anyhow::anyhow!("{}: not a Warden public key file: {e}", path.display()))?;
    anyhow::ensure!(
        file.scheme == Scheme::Ed25519,
        "{}: public keys are ed25519",
        path.display()
    );
    let bytes: [u8; 32] = STANDARD
        .decode(file.public_key.trim())
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| {
            anyhow::anyhow!("{}: public_key is not 32 bytes of base64", path.display())
        })?;
    let key = VerifyingKey::from_bytes(&bytes)
        .map_err(|e| anyhow::anyhow!("{}: invalid Ed25519 key: {e}", path.display()))?;
    anyhow::ensure!(
        key_id(key.as_bytes()) == file.kid,
        "{}: kid does not match the key",
        path.display()
    );
    Ok(key)
}

pub fn load_private_key(path: &Path) -> anyhow::Result<SigningKey> {
    let file: PrivateKeyFile = serde_json::from_str(&read_small(path)?)
        .map_err(|e| anyhow::anyhow!("{}: not a Warden private key file: {e}", path.display()))?;
    let seed: [u8; 32] = STANDARD
        .decode(file.private_key.trim())
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| {
            anyhow::anyhow!("{}: private_key is not 32 bytes of base64", path.display())
        })?;
    Ok(SigningKey::from_bytes(&seed))
}

/// An HMAC secret file: its trimmed contents, at least 32 bytes.
pub fn load_hmac_secret(path: &Path) -> anyhow::Result<Vec<u8>> {
    let text = read_small(path)?;
    let secret = text.trim().as_bytes().to_vec();
    anyhow::ensure!(
        secret.len() >= 32,
        "{}: an HMAC secret needs at least 32 bytes",
        path.display()
    );
    Ok(secret)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: u64 = 1_700_000_000;

    fn claims(ttl: u64) -> Claims {
        Claims {
            sub: "support-1".into(),
            roles: vec!["support-agent".into()],
            aud: DEFAULT_AUDIENCE.into(),
            iat: NOW,
            exp: NOW + ttl,
            nbf: None,
            jti: None,
        }
    }

    fn ed_key(seed: u8) -> SigningKey {
        SigningKey::from_bytes(&[seed; 32])
    }

    fn verifier_for(key: &SigningKey) -> Verifier {
        let mut v = Verifier::new(30, None);
        v.add_ed25519(key.verifying_key());
        v
    }

    #[test]
    fn round_trip() {
        let key = ed_key(1);
        let token = SigningMaterial::Ed25519(key.clone()).sign(&claims(3600));
        assert!(token.starts_with("wdn1.ed25519."));
        let c = verifier_for(&key).verify(&token, NOW + 10).unwrap();
        assert_eq!(c.sub, "support-1");
        assert_eq!(c.roles, vec!["support-agent"]);
    }

    #[test]
    fn expired_with_bounded_skew() {
        let key = ed_key(1);
        let token = SigningMaterial::Ed25519(key.clone()).sign(&claims(60));
        let v = verifier_for(&key);
        assert!(v.verify(&token, NOW + 60 + 29).is_ok(), "within skew");
        assert_eq!(v.verify(&token, NOW + 60 + 30), Err(TokenError::Expired));
        assert_eq!(TokenError::Expired.code(), "token_expired");
        // Issued in the future beyond the skew.
        assert_eq!(v.verify(&token, NOW - 31), Err(TokenError::NotYetValid));
        // Skew is capped.
        let mut lax = Verifier::new(100_000, None);
        lax.add_ed25519(key.verifying_key());
        assert_eq!(
            lax.verify(&token, NOW + 60 + MAX_CLOCK_SKEW_SECONDS),
            Err(TokenError::Expired)
        );
    }

    #[test]
    fn wrong_key_is_rejected() {
        let token = SigningMaterial::Ed25519(ed_key(1)).sign(&claims(60));
        // A different key with the same kid can only come from tampering.
        let other = verifier_for(&ed_key(2));
        assert!(matches!(
            other.verify(&token, NOW),
            Err(TokenError::UnknownKey(_))
        ));
        let forged = token.replacen(
            &key_id(ed_key(1).verifying_key().as_bytes()),
            &key_id(ed_key(2).verifying_key().as_bytes()),
            1,
        );
        assert_eq!(other.verify(&forged, NOW), Err(TokenError::BadSignature));
    }

    #[test]
    fn tampered_claims_are_rejected() {
        let key = ed_key(1);
        let token = SigningMaterial::Ed25519(key.clone()).sign(&claims(60));
        let mut parts: Vec<&str> = token.split('.').collect();
        let mut forged = claims(60);
        forged.roles.push("admin".into());
        let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&forged).unwrap());
        parts[3] = &payload;
        let tampered = parts.join(".");
        assert_eq!(
            verifier_for(&key).verify(&tampered, NOW),
            Err(TokenError::BadSignature)
        );
        // Flipping a signature bit, truncating, garbage.
        let mut sig = URL_SAFE_NO_PAD
            .decode(token.rsplit('.').next().unwrap())
            .unwrap();
        sig[0] ^= 1;
        let flipped = format!(
            "{}.{}",
            token.rsplit_once('.').unwrap().0,
            URL_SAFE_NO_PAD.encode(sig)
        );
        let v = verifier_for(&key);
        assert_eq!(v.verify(&flipped, NOW), Err(TokenError::BadSignature));
        assert!(v.verify(&token[..token.len() - 5], NOW).is_err());
        for junk in [
            "",
            "wdn1",
            "wdn1.ed25519.x.y",
            "a.b.c.d.e",
            "wdn1.rsa.k.p.s",
        ] {
            assert!(v.verify(junk, NOW).is_err(), "{junk}");
        }
    }

    #[test]
    fn scheme_downgrade_is_rejected() {
        let key = ed_key(1);
        let v = verifier_for(&key);
        // The attacker knows the public key and signs with it as an HMAC secret.
        let public = key.verifying_key().to_bytes().to_vec();
        let forged = SigningMaterial::Hmac(public.clone()).sign(&claims(60));
        assert!(forged.starts_with("wdn1.hs256."));
        assert_eq!(
            v.verify(&forged, NOW),
            Err(TokenError::SchemeNotAllowed("hs256"))
        );
        // Even with HMAC enabled for development, the Ed25519 key is not a secret.
        let mut dev = verifier_for(&key);
        dev.allow_hmac(b"a-development-secret-of-32-bytes!".to_vec());
        assert!(matches!(
            dev.verify(&forged, NOW),
            Err(TokenError::UnknownKey(_))
        ));
        // Relabelling an Ed25519 token as hs256 breaks it too.
        let real = SigningMaterial::Ed25519(key.clone()).sign(&claims(60));
        let relabelled = real.replacen(".ed25519.", ".hs256.", 1);
        assert!(dev.verify(&relabelled, NOW).is_err());
        // HMAC tokens with the configured secret work when enabled.
        let ok =
            SigningMaterial::Hmac(b"a-development-secret-of-32-bytes!".to_vec()).sign(&claims(60));
        assert_eq!(dev.verify(&ok, NOW).unwrap().sub, "support-1");
        assert_eq!(
            v.verify(&ok, NOW),
            Err(TokenError::SchemeNotAllowed("hs256"))
        );
    }

    #[test]
    fn cached_tokens_still_expire() {
        let key = ed_key(1);
        let v = verifier_for(&key);
        let token = SigningMaterial::Ed25519(key.clone()).sign(&claims(60));
        assert!(v.verify(&token, NOW).is_ok());
        assert!(v.verify(&token, NOW + 1).is_ok(), "from the cache");
        assert_eq!(v.verify(&token, NOW + 100), Err(TokenError::Expired));
        // A one-character change is a different key: verified afresh and refused.
        let mut bad = token.clone();
        bad.pop();
        assert!(v.verify(&bad, NOW).is_err());
    }

    #[test]
    fn max_ttl_and_claim_checks() {
        let key = ed_key(1);
        let mut v = Verifier::new(0, Some(3600));
        v.add_ed25519(key.verifying_key());
        let long = SigningMaterial::Ed25519(key.clone()).sign(&claims(7200));
        assert_eq!(v.verify(&long, NOW), Err(TokenError::TooLong));
        let mut empty = claims(60);
        empty.sub.clear();
        let t = SigningMaterial::Ed25519(key.clone()).sign(&empty);
        assert!(matches!(v.verify(&t, NOW), Err(TokenError::BadClaims(_))));
        assert_eq!(TokenError::TooLong.code(), "token_lifetime");
    }

    #[test]
    fn audience_is_checked() {
        let key = ed_key(1);
        let mut other = claims(60);
        other.aud = "another-warden".into();
        let foreign = SigningMaterial::Ed25519(key.clone()).sign(&other);
        let ours = SigningMaterial::Ed25519(key.clone()).sign(&claims(60));
        let mut v = verifier_for(&key);
        assert_eq!(v.verify(&foreign, NOW), Err(TokenError::WrongAudience));
        assert_eq!(TokenError::WrongAudience.code(), "token_audience");
        assert!(v.verify(&ours, NOW).is_ok());
        v.set_audiences(vec!["another-warden".into()]);
        assert!(v.verify(&foreign, NOW).is_ok());
        assert_eq!(v.verify(&ours, NOW), Err(TokenError::WrongAudience));
        // Tokens without aud (the old format) and verifiers with no audience fail closed.
        let legacy = {
            let payload = URL_SAFE_NO_PAD
                .encode(br#"{"sub":"a","roles":[],"iat":1700000000,"exp":1700000060}"#);
            let m = SigningMaterial::Ed25519(key.clone());
            let message = format!("{PREFIX}.ed25519.{}.{payload}", m.kid());
            let SigningMaterial::Ed25519(k) = &m else {
                unreachable!()
            };
            format!(
                "{message}.{}",
                URL_SAFE_NO_PAD.encode(k.sign(message.as_bytes()).to_bytes())
            )
        };
        assert!(matches!(
            v.verify(&legacy, NOW),
            Err(TokenError::BadClaims(_))
        ));
        v.set_audiences(Vec::new());
        assert_eq!(
            v.clone_without_cache().verify(&foreign, NOW),
            Err(TokenError::WrongAudience)
        );
    }

    #[test]
    fn key_files_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let (private, public) = generate().unwrap();
        let pk = dir.path().join("a.pub");
        let sk = dir.path().join("a.key");
        std::fs::write(&pk, serde_json::to_string(&public).unwrap()).unwrap();
        std::fs::write(&sk, serde_json::to_string(&private).unwrap()).unwrap();
        let signing = load_private_key(&sk).unwrap();
        let verifying = load_public_key(&pk).unwrap();
        assert_eq!(signing.verifying_key(), verifying);
        let mut bad = public;
        bad.kid = "0000000000000000".into();
        std::fs::write(&pk, serde_json::to_string(&bad).unwrap()).unwrap();
        assert!(load_public_key(&pk).is_err());
        let secret = dir.path().join("s");
        std::fs::write(&secret, "short").unwrap();
        assert!(load_hmac_secret(&secret).is_err());
    }
}
