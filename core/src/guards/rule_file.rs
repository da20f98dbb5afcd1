//! The rule files of `core/rules/` (and the concept lists), embedded at build
//! time: parsed one way, and read only in the version this build knows.

use serde::de::{DeserializeOwned, Error as _};
use serde::{Deserialize, Deserializer};

/// A rule file's `version`: this build reads version 1 and refuses any other.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Version1;

impl<'de> Deserialize<'de> for Version1 {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match u32::deserialize(d)? {
            1 => Ok(Self),
            v => Err(D::Error::custom(format!("unknown version {v}"))),
        }
    }
}

/// Parses the rule file `text`; an error names it as `what`.
pub(crate) fn parse<T: DeserializeOwned>(text: &str, what: &str) -> Result<T, String> {
    serde_json::from_str(text).map_err(|e| format!("{what}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        #[allow(dead_code)]
        version: Version1,
    }

    #[test]
    fn only_version_1_is_read() {
        assert!(parse::<File>(r#"{"version": 1}"#, "rules").is_ok());
        let err = parse::<File>(r#"{"version": 2}"#, "built-in rules").unwrap_err();
        assert!(
            err.starts_with("built-in rules: unknown version 2"),
            "{err}"
        );
        assert!(parse::<File>(r#"{"version": "1"}"#, "rules").is_err());
        assert!(parse::<File>(r#"{}"#, "rules").is_err());
    }
}
