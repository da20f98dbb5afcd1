//! Verification: walk every segment in order, recompute the chain, check the
//! sequence, and hold the log against every signed checkpoint. The first
//! problem is reported precisely (segment, line, sequence).

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use ed25519_dalek::VerifyingKey;

use super::checkpoint::{self, Checkpoint};
use super::record::Hash;
use super::segment;

mod parallel;

pub const LOG_ID_FILE: &str = "log.id";

/// Where and why the log does not verify.
#[derive(Clone, Debug, PartialEq)]
pub struct Break {
    /// Segment file name (or `checkpoints.jsonl`).
    pub segment: String,
    /// 1-based line in that file.
    pub line: u64,
    /// The sequence number expected at that line.
    pub seq: u64,
    pub what: String,
}

impl fmt::Display for Break {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} line {} (sequence {}): {}",
            self.segment, self.line, self.seq, self.what
        )
    }
}

/// A torn last record (a crash in the middle of a write).
#[derive(Clone, Debug, PartialEq)]
pub struct Torn {
    pub segment: PathBuf,
    /// Where the complete records end.
    pub offset: u64,
    pub bytes: u64,
}

/// What a verified log holds.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    pub log_id: String,
    pub records: u64,
    pub segments: usize,
    pub head: Hash,
    pub first_time_ms: Option<u64>,
    pub last_time_ms: Option<u64>,
    pub checkpoints: usize,
    pub latest_checkpoint: Option<Checkpoint>,
    /// Whether checkpoints were checked against a key given from outside.
    pub external_key: bool,
    pub torn: Option<Torn>,
    /// The last segment and its length up to the last complete record.
    pub last_segment: Option<(PathBuf, u64)>,
}

#[derive(Default)]
pub struct Options {
    /// The checkpoint public key. `None`: `checkpoint.pub` in the log folder
    /// (which proves less: whoever can edit the log can replace it).
    pub pubkey: Option<VerifyingKey>,
    /// A last record without its newline is reported as torn instead of an error
    /// (start-up recovery).
    pub allow_torn_tail: bool,
}

pub fn read_log_id(dir: &Path) -> Result<String, String> {
    let path = dir.join(LOG_ID_FILE);
    let id = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let id = id.trim().to_owned();
    if id.is_empty() || id.len() > 128 {
        return Err(format!("{} is not a log id", path.display()));
    }
    Ok(id)
}

/// `{"seq":N,"timeMs":T,` at the start of a canonical record.
fn head_fields(body: &[u8]) -> Option<(u64, u64)> {
    let rest = body.strip_prefix(b"{\"seq\":")?;
    let (seq, rest) = number(rest)?;
    let rest = rest.strip_prefix(b",\"timeMs\":")?;
    let (time, _) = number(rest)?;
    Some((seq, time))
}

fn number(b: &[u8]) -> Option<(u64, &[u8])> {
    let n = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if n == 0 || n > 20 {
        return None;
    }
    let v = std::str::from_utf8(&b[..n]).ok()?.parse().ok()?;
    Some((v, &b[n..]))
}

/// Verify the log in `dir`. `progress` is called with the records verified so
/// far, about every 100,000 records and at each segment's end.
pub fn verify(dir: &Path, opts: &Options, progress: &mut dyn FnMut(u64)) -> Result<Summary, Break> {
    let at = |segment: &str, line: u64, seq: u64, what: String| Break {
        segment: segment.to_owned(),
        line,
        seq,
        what,
    };
    let log_id = read_log_id(dir).map_err(|e| at(LOG_ID_FILE, 1, 0, e))?;
    let segments = segment::list(dir).map_err(|e| at("-", 0, 0, format!("cannot list: {e}")))?;
    let (key, external_key) = match &opts.pubkey {
        Some(k) => (Some(*k), true),
        None => {
            let p = dir.join(checkpoint::PUBLIC_KEY_FILE);
            let k = if p.exists() {
                Some(
                    crate::identity::token::load_public_key(&p)
                        .map_err(|e| at(checkpoint::PUBLIC_KEY_FILE, 1, 0, format!("{e:#}")))?,
                )
            } else {
                None
            };
            (k, false)
        }
    };
    let checkpoints =
        checkpoint::load(dir).map_err(|e| at(checkpoint::CHECKPOINTS_FILE, 0, 0, e))?;
    // size -> (checkpoint line, expected head)
    let mut due: BTreeMap<u64, Vec<(u64, String)>> = BTreeMap::new();
    for (i, c) in checkpoints.iter().enumerate() {
        let line = i as u64 + 1;
        let bad = |what: String| at(checkpoint::CHECKPOINTS_FILE, line, c.size, what);
        if c.log_id != log_id {
            return Err(bad(format!(
                "checkpoint of log {}, not of this log ({log_id})",
                c.log_id
            )));
        }
        match &key {
            Some(k) => c
                .verify(k)
                .map_err(|e| bad(format!("checkpoint signature: {e}")))?,
            None if !checkpoints.is_empty() => {
                return Err(bad(format!(
                    "no public key to check checkpoints ({} missing)",
                    checkpoint::PUBLIC_KEY_FILE
                )))
            }
            None => {}
        }
        due.entry(c.size).or_default().push((line, c.head.clone()));
    }
    let summary = Summary {
        log_id: log_id.clone(),
        segments: segments.len(),
        checkpoints: checkpoints.len(),
        latest_checkpoint: checkpoints.iter().max_by_key(|c| c.size).cloned(),
        external_key,
        ..Summary::default()
    };
    let outcome = parallel::run(&segments, &due, opts.allow_torn_tail, &log_id, progress)?;
    let summary = Summary {
        records: outcome.records,
        head: outcome.head,
        first_time_ms: outcome.first_time_ms,
        last_time_ms: outcome.last_time_ms,
        torn: outcome.torn,
        last_segment: outcome.last_segment,
        ..summary
    };
    let last_lines = outcome.last_lines;
    // Every checkpoint must be covered by the log.
    if let Some((&size, list)) = due.range(summary.records + 1..).next_back() {
        let (name, lines) = match segments.last() {
            Some(p) => (segment::display(p), last_lines + 1),
            None => ("-".to_owned(), 0),
        };
        return Err(at(
            &name,
            lines,
            summary.records + 1,
            format!(
                "the log ends at sequence {} but signed checkpoint ({} line {}) covers {size} records: the tail was truncated",
                summary.records,
                checkpoint::CHECKPOINTS_FILE,
                list[0].0
            ),
        ));
    }
    Ok(summary)
}
