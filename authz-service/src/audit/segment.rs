//! Segment files: `<first sequence, 20 digits>.jsonl`, one canonical record per
//! line, in sequence order.

use std::path::{Path, PathBuf};

pub const SEGMENT_SUFFIX: &str = ".jsonl";

pub fn name(first_seq: u64) -> String {
    format!("{first_seq:020}{SEGMENT_SUFFIX}")
}

/// The first sequence number a segment's name promises.
pub fn first_seq(path: &Path) -> Option<u64> {
    let n = path.file_name()?.to_str()?.strip_suffix(SEGMENT_SUFFIX)?;
    (n.len() == 20 && n.bytes().all(|b| b.is_ascii_digit()))
        .then(|| n.parse().ok())
        .flatten()
}

/// The segments in `dir`, in sequence order.
pub fn list(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out: Vec<(u64, PathBuf)> = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if let Some(seq) = first_seq(&path) {
            out.push((seq, path));
        }
    }
    out.sort();
    Ok(out.into_iter().map(|(_, p)| p).collect())
}

/// A path's file name for messages.
pub fn display(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}
