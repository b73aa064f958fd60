//! The production gateway, `deploy/nginx.conf`, when the network is not all there: it
//! starts with no DNS at all, and when IAM is out of reach the console says so and keeps
//! what was typed.

use std::process::Command;

use crate::harness::{Launch, Scratch, Session, NGINX_CONF};

/// The shipped configuration, made checkable here: only the certificate, the web root and
/// the log move into `scratch` (a throwaway self-signed certificate); the endpoints, the
/// resolver and everything else stay exactly as shipped.
fn checkable(conf: &str, scratch: &std::path::Path) -> String {
    let at = |name: &str| scratch.join(name).display().to_string();
    conf.lines()
        .map(|line| match line.split_whitespace().next() {
            Some("ssl_certificate") => format!("ssl_certificate {};", at("cert.pem")),
            Some("ssl_certificate_key") => format!("ssl_certificate_key {};", at("key.pem")),
            Some("root") => format!("root {};", at("dist")),
            Some("access_log") => format!("access_log {};", at("access.log")),
            _ => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `nginx -t` of `conf` in a network namespace of its own: no interface but loopback, so
/// no DNS server can answer. Returns whether it passed, and what nginx said.
fn test_without_network(conf: &str, scratch: &std::path::Path) -> (bool, String) {
    let path = scratch.join("nginx.conf");
    std::fs::write(&path, conf).unwrap();
    let globals = format!("pid {}/nginx.pid; error_log stderr;", scratch.display());
    let nginx = std::env::var("IAM_E2E_NGINX").expect("IAM_E2E_NGINX");
    let out = Command::new("unshare")
        .args(["--net", "--", &nginx, "-t", "-p"])
        .arg(scratch)
        .arg("-c")
        .arg(&path)
        .args(["-g", &globals])
        .output()
        .expect("unshare nginx -t");
    (out.status.success(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[tokio::test]
async fn the_shipped_nginx_conf_passes_nginx_t_with_no_dns_for_iam_or_sts() {
    let folder = Scratch::named("nginx-t");
    let scratch = &folder.0;
    std::fs::create_dir_all(scratch.join("dist")).unwrap();
    let made = Command::new("openssl")
        .args(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=console.example.com"])
        .arg("-keyout")
        .arg(scratch.join("key.pem"))
        .arg("-out")
        .arg(scratch.join("cert.pem"))
        .output()
        .expect("openssl");
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));

    let (passed, said) = test_without_network(&checkable(NGINX_CONF, scratch), scratch);
    assert!(passed && said.contains("test is successful"), "nginx -t without DNS:\n{said}");

    // The check can fail: an endpoint named in proxy_pass is resolved at start, and with
    // no DNS nginx refuses the configuration, as the shipped file did before.
    let resolved_at_start = checkable(NGINX_CONF, scratch)
        .replace("proxy_pass $iam_endpoint;", "proxy_pass https://iam.myhuaweicloud.com;");
    let (passed, said) = test_without_network(&resolved_at_start, scratch);
    assert!(!passed && said.contains("host not found"), "a host in proxy_pass needs DNS at start:\n{said}");
}

#[tokio::test]
async fn through_nginx_with_iam_down_the_console_says_so_and_keeps_what_was_typed() {
    let mut s = Session::launch(Launch { through_nginx: true, ..Launch::default() }).await;
    s.sign_in_with_password_at("/password", "alice", "Demo-Password-1").await;
    s.type_into("Current password", "Demo-Password-1").await;
    s.type_into("New password", "Fresh-Password-7").await;
    s.type_into("Confirm new password", "Fresh-Password-7").await;
    s.stop_emulator().await;
    s.click_button("Change password").await;
    let said = s.announced("IAM cannot be reached right now").await;
    assert!(said.contains("HTTP 502"), "the gateway's answer, explained: {said}");
    s.button("Try again").await;
    assert_eq!(s.value_of("Current password").await, "Demo-Password-1");
    assert_eq!(s.value_of("New password").await, "Fresh-Password-7");
    assert_eq!(s.value_of("Confirm new password").await, "Fresh-Password-7");
    s.assert_accessible("IAM out of reach").await;
    s.close().await;
}
