//! End-to-end tests: the release build served by the emulator, driven in headless
//! Chromium over WebDriver. Run by `cargo xtask test`, which builds what they need.
#![cfg(not(target_arch = "wasm32"))]

mod change_password;
mod credentials;
mod dev_server;
mod gateway;
mod groups;
mod harness;
mod languages;
mod large_account;
mod long_day;
mod looks;
mod on_demand;
mod root_user;
mod sessions;
mod sign_in;
mod try_account;
mod upstream_tls;
mod user_life;
mod user_security;
mod users;
mod users_bulk;
