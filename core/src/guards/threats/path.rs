//! Path traversal: `../` runs (plain, percent-encoded, double-encoded, overlong
//! UTF-8), and absolute paths to files that hold credentials or system secrets.
//!
//! Signal names: `dot_dot_slash`, `encoded_traversal`, `sensitive_path`,
//! `null_byte`.

use super::{FieldKind, Hits, Signal, ThreatKind};

pub(crate) const ENCODED: &[&str] = &[
    "%2e%2e",
    "%2e./",
    ".%2e/",
    "..%2f",
    "..%5c",
    "%252e",
    "%252f",
    "%255c",
    "%c0%ae",
    "%c0%af",
    "%c1%9c",
    "%e0%80%ae",
    "%uff0e",
    "%u002e",
    "%u2215",
    "%u2216",
    "..;/",
    "....//",
    "....\\\\",
];

/// Files and directories whose reading is an attack in itself.
pub(crate) const SENSITIVE: &[&str] = &[
    "/etc/passwd",
    "/etc/shadow",
    "/etc/sudoers",
    "/etc/gshadow",
    "/etc/master.passwd",
    "/proc/self/",
    "/proc/1/",
    "/root/",
    "/.ssh/",
    "~/.ssh",
    ".ssh/id_",
    "id_rsa",
    "id_ed25519",
    "id_ecdsa",
    "authorized_keys",
    "/.aws/credentials",
    ".aws/credentials",
    "/.kube/config",
    ".git-credentials",
    "/.netrc",
    "/.pgpass",
    ".docker/config.json",
    "/var/run/secrets/",
    "/run/secrets/",
    "/var/run/docker.sock",
    "c:\\windows\\system32\\config",
    "\\config\\sam",
    "win.ini",
    "boot.ini",
    ".bash_history",
    ".zsh_history",
    "/etc/kubernetes/",
    "/etc/ssl/private",
    "wp-config.php",
    "/.env",
    "/.cursor/mcp.json",
    "mcp.json",
    "claude_desktop_config.json",
    "/.config/gcloud/",
    "/.azure/",
    "/.gnupg/",
    "/.config/gh/hosts.yml",
    "/.npmrc",
    "/.pypirc",
    "/.vault-token",
    "/.terraform.d/credentials",
    "/.s3cfg",
    "/.boto",
    "/.password-store/",
    "/etc/cron.d/",
    "/etc/crontab",
    "/var/spool/cron/",
    "windows/system32/config/",
];

/// Whether every `/.env` in the value names a template checked in beside the
/// real file (`.env.example`, `.env.sample`): those hold placeholders.
fn only_env_templates(b: &[u8], needle: &str) -> bool {
    const TEMPLATES: &[&[u8]] = &[
        b".example",
        b".sample",
        b".template",
        b".dist",
        b".defaults",
    ];
    needle == "/.env"
        && memchr::memmem::find_iter(b, b"/.env").all(|p| {
            let rest = &b[p + 5..];
            TEMPLATES.iter().any(|t| {
                rest.starts_with(t)
                    && !rest
                        .get(t.len())
                        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'.')
            })
        })
}

fn push(out: &mut Vec<Signal>, name: &'static str, score: f32, start: usize, end: usize) {
    out.push(Signal {
        kind: ThreatKind::PathTraversal,
        name: std::borrow::Cow::Borrowed(name),
        score,
        start,
        end,
    });
}

pub(crate) fn scan(lower: &str, field: FieldKind, hits: &Hits, out: &mut Vec<Signal>) {
    let path = field == FieldKind::Path;
    let b = lower.as_bytes();
    // The first `..`, found once (SIMD memmem, not a byte loop).
    let dots = memchr::memmem::find(b, b"..");
    if memchr::memchr(b'%', b).is_some() || dots.is_some() {
        if let Some((ni, p)) = hits.encoded {
            let score = if path { 0.9 } else { 0.75 };
            push(out, "encoded_traversal", score, p, p + ENCODED[ni].len());
        }
    }
    // Longest run of `../` or `..\`, and where it ends.
    let mut best = (0usize, 0usize, 0usize);
    let mut total = 0;
    // Start at the first `..` (most values have none: skip the byte loop).
    let mut i = dots.unwrap_or(b.len());
    while i + 2 < b.len() + 1 {
        if b[i] == b'.'
            && b.get(i + 1) == Some(&b'.')
            && matches!(b.get(i + 2), Some(b'/' | b'\\'))
            && (i == 0
                || matches!(
                    b[i - 1],
                    b'/' | b'\\' | b' ' | b'"' | b'\'' | b'=' | b':' | b'\n' | b'\t' | b'('
                ))
        {
            let s = i;
            let mut n = 0;
            while i + 2 < b.len() + 1
                && b[i] == b'.'
                && b.get(i + 1) == Some(&b'.')
                && matches!(b.get(i + 2), Some(b'/' | b'\\'))
            {
                n += 1;
                i += 3;
            }
            total += n;
            if n > best.0 {
                best = (n, s, i);
            }
            continue;
        }
        i += 1;
    }
    // `..` alone as a path argument climbs too.
    if path && best.0 == 0 && (lower.trim() == ".." || lower.trim_end().ends_with("/..")) {
        best = (1, 0, lower.len());
        total = 1;
    }
    if best.0 > 0 {
        let (n, s, e) = best;
        let score = match (path, n.max(total.min(3))) {
            (true, 1) => 0.45,
            (true, 2) => 0.75,
            (true, _) => 0.9,
            (false, 1) => 0.2,
            (false, 2) => 0.4,
            (false, _) => 0.7,
        };
        // Where does the climb land?
        let rest = &lower[e.min(lower.len())..];
        let target = SENSITIVE.iter().any(|t| {
            let t = t.trim_start_matches(['/', '~']);
            rest.starts_with(t) || rest.starts_with(&t.replace('/', "\\"))
        }) || rest.starts_with("etc/")
            || rest.starts_with("windows\\");
        if target {
            push(out, "dot_dot_slash", 0.95, s, e);
        } else {
            push(out, "dot_dot_slash", score, s, e);
        }
    }
    if let Some((ni, p)) = hits
        .sensitive
        .filter(|&(ni, _)| !only_env_templates(b, SENSITIVE[ni]))
    {
        let score = match field {
            FieldKind::Path => 0.85,
            FieldKind::Exec => 0.7,
            _ => 0.45,
        };
        push(out, "sensitive_path", score, p, p + SENSITIVE[ni].len());
    }
    if path {
        if let Some(p) = memchr::memmem::find(b, b"%00").or_else(|| memchr::memchr(0, b)) {
            push(out, "null_byte", 0.7, p, p + 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn best(text: &str, field: FieldKind) -> f32 {
        let mut out = Vec::new();
        let lower = text.to_ascii_lowercase();
        scan(
            &lower,
            field,
            &super::super::needle_hits(lower.as_bytes()),
            &mut out,
        );
        super::super::combine(&out, 0.0)
            .first()
            .map_or(0.0, |m| m.score)
    }

    #[test]
    fn env_templates_are_not_the_env_file() {
        for spared in [
            "./config/.env.example",
            "app/.env.sample",
            "/srv/.env.template",
        ] {
            assert!(best(spared, FieldKind::Path) < 0.5, "{spared}");
        }
        for flagged in [
            "./config/.env",
            "/srv/app/.env",
            "app/.env.example.bak/../.env",
            "/a/.env.example /b/.env",
            "/srv/.env.examples",
        ] {
            assert!(best(flagged, FieldKind::Path) >= 0.5, "{flagged}");
        }
    }

    #[test]
    fn traversal() {
        assert!(best("../../../../etc/passwd", FieldKind::Text) >= 0.9);
        assert!(best("../../secret.txt", FieldKind::Path) >= 0.7);
        assert!(best("../secret.txt", FieldKind::Path) < 0.5);
        assert!(best("..%2f..%2f..%2fetc%2fpasswd", FieldKind::Text) >= 0.7);
        assert!(best("%252e%252e%252f", FieldKind::Path) >= 0.85);
        assert!(best("/etc/shadow", FieldKind::Path) >= 0.85);
        assert!(best("~/.ssh/id_rsa", FieldKind::Path) >= 0.85);
        assert!(best("report.pdf%00.png", FieldKind::Path) >= 0.7);
        assert!(best("..\\..\\..\\windows\\win.ini", FieldKind::Text) >= 0.9);
    }

    #[test]
    fn legit_paths() {
        for (t, f) in [
            ("docs/README.md", FieldKind::Path),
            ("/home/app/data/report.csv", FieldKind::Path),
            (
                "/anaconda/envs/torch13/lib/python3.8/site-packages/sklearn/pipeline.py",
                FieldKind::Text,
            ),
            ("see ../README.md for details", FieldKind::Text),
            ("version 1.2..1.4 and ... ellipsis", FieldKind::Text),
            ("C:\\Users\\ann\\Documents\\a.txt", FieldKind::Path),
            ("the /etc/passwd file lists users", FieldKind::Text),
        ] {
            assert!(best(t, f) < 0.5, "{t}");
        }
    }
}
