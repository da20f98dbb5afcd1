//! `warden report --out report.html|report.md` and `warden controls`: compliance
//! evidence from the audit log. The HTML is one self-contained page (inline CSS
//! and SVG, no scripts, no external assets) so it opens offline.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use anyhow::Context as _;

use super::audit::{fmt_time, FilterArgs, LogLocation};
use crate::audit::controls::{CONTROLS, STATEMENT};
use crate::audit::query;
use crate::audit::verify::{self, Break, Summary};
use crate::audit::{Kind, Record};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Html,
    Markdown,
}

/// Everything the report shows, computed once.
#[derive(Debug, Default)]
pub struct Report {
    pub dir: String,
    pub integrity: Option<Result<Summary, Break>>,
    pub external_key: bool,
    pub from_ms: u64,
    pub to_ms: u64,
    pub decisions: u64,
    pub by_effect: BTreeMap<String, u64>,
    /// (bucket start, allow, deny, other)
    pub timeline: Vec<(u64, u64, u64, u64)>,
    pub bucket_ms: u64,
    pub denials_by_rule: Vec<(String, u64)>,
    pub denials_by_code: Vec<(String, u64)>,
    pub top_agents: Vec<(String, u64, u64)>,
    pub top_tools: Vec<(String, u64, u64)>,
    pub incidents_by_severity: BTreeMap<String, u64>,
    pub incidents: Vec<Record>,
    pub suspensions: Vec<Record>,
    pub approvals: Vec<Record>,
    pub other_events: Vec<Record>,
    pub filter_decisions: u64,
}

fn top(map: BTreeMap<String, u64>, n: usize) -> Vec<(String, u64)> {
    let mut v: Vec<_> = map.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v.truncate(n);
    v
}

fn is_denial(r: &Record) -> bool {
    matches!(r.effect.as_deref(), Some("deny" | "require_approval"))
}

impl Report {
    pub fn build(
        dir: &Path,
        filter: &query::Filter,
        pubkey: Option<&Path>,
    ) -> anyhow::Result<Self> {
        let key = pubkey
            .map(crate::identity::token::load_public_key)
            .transpose()?;
        let integrity = verify::verify(
            dir,
            &verify::Options {
                pubkey: key,
                allow_torn_tail: false,
            },
            &mut |_| {},
        );
        let records = query::collect(dir, filter)
            .with_context(|| format!("cannot read the audit log in {}", dir.display()))?;
        let mut r = Report {
            dir: dir.display().to_string(),
            external_key: pubkey.is_some(),
            integrity: Some(integrity),
            ..Report::default()
        };
        r.from_ms = records.first().map_or(0, |x| x.time_ms);
        r.to_ms = records.iter().map(|x| x.time_ms).max().unwrap_or(0);
        let span = r.to_ms.saturating_sub(r.from_ms).max(1);
        const STEPS: [u64; 9] = [
            60_000,
            300_000,
            900_000,
            3_600_000,
            10_800_000,
            21_600_000,
            43_200_000,
            86_400_000,
            604_800_000,
        ];
        r.bucket_ms = STEPS
            .iter()
            .copied()
            .find(|s| span / s < 48)
            .unwrap_or(604_800_000);
        let mut buckets: BTreeMap<u64, (u64, u64, u64)> = BTreeMap::new();
        let (mut by_rule, mut by_code) = (BTreeMap::new(), BTreeMap::new());
        type Counts = BTreeMap<String, (u64, u64)>;
        let (mut agents, mut tools): (Counts, Counts) = (BTreeMap::new(), BTreeMap::new());
        for rec in records {
            match rec.kind {
                Kind::Decision => {
                    r.decisions += 1;
                    let effect = rec.effect.clone().unwrap_or_else(|| "-".into());
                    *r.by_effect.entry(effect.clone()).or_default() += 1;
                    if rec.source.as_deref() == Some("filter") {
                        r.filter_decisions += 1;
                    }
                    let b = buckets
                        .entry(rec.time_ms / r.bucket_ms * r.bucket_ms)
                        .or_default();
                    let denied = is_denial(&rec);
                    match effect.as_str() {
                        "allow" => b.0 += 1,
                        _ if denied => b.1 += 1,
                        _ => b.2 += 1,
                    }
                    if denied {
                        *by_rule
                            .entry(rec.rule.clone().unwrap_or_else(|| "-".into()))
                            .or_default() += 1;
                        for c in &rec.codes {
                            *by_code.entry(c.clone()).or_default() += 1;
                        }
                    }
                    let a = agents
                        .entry(rec.agent.clone().unwrap_or_else(|| "-".into()))
                        .or_default();
                    a.0 += 1;
                    a.1 += u64::from(denied);
                    if let Some(t) = &rec.tool {
                        let t = tools.entry(t.clone()).or_default();
                        t.0 += 1;
                        t.1 += u64::from(denied);
                    }
                }
                Kind::Incident => {
                    let sev = rec
                        .details
                        .as_ref()
                        .and_then(|d| d.get("severity"))
                        .and_then(|s| s.as_str())
                        .unwrap_or("-")
                        .to_owned();
                    *r.incidents_by_severity.entry(sev).or_default() += 1;
                    r.incidents.push(rec);
                }
                Kind::Suspension => r.suspensions.push(rec),
                Kind::Approval => r.approvals.push(rec),
                _ => r.other_events.push(rec),
            }
        }
        r.timeline = buckets
            .into_iter()
            .map(|(t, (a, d, o))| (t, a, d, o))
            .collect();
        r.denials_by_rule = top(by_rule, 12);
        r.denials_by_code = top(by_code, 12);
        let rank = |m: BTreeMap<String, (u64, u64)>| {
            let mut v: Vec<_> = m.into_iter().map(|(k, (n, d))| (k, n, d)).collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            v.truncate(12);
            v
        };
        r.top_agents = rank(agents);
        r.top_tools = rank(tools);
        for list in [
            &mut r.incidents,
            &mut r.suspensions,
            &mut r.approvals,
            &mut r.other_events,
        ] {
            let skip = list.len().saturating_sub(50);
            list.drain(..skip);
            list.reverse();
        }
        Ok(r)
    }

    fn attestation(&self) -> (bool, String) {
        match &self.integrity {
            Some(Ok(s)) => {
                let cp = match &s.latest_checkpoint {
                    Some(c) => format!(
                        "latest signed checkpoint covers records 1..{} (signed {} UTC, key {}; {})",
                        c.size,
                        fmt_time(c.time_ms),
                        c.kid,
                        if self.external_key {
                            "checked with the public key given to the report"
                        } else {
                            "checked with the key in the log folder; pass --pubkey for an independent check"
                        }
                    ),
                    None => "no signed checkpoint yet".into(),
                };
                (
                    true,
                    format!(
                        "Verified: records 1..{} of log {} in {} segment(s) form an unbroken hash chain; {cp}.",
                        s.records, s.log_id, s.segments
                    ),
                )
            }
            Some(Err(b)) => (false, format!("FAILED: the log does not verify at {b}.")),
            None => (false, "not verified".into()),
        }
    }
}

fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            _ => o.push(c),
        }
    }
    o
}

fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| "-".into())
}

/// Stacked bars of decisions over time.
fn timeline_svg(r: &Report) -> String {
    let (w, h, pad) = (900.0, 220.0, 30.0);
    let max = r
        .timeline
        .iter()
        .map(|(_, a, d, o)| a + d + o)
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let n = r.timeline.len().max(1) as f64;
    let bw = ((w - 2.0 * pad) / n).max(2.0);
    let mut s = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" role="img" aria-label="Decisions over time"><line x1="{pad}" y1="{y}" x2="{x2}" y2="{y}" stroke="#888"/>"##,
        y = h - pad,
        x2 = w - pad
    );
    for (i, (t, a, d, o)) in r.timeline.iter().enumerate() {
        let x = pad + i as f64 * bw;
        let mut y = h - pad;
        for (v, color, label) in [
            (*a, "#3a7d44", "allow"),
            (*d, "#c0392b", "deny"),
            (*o, "#e6a23c", "other"),
        ] {
            if v == 0 {
                continue;
            }
            let bh = (v as f64 / max) * (h - 2.0 * pad);
            y -= bh;
            let _ = write!(
                s,
                r##"<rect x="{x:.1}" y="{y:.1}" width="{:.1}" height="{bh:.1}" fill="{color}"><title>{} UTC: {v} {label}</title></rect>"##,
                (bw - 1.0).max(1.0),
                fmt_time(*t)
            );
        }
    }
    let _ = write!(
        s,
        r##"<text x="{pad}" y="{}" font-size="11">{}</text><text x="{}" y="{}" font-size="11" text-anchor="end">{}</text><text x="{pad}" y="14" font-size="11">max {} per {} min</text></svg>"##,
        h - 10.0,
        esc(&fmt_time(r.from_ms)),
        w - pad,
        h - 10.0,
        esc(&fmt_time(r.to_ms)),
        max as u64,
        r.bucket_ms / 60_000
    );
    s
}

/// Horizontal bars for a ranked list.
fn bars_svg(title: &str, items: &[(String, u64)]) -> String {
    let row = 22.0;
    let h = row * items.len().max(1) as f64 + 10.0;
    let max = items.iter().map(|x| x.1).max().unwrap_or(1).max(1) as f64;
    let mut s = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 {h}" role="img" aria-label="{}">"#,
        esc(title)
    );
    if items.is_empty() {
        s.push_str(r#"<text x="4" y="16" font-size="12">none</text>"#);
    }
    for (i, (name, v)) in items.iter().enumerate() {
        let y = 5.0 + i as f64 * row;
        let bw = (*v as f64 / max) * 330.0;
        let _ = write!(
            s,
            r##"<text x="200" y="{:.1}" font-size="12" text-anchor="end">{}</text><rect x="206" y="{y:.1}" width="{bw:.1}" height="16" fill="#c0392b"/><text x="{:.1}" y="{:.1}" font-size="12">{v}</text>"##,
            y + 12.0,
            esc(name),
            210.0 + bw,
            y + 12.0
        );
    }
    s.push_str("</svg>");
    s
}

fn table(head: &[&str], rows: &[Vec<String>]) -> String {
    let mut s = String::from("<table><thead><tr>");
    for h in head {
        let _ = write!(s, "<th>{}</th>", esc(h));
    }
    s.push_str("</tr></thead><tbody>");
    if rows.is_empty() {
        let _ = write!(s, r#"<tr><td colspan="{}">none</td></tr>"#, head.len());
    }
    for r in rows {
        s.push_str("<tr>");
        for c in r {
            let _ = write!(s, "<td>{}</td>", esc(c));
        }
        s.push_str("</tr>");
    }
    s.push_str("</tbody></table>");
    s
}

fn event_rows(list: &[Record]) -> Vec<Vec<String>> {
    list.iter()
        .map(|r| {
            vec![
                r.seq.to_string(),
                fmt_time(r.time_ms),
                opt(&r.agent),
                opt(&r.tool),
                opt(&r.effect),
                r.codes.join(", "),
                opt(&r.reason),
            ]
        })
        .collect()
}

const EVENT_HEAD: [&str; 7] = [
    "seq",
    "time (UTC)",
    "agent",
    "tool",
    "event",
    "codes",
    "reason",
];

pub fn render_html(r: &Report) -> String {
    let (ok, attestation) = r.attestation();
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Warden audit report</title><style>
body{{font-family:system-ui,sans-serif;margin:2rem;max-width:1000px;color:#222}}
h1{{margin-bottom:.2rem}}table{{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem;font-size:.9rem}}
th,td{{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}}th{{background:#f4f4f4}}
.ok{{background:#e8f5e9;border-left:6px solid #3a7d44;padding:.8rem}}.bad{{background:#fdecea;border-left:6px solid #c0392b;padding:.8rem}}
.kpi{{display:flex;gap:1rem;flex-wrap:wrap}}.kpi div{{border:1px solid #ddd;padding:.5rem 1rem;border-radius:4px}}
.note{{color:#555;font-size:.9rem}}svg{{width:100%;height:auto}}
</style></head><body><h1>Warden audit report</h1><p class="note">Log {} · records from {} to {} UTC · generated {} UTC</p>"#,
        esc(&r.dir),
        esc(&fmt_time(r.from_ms)),
        esc(&fmt_time(r.to_ms)),
        esc(&fmt_time(crate::engine::unix_ms()))
    );
    let _ = write!(
        s,
        r#"<h2>Integrity attestation</h2><div class="{}" id="attestation">{}</div>"#,
        if ok { "ok" } else { "bad" },
        esc(&attestation)
    );
    s.push_str(r#"<h2>Decisions</h2><div class="kpi">"#);
    let _ = write!(s, "<div><b>{}</b> decisions</div>", r.decisions);
    for (k, v) in &r.by_effect {
        let _ = write!(s, "<div><b>{v}</b> {}</div>", esc(k));
    }
    let _ = write!(
        s,
        "<div><b>{}</b> decided in the filter</div></div>",
        r.filter_decisions
    );
    let _ = write!(s, "<h3>Decisions over time</h3>{}", timeline_svg(r));
    let _ = write!(
        s,
        "<h3>Denials by guard or rule</h3>{}<h3>Denials by code</h3>{}",
        bars_svg("Denials by guard or rule", &r.denials_by_rule),
        bars_svg("Denials by code", &r.denials_by_code)
    );
    let ranked = |v: &[(String, u64, u64)]| {
        v.iter()
            .map(|(k, n, d)| vec![k.clone(), n.to_string(), d.to_string()])
            .collect::<Vec<_>>()
    };
    let _ = write!(
        s,
        "<h3>Top agents</h3>{}<h3>Top tools</h3>{}",
        table(&["agent", "decisions", "denied"], &ranked(&r.top_agents)),
        table(&["tool", "decisions", "denied"], &ranked(&r.top_tools))
    );
    s.push_str("<h2>Incidents</h2><div class=\"kpi\">");
    for (k, v) in &r.incidents_by_severity {
        let _ = write!(s, "<div><b>{v}</b> {}</div>", esc(k));
    }
    let _ = write!(
        s,
        "</div><p class=\"note\">Latest {} shown.</p>{}",
        r.incidents.len(),
        table(&EVENT_HEAD, &event_rows(&r.incidents))
    );
    let _ = write!(
        s,
        "<h2>Suspensions</h2>{}<h2>Approvals</h2>{}<h2>Policy, pins and configuration</h2>{}",
        table(&EVENT_HEAD, &event_rows(&r.suspensions)),
        table(&EVENT_HEAD, &event_rows(&r.approvals)),
        table(&EVENT_HEAD, &event_rows(&r.other_events))
    );
    let _ = writeln!(
        s,
        "<h2>Control mapping</h2><p class=\"note\">{}</p>{}</body></html>",
        esc(STATEMENT),
        table(&CONTROL_HEAD, &control_rows())
    );
    s
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn md_table(head: &[&str], rows: &[Vec<String>]) -> String {
    let mut s = format!("| {} |\n|{}\n", head.join(" | "), "---|".repeat(head.len()));
    if rows.is_empty() {
        s.push_str(&format!("| none |{}\n", " |".repeat(head.len() - 1)));
    }
    for r in rows {
        let cells: Vec<String> = r.iter().map(|c| md_cell(c)).collect();
        s.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    s.push('\n');
    s
}

pub fn render_markdown(r: &Report) -> String {
    let (_, attestation) = r.attestation();
    let mut s = format!(
        "# Warden audit report\n\nLog `{}`, records from {} to {} UTC.\n\n## Integrity attestation\n\n{}\n\n## Decisions\n\n{} decisions ({} decided in the filter): {}\n\n",
        r.dir,
        fmt_time(r.from_ms),
        fmt_time(r.to_ms),
        attestation,
        r.decisions,
        r.filter_decisions,
        r.by_effect
            .iter()
            .map(|(k, v)| format!("{v} {k}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let pairs = |v: &[(String, u64)]| {
        v.iter()
            .map(|(k, n)| vec![k.clone(), n.to_string()])
            .collect::<Vec<_>>()
    };
    let triples = |v: &[(String, u64, u64)]| {
        v.iter()
            .map(|(k, n, d)| vec![k.clone(), n.to_string(), d.to_string()])
            .collect::<Vec<_>>()
    };
    s.push_str("### Decisions over time\n\n");
    s.push_str(&md_table(
        &["from (UTC)", "allow", "denied", "other"],
        &r.timeline
            .iter()
            .map(|(t, a, d, o)| vec![fmt_time(*t), a.to_string(), d.to_string(), o.to_string()])
            .collect::<Vec<_>>(),
    ));
    s.push_str("### Denials by guard or rule\n\n");
    s.push_str(&md_table(&["rule", "denials"], &pairs(&r.denials_by_rule)));
    s.push_str("### Denials by code\n\n");
    s.push_str(&md_table(&["code", "denials"], &pairs(&r.denials_by_code)));
    s.push_str("### Top agents\n\n");
    s.push_str(&md_table(
        &["agent", "decisions", "denied"],
        &triples(&r.top_agents),
    ));
    s.push_str("### Top tools\n\n");
    s.push_str(&md_table(
        &["tool", "decisions", "denied"],
        &triples(&r.top_tools),
    ));
    s.push_str("## Incidents\n\n");
    s.push_str(&md_table(&EVENT_HEAD, &event_rows(&r.incidents)));
    s.push_str("## Suspensions\n\n");
    s.push_str(&md_table(&EVENT_HEAD, &event_rows(&r.suspensions)));
    s.push_str("## Approvals\n\n");
    s.push_str(&md_table(&EVENT_HEAD, &event_rows(&r.approvals)));
    s.push_str("## Policy, pins and configuration\n\n");
    s.push_str(&md_table(&EVENT_HEAD, &event_rows(&r.other_events)));
    s.push_str(&format!("## Control mapping\n\n{STATEMENT}\n\n"));
    s.push_str(&controls_markdown());
    s
}

const CONTROL_HEAD: [&str; 5] = ["framework", "item", "Warden", "evidence", "coverage"];

/// The control mapping, one row per control, in `CONTROL_HEAD` order.
fn control_rows() -> Vec<Vec<String>> {
    CONTROLS
        .iter()
        .map(|c| {
            vec![
                c.framework.into(),
                c.item.into(),
                c.warden.into(),
                c.evidence.into(),
                c.coverage.into(),
            ]
        })
        .collect()
}

pub fn controls_markdown() -> String {
    md_table(&CONTROL_HEAD, &control_rows())
}

/// `warden report`.
pub fn report(
    log: &LogLocation,
    filter: &FilterArgs,
    out: &Path,
    format: Option<Format>,
    pubkey: Option<&Path>,
) -> anyhow::Result<()> {
    let dir = log.resolve()?;
    let f = filter.filter(crate::engine::unix_ms())?;
    let r = Report::build(&dir, &f, pubkey)?;
    let format = format.unwrap_or(match out.extension().and_then(|e| e.to_str()) {
        Some("md" | "markdown") => Format::Markdown,
        _ => Format::Html,
    });
    let text = match format {
        Format::Html => render_html(&r),
        Format::Markdown => render_markdown(&r),
    };
    std::fs::write(out, text).with_context(|| format!("cannot write {}", out.display()))?;
    let (ok, attestation) = r.attestation();
    println!(
        "{}: {} decisions; {attestation}",
        out.display(),
        r.decisions
    );
    if !ok {
        anyhow::bail!("the report was written, but the log does not verify");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::{AuditLog, Options};

    #[test]
    fn report_renders_escaped_and_self_contained() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("audit");
        let (log, _) = AuditLog::open(Options::new(&dir), 0).unwrap();
        for i in 0..20u64 {
            let mut r = Record::new(Kind::Decision, 1_700_000_000_000 + i * 600_000);
            r.agent = Some("<script>alert(1)</script>".into());
            r.tool = Some("kb.search".into());
            r.effect = Some(if i % 3 == 0 { "deny" } else { "allow" }.into());
            r.rule = Some("deny-writes".into());
            r.codes = vec!["policy_denied".into()];
            log.append(r).unwrap().wait().unwrap();
        }
        log.close();
        let r = Report::build(&dir, &Default::default(), None).unwrap();
        assert_eq!(r.decisions, 20);
        assert_eq!(r.denials_by_rule, vec![("deny-writes".to_owned(), 7)]);
        let html = render_html(&r);
        assert!(!html.contains("<script>"));
        assert!(html.contains("&lt;script&gt;"));
        assert!(html.contains("Verified: records 1..20"));
        assert!(
            !html.contains("src=") && !html.contains("href="),
            "no external assets"
        );
        let md = render_markdown(&r);
        assert!(md.contains("| deny-writes | 7 |"));
        assert!(md.contains("OWASP MCP Top 10"));
    }
}
