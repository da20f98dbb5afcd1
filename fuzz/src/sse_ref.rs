//! The client's reading of an event stream, written from the WHATWG HTML
//! "event stream interpretation" algorithm: what a browser `EventSource` or an
//! SDK's SSE decoder dispatches. Independent of `warden_core::sse` on purpose.

/// One dispatched event: its type (`message` when unnamed) and data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dispatched {
    pub event: String,
    pub data: String,
}

/// What a client reads from a whole stream.
#[derive(Debug, Default)]
pub struct ClientView {
    pub events: Vec<Dispatched>,
    /// Data lines seen after the last dispatch: a client discards them at end of
    /// stream, an inspector may still have looked at them.
    pub pending: Option<Dispatched>,
}

pub fn read_stream(bytes: &[u8]) -> ClientView {
    let text = String::from_utf8_lossy(bytes);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut view = ClientView::default();
    let (mut data, mut event, mut has_data) = (String::new(), String::new(), false);
    let mut rest = text;
    // An unterminated last line is never processed.
    while let Some(end) = rest.find(['\r', '\n']) {
        let line = &rest[..end];
        let skip = if rest[end..].starts_with("\r\n") {
            2
        } else {
            1
        };
        rest = &rest[end + skip..];
        if line.is_empty() {
            if has_data {
                let d = data.strip_suffix('\n').unwrap_or(&data).to_owned();
                let e = if event.is_empty() {
                    "message".to_owned()
                } else {
                    event.clone()
                };
                view.events.push(Dispatched { event: e, data: d });
            }
            data.clear();
            event.clear();
            has_data = false;
            continue;
        }
        if line.starts_with(':') {
            continue;
        }
        let (name, value) = match line.find(':') {
            Some(i) => {
                let v = &line[i + 1..];
                (&line[..i], v.strip_prefix(' ').unwrap_or(v))
            }
            None => (line, ""),
        };
        match name {
            "data" => {
                data.push_str(value);
                data.push('\n');
                has_data = true;
            }
            "event" => event = value.to_owned(),
            _ => {} // id and retry do not change what is dispatched
        }
    }
    if has_data {
        let d = data.strip_suffix('\n').unwrap_or(&data).to_owned();
        let e = if event.is_empty() {
            "message".to_owned()
        } else {
            event
        };
        view.pending = Some(Dispatched { event: e, data: d });
    }
    view
}
