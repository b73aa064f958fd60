//! A signal that lives as long as the app (the language, the router's path, the session)
//! must not grow with every view that read it and went away (issue 16). Reactive_graph
//! 0.2.16 never removed a dropped subscriber from its sources: each left page's texts and
//! attributes stayed listed, dead, holding their allocation. The vendored, patched copy
//! (`vendor/reactive_graph/PATCHED.md`) sweeps them; this host test counts the heap to show
//! it, and fails on the unpatched crate. reactive_graph 0.3 drops dead subscribers itself:
//! when Leptos 0.9 brings it, the patch goes and this test must still pass.
#![cfg(not(target_arch = "wasm32"))]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};

use leptos::prelude::*;

/// The system allocator, counting the bytes currently allocated.
struct Counting;

static LIVE_BYTES: AtomicIsize = AtomicIsize::new(0);

// SAFETY: every call is forwarded to `System` unchanged; only a counter is added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE_BYTES.fetch_add(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE_BYTES.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE_BYTES.fetch_add(new_size as isize - layout.size() as isize, Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// A view that reads the app-wide signal, then is left: made, read once (which subscribes
/// it), dropped.
fn visit_and_leave(app_wide: &ArcRwSignal<u32>) {
    let text = ArcMemo::new({
        let app_wide = app_wide.clone();
        move |_| app_wide.get() + 1
    });
    assert_eq!(text.get_untracked(), 1);
}

#[test]
fn views_that_went_away_are_not_kept_by_a_signal_that_stays() {
    let app_wide = ArcRwSignal::new(0_u32);
    let stays = ArcMemo::new({
        let app_wide = app_wide.clone();
        move |_| app_wide.get()
    });
    assert_eq!(stays.get_untracked(), 0);
    for _ in 0..1_000 {
        visit_and_leave(&app_wide);
    }
    let before = LIVE_BYTES.load(Ordering::Relaxed);
    for _ in 0..10_000 {
        visit_and_leave(&app_wide);
    }
    let grown = LIVE_BYTES.load(Ordering::Relaxed) - before;
    // Unpatched, each left view keeps about 280 bytes: 2.8 MB here.
    assert!(grown < 4_096, "10,000 views that went away still hold {grown} bytes");

    // The subscriber that stayed is still told.
    app_wide.set(7);
    assert_eq!(stays.get_untracked(), 7);
}
