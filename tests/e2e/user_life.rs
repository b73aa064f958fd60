//! A user from first day to last, as an administrator does it: "Create user" with a
//! console password and a key (the new user then signs in and is sent to `/password`), a
//! failed second step finished on the user's page, "Groups", "Tags", and "Delete user" in
//! English and in Chinese.

use fantoccini::Locator;

use crate::harness::{user, Session, BOB, DEMO_ACCOUNT};
use crate::languages::sign_in_in_chinese;

const ALICE_ID: &str = "d3m0000000000000000000000000a11c";
const CAROL_PASSWORD: &str = "Carol-First-Pass-5";

/// A button in the dialog that is open.
fn dialog_button(name: &str) -> String {
    format!("//dialog[@open]//button[normalize-space(.)='{name}' or @aria-label='{name}']")
}

/// Ticks the checkbox labelled `label`.
async fn tick(s: &Session, label: &str) {
    let xpath = format!("//input[@type='checkbox'][@id=//label[normalize-space(.)='{label}']/@for]");
    s.wait_for(&xpath).await.click().await.expect("tick");
}

#[tokio::test]
async fn a_new_user_with_a_console_password_and_a_key_signs_in_and_is_sent_to_set_a_password() {
    let s = Session::start().await;
    s.sign_in_at("/users", &BOB, "bob-admin").await;
    s.wait_for("//a[normalize-space(.)='Create user']").await.click().await.unwrap();
    s.wait_for("//h1[normalize-space(.)='Create user']").await;
    assert_eq!(s.client.current_url().await.unwrap().path(), "/users/new");

    // The contract's rules, at the fields, before anything is sent.
    s.type_into("User name", "9carol").await;
    tick(&s, "Set a console password").await;
    let require = s.wait_for(
        "//input[@type='checkbox'][@id=//label[normalize-space(.)='Require a new password at next sign-in']/@for]",
    );
    assert!(require.await.is_selected().await.unwrap(), "a new password at first sign-in is the default");
    s.click_button("Create user").await;
    s.field_message("User name", "must not start with a digit").await;
    s.field_message("New password", "new password").await;
    s.assert_accessible("a new user, refused at the fields").await;
    assert_eq!(s.sent("POST", "/v5/users").await, 0);

    s.retype("User name", "carol").await;
    s.type_into("Description", "Joins payments on Monday").await;
    s.type_into("New password", CAROL_PASSWORD).await;
    s.type_into("Confirm new password", CAROL_PASSWORD).await;
    tick(&s, "Create an access key").await;
    s.click_button("Create user").await;

    // The secret once, then the new user's page.
    s.wait_for("//dialog[@open]//h2[normalize-space(.)='Access key created']").await;
    let secret =
        s.wait_for("//dialog[@open]//dt[normalize-space(.)='Secret access key']/following-sibling::dd[1]/code").await;
    s.must_not_keep(&secret.text().await.unwrap());
    s.assert_accessible("a new user's access key").await;
    s.wait_for(&dialog_button("Done")).await.click().await.unwrap();
    s.wait_for("//h1[normalize-space(.)='carol']").await;
    assert!(s.client.current_url().await.unwrap().path().starts_with("/users/"));
    assert_eq!(s.sent("POST", "/v5/users").await, 1, "the user is made once");
    s.wait_for("//dt[normalize-space(.)='New password required at next sign-in']/following-sibling::dd[1][normalize-space(.)='Yes']").await;

    // Carol signs in: the console sends her to set her own password.
    s.click_button("Sign out").await;
    s.client.goto(&format!("{}/users", s.base)).await.unwrap();
    s.type_into("Account name", DEMO_ACCOUNT).await;
    s.type_into("IAM user name", "carol").await;
    s.type_into("Password", CAROL_PASSWORD).await;
    s.click_button("Sign in").await;
    s.wait_for("//p[normalize-space(.)='Your administrator asks you to set a new password.']").await;
    assert_eq!(s.client.current_url().await.unwrap().path(), "/password");
    s.close().await;
}

#[tokio::test]
async fn a_failed_second_step_keeps_what_was_typed_and_never_makes_the_user_twice() {
    let s = Session::start_with(|seed| {
        user(seed, "bob-admin")["deny"] = serde_json::json!(["iam:users:createLoginProfileV5"]);
    })
    .await;
    s.sign_in_at("/users/new", &BOB, "bob-admin").await;
    s.type_into("User name", "dave").await;
    tick(&s, "Set a console password").await;
    s.type_into("New password", CAROL_PASSWORD).await;
    s.type_into("Confirm new password", CAROL_PASSWORD).await;
    s.click_button("Create user").await;
    s.announced("User dave was created, but their console password was not set.").await;
    s.announced("PAP5.0001").await;
    assert_eq!(s.value_of("New password").await, CAROL_PASSWORD, "nothing typed is lost");
    s.assert_accessible("a new user whose second step failed").await;

    // Trying again sends only the step left.
    let finish = s.wait_for("//a[normalize-space(.)=\"Finish on dave's page\"]").await;
    let page = finish.attr("href").await.unwrap().expect("the new user's page");
    s.click_button("Finish creating user").await;
    s.wait_requests("POST", &format!("/v5{page}/login-profile"), 2).await;
    assert_eq!(s.sent("POST", "/v5/users").await, 1, "the user is made once");
    s.wait_for("//a[normalize-space(.)=\"Finish on dave's page\"]").await.click().await.unwrap();
    s.wait_for("//h1[normalize-space(.)='dave']").await;
    s.close().await;
}

#[tokio::test]
async fn groups_are_joined_and_left_and_tags_added_changed_and_removed() {
    let s = Session::start().await;
    // A password sign-in: the tab keeps it across the reload at the end.
    s.sign_in_with_password_at(&format!("/users/{ALICE_ID}"), "bob-admin", "Demo-Password-2").await;
    s.wait_for("//h2[normalize-space(.)='Groups']").await;
    s.wait_for("//section[@class='groups']//td[normalize-space(.)='developers']").await;

    s.click_button("Add to group").await;
    s.wait_for("//dialog[@open]//td[normalize-space(.)='auditors']").await;
    s.wait_for("//dialog[@open]//tr[td[normalize-space(.)='developers']]//span[normalize-space(.)='Member']").await;
    s.type_into("Filter groups", "aud").await;
    s.wait_for("//dialog[@open][not(.//td[normalize-space(.)='admins'])]").await;
    s.assert_accessible("the account's groups to add to").await;
    s.wait_for(&dialog_button("Add to auditors")).await.click().await.unwrap();
    s.announced("Added to auditors.").await;
    s.wait_for("//section[@class='groups']//td[normalize-space(.)='auditors']").await;
    s.click_button("Remove from group developers").await;
    s.announced("Removed from developers.").await;
    s.wait_for("//section[@class='groups'][not(.//td[normalize-space(.)='developers'])]").await;
    assert_eq!(s.sent("POST", "/v5/groups/d3m0-group-auditors/add-user").await, 1);

    // Tags: one changed, one refused at its field, then added, then one removed.
    s.wait_for("//h2[normalize-space(.)='Tags']").await;
    assert_eq!(s.value_of("Key of tag 1").await, "team");
    s.retype("Value of tag 1", "billing").await;
    // Unsaved tags: leaving asks first, and staying keeps them.
    s.wait_for("//a[normalize-space(.)='Back to users']").await.click().await.unwrap();
    let question = s.client.get_alert_text().await.expect("a question");
    assert_eq!(question, "Leave this page? The tags you changed are not saved.");
    s.client.dismiss_alert().await.unwrap();
    assert_eq!(s.value_of("Value of tag 1").await, "billing");
    s.click_button("Add tag").await;
    s.type_into("Key of tag 2", "_sys_owner").await;
    s.type_into("Value of tag 2", "alice").await;
    s.click_button("Save tags").await;
    s.field_message("Key of tag 2", "Tag key must not start with _sys_.").await;
    assert_eq!(s.sent("POST", &format!("/v5/user/{ALICE_ID}/tags/create")).await, 0, "refused before sending");
    s.assert_accessible("a refused tag").await;
    s.retype("Key of tag 2", "owner").await;
    s.click_button("Save tags").await;
    s.announced("The tags were saved.").await;
    s.click_button("Remove tag 1").await;
    s.click_button("Save tags").await;
    s.announced("The tags were saved.").await;
    assert_eq!(s.sent("DELETE", &format!("/v5/user/{ALICE_ID}/tags/delete")).await, 1);

    // What the server keeps: a fresh load shows it.
    s.client.refresh().await.unwrap();
    assert_eq!(s.value_of("Key of tag 1").await, "owner");
    assert_eq!(s.value_of("Value of tag 1").await, "alice");
    assert!(s.client.find(Locator::XPath("//label[normalize-space(.)='Key of tag 2']")).await.is_err());
    s.close().await;
}

#[tokio::test]
async fn a_user_is_deleted_once_their_name_is_typed_and_a_refusal_shows_its_request_id() {
    let s = Session::launch(crate::harness::Launch { emulator_args: &["--generate-users", "3"], ..Default::default() })
        .await;
    // A password sign-in: the tab keeps it across the pages opened below.
    s.sign_in_with_password_at(&format!("/users/{ALICE_ID}"), "bob-admin", "Demo-Password-2").await;
    s.click_button("Delete user").await;
    s.type_into("Type the user name to confirm", "alic").await;
    s.wait_for(&dialog_button("Delete user")).await.click().await.unwrap();
    s.field_message("Type the user name to confirm", "Type the user name exactly as shown.").await;
    s.retype("Type the user name to confirm", "alice").await;
    s.wait_for(&dialog_button("Delete user")).await.click().await.unwrap();
    // Alice still has an MFA device: IAM refuses, with its request id.
    s.announced("The user was not deleted.").await;
    s.wait_for("//dialog[@open]//p[contains(., 'Request ID')]/code").await;
    s.wait_for("//dialog[@open]//code[normalize-space(.)='IAM.0023']").await;
    s.assert_accessible("a refused deletion").await;
    s.press(&fantoccini::key::Key::Escape.to_string()).await;

    s.client.goto(&format!("{}/users/gen00000000000000000000000000001", s.base)).await.unwrap();
    // An edit not saved does not hold the way back once the user is gone.
    s.type_into("Description", " edited").await;
    s.click_button("Delete user").await;
    s.type_into("Type the user name to confirm", "user-00001").await;
    s.wait_for(&dialog_button("Delete user")).await.click().await.unwrap();
    s.announced("User user-00001 deleted.").await;
    assert_eq!(s.client.current_url().await.unwrap().path(), "/users");
    s.wait_for("//table[not(.//a[normalize-space(.)='user-00001'])]").await;

    // Never yourself.
    s.client.goto(&format!("{}/users/d3m0000000000000000000000000b0b0", s.base)).await.unwrap();
    s.wait_for("//p[normalize-space(.)='You cannot delete your own user.']").await;
    assert!(s.client.find(Locator::XPath("//button[normalize-space(.)='Delete user']")).await.is_err());
    s.close().await;
}

#[tokio::test]
async fn a_user_is_deleted_in_chinese() {
    let s = Session::launch(crate::harness::Launch { emulator_args: &["--generate-users", "2"], ..Default::default() })
        .await;
    s.prefer_languages("zh-CN").await;
    sign_in_in_chinese(&s, "/users/gen00000000000000000000000000002", "bob-admin", "Demo-Password-2").await;
    s.click_button("删除用户").await;
    s.type_into("输入用户名以确认", "user-00002").await;
    s.wait_for(&dialog_button("删除用户")).await.click().await.unwrap();
    s.announced("已删除用户 user-00002。").await;
    s.assert_no_english(
        "删除用户之后",
        &[
            "user",
            "bob-admin",
            "alice",
            "Generated",
            "of",
            "Demo",
            "administrator",
            "who",
            "changes",
            "her",
            "own",
            "password",
        ],
    )
    .await;
    s.assert_accessible("a deleted user, in Chinese").await;
    s.close().await;
}
