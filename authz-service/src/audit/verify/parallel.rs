//! The verifier's engine: segments are cut into chunks of whole lines, chunks
//! are checked on all cores, and the main thread links them in order.
//!
//! A chunk checks everything it can alone: each line's shape, that sequence
//! numbers count up by one, that each record hashes from the line before it,
//! and the signed checkpoints that fall inside it. Only its first record
//! depends on what came before (the previous chunk's last hash, the sequence
//! expected there); the linker checks that, so the whole chain is covered and
//! the first break in log order is the one reported, with its segment, line
//! and sequence, exactly as a single pass would report it.
//!
//! Memory stays bounded: one reader thread loads a segment at a time and hands
//! out chunks through a small queue, and a chunk's result is a few hashes.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, sync_channel, Receiver};
use std::sync::{Arc, Mutex};

use super::{head_fields, Break, Torn};
use crate::audit::record::{genesis, hex, line_hash, split_point, Hash};
use crate::audit::segment;

/// Bytes per chunk (cut at the next line end). Tests use tiny chunks so every
/// tamper test also crosses chunk boundaries inside segments.
const CHUNK: usize = if cfg!(test) { 600 } else { 4 << 20 };
/// Report progress about this often (records).
const PROGRESS_EVERY: u64 = 100_000;

/// What the records say, once linked.
#[derive(Debug, Default)]
pub struct Outcome {
    pub records: u64,
    pub head: Hash,
    pub first_time_ms: Option<u64>,
    pub last_time_ms: Option<u64>,
    pub torn: Option<Torn>,
    pub last_segment: Option<(PathBuf, u64)>,
    /// Complete lines in the last segment.
    pub last_lines: u64,
}

/// Checkpoint heads by size: (checkpoint line, expected head hex).
pub type Due = BTreeMap<u64, Vec<(u64, String)>>;

struct Chunk {
    index: usize,
    seg: usize,
    data: Arc<Vec<u8>>,
    start: usize,
    end: usize,
    /// The chunk holds the end of its segment (a line without a newline
    /// there is torn, not cut by chunking).
    seg_end: bool,
    /// The segment is the log's last one.
    last_seg: bool,
}

/// The first record of a chunk: checked by the linker.
struct First {
    body: Vec<u8>,
    hash: Hash,
    seq: u64,
    time: u64,
}

/// A problem inside a chunk: line relative to the chunk (1-based).
struct Problem {
    line: u64,
    seq: u64,
    what: String,
}

#[derive(Default)]
struct Part {
    seg: usize,
    first: Option<First>,
    lines: u64,
    last_hash: Hash,
    last_time: u64,
    /// Segment offset where the chunk's complete records end.
    end: usize,
    /// A torn last record: (segment offset, bytes).
    torn: Option<(usize, usize)>,
    problem: Option<Problem>,
}

/// Check one chunk on its own.
fn check(c: &Chunk, due: &Due, allow_torn: bool) -> Part {
    let mut part = Part {
        seg: c.seg,
        end: c.start,
        ..Part::default()
    };
    let data = &c.data[..c.end];
    let mut off = c.start;
    let mut prev: Option<Hash> = None;
    let mut next_seq = 0u64;
    let mut rel = 0u64;
    while off < c.end {
        rel += 1;
        let fail = |seq: u64, what: String| Problem {
            line: rel,
            seq,
            what,
        };
        let Some(nl) = memchr::memchr(b'\n', &data[off..]) else {
            if allow_torn && c.last_seg && c.seg_end {
                part.torn = Some((off, c.end - off));
            } else {
                part.problem = Some(fail(
                    next_seq,
                    "incomplete last record (no newline): the file was cut".into(),
                ));
            }
            break;
        };
        let line = &data[off..off + nl];
        let Some((cut, hash)) = split_point(line) else {
            part.problem = Some(fail(next_seq, "not an audit record line".into()));
            break;
        };
        let Some((seq, time)) = head_fields(line) else {
            part.problem = Some(fail(
                next_seq,
                "record does not start with seq and timeMs".into(),
            ));
            break;
        };
        match prev {
            None => {
                let mut body = Vec::with_capacity(cut + 1);
                body.extend_from_slice(&line[..cut]);
                body.push(b'}');
                part.first = Some(First {
                    body,
                    hash,
                    seq,
                    time,
                });
            }
            Some(p) => {
                if seq != next_seq {
                    part.problem = Some(fail(next_seq, format!("found sequence {seq}, expected {next_seq}: records were deleted, inserted or reordered")));
                    break;
                }
                if line_hash(&p, &line[..cut]) != hash {
                    part.problem = Some(fail(
                        seq,
                        "hash mismatch: this record was edited, or the one before it was replaced"
                            .into(),
                    ));
                    break;
                }
                if let Some(what) = against_checkpoints(due, seq, &hash) {
                    part.problem = Some(fail(seq, what));
                    break;
                }
            }
        }
        prev = Some(hash);
        next_seq = seq.wrapping_add(1);
        part.lines += 1;
        part.last_hash = hash;
        part.last_time = time;
        off += nl + 1;
        part.end = off;
    }
    part
}

fn against_checkpoints(due: &Due, seq: u64, hash: &Hash) -> Option<String> {
    let list = due.get(&seq)?;
    let hex = hex(hash);
    list.iter()
        .find(|(_, head)| *head != hex)
        .map(|(cline, _)| {
            format!(
                "differs from signed checkpoint ({} line {cline}): the log was rewritten",
                crate::audit::checkpoint::CHECKPOINTS_FILE
            )
        })
}

/// Cut `data` into chunks of whole lines (at least one, even when empty).
fn cut_chunks(len: usize, data: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < len || out.is_empty() {
        let target = start.saturating_add(CHUNK);
        let end = if target >= len {
            len
        } else {
            match memchr::memchr(b'\n', &data[target..len]) {
                Some(i) => target + i + 1,
                None => len,
            }
        };
        out.push((start, end));
        start = end;
    }
    out
}

/// Verify the records of `segments` (in order) against the checkpoint heads.
pub fn run(
    segments: &[PathBuf],
    due: &Due,
    allow_torn: bool,
    log_id: &str,
    progress: &mut dyn FnMut(u64),
) -> Result<Outcome, Break> {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 16);
    let stop = AtomicBool::new(false);
    let (chunk_tx, chunk_rx) = sync_channel::<Chunk>(workers * 2);
    let chunk_rx = Mutex::new(chunk_rx);
    let (part_tx, part_rx) = channel::<(usize, Result<Part, String>)>();
    std::thread::scope(|s| {
        // The reader: one segment in memory at a time, plus the queued chunks.
        let reader_tx = part_tx.clone();
        let stop_ref = &stop;
        s.spawn(move || {
            let mut index = 0usize;
            for (si, path) in segments.iter().enumerate() {
                if stop_ref.load(Ordering::Relaxed) {
                    break;
                }
                let data = match std::fs::read(path) {
                    Ok(d) => Arc::new(d),
                    Err(e) => {
                        let _ = reader_tx.send((index, Err(format!("cannot read: {e}"))));
                        // Later segments are never linked past this one.
                        break;
                    }
                };
                let last_seg = si + 1 == segments.len();
                let chunks = cut_chunks(data.len(), &data);
                let n = chunks.len();
                for (ci, (start, end)) in chunks.into_iter().enumerate() {
                    let chunk = Chunk {
                        index,
                        seg: si,
                        data: Arc::clone(&data),
                        start,
                        end,
                        seg_end: ci + 1 == n,
                        last_seg,
                    };
                    index += 1;
                    if stop_ref.load(Ordering::Relaxed) || chunk_tx.send(chunk).is_err() {
                        return;
                    }
                }
            }
        });
        for _ in 0..workers {
            let rx = &chunk_rx;
            let tx = part_tx.clone();
            let stop = &stop;
            s.spawn(move || loop {
                let next = rx.lock().unwrap_or_else(|p| p.into_inner()).recv();
                let Ok(chunk) = next else { break };
                if stop.load(Ordering::Relaxed) {
                    continue;
                }
                let part = check(&chunk, due, allow_torn);
                if tx.send((chunk.index, Ok(part))).is_err() {
                    break;
                }
            });
        }
        drop(part_tx);
        let result = link(segments, due, log_id, &part_rx, progress);
        // Stop early on a break; the workers drain what is queued.
        stop.store(true, Ordering::Relaxed);
        result
    })
}

/// Link the chunks' results in log order: the first break wins.
fn link(
    segments: &[PathBuf],
    due: &Due,
    log_id: &str,
    parts: &Receiver<(usize, Result<Part, String>)>,
    progress: &mut dyn FnMut(u64),
) -> Result<Outcome, Break> {
    let mut out = Outcome::default();
    let mut prev = genesis(log_id);
    let mut expected = 1u64;
    let mut waiting: HashMap<usize, Result<Part, String>> = HashMap::new();
    let mut next = 0usize;
    let mut seg: Option<usize> = None;
    let mut seg_lines = 0u64;
    let mut last_report = 0u64;
    let name = |si: usize| segment::display(&segments[si]);
    loop {
        let part = match waiting.remove(&next) {
            Some(p) => p,
            None => match parts.recv() {
                Ok((i, p)) if i == next => p,
                Ok((i, p)) => {
                    waiting.insert(i, p);
                    continue;
                }
                // Everything is linked.
                Err(_) => break,
            },
        };
        next += 1;
        let si = match &part {
            Ok(p) => p.seg,
            Err(_) => seg.map_or(0, |s| s + 1),
        };
        if seg != Some(si) {
            if seg.is_some() {
                progress(expected - 1);
            }
            let first = segment::first_seq(&segments[si]).unwrap_or(0);
            if first != expected {
                return Err(at(&name(si), 1, expected, format!("segment starts at sequence {first}, expected {expected}: a segment is missing or was replaced")));
            }
            seg = Some(si);
            seg_lines = 0;
        }
        let part = part.map_err(|e| at(&name(si), 0, expected, e))?;
        let line0 = seg_lines;
        let early = |p: &Problem| at(&name(si), line0 + p.line, p.seq, p.what.clone());
        if let Some(p) = part.problem.as_ref().filter(|p| p.line == 1) {
            // The first line failed to read: its expected sequence is ours.
            return Err(at(&name(si), line0 + 1, expected, p.what.clone()));
        }
        if let Some(f) = &part.first {
            let l = line0 + 1;
            if f.seq != expected {
                return Err(at(&name(si), l, expected, format!("found sequence {}, expected {expected}: records were deleted, inserted or reordered", f.seq)));
            }
            if crate::audit::record::chain_hash(&prev, &f.body) != f.hash {
                return Err(at(
                    &name(si),
                    l,
                    expected,
                    "hash mismatch: this record was edited, or the one before it was replaced"
                        .into(),
                ));
            }
            if let Some(what) = against_checkpoints(due, f.seq, &f.hash) {
                return Err(at(&name(si), l, f.seq, what));
            }
            out.first_time_ms.get_or_insert(f.time);
        }
        if let Some(p) = &part.problem {
            return Err(early(p));
        }
        if part.lines > 0 {
            expected += part.lines;
            prev = part.last_hash;
            out.last_time_ms = Some(part.last_time);
        }
        seg_lines += part.lines;
        if let Some((offset, bytes)) = part.torn {
            out.torn = Some(Torn {
                segment: segments[si].clone(),
                offset: offset as u64,
                bytes: bytes as u64,
            });
        }
        if si + 1 == segments.len() {
            out.last_segment = Some((segments[si].clone(), part.end as u64));
            out.last_lines = seg_lines;
        }
        if expected - 1 - last_report >= PROGRESS_EVERY {
            last_report = expected - 1;
            progress(last_report);
        }
    }
    if seg.is_some() {
        progress(expected - 1);
    }
    out.records = expected - 1;
    out.head = prev;
    Ok(out)
}

fn at(segment: &str, line: u64, seq: u64, what: String) -> Break {
    Break {
        segment: segment.to_owned(),
        line,
        seq,
        what,
    }
}
