//! One audit record, its canonical form and its place in the hash chain.
//!
//! A line is the record's canonical JSON (fields in declaration order, absent
//! fields omitted, object keys of `details` sorted, no whitespace) with one more
//! member appended: `"hash"`, the hex SHA-256 over
//! `DOMAIN_TAG || previous hash || canonical record`. Any edit, reorder,
//! insertion or deletion changes some hash.

use std::io::Write as _;

use hmac::{Hmac, Mac as _};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest as _, Sha256};

/// Domain separation for record hashes.
pub const DOMAIN_TAG: &[u8] = b"warden.audit.record.v1\0";
/// Domain separation for the chain's first `prev` (derived from the log id).
pub const GENESIS_TAG: &[u8] = b"warden.audit.genesis.v1\0";
/// `,"hash":"` + 64 hex + `"}`.
const HASH_SUFFIX_LEN: usize = 9 + 64 + 2;

pub type Hash = [u8; 32];

/// What a record is about.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Kind {
    /// One decision on one MCP message (sidecar or filter).
    #[default]
    Decision,
    /// A refusal or an operator report that counts against an agent.
    Incident,
    /// An approval requested, granted, denied or consumed.
    Approval,
    /// An agent suspended or resumed (by an operator or automatically).
    Suspension,
    /// The policy file was reloaded (or a reload was rejected).
    PolicyReload,
    /// A pinned tool definition changed.
    PinChange,
    /// The sidecar started with this configuration (its digest) or it changed.
    ConfigChange,
    /// Start-up cut a torn last record: where, and how many bytes.
    Recovered,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Self::Decision => "decision",
            Self::Incident => "incident",
            Self::Approval => "approval",
            Self::Suspension => "suspension",
            Self::PolicyReload => "policyReload",
            Self::PinChange => "pinChange",
            Self::ConfigChange => "configChange",
            Self::Recovered => "recovered",
        }
    }
}

/// One record. `seq` is assigned by the log when it is appended.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Record {
    pub seq: u64,
    pub time_ms: u64,
    pub kind: Kind,
    /// Unique id of the decision (`s-...` sidecar, `f-...` filter).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_id: Option<String>,
    /// Who decided: `sidecar`, `filter`, `admin`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The agent principal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool: Option<String>,
    /// `allow`, `deny`, `redact`, `require_approval`, `warn`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effect: Option<String>,
    /// The policy rule or guard that decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// Outcome and guard finding codes (`policy_denied`, `secret_aws_key`, ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Time to decide, in microseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latency_us: Option<u64>,
    /// Keyed digest (HMAC-SHA256, hex) of the canonical arguments: equal
    /// arguments can be matched without being stored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub args_digest: Option<String>,
    /// Kind-specific facts (approval id, severity, policy version, ...), keys sorted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<Value>,
}

impl Record {
    pub fn new(kind: Kind, time_ms: u64) -> Self {
        Self {
            kind,
            time_ms,
            ..Self::default()
        }
    }

    /// The canonical JSON of this record (without the hash).
    pub fn canonical(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(512);
        self.canonical_into(&mut out);
        out
    }

    /// Append the canonical JSON to `out` (copying the record only when its
    /// `details` are not in canonical key order yet).
    fn canonical_into(&self, out: &mut Vec<u8>) {
        // Serializing a plain struct of strings, numbers and JSON values cannot fail.
        if self.details.as_ref().is_none_or(is_sorted) {
            let _ = serde_json::to_writer(&mut *out, self);
        } else {
            let mut r = self.clone();
            r.details = r.details.take().map(sorted);
            let _ = serde_json::to_writer(&mut *out, &r);
        }
    }

    /// The line to write (with its trailing newline) and its hash.
    pub fn to_line(&self, prev: &Hash) -> (Vec<u8>, Hash) {
        let mut line = Vec::with_capacity(512);
        let hash = self.write_line(prev, &mut line);
        (line, hash)
    }

    /// Append the line (with its trailing newline) to `out`; its hash.
    pub fn write_line(&self, prev: &Hash, out: &mut Vec<u8>) -> Hash {
        let start = out.len();
        self.canonical_into(out);
        finish_line(start, prev, out)
    }
}

/// Hash the canonical body `out[start..]` after `prev` and turn it into a
/// line: the `hash` member in place of the closing brace, then a newline.
fn finish_line(start: usize, prev: &Hash, out: &mut Vec<u8>) -> Hash {
    let hash = chain_hash(prev, &out[start..]);
    out.pop(); // the closing brace
    out.extend_from_slice(b",\"hash\":\"");
    out.extend_from_slice(hex(&hash).as_bytes());
    out.extend_from_slice(b"\"}\n");
    hash
}

/// How every canonical record with `seq` 0 starts (`seq` is the first field).
const SEQ_ZERO: &[u8] = b"{\"seq\":0";

/// A record serialized before it has a sequence number, so the appending
/// thread does the JSON work and the single writer only numbers, hashes and
/// writes it.
#[derive(Debug)]
pub struct Prepared {
    /// The canonical JSON with `seq` 0.
    body: Vec<u8>,
}

impl Prepared {
    pub fn new(record: &Record) -> Self {
        let mut body = Vec::with_capacity(512);
        if record.seq == 0 {
            record.canonical_into(&mut body);
        } else {
            let mut r = record.clone();
            r.seq = 0;
            r.canonical_into(&mut body);
        }
        debug_assert!(body.starts_with(SEQ_ZERO));
        Self { body }
    }

    /// Append the line with sequence number `seq` to `out`; its hash. The
    /// same bytes as [`Record::write_line`] on the record numbered `seq`.
    pub fn write_line(&self, seq: u64, prev: &Hash, out: &mut Vec<u8>) -> Hash {
        let start = out.len();
        // `new` serialized `seq` 0 first: only the number changes.
        let rest = self.body.get(SEQ_ZERO.len()..).unwrap_or_default();
        // Writing to a Vec cannot fail.
        let _ = write!(out, "{{\"seq\":{seq}");
        out.extend_from_slice(rest);
        finish_line(start, prev, out)
    }
}

/// `SHA-256(DOMAIN_TAG || prev || canonical)`.
pub fn chain_hash(prev: &Hash, canonical: &[u8]) -> Hash {
    let mut h = Sha256::new();
    h.update(DOMAIN_TAG);
    h.update(prev);
    h.update(canonical);
    h.finalize().into()
}

/// The `prev` of a log's first record.
pub fn genesis(log_id: &str) -> Hash {
    let mut h = Sha256::new();
    h.update(GENESIS_TAG);
    h.update(log_id.as_bytes());
    h.finalize().into()
}

/// A line split into its canonical body and its stated hash.
#[derive(Debug)]
pub struct SplitLine {
    pub body: Vec<u8>,
    pub hash: Hash,
}

/// Split a line (without its newline) into body and hash; `None` when it does
/// not have the shape the writer produces.
pub fn split_line(line: &[u8]) -> Option<SplitLine> {
    let (cut, hash) = split_point(line)?;
    let mut body = Vec::with_capacity(cut + 1);
    body.extend_from_slice(&line[..cut]);
    body.push(b'}');
    Some(SplitLine { body, hash })
}

/// Where a line's `,"hash":"..."}` member starts, and the hash it states.
/// The canonical body is `line[..cut]` followed by `}`.
pub fn split_point(line: &[u8]) -> Option<(usize, Hash)> {
    if line.len() < HASH_SUFFIX_LEN + 2 || !line.ends_with(b"\"}") {
        return None;
    }
    let cut = line.len() - HASH_SUFFIX_LEN;
    let suffix = &line[cut..];
    if !suffix.starts_with(b",\"hash\":\"") {
        return None;
    }
    Some((cut, unhex(&suffix[9..9 + 64])?))
}

/// [`chain_hash`] of the body `open` + `}` without copying it.
pub fn line_hash(prev: &Hash, open: &[u8]) -> Hash {
    let mut h = Sha256::new();
    h.update(DOMAIN_TAG);
    h.update(prev);
    h.update(open);
    h.update(b"}");
    h.finalize().into()
}

/// Whether every object's keys in `v` are in canonical (sorted) order.
fn is_sorted(v: &Value) -> bool {
    match v {
        Value::Object(m) => {
            m.keys().zip(m.keys().skip(1)).all(|(a, b)| a < b) && m.values().all(is_sorted)
        }
        Value::Array(a) => a.iter().all(is_sorted),
        _ => true,
    }
}

/// Recursively sort object keys (serde_json keeps insertion order here).
pub fn sorted(v: Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut entries: Vec<(String, Value)> = m.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        Value::Array(a) => Value::Array(a.into_iter().map(sorted).collect()),
        other => other,
    }
}

/// Keyed digest of a call's arguments: HMAC-SHA256 over their canonical JSON
/// (keys sorted), so the same arguments in another key order match. Text that is
/// not JSON is digested as it is.
pub fn args_digest(key: &[u8], arguments_json: &str) -> String {
    let canonical = match serde_json::from_str::<Value>(arguments_json) {
        Ok(v) => serde_json::to_vec(&sorted(v)).unwrap_or_default(),
        Err(_) => arguments_json.as_bytes().to_vec(),
    };
    // HMAC accepts keys of any length.
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("hmac takes any key length");
    mac.update(&canonical);
    hex(&mac.finalize().into_bytes())
}

pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

pub fn unhex(text: &[u8]) -> Option<Hash> {
    if text.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, pair) in text.chunks_exact(2).enumerate() {
        let d = |c: u8| match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'a'..=b'f' => Some(c - b'a' + 10),
            _ => None,
        };
        out[i] = d(pair[0])? << 4 | d(pair[1])?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_round_trip_and_canonical_details() {
        let mut r = Record::new(Kind::Decision, 5);
        r.seq = 1;
        r.tool = Some("kb.search".into());
        r.details = Some(serde_json::json!({"b": 1, "a": {"z": 0, "y": [{"d": 1, "c": 2}]}}));
        let prev = genesis("log");
        let (line, hash) = r.to_line(&prev);
        let text = std::str::from_utf8(&line).unwrap();
        assert!(text.ends_with("\"}\n"));
        assert!(text.contains(r#""details":{"a":{"y":[{"c":2,"d":1}],"z":0},"b":1}"#));
        let split = split_line(&line[..line.len() - 1]).unwrap();
        assert_eq!(split.hash, hash);
        assert_eq!(chain_hash(&prev, &split.body), hash);
        let back: Record = serde_json::from_slice(&split.body).unwrap();
        assert_eq!(back.canonical(), split.body);
    }

    #[test]
    fn prepared_lines_are_the_records_own_lines() {
        let mut r = Record::new(Kind::Approval, 7);
        r.agent = Some("a\"\u{1}é".into());
        r.codes = vec!["x".into()];
        r.details = Some(serde_json::json!({"z": {"b": 1, "a": 2}, "a": null}));
        let prev = genesis("log");
        for seq in [1, 9, 10, 123_456, u64::MAX] {
            r.seq = seq;
            let (mut want, mut got) = (Vec::new(), b"kept".to_vec());
            let want_hash = r.write_line(&prev, &mut want);
            // A record numbered already is prepared as if it were not.
            let got_hash = Prepared::new(&r).write_line(seq, &prev, &mut got);
            assert_eq!((&got[..4], &got[4..]), (&b"kept"[..], &want[..]));
            assert_eq!(got_hash, want_hash);
        }
    }

    #[test]
    fn digest_is_keyed_and_order_free() {
        let a = args_digest(b"k1", r#"{"a":1,"b":"x"}"#);
        assert_eq!(a, args_digest(b"k1", r#"{"b":"x","a":1}"#));
        assert_ne!(a, args_digest(b"k2", r#"{"a":1,"b":"x"}"#));
        assert_eq!(a.len(), 64);
        assert!(!a.contains('x'));
    }

    #[test]
    fn malformed_lines_do_not_split() {
        assert!(split_line(b"{}").is_none());
        assert!(split_line(&[b'x'; 100]).is_none());
        let mut l = Record::new(Kind::Decision, 1).to_line(&[0; 32]).0;
        l.pop();
        let n = l.len();
        l[n - 5] = b'Z';
        assert!(split_line(&l).is_none());
    }
}
