//! `/password` against the emulator's demo user (alice, `Demo-Password-1`).

use fantoccini::key::Key;
use serde_json::json;

use crate::harness::{user, Launch, Session, ALICE};

const CURRENT: &str = "Demo-Password-1";
const FRESH: &str = "Fresh-Password-7";

/// Signs alice in on `/password` and fills the form.
async fn fill(s: &Session, current: &str, new: &str, confirm: &str) {
    s.sign_in_at("/password", &ALICE, "alice").await;
    s.type_into("Current password", current).await;
    s.type_into("New password", new).await;
    s.type_into("Confirm new password", confirm).await;
}

async fn assert_kept(s: &Session, current: &str, new: &str, confirm: &str) {
    assert_eq!(s.value_of("Current password").await, current);
    assert_eq!(s.value_of("New password").await, new);
    assert_eq!(s.value_of("Confirm new password").await, confirm);
}

/// The error summary has focus and lists `message`.
async fn summary_focused_with(s: &Session, message: &str) {
    s.wait_for(&format!(
        "//*[h2[normalize-space(.)='There is a problem']]//a[contains(normalize-space(.), \"{message}\")]"
    ))
    .await;
    let (focused, _) = s.focused().await;
    assert!(focused.starts_with("div: There is a problem"), "focus is on {focused}");
}

#[tokio::test]
async fn right_current_password_changes_it_clears_the_form_and_says_so() {
    let s = Session::start().await;
    s.sign_in_at("/password", &ALICE, "alice").await;
    // The rules are there before typing, and the field is described by them.
    let described = s.field("New password").await.attr("aria-describedby").await.unwrap().expect("described");
    let rules = described.split(' ').next().unwrap().to_owned();
    s.wait_for(&format!("//ul[@id='{rules}']/li[contains(., '8 to 32 characters')][contains(., '(not yet)')]")).await;
    s.assert_accessible("password form, empty").await;
    // The hidden field tells password managers whose password this is.
    let hidden = s.wait_for("//input[@autocomplete='username']").await;
    assert_eq!(hidden.prop("value").await.unwrap().as_deref(), Some("alice"));
    assert!(hidden.attr("readonly").await.unwrap().is_some(), "read-only");

    s.type_into("Current password", CURRENT).await;
    s.type_into("New password", FRESH).await;
    s.type_into("Confirm new password", FRESH).await;
    s.wait_for("//li[contains(@class,'met')][contains(., 'The confirmation matches')][contains(., '(done)')]").await;
    s.assert_accessible("password form, filled in").await;
    s.click_button("Change password").await;
    s.announced("Your password has been changed.").await;
    let (focused, _) = s.focused().await;
    assert_eq!(focused, "p: Your password has been changed.", "focus moves to the confirmation");
    assert_kept(&s, "", "", "").await;
    s.assert_accessible("password changed").await;

    // The emulator really changed it: the old password is now wrong.
    s.type_into("Current password", CURRENT).await;
    s.type_into("New password", "Another-Password-8").await;
    s.type_into("Confirm new password", "Another-Password-8").await;
    s.click_button("Change password").await;
    s.field_message("Current password", "The current password is not right.").await;
    s.close().await;
}

#[tokio::test]
async fn wrong_current_password_is_said_on_that_field_and_nothing_typed_is_lost() {
    let s = Session::start().await;
    fill(&s, "Not-My-Password-1", FRESH, FRESH).await;
    s.click_button("Change password").await;
    s.field_message("Current password", "The current password is not right.").await;
    summary_focused_with(&s, "The current password is not right.").await;
    assert_kept(&s, "Not-My-Password-1", FRESH, FRESH).await;
    s.assert_accessible("wrong current password").await;
    s.close().await;
}

#[tokio::test]
async fn an_invalid_form_sends_nothing_and_the_summary_leads_to_each_field() {
    let s = Session::start().await;
    s.sign_in_at("/password", &ALICE, "alice").await;
    s.click_button("Change password").await;
    summary_focused_with(&s, "Enter your current password.").await;
    s.field_message("New password", "Enter a new password.").await;
    s.field_message("Confirm new password", "Confirm your new password.").await;
    assert_eq!(s.field("Current password").await.attr("aria-invalid").await.unwrap().as_deref(), Some("true"));
    s.assert_accessible("password form, errors shown").await;
    s.wait_for("//a[normalize-space(.)='Confirm your new password.']").await.click().await.unwrap();
    assert_eq!(s.focused().await.0, "input: Confirm new password", "the link moves focus to its field");

    // The same password as the current one, and a mismatch, are caught before sending.
    s.type_into("Current password", CURRENT).await;
    s.type_into("New password", CURRENT).await;
    s.type_into("Confirm new password", "Something-else-1").await;
    s.field_message("New password", "must be different from the old password").await;
    s.field_message("Confirm new password", "The passwords do not match.").await;
    s.click_button("Change password").await;
    summary_focused_with(&s, "The passwords do not match.").await;
    assert_eq!(s.sent("POST", "/v5/caller-password").await, 0, "nothing was sent");
    s.close().await;
}

/// alice may not read the password policy, and the server's is stricter than the defaults
/// the page falls back to: every refusal below comes from the server.
fn strict_policy_hidden_from_alice(seed: &mut serde_json::Value) {
    seed["password_policy"] = json!({
        "minimum_password_length": 12, "password_char_combination": 3,
        "maximum_consecutive_identical_chars": 2, "password_reuse_prevention": 2
    });
    user(seed, "alice")["deny"] = json!(["iam:securitypolicies:getPasswordPolicyV5"]);
}

#[tokio::test]
async fn without_the_policy_the_defaults_apply_and_each_server_refusal_lands_on_new_password() {
    let s = Session::start_with(strict_policy_hidden_from_alice).await;
    s.sign_in_at("/password", &ALICE, "alice").await;
    s.wait_for("//p[contains(., 'password policy could not be loaded')]").await;
    s.wait_for("//li[contains(., '8 to 32 characters')]").await;
    s.wait_for("//li[contains(., 'At least 2 of 4 character types')]").await;
    s.assert_accessible("policy not loaded").await;
    s.type_into("Current password", CURRENT).await;

    let refusals = [
        ("Short-pw-1", "must be 12 to 32 characters long"),
        ("longpassword12", "at least 3 of these character types"),
        ("Abc-defff-1234", "more than 2 identical characters in a row"),
    ];
    for (i, (new, refusal)) in refusals.into_iter().enumerate() {
        s.retype("New password", new).await;
        s.retype("Confirm new password", new).await;
        s.click_button("Change password").await;
        s.wait_requests("POST", "/v5/caller-password", i + 1).await;
        let message = s.field_message("New password", refusal).await;
        assert!(!message.contains("error code"), "the server's text, as it is: {message}");
        assert_kept(&s, CURRENT, new, new).await;
    }
    s.assert_accessible("server refusal shown").await;

    // Reuse prevention: change it, then try to change it back.
    s.retype("New password", FRESH).await;
    s.retype("Confirm new password", FRESH).await;
    s.click_button("Change password").await;
    s.announced("Your password has been changed.").await;
    s.type_into("Current password", FRESH).await;
    s.type_into("New password", CURRENT).await;
    s.type_into("Confirm new password", CURRENT).await;
    s.click_button("Change password").await;
    s.field_message("New password", "You used this password recently").await;
    s.close().await;
}

#[tokio::test]
async fn a_second_change_within_the_minimum_age_is_refused_with_when() {
    let s = Session::start_with(|seed| seed["password_policy"] = json!({ "minimum_password_age": 60 })).await;
    fill(&s, CURRENT, FRESH, FRESH).await;
    s.click_button("Change password").await;
    s.announced("Your password has been changed.").await;
    s.type_into("Current password", FRESH).await;
    s.type_into("New password", "Another-Password-8").await;
    s.type_into("Confirm new password", "Another-Password-8").await;
    s.click_button("Change password").await;
    s.field_message("New password", "changed less than 60 minutes ago. Try again after").await;
    s.close().await;
}

#[tokio::test]
async fn an_account_that_forbids_the_change_shows_no_form() {
    let s =
        Session::start_with(|seed| seed["password_policy"] = json!({ "allow_user_to_change_password": false })).await;
    s.sign_in_at("/password", &ALICE, "alice").await;
    s.wait_for("//p[contains(., 'does not allow you to change your own password')]").await;
    assert!(s.client.find(fantoccini::Locator::XPath("//form//button")).await.is_err(), "no form");
    s.assert_accessible("change not allowed").await;
    s.close().await;
}

#[tokio::test]
async fn five_wrong_passwords_lock_the_user_and_the_page_says_when_to_try_again() {
    let s = Session::start().await;
    fill(&s, "Wrong-Password-0", FRESH, FRESH).await;
    for attempt in 1..=5 {
        if attempt > 1 {
            s.retype("Current password", &format!("Wrong-Password-{attempt}")).await;
        }
        s.click_button("Change password").await;
        s.wait_requests("POST", "/v5/caller-password", attempt).await;
        if attempt < 5 {
            s.field_message("Current password", "The current password is not right.").await;
        }
    }
    let locked = s.announced("Too many wrong passwords").await;
    assert!(locked.contains("Try again at") && locked.contains("(in 15 minutes)"), "{locked}");
    assert_kept(&s, "Wrong-Password-5", FRESH, FRESH).await;
    s.assert_accessible("locked").await;
    s.close().await;
}

#[tokio::test]
async fn a_refused_permission_shows_the_request_id_and_the_decoded_reason() {
    let s = Session::start_with(|seed| user(seed, "alice")["deny"] = json!(["iam:users:changePasswordV5"])).await;
    fill(&s, CURRENT, FRESH, FRESH).await;
    s.click_button("Change password").await;
    s.announced("You do not have permission to do this").await;
    let request_id = s.wait_for("//p[contains(., 'Request ID:')]/code").await.text().await.unwrap();
    assert_eq!(request_id.len(), 32, "{request_id}");
    s.assert_accessible("permission refused").await;
    s.click_button("Show details").await;
    let details = s.wait_for("//dialog[@open]//pre[contains(., 'changePasswordV5')]").await.text().await.unwrap();
    assert!(details.contains("iam:users:changePasswordV5"), "{details}");
    assert_eq!(s.sent("POST", "/v5/decode-authorization-message").await, 1);
    s.assert_accessible("details dialog open").await;
    s.press(&Key::Escape.to_string()).await;
    s.client
        .wait()
        .for_element(fantoccini::Locator::XPath("//dialog[not(@open)]"))
        .await
        .expect("Esc closes the dialog");
    assert_eq!(s.focused().await.0, "button: Show details", "focus returns to the opener");
    assert_kept(&s, CURRENT, FRESH, FRESH).await;
    s.close().await;
}

#[tokio::test]
async fn a_double_click_sends_one_request() {
    let s = Session::start().await;
    fill(&s, CURRENT, FRESH, FRESH).await;
    // Two clicks in the same task: the second lands before any answer can arrive.
    let button = s.button("Change password").await;
    s.client
        .execute("arguments[0].click(); arguments[0].click();", vec![serde_json::to_value(&button).unwrap()])
        .await
        .unwrap();
    s.announced("Your password has been changed.").await;
    assert_eq!(s.sent("POST", "/v5/caller-password").await, 1);
    s.close().await;
}

#[tokio::test]
async fn an_unreachable_server_is_explained_with_try_again_and_nothing_typed_is_lost() {
    let mut s = Session::start().await;
    fill(&s, CURRENT, FRESH, FRESH).await;
    s.stop_emulator().await;
    s.click_button("Change password").await;
    s.announced("The server could not be reached.").await;
    assert_kept(&s, CURRENT, FRESH, FRESH).await;
    s.click_button("Try again").await;
    s.announced("The server could not be reached.").await;
    assert_kept(&s, CURRENT, FRESH, FRESH).await;
    s.close().await;
}

#[tokio::test]
async fn show_and_hide_each_password_and_paste_into_new_password() {
    let s = Session::start().await;
    fill(&s, CURRENT, FRESH, "").await;
    let new = s.field("New password").await;
    assert_eq!(new.attr("type").await.unwrap().as_deref(), Some("password"));
    let toggle = s.button("Show new password").await;
    assert_eq!(toggle.attr("aria-controls").await.unwrap(), new.attr("id").await.unwrap());
    toggle.click().await.unwrap();
    s.button("Hide new password").await;
    assert_eq!(new.attr("type").await.unwrap().as_deref(), Some("text"));

    // Copy the shown new password and paste it into the confirmation, as a person would.
    new.click().await.unwrap();
    s.press(&format!("{}a{}", Key::Control, Key::Control)).await;
    s.press(&format!("{}c{}", Key::Control, Key::Control)).await;
    s.field("Confirm new password").await.click().await.unwrap();
    s.press(&format!("{}v{}", Key::Control, Key::Control)).await;
    assert_eq!(s.value_of("Confirm new password").await, FRESH, "paste is allowed");

    s.button("Show current password").await.click().await.unwrap();
    s.button("Hide current password").await;
    s.click_button("Change password").await;
    s.announced("Your password has been changed.").await;
    for label in ["Current password", "New password", "Confirm new password"] {
        assert_eq!(s.field(label).await.attr("type").await.unwrap().as_deref(), Some("password"), "{label}");
    }
    s.button("Show new password").await;
    s.close().await;
}

#[tokio::test]
async fn keyboard_only_every_control_in_visual_order_with_visible_focus_and_enter_submits() {
    let s = Session::start().await;
    s.sign_in_at("/password", &ALICE, "alice").await;
    s.field("Current password").await;
    let expected = [
        "input: Current password",
        "button: Show current password",
        "input: New password",
        "button: Show new password",
        "input: Confirm new password",
        "button: Show confirmation",
        "button: Change password",
    ];
    // Start before the first field: the last link of the header.
    s.client.execute("document.querySelector('header button').focus()", vec![]).await.unwrap();
    let mut reached = Vec::new();
    for _ in expected {
        s.press(&Key::Tab.to_string()).await;
        let (name, visible) = s.focused().await;
        assert!(visible, "focus on {name} is not visible");
        reached.push(name);
    }
    assert_eq!(reached, expected);

    s.field("Current password").await.click().await.unwrap();
    s.press(CURRENT).await;
    s.press(&Key::Tab.to_string()).await;
    s.press(&Key::Tab.to_string()).await;
    s.press(FRESH).await;
    s.press(&Key::Tab.to_string()).await;
    s.press(&Key::Tab.to_string()).await;
    s.press(FRESH).await;
    s.press(&Key::Enter.to_string()).await;
    s.announced("Your password has been changed.").await;
    assert_eq!(s.sent("POST", "/v5/caller-password").await, 1);
    s.close().await;
}

#[tokio::test]
async fn a_prefixed_code_iam_1103_marks_current_password_as_the_plain_one_does() {
    let s = Session::launch(Launch { emulator_args: &["--code-prefix", "IAM."], ..Launch::default() }).await;
    fill(&s, "Not-My-Password-1", FRESH, FRESH).await;
    s.click_button("Change password").await;
    s.field_message("Current password", "The current password is not right.").await;
    summary_focused_with(&s, "The current password is not right.").await;
    assert_kept(&s, "Not-My-Password-1", FRESH, FRESH).await;
    s.close().await;
}
