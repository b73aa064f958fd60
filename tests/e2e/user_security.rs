//! A user's "Security" on `/users/{id}`, for administrators: reset a console password and
//! ask for a new one (which the user then meets at sign-in), remove a lost MFA device and a
//! leaked access key, remove console access; in English and in Chinese.

use crate::harness::{user, Session, BOB, DEMO_ACCOUNT};
use crate::languages::sign_in_in_chinese;

const ALICE_ID: &str = "d3m0000000000000000000000000a11c";
const ALICE_KEY: &str = "DEMOALICEACCESSKEY01";
const ALICE_MFA: &str = "iam/mfa/0a1b2c3d4e5f60718293a4b5c6d7e8f9/alice";
const RESET: &str = "Admin-Reset-Pass-7";

fn alice_page() -> String {
    format!("/users/{ALICE_ID}")
}

/// The `dd` after the `dt` named `term`, as XPath.
fn detail(term: &str, value: &str) -> String {
    format!("//dt[normalize-space(.)='{term}']/following-sibling::dd[1][normalize-space(.)='{value}']")
}

/// A button in the dialog that is open.
fn dialog_button(name: &str) -> String {
    format!("//dialog[@open]//button[normalize-space(.)='{name}']")
}

#[tokio::test]
async fn a_reset_password_with_require_new_lands_the_user_on_the_password_page() {
    let s = Session::start().await;
    s.sign_in_at(&alice_page(), &BOB, "bob-admin").await;
    s.wait_for("//h2[normalize-space(.)='Security']").await;
    s.wait_for("//h3[normalize-space(.)='Console access']").await;
    s.wait_for(&detail("Console password", "Set")).await;
    s.wait_for(&detail("New password required at next sign-in", "No")).await;
    s.click_button("Reset password").await;
    let require = s.wait_for("//dialog[@open]//input[@type='checkbox'][@id=//label[normalize-space(.)='Require a new password at next sign-in']/@for]").await;
    assert!(require.is_selected().await.unwrap(), "asking for a new password is the default");
    s.wait_for("//dialog[@open]//ul[@id='reset-password-rules']/li[contains(., 'Not the user name')]").await;
    s.wait_for("//dialog[@open]//ul[@id='reset-password-rules'][not(li[contains(., 'current password')])]").await;

    // Refused at the field before anything is sent; nothing typed is lost.
    s.type_into("New password", "short").await;
    s.wait_for(&dialog_button("Reset password")).await.click().await.unwrap();
    s.field_message("New password", "characters").await;
    s.field_message("Confirm new password", "Confirm your new password.").await;
    assert_eq!(s.value_of("New password").await, "short");
    s.assert_accessible("an administrator's reset, refused at the fields").await;
    s.retype("New password", RESET).await;
    s.type_into("Confirm new password", RESET).await;
    s.wait_for(&dialog_button("Reset password")).await.click().await.unwrap();
    s.announced("The password was reset.").await;
    s.wait_for(&detail("New password required at next sign-in", "Yes")).await;
    s.wait_for("//main[not(.//dialog[@id='reset-password'])]").await;
    assert_eq!(s.sent("PUT", &format!("/v5/users/{ALICE_ID}/login-profile")).await, 1, "sent once");

    // Alice signs in with it: the console asks her for a new one first.
    s.click_button("Sign out").await;
    s.client.goto(&format!("{}/credentials", s.base)).await.unwrap();
    s.type_into("Account name", DEMO_ACCOUNT).await;
    s.type_into("IAM user name", "alice").await;
    s.type_into("Password", RESET).await;
    s.click_button("Sign in").await;
    s.wait_for("//p[normalize-space(.)='Your administrator asks you to set a new password.']").await;
    assert_eq!(s.client.current_url().await.unwrap().path(), "/password");
    s.assert_accessible("asked for a new password").await;
    s.type_into("Current password", RESET).await;
    s.type_into("New password", "Alice-Own-Pass-8").await;
    s.type_into("Confirm new password", "Alice-Own-Pass-8").await;
    s.click_button("Change password").await;
    s.announced("Your password has been changed.").await;
    s.wait_for("//main[not(.//p[contains(., 'Your administrator asks')])]").await;
    s.close().await;
}

#[tokio::test]
async fn an_administrator_removes_a_lost_mfa_device_a_leaked_key_and_console_access() {
    // The demo seed gives alice an enabled virtual MFA device.
    let s = Session::start().await;
    s.sign_in_at(&alice_page(), &BOB, "bob-admin").await;
    let device = format!("//table//tr[td/code[normalize-space(.)='{ALICE_MFA}']]");
    s.wait_for(&format!("{device}/td[normalize-space(.)='Enabled']")).await;
    s.wait_for(&format!("{device}//button[normalize-space(.)='Remove']")).await.click().await.unwrap();
    s.wait_for(&format!("//dialog[@open]//p[contains(., 'Remove the MFA device {ALICE_MFA}?')]")).await;
    s.assert_accessible("removing an MFA device, asked first").await;
    s.wait_for(&dialog_button("Remove MFA device")).await.click().await.unwrap();
    s.wait_for("//p[normalize-space(.)='No MFA devices.']").await;
    assert_eq!(s.sent("POST", "/v5/mfa-devices/disable").await, 1);
    assert_eq!(s.sent("DELETE", "/v5/virtual-mfa-devices").await, 1);

    let key = format!("//table//tr[td/code[normalize-space(.)='{ALICE_KEY}']]");
    s.wait_for(&format!("{key}/td/span[starts-with(normalize-space(.), 'Rotate: created ')]")).await;
    s.wait_for(&format!("{key}//button[normalize-space(.)='Delete']")).await.click().await.unwrap();
    s.wait_for(&dialog_button("Delete access key")).await.click().await.unwrap();
    s.wait_for("//p[normalize-space(.)='This user has no access keys.']").await;
    assert_eq!(s.sent("DELETE", &format!("/v5/users/{ALICE_ID}/access-keys/{ALICE_KEY}")).await, 1);

    s.click_button("Remove console access").await;
    s.wait_for("//dialog[@open]//p[contains(., 'alice will no longer be able to sign in to the console')]").await;
    s.wait_for(&dialog_button("Remove console access")).await.click().await.unwrap();
    s.announced("Console access was removed.").await;
    s.wait_for(&detail("Console password", "No console password")).await;
    s.button("Give console access").await;
    s.assert_accessible("a user with no console access, no keys and no MFA device").await;
    s.close().await;
}

#[tokio::test]
async fn security_in_chinese_with_no_english_left() {
    let s = Session::start_with(|seed| {
        user(seed, "alice")["mfa_devices"] = serde_json::json!([{ "serial_number": ALICE_MFA, "enabled": false }]);
    })
    .await;
    s.prefer_languages("zh-CN,zh;q=0.9,en;q=0.8").await;
    sign_in_in_chinese(&s, &alice_page(), "bob-admin", "Demo-Password-2").await;
    s.wait_for("//h2[normalize-space(.)='安全设置']").await;
    s.wait_for(&detail("控制台密码", "已设置")).await;
    let device = format!("//table//tr[td/code[normalize-space(.)='{ALICE_MFA}']]");
    s.wait_for(&format!("{device}/td[normalize-space(.)='已停用']")).await;
    let urn = "iam::0a1b2c3d4e5f60718293a4b5c6d7e8f9:user:alice";
    let group = "developers Build and run the payment services";
    let allowed = ["alice", "bob-admin", urn, ALICE_ID, ALICE_KEY, ALICE_MFA, "MFA", "team", "payments", group];
    s.assert_no_english("安全设置", &allowed).await;
    s.click_button("重置密码").await;
    s.field("新密码").await;
    s.field("确认新密码").await;
    s.assert_no_english("重置密码", &allowed).await;
    s.assert_accessible("an administrator's reset in Chinese").await;
    s.type_into("新密码", RESET).await;
    s.type_into("确认新密码", RESET).await;
    s.wait_for(&dialog_button("重置密码")).await.click().await.unwrap();
    s.announced("密码已重置。").await;
    s.wait_for(&detail("下次登录时须设置新密码", "是")).await;

    s.wait_for(&format!("{device}//button[normalize-space(.)='移除']")).await.click().await.unwrap();
    s.wait_for(&dialog_button("移除MFA设备")).await.click().await.unwrap();
    s.wait_for("//p[normalize-space(.)='没有MFA设备。']").await;
    // Disabled already: only the delete was needed.
    assert_eq!(s.sent("POST", "/v5/mfa-devices/disable").await, 0);
    assert_eq!(s.sent("DELETE", "/v5/virtual-mfa-devices").await, 1);
    s.close().await;
}

#[tokio::test]
async fn without_permission_to_read_my_login_profile_the_sign_in_goes_on_as_before() {
    let s = Session::start_with(|seed| {
        let alice = user(seed, "alice");
        alice["password_reset_required"] = serde_json::json!(true);
        alice["deny"] = serde_json::json!(["iam:users:showLoginProfileV5"]);
    })
    .await;
    s.sign_in_with_password_at("/credentials", "alice", "Demo-Password-1").await;
    s.wait_for("//h1[normalize-space(.)='My credentials']").await;
    s.wait_for("//h2[normalize-space(.)='Access keys']").await;
    s.wait_for("//main[not(.//dt[normalize-space(.)='Password expires'])]").await;
    s.client.goto(&format!("{}/password", s.base)).await.unwrap();
    s.field("New password").await;
    s.wait_for("//main[not(.//p[contains(., 'Your administrator asks')])]").await;
    s.close().await;
}
