//! Performance marks that split a page's time-to-ready into where it goes; `cargo xtask
//! bench` reads them. In order: [`MAIN`] (the wasm is compiled, instantiated and running),
//! [`CONFIG`] (config.json read), [`MOUNTED`] (the app's first view is in the document),
//! [`DATA`] (the answers a page waits for arrived) and [`PAGE_READY`] (the page's form is
//! on screen and accepts input). A mark is one call into the browser; they stay in release builds.
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

/// Records `name` at the current time.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Records [`PAGE_READY`] at the next frame, when the view being built now is drawn.
pub fn page_ready() {
    request_animation_frame(|| mark(PAGE_READY));
}
