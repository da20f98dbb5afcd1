//! Byte comparisons and scans for long inputs.
//!
//! On `wasm32` the slice comparisons (`==`, `starts_with`) call the
//! `memcmp` that ships with Rust's compiler builtins, which compares one
//! byte at a time: comparing a re-listed 9 KB `tools/list` with its cached
//! copy was about half of the core's work on that list under V8. These
//! compare eight bytes at a time on every target, with the same answers.

/// `a == b`.
pub fn equal(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut left = a.chunks_exact(16);
    let mut right = b.chunks_exact(16);
    for (x, y) in left.by_ref().zip(right.by_ref()) {
        if word(x, 0) ^ word(y, 0) | word(x, 8) ^ word(y, 8) != 0 {
            return false;
        }
    }
    left.remainder() == right.remainder()
}

/// `hay.starts_with(prefix)`.
pub fn starts_with(hay: &[u8], prefix: &[u8]) -> bool {
    hay.get(..prefix.len())
        .is_some_and(|head| equal(head, prefix))
}

/// The first position at or after `from` whose byte `table` marks: one tight
/// loop of table reads, how a scanner reaches the next byte that can open a
/// match.
#[inline]
pub fn next_marked(bytes: &[u8], from: usize, table: &[bool; 256]) -> Option<usize> {
    let rest = bytes.get(from..)?;
    rest.iter()
        .position(|&c| table[usize::from(c)])
        .map(|k| from + k)
}

/// The maximal runs of bytes that `member` accepts and that are at least
/// `min_len` long, as `(start, end)` in text order. Such a run covers a
/// position `k * min_len - 1`, so only those positions are read until one is a
/// member; the run is then measured around it.
pub fn long_runs<'a>(
    bytes: &'a [u8],
    min_len: usize,
    member: impl Fn(u8) -> bool + 'a,
) -> impl Iterator<Item = (usize, usize)> + 'a {
    let step = min_len.max(1);
    let mut p = step - 1;
    std::iter::from_fn(move || {
        while let Some(&b) = bytes.get(p) {
            if !member(b) {
                p += step;
                continue;
            }
            let start = p - bytes[..p].iter().rev().take_while(|&&c| member(c)).count();
            let end = p + bytes[p..].iter().take_while(|&&c| member(c)).count();
            // The first sampled position past this run.
            p = (end + 1).div_ceil(step) * step - 1;
            if end - start >= min_len {
                return Some((start, end));
            }
        }
        None
    })
}

fn word(chunk: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&chunk[at..at + 8]);
    u64::from_ne_bytes(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_slice_comparisons_at_every_length_and_offset() {
        let base: Vec<u8> = (0..70u8).collect();
        for len in 0..base.len() {
            let a = &base[..len];
            assert!(equal(a, a));
            assert!(starts_with(&base, a));
            for at in 0..len {
                let mut b = a.to_vec();
                b[at] ^= 0x20;
                assert!(!equal(a, &b), "len {len}, differs at {at}");
                assert!(!starts_with(&base, &b), "len {len}, differs at {at}");
            }
            assert!(!equal(a, &base[..len + 1]));
        }
        assert!(!starts_with(b"short", b"shorter"));
        assert!(starts_with(b"anything", b""));
    }

    #[test]
    fn long_runs_are_found_wherever_they_start() {
        let space = |b: u8| b == b' ';
        for min in 1..12 {
            for start in 0..20 {
                for len in [min - 1, min, min + 5] {
                    // A short run first, then the run under test.
                    let text = format!(
                        "{}x{}{}y",
                        " ".repeat(min - 1),
                        "a".repeat(start),
                        " ".repeat(len)
                    );
                    let at = min + start;
                    let want = if len >= min {
                        vec![(at, at + len)]
                    } else {
                        vec![]
                    };
                    let got: Vec<_> = long_runs(text.as_bytes(), min, space).collect();
                    assert_eq!(got, want, "{text:?} min {min}");
                }
            }
        }
        // Two long runs, the second right after the first one's end.
        let got: Vec<_> = long_runs(b"   x    ", 3, |b| b == b' ').collect();
        assert_eq!(got, vec![(0, 3), (4, 8)]);
    }

    #[test]
    fn next_marked_finds_each_marked_byte_from_where_it_is_asked() {
        let mut table = [false; 256];
        table[usize::from(b';')] = true;
        table[usize::from(b'|')] = true;
        let text = b"a;b|c;";
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(i) = next_marked(text, from, &table) {
            found.push(i);
            from = i + 1;
        }
        assert_eq!(found, vec![1, 3, 5]);
        assert_eq!(next_marked(text, 2, &table), Some(3));
        assert_eq!(next_marked(text, 6, &table), None);
        assert_eq!(next_marked(text, 60, &table), None);
        assert_eq!(next_marked(b"abc", 0, &table), None);
    }
}
