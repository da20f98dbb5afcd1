//! Credentials stay where they belong: what happens to the request's
//! `authorization` header before Envoy forwards it to the MCP server.
//!
//! - A Warden agent token (`Bearer wdn1.…`) is a credential for Warden: the
//!   filter (and the sidecar's `Check`) read it, and it is never forwarded. A
//!   server that saw it could replay it against every other server that trusts
//!   the same key.
//! - Any other `authorization` value belongs to the MCP server's own
//!   authorization (OAuth, as the MCP authorization spec has it). It is removed
//!   unless `credentials.forwardUpstreamBearer` is set; when it is, a bearer
//!   token Warden can read (a JWT) must name one of `upstreamAudiences` in its
//!   `aud` claim, so a token issued for another service is not passed through.
//!   Warden does not verify the upstream token's signature: the MCP server does.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::guards::acl::decode_jwt_payload;
use crate::pipeline::LocalReply;
use crate::reply::{codes, Denial};

/// `data.warden.code` of an upstream JWT issued for another audience.
pub const AUDIENCE_CODE: &str = "token_audience";
/// `data.warden.code` of a request with several `authorization` headers.
pub const AMBIGUOUS_CODE: &str = "credentials_ambiguous";

/// The prefix of every Warden agent token (see the sidecar's `identity::token`).
pub const AGENT_TOKEN_PREFIX: &str = "wdn1.";

/// The filter's `credentials` section.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct CredentialsConfig {
    /// Forward an `authorization` header that is not a Warden agent token to the
    /// MCP server. Default false: it is removed.
    pub forward_upstream_bearer: bool,
    /// With `forwardUpstreamBearer`: the audiences the MCP server's tokens are
    /// issued for. A bearer JWT whose `aud` names none of them is refused.
    pub upstream_audiences: Vec<String>,
}

impl CredentialsConfig {
    pub fn validate(&self) -> Result<(), String> {
        if self.forward_upstream_bearer && self.upstream_audiences.is_empty() {
            return Err(
                "credentials.forwardUpstreamBearer needs upstreamAudiences (the MCP server's own audience)"
                    .into(),
            );
        }
        if !self.forward_upstream_bearer && !self.upstream_audiences.is_empty() {
            return Err("credentials.upstreamAudiences needs forwardUpstreamBearer: true".into());
        }
        if self.upstream_audiences.iter().any(|a| a.trim().is_empty()) {
            return Err("credentials.upstreamAudiences: empty audience".into());
        }
        Ok(())
    }
}

/// What to do with the request's `authorization` header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Authorization {
    /// No header: nothing to do.
    Absent,
    /// Forward it unchanged (an upstream credential the config lets through).
    Forward,
    /// Remove it before forwarding; `agent_token` says whether it was Warden's own.
    Strip { agent_token: bool },
    /// Refuse the request: an upstream JWT issued for another audience, or
    /// several credentials (`code` for `data.warden.code`; the reason names the
    /// rule, never the token).
    Refuse {
        code: &'static str,
        reason: &'static str,
    },
}

/// The bearer token of an `authorization` value (scheme matched without case,
/// as RFC 7235 says).
pub fn bearer(value: &str) -> Option<&str> {
    crate::guards::acl::bearer_token(value).map(str::trim_end)
}

/// Whether a bearer token is a Warden agent token.
pub fn is_agent_token(token: &str) -> bool {
    token.starts_with(AGENT_TOKEN_PREFIX)
}

/// Whether an `authorization` value carries a Warden agent token (as a bearer,
/// without a scheme, or under another scheme: Warden's token all the same).
pub fn carries_agent_token(value: &str) -> bool {
    // A repeated header arrives joined with commas (see `authorization`).
    value.split(',').any(|part| {
        let raw = part.trim().rsplit(' ').next().unwrap_or("");
        bearer(part).is_some_and(is_agent_token) || is_agent_token(raw)
    })
}

/// Decide about the request's `authorization` headers (every value it carries:
/// a repeated header is judged as a whole, so a second copy cannot smuggle a
/// token past the first).
pub fn authorization(config: &CredentialsConfig, values: &[&str]) -> Authorization {
    // Envoy joins a repeated `authorization` header with commas, and no
    // credential contains one (RFC 6750 b64token, RFC 7617 base64): every
    // comma-separated part is a credential of its own.
    let parts: Vec<&str> = values
        .iter()
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.is_empty() && !values.is_empty() {
        return Authorization::Strip { agent_token: false };
    }
    let values = parts.as_slice();
    let value = match values {
        [] => return Authorization::Absent,
        _ if values.iter().any(|v| carries_agent_token(v)) => {
            return Authorization::Strip { agent_token: true }
        }
        _ if !config.forward_upstream_bearer => return Authorization::Strip { agent_token: false },
        [one] => *one,
        _ => {
            return Authorization::Refuse {
                code: AMBIGUOUS_CODE,
                reason: "the request carries more than one authorization header",
            }
        }
    };
    match bearer(value) {
        Some(t) if t.split('.').count() == 3 => match decode_jwt_payload(t) {
            Ok(claims) if audience_matches(&claims, &config.upstream_audiences) => {
                Authorization::Forward
            }
            Ok(_) => Authorization::Refuse {
                code: AUDIENCE_CODE,
                reason: "the bearer token's audience (aud) is not this MCP server's",
            },
            // Three segments but no readable payload: not a JWT Warden can
            // read (an opaque token that happens to contain dots).
            Err(_) => Authorization::Forward,
        },
        _ => Authorization::Forward,
    }
}

/// The reply to a refused credential: HTTP 401 (the MCP authorization spec's
/// answer to a token not issued for this server) with a JSON-RPC error. It is
/// sent from the request headers, before the body's id is known.
pub fn refusal(code: &str, reason: &str) -> LocalReply {
    LocalReply {
        status: 401,
        body: Denial::new(
            codes::DENIED,
            code,
            format!("Warden refused the request: {reason}"),
        )
        .with_guard("credentials")
        .to_response(None),
        code: code.into(),
    }
}

/// `aud` is a string or a list of strings (RFC 7519 §4.1.3); a missing `aud`
/// matches nothing.
fn audience_matches(claims: &Value, accepted: &[String]) -> bool {
    let ok = |a: &str| accepted.iter().any(|x| x == a);
    match claims.get("aud") {
        Some(Value::String(a)) => ok(a),
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).any(ok),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Unpadded base64url, for building test tokens.
    fn b64(bytes: &[u8]) -> String {
        const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let n = chunk.iter().fold(0u32, |acc, b| acc << 8 | u32::from(*b))
                << (8 * (3 - chunk.len()));
            for i in 0..=chunk.len() {
                out.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
            }
        }
        out
    }

    fn jwt(claims: &str) -> String {
        format!(
            "Bearer {}.{}.c2ln",
            b64(br#"{"alg":"RS256"}"#),
            b64(claims.as_bytes())
        )
    }

    fn forwarding() -> CredentialsConfig {
        CredentialsConfig {
            forward_upstream_bearer: true,
            upstream_audiences: vec!["https://mcp.example".into()],
        }
    }

    #[test]
    fn agent_tokens_never_leave() {
        for config in [CredentialsConfig::default(), forwarding()] {
            for v in [
                "Bearer wdn1.ed25519.k.p.s",
                "bearer   wdn1.hs256.k.p.s ",
                "wdn1.ed25519.k.p.s",
                "Token wdn1.ed25519.k.p.s",
            ] {
                assert_eq!(
                    authorization(&config, &[v]),
                    Authorization::Strip { agent_token: true },
                    "{v}"
                );
            }
        }
    }

    #[test]
    fn upstream_credentials_need_the_config() {
        let off = CredentialsConfig::default();
        assert_eq!(authorization(&off, &[]), Authorization::Absent);
        for v in [
            "Bearer opaque",
            "Basic dXNlcjpwdw==",
            &jwt(r#"{"aud":"https://mcp.example"}"#),
        ] {
            assert_eq!(
                authorization(&off, &[v]),
                Authorization::Strip { agent_token: false }
            );
        }
    }

    #[test]
    fn upstream_jwt_audience_is_checked() {
        let on = forwarding();
        for ok in [
            r#"{"aud":"https://mcp.example"}"#,
            r#"{"aud":["other","https://mcp.example"]}"#,
        ] {
            assert_eq!(authorization(&on, &[&jwt(ok)]), Authorization::Forward);
        }
        for bad in [
            r#"{"aud":"https://other.example"}"#,
            r#"{"aud":["a","b"]}"#,
            r#"{"sub":"x"}"#,
            r#"{"aud":7}"#,
        ] {
            assert!(
                matches!(
                    authorization(&on, &[&jwt(bad)]),
                    Authorization::Refuse {
                        code: AUDIENCE_CODE,
                        ..
                    }
                ),
                "{bad}"
            );
        }
        // Opaque tokens and other schemes cannot be read: the server decides.
        assert_eq!(
            authorization(&on, &["Bearer opaque-token"]),
            Authorization::Forward
        );
        assert_eq!(
            authorization(&on, &["Bearer a.b.c"]),
            Authorization::Forward
        );
        assert_eq!(
            authorization(&on, &["Basic dXNlcjpwdw=="]),
            Authorization::Forward
        );
    }

    #[test]
    fn repeated_headers_are_judged_together() {
        let on = forwarding();
        let good = jwt(r#"{"aud":"https://mcp.example"}"#);
        assert_eq!(
            authorization(&on, &[&good, "Bearer wdn1.ed25519.k.p.s"]),
            Authorization::Strip { agent_token: true }
        );
        assert!(matches!(
            authorization(&on, &[&good, "Bearer opaque"]),
            Authorization::Refuse {
                code: AMBIGUOUS_CODE,
                ..
            }
        ));
        assert_eq!(
            authorization(&CredentialsConfig::default(), &[&good, "Bearer opaque"]),
            Authorization::Strip { agent_token: false }
        );
        // Envoy joins repeated headers with a comma: still two credentials.
        let joined = format!("{good},Bearer opaque");
        assert!(matches!(
            authorization(&on, &[&joined]),
            Authorization::Refuse {
                code: AMBIGUOUS_CODE,
                ..
            }
        ));
        assert!(carries_agent_token("Bearer x, Bearer wdn1.a.b.c.d"));
        assert!(carries_agent_token("Bearer wdn1.a.b.c.d,Basic eA=="));
        assert!(!carries_agent_token("Bearer x,Bearer y"));
        let joined = format!("{good}, Bearer wdn1.ed25519.k.p.s");
        assert_eq!(
            authorization(&on, &[&joined]),
            Authorization::Strip { agent_token: true }
        );
        assert_eq!(
            authorization(&on, &[" , "]),
            Authorization::Strip { agent_token: false }
        );
    }

    #[test]
    fn refusal_is_a_json_rpc_error() {
        let r = refusal(
            AUDIENCE_CODE,
            "the bearer token's audience (aud) is not this MCP server's",
        );
        assert_eq!(r.status, 401);
        let v: Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!(v["id"], Value::Null);
        assert_eq!(v["error"]["code"], codes::DENIED);
        assert_eq!(v["error"]["data"]["warden"]["code"], AUDIENCE_CODE);
    }

    #[test]
    fn config_validation() {
        assert!(CredentialsConfig::default().validate().is_ok());
        assert!(forwarding().validate().is_ok());
        let mut c = forwarding();
        c.upstream_audiences.clear();
        assert!(c.validate().is_err());
        let c = CredentialsConfig {
            forward_upstream_bearer: false,
            upstream_audiences: vec!["x".into()],
        };
        assert!(c.validate().is_err());
    }
}
