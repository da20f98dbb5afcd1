//! Secret look-alikes: matches of a credential format that are, on the
//! evidence around them, unlikely to be a leaked secret.
//!
//! Google API keys (`AIza…`) are client keys: Google's Maps, Firebase and other
//! browser/mobile SDKs put them in public page and app code by design (they are
//! restricted by referrer or app, not kept secret), so documentation, samples and
//! scanner fixtures are full of real-format keys with nothing around them. A key
//! that leaks from a config, a URL (`?key=`) or an assignment carries a name
//! that says so. For such public-by-design formats a match counts only with
//! credential context on its line just before it.

use super::RawMatch;

/// Formats whose bare match is not enough: they need credential context.
const CONTEXT_REQUIRED: &[&str] = &["secret:gcp-api-key"];

/// How far back on the same line the context may be, in bytes.
const CONTEXT_WINDOW: usize = 64;

/// Words (lowercase, matched inside identifiers too: `apiKey`, `GCP_TOKEN`)
/// that name a credential or the service the key belongs to.
const CONTEXT_WORDS: &[&str] = &[
    "key",
    "token",
    "secret",
    "credential",
    "auth",
    "password",
    "passwd",
    "api",
    "gcp",
    "google",
    "firebase",
    "maps",
    "gemini",
    "youtube",
];

/// Drops secret matches of [`CONTEXT_REQUIRED`] formats that have no
/// credential context before them on their line.
pub(crate) fn drop_contextless(text: &str, raw: &mut Vec<RawMatch>) {
    raw.retain(|m| !CONTEXT_REQUIRED.contains(&m.ty) || has_context(text.as_bytes(), m.start));
}

fn has_context(b: &[u8], start: usize) -> bool {
    let from = start.saturating_sub(CONTEXT_WINDOW);
    let before = b.get(from..start).unwrap_or(&[]);
    let line = match before.iter().rposition(|&c| c == b'\n') {
        Some(p) => &before[p + 1..],
        None => before,
    };
    let lower = line.to_ascii_lowercase();
    CONTEXT_WORDS
        .iter()
        .any(|w| memchr::memmem::find(&lower, w.as_bytes()).is_some())
}

#[cfg(test)]
mod tests {
    use super::super::{Category, RawMatch};
    use super::*;

    fn kept(text: &str) -> bool {
        let start = text.find("AIza").unwrap();
        let mut raw = vec![RawMatch {
            ty: "secret:gcp-api-key",
            category: Category::Secret,
            start,
            end: start + 39,
            priority: 1,
        }];
        drop_contextless(text, &mut raw);
        !raw.is_empty()
    }

    #[test]
    fn google_keys_need_credential_context() {
        // Assembled at run time so no key-shaped literal sits in the source.
        let alphabet = b"Q3x9Vb7Lm2Pd8Rt5Kw1Hn6Jf4Gc0Ze7Ya_-";
        let body: String = (0..35)
            .map(|i| char::from(alphabet[(i * 8) % alphabet.len()]))
            .collect();
        let k = format!("AIza{body}");
        let k = k.as_str();
        assert!(!kept(k));
        assert!(!kept(&format!("see the sample below\n{k}")));
        assert!(!kept(&format!("the weather today is fine {k}")));
        for ctx in [
            "GOOGLE_MAPS_KEY=",
            "gcp_token: ",
            "{\"apiKey\": \"",
            "https://maps.example/api/js?key=",
            "firebase config ",
        ] {
            assert!(kept(&format!("{ctx}{k}")), "{ctx}");
        }
        // Context on an earlier line does not count.
        assert!(!kept(&format!("api_key:\n{k}")));
    }

    #[test]
    fn other_formats_are_untouched() {
        let mut raw = vec![RawMatch {
            ty: "secret:github-pat",
            category: Category::Secret,
            start: 0,
            end: 10,
            priority: 1,
        }];
        drop_contextless("ghp_012345", &mut raw);
        assert_eq!(raw.len(), 1);
    }
}
