//! The root user's page: an administrator sees its console access, keys and MFA devices,
//! is offered nothing that would change them (IAM refuses it), and is told why, in English
//! and in Chinese; the root user, on its own page, still manages them.

use crate::harness::{Keys, Session};
use crate::languages::sign_in_in_chinese;

const ROOT_ID: &str = "d3m000000000000000000000000r0071";
const ROOT_KEY: &str = "DEMOROOTACCESSKEY001";
const ROOT_MFA: &str = "iam/mfa/0a1b2c3d4e5f60718293a4b5c6d7e8f9/root";
const ROOT: Keys = Keys { access: ROOT_KEY, secret: "demo-root-secret-key-00000000000000000000" };

/// The demo seed with the account's root user, who has a console password, a key and an
/// MFA device.
fn with_root(seed: &mut serde_json::Value) {
    let root = serde_json::json!({
        "user_id": ROOT_ID,
        "user_name": "demo-root",
        "description": "The account's root user",
        "is_root_user": true,
        "admin": true,
        "password": "Demo-Root-Pass-1",
        "access_keys": [{ "access": ROOT.access, "secret": ROOT.secret }],
        "mfa_devices": [{ "serial_number": ROOT_MFA }],
    });
    seed["users"].as_array_mut().unwrap().push(root);
}

fn root_page() -> String {
    format!("/users/{ROOT_ID}")
}

/// Waits for the three parts to show what the root user has.
async fn parts_loaded(s: &Session, set: &str, enabled: &str) {
    s.wait_for(&format!("//dd[normalize-space(.)='{set}']")).await;
    s.wait_for(&format!("//table//td/code[normalize-space(.)='{ROOT_KEY}']")).await;
    s.wait_for(&format!("//table//tr[td/code[normalize-space(.)='{ROOT_MFA}']]/td[normalize-space(.)='{enabled}']"))
        .await;
}

/// No button on the page has any of these names.
async fn offers_none_of(s: &Session, names: &[&str]) {
    let names: Vec<String> = names.iter().map(|n| format!("normalize-space(.)='{n}'")).collect();
    let xpath = format!("//main[not(.//button[{}])]", names.join(" or "));
    s.wait_for(&xpath).await;
}

#[tokio::test]
async fn an_administrator_sees_the_root_users_credentials_is_offered_no_change_and_is_told_why() {
    let s = Session::start_with(with_root).await;
    s.sign_in_with_password_at(&root_page(), "bob-admin", "Demo-Password-2").await;
    s.wait_for("//h1[contains(., 'demo-root')]").await;
    s.wait_for("//section[@aria-labelledby='security-title']//p[normalize-space(.)=\"The root user's credentials are managed by the account.\"]").await;
    parts_loaded(&s, "Set", "Enabled").await;
    offers_none_of(
        &s,
        &[
            "Reset password",
            "Give console access",
            "Remove console access",
            "Create access key",
            "Deactivate",
            "Delete",
            "Remove",
            "Delete user",
        ],
    )
    .await;
    s.assert_accessible("the root user's page, for an administrator").await;
    // Nothing about root's credentials was asked of IAM beyond reading them.
    for (method, path) in [
        ("PUT", format!("/v5/users/{ROOT_ID}/login-profile")),
        ("DELETE", format!("/v5/users/{ROOT_ID}/login-profile")),
        ("POST", format!("/v5/users/{ROOT_ID}/access-keys")),
        ("POST", "/v5/mfa-devices/disable".to_owned()),
    ] {
        assert_eq!(s.sent(method, &path).await, 0, "{method} {path}");
    }
    s.close().await;
}

#[tokio::test]
async fn the_root_users_page_in_chinese_says_why_with_no_english_left() {
    let s = Session::start_with(with_root).await;
    s.prefer_languages("zh-CN,zh;q=0.9,en;q=0.8").await;
    sign_in_in_chinese(&s, &root_page(), "bob-admin", "Demo-Password-2").await;
    s.wait_for("//h2[normalize-space(.)='安全设置']").await;
    s.wait_for("//p[normalize-space(.)='根用户的凭证由账号自行管理。']").await;
    parts_loaded(&s, "已设置", "已启用").await;
    offers_none_of(
        &s,
        &["重置密码", "开启控制台访问", "关闭控制台访问", "新增访问密钥", "停用", "删除", "移除", "删除用户"],
    )
    .await;
    let urn = "iam::0a1b2c3d4e5f60718293a4b5c6d7e8f9:user:demo-root";
    let allowed = ["demo-root", "bob-admin", "The account's root user", urn, ROOT_ID, ROOT_KEY, ROOT_MFA, "MFA"];
    s.assert_no_english("根用户的安全设置", &allowed).await;
    s.assert_accessible("the root user's page in Chinese").await;
    s.close().await;
}

#[tokio::test]
async fn the_root_user_on_its_own_page_still_manages_its_credentials() {
    let s = Session::start_with(with_root).await;
    s.sign_in_at(&root_page(), &ROOT, "demo-root").await;
    parts_loaded(&s, "Set", "Enabled").await;
    s.button("Reset password").await;
    s.button("Create access key").await;
    s.wait_for("//main[not(.//p[contains(., 'managed by the account')])]").await;
    s.close().await;
}
