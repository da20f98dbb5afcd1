//! The writer: one thread owns the files. Appenders hand records over a bounded
//! queue; the thread takes everything queued, chains and writes it, and makes it
//! durable with ONE `fdatasync` (group commit) before acknowledging any of it.
//! A failed write or sync is cut back off the file, every record of the batch is
//! answered with the error (counted, logged loudly), and the chain continues
//! from the last durable record.

use std::fs::{File, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, AtomicU8, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, RecvTimeoutError, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use ed25519_dalek::SigningKey;
use prometheus_client::metrics::histogram::Histogram;
use tokio::sync::oneshot;

use super::checkpoint::{self, Checkpoint};
use super::record::{genesis, Hash, Kind, Prepared, Record};
use super::segment;
use super::verify::{self, Summary, LOG_ID_FILE};
use crate::registry::store;

/// Where committed records are copied for a log shipper (the segments stay the
/// source of truth).
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Sink {
    #[default]
    None,
    Stdout,
    File(PathBuf),
}

#[derive(Clone, Debug)]
pub struct Options {
    pub dir: PathBuf,
    pub max_segment_bytes: u64,
    pub max_segment_age: Duration,
    pub checkpoint_interval: Duration,
    pub signing_key_file: Option<PathBuf>,
    pub digest_key_file: Option<PathBuf>,
    /// Records waiting for the writer; beyond it appends fail (`QueueFull`).
    pub max_queue: usize,
    pub sink: Sink,
    /// Open without appending (a damaged log can still be served read-only).
    pub read_only: bool,
    /// Fault injection for tests: every `fdatasync` fails.
    pub fail_sync: bool,
}

/// Fault injection for tests, shared with the writer.
#[derive(Debug, Default)]
struct Faults {
    fail_sync: AtomicBool,
    /// Each `fdatasync` takes this much longer (ms).
    sync_delay_ms: AtomicU64,
}

impl Options {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self {
            dir: dir.into(),
            max_segment_bytes: 64 * 1024 * 1024,
            max_segment_age: Duration::from_secs(86_400),
            checkpoint_interval: Duration::from_secs(60),
            signing_key_file: None,
            digest_key_file: None,
            max_queue: 65_536,
            sink: Sink::None,
            read_only: false,
            fail_sync: false,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AuditError {
    #[error("the audit queue is full")]
    QueueFull,
    #[error("the audit log is closed")]
    Closed,
    #[error("the audit log is read-only")]
    ReadOnly,
    #[error("audit write failed: {0}")]
    Io(String),
    #[error("the audit append timed out")]
    TimedOut,
}

/// Counters the metrics endpoint exports.
#[derive(Debug)]
pub struct Stats {
    pub appended: AtomicU64,
    pub errors: AtomicU64,
    pub queue_full: AtomicU64,
    pub queue_depth: AtomicI64,
    pub batches: AtomicU64,
    pub checkpoints: AtomicU64,
    /// Last durable sequence number.
    pub head_seq: AtomicU64,
    /// Seconds from hand-over to durable acknowledgement.
    pub append_latency: Histogram,
}

impl Default for Stats {
    fn default() -> Self {
        Self {
            appended: AtomicU64::new(0),
            errors: AtomicU64::new(0),
            queue_full: AtomicU64::new(0),
            queue_depth: AtomicI64::new(0),
            batches: AtomicU64::new(0),
            checkpoints: AtomicU64::new(0),
            head_seq: AtomicU64::new(0),
            append_latency: Histogram::new([
                0.0005, 0.001, 0.002, 0.004, 0.008, 0.016, 0.032, 0.064, 0.128, 0.256, 1.0,
            ]),
        }
    }
}

/// The writer's lock file in the audit folder.
pub const LOCK_FILE: &str = ".lock";

type Ack = oneshot::Sender<Result<u64, AuditError>>;

struct Item {
    /// Serialized by the appending thread (details sorted, `seq` 0).
    prepared: Prepared,
    ack: Option<Ack>,
    handed: Instant,
    /// Strict: the claim, and the record to rewrite if the wait ran out.
    claim: Option<(Arc<Claim>, Box<Record>)>,
}

enum Msg {
    Append(Item),
    Checkpoint(oneshot::Sender<()>),
    Shutdown,
}

/// The fate of a record whose decision waits for it (strict mode), settled
/// once: either the writer takes it into a batch first (then the waiter abides
/// by that batch's outcome), or the waiter gives up first, the decision becomes
/// a refusal, and the writer records the refusal instead. So a late write can
/// neither add a second record nor leave one that says "allow" for a call that
/// was refused.
#[derive(Debug)]
struct Claim {
    state: AtomicU8,
    deadline: Duration,
    stats: Arc<Stats>,
}

/// How much longer a strict decision waits once the writer has taken its
/// record (the write in progress decides; the caller's own timeout, Envoy's,
/// still bounds the call).
const TAKEN_GRACE: Duration = Duration::from_secs(5);

const OPEN: u8 = 0;
const TAKEN: u8 = 1;
const ABANDONED: u8 = 2;

impl Claim {
    fn settle(&self, to: u8) -> bool {
        self.state
            .compare_exchange(OPEN, to, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }
}

/// The code a record carries when strict mode refused its decision.
pub const STRICT_REFUSED: &str = "audit_unavailable";

/// What a record becomes when its strict wait ran out before the writer took
/// it: the refusal that was actually served, with the decision it replaced.
fn refused(mut r: Record, waited: Duration) -> Record {
    let decided = r.effect.replace("deny".into());
    r.codes.insert(0, STRICT_REFUSED.into());
    r.reason = Some(format!(
        "strict audit: the record was not durable within {} ms, so the decision was refused",
        waited.as_millis()
    ));
    let mut details = r.details.take().unwrap_or_else(|| serde_json::json!({}));
    if let (Some(obj), Some(d)) = (details.as_object_mut(), decided) {
        obj.insert("decided".into(), d.into());
    }
    r.details = Some(details);
    r
}

/// A record handed over, not yet known durable.
#[derive(Debug)]
pub struct Pending {
    rx: oneshot::Receiver<Result<u64, AuditError>>,
    /// Strict: the record's claim (with how long the decision may wait).
    strict: Option<Arc<Claim>>,
}

impl Pending {
    /// Block until durable (from a plain thread, never from async code).
    pub fn wait(self) -> Result<u64, AuditError> {
        if self.strict.is_none() {
            return self.rx.blocking_recv().unwrap_or(Err(AuditError::Closed));
        }
        // The deadline needs a timer: a small runtime of our own.
        tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .map_err(|e| AuditError::Io(format!("no timer: {e}")))?
            .block_on(self.durable())
    }

    /// Wait until durable; the sequence number it got. A strict record gives
    /// up at its deadline (`TimedOut`) unless the writer already took it, in
    /// which case that batch's outcome is the answer (waited for at most
    /// another deadline, past which the mismatch is counted and logged).
    pub async fn durable(self) -> Result<u64, AuditError> {
        let mut rx = self.rx;
        let Some(claim) = self.strict else {
            return rx.await.unwrap_or(Err(AuditError::Closed));
        };
        let deadline = claim.deadline;
        if let Ok(r) = tokio::time::timeout(deadline, &mut rx).await {
            return r.unwrap_or(Err(AuditError::Closed));
        }
        if claim.settle(ABANDONED) {
            return Err(AuditError::TimedOut);
        }
        match tokio::time::timeout(deadline.max(TAKEN_GRACE), rx).await {
            Ok(r) => r.unwrap_or(Err(AuditError::Closed)),
            Err(_) => {
                claim.stats.errors.fetch_add(1, Ordering::Relaxed);
                tracing::error!(
                    "AUDIT LOG: a strict record is still being written long past its deadline; the call is refused, and the record, if it lands, states the original decision"
                );
                Err(AuditError::TimedOut)
            }
        }
    }
}

/// What opening found.
#[derive(Clone, Debug, Default)]
pub struct OpenReport {
    pub summary: Summary,
    /// Set when the log is damaged (then it is open read-only).
    pub damage: Option<String>,
}

pub struct AuditLog {
    /// Held (locked) while the log is open for appending: one writer per folder.
    _lock: Option<File>,
    tx: Option<SyncSender<Msg>>,
    faults: Arc<Faults>,
    worker: Mutex<Option<std::thread::JoinHandle<()>>>,
    closed: AtomicBool,
    stats: Arc<Stats>,
    digest_key: Vec<u8>,
    log_id: String,
    dir: PathBuf,
}

impl std::fmt::Debug for AuditLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuditLog")
            .field("dir", &self.dir)
            .field("log_id", &self.log_id)
            .finish_non_exhaustive()
    }
}

impl AuditLog {
    /// Open (creating it on first use), verify and recover the log. A torn last
    /// record is cut and a `recovered` record says where; any other damage is
    /// tampering: an error naming the place, unless `read_only`.
    pub fn open(opts: Options, now_ms: u64) -> anyhow::Result<(Self, OpenReport)> {
        let dir = opts.dir.clone();
        if !opts.read_only {
            std::fs::create_dir_all(&dir)
                .with_context(|| format!("cannot create the audit folder {}", dir.display()))?;
        }
        let log_id = match verify::read_log_id(&dir) {
            Ok(id) => id,
            Err(_) if !opts.read_only && segment::list(&dir)?.is_empty() => {
                let id = new_id()?;
                store::write_atomic(&dir.join(LOG_ID_FILE), format!("{id}\n").as_bytes())
                    .with_context(|| format!("cannot write {}", dir.join(LOG_ID_FILE).display()))?;
                id
            }
            Err(e) => anyhow::bail!("audit log {}: {e}", dir.display()),
        };
        let key = if opts.read_only && opts.signing_key_file.is_none() {
            None
        } else {
            Some(checkpoint::signing_key(
                &dir,
                opts.signing_key_file.as_deref(),
            )?)
        };
        let digest_key = digest_key(&dir, opts.digest_key_file.as_deref(), opts.read_only)?;
        let verify_opts = verify::Options {
            pubkey: key.as_ref().map(|k| k.verifying_key()),
            allow_torn_tail: true,
        };
        let stats = Arc::new(Stats::default());
        let mut report = OpenReport::default();
        let summary = match verify::verify(&dir, &verify_opts, &mut |_| {}) {
            Ok(s) => s,
            Err(b) if opts.read_only => {
                tracing::error!(at = %b, "audit log is damaged; serving it read-only");
                report.damage = Some(b.to_string());
                return Ok((Self::read_only(stats, digest_key, log_id, dir), report));
            }
            Err(b) => anyhow::bail!(
                "the audit log in {} is damaged at {b}; refusing to start (audit.readOnly: true starts without appending; `warden audit verify` shows the same)",
                dir.display()
            ),
        };
        report.summary = summary.clone();
        stats.head_seq.store(summary.records, Ordering::Relaxed);
        if opts.read_only {
            return Ok((Self::read_only(stats, digest_key, log_id, dir), report));
        }
        let key = key.context("no checkpoint key")?;
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join(LOCK_FILE))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => anyhow::bail!(
                "the audit log in {} is open in another process (one writer per log)",
                dir.display()
            ),
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(e)
                    .with_context(|| format!("cannot lock {}", dir.join(LOCK_FILE).display()))
            }
        }
        let mut recovered = None;
        if let Some(t) = &summary.torn {
            let f = OpenOptions::new().write(true).open(&t.segment)?;
            f.set_len(t.offset)?;
            f.sync_all()?;
            tracing::warn!(segment = %t.segment.display(), offset = t.offset, bytes = t.bytes,
                "audit log: cut a torn last record");
            let mut r = Record::new(Kind::Recovered, now_ms);
            r.source = Some("sidecar".into());
            r.reason = Some("a torn last record was cut at start-up".into());
            r.details = Some(serde_json::json!({
                "segment": segment::display(&t.segment),
                "offset": t.offset,
                "bytesCut": t.bytes,
            }));
            recovered = Some(r);
        }
        let (seg_path, seg_bytes) = match &summary.last_segment {
            Some((p, len)) => (p.clone(), *len),
            None => (dir.join(segment::name(1)), 0),
        };
        let file = open_append(&seg_path)?;
        if seg_bytes == 0 {
            sync_dir(&dir)?;
        }
        let cut = checkpoint::cut_torn_tail(&dir)?;
        if cut > 0 {
            tracing::warn!(bytes = cut, "audit log: cut a torn last checkpoint");
        }
        let checkpoints = OpenOptions::new()
            .create(true)
            .append(true)
            .open(dir.join(checkpoint::CHECKPOINTS_FILE))?;
        let sink: Option<Box<dyn io::Write + Send>> = match &opts.sink {
            Sink::None => None,
            Sink::Stdout => Some(Box::new(io::stdout())),
            Sink::File(p) => Some(Box::new(io::BufWriter::new(
                OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(p)
                    .with_context(|| format!("cannot open audit sink {}", p.display()))?,
            ))),
        };
        let head = if summary.records == 0 {
            genesis(&log_id)
        } else {
            summary.head
        };
        let (tx, rx) = sync_channel(opts.max_queue.max(1));
        let faults = Arc::new(Faults::default());
        faults.fail_sync.store(opts.fail_sync, Ordering::Relaxed);
        let mut writer = Writer {
            faults: Arc::clone(&faults),
            opts,
            file,
            seg_bytes,
            seg_opened: Instant::now(),
            seq: summary.records,
            head,
            durable_seq: summary.records,
            durable_head: head,
            staged: Vec::new(),
            staged_since: None,
            checkpointed: summary.latest_checkpoint.as_ref().map_or(0, |c| c.size),
            key,
            log_id: log_id.clone(),
            checkpoints,
            sink,
            stats: Arc::clone(&stats),
            buf: Vec::with_capacity(1 << 20),
        };
        let worker = std::thread::Builder::new()
            .name("warden-audit".into())
            .spawn(move || writer.run(&rx))?;
        let log = Self {
            _lock: Some(lock),
            tx: Some(tx),
            faults,
            worker: Mutex::new(Some(worker)),
            closed: AtomicBool::new(false),
            stats,
            digest_key,
            log_id,
            dir,
        };
        if let Some(r) = recovered {
            log.append(r)
                .map_err(|e| anyhow::anyhow!("{e}"))?
                .wait()
                .map_err(|e| anyhow::anyhow!("cannot record the recovery: {e}"))?;
        }
        Ok((log, report))
    }

    fn read_only(stats: Arc<Stats>, digest_key: Vec<u8>, log_id: String, dir: PathBuf) -> Self {
        Self {
            _lock: None,
            tx: None,
            faults: Arc::default(),
            worker: Mutex::new(None),
            closed: AtomicBool::new(true),
            stats,
            digest_key,
            log_id,
            dir,
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn log_id(&self) -> &str {
        &self.log_id
    }

    pub fn stats(&self) -> &Arc<Stats> {
        &self.stats
    }

    /// Fault injection for tests: make every `fdatasync` fail (or work again).
    pub fn inject_sync_failures(&self, on: bool) {
        self.faults.fail_sync.store(on, Ordering::Relaxed);
    }

    /// Fault injection for tests: make every `fdatasync` this much slower.
    pub fn inject_sync_delay(&self, delay: Duration) {
        let ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX);
        self.faults.sync_delay_ms.store(ms, Ordering::Relaxed);
    }

    pub fn is_read_only(&self) -> bool {
        self.tx.is_none()
    }

    /// Keyed digest of a call's arguments (see [`super::record::args_digest`]).
    pub fn digest(&self, arguments_json: &str) -> String {
        super::record::args_digest(&self.digest_key, arguments_json)
    }

    fn send(&self, msg: Msg) -> Result<(), AuditError> {
        let Some(tx) = &self.tx else {
            self.stats.errors.fetch_add(1, Ordering::Relaxed);
            return Err(AuditError::ReadOnly);
        };
        if self.closed.load(Ordering::Relaxed) {
            return Err(AuditError::Closed);
        }
        self.stats.queue_depth.fetch_add(1, Ordering::Relaxed);
        match tx.try_send(msg) {
            Ok(()) => Ok(()),
            Err(e) => {
                self.stats.queue_depth.fetch_sub(1, Ordering::Relaxed);
                self.stats.errors.fetch_add(1, Ordering::Relaxed);
                match e {
                    TrySendError::Full(_) => {
                        self.stats.queue_full.fetch_add(1, Ordering::Relaxed);
                        Err(AuditError::QueueFull)
                    }
                    TrySendError::Disconnected(_) => Err(AuditError::Closed),
                }
            }
        }
    }

    fn item(record: Record, ack: Option<Ack>, claim: Option<Arc<Claim>>) -> Msg {
        Msg::Append(Item {
            prepared: Prepared::new(&record),
            ack,
            handed: Instant::now(),
            claim: claim.map(|c| (c, Box::new(record))),
        })
    }

    /// Hand a record over; the returned [`Pending`] resolves once it is durable.
    pub fn append(&self, record: Record) -> Result<Pending, AuditError> {
        let (tx, rx) = oneshot::channel();
        self.send(Self::item(record, Some(tx), None))?;
        Ok(Pending { rx, strict: None })
    }

    /// Hand over the record of a decision that takes effect only once the
    /// record is durable (strict mode), within `deadline`. If the wait runs
    /// out before the writer takes the record, the decision is refused and the
    /// record written says so (effect `deny`, code `audit_unavailable`, the
    /// original effect in `details.decided`): one record, the true one.
    pub fn append_strict(&self, record: Record, deadline: Duration) -> Result<Pending, AuditError> {
        let (tx, rx) = oneshot::channel();
        let claim = Arc::new(Claim {
            state: AtomicU8::new(OPEN),
            deadline,
            stats: Arc::clone(&self.stats),
        });
        self.send(Self::item(record, Some(tx), Some(Arc::clone(&claim))))?;
        Ok(Pending {
            rx,
            strict: Some(claim),
        })
    }

    /// Hand a record over without waiting. Failures are counted and logged.
    pub fn record(&self, record: Record) {
        if let Err(e) = self.send(Self::item(record, None, None)) {
            tracing::error!(error = %e, "AUDIT RECORD LOST");
        }
    }

    /// Write a checkpoint now (when records were added since the last one).
    pub fn checkpoint(&self) {
        let (tx, rx) = oneshot::channel();
        if self.send(Msg::Checkpoint(tx)).is_ok() {
            let _ = rx.blocking_recv();
        }
    }

    /// Drain the queue, write a final checkpoint and stop the writer.
    pub fn close(&self) {
        if self.closed.swap(true, Ordering::Relaxed) {
            return;
        }
        if let Some(tx) = &self.tx {
            let _ = tx.send(Msg::Shutdown);
        }
        let worker = self.worker.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let Some(w) = worker {
            let _ = w.join();
        }
    }
}

impl Drop for AuditLog {
    fn drop(&mut self) {
        self.close();
    }
}

struct Writer {
    opts: Options,
    faults: Arc<Faults>,
    file: File,
    seg_bytes: u64,
    seg_opened: Instant,
    seq: u64,
    head: Hash,
    checkpointed: u64,
    key: SigningKey,
    log_id: String,
    checkpoints: File,
    sink: Option<Box<dyn io::Write + Send>>,
    stats: Arc<Stats>,
    /// Lines staged and not yet written (see [`Writer::stage`]).
    buf: Vec<u8>,
    staged: Vec<Item>,
    staged_since: Option<Instant>,
    /// The chain's state at the last durable record.
    durable_seq: u64,
    durable_head: Hash,
}

/// How long a record nobody waits for may stay staged before its sync.
const UNACKED_SYNC_DELAY: Duration = Duration::from_millis(5);

impl Writer {
    fn run(&mut self, rx: &Receiver<Msg>) {
        let mut last_checkpoint = Instant::now();
        loop {
            let mut wait = self
                .opts
                .checkpoint_interval
                .saturating_sub(last_checkpoint.elapsed());
            if let Some(since) = self.staged_since {
                wait = wait.min(UNACKED_SYNC_DELAY.saturating_sub(since.elapsed()));
            }
            let first = match rx.recv_timeout(wait.max(Duration::from_millis(1))) {
                Ok(m) => m,
                Err(RecvTimeoutError::Timeout) => {
                    if self
                        .staged_since
                        .is_some_and(|t| t.elapsed() >= UNACKED_SYNC_DELAY)
                    {
                        self.flush();
                    }
                    if last_checkpoint.elapsed() >= self.opts.checkpoint_interval {
                        self.checkpoint_if_dirty();
                        last_checkpoint = Instant::now();
                    }
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => break,
            };
            let mut records = Vec::new();
            let mut waiters = Vec::new();
            let mut stop = false;
            let mut next = Some(first);
            while let Some(msg) = next.take() {
                match msg {
                    Msg::Append(item) => {
                        self.stats.queue_depth.fetch_sub(1, Ordering::Relaxed);
                        records.push(item);
                    }
                    Msg::Checkpoint(w) => {
                        self.stats.queue_depth.fetch_sub(1, Ordering::Relaxed);
                        waiters.push(w);
                    }
                    Msg::Shutdown => stop = true,
                }
                if records.len() < 8192 || stop {
                    next = rx.try_recv().ok();
                }
            }
            if !records.is_empty() {
                self.stage(records);
            }
            if !waiters.is_empty() || stop {
                self.checkpoint_if_dirty();
                last_checkpoint = Instant::now();
                for w in waiters {
                    let _ = w.send(());
                }
            }
            if stop {
                break;
            }
            if last_checkpoint.elapsed() >= self.opts.checkpoint_interval {
                self.checkpoint_if_dirty();
                last_checkpoint = Instant::now();
            }
        }
        self.checkpoint_if_dirty();
    }

    /// Number, hash and buffer a batch. It is written and made durable at
    /// once when anyone waits for it; records nobody waits for (normal mode)
    /// share a sync with those that follow within [`UNACKED_SYNC_DELAY`].
    fn stage(&mut self, mut records: Vec<Item>) {
        let full = self.seg_bytes + self.buf.len() as u64 >= self.opts.max_segment_bytes
            || self.seg_opened.elapsed() >= self.opts.max_segment_age;
        if full && self.seg_bytes + self.buf.len() as u64 > 0 {
            self.flush();
            if let Err(e) = self.rotate() {
                self.fail(records, &format!("cannot rotate the segment: {e}"));
                return;
            }
        }
        let waited_for = records.iter().any(|i| i.ack.is_some());
        for item in &mut records {
            if let Some((claim, record)) = &mut item.claim {
                if !claim.settle(TAKEN) {
                    let r = refused(std::mem::take(&mut **record), claim.deadline);
                    item.prepared = Prepared::new(&r);
                }
            }
            self.seq += 1;
            self.head = item
                .prepared
                .write_line(self.seq, &self.head, &mut self.buf);
        }
        self.staged.append(&mut records);
        self.staged_since.get_or_insert_with(Instant::now);
        if waited_for {
            self.flush();
        }
    }

    /// Write what is staged and make it durable with one `fdatasync`, then
    /// acknowledge it; on failure cut it back off, so the chain continues from
    /// durable records.
    fn flush(&mut self) {
        self.staged_since = None;
        if self.staged.is_empty() {
            return;
        }
        let records = std::mem::take(&mut self.staged);
        let written = self.file.write_all(&self.buf).and_then(|()| {
            let delay = self.faults.sync_delay_ms.load(Ordering::Relaxed);
            if delay > 0 {
                std::thread::sleep(Duration::from_millis(delay));
            }
            if self.faults.fail_sync.load(Ordering::Relaxed) {
                Err(io::Error::other("injected fdatasync failure"))
            } else {
                self.file.sync_data()
            }
        });
        if let Err(e) = written {
            if let Err(e2) = self.file.set_len(self.seg_bytes) {
                tracing::error!(error = %e2, "AUDIT LOG: cannot cut a failed batch; records may repeat sequence numbers until restart");
            }
            self.buf.clear();
            (self.seq, self.head) = (self.durable_seq, self.durable_head);
            self.fail(records, &e.to_string());
            return;
        }
        self.seg_bytes += self.buf.len() as u64;
        self.stats.batches.fetch_add(1, Ordering::Relaxed);
        self.stats
            .appended
            .fetch_add(records.len() as u64, Ordering::Relaxed);
        self.stats.head_seq.store(self.seq, Ordering::Relaxed);
        let mut seq = self.durable_seq;
        for Item { ack, handed, .. } in records {
            seq += 1;
            self.stats
                .append_latency
                .observe(handed.elapsed().as_secs_f64());
            if let Some(ack) = ack {
                let _ = ack.send(Ok(seq));
            }
        }
        (self.durable_seq, self.durable_head) = (self.seq, self.head);
        if let Some(sink) = &mut self.sink {
            if let Err(e) = sink.write_all(&self.buf).and_then(|()| sink.flush()) {
                tracing::warn!(error = %e, "audit sink write failed (the segments are unaffected)");
            }
        }
        self.buf.clear();
    }

    fn fail(&mut self, records: Vec<Item>, why: &str) {
        let n = records.len() as u64;
        self.stats.errors.fetch_add(n, Ordering::Relaxed);
        tracing::error!(
            records = n,
            error = why,
            "AUDIT LOG WRITE FAILED: these records are not in the log"
        );
        for Item { ack, .. } in records {
            if let Some(ack) = ack {
                let _ = ack.send(Err(AuditError::Io(why.to_owned())));
            }
        }
    }

    fn rotate(&mut self) -> io::Result<()> {
        self.checkpoint_if_dirty();
        let path = self.opts.dir.join(segment::name(self.seq + 1));
        self.file = open_append(&path)?;
        sync_dir(&self.opts.dir)?;
        self.seg_bytes = 0;
        self.seg_opened = Instant::now();
        Ok(())
    }

    fn checkpoint_if_dirty(&mut self) {
        self.flush(); // a checkpoint covers durable records only
        if self.seq == self.checkpointed || self.seq == 0 {
            return;
        }
        let c = Checkpoint::sign(
            &self.key,
            &self.log_id,
            self.seq,
            &self.head,
            crate::engine::unix_ms(),
        );
        let mut line = serde_json::to_vec(&c).unwrap_or_default();
        line.push(b'\n');
        let res = self
            .checkpoints
            .write_all(&line)
            .and_then(|()| self.checkpoints.sync_data());
        match res {
            Ok(()) => {
                self.checkpointed = self.seq;
                self.stats.checkpoints.fetch_add(1, Ordering::Relaxed);
            }
            Err(e) => {
                self.stats.errors.fetch_add(1, Ordering::Relaxed);
                tracing::error!(error = %e, "AUDIT LOG: cannot write a checkpoint");
            }
        }
    }
}

fn open_append(path: &Path) -> io::Result<File> {
    OpenOptions::new().create(true).append(true).open(path)
}

fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

fn new_id() -> anyhow::Result<String> {
    let mut b = [0u8; 16];
    getrandom::getrandom(&mut b).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    Ok(super::record::hex(&b)[..32].to_owned())
}

/// The HMAC key for argument digests: the configured file, or `digest.key`
/// in the audit folder (made on first start, mode 0600).
fn digest_key(dir: &Path, configured: Option<&Path>, read_only: bool) -> anyhow::Result<Vec<u8>> {
    let path = configured
        .map(Path::to_path_buf)
        .unwrap_or_else(|| dir.join("digest.key"));
    match std::fs::read(&path) {
        Ok(k) if k.len() >= 32 => return Ok(k),
        Ok(_) => anyhow::bail!("{}: the digest key needs at least 32 bytes", path.display()),
        Err(e) if e.kind() != io::ErrorKind::NotFound || configured.is_some() || read_only => {
            if read_only {
                return Ok(Vec::new());
            }
            return Err(e).with_context(|| format!("cannot read {}", path.display()));
        }
        Err(_) => {}
    }
    let mut k = vec![0u8; 32];
    getrandom::getrandom(&mut k).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    store::write_atomic(&path, &k)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(k)
}
