//! `cargo xtask screenshots`: the README's pictures, taken from the release build on the
//! emulator in headless Chromium, so they always show what the code does today. Light and
//! dark, English and Chinese: the sign-in page, the password page with its checklist half
//! ticked, an error summary, the user list and the user edit form, a user's groups and tags,
//! "Create user", the root user's page as an administrator sees it; and the password page,
//! the user list (a user chosen) and the root user's page on a phone. PNGs into `docs/screenshots/` (each must stay under 200 KB).

#[cfg(not(target_arch = "wasm32"))]
#[allow(dead_code)] // the screenshots use part of the e2e harness
mod harness;

#[cfg(not(target_arch = "wasm32"))]
mod take {
    use serde_json::json;

    use crate::harness::{user, Session};

    /// The root user the pictures show ("managed by the account").
    const ROOT_ID: &str = "d3m000000000000000000000000r0071";

    /// The largest PNG the README may carry.
    const MAX_BYTES: usize = 200 * 1024;

    struct Words {
        lang: &'static str,
        tag: &'static str,
        sign_in: &'static str,
        account: &'static str,
        user: &'static str,
        password: &'static str,
        current: &'static str,
        new: &'static str,
        confirm: &'static str,
        change: &'static str,
        signed_in_as: &'static str,
        user_name: &'static str,
        set_password: &'static str,
        select: &'static str,
    }

    const ENGLISH: Words = Words {
        lang: "en",
        tag: "en",
        sign_in: "Sign in",
        account: "Account name",
        user: "IAM user name",
        password: "Password",
        current: "Current password",
        new: "New password",
        confirm: "Confirm new password",
        change: "Change password",
        signed_in_as: "Signed in as ",
        user_name: "User name",
        set_password: "Set a console password",
        select: "Select ",
    };

    const CHINESE: Words = Words {
        lang: "zh",
        tag: "zh-CN",
        sign_in: "登录",
        account: "账号名",
        user: "IAM用户名",
        password: "密码",
        current: "原密码",
        new: "新密码",
        confirm: "确认新密码",
        change: "修改密码",
        signed_in_as: "当前登录：",
        user_name: "用户名",
        set_password: "设置控制台密码",
        select: "选择 ",
    };

    async fn save(s: &Session, folder: &std::path::Path, name: &str) {
        // Let the last render and any focus ring settle on screen.
        s.client
            .execute("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));", vec![])
            .await
            .ok();
        let png = s.client.screenshot().await.expect("screenshot");
        assert!(png.len() < MAX_BYTES, "{name}.png is {} KB, over 200 KB", png.len() / 1024);
        std::fs::write(folder.join(format!("{name}.png")), &png).expect("write png");
        println!("{name}.png  {:.1} KB", png.len() as f64 / 1024.0);
    }

    async fn sign_in(s: &Session, w: &Words, path: &str, user_name: &str, password: &str) {
        s.client.goto(&format!("{}{path}", s.base)).await.unwrap();
        s.type_into(w.account, "demo-account").await;
        s.type_into(w.user, user_name).await;
        s.type_into(w.password, password).await;
        s.click_button(w.sign_in).await;
        s.wait_for(&format!("//header[contains(normalize-space(.), '{}{user_name}')]", w.signed_in_as)).await;
    }

    async fn set_viewport(s: &Session, width: u32, height: u32, mobile: bool) {
        let metrics = json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile });
        s.cdp("Emulation.setDeviceMetricsOverride", metrics).await;
    }

    /// One language in one theme: every page the README shows.
    async fn pages(folder: &std::path::Path, w: &Words, theme: &str, phone: bool) {
        let s = Session::start_with(|seed| {
            user(seed, "alice")["last_login_at"] = json!("2026-11-27T08:30:00Z");
            let root = json!({
                "user_id": ROOT_ID, "user_name": "demo-root", "is_root_user": true, "admin": true,
                "password": "Demo-Root-Pass-1",
                "access_keys": [{ "access": "DEMOROOTACCESSKEY001", "secret": "demo-root-secret-key-00000000000000000000" }],
                "mfa_devices": [{ "serial_number": "iam/mfa/0a1b2c3d4e5f60718293a4b5c6d7e8f9/root" }],
            });
            seed["users"].as_array_mut().unwrap().push(root);
        })
        .await;
        s.client.goto(&s.base).await.unwrap();
        let prefer = "localStorage.setItem('iam-console-theme', arguments[0]); \
                      localStorage.setItem('iam-console-language', arguments[1]);";
        s.client.execute(prefer, vec![json!(theme), json!(w.tag)]).await.unwrap();
        let at = |page: &str| format!("{page}-{theme}-{}", w.lang);
        set_viewport(&s, 1024, 720, false).await;

        s.client.goto(&format!("{}/sign-in", s.base)).await.unwrap();
        s.field(w.account).await;
        save(&s, folder, &at("sign-in")).await;

        sign_in(&s, w, "/password", "alice", "Demo-Password-1").await;
        s.type_into(w.current, "Demo-Password-1").await;
        // Half the checklist ticked: long enough, but one character type and no confirmation.
        s.type_into(w.new, "freshpass").await;
        save(&s, folder, &at("password")).await;
        s.type_into(w.confirm, "freshpas").await;
        s.click_button(w.change).await;
        s.wait_for("//div[contains(@class,'error-summary')][not(@hidden)]").await;
        save(&s, folder, &at("error-summary")).await;
        if phone {
            set_viewport(&s, 360, 740, true).await;
            s.client.goto(&format!("{}/password", s.base)).await.unwrap();
            s.type_into(w.current, "Demo-Password-1").await;
            s.type_into(w.new, "freshpass").await;
            save(&s, folder, &at("password-phone")).await;
            set_viewport(&s, 1024, 720, false).await;
        }

        s.client.execute("sessionStorage.clear();", vec![]).await.unwrap();
        sign_in(&s, w, "/users", "bob-admin", "Demo-Password-2").await;
        s.wait_for("//table//a").await;
        save(&s, folder, &at("users")).await;
        s.client.goto(&format!("{}/users/d3m0000000000000000000000000a11c", s.base)).await.unwrap();
        s.wait_for("//textarea").await;
        save(&s, folder, &at("user-edit")).await;
        s.wait_for("//section[@class='groups']//table").await;
        s.client.execute("document.querySelector('section.groups').scrollIntoView();", vec![]).await.unwrap();
        save(&s, folder, &at("user-groups-tags")).await;
        s.client.goto(&format!("{}/groups", s.base)).await.unwrap();
        s.wait_for("//table//td[normalize-space(.)='auditors']").await;
        save(&s, folder, &at("groups")).await;
        s.client.goto(&format!("{}/groups/d3m0-group-developers", s.base)).await.unwrap();
        s.wait_for("//section[@class='group-members']//table").await;
        save(&s, folder, &at("group")).await;

        // The root user's "Security", as an administrator sees it: shown, not offered.
        for (width, height, name) in [(1024, 720, "user-root"), (320, 740, "user-root-phone")] {
            if name.ends_with("phone") && !phone {
                continue;
            }
            set_viewport(&s, width, height, width < 400).await;
            s.client.goto(&format!("{}/users/{ROOT_ID}", s.base)).await.unwrap();
            s.wait_for("//section[@aria-labelledby='security-title']//table//td/code").await;
            s.wait_for("//section[@aria-labelledby='security-title']//tr[td/code[contains(., 'iam/mfa')]]").await;
            s.client.execute("document.getElementById('security-title').scrollIntoView();", vec![]).await.unwrap();
            save(&s, folder, &at(name)).await;
        }
        set_viewport(&s, 1024, 720, false).await;

        // Several at once, on a phone's cards.
        set_viewport(&s, 360, 740, true).await;
        s.client.goto(&format!("{}/users", s.base)).await.unwrap();
        let alice = format!("//input[@id=//label[normalize-space(.)='{}alice']/@for]", w.select);
        s.wait_for(&alice).await.click().await.unwrap();
        save(&s, folder, &at("users-phone")).await;
        set_viewport(&s, 1024, 720, false).await;

        // "Create user" with a console password half typed (last: the page asks before leaving).
        s.client.goto(&format!("{}/users/new", s.base)).await.unwrap();
        s.type_into(w.user_name, "carol").await;
        let set_password = format!("//input[@id=//label[normalize-space(.)='{}']/@for]", w.set_password);
        s.wait_for(&set_password).await.click().await.unwrap();
        s.type_into(w.new, "freshpass").await;
        save(&s, folder, &at("user-create")).await;
        s.close().await;
    }

    #[tokio::main]
    pub async fn run() {
        let folder = std::path::PathBuf::from(std::env::var("IAM_SCREENSHOTS").expect("IAM_SCREENSHOTS"));
        std::fs::create_dir_all(&folder).expect("screenshot folder");
        for w in [&ENGLISH, &CHINESE] {
            for theme in ["light", "dark"] {
                pages(&folder, w, theme, theme == "light").await;
            }
        }
    }
}

fn main() {
    // The screenshots drive a browser from the host; there is nothing to run inside wasm.
    #[cfg(not(target_arch = "wasm32"))]
    take::run();
}
