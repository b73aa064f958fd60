//! "My credentials" (`/credentials`): who I am, and my own access keys: create (the secret
//! shown once, gone after "Done"), the limit of two, deactivate, activate, delete.

use crate::harness::{Session, ALICE};
use crate::languages::sign_in_in_chinese;

const ALICE_KEY: &str = "DEMOALICEACCESSKEY01";
const ALICE_KEYS: &str = "/v5/users/d3m0000000000000000000000000a11c/access-keys";

/// The table row of the key `id`, as XPath.
fn row(id: &str) -> String {
    format!("//table//tr[td/code[normalize-space(.)='{id}']]")
}

/// The access key id and secret the "Access key created" dialog shows.
async fn shown_key(s: &Session, title: &str) -> (String, String) {
    let dialog = format!("//dialog[@open][h2[normalize-space(.)='{title}']]");
    s.wait_for(&dialog).await;
    let id = s.wait_for(&format!("({dialog}//dd/code)[1]")).await.text().await.unwrap();
    let secret = s.wait_for(&format!("({dialog}//dd/code)[2]")).await.text().await.unwrap();
    assert_eq!((id.len(), secret.len()), (20, 40), "{id} {secret}");
    s.must_not_keep(&secret);
    (id, secret)
}

#[tokio::test]
async fn my_access_keys_created_once_limited_to_two_toggled_and_deleted() {
    let s = Session::start().await;
    s.sign_in_with_password_at("/credentials", "alice", "Demo-Password-1").await;
    s.wait_for("//h1[normalize-space(.)='My credentials']").await;
    s.wait_for("//dd[code[normalize-space(.)='d3m0000000000000000000000000a11c']]").await;
    s.wait_for("//dt[normalize-space(.)='Password expires']/following-sibling::dd[1][starts-with(normalize-space(.), 'Never')]/a[@href='/password'][normalize-space(.)='Change password']").await;
    s.wait_for(&format!("{}/td[normalize-space(.)='Never']", row(ALICE_KEY))).await;
    // Seeded on 2024-01-02: well past the 90 days after which a key should be replaced.
    s.wait_for(&format!("{}/td/span[starts-with(normalize-space(.), 'Rotate: created ')]", row(ALICE_KEY))).await;
    s.assert_accessible("my credentials").await;

    s.click_button("Create access key").await;
    let (id, secret) = shown_key(&s, "Access key created").await;
    s.wait_for("//dialog[@open]//p[contains(., 'only time the secret access key is shown')]").await;
    s.assert_accessible("a new key's secret, shown once").await;

    // credentials.csv is made in the browser: catch the Blob behind the download, and see
    // its object URL revoked, in a later task than the click's (the download starts there).
    s.client
        .execute(
            "const make = URL.createObjectURL, revoke = URL.revokeObjectURL;\
             URL.createObjectURL = (blob) => {\
               window.__csv = blob.text(); window.__task = 'the click';\
               setTimeout(() => { window.__task = 'a later task'; }, 0);\
               return make(blob);\
             };\
             URL.revokeObjectURL = (url) => { window.__revokedIn = window.__task; revoke(url); window.__revoked(); };\
             window.__revokedYet = new Promise((resolve) => { window.__revoked = resolve; });",
            vec![],
        )
        .await
        .unwrap();
    s.click_button("Download credentials.csv").await;
    let saved = s
        .client
        .execute_async(
            "const done = arguments[0];\
             Promise.all([window.__csv, window.__revokedYet])\
               .then(([text]) => { delete window.__csv; done([text, window.__revokedIn]); });",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(saved[0], format!("User Name,Access Key Id,Secret Access Key\nalice,{id},{secret}\n"));
    assert_eq!(saved[1], "a later task", "the object URL is revoked, after the click's task");
    s.click_button("Done").await;
    s.wait_for(&format!("{}[not(.//span[contains(., 'Rotate')])]", row(&id))).await;
    // The dialog leaves the page a moment after it closes (its closing is a signal the page
    // follows): wait for that, not for something else on the page.
    s.wait_for("//main[not(.//dialog[@id='access-key-created'])]").await;
    let page = s.client.source().await.unwrap();
    assert!(!page.contains(&secret), "after Done, no node holds the secret");

    // Two keys: the most allowed.
    s.wait_for("//p[contains(., 'You have 2 access keys, the most allowed.')]").await;
    let create = s.button("Create access key").await;
    assert_eq!(create.attr("aria-disabled").await.unwrap().as_deref(), Some("true"));
    create.click().await.unwrap();
    assert_eq!(s.sent("POST", ALICE_KEYS).await, 1);

    s.wait_for(&format!("{}//button[normalize-space(.)='Deactivate']", row(&id))).await.click().await.unwrap();
    s.wait_for(&format!("{}/td[normalize-space(.)='Inactive']", row(&id))).await;
    s.wait_for(&format!("{}//button[normalize-space(.)='Activate']", row(&id))).await.click().await.unwrap();
    s.wait_for(&format!("{}/td[normalize-space(.)='Active']", row(&id))).await;

    s.wait_for(&format!("{}//button[normalize-space(.)='Delete']", row(&id))).await.click().await.unwrap();
    s.wait_for(&format!("//dialog[@open]//p[contains(., 'Delete the access key {id}?')]")).await;
    s.assert_accessible("delete a key, asked first").await;
    s.click_button("Delete access key").await;
    s.wait_for(&format!("//main[not(.//td/code[normalize-space(.)='{id}'])]")).await;
    s.wait_for(&row(ALICE_KEY)).await;
    assert_eq!(s.sent("DELETE", &format!("{ALICE_KEYS}/{id}")).await, 1);
    s.close().await;
}

#[tokio::test]
async fn a_new_key_in_chinese_with_no_english_left() {
    let s = Session::start().await;
    s.prefer_languages("zh-CN,zh;q=0.9,en;q=0.8").await;
    sign_in_in_chinese(&s, "/credentials", "alice", "Demo-Password-1").await;
    s.wait_for("//h1[normalize-space(.)='我的凭证']").await;
    s.wait_for(
        "//dt[normalize-space(.)='密码过期时间']/following-sibling::dd[1][starts-with(normalize-space(.), '永不过期')]",
    )
    .await;
    s.wait_for(&format!("{}/td[starts-with(normalize-space(.), '已启用')]", row(ALICE_KEY))).await;
    s.wait_for(&format!("{}/td/span[starts-with(normalize-space(.), '建议轮换：创建于 ')]", row(ALICE_KEY))).await;
    s.assert_no_english("我的凭证", &["alice", ALICE_KEY, "ID"]).await;
    s.click_button("新增访问密钥").await;
    let (id, secret) = shown_key(&s, "访问密钥已创建").await;
    s.assert_no_english("访问密钥已创建", &["alice", ALICE_KEY, "ID", &id, &secret, "credentials.csv"]).await;
    s.assert_accessible("a new key in Chinese").await;
    s.click_button("完成").await;
    s.wait_for(&row(&id)).await;
    s.close().await;
}

#[tokio::test]
async fn the_key_i_am_signed_in_with_says_first_that_this_signs_me_out_and_then_does() {
    let s = Session::start().await;
    s.sign_in_at("/credentials", &ALICE, "alice").await;
    // Deleting it is said to sign out too; not done here.
    s.wait_for(&format!("{}//button[normalize-space(.)='Delete']", row(ALICE_KEY))).await.click().await.unwrap();
    s.wait_for("//dialog[@open]//p[normalize-space(.)='This is the access key you are signed in with: deleting it signs you out.']").await;
    s.click_button("Cancel").await;

    s.wait_for(&format!("{}//button[normalize-space(.)='Deactivate']", row(ALICE_KEY))).await.click().await.unwrap();
    s.wait_for("//dialog[@open]//p[normalize-space(.)='This is the access key you are signed in with: deactivating it signs you out.']").await;
    s.assert_accessible("deactivating the key I am signed in with").await;
    assert_eq!(s.sent("PUT", &format!("{ALICE_KEYS}/{ALICE_KEY}")).await, 0, "asked first, nothing sent");
    s.click_button("Deactivate and sign out").await;
    s.wait_for("//header//a[normalize-space(.)='Sign in']").await;
    s.field("Account name").await;
    assert_eq!(s.sent("PUT", &format!("{ALICE_KEYS}/{ALICE_KEY}")).await, 1);

    // The key signs nothing now.
    s.choose("Access keys").await;
    s.type_into("Access key ID", ALICE.access).await;
    s.type_into("Secret access key", ALICE.secret).await;
    s.click_button("Sign in").await;
    s.announced("These keys were not accepted.").await;
    s.close().await;
}
