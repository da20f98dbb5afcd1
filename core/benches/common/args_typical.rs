//! Arguments of everyday `tools/call`s, smaller than the 4 KiB worst case in
//! `args_4k.rs`: a search, an e-mail to send, a file to write.

use serde_json::{json, Value};

const CODE: &str = "use std::collections::HashMap;\n\n\
/// Counts words in `text`, case-folded.\n\
pub fn word_counts(text: &str) -> HashMap<String, usize> {\n\
    let mut counts = HashMap::new();\n\
    for word in text.split_whitespace() {\n\
        *counts.entry(word.to_lowercase()).or_insert(0) += 1;\n\
    }\n\
    counts\n\
}\n\n\
#[cfg(test)]\n\
mod tests {\n\
    use super::*;\n\n\
    #[test]\n\
    fn counts_repeated_words_once_each() {\n\
        let c = word_counts(\"the cat and the hat\");\n\
        assert_eq!(c[\"the\"], 2);\n\
        assert_eq!(c.len(), 4);\n\
    }\n\
}\n";

/// (name, arguments) of three typical calls.
pub fn calls() -> Vec<(&'static str, Value)> {
    vec![
        (
            "search",
            json!({"query": "quarterly revenue by region 2024", "limit": 20, "sort": "relevance"}),
        ),
        (
            "send_email",
            json!({
                "to": "dana.whitfield@example.com",
                "subject": "Notes from Tuesday's planning call",
                "body": "Hi Dana,\n\nThanks for joining on Tuesday. The short version: we keep the \
                         March launch date, move the pricing page work to Priya, and revisit the \
                         onboarding survey once the first 200 responses are in. I attached the \
                         slides and the spreadsheet with the revised estimates.\n\nBest,\nSam"
            }),
        ),
        (
            "write_file",
            json!({"path": "src/words.rs", "content": CODE, "createDirs": true}),
        ),
    ]
}
