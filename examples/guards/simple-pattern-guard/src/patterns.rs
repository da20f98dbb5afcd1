//! The configured patterns, prepared once per instance, and the matching.
//!
//! A pattern is a glob: `*` any run, `?` one byte, ASCII case-insensitive. A
//! tool's name must match it whole; its description matches when the pattern
//! occurs anywhere in it (the glob `*pattern*`).
//!
//! Descriptions are what a call spends its time on, so the patterns without
//! a `?` are searched for in one pass over a description, not one pass each.
//! The pass looks at 16 positions at a time (with wasm SIMD in the component)
//! for the first two bytes of any pattern's pieces (its runs between `*`s),
//! in either case; pieces are compared only where that prefilter lets a
//! position through. A pattern's pieces are taken in order, each at the first
//! place it occurs after the previous one, which is what searching for them
//! one after the other would find. Patterns with a `?` use the backtracking
//! glob.

/// `*` any run, `?` one byte; ASCII case-insensitive; the whole of `s`.
fn glob(p: &[u8], s: &[u8]) -> bool {
    let (mut pi, mut si, mut star, mut mark) = (0, 0, None, 0);
    while si < s.len() {
        if pi < p.len() && (p[pi] == b'?' || p[pi].eq_ignore_ascii_case(&s[si])) {
            pi += 1;
            si += 1;
        } else if pi < p.len() && p[pi] == b'*' {
            star = Some(pi);
            pi += 1;
            mark = si;
        } else if let Some(st) = star {
            pi = st + 1;
            mark += 1;
            si = mark;
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == b'*')
}

/// Whether `piece` (lowercase) starts `s` at `at`, ignoring ASCII case.
fn piece_at(s: &[u8], at: usize, piece: &[u8]) -> bool {
    // Stops at the first byte that differs: most candidates differ at their
    // second.
    s.get(at..at + piece.len()).is_some_and(|w| {
        w.iter()
            .zip(piece)
            .all(|(&a, &b)| a.to_ascii_lowercase() == b)
    })
}

/// The first place `piece` (lowercase) occurs in `s`, ignoring ASCII case.
fn find(s: &[u8], piece: &[u8]) -> Option<usize> {
    (0..=s.len().checked_sub(piece.len())?).find(|&at| piece_at(s, at, piece))
}

/// A name glob without `?`, split at its `*`s: the name must start with
/// `head`, end with `tail` and hold `middle` in order between them.
struct NameParts {
    head: Vec<u8>,
    middle: Vec<Vec<u8>>,
    tail: Vec<u8>,
    /// No `*` at all: the name must equal `head`.
    exact: bool,
}

impl NameParts {
    fn matches(&self, name: &[u8]) -> bool {
        if self.exact {
            return name.eq_ignore_ascii_case(&self.head);
        }
        let (h, t) = (self.head.len(), self.tail.len());
        if name.len() < h + t
            || !piece_at(name, 0, &self.head)
            || !piece_at(name, name.len() - t, &self.tail)
        {
            return false;
        }
        let mut rest = &name[h..name.len() - t];
        for piece in &self.middle {
            match find(rest, piece) {
                Some(at) => rest = &rest[at + piece.len()..],
                None => return false,
            }
        }
        true
    }
}

struct Pattern {
    text: String,
    /// `None` when the pattern has a `?`.
    name: Option<NameParts>,
    /// The lowercased runs between `*`s, empty ones left out (empty when the
    /// pattern has a `?`: see `wrapped`).
    pieces: Vec<Vec<u8>>,
    /// `*pattern*`, for the backtracking glob, when the pattern has a `?`.
    wrapped: Option<Vec<u8>>,
}

impl Pattern {
    fn new(text: String) -> Self {
        if text.contains('?') {
            let wrapped = format!("*{text}*").into_bytes();
            return Self {
                text,
                name: None,
                pieces: Vec::new(),
                wrapped: Some(wrapped),
            };
        }
        let lower = text.to_ascii_lowercase().into_bytes();
        let parts: Vec<&[u8]> = lower.split(|&c| c == b'*').collect();
        let exact = parts.len() == 1;
        let name = NameParts {
            head: parts[0].to_vec(),
            middle: if exact {
                Vec::new()
            } else {
                parts[1..parts.len() - 1]
                    .iter()
                    .filter(|p| !p.is_empty())
                    .map(|p| p.to_vec())
                    .collect()
            },
            tail: if exact {
                Vec::new()
            } else {
                parts[parts.len() - 1].to_vec()
            },
            exact,
        };
        let pieces = parts
            .iter()
            .filter(|p| !p.is_empty())
            .map(|p| p.to_vec())
            .collect();
        Self {
            text,
            name: Some(name),
            pieces,
            wrapped: None,
        }
    }

    fn matches_name(&self, name: &str) -> bool {
        match &self.name {
            Some(parts) => parts.matches(name.as_bytes()),
            None => glob(self.text.as_bytes(), name.as_bytes()),
        }
    }
}

/// Positions examined together.
const LANES: usize = 16;

/// Where a piece may start, from its first two bytes (one for a piece of
/// one byte), in the way of the Teddy algorithm: every pair of bytes is put
/// in one of 8 buckets, and a bucket's bit is set in four 16-entry tables, at
/// the low and the high half of each of the two bytes. A position whose two
/// bytes find some bucket's bit in all four tables may start a piece. A
/// window of 16 positions costs the same for any number of patterns (past 8
/// pairs, buckets are shared and only let more candidates through).
///
/// Bytes are compared with bit 0x20 set, which maps both cases of a letter to
/// one value: a byte equal to a piece's byte in either case always passes
/// (others may too: the candidates are checked exactly).
#[derive(Default)]
struct Prefilter {
    /// First byte's low half, first byte's high half, second byte's low
    /// half, second byte's high half.
    tables: [[u8; 16]; 4],
    /// Pieces added so far: the next one goes into bucket `added % 8`.
    added: usize,
}

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
use core::arch::wasm32::{
    u8x16_bitmask, u8x16_eq, u8x16_shr, u8x16_splat, u8x16_swizzle, v128_and, v128_load, v128_or,
};

impl Prefilter {
    fn add(&mut self, piece: &[u8]) {
        let bucket = 1u8 << (self.added % 8);
        self.added += 1;
        let first = piece[0] | 0x20;
        self.tables[0][usize::from(first & 15)] |= bucket;
        self.tables[1][usize::from(first >> 4)] |= bucket;
        match piece.get(1) {
            Some(&second) => {
                let second = second | 0x20;
                self.tables[2][usize::from(second & 15)] |= bucket;
                self.tables[3][usize::from(second >> 4)] |= bucket;
            }
            // One byte: any second byte passes.
            None => {
                for table in &mut self.tables[2..] {
                    for entry in table.iter_mut() {
                        *entry |= bucket;
                    }
                }
            }
        }
    }

    /// Bit `j` is set where a piece may start at `window[j]`.
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    fn candidates(&self, window: &[u8; LANES + 1]) -> u16 {
        // SAFETY: a table is 16 bytes, so the load is in bounds; wasm loads
        // need no alignment.
        let table = |t: &[u8; 16]| unsafe { v128_load(t.as_ptr().cast()) };
        let [lo0, hi0, lo1, hi1] = self.tables.each_ref().map(table);
        let (case, low) = (u8x16_splat(0x20), u8x16_splat(15));
        // SAFETY: `window` has 17 bytes, so both 16-byte loads are in bounds.
        let (here, next) = unsafe {
            (
                v128_or(v128_load(window.as_ptr().cast()), case),
                v128_or(v128_load(window[1..].as_ptr().cast()), case),
            )
        };
        let look = |table, half| u8x16_swizzle(table, half);
        let first = v128_and(
            look(lo0, v128_and(here, low)),
            look(hi0, u8x16_shr(here, 4)),
        );
        let second = v128_and(
            look(lo1, v128_and(next, low)),
            look(hi1, u8x16_shr(next, 4)),
        );
        let none = u8x16_eq(v128_and(first, second), u8x16_splat(0));
        !u8x16_bitmask(none)
    }

    /// The same, a lane at a time (host builds: the unit tests).
    #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
    fn candidates(&self, window: &[u8; LANES + 1]) -> u16 {
        (0..LANES)
            .filter(|&j| self.may_start(window[j], Some(window[j + 1])))
            .fold(0, |hit, j| hit | 1 << j)
    }

    /// The same for one position, with `next` the byte after it (if any).
    fn may_start(&self, here: u8, next: Option<u8>) -> bool {
        let [lo0, hi0, lo1, hi1] = &self.tables;
        let here = usize::from(here | 0x20);
        let second = match next {
            Some(next) => {
                let next = usize::from(next | 0x20);
                lo1[next & 15] & hi1[next >> 4]
            }
            // Past the end: only a one-byte piece fits, whose bucket is set
            // for every second byte, 0 included.
            None => lo1[0] & hi1[0],
        };
        lo0[here & 15] & hi0[here >> 4] & second != 0
    }
}

/// How far a description search has got with one pattern: `next` pieces
/// found, the last ending before `from`.
#[derive(Clone, Copy, Default)]
pub struct Progress {
    next: usize,
    from: usize,
}

pub struct Patterns {
    list: Vec<Pattern>,
    /// For each byte value, the (pattern, piece) pairs whose piece starts
    /// with that byte in either case.
    starts: [Vec<(usize, usize)>; 256],
    prefilter: Prefilter,
}

impl Patterns {
    pub fn new(texts: Vec<String>) -> Self {
        let list: Vec<Pattern> = texts.into_iter().map(Pattern::new).collect();
        let mut starts: [Vec<(usize, usize)>; 256] = std::array::from_fn(|_| Vec::new());
        let mut prefilter = Prefilter::default();
        for (p, pattern) in list.iter().enumerate() {
            for (k, piece) in pattern.pieces.iter().enumerate() {
                prefilter.add(piece);
                let first = piece[0];
                starts[usize::from(first)].push((p, k));
                let upper = first.to_ascii_uppercase();
                if upper != first {
                    starts[usize::from(upper)].push((p, k));
                }
            }
        }
        Self {
            list,
            starts,
            prefilter,
        }
    }

    /// Record in `progress` how far each `?`-free pattern's pieces get in
    /// `text`, in one pass. `progress` starts empty and is filled (one entry
    /// per pattern) at the first candidate: most descriptions have none.
    fn scan(&self, text: &[u8], progress: &mut Vec<Progress>) {
        let mut base = 0;
        while let Some(window) = text
            .get(base..base + LANES + 1)
            .and_then(|w| <&[u8; LANES + 1]>::try_from(w).ok())
        {
            let lanes = self.prefilter.candidates(window).into();
            self.try_lanes(lanes, base, text, progress);
            base += LANES;
        }
        if base >= text.len() {
            return;
        }
        // Fewer than 17 bytes are left: the window that ends with the text
        // (its first lanes were seen already), then the last byte, where
        // only a one-byte piece fits. Copying into a padded window instead
        // would cost two calls out of the guest (`memory.fill`, `.copy`).
        let last = text.len() - 1;
        match text.len().checked_sub(LANES + 1) {
            Some(start) => {
                if let Ok(window) = <&[u8; LANES + 1]>::try_from(&text[start..]) {
                    let seen = (1u32 << (base - start)) - 1;
                    let lanes = u32::from(self.prefilter.candidates(window)) & !seen;
                    self.try_lanes(lanes, start, text, progress);
                }
            }
            None => {
                for at in base..last {
                    if self.prefilter.may_start(text[at], Some(text[at + 1])) {
                        self.try_pieces_at(text, at, progress);
                    }
                }
            }
        }
        if self.prefilter.may_start(text[last], None) {
            self.try_pieces_at(text, last, progress);
        }
    }

    /// Try the pieces at each position `base + j` for the set bits `j`.
    fn try_lanes(&self, mut lanes: u32, base: usize, text: &[u8], progress: &mut Vec<Progress>) {
        while lanes != 0 {
            self.try_pieces_at(text, base + lanes.trailing_zeros() as usize, progress);
            lanes &= lanes - 1;
        }
    }

    fn try_pieces_at(&self, text: &[u8], at: usize, progress: &mut Vec<Progress>) {
        let Some(&byte) = text.get(at) else {
            return;
        };
        if progress.is_empty() {
            progress.resize(self.list.len(), Progress::default());
        }
        for &(p, k) in &self.starts[usize::from(byte)] {
            let state = &mut progress[p];
            let piece = &self.list[p].pieces[k];
            if state.next == k && at >= state.from && piece_at(text, at, piece) {
                state.next = k + 1;
                state.from = at + piece.len();
            }
        }
    }

    /// The first pattern, in configuration order, that the tool's name
    /// matches or its description contains. `progress` is scratch, reused
    /// across the tools of a list.
    pub fn matching(
        &self,
        name: &str,
        description: Option<&str>,
        progress: &mut Vec<Progress>,
    ) -> Option<&str> {
        progress.clear();
        if let Some(d) = description {
            self.scan(d.as_bytes(), progress);
        }
        let pieces_found = |p: usize| progress.get(p).map_or(0, |state| state.next);
        self.list
            .iter()
            .enumerate()
            .find(|&(p, pattern)| {
                pattern.matches_name(name)
                    || description.is_some_and(|d| match &pattern.wrapped {
                        Some(wrapped) => glob(wrapped, d.as_bytes()),
                        None => pieces_found(p) == pattern.pieces.len(),
                    })
            })
            .map(|(_, pattern)| pattern.text.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn patterns(texts: &[&str]) -> Patterns {
        Patterns::new(texts.iter().map(|t| t.to_string()).collect())
    }

    fn first<'a>(p: &'a Patterns, name: &str, description: Option<&str>) -> Option<&'a str> {
        p.matching(name, description, &mut Vec::new())
    }

    /// The name matching agrees with the backtracking glob, and the
    /// description matching with the glob `*pattern*`, on every pair drawn
    /// from a set of tricky patterns and texts.
    #[test]
    fn agrees_with_the_glob() {
        let texts = [
            "",
            "a",
            "ab",
            "aab",
            "aaab",
            "abab",
            "exec_cmd",
            "EXEC_",
            "run_shell",
            "Shell",
            "shel",
            "xshellx",
            "evil.example",
            "EVIL.EXAMPLE.com",
            "abcabc",
            "acb",
            "ba",
            "tool_12",
            "Tool number 3: reads records from the inventory",
            "sh*ell",
        ];
        let globs = [
            "",
            "*",
            "**",
            "a",
            "A",
            "ab",
            "a*",
            "*a",
            "*b*",
            "a*b",
            "ab*ab",
            "*ab*ab*",
            "a*a*a",
            "exec_*",
            "*shell*",
            "shell",
            "evil.example",
            "*e*x*",
            "a?b",
            "?",
            "*?*",
            "s?ell",
            "*records*inventory*",
            "abc*c",
            "a**b",
        ];
        for g in globs {
            let p = patterns(&[g]);
            for t in texts {
                let name = glob(g.as_bytes(), t.as_bytes());
                // The tool is named "\x01": only `?`, `*` and the like match that.
                let description =
                    glob(g.as_bytes(), b"\x01") || glob(format!("*{g}*").as_bytes(), t.as_bytes());
                assert_eq!(
                    first(&p, t, None).is_some(),
                    name,
                    "name {t:?} against {g:?}"
                );
                assert_eq!(
                    first(&p, "\u{1}", Some(t)).is_some(),
                    description,
                    "description {t:?} against {g:?}"
                );
            }
        }
    }

    /// Random texts of every length up to a few windows, over a small
    /// alphabet so that pieces occur often, at every offset.
    #[test]
    fn agrees_with_the_glob_on_random_texts() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let alphabet = b"aAbB_x";
        let word = |len: usize, next: &mut dyn FnMut(usize) -> usize| -> String {
            (0..len)
                .map(|_| char::from(alphabet[next(alphabet.len())]))
                .collect()
        };
        let pattern = |next: &mut dyn FnMut(usize) -> usize| {
            let mut pattern = String::new();
            for i in 0..1 + next(3) {
                if i > 0 || next(2) == 0 {
                    pattern.push('*');
                }
                let len = 1 + next(3);
                pattern.push_str(&word(len, next));
            }
            pattern
        };
        // One pattern at a time, then sets of up to 30: more piece pairs
        // than the prefilter has buckets, so that buckets are shared.
        for round in 0..600 {
            let set: Vec<String> = (0..if round < 400 { 1 } else { 1 + next(30) })
                .map(|_| pattern(&mut next))
                .collect();
            let p = Patterns::new(set.clone());
            let mut progress = Vec::new();
            for len in 0..70 {
                let text = word(len, &mut next);
                let expected = set
                    .iter()
                    .find(|g| glob(format!("*{g}*").as_bytes(), text.as_bytes()));
                assert_eq!(
                    p.matching("\u{1}", Some(&text), &mut progress),
                    expected.map(String::as_str),
                    "{text:?} against {set:?}"
                );
            }
        }
    }

    #[test]
    fn the_first_pattern_in_configuration_order_is_named() {
        let p = patterns(&["*delete*", "exec_*", "*shell*"]);
        assert_eq!(
            first(&p, "run", Some("Runs a shell, then may exec_ anything")),
            Some("exec_*")
        );
        assert_eq!(
            first(&p, "delete_all", Some("runs a SHELL")),
            Some("*delete*")
        );
        assert_eq!(first(&p, "list_files", Some("Lists files.")), None);
    }

    #[test]
    fn pieces_come_in_order_and_do_not_overlap() {
        let p = patterns(&["aba*aba"]);
        assert_eq!(first(&p, "x", Some("ababa")), None);
        assert_eq!(first(&p, "x", Some("abaXaba")), Some("aba*aba"));
        assert_eq!(first(&p, "x", Some("aba aba")), Some("aba*aba"));
        let p = patterns(&["b*a"]);
        assert_eq!(first(&p, "x", Some("a then b")), None);
    }

    #[test]
    fn scratch_from_one_tool_does_not_carry_to_the_next() {
        let p = patterns(&["*curl*bash*"]);
        let mut progress = Vec::new();
        assert_eq!(p.matching("a", Some("uses curl"), &mut progress), None);
        assert_eq!(p.matching("b", Some("then bash"), &mut progress), None);
        assert_eq!(
            p.matching("c", Some("curl | bash"), &mut progress),
            Some("*curl*bash*")
        );
    }
}
