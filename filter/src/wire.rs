//! The proxy-wasm ABI's header-map encoding, read defensively: the host's
//! bytes are checked, never trusted, so an inconsistent map is an error and not
//! a panic (the SDK's own reader `unwrap`s).

/// Read a serialised header map: count, (key size, value size) pairs, then
/// NUL-terminated keys and values. `None` when the bytes are inconsistent.
pub fn deserialize_map(bytes: &[u8]) -> Option<Vec<(String, Vec<u8>)>> {
    if bytes.is_empty() {
        return Some(Vec::new());
    }
    let word = |at: usize| -> Option<usize> {
        let b = bytes.get(at..at.checked_add(4)?)?;
        Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    };
    let count = word(0)?;
    let mut p = count.checked_mul(8)?.checked_add(4)?;
    let mut out = Vec::with_capacity(count.min(256));
    for n in 0..count {
        let (ks, vs) = (word(4 + n * 8)?, word(8 + n * 8)?);
        let key = bytes.get(p..p.checked_add(ks)?)?;
        p = p.checked_add(ks + 1)?;
        let value = bytes.get(p..p.checked_add(vs)?)?;
        p = p.checked_add(vs + 1)?;
        out.push((String::from_utf8_lossy(key).into_owned(), value.to_vec()));
    }
    Some(out)
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
        let back = deserialize_map(&serialize_map(&map)).unwrap();
        let want: Vec<(String, Vec<u8>)> = map
            .iter()
            .map(|(k, v)| (k.to_string(), v.as_bytes().to_vec()))
            .collect();
        assert_eq!(back, want);
    }

    #[test]
    fn inconsistent_maps_are_errors_not_panics() {
        let good = serialize_map(&[("a", "b")]);
        for cut in 0..good.len() {
            let _ = deserialize_map(&good[..cut]);
        }
        assert_eq!(deserialize_map(&[0xff, 0xff, 0xff, 0xff]), None);
        let mut lying = good.clone();
        lying[4] = 200; // key size beyond the data
        assert_eq!(deserialize_map(&lying), None);
        assert_eq!(deserialize_map(&[]), Some(Vec::new()));
    }
}
