//! Durable files under `dataDir`: whole-file snapshots written atomically
//! (temp file, fsync, rename, fsync of the directory) and append-only JSON lines
//! (write, fsync).
//!
//! Decisions never wait for the disk: they hand snapshots and lines to one writer
//! thread ([`Persister`]), which coalesces snapshots of the same file and syncs.
//! Admin operations call [`Persister::flush`] before answering, so what an
//! operator was told is on disk.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};

/// Write `bytes` to `path` so that a reader (or a crash) sees either the old file
/// or the new one, never a mix.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".to_owned());
    let tmp = dir.join(format!(".{name}.tmp.{}", std::process::id()));
    {
        let mut f = File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    if let Err(e) = std::fs::rename(&tmp, path) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    sync_dir(dir)
}

/// Append one line (a newline is added) and sync it.
pub fn append_line(path: &Path, line: &str) -> io::Result<()> {
    let mut f = OpenOptions::new().create(true).append(true).open(path)?;
    let mut buf = Vec::with_capacity(line.len() + 1);
    buf.extend_from_slice(line.as_bytes());
    buf.push(b'\n');
    f.write_all(&buf)?;
    f.sync_data()
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}

/// Read a file that may not exist yet (`Ok(None)`), bounded in size.
pub fn read_optional(path: &Path, max_bytes: u64) -> io::Result<Option<String>> {
    match std::fs::metadata(path) {
        Ok(m) if m.len() > max_bytes => Err(io::Error::other(format!(
            "{} is larger than {max_bytes} bytes",
            path.display()
        ))),
        Ok(_) => std::fs::read_to_string(path).map(Some),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

enum Job {
    Snapshot(PathBuf, Vec<u8>),
    /// Append a line; when the file has grown past the bound, it first becomes
    /// `<name>.1` (replacing an older one), so the log is bounded to twice that.
    Append(PathBuf, String, u64),
    Flush(Sender<()>),
}

/// Rotate `path` to `path.1` when it is larger than `max_bytes`.
pub fn rotate_if_larger(path: &Path, max_bytes: u64) -> io::Result<()> {
    match std::fs::metadata(path) {
        Ok(m) if m.len() > max_bytes => {
            let mut old = path.as_os_str().to_owned();
            old.push(".1");
            std::fs::rename(path, PathBuf::from(old))?;
            sync_dir(path.parent().unwrap_or_else(|| Path::new(".")))
        }
        _ => Ok(()),
    }
}

/// The writer thread's handle. Cloning shares the thread.
#[derive(Clone)]
pub struct Persister {
    tx: Arc<Mutex<Option<Sender<Job>>>>,
    errors: Arc<AtomicU64>,
}

impl std::fmt::Debug for Persister {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Persister")
            .field("errors", &self.errors())
            .finish()
    }
}

impl Persister {
    pub fn start() -> Self {
        let (tx, rx) = mpsc::channel();
        let errors = Arc::new(AtomicU64::new(0));
        let errors2 = Arc::clone(&errors);
        let spawned = std::thread::Builder::new()
            .name("warden-store".into())
            .spawn(move || run(&rx, &errors2));
        if let Err(e) = spawned {
            tracing::error!(error = %e, "cannot start the store writer; state will not be saved");
            errors.fetch_add(1, Ordering::Relaxed);
        }
        Self {
            tx: Arc::new(Mutex::new(Some(tx))),
            errors,
        }
    }

    fn send(&self, job: Job) {
        let guard = self.tx.lock().unwrap_or_else(|p| p.into_inner());
        let sent = guard.as_ref().is_some_and(|tx| tx.send(job).is_ok());
        if !sent {
            self.errors.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Replace `path` with `bytes` (atomically, in the background).
    pub fn snapshot(&self, path: PathBuf, bytes: Vec<u8>) {
        self.send(Job::Snapshot(path, bytes));
    }

    /// Append a line to `path` (in the background); past `max_bytes` the file
    /// is rotated to `path.1` first.
    pub fn append(&self, path: PathBuf, line: String, max_bytes: u64) {
        self.send(Job::Append(path, line, max_bytes));
    }

    /// Block until everything handed over so far is on disk. Returns false when
    /// the writer is gone.
    pub fn flush(&self) -> bool {
        let (tx, rx) = mpsc::channel();
        self.send(Job::Flush(tx));
        rx.recv().is_ok()
    }

    /// Write failures so far (each is also logged).
    pub fn errors(&self) -> u64 {
        self.errors.load(Ordering::Relaxed)
    }
}

fn run(rx: &Receiver<Job>, errors: &AtomicU64) {
    while let Ok(first) = rx.recv() {
        // Take whatever else is queued: snapshots of one file collapse to the last.
        let mut batch = vec![first];
        while let Ok(more) = rx.try_recv() {
            batch.push(more);
            if batch.len() >= 4096 {
                break;
            }
        }
        let mut latest: HashMap<PathBuf, usize> = HashMap::new();
        for (i, job) in batch.iter().enumerate() {
            if let Job::Snapshot(path, _) = job {
                latest.insert(path.clone(), i);
            }
        }
        let mut acks = Vec::new();
        for (i, job) in batch.into_iter().enumerate() {
            let result = match job {
                Job::Snapshot(path, bytes) if latest.get(&path) == Some(&i) => {
                    write_atomic(&path, &bytes).map_err(|e| (path, e))
                }
                Job::Snapshot(..) => Ok(()),
                Job::Append(path, line, max) => rotate_if_larger(&path, max)
                    .and_then(|()| append_line(&path, &line))
                    .map_err(|e| (path, e)),
                Job::Flush(ack) => {
                    acks.push(ack);
                    Ok(())
                }
            };
            if let Err((path, e)) = result {
                errors.fetch_add(1, Ordering::Relaxed);
                tracing::error!(path = %path.display(), error = %e, "cannot write state");
            }
        }
        for ack in acks {
            let _ = ack.send(());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_and_append() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("a.json");
        write_atomic(&f, b"one").unwrap();
        write_atomic(&f, b"two").unwrap();
        assert_eq!(std::fs::read_to_string(&f).unwrap(), "two");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "no temp files left");
        let l = dir.path().join("l.jsonl");
        append_line(&l, "{}").unwrap();
        append_line(&l, "[]").unwrap();
        assert_eq!(std::fs::read_to_string(&l).unwrap(), "{}\n[]\n");
        assert_eq!(read_optional(&dir.path().join("none"), 10).unwrap(), None);
        assert!(read_optional(&l, 2).is_err());
    }

    #[test]
    fn persister_coalesces_and_flushes() {
        let dir = tempfile::tempdir().unwrap();
        let p = Persister::start();
        let f = dir.path().join("s.json");
        for i in 0..100 {
            p.snapshot(f.clone(), format!("{i}").into_bytes());
            p.append(dir.path().join("l"), format!("{i}"), u64::MAX);
        }
        assert!(p.flush());
        assert_eq!(std::fs::read_to_string(&f).unwrap(), "99");
        let lines = std::fs::read_to_string(dir.path().join("l")).unwrap();
        assert_eq!(lines.lines().count(), 100);
        assert_eq!(p.errors(), 0);
        p.snapshot(dir.path().join("missing-dir/x"), b"x".to_vec());
        p.flush();
        assert_eq!(p.errors(), 1);
    }

    #[test]
    fn appends_rotate_past_the_bound() {
        let dir = tempfile::tempdir().unwrap();
        let p = Persister::start();
        let log = dir.path().join("i.jsonl");
        for i in 0..100 {
            p.append(log.clone(), format!("{i:09}"), 100);
        }
        assert!(p.flush());
        let current = std::fs::metadata(&log).unwrap().len();
        let old = std::fs::metadata(dir.path().join("i.jsonl.1"))
            .unwrap()
            .len();
        assert!(current <= 110 && old <= 110, "{current} {old}");
    }
}
