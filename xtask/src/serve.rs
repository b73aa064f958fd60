//! `cargo xtask serve`: the console on the emulator, on one origin, as in production.

use crate::run::{cargo, cmd, root, status, step};
use crate::tools;

/// The demo seed the emulator starts from; its users are printed for signing in.
pub const DEMO_SEED: &str = "crates/iam-emulator/src/demo-seed.json";

/// Builds the release app and the emulator (shared by serve and test).
pub fn build_app_and_emulator() -> Result<(), String> {
    step("building the app (trunk build --release --dist dist)");
    status(cmd("trunk", &["build", "--release", "--dist", "dist"]))?;
    step("building the emulator");
    status(cargo(&["build", "--package", "iam-emulator"]))
}

/// Where to open the console, and the demo seed's sign-ins.
pub fn print_demo_sign_in(address: &str) {
    println!("Open {address} in your browser and sign in with a password");
    println!("(account name demo-account) or, under \"Access keys\", with a demo access key:");
    println!("  alice (changes her own password; password Demo-Password-1)");
    println!("    Access key ID:     DEMOALICEACCESSKEY01");
    println!("    Secret access key: demo-alice-secret-key-0000000000000000000");
    println!("  bob-admin (administrator; password Demo-Password-2)");
    println!("    Access key ID:     DEMOBOBADMINACCESS01");
    println!("    Secret access key: demo-bob-secret-key-000000000000000000000");
    println!("(These are the demo seed's users, {DEMO_SEED}; they exist only in the emulator.)");
}

pub fn serve(args: &[String]) -> Result<(), String> {
    let port = match args {
        [] => "8080".to_owned(),
        [flag, port] if flag == "--port" => port.clone(),
        _ => return Err("usage: cargo xtask serve [--port N]".into()),
    };
    tools::ensure_build_tools()?;
    build_app_and_emulator()?;
    step("starting the emulator with the demo seed, serving the app");
    print_demo_sign_in(&format!("http://127.0.0.1:{port}/"));
    println!("Press Ctrl-C to stop.");
    let emulator = root().join("target/debug/iam-emulator");
    let listen = format!("127.0.0.1:{port}");
    // Ctrl-C reaches the emulator too (same process group); it shuts down gracefully.
    status(cmd(emulator.to_str().expect("utf-8 path"), &["--listen", &listen, "--seed", DEMO_SEED, "--dist", "dist"]))
}
