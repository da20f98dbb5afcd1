//! `warden audit verify|query|tail`: read the audit log from its folder (named
//! directly or through the sidecar config). None of these needs the sidecar
//! running; `verify` needs only the log and, ideally, the checkpoint public key.

use std::io::{Read as _, Seek as _, SeekFrom, Write as _};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context as _;
use clap::{Args, Subcommand};

use crate::audit::query::{self, Filter};
use crate::audit::verify::{self, Options};
use crate::audit::{segment, Kind, Record};
use crate::config::Config;

#[derive(Debug, Clone, Args)]
pub struct LogLocation {
    /// The sidecar config: the log is in its `audit.dir` (default `dataDir/audit`).
    #[arg(long, short = 'c', value_name = "FILE", conflicts_with = "dir")]
    pub config: Option<PathBuf>,
    /// The audit folder itself.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

impl LogLocation {
    pub fn resolve(&self) -> anyhow::Result<PathBuf> {
        match (&self.dir, &self.config) {
            (Some(d), _) => Ok(d.clone()),
            (None, Some(c)) => {
                let config = Config::load(c)?;
                Ok(config.audit.dir(&config.data_dir))
            }
            (None, None) => anyhow::bail!("give --dir AUDIT_DIR or --config WARDEN_YAML"),
        }
    }
}

#[derive(Debug, Clone, Args)]
pub struct FilterArgs {
    #[arg(long)]
    pub agent: Option<String>,
    #[arg(long)]
    pub tool: Option<String>,
    /// allow, deny, redact, require_approval, warn (approval and suspension
    /// records use their own: requested, approved, suspended, ...).
    #[arg(long)]
    pub effect: Option<String>,
    /// decision, incident, approval, suspension, policyReload, pinChange,
    /// configChange, recovered.
    #[arg(long)]
    pub kind: Option<String>,
    /// The rule or guard that decided.
    #[arg(long)]
    pub rule: Option<String>,
    /// An outcome or finding code (`policy_denied`, `aws_access_key`, ...).
    #[arg(long)]
    pub code: Option<String>,
    /// From this time: RFC 3339 (`2026-11-30T10:00:00Z`), Unix milliseconds, or
    /// an age (`90s`, `15m`, `24h`, `7d`).
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Before this time (same forms as --since).
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
}

impl FilterArgs {
    pub fn filter(&self, now_ms: u64) -> anyhow::Result<Filter> {
        Ok(Filter {
            agent: self.agent.clone(),
            tool: self.tool.clone(),
            effect: self.effect.clone(),
            kind: self.kind.as_deref().map(parse_kind).transpose()?,
            rule: self.rule.clone(),
            code: self.code.clone(),
            since_ms: self
                .since
                .as_deref()
                .map(|t| parse_time(t, now_ms))
                .transpose()?,
            until_ms: self
                .until
                .as_deref()
                .map(|t| parse_time(t, now_ms))
                .transpose()?,
        })
    }
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check every segment and checkpoint; report the first break (segment,
    /// line, sequence) and exit non-zero on any problem.
    Verify {
        #[command(flatten)]
        log: LogLocation,
        /// The checkpoint public key (`checkpoint.pub`, kept away from the log).
        /// Without it the key in the log folder is used, which proves less.
        #[arg(long, value_name = "FILE")]
        pubkey: Option<PathBuf>,
    },
    /// Records matching filters, as a table or JSON lines.
    Query {
        #[command(flatten)]
        log: LogLocation,
        #[command(flatten)]
        filter: FilterArgs,
        /// JSON lines (the records as stored, without the hash).
        #[arg(long)]
        json: bool,
        /// At most this many (the latest).
        #[arg(long)]
        limit: Option<usize>,
    },
    /// The latest records; with -f, keep printing new ones.
    Tail {
        #[command(flatten)]
        log: LogLocation,
        /// Follow the log as it grows (across rotations).
        #[arg(short = 'f', long)]
        follow: bool,
        /// How many records to show first.
        #[arg(short = 'n', long, default_value_t = 10)]
        lines: usize,
        #[arg(long)]
        json: bool,
    },
}

pub fn run(cmd: AuditCommand) -> anyhow::Result<()> {
    match cmd {
        AuditCommand::Verify { log, pubkey } => verify_cmd(&log.resolve()?, pubkey.as_deref()),
        AuditCommand::Query {
            log,
            filter,
            json,
            limit,
        } => {
            let dir = log.resolve()?;
            let f = filter.filter(crate::engine::unix_ms())?;
            let mut records = query::collect(&dir, &f)
                .with_context(|| format!("cannot read the audit log in {}", dir.display()))?;
            if let Some(n) = limit {
                let skip = records.len().saturating_sub(n);
                records.drain(..skip);
            }
            print_records(&records, json, true)
        }
        AuditCommand::Tail {
            log,
            follow,
            lines,
            json,
        } => tail(&log.resolve()?, follow, lines, json),
    }
}

fn verify_cmd(dir: &Path, pubkey: Option<&Path>) -> anyhow::Result<()> {
    let pubkey = pubkey
        .map(crate::identity::token::load_public_key)
        .transpose()?;
    let opts = Options {
        pubkey,
        allow_torn_tail: false,
    };
    let started = std::time::Instant::now();
    let mut stderr = std::io::stderr();
    let mut shown = 0u64;
    let result = verify::verify(dir, &opts, &mut |n| {
        // Progress on long logs: a line per million records.
        if n / 1_000_000 > shown {
            shown = n / 1_000_000;
            let _ = writeln!(stderr, "… {n} records verified");
        }
    });
    let elapsed = started.elapsed();
    match result {
        Ok(s) => {
            println!("audit log {} (log id {}): OK", dir.display(), s.log_id);
            println!(
                "  {} records in {} segment(s){}",
                s.records,
                s.segments,
                match (s.first_time_ms, s.last_time_ms) {
                    (Some(a), Some(b)) => format!(", {} .. {}", fmt_time(a), fmt_time(b)),
                    _ => String::new(),
                }
            );
            match &s.latest_checkpoint {
                Some(c) => {
                    println!(
                        "  {} checkpoint(s); latest covers {} records, signed {} by key {} ({})",
                        s.checkpoints,
                        c.size,
                        fmt_time(c.time_ms),
                        c.kid,
                        if s.external_key {
                            "the key given with --pubkey"
                        } else {
                            "the key in the log folder: give --pubkey for an independent check"
                        }
                    );
                    if s.records > c.size {
                        println!(
                            "  {} record(s) after the latest checkpoint (not yet covered by a signature)",
                            s.records - c.size
                        );
                    }
                }
                None => println!("  no checkpoint yet: a cut tail could not be detected"),
            }
            println!(
                "  verified in {:.3}s ({:.0} records/s)",
                elapsed.as_secs_f64(),
                s.records as f64 / elapsed.as_secs_f64().max(1e-9)
            );
            Ok(())
        }
        Err(b) => anyhow::bail!("audit log {} is BROKEN at {b}", dir.display()),
    }
}

fn tail(dir: &Path, follow: bool, n: usize, json: bool) -> anyhow::Result<()> {
    let records = query::collect(dir, &Filter::default())?;
    let skip = records.len().saturating_sub(n);
    print_records(&records[skip..], json, true)?;
    if !follow {
        return Ok(());
    }
    let mut last = records.last().map_or(0, |r| r.seq);
    // Follow: read new bytes of the newest segments every 250 ms.
    let mut pos: Option<(PathBuf, u64)> = None;
    loop {
        let segs = segment::list(dir)?;
        let start = match &pos {
            Some((p, _)) => segs.iter().position(|s| s == p).unwrap_or(0),
            None => segs.len().saturating_sub(1),
        };
        for path in segs.iter().skip(start) {
            let mut offset = match &pos {
                Some((p, o)) if p == path => *o,
                _ => 0,
            };
            let mut f = std::fs::File::open(path)?;
            f.seek(SeekFrom::Start(offset))?;
            let mut buf = Vec::new();
            f.read_to_end(&mut buf)?;
            let complete = buf.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            for line in buf[..complete].split(|&b| b == b'\n') {
                if let Some(r) = query::parse_line(line) {
                    if r.seq > last {
                        last = r.seq;
                        print_records(std::slice::from_ref(&r), json, false)?;
                    }
                }
            }
            offset += complete as u64;
            pos = Some((path.clone(), offset));
        }
        std::io::stdout().flush()?;
        std::thread::sleep(Duration::from_millis(250));
    }
}

fn print_records(records: &[Record], json: bool, header: bool) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    if json {
        for r in records {
            out.write_all(&r.canonical())?;
            out.write_all(b"\n")?;
        }
        return Ok(());
    }
    if header {
        writeln!(
            out,
            "{:>8}  {:<19}  {:<12}  {:<20}  {:<10}  {:<20}  {:<16}  {:<24}  CODES",
            "SEQ", "TIME (UTC)", "KIND", "AGENT", "METHOD", "TOOL", "EFFECT", "RULE"
        )?;
    }
    for r in records {
        let s = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
        writeln!(
            out,
            "{:>8}  {:<19}  {:<12}  {:<20}  {:<10}  {:<20}  {:<16}  {:<24}  {}",
            r.seq,
            fmt_time(r.time_ms),
            r.kind.name(),
            s(&r.agent),
            s(&r.method),
            s(&r.tool),
            s(&r.effect),
            s(&r.rule),
            if r.codes.is_empty() {
                "-".into()
            } else {
                r.codes.join(",")
            }
        )?;
    }
    Ok(())
}

pub fn parse_kind(s: &str) -> anyhow::Result<Kind> {
    serde_json::from_value(serde_json::Value::String(s.to_owned())).map_err(|_| {
        anyhow::anyhow!("unknown kind {s:?} (decision, incident, approval, suspension, policyReload, pinChange, configChange, recovered)")
    })
}

/// RFC 3339 UTC (`2026-11-30T10:00:00Z`, optional fraction), Unix milliseconds,
/// or an age before `now_ms` (`90s`, `15m`, `24h`, `7d`).
pub fn parse_time(s: &str, now_ms: u64) -> anyhow::Result<u64> {
    let s = s.trim();
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(s.parse()?);
    }
    if let Some(unit) = s.chars().last().filter(|c| "smhd".contains(*c)) {
        if let Ok(n) = s[..s.len() - 1].parse::<u64>() {
            let ms = match unit {
                's' => 1_000,
                'm' => 60_000,
                'h' => 3_600_000,
                _ => 86_400_000,
            };
            return Ok(now_ms.saturating_sub(n.saturating_mul(ms)));
        }
    }
    parse_rfc3339(s).ok_or_else(|| {
        anyhow::anyhow!(
            "bad time {s:?}: use 2026-11-30T10:00:00Z, Unix milliseconds, or an age like 24h"
        )
    })
}

fn parse_rfc3339(s: &str) -> Option<u64> {
    let s = s.strip_suffix('Z').or_else(|| s.strip_suffix("+00:00"))?;
    let (date, time) = s.split_once('T')?;
    let mut d = date.split('-').map(|x| x.parse::<i64>().ok());
    let (y, m, day) = (d.next()??, d.next()??, d.next()??);
    let (hms, frac) = time.split_once('.').unwrap_or((time, ""));
    let mut t = hms.split(':').map(|x| x.parse::<i64>().ok());
    let (h, mi, sec) = (t.next()??, t.next()??, t.next()??);
    if !(1..=12).contains(&m) || !(1..=31).contains(&day) || h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    let ms_frac = format!("{frac:0<3}").get(..3)?.parse::<i64>().ok()?;
    let days = days_from_civil(y, m, day);
    let ms = ((days * 24 + h) * 60 + mi) * 60_000 + sec * 1000 + ms_frac;
    u64::try_from(ms).ok()
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

/// `YYYY-MM-DD HH:MM:SS` (UTC).
pub fn fmt_time(ms: u64) -> String {
    let secs = (ms / 1000) as i64;
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    let rem = secs.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times() {
        let t = parse_time("2026-11-30T10:00:00Z", 0).unwrap();
        assert_eq!(fmt_time(t), "2026-11-30 10:00:00");
        assert_eq!(parse_time("2026-11-30T10:00:00.250Z", 0).unwrap(), t + 250);
        assert_eq!(parse_time("1700000000000", 0).unwrap(), 1_700_000_000_000);
        assert_eq!(
            parse_time("2h", 10_000_000).unwrap(),
            10_000_000 - 7_200_000
        );
        assert!(parse_time("yesterday", 0).is_err());
        assert!(parse_time("2026-13-01T00:00:00Z", 0).is_err());
        assert_eq!(fmt_time(0), "1970-01-01 00:00:00");
        assert!(parse_kind("policyReload").is_ok());
        assert!(parse_kind("nope").is_err());
    }
}
