//! Host calls that never panic on our side: every status is a `Result` or an
//! `Option`. The SDK's trait helpers `unwrap` internally, so the filter uses the
//! raw hostcalls through these wrappers instead.

use std::time::Duration;

use proxy_wasm::hostcalls;
use proxy_wasm::types::{BufferType, LogLevel, MapType};

pub fn log(level: LogLevel, msg: &str) {
    let _ = hostcalls::log(level, msg);
}

/// Every request header in one host call (cheaper than one call per header).
pub fn request_headers() -> Vec<(String, Vec<u8>)> {
    hostcalls::get_map_bytes(MapType::HttpRequestHeaders).unwrap_or_default()
}

pub fn response_header(name: &str) -> Option<String> {
    header(MapType::HttpResponseHeaders, name)
}

fn header(map: MapType, name: &str) -> Option<String> {
    match hostcalls::get_map_value_bytes(map, name) {
        Ok(Some(bytes)) => Some(String::from_utf8_lossy(&bytes).into_owned()),
        _ => None,
    }
}

pub fn remove_request_header(name: &str) {
    let _ = hostcalls::remove_map_value(MapType::HttpRequestHeaders, name);
}

pub fn set_response_header(name: &str, value: &str) {
    let _ = hostcalls::set_map_value(MapType::HttpResponseHeaders, name, Some(value));
}

/// Last resort when a body can be neither inspected nor replaced.
pub fn reset_stream() {
    let _ = hostcalls::reset_http_response();
}

pub fn remove_response_header(name: &str) {
    let _ = hostcalls::remove_map_value(MapType::HttpResponseHeaders, name);
}

pub fn buffer(kind: BufferType, size: usize) -> Option<Vec<u8>> {
    match hostcalls::get_buffer(kind, 0, size) {
        Ok(Some(bytes)) => Some(bytes),
        Ok(None) => Some(Vec::new()),
        Err(_) => None,
    }
}

pub fn replace_buffer(kind: BufferType, old_size: usize, new: &[u8]) -> bool {
    hostcalls::set_buffer(kind, 0, old_size, new).is_ok()
}

pub fn send_json(status: u32, body: &str) -> bool {
    hostcalls::send_http_response(
        status,
        vec![
            ("content-type", "application/json"),
            ("x-warden", "local-reply"),
        ],
        Some(body.as_bytes()),
    )
    .is_ok()
}

pub fn resume_request() {
    let _ = hostcalls::resume_http_request();
}

pub fn dispatch_grpc(
    cluster: &str,
    service: &str,
    method: &str,
    message: &[u8],
    timeout: Duration,
) -> Option<u32> {
    hostcalls::dispatch_grpc_call(cluster, service, method, Vec::new(), Some(message), timeout).ok()
}

pub fn plugin_configuration() -> Vec<u8> {
    match hostcalls::get_buffer(BufferType::PluginConfiguration, 0, usize::MAX) {
        Ok(Some(bytes)) => bytes,
        _ => Vec::new(),
    }
}

pub fn shared_data(key: &str) -> (Option<Vec<u8>>, Option<u32>) {
    hostcalls::get_shared_data(key).unwrap_or((None, None))
}

/// `Ok(false)`: the compare-and-swap lost a race.
pub fn set_shared_data(key: &str, value: &[u8], cas: Option<u32>) -> Result<bool, String> {
    match hostcalls::set_shared_data(key, Some(value), cas) {
        Ok(()) => Ok(true),
        Err(proxy_wasm::types::Status::CasMismatch) => Ok(false),
        Err(status) => Err(format!("set_shared_data: {status:?}")),
    }
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
