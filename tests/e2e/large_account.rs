//! Accounts of any size (`--generate-users`): the filter finds anyone without "Load more",
//! an access key ID names its owner, and rows are kept when a page is appended.

use fantoccini::Locator;

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
    s.client.find_all(Locator::XPath("//table//tbody/tr")).await.unwrap().len()
}

#[tokio::test]
async fn the_last_of_a_thousand_users_is_found_by_typing_its_name_and_nothing_else() {
    let s = account_of("1000").await;
    s.type_into("Filter users", "user-01000").await;
    s.wait_for("//table//tbody/tr/td[1]/a[normalize-space(.)='user-01000']").await;
    s.announced("Showing 1 of 1002 loaded users.").await;
    assert_eq!(rows(&s).await, 1);
    // The first page of 25, then the other 977 in pages of 200: each page once.
    assert_eq!(s.requests("GET", "/v5/users").await, 6);
    assert!(s.client.find(Locator::XPath("//button[normalize-space(.)='Stop']")).await.is_err(), "the search is done");

    // Everyone is loaded now: narrowing and widening send nothing.
    s.retype("Filter users", "user-0099").await;
    s.announced("Showing 10 of 1002 loaded users.").await;
    s.retype("Filter users", "nobody-has-this").await;
    s.wait_for("//p[normalize-space(.)='No user matches “nobody-has-this”.']").await;
    assert_eq!(s.requests("GET", "/v5/users").await, 6);
    s.close().await;
}

#[tokio::test]
async fn an_access_key_id_of_a_user_not_loaded_yet_names_its_owner() {
    let s = account_of("1000").await;
    // Pasted, as a key found in a repository is: typed, each shorter text would search.
    s.paste_into("Filter users", "GENKEY00000000000999").await;
    s.announced("The access key GENKEY00000000000999 belongs to this user.").await;
    s.wait_for("//table//tbody/tr/td[1]/a[normalize-space(.)='user-00999']").await;
    assert_eq!(rows(&s).await, 1);
    assert_eq!(s.requests("GET", "/v5/users").await, 2, "the first page, then the owner: no search");
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
    s.wait_for("//table//tbody/tr/td[1]/a[normalize-space(.)='user-00777']").await;
    s.assert_no_english("搜索整个账号", &["user-00777", "bob-admin", "Generated", "user", "of"]).await;
    s.close().await;
}

#[tokio::test]
async fn rows_are_kept_when_a_page_is_appended() {
    let s = account_of("60").await;
    let first = s.wait_for("//table//tbody/tr[1]").await;
    s.client.execute("arguments[0].__kept = true;", vec![serde_json::to_value(&first).unwrap()]).await.unwrap();
    s.click_button("Load more").await;
    s.announced("50 users loaded.").await;
    let kept = s.client.execute("return document.querySelector('table tbody tr').__kept === true;", vec![]).await;
    assert_eq!(kept.unwrap(), true, "the first row is the same element after Load more");
    s.close().await;
}
