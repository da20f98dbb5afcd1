//! Crash test: a child process appends under load and is killed with SIGKILL
//! at random points (bounded repetitions). After each kill the log recovers,
//! verifies, and holds every record the child saw acknowledged, at the
//! sequence number it was given.

use std::io::{BufRead as _, BufReader, Write as _};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use warden::audit::query::{collect, Filter};
use warden::audit::verify::{verify, Options as VerifyOptions};
use warden::audit::{AuditLog, Kind, Options, Record};

const CHILD_ENV: &str = "WARDEN_AUDIT_CRASH_CHILD";

fn options(dir: &Path) -> Options {
    let mut o = Options::new(dir);
    o.max_segment_bytes = 64 * 1024; // rotate often, so kills land around rotations too
    o
}

/// The child: 8 threads append as fast as acknowledgements come back and print
/// `<seq> <decision id>` for each acknowledged record.
#[test]
fn crash_child() {
    let Ok(dir) = std::env::var(CHILD_ENV) else {
        return;
    };
    let (log, _) = AuditLog::open(options(Path::new(&dir)), 1).expect("open");
    let log = Arc::new(log);
    let out = Arc::new(std::sync::Mutex::new(std::io::stdout()));
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let (log, out) = (Arc::clone(&log), Arc::clone(&out));
            std::thread::spawn(move || {
                for i in 0u64.. {
                    let id = format!("c{}-{t}-{i}", std::process::id());
                    let mut r = Record::new(Kind::Decision, 1_700_000_000_000 + i);
                    r.decision_id = Some(id.clone());
                    r.effect = Some("allow".into());
                    let seq = log.append(r).expect("append").wait().expect("durable");
                    let mut o = out.lock().unwrap();
                    writeln!(o, "{seq} {id}").unwrap();
                    o.flush().unwrap();
                }
            })
        })
        .collect();
    for t in threads {
        let _ = t.join();
    }
}

fn random_ms(lo: u64, hi: u64) -> u64 {
    let mut b = [0u8; 8];
    getrandom::getrandom(&mut b).unwrap();
    lo + u64::from_le_bytes(b) % (hi - lo)
}

#[test]
fn sigkill_at_random_points_loses_nothing_acknowledged() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("audit");
    let exe = std::env::current_exe().unwrap();
    let mut acked: Vec<(u64, String)> = Vec::new();
    for round in 0..6 {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "crash_child",
                "--nocapture",
                "--test-threads",
                "1",
            ])
            .env(CHILD_ENV, &dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .filter_map(|l| {
                    // The first line may follow libtest's "test crash_child ... ".
                    let mut words = l.split_whitespace().rev();
                    let id = words.next()?;
                    let seq = words.next()?.parse::<u64>().ok()?;
                    id.starts_with('c').then(|| (seq, id.to_owned()))
                })
                .collect::<Vec<_>>()
        });
        let wait = random_ms(400, 1500);
        let t0 = Instant::now();
        while t0.elapsed() < Duration::from_millis(wait) {
            std::thread::sleep(Duration::from_millis(10));
        }
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let got = reader.join().unwrap();
        assert!(
            !got.is_empty() || round > 0,
            "the child acknowledged nothing"
        );
        acked.extend(got);
        // Restart: recovery, then the whole log verifies.
        let (log, report) = AuditLog::open(options(&dir), 2).unwrap();
        drop(log);
        assert!(report.damage.is_none());
        let summary = verify(&dir, &VerifyOptions::default(), &mut |_| {})
            .unwrap_or_else(|b| panic!("round {round}: {b}"));
        let records = collect(&dir, &Filter::default()).unwrap();
        assert_eq!(records.len() as u64, summary.records);
        for (seq, id) in &acked {
            let r = &records[(*seq - 1) as usize];
            assert_eq!(r.seq, *seq);
            assert_eq!(
                r.decision_id.as_deref(),
                Some(id.as_str()),
                "round {round}: acknowledged record {seq} missing"
            );
        }
    }
    assert!(
        acked.len() > 100,
        "only {} acknowledged records",
        acked.len()
    );
}
