//! Tamper, recovery, rotation and fault tests on real files.

use std::path::{Path, PathBuf};

use super::checkpoint::CHECKPOINTS_FILE;
use super::verify::{verify, Break, Options as VerifyOptions};
use super::*;

fn opts(dir: &Path) -> Options {
    let mut o = Options::new(dir);
    o.max_segment_bytes = 2_000;
    o
}

fn rec(i: u64) -> Record {
    let mut r = Record::new(Kind::Decision, 1_700_000_000_000 + i);
    r.agent = Some(format!("agent-{}", i % 3));
    r.tool = Some("kb.search".into());
    r.effect = Some(if i.is_multiple_of(4) { "deny" } else { "allow" }.into());
    r
}

/// A log of `n` records over several segments, closed (final checkpoint).
fn make(n: u64) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("audit");
    let (log, _) = AuditLog::open(opts(&dir), 0).unwrap();
    for i in 0..n {
        log.append(rec(i)).unwrap().wait().unwrap();
    }
    log.close();
    (tmp, dir)
}

fn check(dir: &Path) -> Result<verify::Summary, Break> {
    verify(dir, &VerifyOptions::default(), &mut |_| {})
}

fn segs(dir: &Path) -> Vec<PathBuf> {
    segment::list(dir).unwrap()
}

fn lines(p: &Path) -> Vec<String> {
    std::fs::read_to_string(p)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

fn write_lines(p: &Path, l: &[String]) {
    std::fs::write(p, l.iter().map(|x| format!("{x}\n")).collect::<String>()).unwrap();
}

#[test]
fn a_clean_log_verifies_and_rotates() {
    let (_t, dir) = make(60);
    let s = check(&dir).unwrap();
    assert_eq!(s.records, 60);
    assert!(s.segments >= 3, "rotated by size: {}", s.segments);
    assert_eq!(s.latest_checkpoint.as_ref().unwrap().size, 60);
    // Each segment after the first starts where the previous ended.
    let names: Vec<u64> = segs(&dir)
        .iter()
        .map(|p| segment::first_seq(p).unwrap())
        .collect();
    assert_eq!(names[0], 1);
    assert!(names.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn an_edited_field_is_found_at_its_line() {
    let (_t, dir) = make(60);
    let seg = segs(&dir)[1].clone();
    let mut l = lines(&seg);
    l[2] = l[2]
        .replace("\"deny\"", "\"allow\"")
        .replace("agent-", "agent-X");
    write_lines(&seg, &l);
    let b = check(&dir).unwrap_err();
    assert_eq!(b.segment, segment::display(&seg));
    assert_eq!(b.line, 3);
    assert_eq!(b.seq, segment::first_seq(&seg).unwrap() + 2);
    assert!(b.what.contains("hash mismatch"), "{b}");
}

#[test]
fn a_deleted_line_is_found() {
    let (_t, dir) = make(60);
    let seg = segs(&dir)[0].clone();
    let mut l = lines(&seg);
    l.remove(4);
    write_lines(&seg, &l);
    let b = check(&dir).unwrap_err();
    assert_eq!((b.line, b.seq), (5, 5));
    assert!(b.what.contains("found sequence 6, expected 5"), "{b}");
}

#[test]
fn swapped_lines_are_found() {
    let (_t, dir) = make(60);
    let seg = segs(&dir)[0].clone();
    let mut l = lines(&seg);
    l.swap(2, 3);
    write_lines(&seg, &l);
    let b = check(&dir).unwrap_err();
    assert_eq!((b.line, b.seq), (3, 3));
    assert!(b.what.contains("reordered"), "{b}");
}

#[test]
fn a_truncated_tail_is_found_against_the_checkpoint() {
    let (_t, dir) = make(60);
    let last = segs(&dir).last().unwrap().clone();
    let mut l = lines(&last);
    let n = l.len();
    l.truncate(n - 2);
    write_lines(&last, &l);
    let b = check(&dir).unwrap_err();
    assert_eq!(b.seq, 59);
    assert_eq!(b.segment, segment::display(&last));
    assert_eq!(b.line, (n - 1) as u64);
    assert!(b.what.contains("the tail was truncated"), "{b}");
    assert!(b.what.contains("covers 60 records"), "{b}");
    // Cutting a whole last segment is found as well.
    std::fs::remove_file(&last).unwrap();
    assert!(check(&dir).unwrap_err().what.contains("truncated"));
}

#[test]
fn a_replaced_segment_is_found_at_its_first_line() {
    let (_t, dir) = make(60);
    let (_t2, other) = make(60);
    let victim = segs(&dir)[1].clone();
    // Same name and sequence numbers, from another log with the same records.
    std::fs::copy(other.join(victim.file_name().unwrap()), &victim).unwrap();
    let b = check(&dir).unwrap_err();
    assert_eq!(b.segment, segment::display(&victim));
    assert_eq!(b.line, 1);
    assert!(b.what.contains("hash mismatch"), "{b}");
}

#[test]
fn a_rewritten_chain_is_caught_by_the_signed_checkpoint() {
    let (_t, dir) = make(20);
    // Rewrite every record with a valid chain (an attacker can hash, not sign).
    let seg = segs(&dir);
    let log_id = verify::read_log_id(&dir).unwrap();
    let mut prev = record::genesis(&log_id);
    for p in &seg {
        let mut out = String::new();
        for l in lines(p) {
            let mut r = query::parse_line(l.as_bytes()).unwrap();
            r.agent = Some("someone-else".into());
            let (line, h) = r.to_line(&prev);
            prev = h;
            out.push_str(std::str::from_utf8(&line).unwrap());
        }
        std::fs::write(p, out).unwrap();
    }
    let b = check(&dir).unwrap_err();
    assert!(b.what.contains("signed checkpoint"), "{b}");
    // Forging a checkpoint needs the key: editing one breaks its signature.
    let cp = dir.join(CHECKPOINTS_FILE);
    let text = std::fs::read_to_string(&cp)
        .unwrap()
        .replace("\"size\":20", "\"size\":19");
    std::fs::write(&cp, text).unwrap();
    assert!(check(&dir).unwrap_err().what.contains("signature"));
}

#[test]
fn a_torn_last_record_is_cut_and_recorded() {
    let (_t, dir) = make(30);
    let last = segs(&dir).last().unwrap().clone();
    let mut bytes = std::fs::read(&last).unwrap();
    let full = bytes.len();
    bytes.extend_from_slice(b"{\"seq\":31,\"timeMs\":5,\"ki");
    std::fs::write(&last, &bytes).unwrap();
    assert!(check(&dir).unwrap_err().what.contains("incomplete"));
    let (log, report) = AuditLog::open(opts(&dir), 9).unwrap();
    assert_eq!(report.summary.torn.as_ref().unwrap().offset, full as u64);
    log.append(rec(99)).unwrap().wait().unwrap();
    log.close();
    let s = check(&dir).unwrap();
    assert_eq!(s.records, 32);
    let all = query::collect(&dir, &query::Filter::default()).unwrap();
    assert_eq!(all[30].kind, Kind::Recovered);
    assert_eq!(all[30].details.as_ref().unwrap()["bytesCut"], 24);
}

#[test]
fn damage_refuses_to_start_unless_read_only() {
    let (_t, dir) = make(30);
    let seg = segs(&dir)[0].clone();
    let mut l = lines(&seg);
    l[1] = l[1].replace("kb.search", "kb.searcH");
    write_lines(&seg, &l);
    let e = AuditLog::open(opts(&dir), 0).unwrap_err().to_string();
    assert!(e.contains("line 2 (sequence 2)"), "{e}");
    let mut ro = opts(&dir);
    ro.read_only = true;
    let (log, report) = AuditLog::open(ro, 0).unwrap();
    assert!(report.damage.unwrap().contains("line 2"));
    assert_eq!(log.append(rec(1)).unwrap_err(), AuditError::ReadOnly);
}

#[test]
fn failed_syncs_are_answered_and_cut_back() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("audit");
    {
        let (log, _) = AuditLog::open(opts(&dir), 0).unwrap();
        log.append(rec(0)).unwrap().wait().unwrap();
    }
    let mut o = opts(&dir);
    o.fail_sync = true;
    let (log, _) = AuditLog::open(o, 0).unwrap();
    let e = log.append(rec(1)).unwrap().wait().unwrap_err();
    assert!(
        matches!(e, AuditError::Io(ref m) if m.contains("injected")),
        "{e}"
    );
    assert_eq!(
        log.stats()
            .errors
            .load(std::sync::atomic::Ordering::Relaxed),
        1
    );
    drop(log);
    // The failed record is not in the log, and the log still verifies.
    let (log, report) = AuditLog::open(opts(&dir), 0).unwrap();
    assert_eq!(report.summary.records, 1);
    assert_eq!(log.append(rec(2)).unwrap().wait().unwrap(), 2);
}

#[test]
fn concurrent_appends_share_syncs_and_stay_in_order() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("audit");
    let mut o = opts(&dir);
    o.max_segment_bytes = 1 << 20;
    let (log, _) = AuditLog::open(o, 0).unwrap();
    let log = std::sync::Arc::new(log);
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let log = std::sync::Arc::clone(&log);
            std::thread::spawn(move || {
                let pending: Vec<_> = (0..50)
                    .map(|i| log.append(rec(t * 1000 + i)).unwrap())
                    .collect();
                pending
                    .into_iter()
                    .map(|p| p.wait().unwrap())
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut seqs: Vec<u64> = threads
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    seqs.sort_unstable();
    assert_eq!(seqs, (1..=400).collect::<Vec<_>>());
    let batches = log
        .stats()
        .batches
        .load(std::sync::atomic::Ordering::Relaxed);
    assert!(
        batches < 400,
        "group commit: {batches} syncs for 400 records"
    );
    log.close();
    assert_eq!(check(&dir).unwrap().records, 400);
}

#[test]
fn a_full_queue_fails_fast() {
    let tmp = tempfile::tempdir().unwrap();
    let mut o = opts(&tmp.path().join("a"));
    o.max_queue = 1;
    let (log, _) = AuditLog::open(o, 0).unwrap();
    let results: Vec<_> = (0..2000).map(|i| log.append(rec(i))).collect();
    assert!(results
        .iter()
        .any(|r| matches!(r, Err(AuditError::QueueFull))));
    assert!(
        log.stats()
            .queue_full
            .load(std::sync::atomic::Ordering::Relaxed)
            > 0
    );
}

#[test]
fn one_writer_per_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("audit");
    let (log, _) = AuditLog::open(opts(&dir), 0).unwrap();
    let e = AuditLog::open(opts(&dir), 0).unwrap_err().to_string();
    assert!(e.contains("another process"), "{e}");
    let mut ro = opts(&dir);
    ro.read_only = true;
    assert!(AuditLog::open(ro, 0).is_ok(), "readers need no lock");
    drop(log);
    assert!(AuditLog::open(opts(&dir), 0).is_ok());
}
