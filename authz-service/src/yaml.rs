//! The one YAML reader for every file an operator writes (the sidecar config and
//! the policy): `serde_norway` (a maintained serde_yaml fork that keeps error
//! positions), errors split into message, line and column, and one dialect.
//!
//! Every key is camelCase, like Kubernetes, Istio and Envoy's own YAML. A key in
//! another spelling is an unknown key; when its camelCase form is a key of that
//! mapping, the error names it (`write minThreat`).

use std::fmt;

use serde::de::DeserializeOwned;

/// A YAML problem with its place when known (1-based line and column).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YamlError {
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl fmt::Display for YamlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, "line {l} column {c}: {}", self.message),
            _ => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for YamlError {}

impl From<serde_norway::Error> for YamlError {
    fn from(e: serde_norway::Error) -> Self {
        let mut message = e.to_string();
        let (line, column) = match e.location() {
            Some(loc) => {
                // The position is kept apart; drop it from the text.
                let suffix = format!(" at line {} column {}", loc.line(), loc.column());
                if let Some(i) = message.find(&suffix) {
                    message.replace_range(i..i + suffix.len(), "");
                }
                (Some(loc.line()), Some(loc.column()))
            }
            None => (None, None),
        };
        if let Some(hint) = camel_case_hint(&message) {
            message = hint;
        }
        Self {
            line,
            column,
            message,
        }
    }
}

/// Parse YAML text into `T`.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    serde_norway::from_str(text).map_err(YamlError::from)
}

/// `some_key` → `someKey` (also `some-key`).
pub fn camel_case(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    let mut upper = false;
    for c in key.chars() {
        if c == '_' || c == '-' {
            upper = !out.is_empty();
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// serde's "unknown field `min_threat`, expected one of `a`, `minThreat`" becomes
/// "unknown key `min_threat`: keys are camelCase, write `minThreat`".
fn camel_case_hint(message: &str) -> Option<String> {
    // serde_norway puts the path first: `rules[0]: unknown field ...`.
    let at = message.find("unknown field `")?;
    let (path, rest) = message.split_at(at);
    let rest = rest.strip_prefix("unknown field `")?;
    let (field, expected) = rest.split_once('`')?;
    let wanted = camel_case(field);
    if wanted == field {
        return None;
    }
    let listed = expected.split('`').skip(1).step_by(2).any(|k| k == wanted);
    listed.then(|| format!("{path}unknown key `{field}`: keys are camelCase, write `{wanted}`"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(rename_all = "camelCase", deny_unknown_fields)]
    #[allow(dead_code)]
    struct T {
        min_threat: Option<f32>,
        name: Option<String>,
    }

    #[test]
    fn snake_case_keys_name_the_camel_case_key() {
        let e = from_str::<T>("name: x\nmin_threat: 0.5\n").unwrap_err();
        assert_eq!((e.line, e.column), (Some(2), Some(1)), "{e}");
        assert_eq!(
            e.message,
            "unknown key `min_threat`: keys are camelCase, write `minThreat`"
        );
        // A key that is simply unknown keeps serde's list of the valid ones.
        let e = from_str::<T>("nam: x\n").unwrap_err();
        assert!(
            e.message.starts_with("unknown field `nam`, expected"),
            "{e}"
        );
        assert_eq!(camel_case("check-redact_fallback"), "checkRedactFallback");
    }
}
