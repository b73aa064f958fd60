//! Accounts of any size (`--generate-users`): the filter finds anyone without "Load more",
//! an access key ID names its owner, rows are kept when a page is appended, a failed page
//! is tried again and a search is stopped (on a phone, in dark).

use fantoccini::Locator;

use serde_json::json;

use crate::harness::{Launch, Session, BOB};

/// An account with `count` generated users after the demo ones, bob-admin on `/users`.
async fn account_of(count: &str) -> Session {
    let args = ["--generate-users", count];
    let s = Session::launch(Launch { emulator_args: &args, ..Launch::default() }).await;
    s.sign_in_at("/users", &BOB, "bob-admin").await;
    s.announced("25 users loaded.").await;
    s
}

async fn rows(s: &Session) -> usize {
    // As a screen reader hears it: the table's rows less its header (not every row is drawn).
    let count =
        s.client.execute("return document.querySelector('table.user-list').getAttribute('aria-rowcount');", vec![]);
    count.await.unwrap().as_str().expect("aria-rowcount").parse::<usize>().unwrap() - 1
}

#[tokio::test]
async fn the_last_of_a_thousand_users_is_found_by_typing_its_name_and_nothing_else() {
    let s = account_of("1000").await;
    s.type_into("Filter users", "user-01000").await;
    s.wait_for("//table//tbody/tr/td/a[normalize-space(.)='user-01000']").await;
    s.announced("Showing 1 of 1002 loaded users.").await;
    assert_eq!(rows(&s).await, 1);
    // The first page of 25, then the other 977 in pages of 200: each page once.
    assert_eq!(s.sent("GET", "/v5/users").await, 6);
    assert!(s.client.find(Locator::XPath("//button[normalize-space(.)='Stop']")).await.is_err(), "the search is done");

    // Everyone is loaded now: narrowing and widening send nothing.
    s.retype("Filter users", "user-0099").await;
    s.announced("Showing 10 of 1002 loaded users.").await;
    s.retype("Filter users", "nobody-has-this").await;
    s.wait_for("//p[normalize-space(.)='No user matches “nobody-has-this”.']").await;
    assert_eq!(s.sent("GET", "/v5/users").await, 6);
    s.close().await;
}

#[tokio::test]
async fn an_access_key_id_of_a_user_not_loaded_yet_names_its_owner() {
    let s = account_of("1000").await;
    // Pasted, as a key found in a repository is: typed, each shorter text would search.
    s.paste_into("Filter users", "GENKEY00000000000999").await;
    s.announced("The access key GENKEY00000000000999 belongs to this user.").await;
    s.wait_for("//table//tbody/tr/td/a[normalize-space(.)='user-00999']").await;
    assert_eq!(rows(&s).await, 1);
    assert_eq!(s.sent("GET", "/v5/users").await, 2, "the first page, then the owner: no search");
    s.assert_accessible("the owner of an access key").await;

    s.paste_into("Filter users", "NOSUCHACCESSKEY00000").await;
    s.announced("No user has this access key.").await;
    s.assert_accessible("an access key nobody has").await;

    // In Chinese, the owner and the search are worded too.
    s.choose_language("Language", "简体中文").await;
    s.announced("没有用户拥有该访问密钥。").await;
    s.paste_into("筛选用户", "GENKEY00000000000999").await;
    s.announced("访问密钥 GENKEY00000000000999 属于以下用户。").await;
    s.assert_no_english("访问密钥的所属用户", &["GENKEY00000000000999", "user-00999", "bob-admin", "Generated", "of"])
        .await;
    s.paste_into("筛选用户", "user-00777").await;
    s.wait_for("//table//tbody/tr/td/a[normalize-space(.)='user-00777']").await;
    s.assert_no_english("搜索整个账号", &["user-00777", "bob-admin", "Generated", "user", "of"]).await;
    s.close().await;
}

#[tokio::test]
async fn rows_are_kept_when_a_page_is_appended() {
    let s = account_of("60").await;
    // "Load more" in view first, as a click brings it: the rows drawn then stay drawn.
    let more = serde_json::to_value(s.button("Load more").await).unwrap();
    s.client.execute("arguments[0].scrollIntoView({ block: 'center' });", vec![more]).await.unwrap();
    // Scrolled down to the button, the page's last row (the header is row 1) is drawn.
    s.wait_for("//table//tbody/tr[@aria-rowindex='26']").await;
    let mark = "const rows = [...document.querySelectorAll('table tbody tr[aria-rowindex]')];\
                rows.forEach(row => row.__kept = row.querySelector('a').textContent);\
                return rows.length;";
    let marked = s.client.execute(mark, vec![]).await.unwrap().as_u64().unwrap();
    s.click_button("Load more").await;
    s.announced("50 users loaded.").await;
    // Each row drawn before and still drawn is the same element, for the same user.
    let check = "const rows = [...document.querySelectorAll('table tbody tr[aria-rowindex]')];\
                 return [rows.filter(row => row.__kept === row.querySelector('a').textContent).length,\
                         rows.filter(row => row.__kept === undefined && Number(row.getAttribute('aria-rowindex')) <= 26).length];";
    let [kept, remade] = serde_json::from_value::<[u64; 2]>(s.client.execute(check, vec![]).await.unwrap()).unwrap();
    assert_eq!(remade, 0, "a row of the first page drawn again as a new element");
    assert!(kept >= 10 && kept <= marked, "{kept} of {marked} rows kept");
    s.close().await;
}

/// Fails unless the page fits a 320 px screen (no sideways scrolling).
async fn fits_320(s: &Session, state: &str) {
    let width = s.client.execute("return document.documentElement.scrollWidth;", vec![]).await.unwrap();
    assert!(width.as_u64().unwrap() <= 320, "{state}: {width} px wide at 320 px");
}

#[tokio::test]
async fn a_failed_page_of_a_search_is_tried_again_and_a_search_is_stopped() {
    let s = account_of("1000").await;
    // A phone in dark, where the new states must read as well.
    let metrics = json!({ "width": 320, "height": 640, "deviceScaleFactor": 1, "mobile": true });
    s.cdp("Emulation.setDeviceMetricsOverride", metrics).await;
    let dark = json!({ "features": [{ "name": "prefers-color-scheme", "value": "dark" }] });
    s.cdp("Emulation.setEmulatedMedia", dark).await;

    // Every page after the first fails: the search says so and keeps the 25 users it has.
    s.cdp("Network.enable", json!({})).await;
    s.cdp("Network.setBlockedURLs", json!({ "urls": ["*marker=*"] })).await;
    s.paste_into("Filter users", "user-00999").await;
    s.announced("The search stopped: the next users could not be loaded.").await;
    s.announced("Showing 0 of 25 loaded users.").await;
    s.wait_for("//p[normalize-space(.)='No loaded user matches “user-00999”.']").await;
    s.assert_accessible("a failed page of a search, 320 px, dark").await;
    fits_320(&s, "a failed page of a search").await;

    // "Try again" reads on; slowed down, the search is seen reading and is stopped.
    s.cdp("Network.setBlockedURLs", json!({ "urls": [] })).await;
    let slow = json!({ "offline": false, "latency": 1500, "downloadThroughput": -1, "uploadThroughput": -1 });
    s.cdp("Network.emulateNetworkConditions", slow).await;
    s.click_button("Try again").await;
    s.announced("Searching… 25 users so far.").await;
    s.assert_accessible("a search reading the account, 320 px, dark").await;
    fits_320(&s, "a search reading the account").await;
    s.click_button("Stop").await;
    // The page asked for before "Stop" lands; no other is asked for.
    s.announced("Search stopped after 225 users.").await;
    s.announced("Showing 0 of 225 loaded users.").await;
    assert!(s.client.find(Locator::XPath("//button[normalize-space(.)='Stop']")).await.is_err());
    // The browser asked for the first page, the one the test blocked, and its retry.
    assert_eq!(s.sent("GET", "/v5/users").await, 3, "the first page, the blocked one, then it again");
    assert_eq!(s.requests("GET", "/v5/users").await, 2, "IAM answered the first page, then one page of 200");
    s.assert_accessible("a stopped search, 320 px, dark").await;

    // In Chinese, the stopped search is worded too.
    s.choose_language("Language", "简体中文").await;
    s.announced("已停止搜索，共查找 225 个用户。").await;
    s.assert_no_english("已停止的搜索", &["user-00999", "bob-admin", "Generated", "user", "of"]).await;
    s.choose_language("语言", "English").await;

    // Typing again searches on from where it stopped: no page is read twice.
    let fast = json!({ "offline": false, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 });
    s.cdp("Network.emulateNetworkConditions", fast).await;
    s.paste_into("Filter users", "user-0099").await;
    s.wait_for("//table//tbody/tr/td/a[normalize-space(.)='user-00999']").await;
    s.announced("Showing 10 of 1002 loaded users.").await;
    assert_eq!(s.requests("GET", "/v5/users").await, 6, "25, then 200 a page from 225: 425, 625, 825, 1002");
    assert_eq!(s.sent("GET", "/v5/users").await, 7, "and the one blocked before, asked for again");
    s.close().await;
}
