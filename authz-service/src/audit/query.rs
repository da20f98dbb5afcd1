//! Reading records back: filters for `warden audit query`, the report and the
//! registry's incident history. Reading does not verify (that is `verify`);
//! lines that do not parse are skipped and counted.

use std::io::{BufRead as _, BufReader};
use std::path::Path;

use super::record::{split_line, Kind, Record};
use super::segment;

#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub agent: Option<String>,
    pub tool: Option<String>,
    pub effect: Option<String>,
    pub kind: Option<Kind>,
    pub rule: Option<String>,
    pub code: Option<String>,
    pub since_ms: Option<u64>,
    pub until_ms: Option<u64>,
}

impl Filter {
    pub fn matches(&self, r: &Record) -> bool {
        let eq = |want: &Option<String>, have: &Option<String>| {
            want.as_ref()
                .is_none_or(|w| have.as_deref() == Some(w.as_str()))
        };
        eq(&self.agent, &r.agent)
            && eq(&self.tool, &r.tool)
            && eq(&self.effect, &r.effect)
            && eq(&self.rule, &r.rule)
            && self.kind.is_none_or(|k| k == r.kind)
            && self
                .code
                .as_ref()
                .is_none_or(|c| r.codes.iter().any(|x| x == c))
            && self.since_ms.is_none_or(|s| r.time_ms >= s)
            && self.until_ms.is_none_or(|u| r.time_ms < u)
    }
}

/// Parse one line (without its newline) into a record.
pub fn parse_line(line: &[u8]) -> Option<Record> {
    let split = split_line(line)?;
    serde_json::from_slice(&split.body).ok()
}

/// Call `f` with every matching record, in order, until it returns false.
/// Returns the number of lines that were not records.
pub fn scan(
    dir: &Path,
    filter: &Filter,
    mut f: impl FnMut(Record) -> bool,
) -> std::io::Result<u64> {
    let mut skipped = 0;
    // Cheap pre-filter on the canonical form before parsing a line.
    let kind_tag = filter
        .kind
        .map(|k| format!("\"kind\":\"{}\"", k.name()).into_bytes());
    for path in segment::list(dir)? {
        let reader = BufReader::with_capacity(1 << 20, std::fs::File::open(&path)?);
        for line in reader.split(b'\n') {
            let line = line?;
            if line.is_empty() {
                continue;
            }
            if let Some(tag) = &kind_tag {
                if !line.windows(tag.len()).any(|w| w == tag.as_slice()) {
                    continue;
                }
            }
            match parse_line(&line) {
                Some(r) if filter.matches(&r) => {
                    if !f(r) {
                        return Ok(skipped);
                    }
                }
                Some(_) => {}
                None => skipped += 1,
            }
        }
    }
    Ok(skipped)
}

/// Every matching record.
pub fn collect(dir: &Path, filter: &Filter) -> std::io::Result<Vec<Record>> {
    let mut out = Vec::new();
    scan(dir, filter, |r| {
        out.push(r);
        true
    })?;
    Ok(out)
}
