//! `cargo xtask bench`: how fast the console is for a person, measured in headless
//! Chromium. Prints figures; asserts nothing (speed is never a pass/fail test).
//!
//! - Shipped size (printed by xtask before this runs): target 150 KB gzip.
//! - Time-to-ready of `/sign-in` (navigation start → the app's `iam-console-ready` mark)
//!   against the same form as static HTML (navigation start → DOMContentLoaded), loaded
//!   alternately in one browser; and of `/password`, whose cold load signs in first (keys
//!   live in memory only): sign-in page ready + sign-in click → password form with its
//!   rules, against the password form as static HTML. Target: within 1.5× the static page.
//! - Keystroke → updated validation: after a failed submit, input events alternately fill
//!   and empty "Access key ID"; each is timed until its `aria-invalid` has followed.
//!   Target: p95 under 4 ms.

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
