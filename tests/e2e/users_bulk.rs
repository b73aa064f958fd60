//! "Several at once" on `/users`: three users chosen and disabled after one confirmation,
//! one of them refused (deleted meanwhile elsewhere), each outcome listed; never the root
//! user or yourself; on a phone's card layout in dark, in English and in Chinese.

use fantoccini::Locator;
use serde_json::json;

use crate::harness::{signed_request, Launch, Session, BOB};

/// Ticks the checkbox that chooses `name`.
async fn choose(s: &Session, name: &str) {
    let xpath = format!("//input[@type='checkbox'][@id=//label[normalize-space(.)='Select {name}']/@for]");
    s.wait_for(&xpath).await.click().await.expect("choose");
}

/// The status cell of `name`'s row reads `state`.
fn row_state(name: &str, state: &str) -> String {
    format!("//tr[.//a[normalize-space(.)='{name}']]/td[normalize-space(.)='{state}']")
}

#[tokio::test]
async fn three_users_are_disabled_at_once_and_the_one_refused_says_why() {
    let s = Session::launch(Launch {
        emulator_args: &["--generate-users", "5"],
        change_seed: Box::new(|seed| {
            let root = json!({ "user_id": "d3m00000000000000000000000000r00", "user_name": "root-owner",
                               "is_root_user": true, "password": "Root-Password-1" });
            seed["users"].as_array_mut().unwrap().push(root);
        }),
        ..Launch::default()
    })
    .await;
    // A phone in dark: the cards must carry the checkboxes.
    s.cdp(
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": 320, "height": 640, "deviceScaleFactor": 1, "mobile": true }),
    )
    .await;
    s.cdp("Emulation.setEmulatedMedia", json!({ "features": [{ "name": "prefers-color-scheme", "value": "dark" }] }))
        .await;
    s.sign_in_at("/users", &BOB, "bob-admin").await;
    s.announced("users loaded.").await;

    // Never the root user or yourself.
    for never in ["root-owner", "bob-admin"] {
        let checkbox = format!("//label[normalize-space(.)='Select {never}']");
        assert!(s.client.find(Locator::XPath(&checkbox)).await.is_err(), "{never} can be chosen");
    }
    for name in ["user-00001", "user-00002", "user-00003"] {
        choose(&s, name).await;
    }
    s.announced("3 users selected.").await;
    s.assert_accessible("three users chosen, 320 px, dark").await;
    let width = s.client.execute("return document.documentElement.scrollWidth;", vec![]).await.unwrap();
    assert!(width.as_u64().unwrap() <= 320, "{width} px wide at 320 px");

    // Someone else deletes one of them meanwhile.
    let gone = signed_request(&s.base, &BOB, "DELETE", "/v5/users/gen00000000000000000000000000002", "").await;
    assert!(gone.starts_with("HTTP/1.1 204"), "{gone}");
    s.click_button("Disable").await;
    s.wait_for("//dialog[@open]//p[normalize-space(.)='3 users will no longer be able to sign in, with a password or access keys.']").await;
    s.assert_accessible("disabling three users, confirmation").await;
    s.wait_for("//dialog[@open]//button[normalize-space(.)='Disable 3 users']").await.click().await.unwrap();
    s.announced("user-00001: disabled.").await;
    s.announced("user-00003: disabled.").await;
    let refused = s.announced("user-00002: not changed.").await;
    assert!(refused.contains("Request ID"), "{refused}");
    let request_id = s.wait_for("//li[@class='refused']/code").await.text().await.unwrap();
    s.wait_for(&row_state("user-00001", "Disabled")).await;
    s.wait_for(&row_state("user-00002", "Enabled")).await;
    assert_eq!(s.sent("PUT", "/v5/users/gen00000000000000000000000000001").await, 1, "sent once");
    s.assert_accessible("three users disabled, one refused, 320 px, dark").await;

    // In Chinese, the outcomes are worded too.
    s.choose_language("Language", "简体中文").await;
    s.announced("user-00001：已停用。").await;
    // Names and descriptions from the seed, and the refusal's request id, are not English prose.
    let seeded = "user bob-admin alice root-owner Generated of Demo administrator who changes her own password";
    s.assert_no_english("批量停用之后", &[seeded, &request_id]).await;
    s.close().await;
}
