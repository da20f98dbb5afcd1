//! Walking JSON: scan every string leaf with a path per match, and redact in
//! place. Iterative (an explicit stack), so nesting depth cannot overflow the
//! call stack. Object keys are scanned and rewritten like values: a client
//! renders and forwards keys too.
//!
//! Paths read like `arguments.query`, `content[0].text`,
//! `structuredContent.rows[2].email`.

use serde_json::Value;

use super::{Category, CharCounter, Dlp, DlpError, DlpMatch, RawMatch};
use crate::guards::JsonPaths;

/// One match inside a JSON document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValueMatch {
    pub path: String,
    pub m: DlpMatch,
}

fn budget(used: &mut usize, add: usize, limit: usize) -> Result<(), DlpError> {
    *used += add;
    if *used > limit {
        Err(DlpError::TooLarge { limit })
    } else {
        Ok(())
    }
}

fn to_matches(text: &str, raw: Vec<RawMatch>, path: &str, out: &mut Vec<ValueMatch>) {
    let mut cc = CharCounter::new(text);
    for m in raw {
        let start = cc.at(m.start);
        let end = cc.at(m.end);
        out.push(ValueMatch {
            path: path.to_owned(),
            m: DlpMatch {
                ty: m.ty,
                category: m.category,
                start,
                end,
                byte_start: m.start,
                byte_end: m.end,
            },
        });
    }
}

/// Scan all string leaves (and object keys) under `value`; `root` prefixes
/// every path.
pub(crate) fn scan_value(g: &Dlp, value: &Value, root: &str) -> Result<Vec<ValueMatch>, DlpError> {
    scan_value_opts(g, value, root, false, None)
}

/// Where the strings that matched live: the addresses of their buffers,
/// sorted. A scan records them; the redaction of the same, unchanged document
/// that follows rescans only those strings (every other string scanned clean
/// moments ago, and scanning is deterministic). While the document is alive
/// and unchanged, distinct strings have distinct buffers; an empty string has
/// no buffer but never matches either.
#[derive(Debug, Default)]
pub(crate) struct Flagged(Vec<usize>);

impl Flagged {
    fn add(&mut self, s: &str) {
        self.0.push(s.as_ptr() as usize);
    }

    fn finish(&mut self) {
        self.0.sort_unstable();
        self.0.dedup();
    }

    fn has(&self, s: &str) -> bool {
        self.0.binary_search(&(s.as_ptr() as usize)).is_ok()
    }
}

/// [`scan_value`], also recording which strings matched, for [`redact_flagged`].
pub(crate) fn scan_value_flagged(
    g: &Dlp,
    value: &Value,
    root: &str,
    flagged: &mut Flagged,
) -> Result<Vec<ValueMatch>, DlpError> {
    let out = scan_value_opts(g, value, root, false, Some(flagged));
    flagged.finish();
    out
}

/// Binary payloads (`data` of an item that has a `mimeType`, `blob`) are base64
/// for images and files, not text for a model: skipped in results.
fn is_blob(map: &serde_json::Map<String, Value>, key: &str) -> bool {
    key == "blob" || (key == "data" && map.get("mimeType").is_some_and(Value::is_string))
}

fn scan_value_opts(
    g: &Dlp,
    value: &Value,
    root: &str,
    skip_blobs: bool,
    mut flagged: Option<&mut Flagged>,
) -> Result<Vec<ValueMatch>, DlpError> {
    let limit = g.config.max_scan_bytes;
    let mut used = 0usize;
    let mut out = Vec::new();
    let mut paths = JsonPaths::new(root);
    let mut stack: Vec<(&Value, usize)> = Vec::with_capacity(16);
    stack.push((value, JsonPaths::ROOT));
    while let Some((v, node)) = stack.pop() {
        match v {
            Value::String(s) => {
                budget(&mut used, s.len(), limit)?;
                let raw = g.scan_raw(s);
                if !raw.is_empty() {
                    if let Some(f) = flagged.as_deref_mut() {
                        f.add(s);
                    }
                    to_matches(s, raw, &paths.render(node), &mut out);
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate().rev() {
                    if is_scalar_non_string(item) {
                        continue;
                    }
                    let child = paths.index(node, i);
                    stack.push((item, child));
                }
            }
            Value::Object(map) => {
                let mut key_matches = Vec::new();
                for k in map.keys() {
                    budget(&mut used, k.len(), limit)?;
                    let raw = g.scan_raw(k);
                    if !raw.is_empty() {
                        if let Some(f) = flagged.as_deref_mut() {
                            f.add(k);
                        }
                        to_matches(k, raw, &paths.render_key(node), &mut key_matches);
                    }
                }
                out.extend(key_matches);
                for (k, item) in map.iter().rev() {
                    if is_scalar_non_string(item) || (skip_blobs && is_blob(map, k)) {
                        continue;
                    }
                    let child = paths.key(node, k);
                    stack.push((item, child));
                }
            }
            _ => {}
        }
    }
    Ok(out)
}

fn is_scalar_non_string(v: &Value) -> bool {
    matches!(v, Value::Null | Value::Bool(_) | Value::Number(_))
}

/// Replace the matches of `categories` in `text`; returns the new text and how
/// many spans were replaced.
pub(crate) fn apply(
    text: &str,
    raw: &[RawMatch],
    categories: &[Category],
    template: &str,
) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut n = 0;
    for m in raw {
        if !categories.contains(&m.category) || m.start < last {
            continue;
        }
        let (Some(before), true) = (text.get(last..m.start), text.is_char_boundary(m.end)) else {
            continue;
        };
        out.push_str(before);
        out.push_str(&template.replace("{type}", m.ty));
        last = m.end;
        n += 1;
    }
    out.push_str(text.get(last..).unwrap_or(""));
    (out, n)
}

/// Redact the matches of `categories` in every string leaf (and key) under
/// `value`.
pub(crate) fn redact_value(
    g: &Dlp,
    value: &mut Value,
    categories: &[Category],
) -> Result<usize, DlpError> {
    redact_value_opts(g, value, categories, false, None)
}

/// [`redact_value`] of the document [`scan_value_flagged`] just scanned,
/// unchanged since: only the strings that matched are scanned again.
pub(crate) fn redact_flagged(
    g: &Dlp,
    value: &mut Value,
    categories: &[Category],
    flagged: &Flagged,
) -> Result<usize, DlpError> {
    redact_value_opts(g, value, categories, false, Some(flagged))
}

fn redact_value_opts(
    g: &Dlp,
    value: &mut Value,
    categories: &[Category],
    skip_blobs: bool,
    flagged: Option<&Flagged>,
) -> Result<usize, DlpError> {
    let clean = |s: &str| flagged.is_some_and(|f| !f.has(s));
    let limit = g.config.max_scan_bytes;
    let mut used = 0usize;
    let mut count = 0;
    let mut stack: Vec<&mut Value> = vec![value];
    while let Some(v) = stack.pop() {
        match v {
            Value::String(s) => {
                budget(&mut used, s.len(), limit)?;
                if clean(s) {
                    continue;
                }
                let raw = g.scan_raw(s);
                if raw.iter().any(|m| categories.contains(&m.category)) {
                    let (new, n) = apply(s, &raw, categories, &g.config.redaction);
                    *s = new;
                    count += n;
                }
            }
            Value::Array(items) => stack.extend(items.iter_mut()),
            Value::Object(map) => {
                let mut rebuilt = serde_json::Map::with_capacity(map.len());
                for (k, item) in std::mem::take(map) {
                    budget(&mut used, k.len(), limit)?;
                    let raw = if clean(&k) {
                        Vec::new()
                    } else {
                        g.scan_raw(&k)
                    };
                    let key = if raw.iter().any(|m| categories.contains(&m.category)) {
                        let (new, n) = apply(&k, &raw, categories, &g.config.redaction);
                        count += n;
                        new
                    } else {
                        k
                    };
                    // Two keys redacted to the same text would merge: fail instead.
                    if rebuilt.contains_key(&key) {
                        return Err(DlpError::KeyCollision);
                    }
                    rebuilt.insert(key, item);
                }
                *map = rebuilt;
                let skip: Vec<String> = if skip_blobs {
                    map.keys().filter(|k| is_blob(map, k)).cloned().collect()
                } else {
                    Vec::new()
                };
                stack.extend(
                    map.iter_mut()
                        .filter(|(k, _)| !skip.contains(k))
                        .map(|(_, v)| v),
                );
            }
            _ => {}
        }
    }
    Ok(count)
}

/// A `tools/call` result (or any message a client may render or hand to a
/// model): every string and key, whatever the content kind (`text`, embedded
/// `resource.text`, `resource_link` names and URIs, `structuredContent`,
/// `_meta`), binary payloads aside.
pub(crate) fn scan_call_result(g: &Dlp, result: &Value) -> Result<Vec<ValueMatch>, DlpError> {
    scan_value_opts(g, result, "", true, None)
}

pub(crate) fn redact_call_result(
    g: &Dlp,
    result: &mut Value,
    categories: &[Category],
) -> Result<usize, DlpError> {
    redact_value_opts(g, result, categories, true, None)
}

#[cfg(test)]
mod tests {
    use super::super::{Dlp, DlpConfig};
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn g() -> Dlp {
        Dlp::new(DlpConfig::default()).unwrap()
    }

    #[test]
    fn paths_and_order() {
        let v = json!({"a": {"b": ["x", "mail me: ann@example.org"]}, "c": "ip 10.0.0.7"});
        let m = g().scan_value(&v).unwrap();
        let got: Vec<_> = m.iter().map(|m| (m.path.as_str(), m.m.ty)).collect();
        assert_eq!(got, vec![("a.b[1]", "EMAIL_ADDRESS"), ("c", "IP_ADDRESS")]);
    }

    #[test]
    fn redacting_only_flagged_strings_equals_a_full_redaction() {
        let doc = json!({
            "q": "mail ann@example.org",
            "same": "mail ann@example.org",
            "clean": "nothing to see here, really",
            "": "",
            "bob@example.com": {"deep": ["x", "", "card 4111 1111 1111 1111", {"k": "10.0.0.7"}]},
            "n": 3
        });
        let g = g();
        let cats = [Category::Pii, Category::Secret];
        let mut full = doc.clone();
        let n_full = redact_value(&g, &mut full, &cats).unwrap();
        let mut fast = doc.clone();
        let mut flagged = Flagged::default();
        let found = scan_value_flagged(&g, &fast, "arguments", &mut flagged).unwrap();
        assert!(found.len() >= 5, "{found:?}");
        let n_fast = redact_flagged(&g, &mut fast, &cats, &flagged).unwrap();
        assert_eq!((n_fast, &fast), (n_full, &full));
        assert_ne!(fast, doc);
    }

    #[test]
    fn redact_in_place_counts() {
        let mut v = json!({"t": "a@example.com and b@example.com", "n": 1});
        let n = g().redact_value(&mut v).unwrap();
        assert_eq!(n, 2);
        assert_eq!(
            v,
            json!({"t": "[REDACTED:EMAIL_ADDRESS] and [REDACTED:EMAIL_ADDRESS]", "n": 1})
        );
    }

    #[test]
    fn call_result_text_and_structured() {
        let mut r = json!({
            "content": [
                {"type": "text", "text": "SSN 536-90-1234"},
                {"type": "image", "data": "AAAA", "mimeType": "image/png"},
                {"type": "resource", "resource": {"uri": "file:///a", "text": "ann@example.org"}}
            ],
            "structuredContent": {"rows": [{"email": "bob@example.org"}]},
            "isError": false
        });
        let m = scan_call_result(&g(), &r).unwrap();
        let paths: Vec<_> = m.iter().map(|m| m.path.as_str()).collect();
        assert_eq!(
            paths,
            vec![
                "content[0].text",
                "content[2].resource.text",
                "structuredContent.rows[0].email"
            ]
        );
        let n = redact_call_result(&g(), &mut r, &[Category::Pii]).unwrap();
        assert_eq!(n, 3);
        assert_eq!(r["content"][0]["text"], "SSN [REDACTED:US_SSN]");
        assert_eq!(r["content"][1]["data"], "AAAA");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let mut v = json!("x@example.com");
        for _ in 0..10_000 {
            v = Value::Array(vec![v]);
        }
        assert_eq!(g().scan_value(&v).unwrap().len(), 1);
        assert_eq!(g().redact_value(&mut v).unwrap(), 1);
        // Drop iteratively too: serde_json's recursive Drop would overflow.
        let mut cur = v;
        while let Value::Array(mut a) = cur {
            cur = a.pop().unwrap_or(Value::Null);
        }
    }

    fn arb_json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(|n| json!(n)),
            "\\PC{0,40}".prop_map(Value::String),
            // Strings built from PII-ish pieces to make matches likely.
            proptest::collection::vec(
                prop_oneof![
                    Just("a@b.co ".to_string()),
                    Just("4111 1111 1111 1111".to_string()),
                    Just("+41 44 668 18 00".to_string()),
                    Just("10.0.0.1".to_string()),
                    Just("ü€😀".to_string()),
                    "\\PC{0,8}",
                ],
                0..6
            )
            .prop_map(|v| Value::String(v.concat())),
        ];
        leaf.prop_recursive(4, 32, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                proptest::collection::vec(("[a-z]{1,4}", inner), 0..4)
                    .prop_map(|kv| Value::Object(kv.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn redaction_keeps_json_valid(mut v in arb_json()) {
            let before = g().scan_value(&v).unwrap().len();
            let n = g().redact_value(&mut v).unwrap();
            prop_assert_eq!(n, before);
            let text = serde_json::to_string(&v).unwrap();
            let back: Value = serde_json::from_str(&text).unwrap();
            prop_assert_eq!(back, v);
        }

        #[test]
        fn scan_str_never_panics_and_spans_are_in_range(s in "\\PC{0,200}") {
            let text_chars = s.chars().count();
            for m in g().scan_str(&s) {
                prop_assert!(m.start < m.end && m.end <= text_chars);
                prop_assert!(s.is_char_boundary(m.byte_start) && s.is_char_boundary(m.byte_end));
            }
        }
    }
}
