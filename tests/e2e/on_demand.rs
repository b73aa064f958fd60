//! Pages whose code arrives on the first visit: the sign-in screen downloads no page's
//! file, a page downloads its own, and a file that does not arrive is explained, with
//! "Try again" that works once the network is back.

use serde_json::json;

use crate::harness::{Launch, Session, BOB};

/// The name of the shipped wasm file that starts with `stem` (its hash differs each build).
fn shipped(stem: &str) -> String {
    let dist = std::env::var("IAM_E2E_DIST").expect("IAM_E2E_DIST");
    std::fs::read_dir(dist)
        .expect("dist")
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .find(|name| name.starts_with(stem) && name.ends_with(".wasm"))
        .unwrap_or_else(|| panic!("no {stem}*.wasm shipped"))
}

/// The wasm files the page has fetched so far, by name.
async fn fetched_wasm(s: &Session) -> Vec<String> {
    let names = s
        .client
        .execute(
            "return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)\
             .filter(p => p.endsWith('.wasm'));",
            vec![],
        )
        .await
        .expect("resource timing");
    serde_json::from_value(names).expect("names")
}

#[tokio::test]
async fn sign_in_downloads_no_page_and_the_users_page_only_its_own() {
    let s = Session::start().await;
    s.client.goto(&format!("{}/sign-in", s.base)).await.unwrap();
    s.choose("Access keys").await;
    let first = fetched_wasm(&s).await;
    assert_eq!(first.len(), 1, "the first screen is one wasm file: {first:?}");
    assert!(!first[0].contains("split_"), "no page's file on the sign-in screen: {first:?}");

    s.sign_in_at("/users", &BOB, "bob-admin").await;
    s.wait_for("//h1[normalize-space(.)='Users']").await;
    // Read from DevTools' network log once it settles: the app keeps only the first few dozen
    // resource-timing entries (src/perf.rs), fewer than a start-up and a page's 30 files.
    assert_eq!(s.sent("GET", &format!("/{}", shipped("split_users_page-"))).await, 1, "the users page's file");
    assert_eq!(s.sent("GET", &format!("/{}", shipped("split_user_detail_page-"))).await, 0, "not a page never opened");
    s.close().await;
}

#[tokio::test]
async fn an_admin_page_whose_file_is_cut_off_says_so_and_try_again_loads_it() {
    let s = Session::launch(Launch { through_nginx: true, ..Launch::default() }).await;
    s.cdp("Network.enable", json!({})).await;
    s.cdp("Network.setBlockedURLs", json!({ "urls": ["*split_users_page-*"] })).await;
    s.sign_in_at("/users", &BOB, "bob-admin").await;
    s.announced("This page could not be loaded. Check your connection, then try again.").await;
    s.assert_accessible("a page's file did not arrive").await;

    s.cdp("Network.setBlockedURLs", json!({ "urls": [] })).await;
    s.click_button("Try again").await;
    s.wait_for("//h1[normalize-space(.)='Users']").await;
    s.wait_for("//table//a[normalize-space(.)='alice']").await;
    assert!(
        s.client
            .find(fantoccini::Locator::XPath("//*[@role='alert'][contains(., 'could not be loaded')]"))
            .await
            .is_err(),
        "the message is gone once the page is here"
    );
    s.close().await;
}
