//! `cargo xtask bench`: how fast the console is for a person, measured in headless
//! Chromium. Prints figures; asserts nothing (speed is never a pass/fail test).
//!
//! - Shipped bytes per file and in total, raw, gzip and brotli (xtask writes
//!   `target/bench/size.json` before this runs). Target: 150 KB gzip.
//! - Time-to-ready of `/sign-in` (signed out), `/password` and `/users/{id}` (signed in
//!   with a password, kept for the tab): navigation start → the app's
//!   `iam-console-page-ready` mark (the page's form drawn, after the data it needs), over
//!   21 cold loads (HTTP cache off), beside static HTML with the same form from the same
//!   server (navigation start → first contentful paint), loaded alternately. Median and
//!   p90, ratio (target ≤ 1.5×), and where the app's time goes from its performance marks
//!   (`src/perf.rs`). Once on loopback, once throttled through the DevTools protocol
//!   (40 ms round trip, 10 Mbit/s down).
//! - Keystroke → validated checklist in "New password", 240 input events: median and p95
//!   (target p95 ≤ 4 ms). JS heap after loading `/password` (target ≤ 3 MB).
//! - Large accounts: `large_account_speed.rs` (its own bench, run after this one).
//! - Lighthouse (npm, desktop preset, Chromium) on `/sign-in`: performance, accessibility,
//!   best practices (target 100 / 100 / 100, performance ≥ 98).
//!
//! Writes `target/bench/bench.json` and `target/bench/bench.md`.

#[cfg(not(target_arch = "wasm32"))]
#[allow(dead_code)] // the bench uses part of the e2e harness
mod harness;
#[cfg(not(target_arch = "wasm32"))]
mod page_speed;

fn main() {
    // The bench drives a browser from the host; there is nothing to run inside wasm.
    #[cfg(not(target_arch = "wasm32"))]
    page_speed::run();
}
