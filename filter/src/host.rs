//! Host calls that never panic: every status is a `Result` or an `Option`.
//!
//! The SDK's `hostcalls` `panic!` on any status they do not expect, and with
//! `panic = "abort"` a panic traps the VM and fails every request on it. So the
//! filter calls the proxy-wasm ABI itself through this module: an odd status is
//! an error the caller handles (fail closed), never a trap. The one exception is
//! `dispatch_grpc_call`, which must go through the SDK so its dispatcher routes
//! the reply to this context.

use std::time::Duration;

use proxy_wasm::hostcalls;
use proxy_wasm::types::{BufferType, LogLevel, MapType, MetricType};

use crate::wire::HeaderMap;

/// The proxy-wasm ABI 0.2.1 imports this module uses. Statuses are read as
/// plain integers: an unknown value must not become an invalid enum.
mod abi {
    use proxy_wasm::types::{BufferType, LogLevel, MapType, MetricType};

    #[link(wasm_import_module = "env")]
    extern "C" {
        pub fn proxy_log(level: LogLevel, data: *const u8, size: usize) -> u32;
        pub fn proxy_get_header_map_pairs(
            map: MapType,
            data: *mut *mut u8,
            size: *mut usize,
        ) -> u32;
        pub fn proxy_get_header_map_value(
            map: MapType,
            key: *const u8,
            key_size: usize,
            data: *mut *mut u8,
            size: *mut usize,
        ) -> u32;
        pub fn proxy_replace_header_map_value(
            map: MapType,
            key: *const u8,
            key_size: usize,
            value: *const u8,
            value_size: usize,
        ) -> u32;
        pub fn proxy_remove_header_map_value(map: MapType, key: *const u8, key_size: usize) -> u32;
        pub fn proxy_get_buffer_bytes(
            buffer: BufferType,
            start: usize,
            max_size: usize,
            data: *mut *mut u8,
            size: *mut usize,
        ) -> u32;
        pub fn proxy_set_buffer_bytes(
            buffer: BufferType,
            start: usize,
            size: usize,
            data: *const u8,
            data_size: usize,
        ) -> u32;
        #[allow(clippy::too_many_arguments)]
        pub fn proxy_send_local_response(
            status: u32,
            details: *const u8,
            details_size: usize,
            body: *const u8,
            body_size: usize,
            headers: *const u8,
            headers_size: usize,
            grpc_status: i32,
        ) -> u32;
        pub fn proxy_continue_stream(stream: u32) -> u32;
        pub fn proxy_close_stream(stream: u32) -> u32;
        pub fn proxy_get_shared_data(
            key: *const u8,
            key_size: usize,
            data: *mut *mut u8,
            size: *mut usize,
            cas: *mut u32,
        ) -> u32;
        pub fn proxy_set_shared_data(
            key: *const u8,
            key_size: usize,
            value: *const u8,
            value_size: usize,
            cas: u32,
        ) -> u32;
        pub fn proxy_define_metric(
            kind: MetricType,
            name: *const u8,
            name_size: usize,
            id: *mut u32,
        ) -> u32;
        pub fn proxy_increment_metric(id: u32, offset: i64) -> u32;
        pub fn proxy_record_metric(id: u32, value: u64) -> u32;
    }
}

const OK: u32 = 0;
const NOT_FOUND: u32 = 1;
const CAS_MISMATCH: u32 = 8;
const STREAM_REQUEST: u32 = 0;
const STREAM_RESPONSE: u32 = 1;

/// A host status that is not `Ok`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HostError(pub u32);

fn check(status: u32) -> Result<(), HostError> {
    if status == OK {
        Ok(())
    } else {
        Err(HostError(status))
    }
}

/// Take ownership of bytes the host allocated through `proxy_on_memory_allocate`
/// (the SDK's allocator: a `Vec<u8>` of exactly `size`).
fn owned(data: *mut u8, size: usize) -> Vec<u8> {
    if data.is_null() {
        return Vec::new();
    }
    // SAFETY: the host wrote `size` bytes into a buffer it obtained from this
    // module's allocator with capacity `size`; ownership passes to us.
    unsafe { Vec::from_raw_parts(data, size, size) }
}

pub fn log(level: LogLevel, msg: &str) {
    // SAFETY: pointer and length describe `msg` for the duration of the call.
    let _ = unsafe { abi::proxy_log(level, msg.as_ptr(), msg.len()) };
}

/// Every request header in one host call (cheaper than one call per header).
pub fn request_headers() -> Option<HeaderMap> {
    header_pairs(MapType::HttpRequestHeaders)
}

/// Every response header in one host call.
pub fn response_headers() -> Option<HeaderMap> {
    header_pairs(MapType::HttpResponseHeaders)
}

/// `None` when the host refused or sent an inconsistent map: the caller
/// refuses the exchange rather than judge it without its headers.
fn header_pairs(map: MapType) -> Option<HeaderMap> {
    let (mut data, mut size) = (std::ptr::null_mut(), 0usize);
    // SAFETY: the out-pointers are valid locals; the host fills them.
    let status = unsafe { abi::proxy_get_header_map_pairs(map, &mut data, &mut size) };
    let bytes = owned(data, size);
    if status != OK {
        return None;
    }
    HeaderMap::parse(bytes)
}

pub fn response_header(name: &str) -> Option<String> {
    header(MapType::HttpResponseHeaders, name)
}

fn header(map: MapType, name: &str) -> Option<String> {
    let (mut data, mut size) = (std::ptr::null_mut(), 0usize);
    // SAFETY: `name` is valid for the call; the out-pointers are valid locals.
    let status = unsafe {
        abi::proxy_get_header_map_value(map, name.as_ptr(), name.len(), &mut data, &mut size)
    };
    let bytes = owned(data, size);
    (status == OK).then(|| String::from_utf8_lossy(&bytes).into_owned())
}

fn remove_header(map: MapType, name: &str) -> Result<(), HostError> {
    // SAFETY: `name` is valid for the call.
    check(unsafe { abi::proxy_remove_header_map_value(map, name.as_ptr(), name.len()) })
}

/// `false` when the host refused (the caller decides whether that is fatal).
pub fn remove_request_header(name: &str) -> bool {
    remove_header(MapType::HttpRequestHeaders, name).is_ok()
}

pub fn set_response_header(name: &str, value: &str) {
    // SAFETY: `name` and `value` are valid for the call.
    let _ = unsafe {
        abi::proxy_replace_header_map_value(
            MapType::HttpResponseHeaders,
            name.as_ptr(),
            name.len(),
            value.as_ptr(),
            value.len(),
        )
    };
}

/// Last resort when a body can be neither inspected nor replaced.
pub fn reset_stream() {
    // SAFETY: no pointers.
    let _ = unsafe { abi::proxy_close_stream(STREAM_RESPONSE) };
}

pub fn remove_response_header(name: &str) {
    let _ = remove_header(MapType::HttpResponseHeaders, name);
}

/// `None`: the host could not give the buffer (the caller fails closed).
pub fn buffer(kind: BufferType, size: usize) -> Option<Vec<u8>> {
    let (mut data, mut size_out) = (std::ptr::null_mut(), 0usize);
    // SAFETY: the out-pointers are valid locals; the host fills them.
    let status = unsafe { abi::proxy_get_buffer_bytes(kind, 0, size, &mut data, &mut size_out) };
    let bytes = owned(data, size_out);
    match status {
        OK => Some(bytes),
        NOT_FOUND if size == 0 => Some(Vec::new()),
        _ => None,
    }
}

pub fn replace_buffer(kind: BufferType, old_size: usize, new: &[u8]) -> bool {
    // SAFETY: `new` is valid for the call.
    let status = unsafe { abi::proxy_set_buffer_bytes(kind, 0, old_size, new.as_ptr(), new.len()) };
    status == OK
}

pub fn send_json(status: u32, body: &str) -> bool {
    let headers = crate::wire::serialize_map(&[
        ("content-type", "application/json"),
        ("x-warden", "local-reply"),
    ]);
    // SAFETY: every pointer/length pair describes a live local for the call.
    let rc = unsafe {
        abi::proxy_send_local_response(
            status,
            std::ptr::null(),
            0,
            body.as_ptr(),
            body.len(),
            headers.as_ptr(),
            headers.len(),
            -1,
        )
    };
    rc == OK
}

pub fn resume_response() {
    // SAFETY: no pointers.
    let _ = unsafe { abi::proxy_continue_stream(STREAM_RESPONSE) };
}

pub fn resume_request() {
    // SAFETY: no pointers.
    let _ = unsafe { abi::proxy_continue_stream(STREAM_REQUEST) };
}

pub fn dispatch_grpc(
    cluster: &str,
    service: &str,
    method: &str,
    message: &[u8],
    timeout: Duration,
) -> Option<u32> {
    // Envoy reads the target as a serialized GrpcService before it tries it
    // as a cluster name; an encoded one is never misread (see the core).
    // Config validation bounds the name, so `None` here is only defensive.
    let target = warden_core::config::grpc_service_target(cluster)?;
    // The SDK's dispatcher must learn the token to route the reply here. It
    // panics on statuses other than Ok/ParseFailure/InternalFailure; Envoy
    // answers an unknown cluster with one it handles (test_sidecar.py,
    // `..._cluster_missing_...`), and the pointers passed here are always valid.
    hostcalls::dispatch_grpc_call(&target, service, method, Vec::new(), Some(message), timeout).ok()
}

/// `None`: unreadable (on_configure then rejects the configuration).
pub fn plugin_configuration() -> Option<Vec<u8>> {
    let (mut data, mut size) = (std::ptr::null_mut(), 0usize);
    // SAFETY: the out-pointers are valid locals; the host fills them.
    let status = unsafe {
        abi::proxy_get_buffer_bytes(
            BufferType::PluginConfiguration,
            0,
            usize::MAX,
            &mut data,
            &mut size,
        )
    };
    let bytes = owned(data, size);
    match status {
        OK => Some(bytes),
        NOT_FOUND => Some(Vec::new()),
        _ => None,
    }
}

pub fn shared_data(key: &str) -> (Option<Vec<u8>>, Option<u32>) {
    let (mut data, mut size, mut cas) = (std::ptr::null_mut(), 0usize, 0u32);
    // SAFETY: `key` is valid for the call; the out-pointers are valid locals.
    let status = unsafe {
        abi::proxy_get_shared_data(key.as_ptr(), key.len(), &mut data, &mut size, &mut cas)
    };
    let bytes = owned(data, size);
    if status != OK {
        return (None, None);
    }
    let cas = (cas != 0).then_some(cas);
    ((!data.is_null()).then_some(bytes), cas)
}

/// `Ok(false)`: the compare-and-swap lost a race.
pub fn set_shared_data(key: &str, value: &[u8], cas: Option<u32>) -> Result<bool, String> {
    // SAFETY: `key` and `value` are valid for the call.
    let status = unsafe {
        abi::proxy_set_shared_data(
            key.as_ptr(),
            key.len(),
            value.as_ptr(),
            value.len(),
            cas.unwrap_or(0),
        )
    };
    match status {
        OK => Ok(true),
        CAS_MISMATCH => Ok(false),
        other => Err(format!("set_shared_data: status {other}")),
    }
}

pub fn define_counter(name: &str) -> Option<u32> {
    let mut id = 0u32;
    // SAFETY: `name` is valid for the call; `id` is a valid local.
    let status = unsafe {
        abi::proxy_define_metric(MetricType::Counter, name.as_ptr(), name.len(), &mut id)
    };
    (status == OK).then_some(id)
}

pub fn define_gauge(name: &str) -> Option<u32> {
    let mut id = 0u32;
    // SAFETY: `name` is valid for the call; `id` is a valid local.
    let status =
        unsafe { abi::proxy_define_metric(MetricType::Gauge, name.as_ptr(), name.len(), &mut id) };
    (status == OK).then_some(id)
}

pub fn record(id: u32, value: u64) {
    // SAFETY: no pointers.
    let _ = unsafe { abi::proxy_record_metric(id, value) };
}

pub fn increment(id: u32, n: i64) {
    // SAFETY: no pointers.
    let _ = unsafe { abi::proxy_increment_metric(id, n) };
}

/// Proxy-wasm shared data, visible to every worker VM of this plugin.
pub struct HostKv;

impl crate::pins::SharedKv for HostKv {
    fn get(&self, key: &str) -> (Option<Vec<u8>>, Option<u32>) {
        shared_data(key)
    }

    fn set(&mut self, key: &str, value: &[u8], cas: Option<u32>) -> Result<bool, String> {
        set_shared_data(key, value, cas)
    }
}
