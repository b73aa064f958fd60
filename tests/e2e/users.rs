//! `/users` and `/users/{id}` as bob-admin, against the emulator.

use fantoccini::Locator;
use serde_json::json;

use crate::harness::{user, Session, ALICE, BOB, PLANTED};

/// The demo seed's administrator.
const ALICE_ID: &str = "d3m0000000000000000000000000a11c";
const ALICE_PAGE: &str = "/users/d3m0000000000000000000000000a11c";

/// A 32-character user id from a number.
fn user_id(n: usize) -> String {
    format!("{n:032x}")
}

/// Adds `count` plain users (`user-01` …) after the demo ones.
fn with_users(seed: &mut serde_json::Value, count: usize) {
    let users = seed["users"].as_array_mut().unwrap();
    for n in 1..=count {
        users.push(json!({
            "user_id": user_id(n), "user_name": format!("user-{n:02}"),
            "description": if n % 10 == 0 { "Payments team" } else { "" },
            "enabled": n % 7 != 0, "password": "Some-Password-1"
        }));
    }
}

async fn open_alice(s: &Session) {
    s.sign_in_at(ALICE_PAGE, &BOB, "bob-admin").await;
    s.field("User name").await;
}

/// The row count of the users table.
async fn rows(s: &Session) -> usize {
    // As a screen reader hears it: the table's rows less its header (not every row is drawn).
    let count =
        s.client.execute("return document.querySelector('table.user-list').getAttribute('aria-rowcount');", vec![]);
    count.await.unwrap().as_str().expect("aria-rowcount").parse::<usize>().unwrap() - 1
}

#[tokio::test]
async fn the_list_pages_with_load_more_and_filters_what_is_loaded() {
    let s = Session::start_with(|seed| with_users(seed, 30)).await;
    s.sign_in_at("/users", &BOB, "bob-admin").await;
    s.announced("25 users loaded.").await;
    assert_eq!(rows(&s).await, 25);
    s.wait_for("//tr[td[normalize-space(.)='Disabled']]/td/a[normalize-space(.)='user-07']").await;
    s.assert_accessible("user list").await;

    s.click_button("Load more").await;
    s.announced("32 users loaded.").await;
    assert_eq!(rows(&s).await, 32);
    assert!(s.client.find(Locator::XPath("//button[normalize-space(.)='Load more']")).await.is_err(), "no more pages");
    assert_eq!(s.sent("GET", "/v5/users").await, 2);

    s.type_into("Filter users", "payments").await;
    s.announced("Showing 3 of 32 loaded users.").await;
    assert_eq!(rows(&s).await, 3, "user-10, -20 and -30 say Payments team");
    s.retype("Filter users", "nobody-has-this").await;
    // Everyone is loaded: the answer is about the whole account.
    s.wait_for("//p[contains(., 'No user matches')]").await;
    assert_eq!(s.sent("GET", "/v5/users").await, 2, "filtering sends nothing");

    s.retype("Filter users", "alice").await;
    s.wait_for("//a[normalize-space(.)='alice']").await.click().await.unwrap();
    s.field("User name").await;
    assert_eq!(s.client.current_url().await.unwrap().path(), ALICE_PAGE);
    s.close().await;
}

#[tokio::test]
async fn details_show_ids_tags_and_last_login() {
    let s = Session::start().await;
    open_alice(&s).await;
    s.wait_for(&format!("//dd/code[normalize-space(.)='{ALICE_ID}']")).await;
    s.wait_for("//dd/code[starts-with(normalize-space(.), 'iam::0a1b2c3d4e5f60718293a4b5c6d7e8f9:user:alice')]").await;
    s.wait_for(
        "//dt[normalize-space(.)='Tags']/following-sibling::dd[1][contains(., 'team') and contains(., 'payments')]",
    )
    .await;
    s.wait_for("//dt[normalize-space(.)='Last login']/following-sibling::dd[1][normalize-space(.)='Never signed in']")
        .await;
    s.button("Copy user ID").await;
    s.assert_accessible("user details").await;
    s.close().await;
}

#[tokio::test]
async fn each_field_saves_alone_and_the_form_shows_the_answer() {
    let s = Session::start().await;
    open_alice(&s).await;
    s.retype("User name", "alice.smith").await;
    s.click_button("Save changes").await;
    s.announced("Changes saved.").await;
    s.wait_for("//h1[contains(., 'alice.smith')]").await;
    assert_eq!(s.value_of("User name").await, "alice.smith");
    s.assert_accessible("user saved").await;

    s.type_into("Description", " and more").await;
    s.wait_for("//p[normalize-space(.)='47/255']").await;
    s.click_button("Save changes").await;
    s.wait_requests("PUT", &format!("/v5/users/{ALICE_ID}"), 2).await;
    s.announced("Changes saved.").await;
    assert_eq!(s.value_of("Description").await, "Demo user who changes her own password and more");

    // The tags stay on screen after each save.
    s.wait_for("//dt[normalize-space(.)='Tags']/following-sibling::dd[1][contains(., 'payments')]").await;
    s.close().await;
}

#[tokio::test]
async fn disabling_asks_first_and_cancel_or_esc_keep_the_user_enabled() {
    let s = Session::start().await;
    open_alice(&s).await;
    let enabled = s.field("Enabled").await;
    enabled.click().await.unwrap();
    s.wait_for("//dialog[@open][.//h2[normalize-space(.)='Disable this user?']]").await;
    s.assert_accessible("disable dialog open").await;
    s.click_button("Cancel").await;
    s.wait_for("//dialog[not(@open)]").await;
    assert!(enabled.prop("checked").await.unwrap().as_deref() == Some("true"), "still enabled");

    enabled.click().await.unwrap();
    s.wait_for("//dialog[@open]").await;
    s.press(&fantoccini::key::Key::Escape.to_string()).await;
    s.wait_for("//dialog[not(@open)]").await;
    assert!(enabled.prop("checked").await.unwrap().as_deref() == Some("true"), "Esc cancels");

    enabled.click().await.unwrap();
    s.click_button("Disable user").await;
    s.wait_for("//dialog[not(@open)]").await;
    s.click_button("Save changes").await;
    s.announced("Changes saved.").await;
    s.wait_for("//dt[normalize-space(.)='Status']/following-sibling::dd[1][normalize-space(.)='Disabled']").await;
    s.close().await;
}

#[tokio::test]
async fn invalid_name_and_description_are_said_as_typed_and_nothing_is_sent() {
    let s = Session::start().await;
    open_alice(&s).await;
    s.retype("User name", "9lives!").await;
    s.field_message("User name", "remove: !").await;
    s.type_into("Description", " <b>&</b>").await;
    s.field_message("Description", "must not contain these characters: < > &").await;
    s.click_button("Save changes").await;
    s.wait_for("//*[h2[normalize-space(.)='There is a problem']]//a[contains(., 'remove: !')]").await;
    s.assert_accessible("edit errors shown").await;
    assert_eq!(s.sent("PUT", &format!("/v5/users/{ALICE_ID}")).await, 0);
    assert_eq!(s.value_of("User name").await, "9lives!", "kept");
    s.close().await;
}

#[tokio::test]
async fn a_taken_name_is_said_on_the_field() {
    let s = Session::start().await;
    open_alice(&s).await;
    s.retype("User name", "bob-admin").await;
    s.click_button("Save changes").await;
    s.field_message("User name", "This user name is already taken.").await;
    assert_eq!(s.value_of("User name").await, "bob-admin");
    s.close().await;
}

#[tokio::test]
async fn a_change_made_elsewhere_since_loading_is_shown_before_saving() {
    let s = Session::start().await;
    open_alice(&s).await;
    // Someone else changes alice through the API, with bob's keys, after the page loaded.
    s.update_user_as(&BOB, ALICE_ID, json!({ "new_description": "Changed elsewhere" })).await;
    s.type_into("Description", "!").await;
    s.click_button("Save changes").await;
    let warning = s.announced("Someone else changed this user").await;
    assert!(warning.contains("now “Changed elsewhere”"), "{warning}");
    assert_eq!(s.sent("PUT", &format!("/v5/users/{ALICE_ID}")).await, 0, "the page sent nothing");
    assert_eq!(s.requests("PUT", &format!("/v5/users/{ALICE_ID}")).await, 1, "only the other change reached IAM");
    s.assert_accessible("changed elsewhere").await;
    s.click_button("Reload").await;
    assert_eq!(s.value_of("Description").await, "Changed elsewhere");
    s.close().await;
}

#[tokio::test]
async fn leaving_with_unsaved_edits_asks_first() {
    let s = Session::start().await;
    open_alice(&s).await;
    s.type_into("Description", " edited").await;
    s.wait_for("//a[normalize-space(.)='Back to users']").await.click().await.unwrap();
    let question = s.client.get_alert_text().await.expect("a question");
    assert!(question.contains("unsaved changes"), "{question}");
    s.client.dismiss_alert().await.unwrap();
    assert_eq!(s.client.current_url().await.unwrap().path(), ALICE_PAGE, "stayed");
    assert!(s.value_of("Description").await.ends_with(" edited"));
    let unload_prevented = s
        .client
        .execute("const e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented;", vec![])
        .await
        .unwrap();
    assert_eq!(unload_prevented, json!(true), "closing the tab asks too");

    s.wait_for("//a[normalize-space(.)='Back to users']").await.click().await.unwrap();
    s.client.accept_alert().await.unwrap();
    s.field("Filter users").await;
    s.close().await;
}

#[tokio::test]
async fn a_non_admin_gets_the_permission_panel_and_an_unknown_user_a_way_back() {
    let s = Session::start().await;
    s.sign_in_at("/users", &ALICE, "alice").await;
    s.announced("You do not have permission to do this").await;
    s.assert_accessible("list forbidden").await;
    s.client.goto(&format!("{}/users/{}", s.base, "0".repeat(32))).await.unwrap();
    // A reload signs out (keys live in memory): sign in as the admin and come back.
    s.choose("Access keys").await;
    s.type_into("Access key ID", BOB.access).await;
    s.type_into("Secret access key", BOB.secret).await;
    s.click_button("Sign in").await;
    s.wait_for("//h1[normalize-space(.)='User not found']").await;
    s.assert_accessible("user not found").await;
    s.wait_for("//a[normalize-space(.)='Back to users']").await.click().await.unwrap();
    s.field("Filter users").await;
    s.close().await;
}

#[tokio::test]
async fn markup_from_the_server_is_shown_as_text() {
    let planted = PLANTED;
    let s = Session::start_with(|seed| {
        let alice = user(seed, "alice");
        alice["user_name"] = json!(format!("alice{planted}"));
        alice["description"] = json!(planted);
        alice["tags"] = json!([{ "tag_key": planted, "tag_value": planted }]);
    })
    .await;
    s.sign_in_at("/users", &BOB, "bob-admin").await;
    s.wait_for("//a[starts-with(normalize-space(.), 'alice<img')]").await.click().await.unwrap();
    s.field("User name").await;
    s.wait_for("//dd[contains(., '<script data-planted>')]").await;
    let injected =
        s.client.execute("return document.querySelectorAll('main img, main script').length", vec![]).await.unwrap();
    assert_eq!(injected, json!(0), "no element came from the server's text");
    assert_ne!(s.client.title().await.unwrap(), "pwned");
    s.close().await;
}

#[tokio::test]
async fn a_deep_link_signed_out_goes_through_sign_in_and_back_to_that_user() {
    let s = Session::start().await;
    s.sign_in_at(ALICE_PAGE, &BOB, "bob-admin").await;
    s.wait_for("//h1[contains(., 'alice')]").await;
    s.close().await;
}

#[tokio::test]
async fn opening_your_own_page_fetches_your_user_once() {
    const BOB_PAGE: &str = "/users/d3m0000000000000000000000000b0b0";
    const BOB_GET: &str = "/v5/users/d3m0000000000000000000000000b0b0";
    let s = Session::start().await;
    // Signed out, the deep link goes through sign-in and back: the header's "My account"
    // check and the page share one request.
    s.sign_in_with_password_at(BOB_PAGE, "bob-admin", "Demo-Password-2").await;
    s.wait_for(&format!("//nav//a[normalize-space(.)='My account'][@href='{BOB_PAGE}']")).await;
    s.field("User name").await;
    assert_eq!(s.sent("GET", BOB_GET).await, 1, "one GET of the user for the header and the page");
    // A reload starts the page's request before the first render; the header joins it.
    s.client.refresh().await.unwrap();
    s.wait_for("//nav//a[normalize-space(.)='My account']").await;
    s.field("User name").await;
    assert_eq!(s.sent("GET", BOB_GET).await, 2, "one more for the reload, not two");
    s.close().await;
}
