//! The production gateway verifies IAM's certificate before it forwards a password: nginx
//! with `deploy/nginx.conf` in front of an HTTPS upstream whose certificate is self-signed.
//! Untrusted, or for another name, the sign-in ends in the gateway's 502, which the console
//! explains, and nothing reaches the upstream; trusted (as a site's own CA), it works.

use crate::harness::{plain_get, Launch, Session, UpstreamTls, DEMO_ACCOUNT};

const PUBLIC_NAMES: &[&str] = &["iam.myhuaweicloud.com", "sts.myhuaweicloud.com"];

async fn behind_tls(names: &'static [&'static str], trusted: bool) -> Session {
    let tls = UpstreamTls { names, trusted };
    Session::launch(Launch { through_nginx: true, upstream_tls: Some(tls), ..Launch::default() }).await
}

#[tokio::test]
async fn a_self_signed_iam_certificate_is_refused_and_no_byte_of_the_password_reaches_it() {
    let s = behind_tls(PUBLIC_NAMES, false).await;
    s.client.goto(&format!("{}/sign-in", s.base)).await.unwrap();
    s.type_into("Account name", DEMO_ACCOUNT).await;
    s.type_into("IAM user name", "alice").await;
    s.type_into("Password", "Demo-Password-1").await;
    s.click_button("Sign in").await;
    let said = s.announced("IAM cannot be reached right now").await;
    assert!(said.contains("HTTP 502"), "the gateway's answer, explained: {said}");
    assert_eq!(s.value_of("IAM user name").await, "alice", "what was typed is kept");
    s.assert_accessible("sign-in, IAM's certificate refused").await;

    assert_eq!(s.sent("POST", "/v3/auth/tokens").await, 1, "the browser asked the gateway once");
    assert_eq!(s.requests("POST", "/v3/auth/tokens").await, 0, "the emulator behind the upstream saw nothing");
    assert_eq!(s.tls_upstream_log(), "", "no request reached the upstream's handler");
    s.close().await;
}

#[tokio::test]
async fn a_trusted_certificate_for_another_name_is_refused_too() {
    let s = behind_tls(&["iam.example.com"], true).await;
    s.client.goto(&format!("{}/sign-in", s.base)).await.unwrap();
    let answer = plain_get(&s.base, "/v5/caller-identity").await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 502"), "{answer}");
    assert_eq!(s.requests("GET", "/v5/caller-identity").await, 0);
    s.close().await;
}

#[tokio::test]
async fn with_the_certificate_trusted_the_password_sign_in_goes_through() {
    let s = behind_tls(PUBLIC_NAMES, true).await;
    s.sign_in_with_password_at("/password", "alice", "Demo-Password-1").await;
    let lines = s.request_lines("POST", "/v3/auth/tokens").await;
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains(" host=iam.myhuaweicloud.com "), "{lines:?}");
    s.close().await;
}
