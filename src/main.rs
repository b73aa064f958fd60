//! Reads config.json, then mounts the console (or says what is wrong with the file);
//! everything else lives in the library so tests can mount parts of it.

// The release wasm is built with Leptos' type-erased views (.cargo/config.toml): a RUSTFLAGS
// variable that replaced that entry must not ship the larger build unnoticed.
#[cfg(all(target_arch = "wasm32", not(debug_assertions), not(erase_components)))]
compile_error!(
    "the release wasm needs `--cfg erase_components` (.cargo/config.toml): a RUSTFLAGS variable replaced it; \
     add `--cfg erase_components` to it"
);

use iam_console::config::{self, Config};
use iam_console::perf;

fn main() {
    perf::mark(perf::MAIN);
    perf::cap_resource_timings();
    // Leptos' executor starts with the mount, so reading the file before it needs the
    // browser's own task queue.
    wasm_bindgen_futures::spawn_local(async {
        let loaded = Config::load().await;
        perf::mark(perf::CONFIG);
        match loaded {
            Ok(loaded) => {
                config::set(loaded);
                leptos::mount::mount_to_body(iam_console::App);
            }
            Err(problem) => leptos::mount::mount_to_body(move || {
                iam_console::StartupProblem(iam_console::StartupProblemProps { problem })
            }),
        }
        perf::mark(perf::MOUNTED);
    });
}
