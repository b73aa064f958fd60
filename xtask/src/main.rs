//! Project automation, in Rust rather than scattered shell scripts:
//!
//! - `cargo xtask serve [--port N]`: install what is missing, build the app, run it on the emulator.
//! - `cargo xtask dev`: the emulator and `trunk serve` (debug build, live reload) together.
//! - `cargo xtask try-account --region REGION`: the release build, forwarding to a real account.
//! - `cargo xtask test`: install what is missing, then every test layer, failing on the first red one.
//! - `cargo xtask bench`: time-to-ready and keystroke latency in headless Chromium (prints figures).
//! - `cargo xtask screenshots`: the README's pictures from the release build (`docs/screenshots/`).
//! - `cargo xtask size`: the wasm's bytes per crate and its largest items (twiggy).
//! - `cargo xtask finish-dist`: Trunk's post-build hook (see `finish_dist.rs`).
//!
//! Each command says what it does as it goes; installs are idempotent and only run when a
//! tool is missing or has the wrong version.

mod dev;
mod finish_dist;
mod routes;
mod run;
mod serve;
mod shipped;
mod size;
mod split;
mod test;
mod tools;
mod try_account;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve::serve(&args[1..]),
        Some("dev") => dev::dev(&args[1..]),
        Some("try-account") => try_account::try_account(&args[1..]),
        Some("test") => test::test(&args[1..]),
        Some("bench") => test::bench(),
        Some("screenshots") => test::screenshots(),
        Some("size") => size::size(),
        Some("finish-dist") => finish_dist::finish_dist(),
        _ => Err("usage: cargo xtask serve [--port N] | dev | try-account --region REGION [--port N] | test | bench | screenshots | size".to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}
