//! Tool-name globs: `*` matches any run of characters (including none), `?` one
//! character, `[abc]` / `[a-z]` one character of a class and `[!abc]` (or `[^abc]`)
//! one character outside it; `\` makes the next character literal. Everything
//! else is literal. A `[` that does not open a well-formed class is an error, never
//! a silent literal. Matching is case-sensitive, as MCP tool names are.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Clone, Debug, PartialEq, Eq)]
enum Token {
    Star,
    Any,
    Char(char),
    Class {
        negated: bool,
        ranges: Vec<(char, char)>,
    },
}

impl Token {
    fn matches(&self, c: char) -> bool {
        match self {
            Self::Star => true,
            Self::Any => true,
            Self::Char(x) => *x == c,
            Self::Class { negated, ranges } => {
                ranges.iter().any(|(lo, hi)| (*lo..=*hi).contains(&c)) != *negated
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Glob {
    tokens: Vec<Token>,
    source: String,
    /// The pattern after the name normalisation [`GlobSet::matches_name`]
    /// applies to both sides, compiled once here rather than per request.
    /// `None` when the folded pattern is not a glob (it then matches nothing).
    folded: Option<Box<Glob>>,
}

impl Glob {
    pub fn new(pattern: &str) -> Result<Self, String> {
        let mut glob = Self::parse(pattern)?;
        let skeleton = crate::guards::normalize::skeleton(pattern);
        glob.folded = if skeleton == pattern {
            Some(Box::new(glob.clone()))
        } else {
            Self::parse(&skeleton).ok().map(Box::new)
        };
        Ok(glob)
    }

    fn parse(pattern: &str) -> Result<Self, String> {
        if pattern.is_empty() {
            return Err("empty glob".into());
        }
        let mut tokens = Vec::new();
        let mut chars = pattern.chars().peekable();
        while let Some(c) = chars.next() {
            tokens.push(match c {
                '*' => Token::Star,
                '?' => Token::Any,
                '\\' => Token::Char(
                    chars
                        .next()
                        .ok_or("a glob cannot end with `\\` (escape what?)")?,
                ),
                '[' => {
                    let negated = chars.next_if(|c| matches!(c, '!' | '^')).is_some();
                    let mut ranges = Vec::new();
                    let mut closed = false;
                    // `]` right after `[` or `[!` is a member, as in shells.
                    let mut first = true;
                    while let Some(c) = chars.next() {
                        if c == ']' && !first {
                            closed = true;
                            break;
                        }
                        first = false;
                        let lo = if c == '\\' {
                            chars.next().ok_or("unterminated character class")?
                        } else {
                            c
                        };
                        let hi = if chars.peek() == Some(&'-') {
                            let mut ahead = chars.clone();
                            ahead.next();
                            match ahead.peek() {
                                Some(&']') | None => lo,
                                Some(_) => {
                                    chars.next();
                                    let hi = chars.next().ok_or("unterminated character class")?;
                                    if hi < lo {
                                        return Err(format!(
                                            "character range `{lo}-{hi}` is backwards"
                                        ));
                                    }
                                    hi
                                }
                            }
                        } else {
                            lo
                        };
                        ranges.push((lo, hi));
                    }
                    if !closed {
                        return Err(
                            "unterminated character class `[` (write `\\[` for a literal bracket)"
                                .into(),
                        );
                    }
                    Token::Class { negated, ranges }
                }
                c => Token::Char(c),
            });
        }
        Ok(Self {
            tokens,
            source: pattern.to_owned(),
            folded: None,
        })
    }

    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// No wildcard or class: matches exactly one name.
    pub fn is_literal(&self) -> bool {
        self.tokens.iter().all(|t| matches!(t, Token::Char(_)))
    }

    /// The name a literal glob matches (escapes removed).
    pub fn literal(&self) -> Option<String> {
        self.tokens
            .iter()
            .map(|t| match t {
                Token::Char(c) => Some(*c),
                _ => None,
            })
            .collect()
    }

    /// The literal characters before the first wildcard or class.
    pub fn literal_prefix(&self) -> String {
        self.tokens
            .iter()
            .map_while(|t| match t {
                Token::Char(c) => Some(*c),
                _ => None,
            })
            .collect()
    }

    /// `PREFIX*` with a literal prefix: the prefix.
    pub fn prefix_star(&self) -> Option<String> {
        match self.tokens.split_last() {
            Some((Token::Star, rest)) if rest.iter().all(|t| matches!(t, Token::Char(_))) => {
                Some(self.literal_prefix())
            }
            _ => None,
        }
    }

    /// Iterative wildcard match with single-star backtracking: linear in practice,
    /// never exponential, whatever the pattern.
    pub fn matches(&self, text: &str) -> bool {
        // `t` is a byte offset into `text`, always on a character boundary.
        let next = |t: usize| text[t..].chars().next().map(|c| (c, t + c.len_utf8()));
        let pattern = &self.tokens;
        let (mut p, mut t) = (0usize, 0usize);
        let mut star: Option<(usize, usize)> = None;
        while let Some((c, after)) = next(t) {
            match pattern.get(p) {
                Some(Token::Star) => {
                    star = Some((p, t));
                    p += 1;
                }
                Some(tok) if tok.matches(c) => {
                    p += 1;
                    t = after;
                }
                _ => match star {
                    Some((sp, st)) => {
                        // Let the star swallow one more character.
                        let Some((_, resume)) = next(st) else {
                            return false;
                        };
                        p = sp + 1;
                        t = resume;
                        star = Some((sp, resume));
                    }
                    None => return false,
                },
            }
        }
        pattern[p..].iter().all(|c| *c == Token::Star)
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
        self.0
            .iter()
            .find(|g| g.folded.as_ref().is_some_and(|p| p.matches(&folded)))
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

    #[test]
    fn character_classes() {
        assert!(g("fs.[rw]*").matches("fs.read"));
        assert!(g("fs.[rw]*").matches("fs.write"));
        assert!(!g("fs.[rw]*").matches("fs.delete"));
        assert!(g("v[0-9]").matches("v7"));
        assert!(!g("v[0-9]").matches("vx"));
        assert!(g("v[!0-9]").matches("vx"));
        assert!(!g("v[^0-9]").matches("v1"));
        assert!(g("a[]]b").matches("a]b"));
        assert!(g("a[-x]").matches("a-"));
        assert!(g("a[x-]").matches("a-"));
        assert!(g(r"a\[b").matches("a[b"));
        assert!(g(r"a\*").matches("a*"));
        assert!(!g(r"a\*").matches("ab"));
        assert!(!g("[ab]").is_literal());
        assert_eq!(g(r"x\?").literal().as_deref(), Some("x?"));
        assert_eq!(g("db.[rw]*").literal_prefix(), "db.");
        assert_eq!(g("db.*").prefix_star().as_deref(), Some("db."));
        assert_eq!(g("db.[a]*").prefix_star(), None);
    }

    #[test]
    fn malformed_classes_are_errors_not_literals() {
        for bad in ["fs.[rw", "[", "a[z-a]", "x\\", "[\\"] {
            assert!(Glob::new(bad).is_err(), "{bad}");
        }
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
