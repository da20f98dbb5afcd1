//! The floor under any proxy-wasm filter that inspects MCP bodies, measured
//! by `make bench` as the path `proxy-wasm floor`: it reads each header map
//! once, holds each body until its end and reads it once, as Warden's filter
//! does, and judges nothing. What this path costs over passthrough is what
//! Envoy's V8 and the proxy-wasm calls cost, before any parsing or guard.
//!
//! No SDK: the ABI's exports and the four host calls it needs, so none of
//! the cost is an SDK's dispatch.

use std::alloc::{alloc, dealloc, Layout};

/// proxy-wasm's status for a call that succeeded.
const OK: u32 = 0;
/// Map and buffer types of the ABI.
const REQUEST_HEADERS: u32 = 0;
const RESPONSE_HEADERS: u32 = 2;
const REQUEST_BODY: u32 = 0;
const RESPONSE_BODY: u32 = 1;
/// Filter statuses: `Continue`, and `StopIterationAndBuffer` for bodies.
const CONTINUE: u32 = 0;
const BUFFER: u32 = 1;

#[link(wasm_import_module = "env")]
extern "C" {
    fn proxy_get_header_map_pairs(map: u32, data: *mut *mut u8, size: *mut usize) -> u32;
    fn proxy_get_buffer_bytes(
        buffer: u32,
        start: usize,
        max: usize,
        data: *mut *mut u8,
        size: *mut usize,
    ) -> u32;
}

/// Hands the host's copy back to the allocator, after touching it so the
/// read cannot be optimised away.
fn release(data: *mut u8, size: usize, status: u32) {
    if status != OK || data.is_null() {
        return;
    }
    // SAFETY: the host wrote `size` bytes at `data`, which it got from
    // `proxy_on_memory_allocate` with the same size and alignment 1.
    unsafe {
        std::ptr::read_volatile(data);
        dealloc(data, Layout::from_size_align_unchecked(size.max(1), 1));
    }
}

fn read_headers(map: u32) {
    let (mut data, mut size) = (std::ptr::null_mut(), 0);
    // SAFETY: both out-pointers are valid for the host to write.
    let status = unsafe { proxy_get_header_map_pairs(map, &mut data, &mut size) };
    release(data, size, status);
}

fn read_body(buffer: u32, body_size: usize) {
    let (mut data, mut size) = (std::ptr::null_mut(), 0);
    // SAFETY: as in `read_headers`.
    let status = unsafe { proxy_get_buffer_bytes(buffer, 0, body_size, &mut data, &mut size) };
    release(data, size, status);
}

fn hold_then_read(buffer: u32, body_size: usize, end_of_stream: u32) -> u32 {
    if end_of_stream == 0 {
        return BUFFER;
    }
    read_body(buffer, body_size);
    CONTINUE
}

#[no_mangle]
pub extern "C" fn proxy_abi_version_0_2_1() {}

#[no_mangle]
pub extern "C" fn proxy_on_memory_allocate(size: usize) -> *mut u8 {
    // SAFETY: a non-zero size with alignment 1 is a valid layout.
    unsafe { alloc(Layout::from_size_align_unchecked(size.max(1), 1)) }
}

#[no_mangle]
pub extern "C" fn proxy_on_context_create(_context: u32, _root: u32) {}

#[no_mangle]
pub extern "C" fn proxy_on_vm_start(_root: u32, _size: usize) -> u32 {
    1
}

#[no_mangle]
pub extern "C" fn proxy_on_configure(_root: u32, _size: usize) -> u32 {
    1
}

#[no_mangle]
pub extern "C" fn proxy_on_request_headers(_context: u32, _headers: usize, _end: u32) -> u32 {
    read_headers(REQUEST_HEADERS);
    CONTINUE
}

#[no_mangle]
pub extern "C" fn proxy_on_request_body(_context: u32, size: usize, end: u32) -> u32 {
    hold_then_read(REQUEST_BODY, size, end)
}

#[no_mangle]
pub extern "C" fn proxy_on_response_headers(_context: u32, _headers: usize, _end: u32) -> u32 {
    read_headers(RESPONSE_HEADERS);
    CONTINUE
}

#[no_mangle]
pub extern "C" fn proxy_on_response_body(_context: u32, size: usize, end: u32) -> u32 {
    hold_then_read(RESPONSE_BODY, size, end)
}

#[no_mangle]
pub extern "C" fn proxy_on_done(_context: u32) -> u32 {
    1
}

#[no_mangle]
pub extern "C" fn proxy_on_log(_context: u32) {}

#[no_mangle]
pub extern "C" fn proxy_on_delete(_context: u32) {}
