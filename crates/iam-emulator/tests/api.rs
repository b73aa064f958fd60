//! The emulator's API over its router (no sockets), signed as the console signs.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::{call, emulator, run, send, Call};
use iam_v5::signer;
use serde_json::{json, Value};
use tower::ServiceExt;

#[tokio::test]
async fn caller_identity_names_the_signer() {
    let e = emulator();
    let (status, body) = run(&e, call("GET", "/v5/caller-identity").keys("AK-ALICE", "SK-ALICE")).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["principal_urn"], "iam::acc0000000000000000000000000000a:user:alice");
}

#[tokio::test]
async fn a_signature_for_the_public_host_is_accepted_as_a_gateway_would_forward_it() {
    let e = emulator();
    let mut c = call("GET", "/v5/caller-identity");
    c.host = "iam.myhuaweicloud.com";
    assert_eq!(run(&e, c).await.0, StatusCode::OK);
    let mut c = call("GET", "/v5/caller-identity");
    c.host = "evil.example.com";
    assert_eq!(run(&e, c).await.0, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn bad_signatures_stale_dates_and_unknown_keys_are_refused() {
    let e = emulator();
    assert_eq!(run(&e, call("GET", "/v5/caller-identity").keys("AK-ADMIN", "wrong")).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(run(&e, call("GET", "/v5/caller-identity").keys("AK-NOPE", "x")).await.0, StatusCode::UNAUTHORIZED);
    let mut stale = call("GET", "/v5/caller-identity");
    stale.date_offset = -16 * 60;
    let (status, body) = run(&e, stale).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(body["error_msg"].as_str().unwrap().contains("15 minutes"));
    let mut ok_skew = call("GET", "/v5/caller-identity");
    ok_skew.date_offset = 14 * 60;
    assert_eq!(run(&e, ok_skew).await.0, StatusCode::OK);
    let unsigned = Request::get("/v5/caller-identity").body(Body::empty()).unwrap();
    assert_eq!(send(&e, unsigned).await.0, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_body_changed_after_signing_is_refused() {
    let e = emulator();
    let c = call("PUT", "/v5/users/u-carol").json(json!({"new_description": "fine"}));
    let (parts, _) = c.request().into_parts();
    let tampered = Request::from_parts(parts, Body::from(r#"{"new_description": "fino"}"#));
    assert_eq!(send(&e, tampered).await.0, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn non_admins_get_403_with_a_message_sts_decodes() {
    let e = emulator();
    let (status, body) = run(&e, call("GET", "/v5/users").keys("AK-ALICE", "SK-ALICE")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["error_code"], "PAP5.0001");
    assert!(body["request_id"].is_string());
    let encoded = body["encoded_authorization_message"].as_str().unwrap().to_owned();
    let decode = call("POST", "/v5/decode-authorization-message")
        .keys("AK-ALICE", "SK-ALICE")
        .json(json!({"encoded_message": encoded}));
    let (status, decoded) = run(&e, decode).await;
    assert_eq!(status, StatusCode::OK);
    assert!(decoded["decoded_message"].as_str().unwrap().contains("iam:users:listUsersV5"));
}

#[tokio::test]
async fn users_page_with_markers_until_none_is_left() {
    let e = emulator();
    let mut names = Vec::new();
    let mut uri = "/v5/users?limit=3".to_owned();
    loop {
        let (status, body) = run(&e, call("GET", &uri)).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        for u in body["users"].as_array().unwrap() {
            names.push(u["user_name"].as_str().unwrap().to_owned());
        }
        match body["page_info"]["next_marker"].as_str() {
            Some(marker) => uri = format!("/v5/users?limit=3&marker={}", signer::percent_encode(marker)),
            None => break,
        }
    }
    assert_eq!(names, ["alice", "boss", "root", "carol", "dan"]);
    assert_eq!(run(&e, call("GET", "/v5/users?marker=%21%21%21%21")).await.1["error_code"], "PAP5.0010");
    assert_eq!(run(&e, call("GET", "/v5/users?limit=0")).await.0, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn update_user_applies_rules_conflicts_and_root_guard() {
    let e = emulator();
    let edit = call("PUT", "/v5/users/u-carol").json(json!({"new_user_name": "carol.b", "enabled": false}));
    let (status, body) = run(&e, edit).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["user"]["user_name"], "carol.b");
    assert_eq!(body["user"]["enabled"], false);
    assert_eq!(body["user"]["description"], "<img src=x onerror=alert(1)>", "seeded markup is kept as text");

    let (status, body) = run(&e, call("PUT", "/v5/users/u-carol").json(json!({"new_user_name": "alice"}))).await;
    assert_eq!((status, body["error_code"].as_str()), (StatusCode::CONFLICT, Some("1109")));
    assert!(body["request_id"].is_string());

    let bad = call("PUT", "/v5/users/u-carol").json(json!({"new_user_name": "9x", "new_description": "a@b"}));
    let (status, body) = run(&e, bad).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let msg = body["error_msg"].as_str().unwrap();
    assert!(
        msg.contains("new_user_name: User name must not start with a digit.") && msg.contains("new_description:"),
        "{msg}"
    );

    let (status, body) = run(&e, call("PUT", "/v5/users/u-root").json(json!({"enabled": false}))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body["error_msg"].as_str().unwrap().contains("root user"));

    let (status, body) = run(&e, call("PUT", "/v5/users/nobody").json(json!({"enabled": true}))).await;
    assert_eq!((status, body["error_code"].as_str()), (StatusCode::NOT_FOUND, Some("IAM.0004")));
}

#[tokio::test]
async fn malformed_bodies_unknown_routes_and_methods_get_json_errors() {
    let e = emulator();
    let mut c = call("PUT", "/v5/users/u-carol");
    c.body = b"{not json".to_vec();
    assert_eq!(run(&e, c).await.1["error_code"], "IAM.0011");
    let (status, body) = run(&e, call("PUT", "/v5/users/u-carol").json(json!({"enabled": "yes"}))).await;
    assert_eq!((status, body["error_code"].as_str()), (StatusCode::BAD_REQUEST, Some("IAM.0011")));
    let mut big = call("POST", "/v5/caller-password");
    big.body = vec![b' '; 70 * 1024];
    assert_eq!(run(&e, big).await.0, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(run(&e, call("GET", "/v5/nothing-here")).await.0, StatusCode::NOT_FOUND);
    let (status, body) = run(&e, call("DELETE", "/v5/users")).await;
    assert_eq!((status, body["error_code"].as_str()), (StatusCode::METHOD_NOT_ALLOWED, Some("IAM.0005")));
}

#[tokio::test]
async fn the_app_is_served_with_fallback_and_security_headers_but_api_paths_stay_json() {
    let dist = std::env::temp_dir().join(format!("iam-emulator-dist-{}", std::process::id()));
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<!doctype html><title>app</title>").unwrap();
    std::fs::write(dist.join("app.js"), "export {};").unwrap();
    let app = || emulator().router(Some(dist.clone()));
    let get = |uri: &str| Request::get(uri).body(Body::empty()).unwrap();

    for uri in ["/", "/users/abc", "/password"] {
        let response = app().oneshot(get(uri)).await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{uri}");
        let headers = response.headers().clone();
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("script-src 'self' 'wasm-unsafe-eval'") && csp.contains("frame-ancestors 'none'"),
            "{csp}"
        );
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert_eq!(headers["referrer-policy"], "no-referrer");
        let body = axum::body::to_bytes(response.into_body(), 1 << 16).await.unwrap();
        assert!(body.starts_with(b"<!doctype html>"), "{uri} falls back to index.html");
    }
    let js = app().oneshot(get("/app.js")).await.unwrap();
    assert_eq!(axum::body::to_bytes(js.into_body(), 1 << 16).await.unwrap().as_ref(), b"export {};");
    let api = app().oneshot(get("/v5/not-a-route")).await.unwrap();
    assert_eq!(api.status(), StatusCode::NOT_FOUND);
    let body: Value = serde_json::from_slice(&axum::body::to_bytes(api.into_body(), 1 << 16).await.unwrap()).unwrap();
    assert_eq!(body["error_code"], "IAM.0004");
    std::fs::remove_dir_all(&dist).unwrap();
}

#[tokio::test]
async fn well_known_change_password_leads_to_the_page_and_missing_files_are_404() {
    let dist = std::env::temp_dir().join(format!("iam-emulator-dist-wk-{}", std::process::id()));
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<!doctype html><title>app</title>").unwrap();
    let app = || emulator().router(Some(dist.clone()));
    let get = |uri: &str| Request::get(uri).body(Body::empty()).unwrap();
    let response = app().oneshot(get("/.well-known/change-password")).await.unwrap();
    assert!(response.status().is_redirection(), "{}", response.status());
    assert_eq!(response.headers()["location"], "/password");
    // Chromium trusts the redirect only if a well-known address that cannot exist is a 404.
    let probe = app().oneshot(get("/.well-known/resource-that-should-not-exist-whose-status-code-should-not-be-200"));
    assert_eq!(probe.await.unwrap().status(), StatusCode::NOT_FOUND);
    let config = app().oneshot(get("/config.json")).await.unwrap();
    assert_eq!(config.status(), StatusCode::NOT_FOUND, "no config.json: the app uses its defaults");
    let route = app().oneshot(get("/users/abc")).await.unwrap();
    assert_eq!(route.status(), StatusCode::OK);
    let date = route.headers()["date"].to_str().unwrap();
    assert!(httpdate_parses(date), "{date}");
    std::fs::remove_dir_all(&dist).unwrap();
}

#[test]
fn hashed_files_are_cached_for_a_year_api_answers_never_the_rest_revalidated() {
    use iam_emulator::cache_control_for;
    let year = "public, max-age=31536000, immutable";
    assert_eq!(cache_control_for("/iam-console-0123456789abcdef_bg.wasm"), year);
    assert_eq!(cache_control_for("/iam-console-0123456789abcdef.js"), year);
    assert_eq!(cache_control_for("/style-0123456789abcdef.css"), year);
    assert_eq!(cache_control_for("/index.html"), "no-cache");
    assert_eq!(cache_control_for("/config.json"), "no-cache");
    assert_eq!(cache_control_for("/users/d3m0000000000000000000000000a11c"), "no-cache");
    assert_eq!(cache_control_for("/main.css"), "no-cache", "no hash, no year");
    assert_eq!(cache_control_for("/v5/users"), "no-store");
    assert_eq!(cache_control_for("/v3.0/OS-CREDENTIAL/securitytokens"), "no-store");
}

fn httpdate_parses(date: &str) -> bool {
    date.ends_with(" GMT") && date.len() == 29
}

#[tokio::test]
async fn x_language_zh_cn_answers_known_codes_in_chinese_keeping_the_field() {
    let e = emulator();
    let in_chinese = |call: Call| {
        let mut request = call.request();
        request.headers_mut().insert("x-language", "zh-cn".parse().unwrap());
        request
    };
    let wrong_old = || {
        call("POST", "/v5/caller-password")
            .keys("AK-ALICE", "SK-ALICE")
            .json(json!({"old_password": "Not-Old-1", "new_password": "Fresh-Pass-9"}))
    };
    let (status, body, _) = send(&e, in_chinese(wrong_old())).await;
    assert_eq!((status, body["error_code"].as_str()), (StatusCode::BAD_REQUEST, Some("1103")));
    assert_eq!(body["error_msg"], "旧密码错误。");
    let (_, body) = run(&e, wrong_old()).await;
    assert_eq!(body["error_msg"], "The old password is incorrect.", "English without the header");

    let bad = call("PUT", "/v5/users/u-carol").json(json!({"new_description": "a@b"}));
    let (status, body, _) = send(&e, in_chinese(bad)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error_msg"], "new_description: 参数无效。", "the field stays named");

    let (_, body, _) = send(&e, in_chinese(call("GET", "/v5/no-such-route"))).await;
    assert_eq!(body["error_msg"], "资源不存在。");
}
