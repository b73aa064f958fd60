//! `/password` against the emulator's demo user (alice, `Demo-Password-1`).

use crate::harness::{Session, ALICE};

/// Signs alice in on `/password` and fills the form.
async fn fill(s: &Session, current: &str, new: &str, confirm: &str) {
    s.sign_in_at("/password", &ALICE, "alice").await;
    s.type_into("Current password", current).await;
    s.type_into("New password", new).await;
    s.type_into("Confirm new password", confirm).await;
}

#[tokio::test]
async fn right_current_password_changes_it_and_says_so() {
    let s = Session::start().await;
    fill(&s, "Demo-Password-1", "Fresh-Password-7", "Fresh-Password-7").await;
    s.assert_accessible("password form, filled in").await;
    s.click_button("Change password").await;
    s.announced("Your password has been changed.").await;
    s.assert_accessible("password changed").await;

    // The emulator really changed it: the old password is now wrong.
    s.click_button("Change password").await;
    let error = s.announced("1103").await;
    assert!(error.contains("old password is incorrect"), "{error}");
    s.assert_accessible("password error shown").await;
    s.close().await;
}

#[tokio::test]
async fn wrong_current_password_shows_the_error_and_keeps_what_was_typed() {
    let s = Session::start().await;
    fill(&s, "Not-My-Password-1", "Fresh-Password-7", "Fresh-Password-7").await;
    s.click_button("Change password").await;

    let error = s.announced("error code 1103").await;
    assert!(error.contains("The old password is incorrect."), "{error}");
    assert_eq!(s.value_of("Current password").await, "Not-My-Password-1");
    assert_eq!(s.value_of("New password").await, "Fresh-Password-7");
    assert_eq!(s.value_of("Confirm new password").await, "Fresh-Password-7");
    s.close().await;
}

#[tokio::test]
async fn a_double_click_sends_one_request() {
    let s = Session::start().await;
    fill(&s, "Demo-Password-1", "Fresh-Password-7", "Fresh-Password-7").await;
    // Two clicks in the same task: the second lands before any answer can arrive.
    let button = s.button("Change password").await;
    s.client
        .execute("arguments[0].click(); arguments[0].click();", vec![serde_json::to_value(&button).unwrap()])
        .await
        .unwrap();
    s.announced("Your password has been changed.").await;
    assert_eq!(s.requests("POST", "/v5/caller-password"), 1);
    s.close().await;
}

#[tokio::test]
async fn an_unreachable_server_is_explained_and_nothing_typed_is_lost() {
    let mut s = Session::start().await;
    fill(&s, "Demo-Password-1", "Fresh-Password-7", "Fresh-Password-7").await;
    s.stop_emulator().await;
    s.click_button("Change password").await;
    s.announced("The server could not be reached.").await;
    assert_eq!(s.value_of("Current password").await, "Demo-Password-1");
    assert_eq!(s.value_of("New password").await, "Fresh-Password-7");
    assert_eq!(s.value_of("Confirm new password").await, "Fresh-Password-7");
    s.close().await;
}
