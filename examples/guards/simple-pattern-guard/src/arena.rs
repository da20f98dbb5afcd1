//! A per-call arena allocator for the guest.
//!
//! Everything a call allocates (the host writes the call's arguments through
//! `cabi_realloc` into guest memory, then the guard works on them) is freed by
//! the time the host's post-return finishes. So allocations are taken by
//! bumping a pointer, a free only counts down, and when the count reaches
//! zero the whole arena is free again. What outlives calls (the parsed
//! configuration) is allocated outside it (`persistent`). An allocation that
//! does not fit, or any allocation while something persistent is built, goes
//! to the system allocator: the arena never refuses, it only stops helping.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::{Cell, UnsafeCell};

const SIZE: usize = 256 << 10;

#[repr(C, align(16))]
struct Space(UnsafeCell<[u8; SIZE]>);

pub struct Arena {
    space: Space,
    top: Cell<usize>,
    live: Cell<usize>,
    bypass: Cell<bool>,
}

// SAFETY: guards run in a single-threaded WebAssembly instance; nothing is shared.
unsafe impl Sync for Arena {}

impl Arena {
    pub const fn new() -> Self {
        Self {
            space: Space(UnsafeCell::new([0; SIZE])),
            top: Cell::new(0),
            live: Cell::new(0),
            bypass: Cell::new(false),
        }
    }

    fn base(&self) -> usize {
        self.space.0.get() as usize
    }

    fn owns(&self, ptr: *mut u8) -> bool {
        let p = ptr as usize;
        p >= self.base() && p < self.base() + SIZE
    }

    /// Run `f` with every allocation going to the system allocator: for
    /// values kept across calls.
    pub fn persistent<T>(&self, f: impl FnOnce() -> T) -> T {
        let was = self.bypass.replace(true);
        let out = f();
        self.bypass.set(was);
        out
    }
}

unsafe impl GlobalAlloc for Arena {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if !self.bypass.get() {
            // Align the address, not the offset: alignments above 16 exist.
            let at = self.base() + self.top.get();
            let aligned = (at + layout.align() - 1) & !(layout.align() - 1);
            let start = aligned - self.base();
            if let Some(end) = start.checked_add(layout.size()).filter(|&e| e <= SIZE) {
                self.top.set(end);
                self.live.set(self.live.get() + 1);
                return aligned as *mut u8;
            }
        }
        // SAFETY: forwarded unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if !self.owns(ptr) {
            // SAFETY: not ours, so it came from `System.alloc`.
            return unsafe { System.dealloc(ptr, layout) };
        }
        let live = self.live.get() - 1;
        self.live.set(live);
        if live == 0 {
            self.top.set(0);
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if self.owns(ptr) {
            // The newest allocation grows or shrinks in place.
            let start = ptr as usize - self.base();
            if start + layout.size() == self.top.get() && start + new_size <= SIZE {
                self.top.set(start + new_size);
                return ptr;
            }
        } else {
            // SAFETY: not ours, so it came from `System.alloc`.
            return unsafe { System.realloc(ptr, layout, new_size) };
        }
        // SAFETY: the layout is the caller's with a size it vouches for.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        // SAFETY: as for `alloc`; the old block stays valid until freed below.
        let new = unsafe { self.alloc(new_layout) };
        if !new.is_null() {
            // SAFETY: both blocks are live and at least this long.
            unsafe { std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size)) };
            // SAFETY: `ptr` is ours and live.
            unsafe { self.dealloc(ptr, layout) };
        }
        new
    }
}
