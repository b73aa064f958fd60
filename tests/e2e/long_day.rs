//! A console open all day: pages left behind are let go. It counts DOM nodes, the JS heap
//! and the wasm memory after garbage collection; it is not a timed test.
//!
//! The wasm memory is what caught issue 16's last leak: every reactive text or attribute of
//! a page stayed listed, dead, among the subscribers of the app-wide language and path
//! signals (`vendor/reactive_graph/PATCHED.md`). Wasm memory only grows, in 64 KiB pages,
//! so "no growth" is exact. The patch goes with Leptos 0.9 (reactive_graph 0.3 drops dead
//! subscribers itself); this test must pass without it then.

use serde_json::json;

use crate::harness::Session;

const ALICE_PAGE: &str = "/users/d3m0000000000000000000000000a11c";

/// Runs `expression` (a promise) in the page and returns the value it resolves to.
///
/// Over DevTools, not WebDriver: ChromeDriver 148 keeps ~17 KB of JS heap for every
/// asynchronous script it runs, which this test would count as the app's.
async fn evaluate(s: &Session, expression: String) -> serde_json::Value {
    let answer = s
        .cdp("Runtime.evaluate", json!({ "expression": expression, "awaitPromise": true, "returnByValue": true }))
        .await;
    assert!(answer.get("exceptionDetails").is_none(), "{answer}");
    answer["result"]["value"].clone()
}

/// Goes to `path` inside the app (as Back/Forward would: the History API and `popstate`)
/// and waits until `ready` (a CSS selector) is on the page.
async fn visit(s: &Session, path: &str, ready: &str) {
    // Chromium ignores history changes beyond ~200 in 10 seconds (flooding protection),
    // faster than any person clicks: a change it ignored is made again a moment later.
    // A page that asks before leaving fails the test: nothing here leaves unsaved edits.
    let done = evaluate(
        s,
        format!(
            "new Promise((done) => {{\
             const [path, ready] = [{path}, {ready}];\
             window.confirm = (question) => done('asked before leaving: ' + question);\
             const look = () => document.querySelector(ready) ? done(true) : requestAnimationFrame(look);\
             const link = document.querySelector(`a[href='${{path}}']`);\
             if (link) {{ link.click(); requestAnimationFrame(look); return; }}\
             const go = () => {{\
               history.pushState(null, '', path);\
               if (location.pathname !== path) return setTimeout(go, 100);\
               dispatchEvent(new PopStateEvent('popstate'));\
               requestAnimationFrame(look);\
             }};\
             go();\
             }})",
            path = json!(path),
            ready = json!(ready)
        ),
    )
    .await;
    assert_eq!(done, true, "{path}: {ready}");
}

/// Every page, in a round: home, sign-in, password, users, a user's page (with its
/// security), my credentials, not found.
async fn round(s: &Session) {
    visit(s, "/", "main ul a[href='/users']").await;
    visit(s, "/sign-in", "input#account-name").await;
    visit(s, "/password", "input#confirm-password").await;
    visit(s, "/users", "table.user-list tbody tr").await;
    visit(s, ALICE_PAGE, "textarea#user-description").await;
    visit(s, "/credentials", "table.keys tbody tr").await;
    visit(s, "/nowhere", "main p a[href='/']").await;
}

/// What a long day could make grow, read after a full garbage collection.
#[derive(Debug, Clone, Copy)]
struct Footprint {
    dom_nodes: u64,
    js_heap: u64,
    wasm_memory: u64,
}

/// The footprint after a full garbage collection.
async fn after_gc(s: &Session) -> Footprint {
    // Collect, let the finalizers that collection queued run (they free the wasm side of
    // closures whose JS functions were collected), then collect what they let go.
    s.cdp("HeapProfiler.collectGarbage", json!({})).await;
    evaluate(s, "new Promise((done) => setTimeout(() => done(true), 0))".into()).await;
    s.cdp("HeapProfiler.collectGarbage", json!({})).await;
    let dom_nodes = s.cdp("Memory.getDOMCounters", json!({})).await["nodes"].as_u64().expect("nodes");
    let js_heap = s.cdp("Runtime.getHeapUsage", json!({})).await["usedSize"].as_u64().expect("heap");
    // The glue module's `default()` hands back the running instance's exports.
    let wasm_memory = evaluate(
        s,
        "import(document.querySelector('script[type=module]').src)\
           .then((glue) => glue.default()).then((wasm) => wasm.memory.buffer.byteLength)"
            .into(),
    )
    .await
    .as_u64()
    .expect("a byte count");
    Footprint { dom_nodes, js_heap, wasm_memory }
}

#[tokio::test]
async fn two_hundred_navigations_across_every_page_leave_no_pages_behind() {
    let s = Session::start().await;
    s.sign_in_with_password_at("/users", "bob-admin", "Demo-Password-2").await;
    // Warm up first: what stays for good (caches, the header, the allocator's first pages)
    // is not a leak.
    for _ in 0..5 {
        round(&s).await;
    }
    visit(&s, "/", "main ul a[href='/users']").await;
    let before = after_gc(&s).await;

    // 34 rounds of 7 pages: 238 navigations.
    for _ in 0..34 {
        round(&s).await;
    }
    visit(&s, "/", "main ul a[href='/users']").await;
    let after = after_gc(&s).await;
    println!("after 238 navigations: {before:?} → {after:?}");
    assert!(
        after.dom_nodes * 100 <= before.dom_nodes * 105,
        "DOM nodes grew from {} to {} over 238 navigations (more than 5%)",
        before.dom_nodes,
        after.dom_nodes
    );
    assert!(
        after.js_heap * 100 <= before.js_heap * 105,
        "the JS heap grew from {} to {} bytes over 238 navigations (more than 5%)",
        before.js_heap,
        after.js_heap
    );
    assert_eq!(after.wasm_memory, before.wasm_memory, "the wasm memory grew over 238 navigations");
    s.close().await;
}
