//! Rug-pull pins kept in proxy-wasm shared data, so every Envoy worker VM sees the
//! same pins: one key per server holding `{tool: fingerprint}` as JSON, written
//! with compare-and-swap. Changes are queued and replayed on a conflict, so two
//! workers pinning different tools of one server both win.

use std::collections::BTreeMap;

use warden_core::guards::pinning::{PinStore, PinStoreError};

const PREFIX: &str = "warden.pins/";
/// How often a write is retried after losing a compare-and-swap race.
const CAS_RETRIES: usize = 4;

/// The shared key/value store (proxy-wasm shared data on Envoy).
pub trait SharedKv {
    fn get(&self, key: &str) -> (Option<Vec<u8>>, Option<u32>);
    /// `Ok(false)` when the compare-and-swap lost a race.
    fn set(&mut self, key: &str, value: &[u8], cas: Option<u32>) -> Result<bool, String>;
}

#[derive(Clone, Debug)]
enum Op {
    Put(String, String),
    Remove(String),
}

#[derive(Debug, Default)]
struct ServerPins {
    pins: BTreeMap<String, String>,
    cas: Option<u32>,
    ops: Vec<Op>,
}

pub struct SharedPins<K: SharedKv> {
    kv: K,
    servers: BTreeMap<String, ServerPins>,
}

impl<K: SharedKv> SharedPins<K> {
    pub fn new(kv: K) -> Self {
        Self {
            kv,
            servers: BTreeMap::new(),
        }
    }

    fn read(&self, server: &str) -> Result<ServerPins, PinStoreError> {
        let (bytes, cas) = self.kv.get(&format!("{PREFIX}{server}"));
        let pins = match bytes {
            Some(b) if !b.is_empty() => serde_json::from_slice(&b)
                .map_err(|e| PinStoreError(format!("shared pins for {server}: {e}")))?,
            _ => BTreeMap::new(),
        };
        Ok(ServerPins {
            pins,
            cas,
            ops: Vec::new(),
        })
    }

    fn entry(&mut self, server: &str) -> Result<&mut ServerPins, PinStoreError> {
        if !self.servers.contains_key(server) {
            let loaded = self.read(server)?;
            self.servers.insert(server.to_owned(), loaded);
        }
        self.servers
            .get_mut(server)
            .ok_or_else(|| PinStoreError("pin cache".into()))
    }

    /// Write every queued change; on a lost race, reload and replay.
    pub fn flush(&mut self) -> Result<(), PinStoreError> {
        let dirty: Vec<String> = self
            .servers
            .iter()
            .filter(|(_, s)| !s.ops.is_empty())
            .map(|(k, _)| k.clone())
            .collect();
        for server in dirty {
            let ops = std::mem::take(&mut self.entry(&server)?.ops);
            let key = format!("{PREFIX}{server}");
            let mut attempt = 0;
            loop {
                // A key that did not exist cannot be written with compare-and-swap
                // (no version yet): look again right before creating it, so only a
                // truly simultaneous first write can be lost.
                if self.entry(&server)?.cas.is_none() {
                    let mut fresh = self.read(&server)?;
                    if fresh.cas.is_some() {
                        for op in &ops {
                            apply(&mut fresh.pins, op);
                        }
                        self.servers.insert(server.clone(), fresh);
                    }
                }
                let current = self.entry(&server)?;
                let body =
                    serde_json::to_vec(&current.pins).map_err(|e| PinStoreError(e.to_string()))?;
                let cas = current.cas;
                match self.kv.set(&key, &body, cas) {
                    Ok(true) => {
                        // Our write bumped the version: re-read it next time.
                        self.servers.remove(&server);
                        break;
                    }
                    Ok(false) if attempt < CAS_RETRIES => {
                        attempt += 1;
                        let mut fresh = self.read(&server)?;
                        for op in &ops {
                            apply(&mut fresh.pins, op);
                        }
                        self.servers.insert(server.clone(), fresh);
                    }
                    Ok(false) => {
                        return Err(PinStoreError(format!(
                            "pins for {server}: too many concurrent writers"
                        )))
                    }
                    Err(e) => return Err(PinStoreError(e)),
                }
            }
        }
        Ok(())
    }
}

fn apply(pins: &mut BTreeMap<String, String>, op: &Op) {
    match op {
        Op::Put(tool, fp) => {
            pins.insert(tool.clone(), fp.clone());
        }
        Op::Remove(tool) => {
            pins.remove(tool);
        }
    }
}

impl<K: SharedKv> PinStore for SharedPins<K> {
    fn get(&self, server: &str, tool: &str) -> Result<Option<String>, PinStoreError> {
        match self.servers.get(server) {
            Some(s) => Ok(s.pins.get(tool).cloned()),
            None => Ok(self.read(server)?.pins.get(tool).cloned()),
        }
    }

    fn put(&mut self, server: &str, tool: &str, fingerprint: &str) -> Result<(), PinStoreError> {
        let op = Op::Put(tool.to_owned(), fingerprint.to_owned());
        let entry = self.entry(server)?;
        apply(&mut entry.pins, &op);
        entry.ops.push(op);
        Ok(())
    }

    fn remove(&mut self, server: &str, tool: &str) -> Result<(), PinStoreError> {
        let op = Op::Remove(tool.to_owned());
        let entry = self.entry(server)?;
        apply(&mut entry.pins, &op);
        entry.ops.push(op);
        Ok(())
    }

    fn list(&self, server: &str) -> Result<Vec<(String, String)>, PinStoreError> {
        let pins = match self.servers.get(server) {
            Some(s) => s.pins.clone(),
            None => self.read(server)?.pins,
        };
        Ok(pins.into_iter().collect())
    }

    /// Shared data cannot be enumerated; only servers this context touched.
    fn servers(&self) -> Result<Vec<String>, PinStoreError> {
        Ok(self.servers.keys().cloned().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::rc::Rc;

    /// A value and its version, as Envoy keeps shared data.
    type Versioned = HashMap<String, (Vec<u8>, u32)>;

    #[derive(Clone, Default)]
    struct MemKv(Rc<RefCell<Versioned>>);

    impl SharedKv for MemKv {
        fn get(&self, key: &str) -> (Option<Vec<u8>>, Option<u32>) {
            match self.0.borrow().get(key) {
                Some((v, cas)) => (Some(v.clone()), Some(*cas)),
                None => (None, None),
            }
        }

        fn set(&mut self, key: &str, value: &[u8], cas: Option<u32>) -> Result<bool, String> {
            let mut map = self.0.borrow_mut();
            let current = map.get(key).map(|(_, c)| *c);
            // As in Envoy: no version means an unconditional write.
            if cas.is_some() && cas != current {
                return Ok(false);
            }
            let next = current.unwrap_or(0) + 1;
            map.insert(key.to_owned(), (value.to_vec(), next));
            Ok(true)
        }
    }

    const A: &str = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    const B: &str = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    #[test]
    fn pins_survive_into_another_context() {
        let kv = MemKv::default();
        let mut first = SharedPins::new(kv.clone());
        first.put("srv", "add", A).unwrap();
        first.flush().unwrap();
        let second = SharedPins::new(kv);
        assert_eq!(second.get("srv", "add").unwrap().as_deref(), Some(A));
        assert_eq!(second.list("srv").unwrap().len(), 1);
    }

    #[test]
    fn concurrent_writers_both_win() {
        let kv = MemKv::default();
        let mut w1 = SharedPins::new(kv.clone());
        let mut w2 = SharedPins::new(kv.clone());
        // Both read the server before either writes: the first creates the key,
        // the second finds it created and merges; then both change it again.
        w1.put("srv", "add", A).unwrap();
        w2.put("srv", "sub", B).unwrap();
        w1.flush().unwrap();
        w2.flush().unwrap();
        w1.put("srv", "mul", A).unwrap();
        w2.put("srv", "div", B).unwrap();
        w2.flush().unwrap();
        w1.flush().unwrap(); // loses the compare-and-swap, reloads, replays
        let reader = SharedPins::new(kv);
        let pins: HashMap<_, _> = reader.list("srv").unwrap().into_iter().collect();
        assert_eq!(pins.get("add").map(String::as_str), Some(A));
        assert_eq!(pins.get("sub").map(String::as_str), Some(B));
        assert_eq!(pins.len(), 4);
    }

    #[test]
    fn corrupt_shared_value_is_an_error_not_a_panic() {
        let kv = MemKv::default();
        kv.0.borrow_mut()
            .insert(format!("{PREFIX}srv"), (b"{not json".to_vec(), 1));
        let pins = SharedPins::new(kv);
        assert!(pins.get("srv", "add").is_err());
    }
}
