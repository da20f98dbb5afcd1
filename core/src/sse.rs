//! Incremental Server-Sent Events parser.
//!
//! Chunks arrive at arbitrary boundaries: a partial event (even a lone `\r` that may
//! be half of `\r\n`) is carried to the next chunk. Each complete event is returned
//! with its exact raw bytes, so a caller that changes nothing forwards the stream
//! byte for byte, and a caller that rewrites one event re-serialises only that one.

use crate::error::ParseError;

/// One parsed event. `data` is `None` for blocks without a `data` field (comments,
/// keep-alives, a bare `retry:`), which browsers do not dispatch but which still
/// travel on the wire.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SseEvent {
    pub event: Option<String>,
    pub data: Option<String>,
    pub id: Option<String>,
    pub retry: Option<u64>,
}

impl SseEvent {
    /// Serialise with LF line endings; multi-line data becomes several `data:` lines.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = String::new();
        if let Some(e) = &self.event {
            out.push_str("event: ");
            out.push_str(e);
            out.push('\n');
        }
        if let Some(id) = &self.id {
            out.push_str("id: ");
            out.push_str(id);
            out.push('\n');
        }
        if let Some(r) = self.retry {
            out.push_str(&format!("retry: {r}\n"));
        }
        if let Some(d) = &self.data {
            for line in d.split('\n') {
                out.push_str("data: ");
                out.push_str(line);
                out.push('\n');
            }
        }
        out.push('\n');
        out.into_bytes()
    }
}

/// A complete event and the bytes it occupied on the wire.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawEvent {
    pub raw: Vec<u8>,
    pub event: SseEvent,
}

#[derive(Debug)]
pub struct SseParser {
    buf: Vec<u8>,
    /// Where the next unread line starts.
    cursor: usize,
    current: SseEvent,
    max_event_bytes: usize,
    /// No line read yet: a leading UTF-8 BOM is skipped, as the SSE spec (and
    /// every browser and SDK client) does.
    at_start: bool,
}

impl SseParser {
    pub fn new(max_event_bytes: usize) -> Self {
        Self {
            buf: Vec::new(),
            cursor: 0,
            current: SseEvent::default(),
            max_event_bytes,
            at_start: true,
        }
    }

    /// Bytes held back because their event is not complete yet.
    pub fn pending(&self) -> &[u8] {
        &self.buf
    }

    /// Feed a chunk; returns every event it completes.
    pub fn feed(&mut self, chunk: &[u8]) -> Result<Vec<RawEvent>, ParseError> {
        self.buf.extend_from_slice(chunk);
        let events = self.drain_lines(false)?;
        if self.buf.len() > self.max_event_bytes {
            return Err(ParseError::InvalidRequest(
                "SSE event exceeds the size limit",
            ));
        }
        Ok(events)
    }

    /// End of stream: a trailing event without its blank line is completed, so no
    /// bytes are lost; what remains (nothing) is returned empty.
    pub fn finish(&mut self) -> Result<Vec<RawEvent>, ParseError> {
        let mut events = self.drain_lines(true)?;
        if !self.buf.is_empty() {
            if self.cursor < self.buf.len() {
                let line = self.buf[self.cursor..].to_vec();
                self.field(&line)?;
            }
            let raw = std::mem::take(&mut self.buf);
            let event = std::mem::take(&mut self.current);
            self.cursor = 0;
            events.push(RawEvent { raw, event });
        }
        Ok(events)
    }

    fn drain_lines(&mut self, at_end: bool) -> Result<Vec<RawEvent>, ParseError> {
        let mut events = Vec::new();
        let mut event_start = 0usize;
        loop {
            let rest = &self.buf[self.cursor..];
            let Some(pos) = rest.iter().position(|b| *b == b'\n' || *b == b'\r') else {
                break;
            };
            let line_end = self.cursor + pos;
            let next = match self.buf[line_end] {
                b'\r' => match self.buf.get(line_end + 1) {
                    Some(b'\n') => line_end + 2,
                    Some(_) => line_end + 1,
                    // A final `\r` may be half of `\r\n`: wait for the next byte.
                    None if !at_end => break,
                    None => line_end + 1,
                },
                _ => line_end + 1,
            };
            let line = self.buf[self.cursor..line_end].to_vec();
            self.cursor = next;
            if line.is_empty() || (self.at_start && line == b"\xEF\xBB\xBF") {
                self.at_start = false;
                // A complete event is bounded too, not only a partial one.
                if next - event_start > self.max_event_bytes {
                    return Err(ParseError::InvalidRequest(
                        "SSE event exceeds the size limit",
                    ));
                }
                let raw = self.buf[event_start..next].to_vec();
                let event = std::mem::take(&mut self.current);
                events.push(RawEvent { raw, event });
                event_start = next;
            } else {
                self.field(&line)?;
            }
        }
        self.buf.drain(..event_start);
        self.cursor -= event_start;
        Ok(events)
    }

    fn field(&mut self, line: &[u8]) -> Result<(), ParseError> {
        let line = if std::mem::take(&mut self.at_start) {
            line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line)
        } else {
            line
        };
        if line.first() == Some(&b':') {
            return Ok(()); // comment
        }
        let line = std::str::from_utf8(line)
            .map_err(|_| ParseError::InvalidRequest("SSE line is not valid UTF-8"))?;
        let (name, value) = match line.find(':') {
            Some(i) => {
                let v = &line[i + 1..];
                (&line[..i], v.strip_prefix(' ').unwrap_or(v))
            }
            None => (line, ""),
        };
        match name {
            "data" => match &mut self.current.data {
                Some(d) => {
                    d.push('\n');
                    d.push_str(value);
                }
                None => self.current.data = Some(value.to_owned()),
            },
            "event" => self.current.event = Some(value.to_owned()),
            "id" if !value.contains('\0') => self.current.id = Some(value.to_owned()),
            "retry" => {
                if let Ok(n) = value.parse() {
                    self.current.retry = Some(n);
                }
            }
            _ => {} // unknown fields are ignored, as the SSE spec says
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn all(input: &[u8], cuts: &[usize]) -> Vec<RawEvent> {
        let mut p = SseParser::new(1 << 20);
        let mut out = Vec::new();
        let mut last = 0;
        for &c in cuts {
            out.extend(p.feed(&input[last..c]).unwrap());
            last = c;
        }
        out.extend(p.feed(&input[last..]).unwrap());
        out.extend(p.finish().unwrap());
        out
    }

    #[test]
    fn basic_event() {
        let ev = all(b"event: message\ndata: {\"a\":1}\n\n", &[]);
        assert_eq!(ev.len(), 1);
        assert_eq!(ev[0].event.event.as_deref(), Some("message"));
        assert_eq!(ev[0].event.data.as_deref(), Some("{\"a\":1}"));
        assert_eq!(ev[0].raw, b"event: message\ndata: {\"a\":1}\n\n");
    }

    #[test]
    fn multi_line_data_crlf_comments_ids() {
        let input = b": keep-alive\r\n\r\nid: 7\r\ndata: {\"a\":\r\ndata:1}\r\nretry: 300\r\n\r\n";
        let ev = all(input, &[]);
        assert_eq!(ev.len(), 2);
        assert_eq!(ev[0].event.data, None);
        assert_eq!(ev[1].event.data.as_deref(), Some("{\"a\":\n1}"));
        assert_eq!(ev[1].event.id.as_deref(), Some("7"));
        assert_eq!(ev[1].event.retry, Some(300));
        let joined: Vec<u8> = ev.iter().flat_map(|e| e.raw.clone()).collect();
        assert_eq!(joined, input.to_vec());
    }

    #[test]
    fn partial_event_carries_over() {
        let mut p = SseParser::new(1 << 20);
        assert!(p.feed(b"data: hel").unwrap().is_empty());
        assert_eq!(p.pending(), b"data: hel");
        assert!(p.feed(b"lo\r").unwrap().is_empty());
        let ev = p.feed(b"\n\r\n").unwrap();
        assert_eq!(ev[0].event.data.as_deref(), Some("hello"));
        assert!(p.pending().is_empty());
    }

    #[test]
    fn unterminated_tail_is_flushed_at_end() {
        let ev = all(b"data: a\n\ndata: b", &[]);
        assert_eq!(ev.len(), 2);
        assert_eq!(ev[1].event.data.as_deref(), Some("b"));
        assert_eq!(ev[1].raw, b"data: b");
    }

    #[test]
    fn leading_bom_is_skipped_like_clients_do() {
        let input = b"\xEF\xBB\xBFdata: {\"a\":1}\n\n";
        for cut in 0..input.len() {
            let ev = all(input, &[cut]);
            assert_eq!(
                ev[0].event.data.as_deref(),
                Some("{\"a\":1}"),
                "cut at {cut}"
            );
        }
        // Only at the start of the stream.
        let ev = all(b"data: a\n\n\xEF\xBB\xBFdata: b\n\n", &[]);
        assert_eq!(ev[1].event.data, None);
    }

    #[test]
    fn framing_tricks_read_as_clients_read_them() {
        // `data:` without a space, data split over lines, CR-only line ends,
        // comments between data lines, other event types.
        let input = b"event: other\rdata:{\"a\":\r: note\rdata: 1}\r\r";
        let ev = all(input, &[]);
        assert_eq!(ev[0].event.event.as_deref(), Some("other"));
        assert_eq!(ev[0].event.data.as_deref(), Some("{\"a\":\n1}"));
    }

    #[test]
    fn oversize_event_is_an_error() {
        let mut p = SseParser::new(16);
        assert!(p.feed(b"data: 0123456789abcdef").is_err());
        // Complete in one chunk: still over the limit.
        let mut p = SseParser::new(16);
        assert!(p.feed(b"data: 0123456789abcdef\n\n").is_err());
    }

    #[test]
    fn serialise_round_trip() {
        let e = SseEvent {
            event: Some("message".into()),
            data: Some("l1\nl2".into()),
            id: Some("9".into()),
            retry: None,
        };
        let ev = all(&e.to_bytes(), &[]);
        assert_eq!(ev[0].event, e);
    }

    fn arb_stream() -> impl Strategy<Value = Vec<u8>> {
        let line = prop_oneof![
            "data: [a-z{}\":, ]{0,20}".prop_map(|s| s),
            "event: [a-z]{1,8}".prop_map(|s| s),
            "id: [0-9]{1,4}".prop_map(|s| s),
            ": [a-z ]{0,10}".prop_map(|s| s),
            Just(String::new()),
        ];
        let eol = prop_oneof![Just("\n"), Just("\r\n"), Just("\r")];
        prop::collection::vec((line, eol), 0..30).prop_map(|v| {
            v.into_iter()
                .flat_map(|(l, e)| format!("{l}{e}").into_bytes())
                .collect()
        })
    }

    proptest! {
        #[test]
        fn any_chunking_yields_same_events(
            input in arb_stream(),
            mut cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..8),
        ) {
            let whole = all(&input, &[]);
            let mut positions: Vec<usize> = cuts.drain(..).map(|i| i.index(input.len() + 1)).collect();
            positions.sort_unstable();
            let chunked = all(&input, &positions);
            prop_assert_eq!(&chunked, &whole);
            let joined: Vec<u8> = whole.iter().flat_map(|e| e.raw.clone()).collect();
            prop_assert_eq!(joined, input);
        }
    }
}
