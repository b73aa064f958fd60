//! Running commands: announce, run from the workspace root, fail with a clear message.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// The workspace root (xtask lives one folder below it).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root").to_path_buf()
}

/// Cargo's own bin folder, where `cargo install` puts trunk and wasm-bindgen.
pub fn cargo_bin_dir() -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cargo"));
    home.join("bin")
}

/// A command run from the workspace root, with cargo's bin folder first on PATH so
/// freshly installed tools are found even where the shell's PATH lacks it.
pub fn cmd(program: &str, args: &[&str]) -> Command {
    let mut command = Command::new(program);
    command.args(args).current_dir(root());
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut paths = vec![cargo_bin_dir()];
    paths.extend(std::env::split_paths(&path));
    command.env("PATH", std::env::join_paths(paths).expect("PATH"));
    command
}

/// `cargo` as the one running xtask.
pub fn cargo(args: &[&str]) -> Command {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    cmd(&cargo, args)
}

fn describe(command: &Command) -> String {
    let mut text = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

/// Runs to completion with inherited output; an error names the command.
pub fn status(mut command: Command) -> Result<(), String> {
    println!("$ {}", describe(&command));
    let status = command.status().map_err(|e| format!("cannot start `{}`: {e}", describe(&command)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(&command)))
    }
}

/// Runs, echoing stdout as it comes, and returns stdout for parsing (test counts).
pub fn tee(mut command: Command) -> Result<String, String> {
    println!("$ {}", describe(&command));
    command.stdout(Stdio::piped());
    let mut child = command.spawn().map_err(|e| format!("cannot start `{}`: {e}", describe(&command)))?;
    let mut captured = String::new();
    let stdout = child.stdout.take().expect("piped stdout");
    for line in BufReader::new(stdout).lines() {
        let line = line.unwrap_or_default();
        println!("{line}");
        let _ = std::io::stdout().flush();
        captured.push_str(&line);
        captured.push('\n');
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    if status.success() {
        Ok(captured)
    } else {
        Err(format!("`{}` failed ({status})", describe(&command)))
    }
}

/// The first line of a command's stdout, or None when it cannot run.
pub fn output_line(program: &str, args: &[&str]) -> Option<String> {
    let output = cmd(program, args).stderr(Stdio::null()).output().ok()?;
    if !output.status.success() {
        return None;
    }
    String::from_utf8_lossy(&output.stdout).lines().next().map(|l| l.trim().to_owned())
}

/// Prints a step heading.
pub fn step(text: &str) {
    println!("\n==> {text}");
}
