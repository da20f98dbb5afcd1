//! The words every MCP result repeats (`content`, `type`, `text`, `isError`,
//! ...), scanned once at load instead of in every message.

/// Keys and enum values of the MCP result schema, which every `tools/call`
/// result spells again: a one-line result is mostly these.
const RESULT_VOCABULARY: &[&str] = &[
    "content",
    "type",
    "text",
    "image",
    "audio",
    "resource",
    "resource_link",
    "isError",
    "structuredContent",
    "mimeType",
    "data",
    "blob",
    "uri",
    "name",
    "title",
    "description",
    "annotations",
    "audience",
    "priority",
    "lastModified",
    "size",
    "user",
    "assistant",
    "_meta",
];

/// The vocabulary words a guard's scan finds nothing in, with that guard's
/// configuration. A scan reads only the string (and settings fixed at load),
/// so the answer for a word here is the one a scan would give again.
#[derive(Clone, Debug, Default)]
pub(crate) struct CleanWords(Vec<&'static str>);

impl CleanWords {
    pub(crate) fn new(is_clean: impl Fn(&str) -> bool) -> Self {
        Self(
            RESULT_VOCABULARY
                .iter()
                .copied()
                .filter(|w| is_clean(w))
                .collect(),
        )
    }

    pub(crate) fn has(&self, s: &str) -> bool {
        self.0.contains(&s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_only_the_words_the_scan_clears() {
        let words = CleanWords::new(|w| w != "text");
        assert!(words.has("content") && words.has("isError"));
        assert!(!words.has("text"), "a word the scan flags is scanned");
        assert!(!words.has("contents"), "only exact words");
    }
}
