//! The proxy-wasm ABI's header-map encoding, read defensively: the host's
//! bytes are checked, never trusted, so an inconsistent map is an error and not
//! a panic (the SDK's own reader `unwrap`s).

use std::borrow::Cow;

/// A header map as the host serialised it, read in place: the spans are
/// checked once, then lookups compare bytes without copying a header out.
#[derive(Debug, Default)]
pub struct HeaderMap {
    bytes: Vec<u8>,
    /// (key start, key end, value start, value end) into `bytes`.
    spans: Vec<(usize, usize, usize, usize)>,
}

impl HeaderMap {
    /// Read a serialised header map: count, (key size, value size) pairs, then
    /// NUL-terminated keys and values. `None` when the bytes are inconsistent.
    pub fn parse(bytes: Vec<u8>) -> Option<Self> {
        if bytes.is_empty() {
            return Some(Self::default());
        }
        let word = |at: usize| -> Option<usize> {
            let b = bytes.get(at..at.checked_add(4)?)?;
            Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
        };
        let count = word(0)?;
        let mut p = count.checked_mul(8)?.checked_add(4)?;
        let mut spans = Vec::with_capacity(count.min(256));
        for n in 0..count {
            let (ks, vs) = (word(4 + n * 8)?, word(8 + n * 8)?);
            let key_end = p.checked_add(ks)?;
            let value_start = key_end.checked_add(1)?;
            let value_end = value_start.checked_add(vs)?;
            if value_end > bytes.len() {
                return None;
            }
            spans.push((p, key_end, value_start, value_end));
            p = value_end.checked_add(1)?;
        }
        Some(Self { bytes, spans })
    }

    /// Every (name, value) pair, in the host's order.
    pub fn pairs(&self) -> impl Iterator<Item = (&[u8], &[u8])> {
        self.spans
            .iter()
            .map(|&(k, ke, v, ve)| (&self.bytes[k..ke], &self.bytes[v..ve]))
    }

    /// Every value of the header `name` (Envoy's names are lower case).
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a [u8]> + 'a {
        self.pairs()
            .filter(move |(k, _)| *k == name.as_bytes())
            .map(|(_, v)| v)
    }

    /// The first value of the header `name`.
    pub fn get(&self, name: &str) -> Option<&[u8]> {
        self.pairs()
            .find(|(k, _)| *k == name.as_bytes())
            .map(|(_, v)| v)
    }

    /// Every value of `name` joined with ", ", as a recipient that combines a
    /// repeated field reads it (RFC 9110, 5.3); `None` when it is absent.
    pub fn joined<'a>(&'a self, name: &'a str) -> Option<Cow<'a, str>> {
        let mut values = self.all(name);
        let first = lossy(values.next()?);
        let Some(second) = values.next() else {
            return Some(first); // the usual case: nothing to join, nothing copied
        };
        let mut out = first.into_owned();
        for v in std::iter::once(second).chain(values) {
            out.push_str(", ");
            out.push_str(&lossy(v));
        }
        Some(Cow::Owned(out))
    }

    /// The first value of `name` as text (invalid UTF-8 replaced).
    pub fn text(&self, name: &str) -> Option<Cow<'_, str>> {
        self.get(name).map(lossy)
    }
}

/// Header bytes as text, invalid UTF-8 replaced (`String::from_utf8_lossy`'s
/// output); valid text, nearly every header value, is borrowed, not copied.
pub fn lossy(bytes: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => String::from_utf8_lossy(bytes),
    }
}

pub fn serialize_map(map: &[(&str, &str)]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&(map.len() as u32).to_le_bytes());
    for (k, v) in map {
        out.extend_from_slice(&(k.len() as u32).to_le_bytes());
        out.extend_from_slice(&(v.len() as u32).to_le_bytes());
    }
    for (k, v) in map {
        out.extend_from_slice(k.as_bytes());
        out.push(0);
        out.extend_from_slice(v.as_bytes());
        out.push(0);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_maps_round_trip() {
        let map = [
            (":path", "/mcp"),
            ("content-type", "application/json"),
            ("x", ""),
        ];
        let back = HeaderMap::parse(serialize_map(&map)).unwrap();
        let got: Vec<(&[u8], &[u8])> = back.pairs().collect();
        let want: Vec<(&[u8], &[u8])> = map
            .iter()
            .map(|(k, v)| (k.as_bytes(), v.as_bytes()))
            .collect();
        assert_eq!(got, want);
        assert_eq!(back.get("x"), Some(&b""[..]));
        assert_eq!(back.text(":path").as_deref(), Some("/mcp"));
        assert_eq!(back.get("absent"), None);
        assert_eq!(back.joined("absent"), None);
        let twice = HeaderMap::parse(serialize_map(&[("a", "x"), ("b", "y"), ("a", "z")])).unwrap();
        assert_eq!(twice.joined("a").as_deref(), Some("x, z"));
        assert_eq!(twice.joined("b").as_deref(), Some("y"));
        let thrice =
            HeaderMap::parse(serialize_map(&[("a", "x"), ("a", "y"), ("a", "z")])).unwrap();
        assert_eq!(thrice.joined("a").as_deref(), Some("x, y, z"));
        let bad = HeaderMap::parse(vec![
            1, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, b'a', 0, b'x', 0xff, 0,
        ])
        .unwrap();
        assert_eq!(bad.text("a").as_deref(), Some("x\u{fffd}"));
    }

    #[test]
    fn inconsistent_maps_are_errors_not_panics() {
        let good = serialize_map(&[("a", "b")]);
        // Every cut short of the whole map loses the value's bytes or more.
        for cut in 1..good.len() - 1 {
            assert!(
                HeaderMap::parse(good[..cut].to_vec()).is_none(),
                "cut {cut}"
            );
        }
        assert!(HeaderMap::parse(vec![0xff, 0xff, 0xff, 0xff]).is_none());
        let mut lying = good.clone();
        lying[4] = 200; // key size beyond the data
        assert!(HeaderMap::parse(lying).is_none());
        assert_eq!(HeaderMap::parse(Vec::new()).unwrap().pairs().count(), 0);
    }
}
