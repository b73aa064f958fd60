//! Password sign-in, sessions across reloads, keys that expire, a wrong clock, runtime
//! configuration and the well-known change-password address.

use fantoccini::Locator;

use serde_json::json;

use crate::harness::{user, Launch, Session, ALICE, DEMO_ACCOUNT, PLANTED};

const PASSWORD: &str = "Demo-Password-1";
const FRESH: &str = "Fresh-Password-7";

#[tokio::test]
async fn a_password_sign_in_survives_a_reload_and_a_deep_link_and_sign_out_forgets_every_secret() {
    let s = Session::start().await;
    s.client.goto(&format!("{}/password", s.base)).await.unwrap();
    let method = s.choice("Password").await;
    assert_eq!(method.prop("checked").await.unwrap().as_deref(), Some("true"), "Password is the default");
    assert_eq!(s.field("Password").await.attr("type").await.unwrap().as_deref(), Some("password"));
    s.assert_accessible("sign-in, password method").await;
    s.sign_in_with_password_at("/password", "alice", PASSWORD).await;
    s.field("Current password").await;
    assert_eq!(s.app_encodings().await, ["br", "br"], "the emulator sends the build's .br twins");
    let kept = s.kept_by_the_browser().await;
    assert!(!kept.contains(PASSWORD), "the password is never kept: {kept}");
    assert!(kept.contains("\"session\":{\"iam-console-session\""), "temporary keys are kept for this tab: {kept}");
    assert!(kept.contains("\"local\":{}") && kept.contains("\"cookies\":\"\""), "{kept}");

    s.client.refresh().await.unwrap();
    s.wait_for("//header[contains(normalize-space(.), 'Signed in as alice')]").await;
    s.field("Current password").await;
    assert_eq!(s.client.current_url().await.unwrap().path(), "/password", "a reload stays signed in");
    s.client.goto(&format!("{}/users", s.base)).await.unwrap();
    s.announced("You do not have permission to do this").await;
    assert_eq!(s.client.current_url().await.unwrap().path(), "/users", "a deep link stays signed in");

    s.click_button("Sign out").await;
    s.field("Account name").await;
    let kept = s.kept_by_the_browser().await;
    assert!(kept.contains("\"local\":{}") && kept.contains("\"session\":{}"), "nothing is left: {kept}");
    assert!(kept.contains("\"cookies\":\"\"") && kept.contains("\"state\":null"), "{kept}");
    s.close().await;
}

#[tokio::test]
async fn access_keys_stay_in_memory_so_a_reload_asks_again() {
    let s = Session::start().await;
    s.sign_in_at("/password", &ALICE, "alice").await;
    let kept = s.kept_by_the_browser().await;
    assert!(!kept.contains(ALICE.secret) && kept.contains("\"session\":{}"), "{kept}");
    s.client.refresh().await.unwrap();
    s.field("Account name").await;
    let url = s.client.current_url().await.unwrap();
    assert_eq!((url.path(), url.query()), ("/sign-in", Some("next=%2Fpassword")));
    s.close().await;
}

#[tokio::test]
async fn wrong_passwords_an_unknown_account_a_lock_and_no_server_are_each_explained() {
    let mut s = Session::start().await;
    s.client.goto(&format!("{}/sign-in", s.base)).await.unwrap();
    s.click_button("Sign in").await;
    s.field_message("Account name", "Enter your account name.").await;
    s.assert_accessible("sign-in, fields missing").await;

    s.type_into("Account name", "no-such-account").await;
    s.type_into("IAM user name", "alice").await;
    s.type_into("Password", "Wrong-Password-1").await;
    s.click_button("Sign in").await;
    s.field_message("Account name", "There is no account with this name. Check the account name.").await;
    assert_eq!(s.value_of("IAM user name").await, "alice", "what was typed stays");
    assert_eq!(s.value_of("Password").await, "", "but the password");
    s.assert_accessible("sign-in, unknown account").await;

    s.retype("Account name", DEMO_ACCOUNT).await;
    for attempt in 1..=5 {
        s.type_into("Password", &format!("Wrong-Password-{attempt}")).await;
        s.click_button("Sign in").await;
        s.wait_requests("POST", "/v3/auth/tokens", attempt + 1).await;
        s.button("Sign in").await; // no longer "Signing in…": the answer is on screen
        if attempt < 5 {
            s.announced("The IAM user name or password is not right.").await;
            assert_eq!(s.value_of("Password").await, "");
        }
        if attempt == 1 {
            s.assert_accessible("sign-in, wrong password").await;
        }
    }
    let locked = s.announced("Too many wrong passwords").await;
    assert!(locked.contains("Try again at") && locked.contains("(in 15 minutes)"), "{locked}");
    s.assert_accessible("sign-in, locked").await;

    s.stop_emulator().await;
    s.type_into("Password", PASSWORD).await;
    s.click_button("Sign in").await;
    s.announced("The server could not be reached.").await;
    assert_eq!(s.value_of("Account name").await, DEMO_ACCOUNT);
    s.assert_accessible("sign-in, no server").await;
    s.close().await;
}

#[tokio::test]
async fn keys_about_to_expire_are_renewed_in_a_dialog_that_opens_on_its_own() {
    // Keys of 8 seconds: the app asks at 6.4 s. The test only waits for it (nothing it does
    // could race the dialog); what typing survives is the next test's.
    let s = Session::launch(Launch { emulator_args: &["--temporary-key-seconds", "8"], ..Launch::default() }).await;
    s.sign_in_with_password_at("/password", "alice", PASSWORD).await;
    s.wait_for("//dialog[@open][.//h2[normalize-space(.)='Sign in again']][contains(., 'expires soon')]").await;
    s.assert_accessible("sign in again").await;
    s.type_into("Password", PASSWORD).await;
    s.click_button("Sign in").await;
    s.client.wait().for_element(Locator::XPath("//main[not(//dialog[@open])]")).await.unwrap();
    s.wait_for("//header[contains(normalize-space(.), 'Signed in as alice')]").await;
    assert_eq!(s.sent("POST", "/v3/auth/tokens").await, 2, "the sign-in, then the renewal");
    s.close().await;
}

#[tokio::test]
async fn keys_that_expired_are_renewed_when_a_request_needs_them_and_what_was_doing_goes_on() {
    // Keys of four minutes, expired when the test moves the emulator's clock on by as much:
    // the page's own timer would ask only after 192 s, and four minutes are within the skew
    // the console leaves uncorrected, so the refusal is for the keys alone.
    let args = ["--temporary-key-seconds", "240", "--clock-from-stdin"];
    let s = Session::launch(Launch { emulator_args: &args, ..Launch::default() }).await;
    s.sign_in_with_password_at("/password", "alice", PASSWORD).await;
    s.type_into("Current password", PASSWORD).await;
    s.type_into("New password", FRESH).await;
    s.type_into("Confirm new password", FRESH).await;
    s.advance_emulator_clock(240).await;

    // Declined, the change fails as refused; asked again, it goes through once signed in.
    s.click_button("Change password").await;
    s.wait_for("//dialog[@open][.//h2[normalize-space(.)='Sign in again']][contains(., 'Your sign-in has expired.')]")
        .await;
    // The dialog sits outside <main>: its secondary button once drew white on white.
    let not_now = s.button("Not now").await;
    assert_ne!(not_now.css_value("color").await.unwrap(), "rgba(255, 255, 255, 1)", "\"Not now\" is readable");
    s.assert_accessible("sign in again, keys expired").await;
    s.click_button("Not now").await;
    s.wait_for("//*[@role='status'][contains(., 'Your sign-in has expired')]").await;
    assert_eq!(s.value_of("New password").await, FRESH, "nothing typed was lost");
    s.click_button("Change password").await;
    s.wait_for("//dialog[@open][contains(., 'Your sign-in has expired.')]").await;
    s.type_into("Password", PASSWORD).await;
    s.click_button("Sign in").await;
    s.announced("Your password has been changed.").await;
    assert_eq!(s.sent("POST", "/v5/caller-password").await, 3, "one refused, one refused again, its one retry");
    s.close().await;
}

#[tokio::test]
async fn a_browser_clock_an_hour_off_is_corrected_and_said() {
    let s = Session::launch(Launch { emulator_args: &["--clock-offset", "3600"], ..Launch::default() }).await;
    s.sign_in_with_password_at("/password", "alice", PASSWORD).await;
    let notice = s.announced("minutes behind the server").await;
    assert!(notice.contains("60 minutes"), "{notice}");
    s.type_into("Current password", PASSWORD).await;
    s.type_into("New password", FRESH).await;
    s.type_into("Confirm new password", FRESH).await;
    s.click_button("Change password").await;
    s.announced("Your password has been changed.").await;
    assert_eq!(s.sent("POST", "/v5/caller-password").await, 1, "signed with the corrected clock at once");
    s.close().await;
}

#[tokio::test]
async fn the_well_known_change_password_address_leads_to_the_page() {
    let s = Session::start().await;
    s.client.goto(&format!("{}/.well-known/change-password", s.base)).await.unwrap();
    s.field("Account name").await;
    let url = s.client.current_url().await.unwrap();
    assert_eq!((url.path(), url.query()), ("/sign-in", Some("next=%2Fpassword")));
    s.close().await;
}

#[tokio::test]
async fn config_json_sets_the_region_and_methods_and_a_wrong_one_stops_start_up_naming_the_field() {
    let config = r#"{"region": "CN North-Beijing4", "sign_in_methods": ["access_keys"]}"#;
    let s = Session::launch(Launch { config: Some(config), ..Launch::default() }).await;
    s.client.goto(&format!("{}/sign-in", s.base)).await.unwrap();
    s.field("Access key ID").await;
    s.wait_for("//header[contains(., 'CN North-Beijing4')]").await;
    assert!(s.client.find(Locator::XPath("//fieldset")).await.is_err(), "one method: no choice to make");
    s.close().await;

    let s = Session::launch(Launch { config: Some(r#"{"temporary_key_seconds": 60}"#), ..Launch::default() }).await;
    s.client.goto(&format!("{}/password", s.base)).await.unwrap();
    let problem = s.wait_for("//h1[normalize-space(.)='IAM Console cannot start']/following::p[1]").await;
    let problem = problem.text().await.unwrap();
    assert!(
        problem.contains("\"temporary_key_seconds\" must be a whole number of seconds from 900 to 86400"),
        "{problem}"
    );
    s.assert_accessible("start-up problem").await;
    s.close().await;
}

#[tokio::test]
async fn through_nginx_as_deployed_a_password_sign_in_and_a_password_change_work() {
    let s = Session::launch(Launch { through_nginx: true, ..Launch::default() }).await;
    // A deep link through the gateway: index.html for the client route, then sign-in.
    s.sign_in_with_password_at("/password", "alice", PASSWORD).await;
    s.type_into("Current password", PASSWORD).await;
    s.type_into("New password", FRESH).await;
    s.type_into("Confirm new password", FRESH).await;
    s.click_button("Change password").await;
    s.announced("Your password has been changed.").await;
    assert_eq!(s.requests("POST", "/v3/auth/tokens").await, 1, "the token call reached IAM through nginx");
    assert_eq!(s.requests("POST", "/v5/caller-password").await, 1, "one change, forwarded once");
    assert_eq!(s.app_encodings().await, ["gzip", "gzip"], "gzip_static sends the build's .gz twins");

    // The new password is the one IAM now knows.
    s.click_button("Sign out").await;
    s.sign_in_with_password_at("/users/nobody", "alice", FRESH).await;
    s.client.goto(&format!("{}/.well-known/change-password", s.base)).await.unwrap();
    s.field("Current password").await;
    assert_eq!(s.client.current_url().await.unwrap().path(), "/password", "nginx redirects the well-known address");
    s.close().await;
}

#[tokio::test]
async fn markup_in_a_user_name_an_echoed_account_name_and_a_decoded_refusal_stays_text() {
    let name = format!("alice{PLANTED}");
    let s = Session::start_with(|seed| user(seed, "alice")["user_name"] = json!(format!("alice{PLANTED}"))).await;
    s.client.goto(&format!("{}/password", s.base)).await.unwrap();
    s.type_into("Account name", &format!("nobody{PLANTED}")).await;
    s.type_into("IAM user name", &name).await;
    s.type_into("Password", PASSWORD).await;
    s.click_button("Sign in").await;
    s.field_message("Account name", "There is no account with this name.").await;
    s.retype("Account name", DEMO_ACCOUNT).await;
    s.type_into("Password", PASSWORD).await;
    s.click_button("Sign in").await;
    s.wait_for("//header[contains(normalize-space(.), 'Signed in as alice<img data-planted')]").await;
    let hidden = s.wait_for("//input[@autocomplete='username']").await;
    assert_eq!(hidden.prop("value").await.unwrap(), Some(name), "the name for password managers, as text");
    // The decoded reason of a refusal names the user (its URN): shown as text too.
    s.client.goto(&format!("{}/users", s.base)).await.unwrap();
    s.click_button("Show details").await;
    s.wait_for("//dialog[@open][contains(., 'alice<img data-planted')]").await;
    s.close().await; // finds no element made from the planted markup
}
