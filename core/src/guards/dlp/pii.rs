//! Structured PII: e-mail addresses, phone numbers, payment cards, IBANs, US
//! SSNs, IPv4 and IPv6 addresses.
//!
//! Hand-written byte scanners, no regex: each detector is triggered by a cheap
//! byte (`@`, a digit, `:`, two letters then two digits) and then validated
//! (Luhn, mod-97, SSA rules, octet ranges). Numbers that only look like phone
//! numbers in context (`Phone: 450 0840`) need a context word nearby; strong
//! formats (`+41 44 668 18 00`, `(415) 555-0132`) do not. The context words are
//! data: `core/rules/pii_context.json`, plus an operator's.

use std::sync::{Arc, OnceLock};

use serde::{Deserialize, Serialize};
use smallvec::SmallVec;

use super::validators::{
    iban_length, iban_valid, ipv4_valid, ipv6_plausible, luhn_valid, ssn_valid,
};
use super::{PiiType, RawMatch};
use crate::guards::rule_file::{self, Version1};

/// Run every enabled PII detector over `text`, appending byte-offset matches.
pub(crate) fn scan(
    text: &str,
    enabled: &[bool; PiiType::COUNT],
    words: &ContextWords,
    out: &mut Vec<RawMatch>,
) {
    let b = text.as_bytes();
    let on = |t: PiiType| enabled[t as usize];
    if on(PiiType::EmailAddress) && b.contains(&b'@') {
        emails(b, out);
    }
    let numbers = on(PiiType::PhoneNumber)
        || on(PiiType::CreditCard)
        || on(PiiType::UsSsn)
        || on(PiiType::IpAddress);
    if numbers && b.iter().any(u8::is_ascii_digit) {
        numeric(b, enabled, words, out);
        if on(PiiType::IbanCode) {
            ibans(b, out);
        }
        if on(PiiType::IpAddress) && b.contains(&b':') {
            ipv6(b, out);
        }
    } else if on(PiiType::IbanCode) && b.iter().any(u8::is_ascii_digit) {
        ibans(b, out);
    }
}

fn push(out: &mut Vec<RawMatch>, ty: PiiType, start: usize, end: usize) {
    out.push(RawMatch::pii(ty, start, end));
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

// ---------------------------------------------------------------- e-mail

fn is_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-' | b'\'')
}

fn is_domain(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-')
}

/// File extensions that follow an `@` in asset names (`icon@2x.png`), not TLDs
/// anyone receives mail at.
const ASSET_TLDS: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "css", "js", "json", "html", "htm", "txt",
    "pdf", "mp4", "tgz", "zip", "lock", "yaml", "yml", "toml",
];

fn emails(b: &[u8], out: &mut Vec<RawMatch>) {
    let mut last_end = 0;
    for at in memchr_all(b, b'@') {
        if at < last_end {
            continue;
        }
        let mut s = at;
        while s > 0 && is_local(b[s - 1]) && at - s < 64 {
            s -= 1;
        }
        while s < at && matches!(b[s], b'.' | b'\'' | b'-' | b'+') {
            s += 1;
        }
        if s == at || (s > 0 && is_local(b[s - 1])) {
            continue;
        }
        // `scheme://user:secret@host` is URL userinfo, not a mailbox.
        if s > 0 && b[s - 1] == b':' && in_url_authority(b, s - 1) {
            continue;
        }
        let mut e = at + 1;
        while e < b.len() && is_domain(b[e]) && e - at < 254 {
            e += 1;
        }
        while e > at + 1 && matches!(b[e - 1], b'.' | b'-') {
            e -= 1;
        }
        let domain = &b[at + 1..e];
        if !domain_ok(domain) {
            continue;
        }
        // `git@github.com:org/repo` is an SSH remote, not a mailbox.
        if e < b.len() && b[e] == b':' && &b[s..at] == b"git" {
            continue;
        }
        push(out, PiiType::EmailAddress, s, e);
        last_end = e;
    }
}

/// Is `pos` inside the authority of a `scheme://` URL (no whitespace or `/`
/// between the `//` and `pos`)?
fn in_url_authority(b: &[u8], pos: usize) -> bool {
    let from = pos.saturating_sub(256);
    let mut i = pos;
    while i > from {
        i -= 1;
        match b[i] {
            b'/' => return i >= 2 && b[i - 1] == b'/' && b[i - 2] == b':',
            c if c.is_ascii_whitespace() || c == b'"' || c == b'\'' => return false,
            _ => {}
        }
    }
    false
}

fn domain_ok(domain: &[u8]) -> bool {
    if domain.is_empty() || domain[0] == b'.' || domain[0] == b'-' {
        return false;
    }
    let labels: Vec<&[u8]> = domain.split(|c| *c == b'.').collect();
    if labels.len() < 2 || labels.iter().any(|l| l.is_empty() || l.len() > 63) {
        return false;
    }
    let tld = labels[labels.len() - 1];
    if tld.len() < 2 || tld.len() > 24 || !tld.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    let tld_lower = tld.to_ascii_lowercase();
    !ASSET_TLDS
        .iter()
        .any(|t| t.as_bytes() == tld_lower.as_slice())
}

fn memchr_all(b: &[u8], needle: u8) -> impl Iterator<Item = usize> + '_ {
    b.iter()
        .enumerate()
        .filter(move |(_, c)| **c == needle)
        .map(|(i, _)| i)
}

// ---------------------------------------------------------------- numbers

/// A run of digits and separators that might be a phone, card, SSN or IPv4.
struct NumRun {
    start: usize,
    /// End of the number proper (before any phone extension).
    end: usize,
    /// End including an `x123` / `ext. 123` extension.
    ext_end: usize,
    digits: SmallVec<[u8; 32]>,
    /// Lengths of the digit groups, in order.
    groups: SmallVec<[usize; 8]>,
    /// The distinct separators seen between groups.
    seps: SmallVec<[u8; 8]>,
    plus: bool,
    parens: bool,
}

fn is_sep(b: u8) -> bool {
    matches!(b, b' ' | b'-' | b'.' | b'(' | b')' | b'/')
}

/// Read a number run starting at `i` (a digit, `+` or `(`). Returns the run and
/// the index to continue scanning from.
fn read_run(b: &[u8], i: usize) -> (Option<NumRun>, usize) {
    let start = i;
    let mut j = i;
    let plus = b[j] == b'+';
    if plus {
        j += 1;
    }
    let mut digits = SmallVec::new();
    let mut groups = SmallVec::new();
    let mut seps: SmallVec<[u8; 8]> = SmallVec::new();
    let mut parens = false;
    let mut open_paren = false;
    let mut cur = 0usize;
    let mut last_digit_end = j;
    while j < b.len() && j - start < 48 {
        let c = b[j];
        if c.is_ascii_digit() {
            digits.push(c);
            cur += 1;
            j += 1;
            last_digit_end = j;
            continue;
        }
        if is_sep(c) {
            // At most two separator bytes in a row (`) `, ` (`, `- `), and the
            // run must continue with a digit.
            let mut k = j;
            let mut n = 0;
            while k < b.len() && is_sep(b[k]) && n < 3 {
                if b[k] == b'(' {
                    open_paren = true;
                }
                if b[k] == b')' {
                    if !open_paren {
                        break;
                    }
                    parens = true;
                }
                k += 1;
                n += 1;
            }
            if n == 0 || n > 2 || k >= b.len() || !b[k].is_ascii_digit() {
                break;
            }
            // Separator runs made only of spaces must be a single space.
            if b[j..k].iter().all(|s| *s == b' ') && n > 1 {
                break;
            }
            if cur > 0 {
                groups.push(cur);
                cur = 0;
            }
            for s in &b[j..k] {
                if !seps.contains(s) {
                    seps.push(*s);
                }
            }
            j = k;
            continue;
        }
        break;
    }
    if cur > 0 {
        groups.push(cur);
    }
    let end = last_digit_end;
    // Extension: `x123`, ` x123`, ` ext. 123`, ` ext 123`.
    let mut ext_end = end;
    {
        let mut k = end;
        if k < b.len() && b[k] == b' ' {
            k += 1;
        }
        let rest = &b[k.min(b.len())..];
        let skip = if rest.first() == Some(&b'x') {
            Some(1)
        } else if rest.len() >= 4 && rest[..3].eq_ignore_ascii_case(b"ext") {
            let mut s = 3;
            if rest.get(s) == Some(&b'.') {
                s += 1;
            }
            if rest.get(s) == Some(&b' ') {
                s += 1;
            }
            Some(s)
        } else {
            None
        };
        if let Some(s) = skip {
            let mut m = k + s;
            let d0 = m;
            while m < b.len() && b[m].is_ascii_digit() && m - d0 < 6 {
                m += 1;
            }
            if m > d0 && (m >= b.len() || !is_word(b[m])) {
                ext_end = m;
            }
        }
    }
    let next = end.max(j).max(start + 1);
    // The run must end at a word boundary: `12345abc` is an identifier.
    if ext_end == end && end < b.len() && (b[end].is_ascii_alphabetic() || b[end] == b'_') {
        return (None, skip_word(b, end));
    }
    if digits.is_empty() {
        return (None, next);
    }
    (
        Some(NumRun {
            start,
            end,
            ext_end,
            digits,
            groups,
            seps,
            plus,
            parens,
        }),
        next.max(ext_end),
    )
}

fn skip_word(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && is_word(b[i]) {
        i += 1;
    }
    i
}

/// Bytes a number may open with (a digit, `+`, `(`): one table read per byte.
static NUM_START: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = b'0';
    while c <= b'9' {
        t[c as usize] = true;
        c += 1;
    }
    t[b'+' as usize] = true;
    t[b'(' as usize] = true;
    t
};

fn numeric(
    b: &[u8],
    enabled: &[bool; PiiType::COUNT],
    words: &ContextWords,
    out: &mut Vec<RawMatch>,
) {
    let on = |t: PiiType| enabled[t as usize];
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if !NUM_START[usize::from(c)] {
            i += 1;
            continue;
        }
        let starts = c.is_ascii_digit()
            || ((c == b'+' || c == b'(') && b.get(i + 1).is_some_and(u8::is_ascii_digit));
        if !starts {
            i += 1;
            continue;
        }
        // Must start at a boundary, not inside a word or another number
        // (`v1.2.3`, `2024-01-02`, `abc123`).
        if i > 0 {
            let p = b[i - 1];
            let inside = is_word(p)
                || (matches!(p, b'.' | b'-' | b'/' | b':' | b',')
                    && i >= 2
                    && b[i - 2].is_ascii_digit());
            if inside {
                i = skip_word_or_number(b, i).max(i + 1);
                continue;
            }
        }
        let (run, next) = read_run(b, i);
        if let Some(run) = run {
            classify(b, &run, &on, words, out);
        }
        i = next.max(i + 1);
    }
}

fn skip_word_or_number(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && (is_word(b[i]) || b[i] == b'.') {
        i += 1;
    }
    i
}

fn classify(
    b: &[u8],
    run: &NumRun,
    on: &impl Fn(PiiType) -> bool,
    words: &ContextWords,
    out: &mut Vec<RawMatch>,
) {
    let nd = run.digits.len();
    let text = &b[run.start..run.end];
    let only = |allowed: &[u8]| run.seps.iter().all(|s| allowed.contains(s));

    // IPv4: exactly four dot-separated groups.
    if run.seps[..] == [b'.'] && run.groups.len() == 4 && !run.plus {
        if on(PiiType::IpAddress) {
            if let Ok(s) = std::str::from_utf8(text) {
                if ipv4_valid(s) {
                    push(out, PiiType::IpAddress, run.start, run.end);
                }
            }
        }
        return;
    }
    // Dotted versions and decimals (`1.2.3`, `3.14`) are never PII; the one
    // dotted shape that is, is the North American `415.555.0132`.
    if run.seps[..] == [b'.'] && run.groups.len() <= 3 && run.groups[..] != [3, 3, 4] {
        return;
    }
    if looks_like_date(run) || looks_like_time(b, run) {
        return;
    }

    // US SSN: 3-2-4 with one consistent separator, or nine bare digits next to
    // an SSN keyword.
    if on(PiiType::UsSsn) && nd == 9 && !run.plus && !run.parens {
        let shaped =
            run.groups[..] == [3, 2, 4] && (run.seps[..] == [b'-'] || run.seps[..] == [b' ']);
        let bare = run.groups[..] == [9] && context_before(b, run.start, &words.ssn, 40);
        if (shaped || bare) && ssn_valid(&run.digits) {
            push(out, PiiType::UsSsn, run.start, run.end);
            return;
        }
    }

    // Payment card: 12-19 digits, spaces or dashes between groups of 3+, Luhn.
    if on(PiiType::CreditCard)
        && (12..=19).contains(&nd)
        && !run.plus
        && !run.parens
        && only(b" -")
        && run.seps.len() <= 1
        && run.groups.iter().all(|g| *g >= 3)
        && luhn_valid_digits(&run.digits)
    {
        let context = context_before(b, run.start, &words.card, 48);
        let iin = iin_plausible(&run.digits);
        let grouped = run.groups.len() >= 3;
        if context || (nd >= 13 && iin && (grouped || nd >= 14)) {
            push(out, PiiType::CreditCard, run.start, run.end);
            return;
        }
    }

    if on(PiiType::PhoneNumber) {
        phone(b, run, words, out);
    }
}

fn luhn_valid_digits(d: &[u8]) -> bool {
    std::str::from_utf8(d).is_ok_and(luhn_valid)
}

/// Issuer prefixes of the major card networks (Visa 4, Mastercard 51-55 and
/// 2221-2720, Amex 34/37, Discover/UnionPay 6, JCB 35/1800/2131, Diners 30/36/38).
fn iin_plausible(d: &[u8]) -> bool {
    match d.first() {
        Some(b'3' | b'4' | b'5' | b'6') => true,
        Some(b'2') => matches!(d.get(1), Some(b'2'..=b'7')) || d.starts_with(b"2131"),
        Some(b'1') => d.starts_with(b"1800"),
        _ => false,
    }
}

fn looks_like_date(run: &NumRun) -> bool {
    if run.plus || run.parens || run.seps.len() != 1 || run.groups.len() != 3 {
        return false;
    }
    if !matches!(run.seps[0], b'-' | b'/' | b'.') {
        return false;
    }
    let d = &run.digits;
    let g = &run.groups;
    let num = |s: usize, n: usize| {
        d[s..s + n]
            .iter()
            .fold(0u32, |a, c| a * 10 + u32::from(c - b'0'))
    };
    match (g[0], g[1], g[2]) {
        (4, 1..=2, 1..=2) => {
            let (m, day) = (num(4, g[1]), num(4 + g[1], g[2]));
            (1..=12).contains(&m) && (1..=31).contains(&day)
        }
        (1..=2, 1..=2, 2 | 4) => {
            let (a, bb) = (num(0, g[0]), num(g[0], g[1]));
            (1..=31).contains(&a) && (1..=31).contains(&bb) && (a <= 12 || bb <= 12)
        }
        _ => false,
    }
}

/// `12:30` style clocks are cut at the colon already; this rejects `10.30` /
/// `10-30` ranges that sit right after a time word.
fn looks_like_time(b: &[u8], run: &NumRun) -> bool {
    run.groups.len() == 2
        && run.groups.iter().all(|g| *g <= 2)
        && b.get(run.end).is_some_and(|c| *c == b':')
}

/// The built-in context words: `core/rules/pii_context.json`.
pub const BUILTIN_CONTEXT: &str = include_str!("../../../rules/pii_context.json");

/// Most words an operator may add to one family.
const MAX_EXTRA_WORDS: usize = 64;

/// Bytes after a phone number that `label_after` reads for a label.
const LABEL_WINDOW: usize = 12;

/// Words that give a bare number its meaning, per detector: a phone number,
/// a payment card or a US SSN when one stands before it, and the labels that
/// may follow a phone number. ASCII letters only: runs of them are what
/// `context_before` compares, so `phone` also stands for `téléphone` (`é` is
/// not an ASCII letter).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct ContextWords {
    pub phone: Vec<String>,
    pub phone_labels_after: Vec<String>,
    pub card: Vec<String>,
    pub ssn: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ContextFile {
    #[allow(dead_code)]
    version: Version1,
    #[allow(dead_code)]
    about: String,
    words: ContextWords,
}

impl ContextWords {
    /// The built-in words alone, parsed once and shared.
    pub(crate) fn builtin() -> Result<Arc<Self>, String> {
        static BUILTIN: OnceLock<Result<Arc<ContextWords>, String>> = OnceLock::new();
        BUILTIN
            .get_or_init(|| {
                let file: ContextFile =
                    rule_file::parse(BUILTIN_CONTEXT, "built-in PII context words")?;
                file.words
                    .check("built-in PII context words", usize::MAX)
                    .map(|()| Arc::new(file.words))
            })
            .clone()
    }

    /// The built-in words and `extra` (an operator's); an invalid word is an
    /// error.
    pub(crate) fn with(extra: &ContextWords) -> Result<Arc<Self>, String> {
        extra.check("dlp pii.extraContextWords", MAX_EXTRA_WORDS)?;
        let builtin = Self::builtin()?;
        if *extra == ContextWords::default() {
            return Ok(builtin);
        }
        let join = |a: &[String], b: &[String]| {
            a.iter()
                .chain(b.iter().filter(|w| !a.contains(w)))
                .cloned()
                .collect()
        };
        Ok(Arc::new(Self {
            phone: join(&builtin.phone, &extra.phone),
            phone_labels_after: join(&builtin.phone_labels_after, &extra.phone_labels_after),
            card: join(&builtin.card, &extra.card),
            ssn: join(&builtin.ssn, &extra.ssn),
        }))
    }

    /// Every word is one lowercase run of ASCII letters, as the detectors
    /// read them (any other word would never match), at most `max` per family.
    fn check(&self, what: &str, max: usize) -> Result<(), String> {
        for (family, words, longest) in [
            ("phone", &self.phone, 32),
            // `label_after` reads a window after a number: one byte more
            // than the label, to see where it ends.
            (
                "phoneLabelsAfter",
                &self.phone_labels_after,
                LABEL_WINDOW - 1,
            ),
            ("card", &self.card, 32),
            ("ssn", &self.ssn, 32),
        ] {
            if words.len() > max {
                return Err(format!("{what}.{family}: at most {max} words"));
            }
            for w in words {
                let letters = w.bytes().all(|c| c.is_ascii_lowercase());
                if w.is_empty() || w.len() > longest || !letters {
                    return Err(format!(
                        "{what}.{family}: {w:?} is not 1 to {longest} lowercase ASCII letters"
                    ));
                }
            }
        }
        Ok(())
    }
}

fn phone(b: &[u8], run: &NumRun, words: &ContextWords, out: &mut Vec<RawMatch>) {
    let nd = run.digits.len();
    // 3-2-4 is the SSN shape; an invalid SSN is still not a phone number.
    if !(7..=15).contains(&nd) || run.groups[..] == [3, 2, 4] {
        return;
    }
    let d = &run.digits[..];
    let g = &run.groups[..];
    let has_sep = g.len() > 1;
    // Strong formats: recognisable without any context word.
    let e164 = run.plus && nd >= 8 && d[0] != b'0';
    let nanp = !run.plus
        && nd == 10
        && (run.parens && g.len() == 3 && g[0] == 3 && g[1] == 3 && g[2] == 4
            || *g == [3, 3, 4] && run.seps.len() == 1 && run.seps[0] != b'/')
        // Area codes never start with 0 or 1; exchanges are not checked (test
        // data and many real directories ignore that rule).
        && matches!(d[0], b'2'..=b'9');
    let intl_prefix = !run.plus && d.starts_with(b"00") && nd >= 11 && g.len() >= 3;
    let trunk_grouped = !run.plus
        && d[0] == b'0'
        && d.get(1).is_some_and(|c| *c != b'0')
        && (9..=12).contains(&nd)
        && g.len() >= 3
        && g.iter().all(|x| (2..=4).contains(x))
        && run.seps.len() == 1;
    let strong = e164 || nanp || intl_prefix || trunk_grouped;
    let contextual = (has_sep || (10..=12).contains(&nd))
        && (context_before(b, run.start, &words.phone, 40)
            || label_after(b, run.ext_end, &words.phone_labels_after));
    if strong || contextual {
        push(out, PiiType::PhoneNumber, run.start, run.ext_end);
    }
}

/// A whole word from `words` in the `window` bytes before `pos` (ASCII
/// case-insensitive). A word of `words` is matched where it stands between
/// bytes that are not ASCII letters (or the window's ends), so each maximal
/// run of letters is compared once, not every offset against every word.
fn context_before(b: &[u8], pos: usize, words: &[String], window: usize) -> bool {
    let hay = &b[pos.saturating_sub(window)..pos];
    hay.split(|c| !c.is_ascii_alphabetic())
        .filter(|run| !run.is_empty())
        .any(|run| words.iter().any(|w| run.eq_ignore_ascii_case(w.as_bytes())))
}

fn label_after(b: &[u8], pos: usize, words: &[String]) -> bool {
    let mut i = pos;
    let mut n = 0;
    while i < b.len() && matches!(b[i], b' ' | b'-' | b'\\' | b',' | b'(' | b'/') && n < 3 {
        i += 1;
        n += 1;
    }
    let end = (i + LABEL_WINDOW).min(b.len());
    let hay = &b[i..end];
    words.iter().any(|w| {
        hay.len() >= w.len()
            && hay[..w.len()].eq_ignore_ascii_case(w.as_bytes())
            && hay.get(w.len()).is_none_or(|c| !c.is_ascii_alphabetic())
    })
}

// ---------------------------------------------------------------- IBAN

fn ibans(b: &[u8], out: &mut Vec<RawMatch>) {
    let mut i = 0;
    while i + 15 <= b.len() {
        // A start needs two letters then two digits. When `b[i + 3]` is not a
        // digit, neither `i` nor `i + 1` starts one, nor do `i + 2` and
        // `i + 3` unless it is a letter.
        let d = b[i + 3];
        if !d.is_ascii_digit() {
            i += if d.is_ascii_alphabetic() { 2 } else { 4 };
            continue;
        }
        let c = b[i];
        if !c.is_ascii_alphabetic() || (i > 0 && is_word(b[i - 1])) {
            i += 1;
            continue;
        }
        if !(b[i + 1].is_ascii_alphabetic()
            && b[i + 2].is_ascii_digit()
            && b[i + 3].is_ascii_digit())
        {
            i += 1;
            continue;
        }
        let upper = c.is_ascii_uppercase();
        if b[i + 1].is_ascii_uppercase() != upper {
            i += 1;
            continue;
        }
        let country = [c.to_ascii_uppercase(), b[i + 1].to_ascii_uppercase()];
        let Some(len) = iban_length(&country) else {
            i += 1;
            continue;
        };
        // Collect `len` alphanumerics, allowing one space after every group of 4.
        let mut j = i;
        let mut n = 0;
        let mut ok = true;
        while n < len && j < b.len() {
            let ch = b[j];
            if ch.is_ascii_alphanumeric() {
                if ch.is_ascii_alphabetic() && ch.is_ascii_uppercase() != upper {
                    ok = false;
                    break;
                }
                n += 1;
                j += 1;
            } else if ch == b' '
                && n % 4 == 0
                && n > 0
                && j + 1 < b.len()
                && b[j + 1].is_ascii_alphanumeric()
            {
                j += 1;
            } else {
                break;
            }
        }
        if ok && n == len && (j >= b.len() || !is_word(b[j])) {
            if let Ok(s) = std::str::from_utf8(&b[i..j]) {
                if iban_valid(s) {
                    push(out, PiiType::IbanCode, i, j);
                    i = j;
                    continue;
                }
            }
        }
        i += 1;
    }
}

// ---------------------------------------------------------------- IPv6

fn is_v6(b: u8) -> bool {
    b.is_ascii_hexdigit() || b == b':' || b == b'.'
}

fn ipv6(b: &[u8], out: &mut Vec<RawMatch>) {
    let mut i = 0;
    while i < b.len() {
        if b[i] != b':' {
            i += 1;
            continue;
        }
        let mut s = i;
        while s > 0 && is_v6(b[s - 1]) && i - s < 45 {
            s -= 1;
        }
        let mut e = i;
        while e < b.len() && is_v6(b[e]) && e - s < 45 {
            e += 1;
        }
        // Trim a trailing sentence dot or a port colon.
        while e > s && matches!(b[e - 1], b'.') {
            e -= 1;
        }
        let colons = b[s..e].iter().filter(|c| **c == b':').count();
        let bounded = (s == 0 || !is_word(b[s - 1])) && (e >= b.len() || !is_word(b[e]));
        if colons >= 2 && bounded {
            if let Ok(cand) = std::str::from_utf8(&b[s..e]) {
                if ipv6_plausible(cand) {
                    push(out, PiiType::IpAddress, s, e);
                }
            }
        }
        i = e.max(i + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::super::PiiType;
    use super::*;

    fn found(text: &str) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        let words = ContextWords::builtin().expect("the built-in context words parse");
        scan(text, &[true; PiiType::COUNT], &words, &mut out);
        out.sort_by_key(|m| m.start);
        out.iter()
            .map(|m| (m.ty, text[m.start..m.end].to_string()))
            .collect()
    }

    fn kinds(text: &str) -> Vec<&'static str> {
        found(text).into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn emails() {
        assert_eq!(
            found("write to Ana.Silva+news@mail.example.org, thanks."),
            vec![("EMAIL_ADDRESS", "Ana.Silva+news@mail.example.org".into())]
        );
        assert!(kinds("icon@2x.png and git@github.com:org/repo and @types/node").is_empty());
        assert!(kinds("npm i left-pad@1.3.0").is_empty());
    }

    #[test]
    fn phones_strong_and_contextual() {
        assert_eq!(kinds("ring +41 44 668 18 00 now"), vec!["PHONE_NUMBER"]);
        assert_eq!(kinds("(415) 555-0132"), vec!["PHONE_NUMBER"]);
        assert_eq!(kinds("415-555-0132 x204"), vec!["PHONE_NUMBER"]);
        assert_eq!(kinds("Tel: 030 1234 5678"), vec!["PHONE_NUMBER"]);
        assert_eq!(kinds("Phone:\n450 0840"), vec!["PHONE_NUMBER"]);
        assert_eq!(kinds("320 44 810 office"), vec!["PHONE_NUMBER"]);
        // Same digits, no context: nothing.
        assert!(kinds("batch 450 0840 shipped").is_empty());
    }

    #[test]
    fn phone_hard_negatives() {
        for t in [
            "released 2024-01-15 at 10:30",
            "version 1.22.3 and 10.4.7",
            "order 12345678 ready",
            "uuid 3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f",
            "timestamp 1712345678",
            "pi is 3.14159265",
            "dated 15/01/2024",
            "sha 9a038989604e8da62ecddbe2094b16ce1b778be1",
            "range 10-20 and 1990-2000",
        ] {
            assert!(kinds(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn context_words_are_whole_words_in_the_window() {
        let words = ContextWords::builtin().expect("the built-in context words parse");
        let at_end = |t: &str, window| context_before(t.as_bytes(), t.len(), &words.phone, window);
        assert!(at_end("Call me on ", 40));
        assert!(at_end("mon téléphone: ", 40));
        assert!(at_end("TEL ", 40));
        // Letters glued on either side make another word.
        assert!(!at_end("the cellar, ", 40));
        assert!(!at_end("hotel ", 40));
        // Only the window counts; a word cut by its start still reads as one.
        assert!(!at_end("phone then a long run of plain words here ", 20));
        assert!(at_end("xxcell 1", 6));
    }

    #[test]
    fn cards() {
        assert_eq!(kinds("card 4111 1111 1111 1111 exp"), vec!["CREDIT_CARD"]);
        assert_eq!(kinds("pay with 5500-0000-0000-0004"), vec!["CREDIT_CARD"]);
        assert_eq!(kinds("378282246310005"), vec!["CREDIT_CARD"]);
        // Luhn fails.
        assert!(kinds("card 4111 1111 1111 1112").is_empty());
        // Luhn passes by chance but the prefix is no card network, no context.
        assert!(kinds("ticket 9000000000000008").is_empty());
    }

    #[test]
    fn ssn_rules_apply() {
        assert_eq!(kinds("SSN 536-90-1234"), vec!["US_SSN"]);
        assert!(kinds("SSN 666-90-1234").is_empty());
        assert!(kinds("SSN 900-90-1234").is_empty());
        assert!(kinds("SSN 536-00-1234").is_empty());
        assert!(kinds("SSN 536-90-0000").is_empty());
        assert_eq!(kinds("social security 536901234"), vec!["US_SSN"]);
        assert!(kinds("part 536901234").is_empty());
    }

    /// An operator's words mark numbers the way the built-in ones do, and
    /// only words the detectors can read are accepted.
    #[test]
    fn operator_context_words() {
        let extra = ContextWords {
            phone: vec!["puhelin".into()],
            phone_labels_after: vec!["koti".into()],
            card: vec!["kortti".into()],
            ssn: vec!["sotu".into()],
        };
        let words = ContextWords::with(&extra).expect("valid extra words");
        let kinds_with = |t: &str| {
            let mut out = Vec::new();
            scan(t, &[true; PiiType::COUNT], &words, &mut out);
            out.iter().map(|m| m.ty).collect::<Vec<_>>()
        };
        for (text, kind) in [
            ("puhelin 450 0840", "PHONE_NUMBER"),
            ("450 0840 koti", "PHONE_NUMBER"),
            ("sotu 536901234", "US_SSN"),
        ] {
            assert!(kinds(text).is_empty(), "{text} without the extra words");
            assert_eq!(kinds_with(text), vec![kind], "{text}");
        }
        // Twelve Luhn-valid digits count as a card only after a card word.
        assert_eq!(kinds("card 3141 5926 5359"), vec!["CREDIT_CARD"]);
        assert!(kinds("kortti 3141 5926 5359").is_empty());
        assert_eq!(kinds_with("kortti 3141 5926 5359"), vec!["CREDIT_CARD"]);
        // The built-in words still count.
        assert_eq!(kinds_with("Phone:\n450 0840"), vec!["PHONE_NUMBER"]);
        // No extras: the shared built-in set.
        let none = ContextWords::with(&ContextWords::default()).expect("no extras");
        assert!(Arc::ptr_eq(
            &none,
            &ContextWords::builtin().expect("built-in")
        ));

        for (bad, why) in [
            (vec!["tel.".to_string()], "not a run of letters"),
            (vec!["Puhelin".to_string()], "not lowercase"),
            (vec![String::new()], "empty"),
            (vec!["a".repeat(33)], "too long"),
            (vec!["x".to_string(); 65], "too many"),
        ] {
            let extra = ContextWords {
                phone: bad,
                ..ContextWords::default()
            };
            assert!(ContextWords::with(&extra).is_err(), "{why}");
        }
        // A label longer than `label_after` reads could never end in its window.
        let long_label = ContextWords {
            phone_labels_after: vec!["headquarters".into()],
            ..ContextWords::default()
        };
        assert!(ContextWords::with(&long_label).is_err());
    }

    #[test]
    fn ibans() {
        assert_eq!(
            kinds("IBAN DE89 3704 0044 0532 0130 00."),
            vec!["IBAN_CODE"]
        );
        assert_eq!(kinds("to GB82WEST12345698765432"), vec!["IBAN_CODE"]);
        assert!(kinds("to GB82WEST12345698765433").is_empty());
        assert!(kinds("DE8937040044053201300099").is_empty());
    }

    #[test]
    fn ips() {
        assert_eq!(kinds("from 10.1.2.3."), vec!["IP_ADDRESS"]);
        assert_eq!(
            kinds("host [2001:db8::8a2e:370:7334]:443"),
            vec!["IP_ADDRESS"]
        );
        assert!(kinds("v1.2.3.4.5 and 300.1.1.1 and std::vector and 12:30:45").is_empty());
        assert!(kinds("mac 00:1a:2b:3c:4d:5e").is_empty());
    }

    #[test]
    fn hard_negatives() {
        for t in [
            "Meeting moved to 2024-03-15 14:30 UTC, room 4.12, build 10.0.19045.3693",
            "Invoice INV-2024-000123 total $1,234.56 due 03/15/2024; PO 4500012345",
            "Tracking 1Z999AA10123456784 and order #112-4567890-1234567",
            "ISBN 978-3-16-148410-0 and ISSN 0317-8471",
            "coordinates 48.8566, 2.3522 and 40.7128 -74.0060",
            "python3.11 -m pip install requests==2.31.0",
            "The population grew from 1,234,567 to 2,345,678 between 1990 and 2020.",
            "Timestamp 1700000000123 and epoch 1699999999",
            "Dimensions: 1920x1080, 3840x2160; Reference 2023/11/0045/AB",
            "SSN: 078-05-1120 is the Woolworth wallet example",
            "clone https://oauth2:s3cr3tT0ken@gitlab.example.com/group/repo.git",
        ] {
            assert!(kinds(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn multibyte_text_is_safe() {
        let t = "Tél: é 06 12 34 56 78 — ünïcödé 4111 1111 1111 1111 ✓";
        let k = kinds(t);
        assert!(k.contains(&"CREDIT_CARD"));
    }
}
