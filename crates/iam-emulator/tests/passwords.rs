//! Passwords, sign-in and the state file: the policy, reuse and age rules, one lockout for
//! names that exist and names that do not, tokens and temporary keys, and what `--state`
//! keeps across restarts.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::{call, emulator, run, send, Call, SEED};
use iam_emulator::{Emulator, Seed, State};
use iam_v5::signer;
use serde_json::{json, Value};

fn change(old: &str, new: &str) -> Call {
    call("POST", "/v5/caller-password")
        .keys("AK-ALICE", "SK-ALICE")
        .json(json!({"old_password": old, "new_password": new}))
}

#[tokio::test]
async fn password_changes_follow_policy_reuse_and_lockout() {
    let e = emulator();
    assert_eq!(run(&e, change("Old-Password-1", "short")).await.1["error_code"], "1118");
    assert_eq!(run(&e, change("Old-Password-1", "Old-Password-1")).await.1["error_code"], "1108");
    assert_eq!(run(&e, change("Old-Password-1", "alice")).await.1["error_code"], "1118");
    let (status, body) = run(&e, change("Old-Password-1", "New-Password-2")).await;
    assert_eq!((status, body), (StatusCode::OK, Value::Null));
    // Reuse prevention 2: the previous password cannot come back yet.
    assert_eq!(run(&e, change("New-Password-2", "Old-Password-1")).await.1["error_code"], "1119");

    for _ in 0..4 {
        assert_eq!(run(&e, change("wrong", "Another-Pass-3")).await.1["error_code"], "1103");
    }
    let (status, body) = run(&e, change("wrong", "Another-Pass-3")).await;
    assert_eq!((status, body["error_code"].as_str()), (StatusCode::BAD_REQUEST, Some("1105")));
    assert!(body["error_msg"].as_str().unwrap().contains("Try again after"));
    // Locked: even the right password is refused for now.
    assert_eq!(run(&e, change("New-Password-2", "Another-Pass-3")).await.1["error_code"], "1105");
}

#[tokio::test]
async fn password_to_token_to_temporary_keys_that_sign() {
    let e = emulator();
    let (status, body, response) = send(&e, password_sign_in("acme", "alice", "Old-Password-1")).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let token = response.headers()["x-subject-token"].to_str().unwrap().to_owned();
    let (status, body) = temporary_keys(&e, &token, 900).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let cred = &body["credential"];
    let (ak, sk) = (cred["access"].as_str().unwrap(), cred["secret"].as_str().unwrap());
    // Without the security token the temporary key is refused; with it, accepted.
    assert_eq!(run(&e, call("GET", "/v5/caller-identity").keys(ak, sk)).await.0, StatusCode::UNAUTHORIZED);
    let mut with_token = call("GET", "/v5/caller-identity").keys(ak, sk);
    with_token.token = Some(cred["securitytoken"].as_str().unwrap().to_owned());
    let (status, body) = run(&e, with_token).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["principal_id"], "u-alice");
    // The console sign-in shows up as the last login.
    let (_, body) = run(&e, call("GET", "/v5/users/u-alice/last-login")).await;
    assert!(body["user_last_login"]["last_login_at"].is_string());
}

/// A folder of its own under the system's temporary one, for a state file.
fn state_folder(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("iam-emulator-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[tokio::test]
async fn state_survives_a_restart_private_hashed_slowly_and_without_what_expired() {
    use iam_emulator::state::{now, TemporaryKey, TokenRecord};
    let dir = state_folder("state");
    let path = dir.join("state.json");
    let mut state = State::from_seed(Seed::parse(SEED).unwrap());
    let token = |token: &str, expires| TokenRecord { token: token.into(), user_id: "u-alice".into(), expires };
    state.tokens = vec![token("MIIexpired", now() - 1), token("MIIlive", now() + 600)];
    let key = TemporaryKey {
        access: "TMPEXPIRED".into(),
        secret: "expired-secret".into(),
        security_token: "gQexpired".into(),
        user_id: "u-alice".into(),
        expires: now() - 1,
    };
    state.temporary_keys = vec![key];
    let first = Emulator::new(state, Some(path.clone()), vec![]);
    assert_eq!(run(&first, change("Old-Password-1", "New-Password-2")).await.0, StatusCode::OK);

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "only its owner reads the file that holds secret keys");
    }
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(!text.contains("MIIexpired") && !text.contains("TMPEXPIRED"), "expired tokens and keys are pruned");
    assert!(text.contains("MIIlive"), "tokens still in use are kept");
    let saved: Value = serde_json::from_str(&text).unwrap();
    for user in saved["users"].as_array().unwrap() {
        for hash in user["password_hashes"].as_array().unwrap() {
            assert!(hash.as_str().unwrap().starts_with("$argon2id$"), "{hash}");
        }
    }
    // One hash of a guess finds nothing: not of the password, nor salted with the user id.
    let user_id = "u-alice";
    for password in ["Old-Password-1", "New-Password-2"] {
        for guess in [password.to_owned(), format!("{user_id}\n{password}"), format!("{user_id}{password}")] {
            assert!(!text.contains(&signer::sha256_hex(guess.as_bytes())), "{guess} found by one SHA-256");
        }
        assert!(!text.contains(password), "no password as it is");
    }
    let left: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.file_name()).collect();
    assert_eq!(left.len(), 1, "no temporary file is left beside it: {left:?}");

    let second = Emulator::new(State::load(&path).unwrap(), Some(path.clone()), vec![]);
    assert_eq!(run(&second, change("New-Password-2", "Third-Password-3")).await.0, StatusCode::OK);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn a_change_that_cannot_be_saved_fails_its_request_with_a_request_id() {
    let dir = state_folder("unsaved");
    let path = dir.join("state.json");
    let e = Emulator::new(State::from_seed(Seed::parse(SEED).unwrap()), Some(path.clone()), vec![]);
    std::fs::remove_dir_all(&dir).unwrap();
    let (status, body) = run(&e, call("PUT", "/v5/users/u-carol").json(json!({"new_description": "kept?"}))).await;
    assert_eq!((status, body["error_code"].as_str()), (StatusCode::INTERNAL_SERVER_ERROR, Some("IAM.0024")), "{body}");
    assert!(body["request_id"].is_string(), "{body}");
    assert_eq!(run(&e, call("GET", "/v5/users/u-carol")).await.0, StatusCode::OK, "reading goes on");
}

#[tokio::test]
async fn a_state_file_of_an_older_emulator_is_refused_with_what_to_do() {
    let dir = state_folder("older");
    let path = dir.join("state.json");
    let mut old: Value = serde_json::to_value(State::from_seed(Seed::parse(SEED).unwrap())).unwrap();
    old["users"][0]["password_hashes"] = json!([signer::sha256_hex(b"u-alice\nOld-Password-1")]);
    std::fs::write(&path, old.to_string()).unwrap();
    let refused = State::load(&path).expect_err("refused");
    assert!(refused.contains("delete it"), "{refused}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn minimum_password_age_holds_a_second_change_back() {
    let seed = SEED
        .replace(r#""password_reuse_prevention": 2"#, r#""password_reuse_prevention": 2, "minimum_password_age": 60"#);
    let e = Emulator::from_seed(Seed::parse(&seed).unwrap());
    assert_eq!(run(&e, change("Old-Password-1", "New-Password-2")).await.0, StatusCode::OK);
    let (status, body) = run(&e, change("New-Password-2", "Third-Password-3")).await;
    assert_eq!((status, body["error_code"].as_str()), (StatusCode::BAD_REQUEST, Some("1120")));
    assert!(body["error_msg"].as_str().unwrap().contains("Try again after"));
}

/// Exchanges a token for temporary keys lasting `seconds`.
async fn temporary_keys(e: &Emulator, token: &str, seconds: u32) -> (StatusCode, Value) {
    let ask = json!({"auth": {"identity": {"methods": ["token"], "token": {"duration_seconds": seconds}}}});
    let request = Request::post("/v3.0/OS-CREDENTIAL/securitytokens")
        .header("x-auth-token", token)
        .body(Body::from(ask.to_string()))
        .unwrap();
    let (status, body, _) = send(e, request).await;
    (status, body)
}

fn password_sign_in(account: &str, user: &str, password: &str) -> Request<Body> {
    let login = json!({"auth": {"identity": {"methods": ["password"], "password": {"user": {"domain": {"name": account}, "name": user, "password": password}}}, "scope": {"domain": {"name": account}}}});
    Request::post("/v3/auth/tokens").body(Body::from(login.to_string())).unwrap()
}

#[tokio::test]
async fn password_sign_in_names_unknown_accounts_locks_after_five_wrong_and_refuses_disabled_users() {
    let e = emulator();
    let (status, body, _) = send(&e, password_sign_in("nope", "alice", "Old-Password-1")).await;
    assert_eq!((status, body["error_code"].as_str()), (StatusCode::UNAUTHORIZED, Some("1101")), "{body}");

    for _ in 0..4 {
        let (status, body, _) = send(&e, password_sign_in("acme", "alice", "Wrong-1")).await;
        assert_eq!((status, body["error_code"].as_str()), (StatusCode::UNAUTHORIZED, Some("APIGW.0301")), "{body}");
    }
    let (status, body, response) = send(&e, password_sign_in("acme", "alice", "Wrong-1")).await;
    assert_eq!((status, body["error_code"].as_str()), (StatusCode::BAD_REQUEST, Some("1105")), "{body}");
    let retry: i64 = response.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((890..=900).contains(&retry), "{retry}");
    // Locked means locked: the right password too, and the password change API as well.
    let (_, body, _) = send(&e, password_sign_in("acme", "alice", "Old-Password-1")).await;
    assert_eq!(body["error_code"], "1105");
    let (_, body) = run(&e, change("Old-Password-1", "New-Password-2")).await;
    assert_eq!(body["error_code"], "1105");

    let (status, _) = run(&e, call("PUT", "/v5/users/u-carol").json(json!({"enabled": false}))).await;
    assert_eq!(status, StatusCode::OK);
    let (status, body, _) = send(&e, password_sign_in("acme", "carol", "Carol-Pass-1")).await;
    assert_eq!((status, body["error_code"].as_str()), (StatusCode::UNAUTHORIZED, Some("1106")), "{body}");
}

/// What a refused password sign-in answered, less what differs from one request to the
/// next (the request id, the clock in a lock's message), and how long it took.
async fn refused_sign_in(e: &Emulator, user: &str) -> ((StatusCode, Value, bool), std::time::Duration) {
    let started = std::time::Instant::now();
    let (status, mut body, response) = send(e, password_sign_in("acme", user, "Wrong-1")).await;
    let took = started.elapsed();
    body.as_object_mut().unwrap().remove("request_id");
    let message = body["error_msg"].as_str().unwrap_or_default().replace(|c: char| c.is_ascii_digit(), "");
    body["error_msg"] = message.into();
    ((status, body, response.headers().contains_key("retry-after")), took)
}

#[tokio::test]
async fn sign_in_answers_a_name_nobody_has_as_a_wrong_password_lock_and_time_alike_and_writes_nothing() {
    let dir = state_folder("probe");
    let path = dir.join("state.json");
    let e = Emulator::new(State::from_seed(Seed::parse(SEED).unwrap()), Some(path.clone()), vec![]);
    let (mut known, mut unknown) = (Vec::new(), Vec::new());
    for _ in 0..5 {
        known.push(refused_sign_in(&e, "carol").await);
        unknown.push(refused_sign_in(&e, "nobody-by-this-name").await);
    }
    for (try_number, (k, u)) in known.iter().zip(&unknown).enumerate() {
        assert_eq!(k.0, u.0, "try {}: the answers tell who exists", try_number + 1);
    }
    assert_eq!(known[0].0 .0, StatusCode::UNAUTHORIZED);
    assert_eq!(
        (known[4].0 .0, known[4].0 .1["error_code"].as_str(), known[4].0 .2),
        (StatusCode::BAD_REQUEST, Some("1105"), true)
    );
    // Each try before the lock checks a password (Argon2id, tens of milliseconds): a name
    // nobody has is checked against a decoy, so it takes as long.
    let fastest = |tries: &[(_, std::time::Duration)]| tries[..4].iter().map(|t| t.1).min().unwrap();
    let (k, u) = (fastest(&known), fastest(&unknown));
    assert!(u * 4 >= k && k * 4 >= u, "a name nobody has took {u:?}, a wrong password {k:?}");
    assert!(!path.exists(), "wrong tries are counted in memory, not written to the state file");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn temporary_keys_live_no_longer_than_the_emulator_allows() {
    let mut e = emulator();
    e.temporary_key_seconds = Some(5);
    let (_, _, response) = send(&e, password_sign_in("acme", "alice", "Old-Password-1")).await;
    let token = response.headers()["x-subject-token"].to_str().unwrap().to_owned();
    let (status, body) = temporary_keys(&e, &token, 3600).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let expires = body["credential"]["expires_at"].as_str().unwrap();
    let in_five = iam_v5::signer::format_rfc3339(iam_emulator::state::now() + 5);
    assert!(expires <= in_five.as_str(), "{expires} is later than {in_five}");
}
