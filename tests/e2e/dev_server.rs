//! `trunk serve` as Trunk users expect: its `[[proxy]]` entries (Trunk.toml) send the API to
//! the emulator, where `cargo xtask dev` starts it. A signed request through Trunk's dev
//! server is answered by the emulator, which checks the signature against the Host the
//! proxy forwards with.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use tokio::process::Command;

use crate::harness::{env, plain_get, signed_request, spawn_until, Log, ProcessGroup, Scratch, BOB};

/// Where Trunk.toml's proxy entries send the API (the port `cargo xtask dev` uses).
const TRUNK_TOML_EMULATOR: &str = "http://127.0.0.1:8081/";

/// A debug build from scratch of the app crate on CI's two cores, then wasm-bindgen.
const BUILD_PATIENCE: Duration = Duration::from_secs(600);

/// The project's Trunk.toml for a test run from `scratch`: its proxy entries go to the
/// emulator at `emulator` (`http://127.0.0.1:PORT/`) instead of the fixed dev port, and the
/// paths it names are made absolute (Trunk reads them from the config file's folder). Every
/// other line, the proxies' paths and Host headers included, is the shipped one.
pub fn trunk_toml_for_test(toml: &str, root: &Path, scratch: &Path, emulator: &str) -> String {
    let absolute = |path: &str| format!("\"{}\"", root.join(path).display());
    let mut out = String::new();
    for line in toml.lines() {
        let line = if let Some(target) = line.strip_prefix("target = ") {
            format!("target = {}", absolute(target.trim_matches('"')))
        } else if line.starts_with("dist = ") {
            format!("dist = \"{}\"", scratch.join("dist").display())
        } else if let Some(list) = line.strip_prefix("watch = [") {
            let paths: Vec<String> =
                list.trim_end_matches(']').split(',').map(|p| absolute(p.trim().trim_matches('"'))).collect();
            format!("watch = [{}]", paths.join(", "))
        } else {
            line.replace(TRUNK_TOML_EMULATOR, emulator)
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

#[tokio::test]
async fn a_signed_request_through_trunk_serve_is_answered_by_the_emulator() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut emulator = Command::new(env("IAM_E2E_EMULATOR"));
    emulator.args(["--listen", "127.0.0.1:0"]);
    let log = Arc::new(Log::default());
    let (_emulator, line) = spawn_until(emulator, |l| l.starts_with("listening on "), log.clone()).await;
    let emulator = format!("{}/", line.trim_start_matches("listening on "));

    // Its own config and dist folder, in a folder of this test run's own (removed when it
    // ends), so nothing else listening on the dev port can answer, the e2e tests beside it
    // keep serving the release build from dist/, and two runs never share one. It stays
    // inside the project: Trunk runs its hook (`cargo xtask finish-dist`) in the config's
    // folder, and cargo finds the `xtask` alias in the project's .cargo/config.toml.
    let folder = Scratch::within(&root.join("target"), "trunk-serve");
    let scratch = folder.0.clone();
    let shipped = std::fs::read_to_string(root.join("Trunk.toml")).expect("Trunk.toml");
    assert!(shipped.contains(TRUNK_TOML_EMULATOR), "Trunk.toml's proxies moved from {TRUNK_TOML_EMULATOR}");
    let config = scratch.join("Trunk.toml");
    std::fs::write(&config, trunk_toml_for_test(&shipped, root, &scratch, &emulator)).expect("Trunk.toml for the test");
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let log_path = scratch.join("trunk.log");
    let output = std::fs::File::create(&log_path).expect("trunk.log");
    let mut trunk = Command::new(env("IAM_E2E_TRUNK"));
    trunk.current_dir(root).arg("--config").arg(&config).args(["serve", "--port", &port.to_string()]);
    trunk.stdout(output.try_clone().unwrap()).stderr(output);
    // Trunk starts cargo, rustc and its hooks: the whole group ends with the test, passed or
    // panicked, not trunk alone.
    let mut trunk = ProcessGroup::spawn(trunk);
    let said = || std::fs::read_to_string(&log_path).unwrap_or_default();

    let base = format!("http://127.0.0.1:{port}");
    let ready = async {
        // Trunk listens before its first build is done: wait until it serves the app.
        loop {
            if let Ok(Some(exit)) = trunk.leader().try_wait() {
                panic!("trunk serve stopped ({exit}):\n{}", said());
            }
            // A failed build leaves trunk waiting for a change: say so now, not at the limit.
            if said().contains("error from build pipeline") {
                panic!("trunk serve's build failed:\n{}", said());
            }
            if plain_get(&base, "/").await.unwrap_or_default().contains("iam-console") {
                break;
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    };
    if tokio::time::timeout(BUILD_PATIENCE, ready).await.is_err() {
        panic!("trunk serve did not serve the app in time:\n{}", said());
    }

    let answer = signed_request(&base, &BOB, "GET", "/v5/password-policy", "").await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("\"password_policy\""), "{answer}");
    // The emulator logs a request before answering; its line is read from the pipe after.
    log.wait_until("the emulator's answer to GET /v5/password-policy with IAM's Host", |lines| {
        lines.iter().any(|line| {
            line.starts_with("request GET /v5/password-policy 200 ") && line.contains(" host=iam.myhuaweicloud.com ")
        })
    })
    .await;
}
