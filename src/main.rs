//! Reads config.json, then mounts the console (or says what is wrong with the file);
//! everything else lives in the library so tests can mount parts of it.

use iam_console::config::{self, Config};

fn main() {
    // Leptos' executor starts with the mount, so reading the file before it needs the
    // browser's own task queue.
    wasm_bindgen_futures::spawn_local(async {
        match Config::load().await {
            Ok(loaded) => {
                config::set(loaded);
                leptos::mount::mount_to_body(iam_console::App);
            }
            Err(problem) => leptos::mount::mount_to_body(move || {
                iam_console::StartupProblem(iam_console::StartupProblemProps { problem })
            }),
        }
        // The first page is on screen: `cargo xtask bench` reads this mark for time-to-ready.
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("iam-console-ready");
        }
    });
}
