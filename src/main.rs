//! Mounts the console; everything else lives in the library so tests can mount parts of it.

fn main() {
    leptos::mount::mount_to_body(iam_console::App);
}
