//! Mounts the console; everything else lives in the library so tests can mount parts of it.

fn main() {
    leptos::mount::mount_to_body(iam_console::App);
    // The first page is on screen: `cargo xtask bench` reads this mark for time-to-ready.
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("iam-console-ready");
    }
}
