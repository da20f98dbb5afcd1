//! WASI functions that language runtimes call whatever the guard does
//! (componentize-py's CPython reads its environment on the first call),
//! answered so that they grant nothing: an empty environment and argument
//! list, no working directory, clocks that read zero (a guard's only time is
//! `now-ms`), and random bytes (CPython seeds its hashes with them; entropy
//! reaches nothing). Every other WASI function stays a trap (see
//! `runtime::link`): no filesystem, network, stdio or waiting.

use wasmtime::component::{Component, Linker, Val};

use super::runtime::HostState;

/// The interfaces answered here, without their version.
pub const ANSWERED: &[&str] = &[
    "wasi:cli/environment",
    "wasi:clocks/wall-clock",
    "wasi:clocks/monotonic-clock",
    "wasi:random/random",
    "wasi:random/insecure",
];

/// Bound on one request for random bytes: more is a guard error, not an
/// allocation the guard's memory limit would not see.
const MAX_RANDOM_BYTES: u64 = 1 << 16;

fn random_bytes(len: u64) -> wasmtime::Result<Vec<u8>> {
    if len > MAX_RANDOM_BYTES {
        return Err(wasmtime::Error::msg(format!(
            "asked for {len} random bytes (at most {MAX_RANDOM_BYTES})"
        )));
    }
    let mut buf = vec![0u8; len as usize];
    getrandom::getrandom(&mut buf).map_err(|e| wasmtime::Error::msg(format!("entropy: {e}")))?;
    Ok(buf)
}

fn random_u64() -> wasmtime::Result<u64> {
    Ok(u64::from_le_bytes(
        random_bytes(8)?.try_into().unwrap_or_default(),
    ))
}

fn unversioned(name: &str) -> &str {
    name.split_once('@').map_or(name, |(n, _)| n)
}

/// Is this (versioned) import one answered here rather than trapped?
pub fn answers(import: &str) -> bool {
    ANSWERED.contains(&unversioned(import))
}

/// Define the empty answers for each of `ANSWERED` the component imports,
/// under the exact (versioned) name it imports.
pub fn define(linker: &mut Linker<HostState>, component: &Component) -> anyhow::Result<()> {
    let engine = linker.engine().clone();
    let imports: Vec<String> = component
        .component_type()
        .imports(&engine)
        .map(|(n, _)| n.to_owned())
        .collect();
    for name in &imports {
        match unversioned(name) {
            "wasi:cli/environment" => {
                let mut i = linker.instance(name)?;
                i.func_wrap("get-environment", |_, (): ()| {
                    Ok((Vec::<(String, String)>::new(),))
                })?;
                i.func_wrap("get-arguments", |_, (): ()| Ok((Vec::<String>::new(),)))?;
                i.func_wrap("initial-cwd", |_, (): ()| Ok((None::<String>,)))?;
            }
            "wasi:clocks/wall-clock" => {
                let mut i = linker.instance(name)?;
                // Zero time, one-nanosecond resolution (a zero resolution
                // could divide by zero in a runtime).
                for (f, nanos) in [("now", 0), ("resolution", 1)] {
                    i.func_new(f, move |_, _, _, results| {
                        results[0] = Val::Record(vec![
                            ("seconds".into(), Val::U64(0)),
                            ("nanoseconds".into(), Val::U32(nanos)),
                        ]);
                        Ok(())
                    })?;
                }
            }
            "wasi:clocks/monotonic-clock" => {
                let mut i = linker.instance(name)?;
                i.func_wrap("now", |_, (): ()| Ok((0u64,)))?;
                i.func_wrap("resolution", |_, (): ()| Ok((1u64,)))?;
            }
            bare @ ("wasi:random/random" | "wasi:random/insecure") => {
                // The same entropy under both interfaces' function names.
                let (bytes, word) = if bare.ends_with("insecure") {
                    ("get-insecure-random-bytes", "get-insecure-random-u64")
                } else {
                    ("get-random-bytes", "get-random-u64")
                };
                let mut i = linker.instance(name)?;
                i.func_wrap(bytes, |_, (len,): (u64,)| Ok((random_bytes(len)?,)))?;
                i.func_wrap(word, |_, (): ()| Ok((random_u64()?,)))?;
            }
            _ => {}
        }
    }
    Ok(())
}
