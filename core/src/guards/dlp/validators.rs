//! Checksums and structural rules that turn "looks like" into "is": Luhn for
//! payment cards, ISO 13616 mod-97 for IBANs, the SSA's area/group/serial rules,
//! IP address parsing, Shannon entropy and placeholder heuristics for secrets, and
//! a small base64url decoder (JWT headers).
//!
//! All functions are total: any input, no panic.

/// Luhn (mod 10) over the ASCII digits of `s`; other characters are ignored.
/// Fewer than two digits never validates.
pub fn luhn_valid(s: &str) -> bool {
    let mut sum = 0u32;
    let mut count = 0usize;
    for (i, d) in s
        .bytes()
        .rev()
        .filter(u8::is_ascii_digit)
        .map(|b| u32::from(b - b'0'))
        .enumerate()
    {
        let v = if i % 2 == 1 {
            let x = d * 2;
            if x > 9 {
                x - 9
            } else {
                x
            }
        } else {
            d
        };
        sum += v;
        count += 1;
    }
    count >= 2 && sum.is_multiple_of(10)
}

/// IBAN length per ISO 13616 country code (the SWIFT registry), or `None` for a
/// country that does not issue IBANs.
pub fn iban_length(country: &[u8; 2]) -> Option<usize> {
    let len = match country {
        b"AD" => 24,
        b"AE" => 23,
        b"AL" => 28,
        b"AT" => 20,
        b"AZ" => 28,
        b"BA" => 20,
        b"BE" => 16,
        b"BG" => 22,
        b"BH" => 22,
        b"BI" => 27,
        b"BR" => 29,
        b"BY" => 28,
        b"CH" => 21,
        b"CR" => 22,
        b"CY" => 28,
        b"CZ" => 24,
        b"DE" => 22,
        b"DJ" => 27,
        b"DK" => 18,
        b"DO" => 28,
        b"EE" => 20,
        b"EG" => 29,
        b"ES" => 24,
        b"FI" => 18,
        b"FK" => 18,
        b"FO" => 18,
        b"FR" => 27,
        b"GB" => 22,
        b"GE" => 22,
        b"GI" => 23,
        b"GL" => 18,
        b"GR" => 27,
        b"GT" => 28,
        b"HR" => 21,
        b"HU" => 28,
        b"IE" => 22,
        b"IL" => 23,
        b"IQ" => 23,
        b"IS" => 26,
        b"IT" => 27,
        b"JO" => 30,
        b"KW" => 30,
        b"KZ" => 20,
        b"LB" => 28,
        b"LC" => 32,
        b"LI" => 21,
        b"LT" => 20,
        b"LU" => 20,
        b"LV" => 21,
        b"LY" => 25,
        b"MC" => 27,
        b"MD" => 24,
        b"ME" => 22,
        b"MK" => 19,
        b"MN" => 20,
        b"MR" => 27,
        b"MT" => 31,
        b"MU" => 30,
        b"NI" => 28,
        b"NL" => 18,
        b"NO" => 15,
        b"OM" => 23,
        b"PK" => 24,
        b"PL" => 28,
        b"PS" => 29,
        b"PT" => 25,
        b"QA" => 29,
        b"RO" => 24,
        b"RS" => 22,
        b"RU" => 33,
        b"SA" => 24,
        b"SC" => 31,
        b"SD" => 18,
        b"SE" => 24,
        b"SI" => 19,
        b"SK" => 24,
        b"SM" => 27,
        b"SO" => 23,
        b"ST" => 25,
        b"SV" => 28,
        b"TL" => 23,
        b"TN" => 24,
        b"TR" => 26,
        b"UA" => 29,
        b"VA" => 22,
        b"VG" => 24,
        b"XK" => 20,
        b"YE" => 30,
        _ => return None,
    };
    Some(len)
}

/// The ISO 7064 mod-97 remainder of an IBAN (spaces ignored, letters A=10..Z=35,
/// the first four characters moved to the end). `None` on any other character.
pub fn iban_mod97(s: &str) -> Option<u32> {
    let compact: Vec<u8> = s
        .bytes()
        .filter(|b| *b != b' ')
        .map(|b| b.to_ascii_uppercase())
        .collect();
    if compact.len() < 5 {
        return None;
    }
    let (head, tail) = compact.split_at(4);
    let mut rem = 0u32;
    for &b in tail.iter().chain(head.iter()) {
        match b {
            b'0'..=b'9' => rem = (rem * 10 + u32::from(b - b'0')) % 97,
            b'A'..=b'Z' => {
                let v = u32::from(b - b'A') + 10;
                rem = (rem * 100 + v) % 97;
            }
            _ => return None,
        }
    }
    Some(rem)
}

/// A full IBAN check: known country, that country's length, two check digits,
/// alphanumeric BBAN, mod-97 == 1.
pub fn iban_valid(s: &str) -> bool {
    let compact: Vec<u8> = s
        .bytes()
        .filter(|b| *b != b' ')
        .map(|b| b.to_ascii_uppercase())
        .collect();
    if compact.len() < 15 || compact.len() > 34 {
        return false;
    }
    let country = [compact[0], compact[1]];
    if !country.iter().all(u8::is_ascii_uppercase)
        || !compact[2].is_ascii_digit()
        || !compact[3].is_ascii_digit()
        || !compact[4..].iter().all(u8::is_ascii_alphanumeric)
    {
        return false;
    }
    iban_length(&country) == Some(compact.len()) && iban_mod97(s) == Some(1)
}

/// US SSN structural rules: area 001-899 except 666, group 01-99, serial
/// 0001-9999. Input is the nine digits (separators already removed).
pub fn ssn_valid(digits: &[u8]) -> bool {
    if digits.len() != 9 || !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let num = |r: std::ops::Range<usize>| {
        digits[r]
            .iter()
            .fold(0u32, |acc, d| acc * 10 + u32::from(d - b'0'))
    };
    let (area, group, serial) = (num(0..3), num(3..5), num(5..9));
    if area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0 {
        return false;
    }
    // Numbers the SSA published as examples, and all-same-digit runs: test data.
    let all_same = digits.iter().all(|d| *d == digits[0]);
    let known_examples = [&b"078051120"[..], b"219099999", b"123456789"];
    !all_same && !known_examples.contains(&digits)
}

/// A dotted-quad IPv4 address: four decimal octets 0..=255, no leading zeros
/// (a leading zero is octal in some parsers: not the same address).
pub fn ipv4_valid(s: &str) -> bool {
    let mut parts = 0;
    for part in s.split('.') {
        parts += 1;
        if parts > 4 || part.is_empty() || part.len() > 3 {
            return false;
        }
        if !part.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        if part.len() > 1 && part.starts_with('0') {
            return false;
        }
        if part.parse::<u16>().map_or(true, |v| v > 255) {
            return false;
        }
    }
    parts == 4
}

/// An IPv6 address in any textual form std accepts, with enough substance to
/// not be a C++ scope (`a::b`) or a clock (`12:30`): at least one decimal digit
/// and either eight groups or a `::` with at least two groups.
pub fn ipv6_plausible(s: &str) -> bool {
    if s.parse::<std::net::Ipv6Addr>().is_err() {
        return false;
    }
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let groups = s.split(':').filter(|g| !g.is_empty()).count();
    if s.contains("::") {
        groups >= 2 || s == "::1"
    } else {
        groups >= 7
    }
}

/// Shannon entropy in bits per character.
pub fn shannon_entropy(s: &str) -> f64 {
    let bytes = s.as_bytes();
    if bytes.is_empty() {
        return 0.0;
    }
    let mut counts = [0u32; 256];
    for &b in bytes {
        counts[b as usize] += 1;
    }
    let len = bytes.len() as f64;
    counts
        .iter()
        .filter(|c| **c > 0)
        .map(|&c| {
            let p = f64::from(c) / len;
            -p * p.log2()
        })
        .sum()
}

/// Share of characters that sit inside an ascending or repeating run of four or
/// more (`abcd`, `1234`, `xxxx`, `0000`): typical of placeholders and examples.
pub fn run_share(s: &str) -> f64 {
    let b = s.as_bytes();
    if b.len() < 4 {
        return 0.0;
    }
    let mut covered = vec![false; b.len()];
    let mut start = 0;
    while start < b.len() {
        let mut end = start + 1;
        // Ascending (case-insensitive) run.
        while end < b.len()
            && b[end].is_ascii_alphanumeric()
            && b[end].to_ascii_lowercase() == b[end - 1].to_ascii_lowercase().wrapping_add(1)
        {
            end += 1;
        }
        let asc = end;
        let mut end2 = start + 1;
        while end2 < b.len() && b[end2].eq_ignore_ascii_case(&b[start]) {
            end2 += 1;
        }
        let stop = asc.max(end2);
        if stop - start >= 4 {
            covered[start..stop].iter_mut().for_each(|c| *c = true);
        }
        start = if stop - start >= 4 { stop } else { start + 1 };
    }
    covered.iter().filter(|c| **c).count() as f64 / b.len() as f64
}

/// Words that mark a value as an example or a template rather than a credential.
const PLACEHOLDER_WORDS: &[&str] = &[
    "example",
    "placeholder",
    "your_",
    "_your",
    "yourkey",
    "yourtoken",
    "your-",
    "changeme",
    "change_me",
    "dummy",
    "redacted",
    "sample",
    "insert",
    "replace",
    "put_",
    "_here",
    "here_",
    "xxxx",
    "****",
    "....",
    "fake",
    "notreal",
    "not_real",
    "foobar",
    "lorem",
    "todo",
    "secret_key_here",
];

/// True when a candidate secret value is clearly not a real credential: a
/// template reference (`${X}`, `$(cmd)`, `<token>`, `{{x}}`), an upper-case
/// constant name, a placeholder word, or mostly runs (`xxxx`, `abcd`).
pub fn looks_like_placeholder(value: &str) -> bool {
    let v = value.trim();
    if v.is_empty() {
        return true;
    }
    let first = v.as_bytes()[0];
    if matches!(first, b'$' | b'<' | b'{' | b'%' | b'`' | b'#') {
        return true;
    }
    if v.contains("{{") || v.contains("${") || v.contains("$(") {
        return true;
    }
    let lower = v.to_ascii_lowercase();
    if PLACEHOLDER_WORDS.iter().any(|w| lower.contains(w)) {
        return true;
    }
    // An identifier in upper snake case is a constant or an env var name.
    if v.bytes().all(|b| b.is_ascii_uppercase() || b == b'_')
        || v.bytes()
            .all(|b| b.is_ascii_uppercase() || b == b'_' || b.is_ascii_digit())
            && v.contains('_')
    {
        return true;
    }
    run_share(v) > 0.4
}

/// Character-class mix of a value: how many of lower, upper, digit, other.
pub fn class_count(s: &str) -> usize {
    let (mut l, mut u, mut d, mut o) = (false, false, false, false);
    for b in s.bytes() {
        match b {
            b'a'..=b'z' => l = true,
            b'A'..=b'Z' => u = true,
            b'0'..=b'9' => d = true,
            _ => o = true,
        }
    }
    [l, u, d, o].iter().filter(|x| **x).count()
}

/// Decode base64url or standard base64, padded or not, with the `base64`
/// crate. `None` on a character outside the alphabet or an impossible length.
/// Lenient about trailing bits and padding: this reads what attackers and
/// proxies write, it does not validate encoders.
pub fn base64_decode(s: &str) -> Option<Vec<u8>> {
    use base64::alphabet;
    use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
    use base64::Engine as _;
    const CONFIG: GeneralPurposeConfig = GeneralPurposeConfig::new()
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true);
    const URL: GeneralPurpose = GeneralPurpose::new(&alphabet::URL_SAFE, CONFIG);
    const STANDARD: GeneralPurpose = GeneralPurpose::new(&alphabet::STANDARD, CONFIG);
    let s = s.trim_end_matches('=');
    if s.bytes().any(|b| b == b'-' || b == b'_') {
        URL.decode(s).ok()
    } else {
        STANDARD.decode(s).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn luhn_known_values() {
        assert!(luhn_valid("4111 1111 1111 1111"));
        assert!(luhn_valid("5500-0000-0000-0004"));
        assert!(luhn_valid("378282246310005"));
        assert!(!luhn_valid("4111 1111 1111 1112"));
        assert!(!luhn_valid("0"));
        assert!(!luhn_valid(""));
    }

    #[test]
    fn iban_known_values() {
        assert!(iban_valid("GB82 WEST 1234 5698 7654 32"));
        assert!(iban_valid("DE89370400440532013000"));
        assert!(iban_valid("de89370400440532013000"));
        assert!(!iban_valid("DE89370400440532013001"));
        // Right checksum shape, wrong length for the country.
        assert!(!iban_valid("DE8937040044053201300"));
        assert!(!iban_valid("ZZ89370400440532013000"));
    }

    #[test]
    fn ssn_rules() {
        assert!(ssn_valid(b"536901234"));
        assert!(!ssn_valid(b"000123456"));
        assert!(!ssn_valid(b"666123456"));
        assert!(!ssn_valid(b"900123456"));
        assert!(!ssn_valid(b"536001234"));
        assert!(!ssn_valid(b"536900000"));
        assert!(!ssn_valid(b"123456789"));
        assert!(!ssn_valid(b"111111111"));
        assert!(!ssn_valid(b"53690123"));
    }

    #[test]
    fn ip_rules() {
        assert!(ipv4_valid("192.168.1.10"));
        assert!(ipv4_valid("0.0.0.0"));
        assert!(!ipv4_valid("256.1.1.1"));
        assert!(!ipv4_valid("1.2.3"));
        assert!(!ipv4_valid("1.2.3.4.5"));
        assert!(!ipv4_valid("01.2.3.4"));
        assert!(ipv6_plausible("2001:db8::1"));
        assert!(ipv6_plausible("6e40:4041:c617:e898:c11:40d2:c669:2eb4"));
        assert!(ipv6_plausible("::1"));
        assert!(!ipv6_plausible("a::b"));
        assert!(!ipv6_plausible("12:30"));
        assert!(!ipv6_plausible("::"));
    }

    #[test]
    fn entropy_and_placeholders() {
        assert!(shannon_entropy("aaaaaaaa") < 0.01);
        assert!(shannon_entropy("Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB") > 4.0);
        for p in [
            "YOUR_API_KEY",
            "xxxxxxxxxxxxxxxxxxxx",
            "${API_KEY}",
            "$(cat /run/secrets/x)",
            "<token>",
            "abcdefghijklmnopqrstuvwxyz",
            "AKIAIOSFODNN7EXAMPLE",
            "changeme",
            "********",
        ] {
            assert!(looks_like_placeholder(p), "{p}");
        }
        for s in [
            "Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB",
            "ghp_hacwc35ds50s5qtnaa34snv48oxf1moie6gx",
        ] {
            assert!(!looks_like_placeholder(s), "{s}");
        }
    }

    #[test]
    fn base64_both_alphabets() {
        assert_eq!(
            base64_decode("eyJhbGciOiJIUzI1NiJ9").unwrap(),
            br#"{"alg":"HS256"}"#
        );
        assert_eq!(base64_decode("aGk=").unwrap(), b"hi");
        assert_eq!(base64_decode("-_8").unwrap(), vec![0xfb, 0xff]);
        assert!(base64_decode("a").is_none());
        assert!(base64_decode("a b").is_none());
    }

    /// Reference Luhn: the textbook doubling from the right, written differently.
    fn luhn_reference(digits: &[u8]) -> bool {
        let mut total = 0u32;
        let n = digits.len();
        for (idx, d) in digits.iter().enumerate() {
            let mut v = u32::from(*d);
            if (n - idx).is_multiple_of(2) {
                v *= 2;
                if v >= 10 {
                    v = v / 10 + v % 10;
                }
            }
            total += v;
        }
        n >= 2 && total.is_multiple_of(10)
    }

    /// Reference IBAN: expand to a decimal string, reduce with big-ish chunks.
    fn iban_reference(s: &str) -> u32 {
        let up = s.to_ascii_uppercase();
        let rearranged = format!("{}{}", &up[4..], &up[..4]);
        let mut expanded = String::new();
        for c in rearranged.chars() {
            if c.is_ascii_digit() {
                expanded.push(c);
            } else {
                expanded.push_str(&(c as u32 - 'A' as u32 + 10).to_string());
            }
        }
        let mut rem: u64 = 0;
        for chunk in expanded.as_bytes().chunks(7) {
            let part: u64 = std::str::from_utf8(chunk).unwrap().parse().unwrap();
            rem = (rem * 10u64.pow(chunk.len() as u32) + part) % 97;
        }
        rem as u32
    }

    proptest! {
        #[test]
        fn luhn_agrees_with_reference(digits in proptest::collection::vec(0u8..10, 0..25)) {
            let text: String = digits.iter().map(|d| char::from(b'0' + d)).collect();
            prop_assert_eq!(luhn_valid(&text), luhn_reference(&digits));
        }

        #[test]
        fn iban_mod97_agrees_with_reference(s in "[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}") {
            prop_assert_eq!(iban_mod97(&s), Some(iban_reference(&s)));
        }

        #[test]
        fn iban_check_digits_can_always_be_fixed(bban in "[A-Z0-9]{18}") {
            // Compute the check digits the standard way, then validate.
            let probe = format!("GB00{bban}");
            let rem = iban_reference(&probe);
            let check = 98 - rem;
            let iban = format!("GB{check:02}{bban}");
            prop_assert!(iban_valid(&iban));
        }

        #[test]
        fn validators_never_panic(s in "\\PC{0,64}") {
            let _ = luhn_valid(&s);
            let _ = iban_valid(&s);
            let _ = iban_mod97(&s);
            let _ = ipv4_valid(&s);
            let _ = ipv6_plausible(&s);
            let _ = shannon_entropy(&s);
            let _ = run_share(&s);
            let _ = looks_like_placeholder(&s);
            let _ = base64_decode(&s);
        }
    }
}
