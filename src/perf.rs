//! Performance marks that split a page's time-to-ready into where it goes; `cargo xtask
//! bench` reads them. In order: [`MAIN`] (the wasm is compiled, instantiated and running),
//! [`CONFIG`] (config.json read), [`MOUNTED`] (the app's first view is in the document),
//! [`DATA`] (the answers a page waits for arrived) and [`PAGE_READY`] (the page's form is
//! on screen and accepts input). A mark is one call into the browser; they stay in release builds.
//! Each is recorded once per load, the first time: the bench reads the first, and a console
//! left open all day must not pile up a mark per page visited.
//!
//! ```no_run
//! // In a page's form component: the form is ready once this frame is drawn.
//! iam_console::perf::page_ready();
//! ```

use leptos::prelude::request_animation_frame;

/// The wasm's `main` started.
pub const MAIN: &str = "iam-console-main";
/// config.json was read (or found missing).
pub const CONFIG: &str = "iam-console-config";
/// The app (or the start-up problem page) was mounted.
pub const MOUNTED: &str = "iam-console-mounted";
/// The answers a page needs before its form arrived (password policy, the user).
pub const DATA: &str = "iam-console-data";
/// A page's form is on screen and accepts input.
pub const PAGE_READY: &str = "iam-console-page-ready";

thread_local! {
    /// The marks recorded so far in this load.
    static RECORDED: std::cell::RefCell<Vec<&'static str>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The browser's resource-timing buffer keeps an entry per request (250 by default, a
/// few hundred bytes each): enough for the start-up requests the bench reads, and then no
/// more, so a console open all day does not fill it with API calls. A page's code is up to
/// 30 wasm files (its own and the chunks it shares), so 32 no longer held one start-up.
const RESOURCE_TIMINGS_KEPT: u32 = 64;

/// Caps the resource-timing buffer; call once, at start.
pub fn cap_resource_timings() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        performance.set_resource_timing_buffer_size(RESOURCE_TIMINGS_KEPT);
    }
}

/// Records `name` at the current time, the first time only.
pub fn mark(name: &'static str) {
    let first = RECORDED.with(|recorded| {
        let mut recorded = recorded.borrow_mut();
        let first = !recorded.contains(&name);
        if first {
            recorded.push(name);
        }
        first
    });
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()).filter(|_| first) {
        let _ = performance.mark(name);
    }
}

/// Records [`PAGE_READY`] at the next frame, when the view being built now is drawn.
pub fn page_ready() {
    if RECORDED.with(|recorded| !recorded.borrow().contains(&PAGE_READY)) {
        request_animation_frame(|| mark(PAGE_READY));
    }
}
