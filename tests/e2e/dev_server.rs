//! `trunk serve` as Trunk users expect: its `[[proxy]]` entries (Trunk.toml) send the API to
//! the emulator on 127.0.0.1:8081, where `cargo xtask dev` starts it. A signed request
//! through Trunk's dev server is answered by the emulator, which checks the signature
//! against the Host the proxy forwards with.

use std::sync::Arc;
use std::time::Duration;

use tokio::process::Command;

use crate::harness::{env, signed_request, spawn_until, Log, BOB};

/// Trunk.toml's proxy backend.
const EMULATOR: &str = "127.0.0.1:8081";

/// A debug build from scratch of the app crate on CI's two cores, then wasm-bindgen.
const BUILD_PATIENCE: Duration = Duration::from_secs(600);

#[tokio::test]
async fn a_signed_request_through_trunk_serve_is_answered_by_the_emulator() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut emulator = Command::new(env("IAM_E2E_EMULATOR"));
    emulator.args(["--listen", EMULATOR]);
    let log = Arc::new(Log::default());
    let (_emulator, _) = spawn_until(emulator, |l| l.starts_with("listening on "), log.clone()).await;

    // Its own dist folder: the e2e tests beside it serve the release build from dist/.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let scratch = root.join("target/e2e-trunk-serve");
    std::fs::create_dir_all(&scratch).expect("scratch folder");
    let output = std::fs::File::create(scratch.join("trunk.log")).expect("trunk.log");
    let mut trunk = Command::new(env("IAM_E2E_TRUNK"));
    trunk.current_dir(root).args(["serve", "--port", &port.to_string(), "--dist"]).arg(scratch.join("dist"));
    trunk.stdout(output.try_clone().unwrap()).stderr(output).kill_on_drop(true);
    let mut trunk = trunk.spawn().expect("start trunk serve");

    let base = format!("http://127.0.0.1:{port}");
    let ready = async {
        // Trunk listens before its first build is done: wait until it serves the app.
        loop {
            if let Ok(Some(exit)) = trunk.try_wait() {
                panic!("trunk serve stopped ({exit}): see target/e2e-trunk-serve/trunk.log");
            }
            if get(&base, "/").await.contains("iam-console") {
                break;
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    };
    tokio::time::timeout(BUILD_PATIENCE, ready).await.expect("trunk serve did not serve the app in time");

    let answer = signed_request(&base, &BOB, "GET", "/v5/password-policy", "").await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("\"password_policy\""), "{answer}");
    let answered = log.lines.lock().unwrap().iter().any(|line| {
        line.starts_with("request GET /v5/password-policy 200 ") && line.contains(" host=iam.myhuaweicloud.com ")
    });
    assert!(answered, "the emulator did not answer it: {:?}", log.lines.lock().unwrap());
}

/// A plain GET's whole answer, or nothing when the server is not there yet.
async fn get(base: &str, path: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let address = base.trim_start_matches("http://");
    let Ok(mut stream) = tokio::net::TcpStream::connect(address).await else { return String::new() };
    let request = format!("GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n");
    if stream.write_all(request.as_bytes()).await.is_err() {
        return String::new();
    }
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer).await;
    answer
}
