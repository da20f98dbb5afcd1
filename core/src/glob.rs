//! Tool-name globs: `*` matches any run of characters (including none), `?` one
//! character; everything else is literal. Matching is case-sensitive, as MCP tool
//! names are.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Glob {
    pattern: Vec<char>,
    source: String,
}

impl Glob {
    pub fn new(pattern: &str) -> Result<Self, String> {
        if pattern.is_empty() {
            return Err("empty glob".into());
        }
        Ok(Self {
            pattern: pattern.chars().collect(),
            source: pattern.to_owned(),
        })
    }

    pub fn as_str(&self) -> &str {
        &self.source
    }

    pub fn is_literal(&self) -> bool {
        !self.pattern.iter().any(|c| matches!(c, '*' | '?'))
    }

    /// Iterative wildcard match with single-star backtracking: linear in practice,
    /// never exponential, whatever the pattern.
    pub fn matches(&self, text: &str) -> bool {
        if self.is_literal() {
            return self.source == text;
        }
        let text: Vec<char> = text.chars().collect();
        let (mut p, mut t) = (0usize, 0usize);
        let mut star: Option<(usize, usize)> = None;
        while t < text.len() {
            match self.pattern.get(p) {
                Some('*') => {
                    star = Some((p, t));
                    p += 1;
                }
                Some('?') => {
                    p += 1;
                    t += 1;
                }
                Some(c) if *c == text[t] => {
                    p += 1;
                    t += 1;
                }
                _ => match star {
                    Some((sp, st)) => {
                        p = sp + 1;
                        t = st + 1;
                        star = Some((sp, st + 1));
                    }
                    None => return false,
                },
            }
        }
        self.pattern[p..].iter().all(|c| *c == '*')
    }
}

impl Serialize for Glob {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.source)
    }
}

impl<'de> Deserialize<'de> for Glob {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Glob::new(&s).map_err(serde::de::Error::custom)
    }
}

/// A list of globs; matches when any member does.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct GlobSet(pub Vec<Glob>);

impl GlobSet {
    pub fn matches(&self, text: &str) -> Option<&Glob> {
        self.0.iter().find(|g| g.matches(text))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Match a tool name the way a reader sees it: exactly, or after the
    /// poisoning guard's normalisation (NFKC, zero-width and bidi characters
    /// removed, confusables folded, lowercased) of both name and pattern, so a
    /// look-alike of a denied name is that name.
    pub fn matches_name(&self, name: &str) -> Option<&Glob> {
        if let Some(g) = self.matches(name) {
            return Some(g);
        }
        let folded = crate::guards::normalize::skeleton(name);
        self.0.iter().find(|g| {
            let pattern = crate::guards::normalize::skeleton(g.as_str());
            Glob::new(&pattern).is_ok_and(|p| p.matches(&folded))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn look_alike_names_match_the_denied_name() {
        let set = GlobSet(vec![
            Glob::new("exec_*").unwrap(),
            Glob::new("delete_everything").unwrap(),
        ]);
        for name in [
            "exec_shell",
            "exe\u{200B}c_shell",
            "\u{0435}xec_shell",        // Cyrillic e
            "\u{FF45}\u{FF58}ec_shell", // fullwidth e x
            "EXEC_SHELL",
            "delete\u{200D}_everything",
            "del\u{202E}ete_everything",
        ] {
            assert!(set.matches_name(name).is_some(), "{name:?}");
        }
        assert!(set.matches_name("execute_query_safely").is_none());
        assert!(set.matches_name("read_file").is_none());
    }

    fn g(p: &str) -> Glob {
        Glob::new(p).unwrap()
    }

    #[test]
    fn literal_and_wildcards() {
        assert!(g("exec_shell").matches("exec_shell"));
        assert!(!g("exec_shell").matches("exec_shell2"));
        assert!(g("fs.*").matches("fs.write"));
        assert!(g("fs.*").matches("fs."));
        assert!(!g("fs.*").matches("fsx"));
        assert!(g("*delete*").matches("bulk_delete_all"));
        assert!(g("a?c").matches("abc"));
        assert!(!g("a?c").matches("ac"));
        assert!(g("*a*b*c").matches("xxaxxbxxc"));
        assert!(!g("*a*b*c").matches("xxaxxbxx"));
    }

    #[test]
    fn case_sensitive() {
        assert!(!g("Exec*").matches("exec_shell"));
    }

    #[test]
    fn empty_glob_rejected() {
        assert!(Glob::new("").is_err());
    }

    proptest! {
        #[test]
        fn star_matches_everything(s in ".*") {
            prop_assert!(g("*").matches(&s));
        }

        #[test]
        fn prefix_star_matches_prefixed(prefix in "[a-z_]{1,8}", rest in "[a-z_/.]{0,12}") {
            let text = format!("{prefix}{rest}");
            let pattern = format!("{prefix}*");
            prop_assert!(g(&pattern).matches(&text));
        }
    }
}
