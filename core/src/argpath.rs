//! Dotted paths into a tool call's `arguments`: `amount`, `filters.region`,
//! `items[0].sku`, `recipients[*]`, `**`.
//!
//! Shared by the sidecar's policy conditions (read) and by whoever applies a
//! redaction (write: [`ArgPath::mask`]), so both sides agree on what a path means.
//!
//! Grammar:
//! - a segment is a key (any characters except `.`, `[`, `]`), `*` (every member
//!   of an object or element of an array) or `**` (the value itself and every
//!   value nested in it, at any depth);
//! - segments are joined by `.`; `[N]` indexes an array; `["key"]` names a key
//!   that contains `.`, `[` or `]` (`\"` and `\\` escape inside the quotes);
//! - `[*]` is the same as `.*`.
//!
//! A path can select several values (wildcards); [`ArgPath::select`] returns all of
//! them, in document order. Nothing here allocates per value except the output.

use std::fmt;

use serde_json::Value;

/// The text a redacted value is replaced with.
pub const REDACTED: &str = "[REDACTED]";

/// Longest accepted path text; paths are written by people, in policies.
pub const MAX_PATH_LEN: usize = 512;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    Key(String),
    Index(usize),
    /// Every member or element, one level down.
    AnyChild,
    /// The value itself and everything below it.
    AnyDescendant,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArgPath {
    segments: Vec<Segment>,
    source: String,
}

impl fmt::Display for ArgPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.source)
    }
}

impl ArgPath {
    /// Parse a path; the error says what is wrong and at which character.
    pub fn parse(text: &str) -> Result<Self, String> {
        if text.is_empty() {
            return Err("empty path".into());
        }
        if text.len() > MAX_PATH_LEN {
            return Err(format!("path longer than {MAX_PATH_LEN} bytes"));
        }
        let chars: Vec<char> = text.chars().collect();
        let mut segments = Vec::new();
        let mut i = 0;
        // Whether a key segment may start here (start of path or after a dot).
        let mut expect_key = true;
        while i < chars.len() {
            match chars[i] {
                '[' => {
                    let (seg, next) = parse_bracket(&chars, i)?;
                    segments.push(seg);
                    i = next;
                    expect_key = false;
                    if i < chars.len() && chars[i] == '.' {
                        i += 1;
                        expect_key = true;
                        if i == chars.len() {
                            return Err(format!("path ends with '.' (at {i})"));
                        }
                    } else if i < chars.len() && chars[i] != '[' {
                        return Err(format!(
                            "expected '.' or '[' after ']' at character {}",
                            i + 1
                        ));
                    }
                }
                _ if !expect_key => {
                    return Err(format!("unexpected {:?} at character {}", chars[i], i + 1));
                }
                _ => {
                    let start = i;
                    while i < chars.len() && !matches!(chars[i], '.' | '[' | ']') {
                        i += 1;
                    }
                    if i == start {
                        return Err(format!("empty segment at character {}", start + 1));
                    }
                    let key: String = chars[start..i].iter().collect();
                    segments.push(match key.as_str() {
                        "*" => Segment::AnyChild,
                        "**" => Segment::AnyDescendant,
                        _ => Segment::Key(key),
                    });
                    expect_key = false;
                    if i < chars.len() {
                        match chars[i] {
                            '.' => {
                                i += 1;
                                expect_key = true;
                                if i == chars.len() {
                                    return Err("path ends with '.'".into());
                                }
                            }
                            '[' => {}
                            _ => return Err(format!("unexpected ']' at character {}", i + 1)),
                        }
                    }
                }
            }
        }
        Ok(Self {
            segments,
            source: text.to_owned(),
        })
    }

    pub fn as_str(&self) -> &str {
        &self.source
    }

    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// Whether the path can select more than one value.
    pub fn has_wildcard(&self) -> bool {
        self.segments
            .iter()
            .any(|s| matches!(s, Segment::AnyChild | Segment::AnyDescendant))
    }

    /// Whether the path uses `**` (not allowed where values are rewritten).
    pub fn has_descendant(&self) -> bool {
        self.segments
            .iter()
            .any(|s| matches!(s, Segment::AnyDescendant))
    }

    /// The first value the path selects.
    pub fn get<'a>(&self, root: &'a Value) -> Option<&'a Value> {
        if !self.has_wildcard() {
            let mut cur = root;
            for seg in &self.segments {
                cur = step(cur, seg)?;
            }
            return Some(cur);
        }
        let mut out = Vec::new();
        self.select(root, &mut out);
        out.into_iter().next()
    }

    /// Every value the path selects, in document order.
    pub fn select<'a>(&self, root: &'a Value, out: &mut Vec<&'a Value>) {
        select_from(root, &self.segments, out);
    }

    /// Replace every selected value with `replacement`; returns how many were
    /// replaced. Paths with `**` replace nothing (they would swallow the whole
    /// document).
    pub fn mask(&self, root: &mut Value, replacement: &Value) -> usize {
        if self.has_descendant() {
            return 0;
        }
        mask_in(root, &self.segments, replacement)
    }
}

fn parse_bracket(chars: &[char], open: usize) -> Result<(Segment, usize), String> {
    let mut i = open + 1;
    match chars.get(i) {
        Some('"') => {
            i += 1;
            let mut key = String::new();
            loop {
                match chars.get(i) {
                    None => {
                        return Err(format!("unterminated quoted key at character {}", open + 1))
                    }
                    Some('\\') => {
                        match chars.get(i + 1) {
                            Some(c @ ('"' | '\\')) => key.push(*c),
                            _ => return Err(format!("bad escape at character {}", i + 1)),
                        }
                        i += 2;
                    }
                    Some('"') => {
                        i += 1;
                        break;
                    }
                    Some(c) => {
                        key.push(*c);
                        i += 1;
                    }
                }
            }
            if chars.get(i) != Some(&']') {
                return Err(format!("expected ']' at character {}", i + 1));
            }
            if key.is_empty() {
                return Err(format!("empty key at character {}", open + 1));
            }
            Ok((Segment::Key(key), i + 1))
        }
        Some('*') if chars.get(i + 1) == Some(&']') => Ok((Segment::AnyChild, i + 2)),
        _ => {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i == start || chars.get(i) != Some(&']') {
                return Err(format!(
                    "expected an index, \"key\" or * inside [] at character {}",
                    open + 1
                ));
            }
            let digits: String = chars[start..i].iter().collect();
            let index = digits
                .parse::<usize>()
                .map_err(|_| format!("index too large at character {}", start + 1))?;
            Ok((Segment::Index(index), i + 1))
        }
    }
}

fn step<'a>(v: &'a Value, seg: &Segment) -> Option<&'a Value> {
    match (seg, v) {
        (Segment::Key(k), Value::Object(m)) => m.get(k),
        (Segment::Index(i), Value::Array(a)) => a.get(*i),
        _ => None,
    }
}

fn select_from<'a>(v: &'a Value, segs: &[Segment], out: &mut Vec<&'a Value>) {
    let Some((first, rest)) = segs.split_first() else {
        out.push(v);
        return;
    };
    match first {
        Segment::Key(_) | Segment::Index(_) => {
            if let Some(next) = step(v, first) {
                select_from(next, rest, out);
            }
        }
        Segment::AnyChild => for_each_child(v, |c| select_from(c, rest, out)),
        Segment::AnyDescendant => descend(v, rest, out),
    }
}

fn descend<'a>(v: &'a Value, rest: &[Segment], out: &mut Vec<&'a Value>) {
    select_from(v, rest, out);
    for_each_child(v, |c| descend(c, rest, out));
}

fn for_each_child<'a>(v: &'a Value, mut f: impl FnMut(&'a Value)) {
    match v {
        Value::Object(m) => m.values().for_each(&mut f),
        Value::Array(a) => a.iter().for_each(&mut f),
        _ => {}
    }
}

fn mask_in(v: &mut Value, segs: &[Segment], replacement: &Value) -> usize {
    let Some((first, rest)) = segs.split_first() else {
        *v = replacement.clone();
        return 1;
    };
    match (first, v) {
        (Segment::Key(k), Value::Object(m)) => m
            .get_mut(k)
            .map_or(0, |next| mask_in(next, rest, replacement)),
        (Segment::Index(i), Value::Array(a)) => a
            .get_mut(*i)
            .map_or(0, |next| mask_in(next, rest, replacement)),
        (Segment::AnyChild, Value::Object(m)) => {
            m.values_mut().map(|c| mask_in(c, rest, replacement)).sum()
        }
        (Segment::AnyChild, Value::Array(a)) => {
            a.iter_mut().map(|c| mask_in(c, rest, replacement)).sum()
        }
        _ => 0,
    }
}

/// Mask `paths` in a JSON arguments text and return the new text, or `None` when
/// nothing matched (forward the original bytes). Masked values become the string
/// [`REDACTED`], so the document stays valid JSON of the same shape.
pub fn redact_json(arguments_json: &str, paths: &[ArgPath]) -> Result<Option<String>, String> {
    let mut value: Value =
        serde_json::from_str(arguments_json).map_err(|e| format!("arguments: {e}"))?;
    let replacement = Value::String(REDACTED.to_owned());
    let n: usize = paths.iter().map(|p| p.mask(&mut value, &replacement)).sum();
    Ok((n > 0).then(|| value.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn p(s: &str) -> ArgPath {
        ArgPath::parse(s).unwrap()
    }

    #[test]
    fn parses_keys_indices_wildcards_and_quotes() {
        assert_eq!(p("a").segments(), &[Segment::Key("a".into())]);
        assert_eq!(
            p("a.b[2].c").segments(),
            &[
                Segment::Key("a".into()),
                Segment::Key("b".into()),
                Segment::Index(2),
                Segment::Key("c".into())
            ]
        );
        assert_eq!(
            p("items[*].sku").segments(),
            &[
                Segment::Key("items".into()),
                Segment::AnyChild,
                Segment::Key("sku".into())
            ]
        );
        assert_eq!(p("**").segments(), &[Segment::AnyDescendant]);
        assert_eq!(
            p(r#"headers["x.y"][0]"#).segments(),
            &[
                Segment::Key("headers".into()),
                Segment::Key("x.y".into()),
                Segment::Index(0)
            ]
        );
        assert_eq!(p("[0]").segments(), &[Segment::Index(0)]);
    }

    #[test]
    fn rejects_malformed_paths() {
        for bad in [
            "", ".a", "a.", "a..b", "a[", "a[x]", "a[1", "a]", "a[0]b", "a[\"\"]", "a[-1]",
            "a[\"x]",
        ] {
            assert!(ArgPath::parse(bad).is_err(), "accepted {bad:?}");
        }
        assert!(ArgPath::parse(&"a".repeat(MAX_PATH_LEN + 1)).is_err());
    }

    #[test]
    fn get_and_select() {
        let v = json!({"a": {"b": [{"c": 1}, {"c": 2}]}, "x.y": true});
        assert_eq!(p("a.b[1].c").get(&v), Some(&json!(2)));
        assert_eq!(p("a.b[5].c").get(&v), None);
        assert_eq!(p("a.b.c").get(&v), None);
        assert_eq!(p(r#"["x.y"]"#).get(&v), Some(&json!(true)));
        let mut out = Vec::new();
        p("a.b[*].c").select(&v, &mut out);
        assert_eq!(out, vec![&json!(1), &json!(2)]);
        let mut all = Vec::new();
        p("**").select(&v, &mut all);
        assert!(all.contains(&&json!(2)) && all.contains(&&json!(true)));
        assert_eq!(all.len(), 8); // root, a, b, {c:1}, 1, {c:2}, 2, true
    }

    #[test]
    fn mask_replaces_only_what_exists() {
        let mut v = json!({"to": "a@x", "bcc": ["b@x", "c@x"], "n": {"k": 1}});
        let r = json!(REDACTED);
        assert_eq!(p("bcc").mask(&mut v, &r), 1);
        assert_eq!(p("missing.path").mask(&mut v, &r), 0);
        assert_eq!(p("**").mask(&mut v, &r), 0);
        assert_eq!(v["bcc"], json!(REDACTED));
        let mut w = json!({"cards": [{"pan": "4111"}, {"pan": "5500"}]});
        assert_eq!(p("cards[*].pan").mask(&mut w, &r), 2);
        assert_eq!(w, json!({"cards": [{"pan": REDACTED}, {"pan": REDACTED}]}));
    }

    #[test]
    fn redact_json_keeps_valid_json() {
        let out = redact_json(r#"{"to":"a","bcc":"secret"}"#, &[p("bcc")])
            .unwrap()
            .unwrap();
        assert_eq!(out, r#"{"to":"a","bcc":"[REDACTED]"}"#);
        assert_eq!(redact_json(r#"{"to":"a"}"#, &[p("bcc")]).unwrap(), None);
        assert!(redact_json("{", &[p("bcc")]).is_err());
    }

    proptest! {
        #[test]
        fn parse_never_panics(s in ".{0,40}") {
            let _ = ArgPath::parse(&s);
        }

        #[test]
        fn display_round_trips(keys in proptest::collection::vec("[a-z_]{1,6}", 1..5)) {
            let text = keys.join(".");
            let path = p(&text);
            prop_assert_eq!(path.to_string(), text.clone());
            prop_assert_eq!(ArgPath::parse(&path.to_string()).unwrap(), path);
        }

        #[test]
        fn masked_value_reads_back(keys in proptest::collection::vec("[a-z]{1,4}", 1..4)) {
            let mut v = Value::String("secret".into());
            for k in keys.iter().rev() {
                v = json!({ k.clone(): v });
            }
            let path = p(&keys.join("."));
            prop_assert_eq!(path.mask(&mut v, &json!(REDACTED)), 1);
            prop_assert_eq!(path.get(&v), Some(&json!(REDACTED)));
        }
    }
}
