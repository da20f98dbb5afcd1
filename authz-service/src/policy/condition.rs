//! `when` conditions: boolean trees of tests on a call's arguments.
//!
//! ```yaml
//! when:
//!   all:
//!     - {path: amount, op: lt, value: 500}
//!     - any:
//!         - {path: currency, op: in, value: [EUR, USD]}
//!         - not: {path: region, op: exists}
//! ```
//!
//! Semantics (documented in the policy README):
//! - a path selects zero or more values (`items[*].sku`, `**`); a test holds when
//!   **any** selected value passes; a path that selects nothing fails every test
//!   except `exists: false`;
//! - comparisons are type-strict: `lt`/`le`/`gt`/`ge` compare numbers only,
//!   `startswith`/`endswith`/`regex` strings only; `eq`/`ne`/`in`/`not_in` compare
//!   JSON values, numbers by numeric value (`500` equals `500.0`);
//! - `contains`: substring for a string, element (by `eq`) for an array.

use std::fmt;

use regex::Regex;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::Value;
use warden_core::argpath::ArgPath;

/// Largest compiled regex program; a policy regex is a short pattern.
const REGEX_SIZE_LIMIT: usize = 1 << 20;

#[derive(Clone, Debug)]
pub enum Condition {
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
    Test(Test),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    NotIn,
    Contains,
    StartsWith,
    EndsWith,
    Regex,
    Exists,
}

impl Op {
    pub const NAMES: [&'static str; 13] = [
        "eq",
        "ne",
        "lt",
        "le",
        "gt",
        "ge",
        "in",
        "not_in",
        "contains",
        "startswith",
        "endswith",
        "regex",
        "exists",
    ];

    pub fn parse(name: &str) -> Option<Self> {
        Some(match name {
            "eq" => Self::Eq,
            "ne" => Self::Ne,
            "lt" => Self::Lt,
            "le" => Self::Le,
            "gt" => Self::Gt,
            "ge" => Self::Ge,
            "in" => Self::In,
            "not_in" => Self::NotIn,
            "contains" => Self::Contains,
            "startswith" => Self::StartsWith,
            "endswith" => Self::EndsWith,
            "regex" => Self::Regex,
            "exists" => Self::Exists,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Eq => "eq",
            Self::Ne => "ne",
            Self::Lt => "lt",
            Self::Le => "le",
            Self::Gt => "gt",
            Self::Ge => "ge",
            Self::In => "in",
            Self::NotIn => "not_in",
            Self::Contains => "contains",
            Self::StartsWith => "startswith",
            Self::EndsWith => "endswith",
            Self::Regex => "regex",
            Self::Exists => "exists",
        }
    }
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An operator's right-hand side, checked and prepared at load time.
#[derive(Clone, Debug)]
pub enum Operand {
    Value(Value),
    Number(f64),
    Text(String),
    List(Vec<Value>),
    Regex(Regex),
    Exists(bool),
}

#[derive(Clone, Debug)]
pub struct Test {
    pub path: ArgPath,
    pub op: Op,
    pub operand: Operand,
}

impl Condition {
    /// Evaluate against a call's arguments (`Value::Null` when there are none).
    pub fn eval(&self, args: &Value) -> bool {
        match self {
            Self::All(cs) => cs.iter().all(|c| c.eval(args)),
            Self::Any(cs) => cs.iter().any(|c| c.eval(args)),
            Self::Not(c) => !c.eval(args),
            Self::Test(t) => t.eval(args),
        }
    }

    /// Why the condition is false (call only when [`Condition::eval`] is false):
    /// the deciding test with the value it saw.
    pub fn why_false(&self, args: &Value) -> String {
        match self {
            Self::All(cs) => cs
                .iter()
                .find(|c| !c.eval(args))
                .map(|c| c.why_false(args))
                .unwrap_or_else(|| "all: false".into()),
            Self::Any(cs) if cs.is_empty() => "any: empty list".into(),
            Self::Any(cs) => format!(
                "none of {} alternatives holds ({})",
                cs.len(),
                cs.iter()
                    .map(|c| c.why_false(args))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            Self::Not(c) => format!("not: {} holds", c.describe(args)),
            Self::Test(t) => t.describe(args),
        }
    }

    /// What the condition checks and what it saw (for `explain`).
    pub fn describe(&self, args: &Value) -> String {
        match self {
            Self::All(cs) => format!("all of {} conditions", cs.len()),
            Self::Any(cs) => format!("any of {} conditions", cs.len()),
            Self::Not(c) => format!("not ({})", c.describe(args)),
            Self::Test(t) => t.describe(args),
        }
    }
}

impl Test {
    pub fn eval(&self, args: &Value) -> bool {
        let mut selected = Vec::new();
        self.path.select(args, &mut selected);
        if let Operand::Exists(want) = self.operand {
            return selected.is_empty() != want;
        }
        selected.into_iter().any(|v| self.test(v))
    }

    fn test(&self, v: &Value) -> bool {
        match (&self.op, &self.operand) {
            (Op::Eq, Operand::Value(x)) => json_eq(v, x),
            (Op::Ne, Operand::Value(x)) => !json_eq(v, x),
            (Op::Lt, Operand::Number(n)) => v.as_f64().is_some_and(|a| a < *n),
            (Op::Le, Operand::Number(n)) => v.as_f64().is_some_and(|a| a <= *n),
            (Op::Gt, Operand::Number(n)) => v.as_f64().is_some_and(|a| a > *n),
            (Op::Ge, Operand::Number(n)) => v.as_f64().is_some_and(|a| a >= *n),
            (Op::In, Operand::List(xs)) => xs.iter().any(|x| json_eq(v, x)),
            (Op::NotIn, Operand::List(xs)) => !xs.iter().any(|x| json_eq(v, x)),
            (Op::Contains, Operand::Value(x)) => match (v, x) {
                (Value::String(s), Value::String(needle)) => s.contains(needle.as_str()),
                (Value::Array(items), _) => items.iter().any(|i| json_eq(i, x)),
                _ => false,
            },
            (Op::StartsWith, Operand::Text(t)) => v.as_str().is_some_and(|s| s.starts_with(t)),
            (Op::EndsWith, Operand::Text(t)) => v.as_str().is_some_and(|s| s.ends_with(t)),
            (Op::Regex, Operand::Regex(r)) => v.as_str().is_some_and(|s| r.is_match(s)),
            // Operands are built to match their operator at load time.
            _ => false,
        }
    }

    fn describe(&self, args: &Value) -> String {
        let mut selected = Vec::new();
        self.path.select(args, &mut selected);
        let operand = match &self.operand {
            Operand::Value(v) => v.to_string(),
            Operand::Number(n) => n.to_string(),
            Operand::Text(t) => Value::String(t.clone()).to_string(),
            Operand::List(xs) => Value::Array(xs.clone()).to_string(),
            Operand::Regex(r) => format!("/{}/", r.as_str()),
            Operand::Exists(b) => b.to_string(),
        };
        let seen = match selected.as_slice() {
            [] => "absent".to_owned(),
            [one] => shorten(&one.to_string()),
            many if self.path.has_wildcard() => format!("{} values", many.len()),
            [first, ..] => shorten(&first.to_string()),
        };
        format!("`{}` {} {} (got {})", self.path, self.op, operand, seen)
    }
}

fn shorten(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX {
        s.to_owned()
    } else {
        let cut: String = s.chars().take(MAX).collect();
        format!("{cut}...")
    }
}

/// JSON equality with numbers compared by value (`1` == `1.0`).
pub fn json_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_i64(), y.as_i64()) {
            (Some(i), Some(j)) => i == j,
            _ => match (x.as_u64(), y.as_u64()) {
                (Some(i), Some(j)) => i == j,
                _ => x.as_f64() == y.as_f64(),
            },
        },
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| json_eq(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| json_eq(v, w)))
        }
        _ => a == b,
    }
}

/// Build an operand for `op` from a YAML value; the error names what was expected.
pub fn operand(op: Op, value: Option<Value>) -> Result<Operand, String> {
    let need = |what: &str| format!("operator `{op}` needs `value:` {what}");
    match op {
        Op::Exists => match value {
            None => Ok(Operand::Exists(true)),
            Some(Value::Bool(b)) => Ok(Operand::Exists(b)),
            Some(_) => Err("operator `exists` takes `value: true` or `value: false`".into()),
        },
        Op::Eq | Op::Ne | Op::Contains => match value {
            Some(v) => Ok(Operand::Value(v)),
            None => Err(need("(any value)")),
        },
        Op::Lt | Op::Le | Op::Gt | Op::Ge => match value.as_ref().and_then(Value::as_f64) {
            Some(n) => Ok(Operand::Number(n)),
            None => Err(need("as a number")),
        },
        Op::In | Op::NotIn => match value {
            Some(Value::Array(xs)) => Ok(Operand::List(xs)),
            _ => Err(need("as a list")),
        },
        Op::StartsWith | Op::EndsWith => match value {
            Some(Value::String(s)) => Ok(Operand::Text(s)),
            _ => Err(need("as a string")),
        },
        Op::Regex => match value {
            Some(Value::String(s)) => compile_regex(&s).map(Operand::Regex),
            _ => Err(need("as a regular expression string")),
        },
    }
}

pub fn compile_regex(pattern: &str) -> Result<Regex, String> {
    regex::RegexBuilder::new(pattern)
        .size_limit(REGEX_SIZE_LIMIT)
        .build()
        .map_err(|e| {
            // The regex crate's message spans several lines with a caret diagram;
            // keep it, indented, after a one-line summary.
            let detail = e.to_string().replace('\n', "\n    ");
            format!("invalid regex {pattern:?}:\n    {detail}")
        })
}

// ---- YAML ------------------------------------------------------------------
//
// Hand-written visitors so every error lands on the node that caused it: an
// unknown operator on the `op:` scalar, a bad regex on its `value:` scalar.

impl<'de> Deserialize<'de> for Condition {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(ConditionVisitor)
    }
}

struct ConditionVisitor;

const CONDITION_KEYS: &[&str] = &["all", "any", "not", "path", "op", "value"];

impl<'de> Visitor<'de> for ConditionVisitor {
    type Value = Condition;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a condition: {all: [...]}, {any: [...]}, {not: {...}} or {path, op, value}")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Condition, A::Error> {
        let mut tree: Option<Condition> = None;
        let mut path: Option<ArgPath> = None;
        let mut op: Option<Op> = None;
        let mut value: Option<Value> = None;
        let mut operand_done: Option<Operand> = None;
        while let Some(key) = map.next_key::<ConditionKey>()? {
            if tree.is_some() {
                return Err(de::Error::custom(format!(
                    "`{}` cannot be combined with another key in the same condition",
                    key.name()
                )));
            }
            match key {
                ConditionKey::All | ConditionKey::Any => {
                    if path.is_some() || op.is_some() || value.is_some() || operand_done.is_some() {
                        return Err(de::Error::custom(format!(
                            "`{}` cannot be combined with path/op/value",
                            key.name()
                        )));
                    }
                    let list: Vec<Condition> = map.next_value()?;
                    tree = Some(if key == ConditionKey::All {
                        Condition::All(list)
                    } else {
                        Condition::Any(list)
                    });
                }
                ConditionKey::Not => {
                    if path.is_some() || op.is_some() || value.is_some() || operand_done.is_some() {
                        return Err(de::Error::custom(
                            "`not` cannot be combined with path/op/value",
                        ));
                    }
                    let inner: Condition = map.next_value()?;
                    tree = Some(Condition::Not(Box::new(inner)));
                }
                ConditionKey::Path => {
                    if path.is_some() {
                        return Err(de::Error::duplicate_field("path"));
                    }
                    path = Some(map.next_value::<PathText>()?.0);
                }
                ConditionKey::Op => {
                    if op.is_some() {
                        return Err(de::Error::duplicate_field("op"));
                    }
                    op = Some(map.next_value::<OpName>()?.0);
                }
                ConditionKey::Value => {
                    if value.is_some() || operand_done.is_some() {
                        return Err(de::Error::duplicate_field("value"));
                    }
                    match op {
                        // The operator is known: check the value where it stands.
                        Some(op) => operand_done = Some(map.next_value_seed(OperandSeed(op))?),
                        None => value = Some(map.next_value()?),
                    }
                }
            }
        }
        if let Some(tree) = tree {
            return Ok(tree);
        }
        let path = path.ok_or_else(|| {
            de::Error::custom("a condition needs `path` and `op` (or one of all/any/not)")
        })?;
        let op = op.ok_or_else(|| de::Error::missing_field("op"))?;
        let operand = match operand_done {
            Some(o) => o,
            None => operand(op, value).map_err(de::Error::custom)?,
        };
        Ok(Condition::Test(Test { path, op, operand }))
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ConditionKey {
    All,
    Any,
    Not,
    Path,
    Op,
    Value,
}

impl ConditionKey {
    fn name(self) -> &'static str {
        CONDITION_KEYS[self as usize]
    }
}

impl<'de> Deserialize<'de> for ConditionKey {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ok(match s.as_str() {
            "all" => Self::All,
            "any" => Self::Any,
            "not" => Self::Not,
            "path" => Self::Path,
            "op" => Self::Op,
            "value" => Self::Value,
            _ => return Err(de::Error::unknown_field(&s, CONDITION_KEYS)),
        })
    }
}

/// An argument path, checked where it is written.
pub struct PathText(pub ArgPath);

impl<'de> Deserialize<'de> for PathText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        from_str_node(d, "an argument path", |s| {
            ArgPath::parse(s)
                .map(PathText)
                .map_err(|e| format!("invalid path {s:?}: {e}"))
        })
    }
}

/// Deserialize a string node through `f`, so an error `f` raises is reported at
/// the node itself (the YAML deserializer marks errors raised inside a visitor with the
/// position of the node being visited).
pub fn from_str_node<'de, D, T, F>(d: D, expecting: &'static str, f: F) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    F: FnOnce(&str) -> Result<T, String>,
{
    struct V<F>(F, &'static str);
    impl<T, F: FnOnce(&str) -> Result<T, String>> Visitor<'_> for V<F> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.1)
        }
        fn visit_str<E: de::Error>(self, s: &str) -> Result<T, E> {
            (self.0)(s).map_err(E::custom)
        }
    }
    d.deserialize_str(V(f, expecting))
}

struct OpName(Op);

impl<'de> Deserialize<'de> for OpName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        from_str_node(d, "an operator name", |s| {
            Op::parse(s).map(OpName).ok_or_else(|| {
                format!(
                    "unknown operator `{s}`, expected one of {}",
                    Op::NAMES.join(", ")
                )
            })
        })
    }
}

struct OperandSeed(Op);

impl<'de> DeserializeSeed<'de> for OperandSeed {
    type Value = Operand;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Operand, D::Error> {
        d.deserialize_any(self)
    }
}

/// Builds the operand inside the visitor, so a bad value is reported where it is.
impl<'de> Visitor<'de> for OperandSeed {
    type Value = Operand;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a value for operator `{}`", self.0)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Operand, E> {
        operand(self.0, Some(Value::Bool(v))).map_err(E::custom)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Operand, E> {
        operand(self.0, Some(Value::from(v))).map_err(E::custom)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Operand, E> {
        operand(self.0, Some(Value::from(v))).map_err(E::custom)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Operand, E> {
        let n =
            serde_json::Number::from_f64(v).ok_or_else(|| E::custom("a number must be finite"))?;
        operand(self.0, Some(Value::Number(n))).map_err(E::custom)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Operand, E> {
        operand(self.0, Some(Value::String(v.to_owned()))).map_err(E::custom)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Operand, E> {
        operand(self.0, Some(Value::Null)).map_err(E::custom)
    }

    fn visit_seq<S: de::SeqAccess<'de>>(self, seq: S) -> Result<Operand, S::Error> {
        let v = Value::deserialize(de::value::SeqAccessDeserializer::new(seq))?;
        operand(self.0, Some(v)).map_err(de::Error::custom)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Operand, A::Error> {
        let v = Value::deserialize(de::value::MapAccessDeserializer::new(map))?;
        operand(self.0, Some(v)).map_err(de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn cond(yaml: &str) -> Condition {
        serde_norway::from_str(yaml).unwrap()
    }

    fn err(yaml: &str) -> String {
        serde_norway::from_str::<Condition>(yaml)
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn every_operator() {
        let args = json!({
            "amount": 450, "price": 9.5, "to": "ops@example.com", "tags": ["a", "b"],
            "nested": {"items": [{"sku": "X1"}, {"sku": "Y2"}]}, "nothing": null
        });
        let holds = [
            "{path: amount, op: eq, value: 450}",
            "{path: amount, op: eq, value: 450.0}",
            "{path: amount, op: ne, value: 451}",
            "{path: amount, op: lt, value: 500}",
            "{path: amount, op: le, value: 450}",
            "{path: price, op: gt, value: 9}",
            "{path: price, op: ge, value: 9.5}",
            "{path: to, op: in, value: [x, ops@example.com]}",
            "{path: to, op: not_in, value: [x, y]}",
            "{path: to, op: contains, value: \"@example\"}",
            "{path: tags, op: contains, value: b}",
            "{path: to, op: startswith, value: ops}",
            "{path: to, op: endswith, value: .com}",
            "{path: to, op: regex, value: '^[a-z]+@example\\.com$'}",
            "{path: 'nested.items[1].sku', op: eq, value: Y2}",
            "{path: 'nested.items[*].sku', op: eq, value: X1}",
            "{path: '**', op: regex, value: '^Y\\d$'}",
            "{path: nothing, op: exists}",
            "{path: missing, op: exists, value: false}",
        ];
        for y in holds {
            assert!(cond(y).eval(&args), "{y} should hold");
        }
        let fails = [
            "{path: amount, op: gt, value: 450}",
            "{path: to, op: lt, value: 5}",
            "{path: amount, op: startswith, value: '4'}",
            "{path: missing, op: ne, value: 1}",
            "{path: missing, op: not_in, value: [1]}",
            "{path: missing, op: exists}",
            "{path: amount, op: regex, value: '4'}",
            "{path: tags, op: contains, value: c}",
        ];
        for y in fails {
            assert!(!cond(y).eval(&args), "{y} should fail");
        }
    }

    #[test]
    fn boolean_trees() {
        let args = json!({"a": 1, "b": "x"});
        let c = cond(
            "all:\n  - {path: a, op: eq, value: 1}\n  - any:\n      - {path: b, op: eq, value: y}\n      - not: {path: c, op: exists}\n",
        );
        assert!(c.eval(&args));
        let c = cond("any: []");
        assert!(!c.eval(&args));
        let c = cond("all: []");
        assert!(c.eval(&args));
    }

    #[test]
    fn errors_name_the_problem_and_the_place() {
        let e = err("{path: a, op: lte, value: 1}");
        assert!(e.contains("unknown operator `lte`"), "{e}");
        assert!(e.contains("line 1 column 15"), "{e}");
        let e = err("path: a\nop: regex\nvalue: '(unclosed'\n");
        assert!(e.contains("invalid regex"), "{e}");
        assert!(e.contains("line 3 column 8"), "{e}");
        let e = err("{path: a, op: lt, value: five}");
        assert!(e.contains("as a number"), "{e}");
        let e = err("{path: a, op: in, value: 3}");
        assert!(e.contains("as a list"), "{e}");
        let e = err("{path: a, operator: eq}");
        assert!(e.contains("unknown field `operator`"), "{e}");
        let e = err("{path: 'a..b', op: exists}");
        assert!(e.contains("invalid path"), "{e}");
        let e = err("{all: [], path: a}");
        assert!(e.contains("cannot be combined"), "{e}");
        let e = err("{path: a}");
        assert!(e.contains("missing field `op`"), "{e}");
        // Value before op: still checked, at the condition.
        let e = err("{value: '(', op: regex, path: a}");
        assert!(e.contains("invalid regex"), "{e}");
    }

    #[test]
    fn explanations_show_what_was_seen() {
        let c = cond("{path: amount, op: lt, value: 500}");
        let args = json!({"amount": 600});
        assert!(!c.eval(&args));
        assert_eq!(c.why_false(&args), "`amount` lt 500 (got 600)");
        assert!(cond("{path: x, op: eq, value: 1}")
            .why_false(&json!({}))
            .contains("absent"));
    }

    fn leaf(op: &str, value: Value) -> Condition {
        let v = serde_norway::to_string(&json!({"path": "x", "op": op, "value": value})).unwrap();
        cond(&v)
    }

    fn scalar() -> impl Strategy<Value = Value> {
        prop_oneof![
            any::<i32>().prop_map(|n| json!(n)),
            (-1000.0f64..1000.0).prop_map(|f| json!(f)),
            "[a-c]{0,3}".prop_map(|s| json!(s)),
            any::<bool>().prop_map(|b| json!(b)),
        ]
    }

    proptest! {
        #[test]
        fn not_not_is_identity(x in scalar(), y in scalar()) {
            let args = json!({"x": x});
            let c = leaf("eq", y);
            let nn = Condition::Not(Box::new(Condition::Not(Box::new(c.clone()))));
            prop_assert_eq!(nn.eval(&args), c.eval(&args));
        }

        #[test]
        fn eq_ne_and_in_not_in_are_complements_on_present_values(x in scalar(), y in scalar()) {
            let args = json!({"x": x});
            prop_assert_ne!(leaf("eq", y.clone()).eval(&args), leaf("ne", y.clone()).eval(&args));
            prop_assert_eq!(leaf("in", json!([y.clone()])).eval(&args), leaf("eq", y.clone()).eval(&args));
            prop_assert_ne!(leaf("in", json!([y.clone()])).eval(&args), leaf("not_in", json!([y])).eval(&args));
        }

        #[test]
        fn orderings_agree_for_numbers(a in -1e6f64..1e6, b in -1e6f64..1e6) {
            let args = json!({"x": a});
            prop_assert_ne!(leaf("lt", json!(b)).eval(&args), leaf("ge", json!(b)).eval(&args));
            prop_assert_ne!(leaf("gt", json!(b)).eval(&args), leaf("le", json!(b)).eval(&args));
            prop_assert_eq!(leaf("lt", json!(b)).eval(&args), a < b);
        }

        #[test]
        fn absent_paths_fail_every_positive_test(y in scalar()) {
            let args = json!({"other": 1});
            for op in ["eq", "ne", "lt", "le", "gt", "ge", "contains"] {
                let v = if matches!(op, "lt" | "le" | "gt" | "ge") { json!(1) } else { y.clone() };
                prop_assert!(!leaf(op, v).eval(&args), "{op}");
            }
        }

        #[test]
        fn all_any_follow_their_children(bits in proptest::collection::vec(any::<bool>(), 0..6)) {
            let args = json!({"x": 1});
            let kids: Vec<Condition> = bits.iter()
                .map(|b| leaf("eq", json!(if *b { 1 } else { 2 })))
                .collect();
            prop_assert_eq!(Condition::All(kids.clone()).eval(&args), bits.iter().all(|b| *b));
            prop_assert_eq!(Condition::Any(kids).eval(&args), bits.iter().any(|b| *b));
        }

        #[test]
        fn arbitrary_values_never_panic(v in "[ -~]{0,30}") {
            let args = json!({"x": v});
            for c in ["{path: x, op: regex, value: 'a+b'}", "{path: '**', op: contains, value: a}"] {
                let _ = cond(c).eval(&args);
            }
        }
    }
}
