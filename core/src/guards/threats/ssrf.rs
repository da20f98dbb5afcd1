//! SSRF: URLs (and, in URL-named fields, bare hosts) that point at cloud
//! metadata services, loopback, private and link-local ranges, internal DNS
//! names, rebinding services; IP literals written in decimal, hex or octal;
//! punycode hosts; schemes that reach beyond HTTP (`file:`, `gopher:`).
//!
//! Signal names: `metadata_endpoint`, `loopback`, `private_network`,
//! `link_local`, `internal_host`, `dns_rebinding`, `obfuscated_ip`,
//! `punycode_host`, `dangerous_scheme`, `userinfo_confusion`.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use super::{FieldKind, Signal, ThreatKind};

fn push(out: &mut Vec<Signal>, name: &'static str, score: f32, start: usize, end: usize) {
    out.push(Signal {
        kind: ThreatKind::Ssrf,
        name: std::borrow::Cow::Borrowed(name),
        score,
        start,
        end,
    });
}

const DANGEROUS_SCHEMES: &[&str] = &[
    "gopher", "dict", "ldap", "ldaps", "tftp", "jar", "netdoc", "phar", "expect", "php", "sftp",
];

fn is_scheme_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'+' | b'.' | b'-')
}

fn authority_end(b: &[u8], s: usize) -> usize {
    let mut e = s;
    while e < b.len()
        && !matches!(
            b[e],
            b'/' | b'?' | b'#' | b'\\' | b'"' | b'\'' | b'<' | b'>' | b')' | b']' | b',' | b'`'
        )
        && !b[e].is_ascii_whitespace()
    {
        // Keep the brackets of an IPv6 literal.
        e += 1;
    }
    // `[::1]` needs its closing bracket.
    if e < b.len() && b[e] == b']' && b[s..e].contains(&b'[') {
        e += 1;
        while e < b.len() && (b[e] == b':' || b[e].is_ascii_digit()) {
            e += 1;
        }
    }
    e
}

/// Builds the shared finder now rather than on the first scan.
pub(crate) fn build_finder() {
    scheme_sep();
}

/// `://`, searched with a prebuilt SIMD finder (values are mostly prose).
fn scheme_sep() -> &'static memchr::memmem::Finder<'static> {
    static F: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    F.get_or_init(|| memchr::memmem::Finder::new(b"://"))
}

pub(crate) fn scan(lower: &str, field: FieldKind, allowed: &[String], out: &mut Vec<Signal>) {
    let url_field = field == FieldKind::Url;
    let b = lower.as_bytes();
    let mut found_url = false;
    let mut i = 0;
    while let Some(rel) = scheme_sep().find(&b[i..]) {
        let p = i + rel;
        let mut s = p;
        while s > 0 && is_scheme_byte(b[s - 1]) {
            s -= 1;
        }
        // A scheme wrapped around another (`jar:http://`) is read by its
        // outer name: that is what the fetcher dispatches on.
        let mut o = s;
        if o > 0 && b[o - 1] == b':' {
            o -= 1;
            while o > 0 && is_scheme_byte(b[o - 1]) {
                o -= 1;
            }
        }
        let outer = &lower[o..s.saturating_sub(1).max(o)];
        let scheme = &lower[s..p];
        if o < s && DANGEROUS_SCHEMES.contains(&outer) {
            push(
                out,
                "dangerous_scheme",
                if url_field { 0.9 } else { 0.75 },
                o,
                authority_end(b, p + 3),
            );
        }
        let a = p + 3;
        let e = authority_end(b, a);
        found_url = true;
        if scheme == "file" {
            let end = authority_end_path(b, a);
            push(
                out,
                "dangerous_scheme",
                if url_field { 0.85 } else { 0.6 },
                s,
                end,
            );
        } else if DANGEROUS_SCHEMES.contains(&scheme) {
            push(
                out,
                "dangerous_scheme",
                if url_field { 0.9 } else { 0.75 },
                s,
                e,
            );
        }
        host_signals(&lower[a..e], url_field, true, allowed, s, e, out);
        i = e.max(p + 3);
    }
    if url_field && !found_url {
        let t = lower.trim();
        let off = lower.len() - lower.trim_start().len();
        if let Some(rest) = t.strip_prefix("file:") {
            push(out, "dangerous_scheme", 0.85, off, off + 5 + rest.len());
        } else if !t.is_empty() && !t.contains(' ') {
            let e = authority_end(t.as_bytes(), 0);
            host_signals(&t[..e], true, false, allowed, off, off + e, out);
        }
    }
}

fn authority_end_path(b: &[u8], s: usize) -> usize {
    let mut e = s;
    while e < b.len() && !b[e].is_ascii_whitespace() && !matches!(b[e], b'"' | b'\'' | b'<' | b'>')
    {
        e += 1;
    }
    e
}

/// Classify one authority (`user@host:port`). `in_url`: it follows a scheme,
/// so even a bare number (`http://0/`) is an address.
fn host_signals(
    auth: &str,
    url_field: bool,
    in_url: bool,
    allowed: &[String],
    s: usize,
    e: usize,
    out: &mut Vec<Signal>,
) {
    let (userinfo, hostport) = match auth.rfind('@') {
        Some(at) => (Some(&auth[..at]), &auth[at + 1..]),
        None => (None, auth),
    };
    let host = if let Some(rest) = hostport.strip_prefix('[') {
        rest.split(']').next().unwrap_or(rest)
    } else if hostport.parse::<std::net::Ipv6Addr>().is_ok() {
        // An address left unbracketed (`http://fd12::1/`): a lenient parser
        // reads it whole, not as a host `fd12:` and a port.
        hostport
    } else {
        match hostport.rfind(':') {
            Some(c) if hostport[c + 1..].bytes().all(|b| b.is_ascii_digit()) => &hostport[..c],
            _ => hostport,
        }
    };
    // An address with a template or variable glued on
    // (`169.254.170.2$AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`): what is
    // fetched once it expands starts with the address.
    let host = match host
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '%' | ':')))
    {
        Some(cut) if cut > 0 && host[..cut].parse::<std::net::Ipv4Addr>().is_ok() => &host[..cut],
        _ => host,
    };
    let raw = host.trim_end_matches('.');
    if raw.is_empty() {
        return;
    }
    // What a URL parser fetches: percent-escapes decoded, full-width digits,
    // look-alike digits and ideographic dots folded, an IPv6 zone dropped.
    let decoded = canonical_host(raw);
    let host = decoded.trim_end_matches('.');
    let respelled = host != raw;
    let ip = host_ip(host, in_url);
    if host.is_empty() || allowed_host(host, ip.map(|(ip, _)| ip), allowed) {
        return;
    }
    let sc = |url: f32, text: f32| if url_field { url } else { text };
    if let Some(u) = userinfo {
        // `https://trusted.example.com@evil.example/`: the host is what follows `@`;
        // `http://127.0.0.1:80@evil.example/` reads as a loopback address and
        // port to a parser that stops at the first `:`.
        let addressish = u.rsplit_once(':').is_some_and(|(h, p)| {
            h.parse::<IpAddr>().is_ok() && p.bytes().all(|b| b.is_ascii_digit())
        });
        if (u.contains('.') && !u.contains(':')) || addressish {
            push(out, "userinfo_confusion", sc(0.6, 0.5), s, e);
        }
    }
    if let Some((ip, loose)) = ip {
        let class = match ip {
            IpAddr::V4(v4) => classify_v4(v4),
            IpAddr::V6(v6) => classify_v6(&v6),
        };
        if let Some((name, u, t)) = class {
            // An internal address written in an unusual way is hiding.
            if loose || respelled {
                push(out, "obfuscated_ip", sc(0.9, 0.85), s, e);
            }
            push(out, name, sc(u, t), s, e);
        } else if loose {
            push(out, "obfuscated_ip", sc(0.9, 0.85), s, e);
        }
        return;
    }
    if let Some((name, u, t)) = classify_name(host) {
        push(out, name, sc(u, t), s, e);
    }
    if host.split('.').any(|l| l.starts_with("xn--")) {
        push(out, "punycode_host", sc(0.5, 0.45), s, e);
    }
}

/// The ASCII a URL parser's host mapping (UTS #46, the compatibility
/// decompositions of NFKC) makes of the digit and letter look-alikes that can
/// spell an address: circled, parenthesised and full-stop numbers (`⑯⑨` is
/// `169`), circled letters, super- and subscript digits, mathematical digits.
fn compatibility_form(c: char) -> Option<String> {
    let n = c as u32;
    let digit = |d: u32| char::from_digit(d, 10).map(String::from);
    match n {
        0x2460..=0x2473 => Some((n - 0x2460 + 1).to_string()),
        0x2474..=0x2487 => Some(format!("({})", n - 0x2474 + 1)),
        0x2488..=0x249B => Some(format!("{}.", n - 0x2488 + 1)),
        0x249C..=0x24B5 => char::from_u32(n - 0x249C + u32::from(b'a')).map(|a| format!("({a})")),
        0x24B6..=0x24CF => char::from_u32(n - 0x24B6 + u32::from(b'a')).map(String::from),
        0x24D0..=0x24E9 => char::from_u32(n - 0x24D0 + u32::from(b'a')).map(String::from),
        0x24EA => digit(0),
        0x24F5..=0x24FE => Some((n - 0x24F5 + 1).to_string()),
        0x2070 => digit(0),
        0x00B9 => digit(1),
        0x00B2 => digit(2),
        0x00B3 => digit(3),
        0x2074..=0x2079 => digit(n - 0x2070),
        0x2080..=0x2089 => digit(n - 0x2080),
        0x1D7CE..=0x1D7FF => digit((n - 0x1D7CE) % 10),
        _ => None,
    }
}

/// The host as a URL parser resolves it: `%xx` decoded (ASCII only), full-width
/// digits, letters and dots folded to ASCII, `。` `｡` `．` read as dots, other
/// digit and letter look-alikes folded ([`compatibility_form`]), an IPv6 zone
/// (`%25eth0`, `%eth0`) dropped.
fn canonical_host(host: &str) -> std::borrow::Cow<'_, str> {
    if host.is_ascii() && !host.contains('%') {
        return std::borrow::Cow::Borrowed(host);
    }
    let b = host.as_bytes();
    let mut bytes = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = b
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok());
            match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                Some(v) if v.is_ascii() => {
                    bytes.push(v.to_ascii_lowercase());
                    i += 3;
                }
                _ => {
                    bytes.push(b'%');
                    i += 1;
                }
            }
        } else {
            bytes.push(b[i]);
            i += 1;
        }
    }
    let text = String::from_utf8_lossy(&bytes);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{3002}' | '\u{FF0E}' | '\u{FF61}' => out.push('.'),
            '\u{FF01}'..='\u{FF5E}' => out.push(
                char::from_u32(c as u32 - 0xFF01 + 0x21).map_or(c, |a| a.to_ascii_lowercase()),
            ),
            c => match compatibility_form(c) {
                Some(folded) => out.push_str(&folded),
                None => out.push(c),
            },
        }
    }
    // IPv6 zone identifier: `fe80::1%eth0` (after `%25` decoding).
    if out.contains(':') {
        if let Some(z) = out.find('%') {
            out.truncate(z);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The host as an IP address, and whether it was written loosely (`inet_aton`
/// forms: decimal, hex, octal, fewer than four parts).
fn host_ip(host: &str, in_url: bool) -> Option<(IpAddr, bool)> {
    if let Ok(v6) = host.parse::<Ipv6Addr>() {
        return Some((IpAddr::V6(v6), false));
    }
    if let Ok(v4) = host.parse::<Ipv4Addr>() {
        if ipv4_canonical(host) {
            return Some((IpAddr::V4(v4), false));
        }
    }
    if in_url && !host.is_empty() && host.len() <= 10 && host.bytes().all(|b| b.is_ascii_digit()) {
        // `http://0/`, `http://1/`: one number is the whole 32-bit address.
        let n: u32 = host.parse().ok()?;
        return Some((IpAddr::V4(Ipv4Addr::from(n)), true));
    }
    parse_loose_ipv4(host).map(|v4| (IpAddr::V4(v4), true))
}

/// Whether `host` (lower-cased, as written in a URL) is this machine in any
/// spelling [`scan`] reads as `loopback`: `127.0.0.1`, `0x7f.1`,
/// `::ffff:127.0.0.1`, `localhost.localdomain`.
pub(crate) fn loopback_host(host: &str) -> bool {
    let host = canonical_host(host);
    let host = host.trim_end_matches('.');
    let class = match host_ip(host, true) {
        Some((IpAddr::V4(v4), _)) => classify_v4(v4),
        Some((IpAddr::V6(v6), _)) => classify_v6(&v6),
        None => classify_name(host),
    };
    class.is_some_and(|(name, _, _)| name == "loopback")
}

/// An allowed host: an exact name, `*.suffix`, or an address range in CIDR
/// notation (`10.20.0.0/16`, `fd00:1::/32`).
fn allowed_host(host: &str, ip: Option<IpAddr>, allowed: &[String]) -> bool {
    allowed.iter().any(|a| {
        let a = a.to_ascii_lowercase();
        if let Some(net) = parse_cidr(&a) {
            return ip.is_some_and(|ip| cidr_contains(net, ip));
        }
        match a.strip_prefix("*.") {
            Some(suffix) => host.ends_with(&format!(".{suffix}")) || host == suffix,
            None => host == a,
        }
    })
}

/// `addr/len`; `None` when `s` is not CIDR notation.
pub(crate) fn parse_cidr(s: &str) -> Option<(IpAddr, u8)> {
    let (addr, len) = s.split_once('/')?;
    let ip: IpAddr = addr.parse().ok()?;
    let len: u8 = len.parse().ok()?;
    let max = if ip.is_ipv4() { 32 } else { 128 };
    (len <= max).then_some((ip, len))
}

fn cidr_contains((net, len): (IpAddr, u8), ip: IpAddr) -> bool {
    // An IPv4 address reached through an IPv6 spelling is still that address.
    let ip = match ip {
        IpAddr::V6(v6) => embedded_v4(&v6).map_or(ip, IpAddr::V4),
        v4 => v4,
    };
    match (net, ip) {
        (IpAddr::V4(n), IpAddr::V4(a)) => {
            let mask = u32::MAX.checked_shl(32 - u32::from(len)).unwrap_or(0);
            u32::from(n) & mask == u32::from(a) & mask
        }
        (IpAddr::V6(n), IpAddr::V6(a)) => {
            let mask = u128::MAX.checked_shl(128 - u32::from(len)).unwrap_or(0);
            u128::from(n) & mask == u128::from(a) & mask
        }
        _ => false,
    }
}

fn ipv4_canonical(host: &str) -> bool {
    host.split('.').all(|p| p == "0" || !p.starts_with('0'))
}

/// `inet_aton` forms: `2130706433`, `0x7f000001`, `0177.0.0.1`, `127.1`.
fn parse_loose_ipv4(host: &str) -> Option<Ipv4Addr> {
    let parts: Vec<&str> = host.split('.').collect();
    if parts.is_empty() || parts.len() > 4 {
        return None;
    }
    let mut nums = Vec::with_capacity(4);
    for p in &parts {
        let v = if let Some(h) = p.strip_prefix("0x") {
            if h.is_empty() || h.len() > 8 {
                return None;
            }
            u64::from_str_radix(h, 16).ok()?
        } else if p.len() > 1 && p.starts_with('0') {
            u64::from_str_radix(&p[1..], 8).ok()?
        } else if !p.is_empty() && p.len() <= 10 && p.bytes().all(|b| b.is_ascii_digit()) {
            p.parse::<u64>().ok()?
        } else {
            return None;
        };
        nums.push(v);
    }
    // A bare small number is a port or a count, not an address.
    if nums.len() == 1 && nums[0] < 1 << 24 {
        return None;
    }
    let n = nums.len();
    let mut addr: u64 = 0;
    for (k, v) in nums.iter().enumerate() {
        if k + 1 < n {
            if *v > 255 {
                return None;
            }
            addr |= v << (8 * (3 - k));
        } else {
            let bits = 8 * (4 - k);
            if bits < 64 && *v >= 1u64 << bits {
                return None;
            }
            addr |= v;
        }
    }
    u32::try_from(addr).ok().map(Ipv4Addr::from)
}

/// (signal, score in URL fields, score in text).
fn classify_v4(ip: Ipv4Addr) -> Option<(&'static str, f32, f32)> {
    let o = ip.octets();
    let metadata = [
        Ipv4Addr::new(169, 254, 169, 254),
        Ipv4Addr::new(169, 254, 170, 2),
        Ipv4Addr::new(100, 100, 100, 200),
        Ipv4Addr::new(192, 0, 0, 192),
    ];
    if metadata.contains(&ip) {
        Some(("metadata_endpoint", 0.95, 0.9))
    } else if o[0] == 127 {
        Some(("loopback", 0.85, 0.6))
    } else if ip.is_unspecified() || o[0] == 0 {
        Some(("loopback", 0.8, 0.6))
    } else if o[0] == 169 && o[1] == 254 {
        Some(("link_local", 0.85, 0.6))
    } else if ip.is_private() {
        Some(("private_network", 0.75, 0.55))
    } else if o[0] == 100 && (64..128).contains(&o[1]) {
        Some(("private_network", 0.5, 0.35))
    } else {
        None
    }
}

/// The IPv4 address an IPv6 spelling reaches: mapped (`::ffff:a.b.c.d`),
/// compatible (`::a.b.c.d`), NAT64 (`64:ff9b::/96`) and 6to4 (`2002:AABB:CCDD::`).
fn embedded_v4(ip: &Ipv6Addr) -> Option<Ipv4Addr> {
    if let Some(v4) = ip.to_ipv4_mapped() {
        return Some(v4);
    }
    let seg = ip.segments();
    let low = || Ipv4Addr::from((u32::from(seg[6]) << 16) | u32::from(seg[7]));
    if seg[..6] == [0; 6] && !(ip.is_loopback() || ip.is_unspecified()) {
        return Some(low());
    }
    if seg[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        return Some(low());
    }
    if seg[0] == 0x2002 {
        return Some(Ipv4Addr::from(
            (u32::from(seg[1]) << 16) | u32::from(seg[2]),
        ));
    }
    None
}

fn classify_v6(ip: &Ipv6Addr) -> Option<(&'static str, f32, f32)> {
    if let Some(v4) = embedded_v4(ip) {
        return classify_v4(v4);
    }
    let seg = ip.segments();
    if *ip == Ipv6Addr::new(0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x254) {
        Some(("metadata_endpoint", 0.95, 0.9))
    } else if ip.is_loopback() || ip.is_unspecified() {
        Some(("loopback", 0.85, 0.6))
    } else if seg[0] & 0xffc0 == 0xfe80 {
        Some(("link_local", 0.85, 0.6))
    } else if seg[0] & 0xfe00 == 0xfc00 || seg[0] & 0xffc0 == 0xfec0 {
        // Unique local (fc00::/7) and the deprecated site-local (fec0::/10).
        Some(("private_network", 0.75, 0.55))
    } else {
        None
    }
}

fn classify_name(host: &str) -> Option<(&'static str, f32, f32)> {
    const METADATA: &[&str] = &[
        "metadata.google.internal",
        "metadata",
        "metadata.goog",
        "instance-data",
        "instance-data.ec2.internal",
        "metadata.azure.com",
        "metadata.packet.net",
    ];
    // Names that resolve to loopback themselves, and services that resolve
    // the address written in a subdomain (the bare service name is public).
    const REBINDING: &[&str] = &["localtest.me", "lvh.me"];
    const ADDRESS_IN_NAME: &[&str] = &["nip.io", "sslip.io", "xip.io", "1u.ms", "rbndr.us"];
    if METADATA.contains(&host) {
        return Some(("metadata_endpoint", 0.95, 0.9));
    }
    if host == "localhost"
        || host.ends_with(".localhost")
        || host == "localhost.localdomain"
        || host == "ip6-localhost"
    {
        return Some(("loopback", 0.85, 0.6));
    }
    let sub_of = |r: &str| {
        host.len() > r.len() + 1
            && host.ends_with(r)
            && host.as_bytes()[host.len() - r.len() - 1] == b'.'
    };
    if REBINDING.iter().any(|r| host == *r || sub_of(r))
        || ADDRESS_IN_NAME.iter().any(|r| sub_of(r))
    {
        return Some(("dns_rebinding", 0.8, 0.6));
    }
    let internal = [
        ".internal",
        ".local",
        ".localdomain",
        ".cluster.local",
        ".svc",
        ".intranet",
        ".corp",
        ".lan",
        ".home.arpa",
        ".consul",
        ".private",
    ];
    if internal.iter().any(|s| host.ends_with(s)) || host.starts_with("kubernetes.default") {
        return Some(("internal_host", 0.6, 0.4));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn best(text: &str, field: FieldKind) -> (f32, Vec<&'static str>) {
        let mut out = Vec::new();
        scan(&text.to_ascii_lowercase(), field, &[], &mut out);
        let m = super::super::combine(&out, 0.0);
        (
            m.first().map_or(0.0, |m| m.score),
            out.iter()
                .map(|s| {
                    if let std::borrow::Cow::Borrowed(n) = &s.name {
                        *n
                    } else {
                        ""
                    }
                })
                .collect(),
        )
    }

    #[test]
    fn attacks() {
        for (t, f, min) in [
            (
                "http://169.254.169.254/latest/meta-data/iam/",
                FieldKind::Text,
                0.9,
            ),
            (
                "http://metadata.google.internal/computeMetadata/v1/",
                FieldKind::Text,
                0.9,
            ),
            ("http://127.0.0.1:8080/admin", FieldKind::Url, 0.8),
            ("http://[::1]/", FieldKind::Url, 0.8),
            ("http://2130706433/", FieldKind::Text, 0.85),
            ("http://0x7f000001/", FieldKind::Text, 0.85),
            ("http://0177.0.0.1/", FieldKind::Text, 0.85),
            ("http://127.1/", FieldKind::Text, 0.85),
            ("file:///etc/passwd", FieldKind::Url, 0.85),
            ("gopher://127.0.0.1:6379/_SET", FieldKind::Text, 0.75),
            ("169.254.169.254/latest/meta-data", FieldKind::Url, 0.9),
            ("localhost:6379", FieldKind::Url, 0.8),
            ("http://10.0.0.5/internal", FieldKind::Url, 0.7),
            ("http://127.0.0.1.nip.io/", FieldKind::Url, 0.8),
            ("http://[::ffff:169.254.169.254]/", FieldKind::Url, 0.9),
            ("https://xn--pple-43d.com/login", FieldKind::Url, 0.5),
            // Other spellings of internal addresses.
            ("http://[::127.0.0.1]/", FieldKind::Url, 0.8),
            ("http://[64:ff9b::a9fe:a9fe]/latest/", FieldKind::Text, 0.9),
            ("http://[2002:a00:1::]/", FieldKind::Url, 0.7),
            ("http://[fe80::1%25eth0]/", FieldKind::Url, 0.8),
            ("http://[fec0::1]/", FieldKind::Url, 0.7),
            ("http://%31%32%37.0.0.1/admin", FieldKind::Text, 0.85),
            (
                "http://１６９.２５４.１６９.２５４/latest",
                FieldKind::Text,
                0.9,
            ),
            ("http://169。254。169。254/", FieldKind::Text, 0.9),
            ("http://0x0a.0.0.1/", FieldKind::Url, 0.85),
            ("http://[::ffff:7f00:1]/", FieldKind::Url, 0.8),
            ("http://0/", FieldKind::Url, 0.7),
            // Look-alike digits a URL parser folds (UTS #46).
            ("http://⑯⑨。②⑤④。⑯⑨。②⑤④/", FieldKind::Url, 0.9),
            ("http://¹²⁷.₀.₀.₁/", FieldKind::Url, 0.8),
            ("http://fd12:3456:789a::1/", FieldKind::Url, 0.7),
            ("http://169.254.170.2$AWS_URI", FieldKind::Url, 0.9),
        ] {
            let (s, names) = best(t, f);
            assert!(s >= min, "{t}: {s} {names:?}");
        }
    }

    #[test]
    fn benign() {
        for (t, f) in [
            ("https://www.example.com/a?b=1", FieldKind::Url),
            (
                "https://smithery.ai/server/@nickclyde/duckduckgo-mcp-server",
                FieldKind::Url,
            ),
            ("ping 192.168.1.1 to check the router", FieldKind::Text),
            ("see https://8.8.8.8/ and http://1.1.1.1", FieldKind::Text),
            ("version 10.0.0.5 released", FieldKind::Url),
            ("port 8080", FieldKind::Url),
        ] {
            let (s, names) = best(t, f);
            assert!(s < 0.5, "{t}: {s} {names:?}");
        }
    }

    #[test]
    fn allow_list() {
        let mut out = Vec::new();
        scan(
            "http://api.internal/x",
            FieldKind::Url,
            &["*.internal".into()],
            &mut out,
        );
        assert!(out.is_empty());
        // Address ranges: inside is allowed, in whatever spelling; outside is not.
        let cidr = ["10.20.0.0/16".to_string(), "fd00:1::/32".to_string()];
        for ok in [
            "http://10.20.3.4/x",
            "http://0x0a.0x14.3.4/",
            "http://[::ffff:10.20.0.9]/",
            "http://[fd00:1:2::5]/",
        ] {
            let mut out = Vec::new();
            scan(ok, FieldKind::Url, &cidr, &mut out);
            assert!(out.is_empty(), "{ok}: {out:?}");
        }
        for bad in [
            "http://10.21.0.1/",
            "http://127.0.0.1/",
            "http://[fd00:2::1]/",
        ] {
            let mut out = Vec::new();
            scan(bad, FieldKind::Url, &cidr, &mut out);
            assert!(!out.is_empty(), "{bad}");
        }
        assert_eq!(parse_cidr("10.0.0.0/33"), None);
        assert_eq!(parse_cidr("api.internal"), None);
    }

    #[test]
    fn loose_ipv4() {
        assert_eq!(
            parse_loose_ipv4("2130706433"),
            Some(Ipv4Addr::new(127, 0, 0, 1))
        );
        assert_eq!(
            parse_loose_ipv4("0x7f.1"),
            Some(Ipv4Addr::new(127, 0, 0, 1))
        );
        assert_eq!(parse_loose_ipv4("example"), None);
        assert_eq!(parse_loose_ipv4("8080"), None);
    }
}
