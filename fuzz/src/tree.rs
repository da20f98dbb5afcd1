//! JSON as a receiving client or server sees it, with every duplicate key kept.
//!
//! serde_json's `Value` keeps the last of duplicate keys (as Python, JavaScript and
//! Go do); other parsers keep the first. The differential properties must hold for
//! every reading, so this tree keeps all of them.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Null,
    Bool(bool),
    /// The number as serde_json reads it (for comparing ids).
    Number(serde_json::Number),
    Str(String),
    Array(Vec<Node>),
    /// Members in wire order, duplicates included.
    Object(Vec<(String, Node)>),
}

impl Node {
    /// Parse as a serde_json-based receiver would (same grammar and recursion
    /// limit), keeping duplicate keys.
    pub fn parse(text: &[u8]) -> Option<Node> {
        serde_json::from_slice(text).ok()
    }

    /// Every value of `key` in an object (all duplicates); nothing for non-objects.
    pub fn all<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a Node> + 'a {
        let members: &[(String, Node)] = match self {
            Node::Object(m) => m,
            _ => &[],
        };
        members
            .iter()
            .filter(move |(k, _)| k == key)
            .map(|(_, v)| v)
    }

    pub fn has(&self, key: &str) -> bool {
        self.all(key).next().is_some()
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Node::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The JSON-RPC messages of a body: the object, or the objects of a batch.
    pub fn messages(&self) -> Vec<&Node> {
        match self {
            Node::Object(_) => vec![self],
            Node::Array(items) => items
                .iter()
                .filter(|i| matches!(i, Node::Object(_)))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Every string in the tree, object keys included, with the key it sits
    /// under (the innermost member name; `None` for array items and the root).
    pub fn strings<'a>(
        &'a self,
        under: Option<&'a str>,
        out: &mut Vec<(Option<&'a str>, &'a str)>,
    ) {
        match self {
            Node::Str(s) => out.push((under, s)),
            Node::Array(items) => items.iter().for_each(|i| i.strings(None, out)),
            Node::Object(members) => {
                for (k, v) in members {
                    out.push((None, k));
                    v.strings(Some(k), out);
                }
            }
            _ => {}
        }
    }

    /// The value as serde_json would see it if this reading were the only one:
    /// the given duplicates chosen per key (used to compare ids).
    pub fn to_value(&self) -> Value {
        match self {
            Node::Null => Value::Null,
            Node::Bool(b) => Value::Bool(*b),
            Node::Number(n) => Value::Number(n.clone()),
            Node::Str(s) => Value::String(s.clone()),
            Node::Array(items) => Value::Array(items.iter().map(Node::to_value).collect()),
            Node::Object(members) => Value::Object(
                members
                    .iter()
                    .map(|(k, v)| (k.clone(), v.to_value()))
                    .collect(),
            ),
        }
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_bool<E>(self, b: bool) -> Result<Node, E> {
        Ok(Node::Bool(b))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Node, E> {
        Ok(Node::Number(n.into()))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Node, E> {
        Ok(Node::Number(n.into()))
    }

    fn visit_f64<E: serde::de::Error>(self, n: f64) -> Result<Node, E> {
        serde_json::Number::from_f64(n)
            .map(Node::Number)
            .ok_or_else(|| E::custom("non-finite number"))
    }

    fn visit_str<E>(self, s: &str) -> Result<Node, E> {
        Ok(Node::Str(s.to_owned()))
    }

    fn visit_string<E>(self, s: String) -> Result<Node, E> {
        Ok(Node::Str(s))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut members = Vec::new();
        while let Some((k, v)) = map.next_entry::<String, Node>()? {
            members.push((k, v));
        }
        Ok(Node::Object(members))
    }
}
