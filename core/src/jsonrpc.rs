//! JSON-RPC 2.0: requests, notifications, results, errors and batches.
//!
//! Two views of the same bytes:
//! - [`MessageView`] borrows from the body and parses only the envelope (`id`,
//!   `method`, and the raw `params` / `result` / `error`). The filter's hot path uses
//!   it: a `tools/call` needs its tool name, not a tree of every argument.
//! - [`Message`] owns a full tree and keeps unknown members, for rewriting and for
//!   the sidecar.
//!
//! Ids are kept as their exact JSON text, so an error reply echoes `7`, `7.0`,
//! `"7"` or a 30-digit integer byte for byte as the client sent it.

use std::borrow::Cow;
use std::fmt;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::error::ParseError;
use crate::limits::Limits;
use crate::mcp::Method;

/// A JSON-RPC id: a number or a string, held as its exact JSON text.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Id(Box<str>);

impl Id {
    /// Accepts the JSON text of a number or a string; anything else is not an id.
    pub fn from_json(text: &str) -> Result<Self, ParseError> {
        let text = text.trim();
        match text.as_bytes().first() {
            Some(b'"') | Some(b'-') | Some(b'0'..=b'9') => Ok(Self(text.into())),
            _ => Err(ParseError::InvalidRequest(
                "id must be a string or a number",
            )),
        }
    }

    pub fn number(n: i64) -> Self {
        Self(n.to_string().into())
    }

    pub fn string(s: &str) -> Self {
        // serde_json escapes any string correctly; failure is impossible for &str.
        Self(Value::String(s.to_owned()).to_string().into())
    }

    /// The id exactly as it appeared on the wire.
    pub fn as_json(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let raw = RawValue::from_string(self.0.to_string()).map_err(serde::ser::Error::custom)?;
        raw.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw: Box<RawValue> = Deserialize::deserialize(d)?;
        Id::from_json(raw.get()).map_err(D::Error::custom)
    }
}

/// `id` as it appears in a message: absent (a notification), `null` (allowed in
/// error responses only), or a real id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdField {
    Absent,
    Null,
    Id(Id),
}

impl IdField {
    pub fn id(&self) -> Option<&Id> {
        match self {
            Self::Id(id) => Some(id),
            _ => None,
        }
    }
}

#[derive(Deserialize)]
struct Envelope<'a> {
    #[serde(borrow, default)]
    jsonrpc: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "present")]
    id: Option<&'a RawValue>,
    #[serde(borrow, default)]
    method: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "present")]
    params: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    result: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    error: Option<&'a RawValue>,
}

/// `Option<&RawValue>` would read `null` as absent; a member that is present with
/// the value `null` (`"id": null`, `"result": null`) must stay present.
fn present<'de, D: Deserializer<'de>>(d: D) -> Result<Option<&'de RawValue>, D::Error> {
    <&RawValue>::deserialize(d).map(Some)
}

/// What kind of message a [`MessageView`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Request,
    Notification,
    Result,
    Error,
}

/// A borrowed, envelope-only view of one JSON-RPC message.
#[derive(Clone, Debug)]
pub struct MessageView<'a> {
    pub kind: Kind,
    pub id: IdField,
    /// Present for requests and notifications.
    pub method: Option<Cow<'a, str>>,
    pub params: Option<&'a RawValue>,
    pub result: Option<&'a RawValue>,
    pub error: Option<&'a RawValue>,
}

impl<'a> MessageView<'a> {
    pub fn method(&self) -> Option<Method> {
        self.method.as_deref().map(Method::parse)
    }

    fn from_envelope(env: Envelope<'a>) -> Result<Self, ParseError> {
        if env.jsonrpc.as_deref() != Some("2.0") {
            return Err(ParseError::InvalidRequest("jsonrpc must be \"2.0\""));
        }
        let id = match env.id {
            None => IdField::Absent,
            Some(raw) if raw.get() == "null" => IdField::Null,
            Some(raw) => IdField::Id(Id::from_json(raw.get())?),
        };
        if let Some(p) = env.params {
            let first = p.get().as_bytes().first();
            if !matches!(first, Some(b'{') | Some(b'[')) {
                return Err(ParseError::InvalidRequest(
                    "params must be an object or an array",
                ));
            }
        }
        let kind = match (&env.method, env.result, env.error) {
            (Some(_), None, None) => match id {
                IdField::Id(_) => Kind::Request,
                IdField::Absent => Kind::Notification,
                IdField::Null => return Err(ParseError::InvalidRequest("request id is null")),
            },
            (None, Some(_), None) => {
                if id.id().is_none() {
                    return Err(ParseError::InvalidRequest("result without an id"));
                }
                Kind::Result
            }
            (None, None, Some(_)) => {
                if matches!(id, IdField::Absent) {
                    return Err(ParseError::InvalidRequest("error without an id"));
                }
                Kind::Error
            }
            _ => {
                return Err(ParseError::InvalidRequest(
                    "a message carries exactly one of method, result or error",
                ))
            }
        };
        Ok(Self {
            kind,
            id,
            method: env.method,
            params: env.params,
            result: env.result,
            error: env.error,
        })
    }
}

/// A body: one message or a batch.
#[derive(Clone, Debug)]
pub enum Payload<'a> {
    Single(MessageView<'a>),
    Batch(Vec<MessageView<'a>>),
}

impl<'a> Payload<'a> {
    pub fn messages(&self) -> &[MessageView<'a>] {
        match self {
            Self::Single(m) => std::slice::from_ref(m),
            Self::Batch(v) => v,
        }
    }

    pub fn is_batch(&self) -> bool {
        matches!(self, Self::Batch(_))
    }
}

/// Check size, UTF-8 and nesting depth before handing the text to serde.
pub fn check_body<'a>(body: &'a [u8], limits: &Limits) -> Result<&'a str, ParseError> {
    if body.len() > limits.max_body_bytes {
        return Err(ParseError::TooLarge {
            size: body.len(),
            limit: limits.max_body_bytes,
        });
    }
    let text = std::str::from_utf8(body).map_err(|e| ParseError::InvalidUtf8 {
        offset: e.valid_up_to(),
    })?;
    check_depth(text.as_bytes(), limits.max_depth)?;
    Ok(text)
}

/// One pass over the bytes counting brackets outside strings. serde_json's own
/// recursion limit is fixed at 128; ours is configurable and checked first.
fn check_depth(bytes: &[u8], limit: usize) -> Result<(), ParseError> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for &b in bytes {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                if depth > limit {
                    return Err(ParseError::TooDeep { limit });
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

/// Parse a body into envelope views, borrowing from it.
pub fn parse_body<'a>(body: &'a [u8], limits: &Limits) -> Result<Payload<'a>, ParseError> {
    let text = check_body(body, limits)?;
    parse_text(text, limits)
}

/// Parse already-checked text (see [`check_body`]). Object keys must be unique
/// everywhere in the message (see [`check_unique_keys`]).
pub fn parse_text<'a>(text: &'a str, limits: &Limits) -> Result<Payload<'a>, ParseError> {
    check_unique_keys(text)?;
    let trimmed = text.trim_start();
    if trimmed.starts_with('[') {
        let items: Vec<&'a RawValue> = serde_json::from_str(text).map_err(syntax)?;
        if items.is_empty() {
            return Err(ParseError::InvalidRequest("empty batch"));
        }
        if items.len() > limits.max_batch {
            return Err(ParseError::BatchTooLarge {
                size: items.len(),
                limit: limits.max_batch,
            });
        }
        let mut out = Vec::with_capacity(items.len());
        for raw in items {
            if !raw.get().starts_with('{') {
                return Err(ParseError::InvalidRequest("batch member is not an object"));
            }
            let env: Envelope<'a> = serde_json::from_str(raw.get()).map_err(envelope_error)?;
            out.push(MessageView::from_envelope(env)?);
        }
        Ok(Payload::Batch(out))
    } else if trimmed.starts_with('{') {
        let env: Envelope<'a> = serde_json::from_str(text).map_err(envelope_error)?;
        Ok(Payload::Single(MessageView::from_envelope(env)?))
    } else {
        // Valid JSON that is neither object nor array is a request error; garbage is
        // a parse error.
        match serde_json::from_str::<serde::de::IgnoredAny>(text) {
            Ok(_) => Err(ParseError::InvalidRequest(
                "a message must be an object or a batch array",
            )),
            Err(e) => Err(syntax(e)),
        }
    }
}

/// Where the JSON broke, never what it contained: serde's messages can quote
/// the offending input, which is untrusted.
fn syntax(e: serde_json::Error) -> ParseError {
    ParseError::Syntax(format!("at line {} column {}", e.line(), e.column()))
}

const DUPLICATE_KEY: &str = "duplicate object key";
/// serde_json reads an object whose first key is this as the JSON text in its
/// string value (its `RawValue` hook): Warden would see the decoded object, a
/// receiver an object with one odd key. No MCP message needs it.
const SERDE_RAW_VALUE_KEY: &str = "$serde_json::private::RawValue";
const RESERVED_KEY: &str = "reserved object key";

/// Refuse a document in which an object holds the same key twice (after
/// escapes are decoded: `"tools"` and `"tool\u0073"` are one key). Receivers
/// disagree on which duplicate wins (serde and Python keep the last, others the
/// first), so no single reading of such a message is the receiver's.
pub fn check_unique_keys(text: &str) -> Result<(), ParseError> {
    if keys_certainly_unique(text.as_bytes()) {
        return Ok(());
    }
    exact_unique_keys(text)
}

/// [`check_unique_keys`] through serde_json itself: exact, and it names the
/// error, at about twice the quick pass's cost on a typical call.
fn exact_unique_keys(text: &str) -> Result<(), ParseError> {
    use serde::de::DeserializeSeed;
    let mut de = serde_json::Deserializer::from_str(text);
    match UniqueKeys.deserialize(&mut de).and_then(|()| de.end()) {
        Ok(()) => Ok(()),
        Err(e) if e.is_data() && e.to_string().starts_with(DUPLICATE_KEY) => Err(
            ParseError::InvalidRequest("an object holds the same key twice"),
        ),
        Err(e) if e.is_data() && e.to_string().starts_with(RESERVED_KEY) => Err(
            ParseError::InvalidRequest("an object key is reserved by the JSON parser"),
        ),
        Err(e) if e.is_data() => Err(ParseError::InvalidRequest("unreadable JSON value")),
        Err(e) => Err(syntax(e)),
    }
}

/// JSON's whitespace: space, tab, line feed, carriage return (not the form
/// feed that `u8::is_ascii_whitespace` also takes).
pub(crate) fn is_json_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// Keys kept per object, and containers open at once, by
/// [`keys_certainly_unique`]; past either, the exact check decides.
const FAST_KEYS: usize = 16;
const FAST_DEPTH: usize = 32;

/// A quick pass over `text` that answers `true` only when, if `text` is JSON
/// that serde_json accepts, no object in it holds a key twice or a reserved
/// key. Anything else answers `false` and the exact serde pass decides and
/// names the error: a duplicate, an escaped key (rare; serde decodes those),
/// an object with more than [`FAST_KEYS`] keys, nesting past [`FAST_DEPTH`],
/// bytes that are not JSON. Invalid JSON it passes is refused by the parse
/// that follows. Unescaped keys are compared as the raw bytes serde borrows.
/// Nothing is allocated: most messages are small and take only this pass.
fn keys_certainly_unique(text: &[u8]) -> bool {
    // The keys of the open objects (each a slice of `text`), and where each
    // open container's keys start.
    let mut keys: [&[u8]; FAST_KEYS * 4] = [&[]; FAST_KEYS * 4];
    let mut n = 0usize;
    let mut open = [0usize; FAST_DEPTH];
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(&c) = text.get(i) {
        match c {
            b'"' => {
                let start = i + 1;
                let mut end = start;
                let mut escaped = false;
                loop {
                    match text.get(end) {
                        Some(b'"') => break,
                        Some(b'\\') => {
                            escaped = true;
                            end += 2; // the escaped byte cannot end the string
                        }
                        Some(_) => end += 1,
                        None => return false,
                    }
                }
                i = end + 1;
                while text.get(i).copied().is_some_and(is_json_space) {
                    i += 1;
                }
                if text.get(i) != Some(&b':') {
                    continue; // a value, not a key
                }
                let (Some(key), false, Some(&first)) = (
                    text.get(start..end),
                    escaped,
                    open.get(depth.wrapping_sub(1)),
                ) else {
                    return false;
                };
                if key == SERDE_RAW_VALUE_KEY.as_bytes()
                    || n - first >= FAST_KEYS
                    || n >= keys.len()
                    || keys[first..n].contains(&key)
                {
                    return false;
                }
                keys[n] = key;
                n += 1;
            }
            b'{' | b'[' => {
                let Some(slot) = open.get_mut(depth) else {
                    return false;
                };
                *slot = n;
                depth += 1;
                i += 1;
            }
            b'}' | b']' => {
                let Some(&first) = open.get(depth.wrapping_sub(1)) else {
                    return false;
                };
                n = first;
                depth -= 1;
                i += 1;
            }
            _ => i += 1,
        }
    }
    true
}

struct UniqueKeys;

/// A key, borrowed when it has no escapes.
pub(crate) struct Key<'de>(pub(crate) Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Key(Cow::Owned(v.to_owned())))
            }
        }
        d.deserialize_str(V)
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for UniqueKeys {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for UniqueKeys {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("JSON")
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(UniqueKeys)?.is_some() {}
        Ok(())
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        // Small objects: a linear scan of keys kept on the stack beats hashing
        // (and allocating); past SMALL keys, a set takes over.
        const SMALL: usize = 16;
        let mut seen: [Cow<'de, str>; SMALL] = std::array::from_fn(|_| Cow::Borrowed(""));
        let mut n = 0usize;
        let mut set: std::collections::HashSet<Cow<'de, str>> = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<Key<'de>>()? {
            if key.0 == SERDE_RAW_VALUE_KEY {
                return Err(A::Error::custom(RESERVED_KEY));
            }
            let dup = if n < SMALL {
                let dup = seen[..n].contains(&key.0);
                seen[n] = key.0;
                n += 1;
                dup
            } else {
                if set.is_empty() {
                    set.extend(seen.iter_mut().map(std::mem::take));
                }
                !set.insert(key.0)
            };
            if dup {
                return Err(A::Error::custom(DUPLICATE_KEY));
            }
            map.next_value_seed(UniqueKeys)?;
        }
        Ok(())
    }
}

/// Distinguish malformed JSON from well-formed JSON of the wrong shape
/// (e.g. `"method": 5`).
fn envelope_error(e: serde_json::Error) -> ParseError {
    if e.is_data() {
        ParseError::InvalidRequest("envelope members have the wrong types")
    } else {
        syntax(e)
    }
}

/// An owned JSON-RPC message with every member kept, including unknown ones.
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    Request {
        id: Id,
        method: String,
        params: Option<Value>,
        extra: Map<String, Value>,
    },
    Notification {
        method: String,
        params: Option<Value>,
        extra: Map<String, Value>,
    },
    Result {
        id: Id,
        result: Value,
        extra: Map<String, Value>,
    },
    Error {
        id: Option<Id>,
        error: Value,
        extra: Map<String, Value>,
    },
}

impl Message {
    /// Parse one message from text, keeping the id's exact text and every member.
    pub fn parse(text: &str) -> Result<Self, ParseError> {
        let view = match parse_text(text, &Limits::default())? {
            Payload::Single(v) => v,
            Payload::Batch(_) => return Err(ParseError::InvalidRequest("expected one message")),
        };
        let mut map: Map<String, Value> = serde_json::from_str(text).map_err(syntax)?;
        for k in ["jsonrpc", "id", "method"] {
            map.remove(k);
        }
        let params = map.remove("params");
        let result = map.remove("result");
        let error = map.remove("error");
        let id = view.id.id().cloned();
        let method = view.method.map(Cow::into_owned);
        Ok(match (view.kind, id, method) {
            (Kind::Request, Some(id), Some(method)) => Self::Request {
                id,
                method,
                params,
                extra: map,
            },
            (Kind::Notification, _, Some(method)) => Self::Notification {
                method,
                params,
                extra: map,
            },
            (Kind::Result, Some(id), _) => Self::Result {
                id,
                result: result.unwrap_or(Value::Null),
                extra: map,
            },
            (Kind::Error, id, _) => Self::Error {
                id,
                error: error.unwrap_or(Value::Null),
                extra: map,
            },
            _ => return Err(ParseError::InvalidRequest("inconsistent message")),
        })
    }

    /// Serialise, writing the id exactly as it was received.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

impl Serialize for Message {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("jsonrpc", "2.0")?;
        let extra = match self {
            Self::Request {
                id,
                method,
                params,
                extra,
            } => {
                m.serialize_entry("id", id)?;
                m.serialize_entry("method", method)?;
                if let Some(p) = params {
                    m.serialize_entry("params", p)?;
                }
                extra
            }
            Self::Notification {
                method,
                params,
                extra,
            } => {
                m.serialize_entry("method", method)?;
                if let Some(p) = params {
                    m.serialize_entry("params", p)?;
                }
                extra
            }
            Self::Result { id, result, extra } => {
                m.serialize_entry("id", id)?;
                m.serialize_entry("result", result)?;
                extra
            }
            Self::Error { id, error, extra } => {
                m.serialize_entry("id", id)?;
                m.serialize_entry("error", error)?;
                extra
            }
        };
        for (k, v) in extra {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// JSON texts whose objects often repeat a key, spelt plainly or escaped.
    fn json_text() -> impl Strategy<Value = String> {
        let key = prop_oneof![
            Just(r#""a""#),
            Just(r#""\u0061""#),
            Just(r#""ab""#),
            Just(r#""a\u0062""#),
            Just(r#""\"""#),
            Just(r#""\\""#),
            Just(r#""\\\"""#),
            Just(r#""é""#),
            Just(r#""\u00e9""#),
            Just(r#""$serde_json::private::RawValue""#),
        ];
        let leaf = prop_oneof![
            Just("1".to_owned()),
            Just("null".to_owned()),
            Just(r#""a""#.to_owned()),
            Just(r#""x\":""#.to_owned()),
            Just(r#""{\"a\":1}""#.to_owned()),
        ];
        leaf.prop_recursive(4, 40, 5, move |inner| {
            prop_oneof![
                prop::collection::vec((key.clone(), inner.clone(), 0..3usize), 0..5).prop_map(
                    |members| {
                        let body: Vec<String> = members
                            .iter()
                            .map(|(k, v, ws)| format!("{k}{}:{v}", " ".repeat(*ws)))
                            .collect();
                        format!("{{{}}}", body.join(","))
                    }
                ),
                prop::collection::vec(inner, 0..4)
                    .prop_map(|items| format!("[{}]", items.join(", "))),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn the_quick_key_pass_agrees_with_serde(text in json_text()) {
            prop_assert!(serde_json::from_str::<serde::de::IgnoredAny>(&text).is_ok(), "{}", text);
            let quick = keys_certainly_unique(text.as_bytes());
            let exact = exact_unique_keys(&text).is_ok();
            // Never passes a duplicate; passes every clean text without escapes.
            prop_assert!(!quick || exact, "{}", text);
            if !text.contains('\\') {
                prop_assert_eq!(quick, exact, "{}", text);
            }
        }

        #[test]
        fn the_quick_key_pass_never_passes_what_serde_refuses(text in "[{}\\[\\]\":,a\\\\u0 1]{0,24}") {
            if keys_certainly_unique(text.as_bytes()) {
                prop_assert!(
                    !matches!(exact_unique_keys(&text), Err(ParseError::InvalidRequest(_))),
                    "{}", text
                );
            }
        }
    }

    fn single(body: &str) -> MessageView<'_> {
        match parse_body(body.as_bytes(), &Limits::default()).unwrap() {
            Payload::Single(m) => m,
            Payload::Batch(_) => panic!("batch"),
        }
    }

    fn err(body: &[u8]) -> ParseError {
        parse_body(body, &Limits::default()).unwrap_err()
    }

    #[test]
    fn request_notification_result_error() {
        let r = single(r#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"x"}}"#);
        assert_eq!(r.kind, Kind::Request);
        assert_eq!(r.method(), Some(Method::ToolsCall));
        assert_eq!(r.id.id().unwrap().as_json(), "1");
        let n = single(r#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#);
        assert_eq!(n.kind, Kind::Notification);
        let res = single(r#"{"jsonrpc":"2.0","id":"a","result":{}}"#);
        assert_eq!(res.kind, Kind::Result);
        let e = single(r#"{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"x"}}"#);
        assert_eq!(e.kind, Kind::Error);
        assert_eq!(e.id, IdField::Null);
    }

    #[test]
    fn ids_are_kept_exactly() {
        for id in [
            "7",
            "7.0",
            "-3",
            "\"7\"",
            "123456789012345678901234567890",
            "\"a\\\"b\"",
        ] {
            let body = format!(r#"{{"jsonrpc":"2.0","id":{id},"method":"ping"}}"#);
            assert_eq!(single(&body).id.id().unwrap().as_json(), id);
        }
    }

    #[test]
    fn bad_ids_rejected() {
        for id in ["true", "{}", "[1]"] {
            let body = format!(r#"{{"jsonrpc":"2.0","id":{id},"method":"ping"}}"#);
            assert_eq!(err(body.as_bytes()).code(), "invalid_request");
        }
    }

    #[test]
    fn batches() {
        let body = r#"[{"jsonrpc":"2.0","id":1,"method":"ping"},{"jsonrpc":"2.0","method":"notifications/initialized"}]"#;
        let p = parse_body(body.as_bytes(), &Limits::default()).unwrap();
        assert!(p.is_batch());
        assert_eq!(p.messages().len(), 2);
        assert_eq!(err(b"[]").code(), "invalid_request");
        assert_eq!(err(b"[1]").code(), "invalid_request");
        let limits = Limits {
            max_batch: 1,
            ..Limits::default()
        };
        assert_eq!(
            parse_body(body.as_bytes(), &limits).unwrap_err().code(),
            "batch_too_large"
        );
    }

    #[test]
    fn malformed_inputs_map_to_codes() {
        assert_eq!(err(b"{\"jsonrpc\":").rpc_code(), -32700);
        assert_eq!(err(b"not json").rpc_code(), -32700);
        assert_eq!(err(b"\"str\"").rpc_code(), -32600);
        assert_eq!(err(&[b'{', 0xff, b'}']).code(), "invalid_utf8");
        assert_eq!(
            err(br#"{"jsonrpc":"1.0","id":1,"method":"x"}"#).code(),
            "invalid_request"
        );
        assert_eq!(
            err(br#"{"jsonrpc":"2.0","id":1,"method":5}"#).code(),
            "invalid_request"
        );
        assert_eq!(
            err(br#"{"jsonrpc":"2.0","id":1,"method":"x","params":"s"}"#).code(),
            "invalid_request"
        );
        assert_eq!(
            err(br#"{"jsonrpc":"2.0","id":1}"#).code(),
            "invalid_request"
        );
        assert_eq!(
            err(br#"{"jsonrpc":"2.0","result":{}}"#).code(),
            "invalid_request"
        );
    }

    #[test]
    fn serde_json_raw_value_key_is_refused() {
        // Escaped or not: the key is compared after unescaping.
        for text in [
            r#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"a","arguments":{"$serde_json::private::RawValue":"{\"x\":1}"}}}"#,
            r#"{"jsonrpc":"2.0","id":1,"result":{"tools":[{"\u0024serde_json::private::RawValue":"{}"}]}}"#,
        ] {
            assert_eq!(
                check_unique_keys(text),
                Err(ParseError::InvalidRequest(
                    "an object key is reserved by the JSON parser"
                )),
                "{text}"
            );
        }
    }

    #[test]
    fn duplicate_keys_are_refused_after_unescaping() {
        for body in [
            r#"{"jsonrpc":"2.0","id":1,"method":"ping","method":"tools/call"}"#,
            r#"{"jsonrpc":"2.0","id":1,"result":{"tools":[],"tool\u0073":[1]}}"#,
            r#"{"jsonrpc":"2.0","id":1,"method":"x","params":{"a":{"k":1,"k":2}}}"#,
            r#"[{"jsonrpc":"2.0","id":1,"method":"x","params":{"b":[{"z":1,"z":1}]}}]"#,
        ] {
            assert_eq!(err(body.as_bytes()).code(), "invalid_request", "{body}");
        }
        let many: String = (0..40).map(|i| format!("\"k{i}\":{i},")).collect();
        let body = format!(r#"{{"jsonrpc":"2.0","id":1,"method":"x","params":{{{many}"k3":0}}}}"#);
        assert_eq!(err(body.as_bytes()).code(), "invalid_request");
        let fine = format!(r#"{{"jsonrpc":"2.0","id":1,"method":"x","params":{{{many}"z":0}}}}"#);
        assert!(parse_body(fine.as_bytes(), &Limits::default()).is_ok());
    }

    #[test]
    fn errors_never_quote_the_input() {
        let secret = "AKIAIOSFODNN7EXAMPLE";
        for body in [
            format!(r#"{{"jsonrpc":"2.0","id":1,"method":"x","params":{{"a":"{secret}"}} x"#),
            format!(r#"{{"jsonrpc":"2.0","id":1,"method":"{secret}""#),
            format!(r#"{{"jsonrpc":"2.0","id":{secret},"method":"x"}}"#),
        ] {
            let e = err(body.as_bytes()).to_string();
            assert!(!e.contains(secret), "{e}");
        }
    }

    #[test]
    fn depth_and_size_limits() {
        let limits = Limits {
            max_depth: 4,
            max_body_bytes: 200,
            ..Limits::default()
        };
        let deep = r#"{"jsonrpc":"2.0","id":1,"method":"x","params":{"a":{"b":{"c":{}}}}}"#;
        assert_eq!(
            parse_body(deep.as_bytes(), &limits).unwrap_err().code(),
            "nesting_too_deep"
        );
        // Brackets inside strings do not count.
        let fine = r#"{"jsonrpc":"2.0","id":1,"method":"x","params":{"a":"[[[[[[{{{{\"]]"}}"#;
        assert!(parse_body(fine.as_bytes(), &limits).is_ok());
        let big = vec![b' '; 201];
        assert_eq!(
            parse_body(&big, &limits).unwrap_err().code(),
            "body_too_large"
        );
    }

    #[test]
    fn message_round_trip_keeps_unknown_members() {
        let text = r#"{"jsonrpc":"2.0","id":"x-1","method":"tools/call","params":{"name":"a","arguments":{"k":[1,2]},"_meta":{"p":1}},"ext":true}"#;
        let m = Message::parse(text).unwrap();
        assert_eq!(m.to_json(), text);
    }

    fn arb_id() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<i64>().prop_map(|n| n.to_string()),
            "[a-zA-Z0-9 _\\-\"\\\\]{0,12}".prop_map(|s| Value::String(s).to_string()),
            (1u64..u64::MAX).prop_map(|n| format!("{n}0000000")),
        ]
    }

    fn arb_json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i32>().prop_map(Value::from),
            "[^\u{0}]{0,10}".prop_map(Value::String),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::btree_map("[a-z_]{1,6}", inner, 0..4)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn round_trip_preserves_id_and_unknown_fields(
            id in arb_id(),
            method in "[a-z/_]{1,16}",
            params in prop::collection::btree_map("[a-z]{1,5}", arb_json(), 0..4),
            extra in prop::collection::btree_map("x_[a-z]{1,5}", arb_json(), 0..3),
        ) {
            let mut obj = Map::new();
            obj.insert("jsonrpc".into(), "2.0".into());
            obj.insert("method".into(), Value::String(method));
            obj.insert("params".into(), Value::Object(params.into_iter().collect()));
            for (k, v) in extra { obj.insert(k, v); }
            let mut text = Value::Object(obj).to_string();
            text.insert_str(1, &format!("\"id\":{id},"));
            let view_id = single(&text).id.id().unwrap().clone();
            prop_assert_eq!(view_id.as_json(), id.as_str());
            let msg = Message::parse(&text).unwrap();
            let back = msg.to_json();
            // Exact id text and every member survive a parse/serialise round trip.
            prop_assert!(back.contains(&format!("\"id\":{id}")), "{} lacks id {}", back, id);
            let reparsed = Message::parse(&back).unwrap();
            prop_assert_eq!(&reparsed, &msg);
            let original: Map<String, Value> = serde_json::from_str(&text).unwrap();
            let again: Map<String, Value> = serde_json::from_str(&back).unwrap();
            let keys = |m: &Map<String, Value>| m.keys().cloned().collect::<std::collections::BTreeSet<_>>();
            prop_assert_eq!(keys(&original), keys(&again));
        }

        #[test]
        fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
            let _ = parse_body(&bytes, &Limits::default());
        }
    }
}
