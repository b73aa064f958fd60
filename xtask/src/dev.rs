//! `cargo xtask dev`: the edit-save-look loop. The emulator (demo seed) on 127.0.0.1:8081,
//! where Trunk.toml's `[[proxy]]` entries send the API, and `trunk serve` on
//! http://127.0.0.1:8080: a debug build that rebuilds and reloads the page on every save.
//! Ctrl-C stops both.

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};

use crate::run::{cargo, cmd, root, status, step};
use crate::serve::{print_demo_sign_in, DEMO_SEED};
use crate::tools;

/// Where Trunk.toml's `[[proxy]]` entries expect the emulator.
const EMULATOR: &str = "127.0.0.1:8081";

/// Stops the emulator however `dev` ends (Ctrl-C reaches it too: same process group).
struct Stopping(Child);

impl Drop for Stopping {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub fn dev(args: &[String]) -> Result<(), String> {
    if !args.is_empty() {
        return Err("usage: cargo xtask dev".into());
    }
    tools::ensure_build_tools()?;
    step("building the emulator");
    status(cargo(&["build", "--package", "iam-emulator"]))?;
    step(&format!("starting the emulator with the demo seed on {EMULATOR} (the API behind trunk serve)"));
    let emulator = root().join("target/debug/iam-emulator");
    let mut child = cmd(emulator.to_str().expect("utf-8 path"), &["--listen", EMULATOR, "--seed", DEMO_SEED])
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start the emulator: {e}"))?;
    let mut lines = BufReader::new(child.stdout.take().expect("piped")).lines();
    let first = lines.next().and_then(Result::ok).unwrap_or_default();
    let emulator = Stopping(child);
    if !first.starts_with("listening on ") {
        return Err(format!("the emulator did not start on {EMULATOR} (is another one running there?)"));
    }
    // Its request log goes on under Trunk's output.
    std::thread::spawn(move || lines.map_while(Result::ok).for_each(|line| println!("emulator: {line}")));
    step("trunk serve: a debug build, rebuilt and reloaded on every save");
    print_demo_sign_in("http://127.0.0.1:8080/ (once Trunk says \"server listening\")");
    println!("Save a file under src/ or style/ and the page reloads. Press Ctrl-C to stop both.");
    let served = status(cmd("trunk", &["serve"]));
    drop(emulator);
    served
}
