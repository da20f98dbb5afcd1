//! Credentials: provider tokens with a recognisable prefix, private key blocks,
//! JWTs, credentials in URLs, `Authorization` schemes, and generic
//! `key = value` / `"token": "..."` assignments whose value looks random.
//!
//! The prefix rules are data: `core/rules/secret_prefixes.json`, embedded at
//! build time, and the operator's `dlp.secrets.extraRules` in the same shape.
//! This module is the engine. One linear pass dispatches on the first byte of
//! every known prefix (a table built once per rule set), so the cost does not
//! grow with the number of rules. Every
//! candidate goes through the same sanity checks: length bounds, a token
//! boundary on both sides, and for random-looking bodies an entropy floor and a
//! placeholder filter (`xxxx`, `YOUR_API_KEY`, `${TOKEN}`, `...EXAMPLE`).

use std::collections::HashSet;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use serde::{Deserialize, Serialize};

use crate::guards::rule_file::{self, Version1};

use super::validators::{base64_decode, class_count, looks_like_placeholder, shannon_entropy};
use super::RawMatch;
use crate::bytes::next_marked;

/// Priorities used when matches overlap (higher wins).
const P_BLOCK: u8 = 12;
const P_PREFIX: u8 = 10;
const P_STRUCT: u8 = 9;
const P_GENERIC: u8 = 8;

#[derive(Clone, Copy)]
enum Check {
    /// Not a placeholder, and entropy of the body above a floor.
    Random,
    /// `Random`, and the body contains a decimal digit.
    RandomDigit,
    /// A rule-specific validator over the whole token (prefix included).
    Custom(Validator),
}

struct Rule {
    id: &'static str,
    prefix: Box<[u8]>,
    body: BodyClass,
    min: usize,
    max: usize,
    check: Check,
}

fn alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}
fn word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}
fn dash(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}
fn dash_dot(b: u8) -> bool {
    dash(b) || b == b'.'
}
fn dash_eq(b: u8) -> bool {
    dash(b) || b == b'='
}
fn b64(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=')
}
fn b64any(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=' | b'-' | b'_')
}
fn hex(b: u8) -> bool {
    b.is_ascii_hexdigit()
}
fn lhex(b: u8) -> bool {
    b.is_ascii_digit() || (b'a'..=b'f').contains(&b)
}
fn upper_b32(b: u8) -> bool {
    b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b)
}
fn upper_alnum(b: u8) -> bool {
    b.is_ascii_uppercase() || b.is_ascii_digit()
}
fn upper_alnum_dash(b: u8) -> bool {
    upper_alnum(b) || b == b'-'
}
fn letters(b: u8) -> bool {
    b.is_ascii_alphabetic()
}
fn slack_body(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-'
}
fn url_path(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'/' | b'_' | b'-')
}
fn jwt_body(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'=')
}
fn age_body(b: u8) -> bool {
    // Bech32 upper-case alphabet.
    b"QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".contains(&b)
}

/// The built-in prefix rules, versioned with the code.
pub const BUILTIN_RULES: &str = include_str!("../../../rules/secret_prefixes.json");

/// Most prefix rules an operator may add (`dlp.secrets.extraRules`).
const MAX_EXTRA_RULES: usize = 64;

/// A prefix rule, as written in the rule file or `dlp.secrets.extraRules`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PrefixRule {
    /// Reported as `secret:<id>`; several rules may share one.
    pub id: String,
    /// The case-sensitive ASCII a token opens with.
    pub prefix: String,
    /// The character class of the body after the prefix (`BODY_CLASSES`).
    pub body: String,
    /// Bounds of the body's length.
    pub min: usize,
    pub max: usize,
    /// `random`, `randomDigit`, or one of the engine's validators (`VALIDATORS`).
    pub check: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    #[allow(dead_code)]
    version: Version1,
    #[allow(dead_code)]
    about: Option<String>,
    rules: Vec<PrefixRule>,
}

/// Which bytes a token's body may hold.
type BodyClass = fn(u8) -> bool;
/// A check over a whole token (prefix included).
type Validator = fn(&[u8]) -> bool;

/// The body classes a rule may name.
const BODY_CLASSES: &[(&str, BodyClass)] = &[
    ("age_body", age_body),
    ("alnum", alnum),
    ("alnum_dot", alnum_dot),
    ("b64", b64),
    ("b64any", b64any),
    ("dash", dash),
    ("dash_dot", dash_dot),
    ("dash_eq", dash_eq),
    ("dash_eq_dot", dash_eq_dot),
    ("hex", hex),
    ("hex_dash", hex_dash),
    ("hex_dash_alnum", hex_dash_alnum),
    ("hex_x", hex_x),
    ("jwt_body", jwt_body),
    ("letters", letters),
    ("lhex", lhex),
    ("slack_body", slack_body),
    ("teams_body", teams_body),
    ("upper_alnum", upper_alnum),
    ("upper_alnum_dash", upper_alnum_dash),
    ("upper_b32", upper_b32),
    ("url_path", url_path),
    ("word", word),
];

/// The validators a rule may name as its check; each reads the whole token.
const VALIDATORS: &[(&str, Validator)] = &[
    ("airtable_pat", airtable_pat),
    ("dynatrace", dynatrace),
    ("harness", harness),
    ("jwt", jwt),
    ("mixed_case", mixed_case),
    ("mixed_case_long", mixed_case_long),
    ("onepassword_secret_key", onepassword_secret_key),
    ("sk_generic", sk_generic),
    ("slack", slack),
    ("vault_legacy", vault_legacy),
];

/// The prefix rules of one configuration (the built-in file, then the
/// operator's), with their index.
pub(crate) struct SecretRules {
    rules: Vec<Rule>,
    index: Index,
}

impl std::fmt::Debug for SecretRules {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SecretRules")
            .field("rules", &self.rules.len())
            .finish_non_exhaustive()
    }
}

impl SecretRules {
    /// The built-in rules alone, compiled once and shared.
    pub(crate) fn builtin() -> Result<Arc<Self>, String> {
        static BUILTIN: OnceLock<Result<Arc<SecretRules>, String>> = OnceLock::new();
        BUILTIN
            .get_or_init(|| Self::compile(&[]).map(Arc::new))
            .clone()
    }

    /// The built-in rules and `extra`; any invalid rule is an error.
    pub(crate) fn new(extra: &[PrefixRule]) -> Result<Arc<Self>, String> {
        if extra.is_empty() {
            return Self::builtin();
        }
        Self::compile(extra).map(Arc::new)
    }

    fn compile(extra: &[PrefixRule]) -> Result<Self, String> {
        let file: RuleFile = rule_file::parse(BUILTIN_RULES, "built-in secret rules")?;
        if extra.len() > MAX_EXTRA_RULES {
            return Err(format!(
                "dlp secrets.extraRules: at most {MAX_EXTRA_RULES} rules"
            ));
        }
        let mut rules = Vec::with_capacity(file.rules.len() + extra.len());
        for (i, r) in file.rules.iter().enumerate() {
            rules.push(compile_rule(r).map_err(|e| format!("built-in secret rule {i}: {e}"))?);
        }
        for (i, r) in extra.iter().enumerate() {
            rules.push(compile_rule(r).map_err(|e| format!("dlp secrets.extraRules[{i}]: {e}"))?);
        }
        let index = Index::new(&rules);
        Ok(Self { rules, index })
    }

    /// Rule ids (without the `secret:` prefix) this set can report.
    pub(crate) fn ids(&self) -> Vec<&'static str> {
        let mut ids: Vec<&'static str> = self
            .rules
            .iter()
            .map(|r| r.id.trim_start_matches("secret:"))
            .chain(STRUCT_IDS.iter().copied())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

fn compile_rule(r: &PrefixRule) -> Result<Rule, String> {
    let id_ok = !r.id.is_empty()
        && r.id.len() <= 64
        && r.id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !id_ok {
        return Err(format!(
            "id {:?}: 1 to 64 lowercase letters, digits and `-`",
            r.id
        ));
    }
    let prefix = r.prefix.as_bytes();
    if !(2..=64).contains(&prefix.len()) || !prefix.iter().all(u8::is_ascii_graphic) {
        return Err(format!(
            "{}: prefix {:?} must be 2 to 64 visible ASCII characters",
            r.id, r.prefix
        ));
    }
    let body = BODY_CLASSES
        .iter()
        .find(|(name, _)| *name == r.body)
        .map(|(_, f)| *f)
        .ok_or_else(|| {
            let names: Vec<&str> = BODY_CLASSES.iter().map(|(n, _)| *n).collect();
            format!(
                "{}: body {:?} is none of {}",
                r.id,
                r.body,
                names.join(", ")
            )
        })?;
    if r.min == 0 || r.min > r.max || r.max > 8192 {
        return Err(format!("{}: need 1 <= min <= max <= 8192", r.id));
    }
    let check = match r.check.as_str() {
        "random" => Check::Random,
        "randomDigit" => Check::RandomDigit,
        name => VALIDATORS
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, f)| Check::Custom(*f))
            .ok_or_else(|| {
                format!(
                    "{}: check {name:?} is not random, randomDigit or a validator",
                    r.id
                )
            })?,
    };
    Ok(Rule {
        id: intern(format!("secret:{}", r.id)),
        prefix: prefix.into(),
        body,
        min: r.min,
        max: r.max,
        check,
    })
}

/// Matches carry their rule's id as `&'static str`: each distinct id is
/// leaked once, however often a configuration naming it is loaded.
fn intern(id: String) -> &'static str {
    static IDS: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut ids = IDS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    if let Some(known) = ids.get(id.as_str()) {
        return known;
    }
    let id: &'static str = Box::leak(id.into_boxed_str());
    ids.insert(id);
    id
}

fn hex_dash(b: u8) -> bool {
    b.is_ascii_hexdigit() || b == b'-'
}
fn hex_x(b: u8) -> bool {
    b.is_ascii_hexdigit() || b == b'-' || b == b'X'
}
fn hex_dash_alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-'
}
fn dash_eq_dot(b: u8) -> bool {
    dash_eq(b) || b == b'.'
}
fn alnum_dot(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'.'
}
fn teams_body(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'/' | b'_' | b'-' | b'@')
}

fn vault_legacy(tok: &[u8]) -> bool {
    let body = &tok[2..];
    body.iter().any(u8::is_ascii_digit)
        && body.iter().any(u8::is_ascii_uppercase)
        && body.iter().any(u8::is_ascii_lowercase)
}

fn dynatrace(tok: &[u8]) -> bool {
    // dt0c01.<24>.<64>: the rule body stops at the second dot; require it.
    tok.len() == 7 + 24
}

fn harness(tok: &[u8]) -> bool {
    tok.iter().filter(|b| **b == b'.').count() >= 3 && random(&tok[4..], 3.0)
}

fn slack(tok: &[u8]) -> bool {
    // xox?-<digits>-..., xoxe-<digit>-..., xapp-<digit>-...: the segment after
    // the prefix is numeric, and the whole token has digits and real entropy.
    let Some(dash_at) = tok.iter().position(|b| *b == b'-') else {
        return false;
    };
    let rest = &tok[dash_at + 1..];
    let first: Vec<u8> = rest.iter().take_while(|b| **b != b'-').copied().collect();
    if first.is_empty() || !first.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let tail = &rest[first.len()..];
    tail.iter().any(u8::is_ascii_digit) && random(rest, 3.0)
}

fn sk_generic(tok: &[u8]) -> bool {
    let body = &tok[3..];
    random(body, 3.5)
        && body.iter().any(u8::is_ascii_digit)
        && body.iter().any(u8::is_ascii_uppercase)
        && body.iter().any(u8::is_ascii_lowercase)
}

fn mixed_case(tok: &[u8]) -> bool {
    let body: &[u8] = tok.splitn(3, |b| *b == b'_').last().unwrap_or(tok);
    body.iter().any(u8::is_ascii_uppercase)
        && body.iter().any(u8::is_ascii_lowercase)
        && random(body, 3.5)
}

fn mixed_case_long(tok: &[u8]) -> bool {
    tok.iter().any(u8::is_ascii_uppercase)
        && tok.iter().any(u8::is_ascii_lowercase)
        && tok.iter().any(u8::is_ascii_digit)
        && random(tok, 4.0)
}

fn onepassword_secret_key(tok: &[u8]) -> bool {
    let groups = tok.split(|b| *b == b'-').count();
    groups >= 6 && random(&tok[3..], 3.0)
}

fn airtable_pat(tok: &[u8]) -> bool {
    // pat<14 alnum>.<64 hex>
    let Some(dot) = tok.iter().position(|b| *b == b'.') else {
        return false;
    };
    dot == 17 && tok.len() == 18 + 64 && tok[18..].iter().all(u8::is_ascii_hexdigit)
}

fn jwt(tok: &[u8]) -> bool {
    let parts: Vec<&[u8]> = tok.split(|b| *b == b'.').collect();
    if parts.len() < 2 || parts[1].len() < 8 {
        return false;
    }
    let Ok(head) = std::str::from_utf8(parts[0]) else {
        return false;
    };
    let Some(decoded) = base64_decode(head) else {
        return false;
    };
    if let Ok(v) = serde_json::from_slice::<serde_json::Value>(&decoded) {
        return v.get("alg").is_some() || v.get("typ").is_some() || v.get("enc").is_some();
    }
    // A truncated or doctored header still shows its JSON start and claims.
    decoded.starts_with(b"{\"") && contains(&decoded, b"\"alg\"")
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Random enough to be a credential: not a placeholder, entropy above `floor`
/// (bits per char; scaled down for short bodies whose entropy is capped by length).
fn random(body: &[u8], floor: f64) -> bool {
    let Ok(s) = std::str::from_utf8(body) else {
        return false;
    };
    if looks_like_placeholder(s) {
        return false;
    }
    let cap = (body.len() as f64).log2();
    shannon_entropy(s) >= floor.min(cap * 0.8)
}

fn check(rule: &Rule, tok: &[u8]) -> bool {
    let body = &tok[rule.prefix.len()..];
    match rule.check {
        Check::Random => random(body, 3.0),
        Check::RandomDigit => random(body, 3.0) && body.iter().any(u8::is_ascii_digit),
        Check::Custom(f) => f(tok),
    }
}

/// Rules by the first byte of their prefix: `bounded` rules need a token
/// boundary before the prefix, `free` ones (URL paths) may sit anywhere.
/// `pairs` is a bitmap of every prefix's first two bytes, indexed by the two
/// bytes as one `u16`: most bytes of a text are rejected by one bit test
/// instead of a walk over the rules.
struct Index {
    bounded: Vec<Vec<usize>>,
    free: Vec<Vec<usize>>,
    pairs: Box<[u64; 1024]>,
}

impl Index {
    /// May a prefix starting with `first` continue with `next`?
    fn may_start(&self, first: u8, next: u8) -> bool {
        let pair = usize::from(first) << 8 | usize::from(next);
        self.pairs[pair >> 6] & (1u64 << (pair & 63)) != 0
    }
}

impl Index {
    fn new(rules: &[Rule]) -> Self {
        let mut bounded = vec![Vec::new(); 256];
        let mut free = vec![Vec::new(); 256];
        let mut pairs = Box::new([0u64; 1024]);
        for (i, r) in rules.iter().enumerate() {
            let list = if r.prefix.contains(&b'/') {
                &mut free
            } else {
                &mut bounded
            };
            list[r.prefix[0] as usize].push(i);
            if let Some(&n) = r.prefix.get(1) {
                let pair = usize::from(r.prefix[0]) << 8 | usize::from(n);
                pairs[pair >> 6] |= 1u64 << (pair & 63);
            }
        }
        for list in bounded.iter_mut().chain(free.iter_mut()) {
            list.sort_by_key(|i| std::cmp::Reverse(rules[*i].prefix.len()));
        }
        Index {
            bounded,
            free,
            pairs,
        }
    }
}

const STRUCT_IDS: &[&str] = &[
    "private-key",
    "url-credentials",
    "bearer-token",
    "basic-auth",
    "generic-api-key",
    "aws-secret-access-key",
    "azure-key",
    "azure-sas-token",
    "password",
    "azure-ad-client-secret",
    "azure-storage-key",
    "telegram-bot-token",
    "facebook-access-token",
    "mailchimp-api-key",
    "discord-bot-token",
];

fn boundary_before(b: &[u8], i: usize) -> bool {
    i == 0 || !(b[i - 1].is_ascii_alphanumeric() || matches!(b[i - 1], b'_' | b'.' | b'-' | b'+'))
}

/// Try one prefix rule at `i`: the prefix, then the body charset within the
/// length bounds, a non-alphanumeric byte after, and the rule's check.
fn try_rule(b: &[u8], i: usize, r: &Rule) -> Result<(&'static str, usize), usize> {
    if !b[i..].starts_with(&r.prefix) {
        return Err(i);
    }
    let start_body = i + r.prefix.len();
    let mut e = start_body;
    while e < b.len() && (r.body)(b[e]) && e - start_body <= r.max + 1 {
        e += 1;
    }
    while e > start_body && matches!(b[e - 1], b'.' | b'-') && r.max > 40 {
        e -= 1;
    }
    let len = e - start_body;
    if len < r.min || len > r.max || (e < b.len() && b[e].is_ascii_alphanumeric()) {
        return Err(e);
    }
    if check(r, &b[i..e]) {
        Ok((r.id, e))
    } else {
        Err(e)
    }
}

/// Scan `text` for credentials, appending byte-offset matches.
pub(crate) fn scan(set: &SecretRules, text: &str, generic: bool, out: &mut Vec<RawMatch>) {
    let b = text.as_bytes();
    let idx = &set.index;
    let mut i = 0;
    // After a failed attempt that read a long body, token starts inside that
    // body are not retried: keeps crafted input (`=eyJ=eyJ...`) linear.
    let mut long_until = 0;
    while i < b.len() {
        // Most bytes cannot open a prefix with the byte after them: a tight
        // loop of one bit test each, before the rule lists and the boundary
        // check. The last byte goes on (a prefix may end the text there).
        while i + 1 < b.len() && !idx.may_start(b[i], b[i + 1]) {
            i += 1;
        }
        let c = b[i] as usize;
        let next = b.get(i + 1).copied();
        let free = &idx.free[c];
        let bounded: &[usize] =
            if i >= long_until && !idx.bounded[c].is_empty() && boundary_before(b, i) {
                &idx.bounded[c]
            } else {
                &[]
            };
        if free.is_empty() && bounded.is_empty() {
            i += 1;
            continue;
        }
        let mut hit = None;
        for &ri in free.iter().chain(bounded.iter()) {
            let r = &set.rules[ri];
            if r.prefix.get(1).copied() != next {
                continue;
            }
            match try_rule(b, i, r) {
                Ok(h) => {
                    hit = Some(h);
                    break;
                }
                Err(e) if e > i + 256 => long_until = long_until.max(e),
                Err(_) => {}
            }
        }
        match hit {
            Some((id, e)) => {
                out.push(RawMatch::secret(id, i, e, P_PREFIX));
                i = e;
            }
            None => i += 1,
        }
    }
    // Every key block opens with its dashes: one vectorised search spares the
    // two marker searches on the texts (nearly all) that have none.
    if b.len() >= 40 && memchr::memmem::find(b, b"-----BEGIN ").is_some() {
        private_keys(text, out);
    }
    if memchr::memmem::find(b, b"Q~").is_some() {
        azure_client_secrets(b, out);
    }
    markers(b, out);
    if memchr::memmem::find(b, b"://").is_some() {
        url_credentials(b, out);
    }
    auth_schemes(b, out);
    if generic {
        assignments(b, out);
    }
}

// ------------------------------------------------------------ private keys

fn private_keys(text: &str, out: &mut Vec<RawMatch>) {
    let b = text.as_bytes();
    // END markers found once: no rescan of the rest of the text per BEGIN.
    let ends: Vec<usize> = text.match_indices("-----END").map(|(i, _)| i).collect();
    let mut last_end = 0;
    for (start, _) in text.match_indices("-----BEGIN ") {
        if start < last_end {
            continue;
        }
        let label_start = start + 11;
        let Some(rel) = text[label_start..]
            .char_indices()
            .take(64)
            .find(|(_, c)| *c == '-')
            .map(|(i, _)| i)
        else {
            continue;
        };
        let label = &text[label_start..label_start + rel];
        if !label.ends_with("PRIVATE KEY") && !label.ends_with("PRIVATE KEY BLOCK") {
            continue;
        }
        let header_end = label_start + rel;
        if !text[header_end..].starts_with("-----") {
            continue;
        }
        let body_start = header_end + 5;
        let next_end = ends.get(ends.partition_point(|e| *e < body_start)).copied();
        let (body_end, end) = match next_end {
            Some(e) => {
                let close = text[e + 8..]
                    .find("-----")
                    .filter(|x| *x < 64)
                    .map_or(e + 8, |x| e + 8 + x + 5);
                (e, close)
            }
            None => {
                let mut e = body_start;
                while e < b.len() && (b64(b[e]) || b[e].is_ascii_whitespace() || b[e] == b'\\') {
                    e += 1;
                }
                (e, e)
            }
        };
        last_end = end;
        let body: Vec<u8> = b[body_start..body_end]
            .iter()
            .copied()
            .filter(|c| b64(*c))
            .collect();
        // `\n` escapes leave stray `n`s; they do not change the verdict.
        if body.len() < 64 {
            continue;
        }
        let s = String::from_utf8_lossy(&body);
        if shannon_entropy(&s) < 4.5 || looks_like_placeholder(&s) {
            continue;
        }
        out.push(RawMatch::secret("secret:private-key", start, end, P_BLOCK));
    }
}

// ------------------------------------------------------------ structural

fn azure_client_secrets(b: &[u8], out: &mut Vec<RawMatch>) {
    let ok = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'~' | b'.' | b'-');
    let mut q = 0;
    while q + 2 <= b.len() {
        if !(b[q] == b'Q' && b[q + 1] == b'~') || q < 4 {
            q += 1;
            continue;
        }
        let s = q - 4;
        if !b[q - 1].is_ascii_digit()
            || !b[s..q - 1].iter().all(|c| ok(*c))
            || (s > 0 && (ok(b[s - 1]) || b[s - 1] == b'~'))
        {
            q += 1;
            continue;
        }
        let mut e = q + 2;
        while e < b.len() && ok(b[e]) && e - q <= 40 {
            e += 1;
        }
        let n = e - (q + 2);
        if (31..=34).contains(&n) && random(&b[q + 2..e], 3.5) {
            out.push(RawMatch::secret(
                "secret:azure-ad-client-secret",
                s,
                e,
                P_STRUCT,
            ));
        }
        q = e;
    }
}

/// Tokens recognised by a marker in the middle: `<digits>:AA...` (Telegram),
/// `<app id>|<secret>` (Facebook), `<hex32>-us<dc>` (Mailchimp),
/// `AccountKey=` (Azure storage), `<id>.<ts>.<hmac>` (Discord bot).
/// The bytes that open an arm of [`markers`]: one table read per byte.
static MARKER_START: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    let bytes = b":|-AMNO?&";
    while k < bytes.len() {
        t[bytes[k] as usize] = true;
        k += 1;
    }
    t
};

fn markers(b: &[u8], out: &mut Vec<RawMatch>) {
    let mut next = 0;
    while let Some(i) = next_marked(b, next, &MARKER_START) {
        next = i + 1;
        match b[i] {
            b':' if b.get(i + 1..i + 3) == Some(b"AA") => {
                let s = digits_back(b, i);
                let n = i - s;
                if (8..=10).contains(&n) && boundary_before(b, s) {
                    let e = run_fwd(b, i + 1, dash, 40);
                    if e - (i + 1) == 35 && random(&b[i + 1..e], 3.5) {
                        out.push(RawMatch::secret(
                            "secret:telegram-bot-token",
                            s,
                            e,
                            P_STRUCT,
                        ));
                    }
                }
            }
            b'|' => {
                let s = digits_back(b, i);
                let n = i - s;
                if (15..=16).contains(&n) && boundary_before(b, s) {
                    let e = run_fwd(b, i + 1, dash, 40);
                    if (27..=32).contains(&(e - i - 1)) && random(&b[i + 1..e], 3.5) {
                        out.push(RawMatch::secret(
                            "secret:facebook-access-token",
                            s,
                            e,
                            P_STRUCT,
                        ));
                    }
                }
            }
            b'-' if b.get(i + 1..i + 3) == Some(b"us") && i >= 32 => {
                let s = i - 32;
                if b[s..i].iter().all(|c| lhex(*c)) && boundary_before(b, s) {
                    let e = run_fwd(b, i + 3, |c| c.is_ascii_digit(), 3);
                    if (1..=2).contains(&(e - i - 3))
                        && (e >= b.len() || !b[e].is_ascii_alphanumeric())
                        && random(&b[s..i], 3.0)
                    {
                        out.push(RawMatch::secret("secret:mailchimp-api-key", s, e, P_STRUCT));
                    }
                }
            }
            b'A' if b[i..].starts_with(b"AccountKey=") => {
                let s = i + 11;
                let e = run_fwd(b, s, b64, 100);
                if e - s == 88 && random(&b[s..e], 4.0) {
                    out.push(RawMatch::secret("secret:azure-storage-key", s, e, P_STRUCT));
                }
            }
            // A SAS signature parameter: `?sig=` or `&sig=`.
            b'?' | b'&'
                if b[i + 1..].starts_with(b"sig=")
                    && (contains(b, b"sv=") || contains(b, b"se=")) =>
            {
                let s = i + 5;
                let e = run_fwd(b, s, |c| b64(c) || c == b'%', 200);
                if e - s >= 40 && random(&b[s..e], 4.0) {
                    out.push(RawMatch::secret("secret:azure-sas-token", s, e, P_STRUCT));
                }
            }
            b'M' | b'N' | b'O' if boundary_before(b, i) => {
                if let Some(e) = discord_bot(b, i) {
                    out.push(RawMatch::secret("secret:discord-bot-token", i, e, P_STRUCT));
                }
            }
            _ => {}
        }
    }
}

fn discord_bot(b: &[u8], s: usize) -> Option<usize> {
    let p1 = run_fwd(b, s, dash, 30);
    if !(23..=28).contains(&(p1 - s)) || b.get(p1) != Some(&b'.') {
        return None;
    }
    let p2 = run_fwd(b, p1 + 1, dash, 8);
    if !(6..=7).contains(&(p2 - p1 - 1)) || b.get(p2) != Some(&b'.') {
        return None;
    }
    let e = run_fwd(b, p2 + 1, dash, 45);
    if !(27..=40).contains(&(e - p2 - 1)) {
        return None;
    }
    // The first segment is the bot's numeric id, base64-encoded.
    let id = base64_decode(std::str::from_utf8(&b[s..p1]).ok()?)?;
    (id.len() >= 15 && id.iter().all(u8::is_ascii_digit)).then_some(e)
}

fn digits_back(b: &[u8], i: usize) -> usize {
    let mut s = i;
    while s > 0 && b[s - 1].is_ascii_digit() && i - s <= 20 {
        s -= 1;
    }
    s
}

fn run_fwd(b: &[u8], s: usize, f: impl Fn(u8) -> bool, max: usize) -> usize {
    let mut e = s;
    while e < b.len() && f(b[e]) && e - s <= max {
        e += 1;
    }
    e
}

// ------------------------------------------------------------ URLs

const PLACEHOLDER_PASSWORDS: &[&str] = &[
    "password", "pass", "passwd", "pwd", "secret", "changeme", "pw", "xxx", "****", "***", "user",
    "username", "token", "admin", "root", "guest", "test", "example", "foo", "bar",
];

fn url_credentials(b: &[u8], out: &mut Vec<RawMatch>) {
    let mut i = 0;
    while i + 3 <= b.len() {
        if &b[i..i + 3] != b"://" {
            i += 1;
            continue;
        }
        let s = i + 3;
        let mut e = s;
        let mut at = None;
        let mut colon = None;
        while e < b.len() && e - s < 256 {
            match b[e] {
                b'@' => {
                    at = Some(e);
                    break;
                }
                b':' if colon.is_none() => colon = Some(e),
                b'/' | b'?' | b'#' | b' ' | b'\n' | b'\t' | b'"' | b'\'' | b'<' | b'>' => break,
                _ => {}
            }
            e += 1;
        }
        if let (Some(at), Some(colon)) = (at, colon) {
            let pass = &b[colon + 1..at];
            let user = &b[s..colon];
            let host_ok = b
                .get(at + 1)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'[');
            if !pass.is_empty() && !user.is_empty() && host_ok {
                let p = String::from_utf8_lossy(pass);
                let lower = p.to_ascii_lowercase();
                let placeholder = looks_like_placeholder(&p)
                    || PLACEHOLDER_PASSWORDS.contains(&lower.as_str())
                    || p.chars().all(|c| c == '*' || c == 'x' || c == 'X');
                if !placeholder && p.len() >= 4 {
                    out.push(RawMatch::secret("secret:url-credentials", s, at, P_STRUCT));
                }
            }
            i = at + 1;
            continue;
        }
        i = s;
    }
}

// ------------------------------------------------------------ auth schemes

fn auth_schemes(b: &[u8], out: &mut Vec<RawMatch>) {
    let mut i = 0;
    while i + 7 < b.len() {
        // Jump to the next `b`/`B`: the only bytes a scheme starts with.
        match memchr::memchr2(b'b', b'B', &b[i..b.len() - 7]) {
            Some(k) => i += k,
            None => break,
        }
        let c = b[i];
        if !(c == b'B' || c == b'b') || (i > 0 && b[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        if b[i..].len() > 7 && b[i..i + 7].eq_ignore_ascii_case(b"bearer ") {
            let s = i + 7;
            let e = run_fwd(
                b,
                s,
                |c| c.is_ascii_alphanumeric() || b"-._~+/=".contains(&c),
                4096,
            );
            let tok = &b[s..e];
            if tok.len() >= 16 && random(tok, 3.0) && tok.iter().any(u8::is_ascii_digit) {
                out.push(RawMatch::secret("secret:bearer-token", s, e, P_GENERIC));
            }
            i = e.max(i + 1);
            continue;
        }
        if b[i..].len() > 6 && b[i..i + 6].eq_ignore_ascii_case(b"basic ") {
            let s = i + 6;
            let e = run_fwd(b, s, b64, 1024);
            if e - s >= 8 {
                if let Some(dec) = std::str::from_utf8(&b[s..e]).ok().and_then(base64_decode) {
                    if let Ok(txt) = std::str::from_utf8(&dec) {
                        if let Some((u, p)) = txt.split_once(':') {
                            if !u.is_empty() && p.len() >= 3 && !looks_like_placeholder(p) {
                                out.push(RawMatch::secret("secret:basic-auth", s, e, P_GENERIC));
                            }
                        }
                    }
                }
            }
            i = e.max(i + 1);
            continue;
        }
        i += 1;
    }
}

// ------------------------------------------------------------ assignments

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum KeyKind {
    Secret,
    Password,
}

const STRONG_WORDS: &[&str] = &[
    "token",
    "tokens",
    "secret",
    "secrets",
    "password",
    "passwd",
    "pwd",
    "passphrase",
    "passcode",
    "apikey",
    "apikeys",
    "credential",
    "credentials",
    "creds",
    "pat",
    "bearer",
    "privatekey",
    "secretkey",
    "accesskey",
    "authtoken",
    "accesstoken",
    "refreshtoken",
    "clientsecret",
    "sessiontoken",
    "apitoken",
    "authkey",
    "apisecret",
    "signingkey",
    "masterkey",
    "auth",
];
const PASSWORD_WORDS: &[&str] = &["password", "passwd", "pwd", "passphrase", "passcode"];
const KEY_QUALIFIERS: &[&str] = &[
    "api",
    "access",
    "secret",
    "private",
    "auth",
    "client",
    "app",
    "master",
    "signing",
    "encryption",
    "encrypt",
    "license",
    "licence",
    "account",
    "service",
    "consumer",
    "sas",
    "storage",
    "admin",
    "bot",
    "session",
    "shared",
    "webhook",
    "subscription",
    "integration",
    "personal",
    "deploy",
    "root",
    "write",
    "global",
    "server",
    "cloud",
    "management",
    "mgmt",
    "primary",
    "secondary",
    "hmac",
    "jwt",
    "aes",
    "ssh",
    "gpg",
    "pgp",
    "sdk",
    "merchant",
    "partner",
    "project",
    "org",
    "organization",
    "live",
    "prod",
    "production",
];
const EXCLUDED_LAST: &[&str] = &[
    "id",
    "ids",
    "name",
    "names",
    "type",
    "types",
    "kind",
    "length",
    "len",
    "size",
    "file",
    "files",
    "filename",
    "path",
    "paths",
    "dir",
    "url",
    "uri",
    "endpoint",
    "host",
    "version",
    "hash",
    "count",
    "prefix",
    "suffix",
    "field",
    "fields",
    "label",
    "env",
    "var",
    "variable",
    "ref",
    "reference",
    "provider",
    "format",
    "header",
    "headers",
    "policy",
    "mode",
    "enabled",
    "enable",
    "disabled",
    "required",
    "expiry",
    "expires",
    "expiration",
    "expire",
    "ttl",
    "timeout",
    "hint",
    "description",
    "desc",
    "regex",
    "pattern",
    "source",
    "location",
    "store",
    "manager",
    "helper",
    "service",
    "class",
    "method",
    "validator",
    "generator",
    "usage",
    "limit",
    "index",
    "position",
    "offset",
    "max",
    "min",
    "strategy",
    "rotation",
    "algorithm",
    "alg",
    "scheme",
    "schema",
    "style",
    "status",
    "state",
    "error",
    "message",
    "msg",
    "text",
    "title",
    "placeholder",
    "example",
    "input",
    "column",
    "button",
    "link",
    "icon",
    "image",
    "color",
    "str",
    "pressed",
    "signatures",
    "st",
    "st_",
    "endpoint",
    "uses",
    "used",
    "at",
    "sent",
    "issuer",
    "audience",
    "scope",
    "scopes",
    "response",
    "request",
    "cookie",
    "flag",
];
const NEGATING_WORDS: &[&str] = &[
    "public",
    "publishable",
    "pub",
    "example",
    "sample",
    "dummy",
    "fake",
    "mock",
    // A key named as not matching, invalid or made up is a test value.
    "non",
    "nonmatching",
    "invalid",
    "bogus",
    "redacted",
    "fixture",
];

/// Split an identifier into lower-case words at `_ - . space` and camelCase
/// boundaries (`apiKey`, `APIKey`, `api_key`, `API-KEY` -> `api`, `key`).
fn words(key: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for (i, &c) in key.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let prev = if i > 0 { key[i - 1] } else { b' ' };
        let next = key.get(i + 1).copied().unwrap_or(b' ');
        let boundary = c.is_ascii_uppercase()
            && (prev.is_ascii_lowercase()
                || (prev.is_ascii_uppercase() && next.is_ascii_lowercase()));
        if boundary && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        cur.push(c.to_ascii_lowercase() as char);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn key_kind(key: &[u8]) -> Option<KeyKind> {
    let w = words(key);
    let last = w.last()?;
    if w.iter().any(|x| NEGATING_WORDS.contains(&x.as_str()))
        || EXCLUDED_LAST.contains(&last.as_str())
    {
        return None;
    }
    let password = w.iter().any(|x| PASSWORD_WORDS.contains(&x.as_str()));
    let strong = w.iter().any(|x| STRONG_WORDS.contains(&x.as_str()))
        || w.iter().any(|x| {
            x.len() > 5
                && [
                    "token",
                    "secret",
                    "password",
                    "apikey",
                    "accesskey",
                    "secretkey",
                ]
                .iter()
                .any(|s| x.ends_with(s))
        });
    let keyed = (last == "key" || last == "keys")
        && (w.len() == 1 || KEY_QUALIFIERS.contains(&w[w.len() - 2].as_str()));
    if password {
        Some(KeyKind::Password)
    } else if strong || keyed {
        Some(KeyKind::Secret)
    } else {
        None
    }
}

/// Cheap test before splitting a key into words: does it mention anything a
/// credential key would?
fn key_prefilter(key: &[u8]) -> bool {
    const STEMS: &[&[u8]] = &[
        b"tok", b"secret", b"pass", b"pwd", b"key", b"cred", b"auth", b"pat", b"bearer",
    ];
    !key.is_empty()
        && STEMS.iter().any(|s| {
            key.len() >= s.len() && key.windows(s.len()).any(|w| w.eq_ignore_ascii_case(s))
        })
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.')
}

const FILE_EXTS: &[&str] = &[
    "json",
    "yaml",
    "yml",
    "xml",
    "txt",
    "pem",
    "key",
    "crt",
    "cer",
    "p12",
    "pfx",
    "jks",
    "env",
    "conf",
    "cfg",
    "ini",
    "properties",
    "js",
    "ts",
    "py",
    "rb",
    "go",
    "java",
    "sh",
    "log",
    "csv",
    "md",
    "html",
    "png",
    "jpg",
    "gz",
    "zip",
    "tar",
    "db",
    "sqlite",
    "keystore",
    "toml",
    "lock",
];

fn value_ok(v: &[u8], kind: KeyKind) -> bool {
    let Ok(s) = std::str::from_utf8(v) else {
        return false;
    };
    let min = if kind == KeyKind::Password { 8 } else { 12 };
    if s.len() < min || s.len() > 512 || s.bytes().any(|c| c <= b' ' || c >= 0x7f) {
        return false;
    }
    if looks_like_placeholder(s) || s.contains("://") || (s.contains('@') && s.contains('.')) {
        return false;
    }
    if s.starts_with('/') || s.starts_with("./") || s.starts_with("~/") || s.starts_with("..") {
        return false;
    }
    if let Some((stem, ext)) = s.rsplit_once('.') {
        let ext_l = ext.to_ascii_lowercase();
        if FILE_EXTS.contains(&ext_l.as_str()) && !stem.is_empty() {
            return false;
        }
    }
    if version_like(s) {
        return false;
    }
    let parts: Vec<&str> = s
        .split(['-', '_', '.', ':'])
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() >= 2
        && parts
            .iter()
            .all(|p| p.bytes().all(|c| c.is_ascii_alphabetic()))
    {
        return false;
    }
    let digits_only = s.bytes().all(|c| c.is_ascii_digit());
    let e = shannon_entropy(s);
    match kind {
        KeyKind::Password => {
            let lower = s.to_ascii_lowercase();
            !PLACEHOLDER_PASSWORDS.contains(&lower.as_str()) && class_count(s) >= 2 && e >= 2.5
        }
        KeyKind::Secret => {
            if digits_only {
                return s.len() >= 16 && e >= 2.5;
            }
            let has_digit = s.bytes().any(|c| c.is_ascii_digit());
            let mixed = s.bytes().any(|c| c.is_ascii_uppercase())
                && s.bytes().any(|c| c.is_ascii_lowercase());
            e >= 3.0 && (has_digit || (s.len() >= 20 && mixed))
        }
    }
}

/// A version number: the whole value is `v1.2` / `1.2.3...`, or it contains a
/// dotted triple (`0.11.2`, `1.22.4-rc1`) that starts a segment.
fn version_like(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let starts = b[i].is_ascii_digit()
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric() || (i == 1 && b[0] == b'v'));
        if !starts {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut groups = 1;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        while j + 1 < b.len() && b[j] == b'.' && b[j + 1].is_ascii_digit() {
            j += 1;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            groups += 1;
        }
        if groups >= 3 || (groups == 2 && i <= 1 && j == b.len()) {
            return true;
        }
        i = j.max(i + 1);
    }
    false
}

fn assignments(b: &[u8], out: &mut Vec<RawMatch>) {
    let mut i = 0;
    while i < b.len() {
        // Jump to the next operator byte (`:`, `=`, or `-` of a `--flag`).
        match memchr::memchr3(b':', b'=', b'-', &b[i..]) {
            Some(k) => i += k,
            None => break,
        }
        let c = b[i];
        let (op_s, op_e) = match c {
            b':' => {
                if b.get(i + 1) == Some(&b':') || (i > 0 && b[i - 1] == b':') {
                    i += 2;
                    continue;
                }
                if b.get(i + 1) == Some(&b'=') {
                    (i, i + 2)
                } else {
                    (i, i + 1)
                }
            }
            b'=' => {
                let prev = if i > 0 { b[i - 1] } else { b' ' };
                if matches!(b.get(i + 1), Some(b'=')) || matches!(prev, b'=' | b'!' | b'<' | b'>') {
                    i += 1;
                    continue;
                }
                if b.get(i + 1) == Some(&b'>') {
                    (i, i + 2)
                } else {
                    (i, i + 1)
                }
            }
            b'-' if b.get(i + 1) == Some(&b'-') && (i == 0 || b[i - 1] == b' ') => {
                flag(b, i, out);
                i += 2;
                continue;
            }
            _ => {
                i += 1;
                continue;
            }
        };
        // Key: back over spaces, a closing quote (maybe escaped), the identifier.
        let mut k = op_s;
        let mut n = 0;
        while k > 0 && b[k - 1] == b' ' && n < 4 {
            k -= 1;
            n += 1;
        }
        if k > 0 && matches!(b[k - 1], b'"' | b'\'') {
            k -= 1;
            if k > 0 && b[k - 1] == b'\\' {
                k -= 1;
            }
        }
        let key_end = k;
        while k > 0 && is_ident(b[k - 1]) && key_end - k < 64 {
            k -= 1;
        }
        let key = &b[k..key_end];
        let Some(kind) = (if key_prefilter(key) {
            key_kind(key)
        } else {
            None
        }) else {
            i = op_e;
            continue;
        };
        // `&` ends a value only in a URL query (`?token=...&x=1`).
        let in_query = k > 0 && matches!(b[k - 1], b'?' | b'&');
        if let Some((vs, ve)) = value_span(b, op_e, in_query) {
            let value = &b[vs..ve];
            if value_ok(value, kind) {
                out.push(RawMatch::secret(
                    assignment_id(key, value, kind),
                    vs,
                    ve,
                    P_GENERIC,
                ));
            }
            // Continue right after the operator (a provider token inside the
            // value is still found by its own prefix rule), except past long
            // values, which are not re-read from every `=` inside them.
            if ve - vs > 64 {
                i = ve;
                continue;
            }
        }
        i = op_e;
    }
}

/// Name a generic assignment more precisely when the key says whose it is.
fn assignment_id(key: &[u8], value: &[u8], kind: KeyKind) -> &'static str {
    if kind == KeyKind::Password {
        return "secret:password";
    }
    let w = words(key);
    let has = |x: &str| w.iter().any(|k| k == x);
    if has("aws") && has("secret") && value.len() == 40 && value.iter().all(|c| b64(*c)) {
        return "secret:aws-secret-access-key";
    }
    if (has("azure") || has("sas")) && has("key") && value.len() >= 40 {
        return "secret:azure-key";
    }
    "secret:generic-api-key"
}

/// The value after an assignment operator: quoted (up to the closing quote, no
/// whitespace inside) or bare (up to whitespace or punctuation).
fn value_span(b: &[u8], mut v: usize, in_query: bool) -> Option<(usize, usize)> {
    let mut n = 0;
    while v < b.len() && matches!(b[v], b' ' | b'\t') && n < 4 {
        v += 1;
        n += 1;
    }
    if v < b.len() && b[v] == b'\\' {
        v += 1;
    }
    let quote = match b.get(v) {
        Some(q @ (b'"' | b'\'')) => Some(*q),
        Some(b'`') => return None,
        _ => None,
    };
    if quote.is_some() {
        v += 1;
    }
    let s = v;
    let mut e = v;
    while e < b.len() && e - s <= 512 {
        let c = b[e];
        match quote {
            Some(q) if c == q || c == b'\\' => break,
            Some(_) if c.is_ascii_whitespace() => return None,
            None if c.is_ascii_whitespace()
                || (c == b'&' && in_query)
                || matches!(
                    c,
                    b',' | b';' | b')' | b']' | b'}' | b'"' | b'\'' | b'<' | b'>' | b'\\'
                ) =>
            {
                break
            }
            _ => {}
        }
        e += 1;
    }
    (e > s).then_some((s, e))
}

/// `--token value` / `--password value` on a command line.
fn flag(b: &[u8], i: usize, out: &mut Vec<RawMatch>) {
    let s = i + 2;
    let e = run_fwd(
        b,
        s,
        |c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_',
        48,
    );
    if e == s || b.get(e) != Some(&b' ') {
        return;
    }
    let Some(kind) = key_kind(&b[s..e]) else {
        return;
    };
    if let Some((vs, ve)) = value_span(b, e + 1, false) {
        if b[vs] != b'-' && value_ok(&b[vs..ve], kind) {
            let id = if kind == KeyKind::Password {
                "secret:password"
            } else {
                "secret:generic-api-key"
            };
            out.push(RawMatch::secret(id, vs, ve, P_GENERIC));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        let set = SecretRules::builtin().expect("built-in secret rules");
        scan(&set, text, true, &mut out);
        let out = super::super::resolve_overlaps(out);
        out.iter()
            .map(|m| (m.ty, text[m.start..m.end].to_string()))
            .collect()
    }

    fn ids(text: &str) -> Vec<&'static str> {
        found(text).into_iter().map(|(t, _)| t).collect()
    }

    // Fixtures are assembled at run time so no literal token sits in the source.
    fn rnd(n: usize, seed: u64, alphabet: &[u8]) -> String {
        let mut x = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (0..n)
            .map(|_| {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                alphabet[((x >> 33) as usize) % alphabet.len()] as char
            })
            .collect()
    }
    const AN: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const UB32: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    const LHEX: &[u8] = b"0123456789abcdef";

    #[test]
    fn provider_prefixes() {
        let gh = format!("ghp_{}", rnd(36, 1, AN));
        assert_eq!(
            found(&format!("token is {gh}.")),
            vec![("secret:github-pat", gh.clone())]
        );
        let aws = format!("AKIA{}", rnd(16, 2, UB32));
        assert_eq!(ids(&format!("id={aws}")), vec!["secret:aws-access-token"]);
        let gl = format!("glpat-{}", rnd(20, 3, AN));
        assert_eq!(ids(&gl), vec!["secret:gitlab-pat"]);
        let slack = format!(
            "xoxb-{}-{}-{}",
            rnd(12, 4, b"0123456789"),
            rnd(13, 5, b"0123456789"),
            rnd(24, 6, AN)
        );
        assert_eq!(ids(&slack), vec!["secret:slack-token"]);
        let stripe = format!("sk_live_{}", rnd(24, 7, AN));
        assert_eq!(ids(&stripe), vec!["secret:stripe-access-token"]);
        let openai = format!("sk-proj-{}", rnd(64, 8, AN));
        assert_eq!(ids(&openai), vec!["secret:openai-api-key"]);
        let ant = format!("sk-ant-api03-{}", rnd(93, 9, AN));
        assert_eq!(ids(&ant), vec!["secret:anthropic-api-key"]);
        let gcp = format!("AIza{}", rnd(35, 10, AN));
        assert_eq!(ids(&gcp), vec!["secret:gcp-api-key"]);
        let hook = format!(
            "https://hooks.slack.com/services/T{}/B{}/{}",
            rnd(8, 11, UB32),
            rnd(8, 12, UB32),
            rnd(24, 13, AN)
        );
        assert_eq!(ids(&hook), vec!["secret:slack-webhook-url"]);
        let dapi = format!("dapi{}", rnd(32, 14, LHEX));
        assert_eq!(ids(&dapi), vec!["secret:databricks-api-token"]);
    }

    #[test]
    fn placeholders_and_lookalikes_are_not_secrets() {
        for t in [
            "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
            "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "api_key = YOUR_API_KEY",
            "token: ${GITHUB_TOKEN}",
            "password: changeme",
            "password = $(cat /run/secrets/db)",
            "xoxb-your-bot-token-here",
            "TODAYINASIAASACKOFRICEFELLOVER",
            "secret_length = 32",
            "tokenizer = BertTokenizer.from_pretrained(model)",
            "public_key: \"MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\"",
            "key_name: prod-kms-main",
            "credentialsId: 'f4aeb6bc-2a25-458a-8111-9be9e502c0e7'",
            "version: 1.22.4-rc1",
            "api_key_file = ./secrets/api.key",
            "-----BEGIN PRIVATE KEY-----\nanything\n-----END PRIVATE KEY-----",
            "https://user:password@example.com",
            "order_id=8b2f4e1a-9c3d-4e5f-8a7b-6c5d4e3f2a1b",
            "sk-abcdefghijklmnopqrstuvwxyz0123456789",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn generic_assignments() {
        let v = rnd(32, 20, AN);
        assert_eq!(
            found(&format!("\"service_token\": \"{v}\"")),
            vec![("secret:generic-api-key", v.clone())]
        );
        assert_eq!(
            ids(&format!("ApiKey := \"{v}\"")),
            vec!["secret:generic-api-key"]
        );
        assert_eq!(
            ids(&format!("export DB_PASSWORD={}", rnd(12, 21, AN))),
            vec!["secret:password"]
        );
        assert_eq!(
            ids(&format!("cli --api-key {v}")),
            vec!["secret:generic-api-key"]
        );
        assert_eq!(
            ids(&format!("GET /x?access_token={v}&a=1")),
            vec!["secret:generic-api-key"]
        );
    }

    #[test]
    fn structured_secrets() {
        let body: String = (0..12).map(|i| rnd(64, 30 + i, AN) + "\n").collect();
        let pem = format!("-----BEGIN RSA PRIVATE KEY-----\n{body}-----END RSA PRIVATE KEY-----");
        let text = format!("key:\n{pem}\nend");
        assert_eq!(found(&text), vec![("secret:private-key", pem.clone())]);

        let enc = |s: &str| {
            let table = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
            let bytes = s.as_bytes();
            let mut out = String::new();
            for chunk in bytes.chunks(3) {
                let n = chunk.iter().fold(0u32, |a, c| (a << 8) | u32::from(*c))
                    << (8 * (3 - chunk.len()));
                for k in 0..=chunk.len() {
                    out.push(table[((n >> (18 - 6 * k)) & 63) as usize] as char);
                }
            }
            out
        };
        let jwt = format!(
            "{}.{}.{}",
            enc(r#"{"alg":"HS256","typ":"JWT"}"#),
            enc(r#"{"sub":"42","name":"x"}"#),
            rnd(43, 40, AN)
        );
        assert_eq!(
            ids(&format!("Authorization: Bearer {jwt}")),
            vec!["secret:jwt"]
        );
        // Three base64url segments whose header is not a JOSE header: not a JWT.
        let fake = format!(
            "{}.{}.{}",
            enc(r#"{"a":1}"#),
            enc("hello world"),
            rnd(20, 41, AN)
        );
        assert!(!ids(&fake).contains(&"secret:jwt"));

        let pass = rnd(14, 42, AN);
        assert_eq!(
            found(&format!("postgres://app:{pass}@db.internal:5432/x")),
            vec![("secret:url-credentials", format!("app:{pass}"))]
        );
    }

    /// Tokens found by a marker in their middle, each arm of `markers`.
    #[test]
    fn marker_secrets() {
        const DIGITS: &[u8] = b"0123456789";
        let telegram = format!("{}:AA{}", rnd(9, 50, DIGITS), rnd(33, 51, AN));
        assert_eq!(
            found(&format!("bot token {telegram} here")),
            vec![("secret:telegram-bot-token", telegram.clone())]
        );
        let facebook = format!("{}|{}", rnd(15, 52, DIGITS), rnd(30, 53, AN));
        assert_eq!(ids(&facebook), vec!["secret:facebook-access-token"]);
        let mailchimp = format!("{}-us14", rnd(32, 54, LHEX));
        assert_eq!(ids(&mailchimp), vec!["secret:mailchimp-api-key"]);
        let storage = format!("AccountName=x;AccountKey={}==;", rnd(86, 55, AN));
        assert_eq!(ids(&storage), vec!["secret:azure-storage-key"]);
        let sig = rnd(44, 56, AN);
        let sas =
            format!("https://a.blob.core.windows.net/c/f?sv=2022-11-02&se=2030-01-01&sig={sig}");
        assert_eq!(found(&sas), vec![("secret:azure-sas-token", sig.clone())]);
        let first = format!("https://a.blob.core.windows.net/c/f?sig={sig}&sv=2022-11-02");
        assert_eq!(ids(&first), vec!["secret:azure-sas-token"]);
        // Without the SAS version or expiry beside it, `sig=` is any signature.
        assert!(ids(&format!("https://example.com/x?sig={sig}")).is_empty());
        let id = rnd(18, 57, DIGITS);
        let b64 = |bytes: &[u8]| {
            let table = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            bytes
                .chunks(3)
                .flat_map(|c| {
                    let n =
                        c.iter().fold(0u32, |a, x| (a << 8) | u32::from(*x)) << (8 * (3 - c.len()));
                    (0..=c.len()).map(move |k| table[((n >> (18 - 6 * k)) & 63) as usize] as char)
                })
                .collect::<String>()
        };
        let discord = format!(
            "{}.{}.{}",
            b64(id.as_bytes()),
            rnd(6, 58, AN),
            rnd(30, 59, AN)
        );
        assert_eq!(
            ids(&format!("DISCORD_TOKEN {discord}")),
            vec!["secret:discord-bot-token"]
        );
    }

    #[test]
    fn key_words() {
        assert_eq!(words(b"APIKey"), vec!["api", "key"]);
        assert_eq!(
            words(b"aws_secret_access_key"),
            vec!["aws", "secret", "access", "key"]
        );
        assert_eq!(words(b"githubToken"), vec!["github", "token"]);
        assert_eq!(key_kind(b"foreignKey"), None);
        assert_eq!(key_kind(b"api_key"), Some(KeyKind::Secret));
        assert_eq!(key_kind(b"DB_PASSWORD"), Some(KeyKind::Password));
        assert_eq!(key_kind(b"credentialsId"), None);
        assert_eq!(key_kind(b"publicToken"), None);
    }

    #[test]
    fn every_rule_id_is_listed() {
        let ids = SecretRules::builtin().expect("built-in secret rules").ids();
        assert!(ids.contains(&"github-pat"));
        assert!(ids.contains(&"generic-api-key"));
        assert!(ids.iter().all(|i| !i.starts_with("secret:")));
    }
}
