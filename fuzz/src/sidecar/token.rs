//! Agent tokens and JWTs: a token that fails verification never yields an
//! identity. Input: two bytes pick the kind (agent token Ed25519 / HS256, JWT)
//! and the claims; the rest is a list of mutations (position, byte) applied to
//! a freshly signed valid token. The valid token must resolve (the oracle
//! works); any different token must not, and never to the valid one's agent.
//! The raw input is also tried as a bearer token as is.

use std::sync::OnceLock;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use ed25519_dalek::SigningKey;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use warden::identity::token::{self, Claims, SigningMaterial, Verifier};
use warden::identity::{IdentityFacts, JwtSettings, Resolver};

const NOW: u64 = 1_800_000_000;
const ISSUER: &str = "https://issuer.fuzz";
const AUDIENCE: &str = "warden-fuzz";
/// Ed25519 PKCS#8 v1 prefix (RFC 8410) before the 32-byte seed.
const PKCS8_ED25519: [u8; 16] = [
    0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
];

struct Keys {
    agent: SigningKey,
    hmac: Vec<u8>,
    jwt_der: Vec<u8>,
    resolver: Resolver,
}

fn keys() -> &'static Keys {
    static KEYS: OnceLock<Keys> = OnceLock::new();
    KEYS.get_or_init(|| {
        let agent = SigningKey::from_bytes(&[7; 32]);
        let hmac = b"fuzz-hmac-secret-0123456789abcdef".to_vec();
        let jwt_key = SigningKey::from_bytes(&[9; 32]);
        let mut jwt_der = PKCS8_ED25519.to_vec();
        jwt_der.extend_from_slice(jwt_key.as_bytes());
        let jwks = serde_json::json!({"keys": [{
            "kty": "OKP", "crv": "Ed25519", "kid": "k1", "alg": "EdDSA", "use": "sig",
            "x": URL_SAFE_NO_PAD.encode(jwt_key.verifying_key().as_bytes()),
        }]});
        let mut tokens = Verifier::new(30, Some(86_400));
        tokens.add_ed25519(agent.verifying_key());
        tokens.allow_hmac(hmac.clone());
        let jwt = JwtSettings {
            keys: JwtSettings::keys_from_jwks(&jwks.to_string()).expect("JWKS"),
            issuers: vec![ISSUER.into()],
            audiences: vec![AUDIENCE.into()],
            agent_claim: "sub".into(),
            roles_claim: "roles".into(),
            trust_forwarded_payload: false,
            leeway: 0,
        };
        Keys {
            agent,
            hmac,
            jwt_der,
            resolver: Resolver {
                tokens,
                jwt: Some(jwt),
                ..Resolver::default()
            },
        }
    })
}

/// A fresh resolver per input: the verifier caches verified tokens by text.
fn resolver() -> Resolver {
    let r = &keys().resolver;
    Resolver {
        tokens: r.tokens.clone_without_cache(),
        ..r.clone()
    }
}

fn bearer(resolver: &Resolver, token: &str) -> Option<String> {
    let facts = IdentityFacts {
        bearer_token: Some(token),
        ..IdentityFacts::default()
    };
    resolver
        .resolve(&facts, NOW)
        .ok()
        .filter(|p| !p.is_anonymous())
        .map(|p| p.id)
}

pub fn tokens(data: &[u8]) {
    let [kind, claim, rest @ ..] = data else {
        return;
    };
    let k = keys();
    let sub = format!("agent-{claim}");
    let roles = vec![["reader", "admin"][usize::from(claim & 1)].to_owned()];
    let valid = match kind % 3 {
        0 | 1 => {
            let material = if kind % 3 == 0 {
                SigningMaterial::Ed25519(k.agent.clone())
            } else {
                SigningMaterial::Hmac(k.hmac.clone())
            };
            material.sign(&Claims {
                sub: sub.clone(),
                roles,
                aud: token::DEFAULT_AUDIENCE.into(),
                iat: NOW - 10,
                exp: NOW + 600,
                nbf: None,
                jti: None,
            })
        }
        _ => {
            let mut header = Header::new(Algorithm::EdDSA);
            header.kid = Some("k1".into());
            let claims = serde_json::json!({
                "sub": sub, "roles": roles, "iss": ISSUER, "aud": AUDIENCE,
                "iat": NOW - 10, "exp": NOW + 600,
            });
            jsonwebtoken::encode(&header, &claims, &EncodingKey::from_ed_der(&k.jwt_der))
                .expect("sign JWT")
        }
    };
    let r = resolver();
    assert_eq!(
        bearer(&r, &valid).as_deref(),
        Some(sub.as_str()),
        "the valid token does not resolve: the property would hold vacuously"
    );

    // Mutations: (position, byte) pairs; a byte of 0 deletes, 1 inserts a copy.
    let mut t = valid.clone().into_bytes();
    for m in rest.chunks_exact(3) {
        let at = usize::from(u16::from_le_bytes([m[0], m[1]])) % (t.len() + 1);
        match m[2] {
            0 if at < t.len() => {
                t.remove(at);
            }
            1 if at < t.len() => t.insert(at, t[at]),
            b if at < t.len() => t[at] = b,
            b => t.push(b),
        }
    }
    if let Ok(mutated) = std::str::from_utf8(&t) {
        // The resolver trims the bearer value as Envoy's header parsing does.
        if mutated.trim() != valid {
            let got = bearer(&r, mutated);
            assert!(
                got.is_none(),
                "a tampered token yielded identity {got:?}: {mutated:?} (valid: {valid:?})"
            );
        }
    }
    if let Ok(raw) = std::str::from_utf8(data) {
        let got = bearer(&r, raw);
        assert!(
            got.is_none(),
            "an unsigned input yielded identity {got:?}: {raw:?}"
        );
        let mut v = Verifier::new(30, None);
        v.add_ed25519(k.agent.verifying_key());
        assert!(
            v.verify(raw, NOW).is_err(),
            "an unsigned input verified: {raw:?}"
        );
    }
}
