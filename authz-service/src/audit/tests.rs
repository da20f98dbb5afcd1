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

/// A crash in the middle of a checkpoint write leaves a line without its
/// newline: start-up cuts it, so the next checkpoint is a line of its own.
#[test]
fn a_torn_last_checkpoint_is_cut() {
    let (_t, dir) = make(10);
    let path = dir.join(CHECKPOINTS_FILE);
    let mut bytes = std::fs::read(&path).unwrap();
    let full = bytes.len();
    bytes.extend_from_slice(b"{\"logId\":\"x");
    std::fs::write(&path, &bytes).unwrap();
    let (log, _) = AuditLog::open(opts(&dir), 9).unwrap();
    assert_eq!(std::fs::read(&path).unwrap().len(), full);
    log.append(rec(99)).unwrap().wait().unwrap();
    log.close();
    assert_eq!(check(&dir).unwrap().records, 11);
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

/// Records nobody waits for are held briefly to share a sync, are made
/// durable without any waiter, and are flushed by the next waited-for one.
#[test]
fn records_nobody_waits_for_share_syncs_and_still_become_durable() {
    use std::sync::atomic::Ordering::Relaxed;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("audit");
    let mut o = opts(&dir);
    o.max_segment_bytes = 1 << 20;
    let (log, _) = AuditLog::open(o, 0).unwrap();
    for i in 0..3 {
        log.record(rec(i));
    }
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while log.stats().appended.load(Relaxed) < 3 {
        assert!(
            std::time::Instant::now() < deadline,
            "held records never synced"
        );
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    assert_eq!(lines(&segs(&dir)[0]).len(), 3);
    let before = log.stats().batches.load(Relaxed);
    for i in 3..200 {
        log.record(rec(i));
    }
    assert_eq!(log.append(rec(200)).unwrap().wait().unwrap(), 201);
    let syncs = log.stats().batches.load(Relaxed) - before;
    assert!(syncs < 50, "{syncs} syncs for 198 records");
    log.close();
    assert_eq!(check(&dir).unwrap().records, 201);
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

/// A decision that waits for its record (strict) and gives up before the
/// writer takes the record: refused, and the one record written says so.
#[test]
fn a_strict_record_that_times_out_in_the_queue_is_recorded_as_the_refusal() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("audit");
    let (log, _) = AuditLog::open(opts(&dir), 0).unwrap();
    // The writer is busy syncing another batch for 600 ms.
    log.inject_sync_delay(std::time::Duration::from_millis(600));
    log.record(rec(1));
    std::thread::sleep(std::time::Duration::from_millis(100));
    let mut strict = rec(1);
    strict.decision_id = Some("s-strict-1".into());
    let p = log
        .append_strict(strict, std::time::Duration::from_millis(100))
        .unwrap();
    assert_eq!(p.wait(), Err(AuditError::TimedOut));
    log.inject_sync_delay(std::time::Duration::ZERO);
    log.close();
    let all = query::collect(&dir, &query::Filter::default()).unwrap();
    let mine: Vec<_> = all
        .iter()
        .filter(|r| r.decision_id.as_deref() == Some("s-strict-1"))
        .collect();
    assert_eq!(mine.len(), 1, "exactly one record: {all:?}");
    let r = mine[0];
    assert_eq!(r.effect.as_deref(), Some("deny"));
    assert_eq!(r.codes[0], log::STRICT_REFUSED);
    assert_eq!(r.details.as_ref().unwrap()["decided"], "allow");
    assert_eq!(all.len(), 2);
    check(&dir).unwrap();
}

/// Once the writer has taken a strict record, the write decides: a slow sync
/// past the deadline still answers with the sequence, and the record stands.
#[test]
fn a_strict_record_taken_by_the_writer_is_answered_by_its_write() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("audit");
    let (log, _) = AuditLog::open(opts(&dir), 0).unwrap();
    log.inject_sync_delay(std::time::Duration::from_millis(400));
    let p = log
        .append_strict(rec(1), std::time::Duration::from_millis(150))
        .unwrap();
    assert_eq!(p.wait(), Ok(1));
    log.close();
    let all = query::collect(&dir, &query::Filter::default()).unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].effect.as_deref(), Some("allow"));
    assert!(all[0].codes.is_empty());
}

/// The audit folder turned read-only while the log is open: as root (CI) a
/// read-only bind mount over it (`EROFS`), otherwise a folder without write
/// permission. Either way the open segment stays writable, as it would, and
/// the next segment cannot be created.
struct ReadOnlyDir {
    _tmp: tempfile::TempDir,
    dir: PathBuf,
    root: bool,
    mounted: std::cell::Cell<bool>,
}

impl ReadOnlyDir {
    fn new() -> Self {
        use std::os::unix::fs::MetadataExt as _;
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("audit");
        std::fs::create_dir(&dir).unwrap();
        let root = std::fs::metadata("/proc/self").unwrap().uid() == 0;
        Self {
            _tmp: tmp,
            dir,
            root,
            mounted: std::cell::Cell::new(false),
        }
    }

    fn read_only(&self, on: bool) {
        use std::os::unix::fs::PermissionsExt as _;
        if self.root {
            if on {
                run("mount", &["--bind"], &[&self.dir, &self.dir]);
                self.mounted.set(true);
                run("mount", &["-o", "remount,bind,ro"], &[&self.dir]);
            } else if self.mounted.replace(false) {
                run("umount", &["-l"], &[&self.dir]);
            }
        } else {
            let mode = if on { 0o555 } else { 0o755 };
            std::fs::set_permissions(&self.dir, std::fs::Permissions::from_mode(mode)).unwrap();
        }
    }
}

fn run(cmd: &str, args: &[&str], paths: &[&Path]) {
    let st = std::process::Command::new(cmd)
        .args(args)
        .args(paths)
        .status()
        .unwrap();
    assert!(st.success(), "{cmd} {args:?} {paths:?}");
}

impl Drop for ReadOnlyDir {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt as _;
        if self.mounted.get() {
            let _ = std::process::Command::new("umount")
                .arg("-l")
                .arg(&self.dir)
                .status();
        } else if !self.root {
            let _ = std::fs::set_permissions(&self.dir, std::fs::Permissions::from_mode(0o755));
        }
    }
}

#[test]
fn a_read_only_folder_is_counted_in_normal_mode_and_refused_in_strict_mode() {
    let ro = ReadOnlyDir::new();
    let (log, _) = AuditLog::open(opts(&ro.dir), 0).unwrap();
    log.append(rec(0)).unwrap().wait().unwrap();
    ro.read_only(true);
    let errors = || {
        log.stats()
            .errors
            .load(std::sync::atomic::Ordering::Relaxed)
    };
    // Normal mode: appends fail (counted, logged) and nothing waits for them.
    // The failure comes at the next segment, so fill this one.
    let mut i = 1;
    while errors() == 0 && i < 200 {
        log.record(rec(i));
        log.checkpoint();
        i += 1;
    }
    assert!(errors() > 0, "no failure seen after {i} records");
    // Strict mode: the decision is refused.
    let e = log
        .append_strict(rec(999), std::time::Duration::from_secs(2))
        .unwrap()
        .wait()
        .unwrap_err();
    assert!(matches!(e, AuditError::Io(_)), "{e}");
    // Writable again: the log carries on and verifies, without the lost ones.
    ro.read_only(false);
    let seq = log.append(rec(1000)).unwrap().wait().unwrap();
    log.close();
    let s = check(&ro.dir).unwrap();
    assert_eq!(s.records, seq);
    let all = query::collect(&ro.dir, &query::Filter::default()).unwrap();
    assert!(all.iter().all(|r| r.time_ms != rec(999).time_ms));
}

/// Chunks are verified in parallel and linked in order: an edit anywhere,
/// including at chunk and segment boundaries, is reported at its exact line
/// and sequence, as one pass over the log would.
#[test]
fn every_line_edited_is_found_at_its_place() {
    let (_t, dir) = make(40);
    let originals: Vec<(PathBuf, Vec<String>)> = segs(&dir)
        .into_iter()
        .map(|p| (p.clone(), lines(&p)))
        .collect();
    let mut seq = 0u64;
    for (path, l) in &originals {
        for i in 0..l.len() {
            seq += 1;
            let mut edited = l.clone();
            edited[i] = edited[i].replace("kb.search", "kb.searcX");
            write_lines(path, &edited);
            let b = check(&dir).unwrap_err();
            assert_eq!(
                (b.segment.as_str(), b.line, b.seq),
                (segment::display(path).as_str(), i as u64 + 1, seq),
                "{b}"
            );
            assert!(b.what.contains("hash mismatch"), "{b}");
            write_lines(path, l);
        }
    }
    assert_eq!(check(&dir).unwrap().records, 40);
}

#[test]
fn progress_is_reported_in_order_up_to_the_total() {
    let (_t, dir) = make(50);
    let mut seen = Vec::new();
    let s = verify(&dir, &VerifyOptions::default(), &mut |n| seen.push(n)).unwrap();
    assert!(!seen.is_empty());
    assert!(seen.windows(2).all(|w| w[0] <= w[1]), "{seen:?}");
    assert_eq!(*seen.last().unwrap(), s.records);
}

/// The SIEM sink gets every committed line, as in the segments (which stay
/// the source of truth).
#[test]
fn the_sink_gets_every_committed_record() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("audit");
    let sink = tmp.path().join("siem.jsonl");
    let mut o = opts(&dir);
    o.sink = Sink::File(sink.clone());
    let (log, _) = AuditLog::open(o, 0).unwrap();
    for i in 0..30 {
        log.append(rec(i)).unwrap().wait().unwrap();
    }
    log.close();
    let segments: Vec<String> = segs(&dir).iter().flat_map(|p| lines(p)).collect();
    assert_eq!(segments.len(), 30);
    assert_eq!(lines(&sink), segments);
}
