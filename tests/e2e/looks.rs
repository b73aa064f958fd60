//! Light and dark (the system's, or the header's "Theme"), and phone-sized screens.

use serde_json::json;

use crate::harness::{user, Session};

const ALICE_PAGE: &str = "/users/d3m0000000000000000000000000a11c";
const LIGHT: &str = "rgb(255, 255, 255)";
const DARK: &str = "rgb(17, 24, 39)";

/// The page's background colour, as computed.
async fn background(s: &Session) -> String {
    let colour =
        s.client.execute("return getComputedStyle(document.documentElement).backgroundColor;", vec![]).await.unwrap();
    colour.as_str().unwrap().to_owned()
}

/// Makes the system prefer `scheme` ("light" or "dark"), as an OS setting would.
async fn system_prefers(s: &Session, scheme: &str) {
    let features = json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme }] });
    s.cdp("Emulation.setEmulatedMedia", features).await;
}

async fn choose_theme(s: &Session, theme: &str) {
    let select = s.wait_for("//select[@id=//label[normalize-space(.)='Theme']/@for]").await;
    select.select_by_label(theme).await.expect("choose a theme");
}

async fn stored_theme(s: &Session) -> serde_json::Value {
    s.client.execute("return localStorage.getItem('iam-console-theme');", vec![]).await.unwrap()
}

#[tokio::test]
async fn the_system_preference_and_the_theme_choice_apply_and_the_choice_survives_a_reload() {
    let s = Session::start().await;
    system_prefers(&s, "dark").await;
    s.sign_in_with_password_at("/password", "alice", "Demo-Password-1").await;
    assert_eq!(background(&s).await, DARK, "the system's dark preference");
    s.type_into("Current password", "Demo-Password-1").await;

    choose_theme(&s, "Light").await;
    assert_eq!(background(&s).await, LIGHT, "the choice beats the system");
    assert_eq!(s.value_of("Current password").await, "Demo-Password-1", "nothing typed is lost");
    assert_eq!(stored_theme(&s).await, "light");
    s.client.refresh().await.unwrap();
    s.field("Current password").await;
    assert_eq!(background(&s).await, LIGHT, "remembered across a reload");

    choose_theme(&s, "Dark").await;
    system_prefers(&s, "light").await;
    s.client.refresh().await.unwrap();
    s.field("Current password").await;
    assert_eq!(background(&s).await, DARK, "dark whatever the system prefers");

    choose_theme(&s, "System").await;
    assert_eq!(background(&s).await, LIGHT, "back to the system's (light now)");
    assert_eq!(stored_theme(&s).await, serde_json::Value::Null, "nothing left to remember");

    // The remembered theme is on <html> before the first paint: set by a plain script file
    // in <head>, ahead of the stylesheet, not by the app (which starts after it).
    let head = s
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];\
             fetch('/', { cache: 'no-store' }).then(r => r.text()).then(html => done(html.split('</head>')[0]));",
            vec![],
        )
        .await
        .unwrap();
    let head = head.as_str().unwrap();
    let script = head.find("<script src=\"/theme").expect("the theme script is in <head>");
    let tag = &head[script..script + head[script..].find('>').unwrap()];
    assert!(!tag.contains("async") && !tag.contains("defer") && !tag.contains("module"), "runs at once: {tag}");
    assert!(script < head.find("rel=\"stylesheet\"").unwrap(), "before the stylesheet");
    s.close().await;
}

#[tokio::test]
async fn the_main_states_are_accessible_in_dark() {
    let s = Session::start().await;
    system_prefers(&s, "dark").await;
    s.client.goto(&format!("{}/sign-in", s.base)).await.unwrap();
    s.click_button("Sign in").await;
    s.field_message("Account name", "Enter your account name.").await;
    assert_eq!(background(&s).await, DARK);
    s.assert_accessible("sign-in with errors, dark").await;

    s.sign_in_with_password_at("/password", "bob-admin", "Demo-Password-2").await;
    s.type_into("New password", "short").await;
    s.click_button("Change password").await;
    s.wait_for("//h2[normalize-space(.)='There is a problem']").await;
    s.assert_accessible("password form with errors, dark").await;
    s.client.goto(&format!("{}/users", s.base)).await.unwrap();
    s.announced("2 users loaded.").await;
    s.assert_accessible("user list, dark").await;
    s.client.goto(&format!("{}{ALICE_PAGE}", s.base)).await.unwrap();
    s.wait_for("//table//td/code[starts-with(., 'iam/mfa/')]").await;
    s.retype("Description", "a <b>").await;
    s.field_message("Description", "must not contain").await;
    s.assert_accessible("user form with an error, dark").await;
    s.wait_for("//section[@class='groups']//table").await;
    s.click_button("Add to group").await;
    s.wait_for("//dialog[@open]//td[normalize-space(.)='auditors']").await;
    s.assert_accessible("add to group, dark").await;
    s.client.goto(&format!("{}/users/new", s.base)).await.unwrap();
    s.wait_for("//h1[normalize-space(.)='Create user']").await;
    s.click_button("Create user").await;
    s.field_message("User name", "Enter a user name.").await;
    s.assert_accessible("create user with an error, dark").await;
    s.client.goto(&format!("{}/credentials", s.base)).await.unwrap();
    s.wait_for("//table//td/code").await;
    s.assert_accessible("my credentials, dark").await;
    s.close().await;
}

/// Fails unless the page fits `width` CSS px and every control is at least 24 px tall and wide.
async fn assert_fits(s: &Session, width: u64, state: &str) {
    let measured = s
        .client
        .execute(
            "const small = [...document.querySelectorAll('button, select, input[type=checkbox], input[type=radio], .app-header a')]\
               .filter(e => e.getClientRects().length)\
               .map(e => [e.getBoundingClientRect(), e.textContent.trim() || e.id])\
               .filter(([r]) => r.width < 24 || r.height < 24)\
               .map(([r, name]) => name + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));\
             return [document.documentElement.scrollWidth, small];",
            vec![],
        )
        .await
        .unwrap();
    let scroll_width = measured[0].as_u64().unwrap();
    assert!(scroll_width <= width, "{state}: the page is {scroll_width} px wide at {width} px");
    assert_eq!(measured[1], json!([]), "{state}: tap targets under 24 px");
}

#[tokio::test]
async fn every_page_fits_a_320_px_phone_in_both_languages_with_an_admin_signed_in() {
    let long_name = "a-rather-long-user-name-for-phones";
    let s = Session::start_with(|seed| {
        user(seed, "alice")["description"] =
            json!("Payments and reconciliation for the international subsidiaries, weekdays only");
        let users = seed["users"].as_array_mut().unwrap();
        users.push(json!({ "user_id": "0000000000000000000000000000cafe", "user_name": long_name,
            "description": "Internationalisation", "enabled": false, "password": "Some-Password-1" }));
    })
    .await;
    let metrics = json!({ "width": 320, "height": 640, "deviceScaleFactor": 1, "mobile": true });
    s.cdp("Emulation.setDeviceMetricsOverride", metrics).await;
    s.sign_in_with_password_at("/users", "bob-admin", "Demo-Password-2").await;

    let pages = [
        "/",
        "/sign-in",
        "/password",
        "/users",
        "/users/new",
        ALICE_PAGE,
        "/groups",
        "/groups/d3m0-group-developers",
        "/credentials",
        "/no-such-page",
    ];
    for language in ["English", "简体中文"] {
        // The control is labelled in the language shown so far: English, both times.
        s.choose_language("Language", language).await;
        for page in pages {
            s.client.goto(&format!("{}{page}", s.base)).await.unwrap();
            s.wait_for("//main//h1").await;
            if page == "/users" {
                s.wait_for(&format!("//a[normalize-space(.)='{long_name}']")).await;
            }
            if page == ALICE_PAGE {
                s.wait_for("//textarea").await;
                // Security, with the long serial number of alice's MFA device.
                s.wait_for("//table//td/code[starts-with(., 'iam/mfa/')]").await;
                s.wait_for("//table//td/code[normalize-space(.)='DEMOALICEACCESSKEY01']").await;
                // Groups, tags and "Delete user" below.
                s.wait_for("//section[@class='groups']//table").await;
                s.wait_for("//section[@class='tags']//input").await;
            }
            if page == "/credentials" {
                s.wait_for("//table//td/code").await;
            }
            if page == "/groups/d3m0-group-developers" {
                s.wait_for("//section[@class='group-members']//table").await;
            }
            if page == "/groups" {
                s.wait_for("//table//td[normalize-space(.)='auditors']").await;
            }
            assert_fits(&s, 320, &format!("{page} in {language}")).await;
        }
    }
    s.close().await;
}
