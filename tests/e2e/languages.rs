//! The console in English and Simplified Chinese: the browser's language on a first visit,
//! the header's "Language" control (at once, nothing typed lost, remembered), the language
//! every request asks the server for, and whole flows with no English left on the page.

use serde_json::json;

use crate::harness::{user, Session, DEMO_ACCOUNT};

const ALICE_PAGE: &str = "/users/d3m0000000000000000000000000a11c";
const ALICE_URN: &str = "iam::0a1b2c3d4e5f60718293a4b5c6d7e8f9:user:alice";

/// Signs in with a password on the Chinese sign-in page and waits to be back on `path`.
pub(crate) async fn sign_in_in_chinese(s: &Session, path: &str, user_name: &str, password: &str) {
    s.client.goto(&format!("{}{path}", s.base)).await.expect("goto");
    s.wait_for("//h1[normalize-space(.)='登录']").await;
    s.assert_no_english("登录页", &[]).await;
    s.assert_accessible("sign-in in Chinese").await;
    s.type_into("账号名", DEMO_ACCOUNT).await;
    s.type_into("IAM用户名", user_name).await;
    s.type_into("密码", password).await;
    s.click_button("登录").await;
    s.wait_for(&format!("//header[contains(normalize-space(.), '当前登录：{user_name}')]")).await;
    assert_eq!(s.client.current_url().await.unwrap().path(), path);
}

async fn html_lang(s: &Session) -> String {
    let lang = s.client.execute("return document.documentElement.lang;", vec![]).await.unwrap();
    lang.as_str().unwrap().to_owned()
}

/// Every request of `METHOD path` asked for `language` (`x-language=…` in the emulator's log).
async fn all_asked_in(s: &Session, method: &str, path: &str, language: &str) {
    let lines = s.request_lines(method, path).await;
    assert!(!lines.is_empty(), "no {method} {path}");
    for line in lines {
        assert!(line.ends_with(&format!(" x-language={language}")), "{line}");
    }
}

#[tokio::test]
async fn a_chinese_browser_changes_a_password_in_chinese_with_no_english_left() {
    let s = Session::start().await;
    s.prefer_languages("zh-CN,zh;q=0.9,en;q=0.8").await;
    sign_in_in_chinese(&s, "/password", "alice", "Demo-Password-1").await;
    assert_eq!(html_lang(&s).await, "zh-CN");
    s.wait_for("//li[contains(., '长度为 8 到 32 个字符')][contains(., '（未满足）')]").await;
    assert_eq!(s.client.title().await.unwrap(), "修改密码 – IAM Console");
    s.assert_no_english("修改密码，空表单", &["alice"]).await;
    s.assert_accessible("password form in Chinese").await;

    // A refusal the page words itself (the emulator's Chinese message differs).
    s.type_into("原密码", "Not-My-Password-1").await;
    s.type_into("新密码", "Fresh-Password-7").await;
    s.type_into("确认新密码", "Fresh-Password-7").await;
    s.wait_for("//p[contains(., '密码强度：')]").await;
    s.click_button("修改密码").await;
    s.field_message("原密码", "原密码不正确。").await;
    s.wait_for("//*[h2[normalize-space(.)='请修正以下问题']]").await;
    s.assert_no_english("原密码错误", &["alice"]).await;
    s.assert_accessible("wrong current password in Chinese").await;

    s.retype("原密码", "Demo-Password-1").await;
    s.click_button("修改密码").await;
    s.announced("密码已修改。").await;
    s.assert_no_english("密码已修改", &["alice"]).await;
    s.assert_accessible("password changed in Chinese").await;
    all_asked_in(&s, "POST", "/v5/caller-password", "zh-cn").await;
    all_asked_in(&s, "GET", "/v5/password-policy", "zh-cn").await;
    s.close().await;
}

#[tokio::test]
async fn a_chinese_browser_edits_a_user_in_chinese_with_no_english_left() {
    let s = Session::start_with(|seed| user(seed, "alice")["description"] = json!("负责支付的演示用户")).await;
    s.prefer_languages("zh-CN").await;
    sign_in_in_chinese(&s, ALICE_PAGE, "bob-admin", "Demo-Password-2").await;
    s.field("用户名").await;
    // Its security too: alice's access key and MFA device.
    let (key, device) = ("DEMOALICEACCESSKEY01", "iam/mfa/0a1b2c3d4e5f60718293a4b5c6d7e8f9/alice");
    s.wait_for(&format!("//table//td/code[normalize-space(.)='{device}']")).await;
    s.wait_for(&format!("//table//td/code[normalize-space(.)='{key}']")).await;
    // The seed's group name and description are data, not the console's words.
    let group = "developers Build and run the payment services";
    let allowed = ["alice", "bob-admin", ALICE_URN, "team", "payments", key, device, "MFA", group];
    s.assert_no_english("用户详情", &allowed).await;
    s.assert_accessible("user page in Chinese").await;

    // A rule broken as the admin types, worded in Chinese next to the field.
    s.retype("描述", "团队 <支付>").await;
    s.field_message("描述", "描述不能包含这些字符：< >。").await;
    s.click_button("保存").await;
    s.wait_for("//*[h2[normalize-space(.)='请修正以下问题']]").await;
    s.assert_no_english("描述有误", &allowed).await;
    s.assert_accessible("user form error in Chinese").await;

    s.retype("描述", "支付团队").await;
    s.click_button("保存").await;
    s.announced("修改已保存。").await;
    s.assert_no_english("已保存", &allowed).await;
    all_asked_in(&s, "PUT", "/v5/users/d3m0000000000000000000000000a11c", "zh-cn").await;

    // The list, too.
    s.client.goto(&format!("{}/users", s.base)).await.unwrap();
    s.announced("已加载 2 个用户。").await;
    s.assert_no_english("用户列表", &["alice", "bob-admin", "Demo administrator"]).await;
    s.assert_accessible("user list in Chinese").await;
    s.close().await;
}

#[tokio::test]
async fn switching_language_mid_form_keeps_every_keystroke_and_is_remembered() {
    let s = Session::start().await;
    s.prefer_languages("en-GB,en").await;
    s.sign_in_with_password_at("/password", "alice", "Demo-Password-1").await;
    assert_eq!(html_lang(&s).await, "en");
    s.type_into("Current password", "Demo-Password-1").await;
    s.type_into("New password", "Fresh-Pass").await;
    s.type_into("Confirm new password", "Fresh-Pa").await;
    s.click_button("Change password").await;
    s.field_message("Confirm new password", "The passwords do not match.").await;
    let posts = s.sent("POST", "/v5/caller-password").await;

    s.choose_language("Language", "简体中文").await;
    s.wait_for("//h1[normalize-space(.)='修改密码']").await;
    assert_eq!(html_lang(&s).await, "zh-CN");
    // Everything typed is still there, under Chinese labels, and the messages follow.
    assert_eq!(s.value_of("原密码").await, "Demo-Password-1");
    assert_eq!(s.value_of("新密码").await, "Fresh-Pass");
    assert_eq!(s.value_of("确认新密码").await, "Fresh-Pa");
    s.field_message("确认新密码", "两次输入的密码不一致。").await;
    s.wait_for("//li[contains(., '至少包含')][contains(., '已有 3 种：大写字母、小写字母、特殊字符')]").await;
    s.assert_no_english("switched mid-form", &["alice"]).await;
    s.assert_accessible("switched to Chinese").await;
    assert_eq!(s.sent("POST", "/v5/caller-password").await, posts, "switching sends nothing");

    // Remembered: a reload comes back in Chinese, whatever the browser prefers.
    let stored = s.client.execute("return localStorage.getItem('iam-console-language');", vec![]).await.unwrap();
    assert_eq!(stored, "zh-CN");
    s.client.refresh().await.unwrap();
    s.wait_for("//h1[normalize-space(.)='修改密码']").await;
    s.type_into("原密码", "Demo-Password-1").await;
    s.type_into("新密码", "Fresh-Password-7").await;
    s.type_into("确认新密码", "Fresh-Password-7").await;

    s.choose_language("语言", "English").await;
    s.wait_for("//h1[normalize-space(.)='Change password']").await;
    assert_eq!(s.value_of("Confirm new password").await, "Fresh-Password-7");
    s.click_button("Change password").await;
    s.announced("Your password has been changed.").await;
    let asked: Vec<String> = s.request_lines("POST", "/v5/caller-password").await;
    assert!(asked.last().unwrap().ends_with(" x-language=en-us"), "{asked:?}");
    s.close().await;
}
