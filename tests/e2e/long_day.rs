//! A console open all day: pages left behind are let go. It counts DOM nodes (and reads
//! the JS heap) after garbage collection; it is not a timed test. Chromium's DOM counter
//! does not see detached nodes that the wasm side still holds (a heap snapshot does: the
//! pages' links and reactive texts, issue 16), so this catches DOM that stays attached or
//! JS-held, not yet that.

use serde_json::json;

use crate::harness::Session;

const ALICE_PAGE: &str = "/users/d3m0000000000000000000000000a11c";

/// Goes to `path` inside the app (as Back/Forward would: the History API and `popstate`)
/// and waits until `ready` (a CSS selector) is on the page.
async fn visit(s: &Session, path: &str, ready: &str) {
    // Chromium ignores history changes beyond ~200 in 10 seconds (flooding protection),
    // faster than any person clicks: a change it ignored is made again a moment later.
    // A page that asks before leaving fails the test: nothing here leaves unsaved edits.
    let done = s
        .client
        .execute_async(
            "const [path, ready, done] = arguments;\
             window.confirm = (question) => done('asked before leaving: ' + question);\
             const look = () => document.querySelector(ready) ? done(true) : requestAnimationFrame(look);\
             const link = document.querySelector(`a[href='${path}']`);\
             if (link) { link.click(); requestAnimationFrame(look); return; }\
             const go = () => {\
               history.pushState(null, '', path);\
               if (location.pathname !== path) return setTimeout(go, 100);\
               dispatchEvent(new PopStateEvent('popstate'));\
               requestAnimationFrame(look);\
             };\
             go();",
            vec![json!(path), json!(ready)],
        )
        .await
        .unwrap_or_else(|e| panic!("{path}: {ready} never appeared: {e}"));
    assert_eq!(done, true, "{path}");
}

/// Every page, in a round: home, sign-in, password, users, a user's page, not found.
async fn round(s: &Session) {
    visit(s, "/", "main ul a[href='/users']").await;
    visit(s, "/sign-in", "input#account-name").await;
    visit(s, "/password", "input#confirm-password").await;
    visit(s, "/users", "table.users tbody tr").await;
    visit(s, ALICE_PAGE, "textarea#user-description").await;
    visit(s, "/nowhere", "main p a[href='/']").await;
}

/// DOM nodes and JS heap bytes after a full garbage collection.
async fn after_gc(s: &Session) -> (u64, u64) {
    // Collect, let the finalizers that collection queued run (they free the wasm side of
    // closures whose JS functions were collected), then collect what they let go.
    s.cdp("HeapProfiler.collectGarbage", json!({})).await;
    s.client
        .execute_async("const done = arguments[0]; setTimeout(() => done(true), 0);", vec![])
        .await
        .expect("a task for the finalizers");
    s.cdp("HeapProfiler.collectGarbage", json!({})).await;
    let nodes = s.cdp("Memory.getDOMCounters", json!({})).await["nodes"].as_u64().expect("nodes");
    let heap = s.cdp("Runtime.getHeapUsage", json!({})).await["usedSize"].as_u64().expect("heap");
    (nodes, heap)
}

#[tokio::test]
async fn two_hundred_navigations_across_every_page_leave_no_pages_behind() {
    let s = Session::start().await;
    s.sign_in_with_password_at("/users", "bob-admin", "Demo-Password-2").await;
    // One round first: what stays for good (caches, the header) is not a leak.
    round(&s).await;
    visit(&s, "/", "main ul a[href='/users']").await;
    let (nodes_before, heap_before) = after_gc(&s).await;

    // 34 rounds of 6 pages: 204 navigations.
    for _ in 0..34 {
        round(&s).await;
    }
    visit(&s, "/", "main ul a[href='/users']").await;
    let (nodes_after, heap_after) = after_gc(&s).await;
    println!("DOM nodes {nodes_before} → {nodes_after}; JS heap {heap_before} → {heap_after} bytes");
    assert!(
        nodes_after * 100 <= nodes_before * 105,
        "DOM nodes grew from {nodes_before} to {nodes_after} over 200 navigations (more than 5%)"
    );
    s.close().await;
}
