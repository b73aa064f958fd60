//! `cargo xtask try-account --region REGION [--port N]`: the release build on
//! http://127.0.0.1:PORT, its API forwarded to the real IAM and STS of REGION with their
//! public Host (the emulator's gateway mode, as `deploy/nginx.conf` does in production),
//! and REGION's `config.json`, so what the browser signs is what IAM checks.
//!
//! For tests: `--dist DIR` serves that build instead of building one, and
//! `--iam-endpoint URL` / `--sts-endpoint URL` send the API to a stand-in for the cloud.

use crate::run::{cmd, root, step};
use crate::serve::build_app_and_emulator;
use crate::tools;

const USAGE: &str = "usage: cargo xtask try-account --region REGION [--port N] \
                     [--dist DIR --iam-endpoint URL --sts-endpoint URL]";

pub fn try_account(args: &[String]) -> Result<(), String> {
    let (mut region, mut port, mut dist) = (None, "8080".to_owned(), None);
    let mut endpoints = Vec::new();
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        let value = args.next().ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?.clone();
        match flag.as_str() {
            "--region" => region = Some(value),
            "--port" => port = value,
            "--dist" => dist = Some(value),
            "--iam-endpoint" | "--sts-endpoint" => endpoints.extend([flag.clone(), value]),
            _ => return Err(USAGE.into()),
        }
    }
    let region = region.ok_or(USAGE)?;
    let dist = match dist {
        Some(dist) => dist,
        None => {
            tools::ensure_build_tools()?;
            build_app_and_emulator()?;
            "dist".to_owned()
        }
    };
    step(&format!("the console for {region}, forwarding to its IAM and STS"));
    println!("Open http://127.0.0.1:{port}/ and sign in as an IAM user of your account:");
    println!("  a password (account name, IAM user name, password), or an access key ID and secret.");
    println!("What goes where: the browser talks to this address only; /v5, /v3 and /v3.0 go on to");
    println!("  iam.{region}.myhuaweicloud.com and /v5/caller-identity, /v5/decode-authorization-message");
    println!("  to sts.{region}.myhuaweicloud.com, over HTTPS. Nothing is logged but method, path and status;");
    println!(
        "  keys live in that browser tab only (temporary ones in its sessionStorage) and nothing is written here."
    );
    println!("Press Ctrl-C to stop.");
    let emulator = root().join("target/debug/iam-emulator");
    let listen = format!("127.0.0.1:{port}");
    let mut gateway_args = vec!["--gateway", &region, "--listen", &listen, "--dist", &dist];
    gateway_args.extend(endpoints.iter().map(String::as_str));
    let mut gateway = cmd(emulator.to_str().expect("utf-8 path"), &gateway_args);
    run_in_place(&mut gateway)
}

/// Becomes the gateway (same process): Ctrl-C and whoever started this stop it directly.
#[cfg(unix)]
fn run_in_place(command: &mut std::process::Command) -> Result<(), String> {
    use std::os::unix::process::CommandExt;
    Err(format!("cannot start the gateway: {}", command.exec()))
}

#[cfg(not(unix))]
fn run_in_place(command: &mut std::process::Command) -> Result<(), String> {
    let status = command.status().map_err(|e| format!("cannot start the gateway: {e}"))?;
    status.success().then_some(()).ok_or_else(|| format!("the gateway stopped ({status})"))
}
