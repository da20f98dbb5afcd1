//! Audit log recovery on arbitrary bytes: whatever start-up recovery keeps
//! verifies, and is the log that was written. Input: one byte picks what to
//! damage (segment, checkpoints, log id, an extra segment) and how (overwrite,
//! insert, truncate and append, replace); two bytes give the offset; the rest
//! is the payload.
//!
//! The template log holds five records, the first three under a signed
//! checkpoint. When `AuditLog::open` accepts the damaged folder:
//! - the folder then verifies strictly (no torn tail allowed);
//! - its records are a prefix of the five written, at least the checkpointed
//!   three, then at most one `recovered` record (when a torn tail was cut).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

use warden::audit::checkpoint::CHECKPOINTS_FILE;
use warden::audit::verify::{self, LOG_ID_FILE};
use warden::audit::{segment, AuditLog, Kind, Options, Record};

const CHECKPOINTED: usize = 3;
const WRITTEN: usize = 5;
const NOW: u64 = 1_800_000_000_000;

struct Template {
    dir: tempfile::TempDir,
    lines: Vec<Vec<u8>>,
    /// Held open, never closed: closing would checkpoint all five records.
    /// (Forgetting it instead reads as a leak to the sanitizer.)
    _log: AuditLog,
}

fn options(dir: &Path) -> Options {
    let mut o = Options::new(dir);
    // Only the checkpoints the template asks for.
    o.checkpoint_interval = Duration::from_secs(1 << 30);
    o
}

fn template() -> &'static Template {
    static T: OnceLock<Template> = OnceLock::new();
    T.get_or_init(|| {
        let dir = tempfile::tempdir().expect("tempdir");
        let (log, _) = AuditLog::open(options(dir.path()), NOW).expect("open a new log");
        for i in 0..WRITTEN {
            let mut r = Record::new(Kind::Decision, NOW + i as u64);
            r.tool = Some(format!("tool-{i}"));
            r.effect = Some("allow".into());
            log.append(r).expect("append").wait().expect("durable");
            if i + 1 == CHECKPOINTED {
                log.checkpoint();
            }
        }
        let seg = std::fs::read(dir.path().join(segment::name(1))).expect("segment");
        let lines = lines(&seg);
        assert_eq!(lines.len(), WRITTEN, "the template log");
        Template {
            dir,
            lines,
            _log: log,
        }
    })
}

fn lines(bytes: &[u8]) -> Vec<Vec<u8>> {
    bytes
        .split_inclusive(|&b| b == b'\n')
        .map(<[u8]>::to_vec)
        .collect()
}

fn copy_dir(from: &Path, to: &Path) {
    for e in std::fs::read_dir(from).expect("read template") {
        let p = e.expect("entry").path();
        let name = p.file_name().expect("name");
        if p.is_file() && name != "lock" && !name.to_string_lossy().ends_with(".lock") {
            std::fs::copy(&p, to.join(name)).expect("copy");
        }
    }
}

fn damage(file: &PathBuf, op: u8, offset: u16, payload: &[u8]) {
    let mut bytes = std::fs::read(file).unwrap_or_default();
    let at = usize::from(offset) % (bytes.len() + 1);
    match op % 4 {
        0 => {
            for (i, b) in payload.iter().enumerate() {
                match bytes.get_mut(at + i) {
                    Some(x) => *x = *b,
                    None => bytes.push(*b),
                }
            }
        }
        1 => {
            bytes.splice(at..at, payload.iter().copied());
        }
        2 => {
            bytes.truncate(at);
            bytes.extend_from_slice(payload);
        }
        _ => bytes = payload.to_vec(),
    }
    std::fs::write(file, bytes).expect("write damage");
}

pub fn audit_recovery(data: &[u8]) {
    let [what, o1, o2, payload @ ..] = data else {
        return;
    };
    let t = template();
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(t.dir.path(), dir.path());
    let file = match (what >> 2) % 4 {
        0 => dir.path().join(segment::name(1)),
        1 => dir.path().join(CHECKPOINTS_FILE),
        2 => dir.path().join(LOG_ID_FILE),
        _ => dir.path().join(segment::name(WRITTEN as u64 + 1)),
    };
    damage(&file, *what, u16::from_le_bytes([*o1, *o2]), payload);

    let Ok((log, _)) = AuditLog::open(options(dir.path()), NOW + 1_000) else {
        return;
    };
    log.close();
    let strict = verify::Options {
        pubkey: None,
        allow_torn_tail: false,
    };
    if let Err(b) = verify::verify(dir.path(), &strict, &mut |_| {}) {
        panic!("recovery accepted a log that does not verify: {b}");
    }
    let mut kept = Vec::new();
    for seg in segment::list(dir.path()).expect("list") {
        kept.extend(lines(&std::fs::read(seg).expect("read segment")));
    }
    let same = kept
        .iter()
        .zip(&t.lines)
        .take_while(|(a, b)| a == b)
        .count();
    assert!(
        same >= CHECKPOINTED,
        "recovery kept {same} of the {CHECKPOINTED} checkpointed records"
    );
    let extra = &kept[same..];
    let recovered = |l: &Vec<u8>| {
        serde_json::from_slice::<serde_json::Value>(l)
            .is_ok_and(|r| r.get("kind").and_then(|k| k.as_str()) == Some("recovered"))
    };
    assert!(
        extra.is_empty() || (extra.len() == 1 && recovered(&extra[0])),
        "recovery kept records that were never written: {:?}",
        extra
            .iter()
            .map(|l| String::from_utf8_lossy(l))
            .collect::<Vec<_>>()
    );
}
