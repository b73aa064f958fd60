//! Component tests of the forms, mounted in headless Chromium.
#![cfg(target_arch = "wasm32")]

mod support;

use iam_console::pages::change_password::ChangePasswordForm;
use iam_console::pages::sign_in::SignInPage;
use iam_console::router::Router;
use iam_console::session::Session;
use leptos::prelude::*;
use support::{button_by_name, field_by_label, mount, submit, FetchSpy};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn change_password_form_has_the_three_labelled_password_fields_with_autocomplete_hints() {
    let root = mount(|| {
        Session::provide();
        view! { <ChangePasswordForm policy=iam_v5::PasswordPolicy::default() /> }
    });
    for (label, autocomplete) in [
        ("Current password", "current-password"),
        ("New password", "new-password"),
        ("Confirm new password", "new-password"),
    ] {
        let input = field_by_label(&root, label);
        assert_eq!(input.type_(), "password", "{label}");
        assert_eq!(input.get_attribute("autocomplete").as_deref(), Some(autocomplete), "{label}");
    }
    assert_eq!(button_by_name(&root, "Change password").type_(), "submit");
}

#[wasm_bindgen_test]
async fn sign_in_refuses_empty_keys_next_to_the_fields_and_sends_nothing() {
    let spy = FetchSpy::install();
    let root = mount(|| {
        Session::provide();
        view! { <Router><SignInPage /></Router> }
    });
    assert!(root.text_content().unwrap().contains("until you sign out"), "Password is the default method");
    field_by_label(&root, "Access keys").click();
    leptos::task::tick().await;
    assert!(root.text_content().unwrap().contains("reloading the page signs you out"));
    submit(&root, "Sign in").await;
    let access = field_by_label(&root, "Access key ID");
    assert_eq!(access.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = access.get_attribute("aria-describedby").expect("points at its message");
    let message = leptos::prelude::document().get_element_by_id(&described).unwrap().text_content().unwrap();
    assert_eq!(message, "Enter your access key ID.");
    assert_eq!(field_by_label(&root, "Secret access key").get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(field_by_label(&root, "Security token (optional)").get_attribute("aria-invalid"), None);
    let sent = spy.calls().await;
    assert!(sent.iter().all(|url| !url.contains("/v5/") && !url.contains("/v3")), "nothing was sent: {sent:?}");
}

#[wasm_bindgen_test]
async fn a_complete_sign_in_is_sent_once_where_the_spy_sees_it() {
    // The spy that says "nothing was sent" above sees a request when there is one.
    let spy = FetchSpy::install();
    let root = mount(|| {
        Session::provide();
        view! { <Router><SignInPage /></Router> }
    });
    field_by_label(&root, "Access keys").click();
    leptos::task::tick().await;
    leptos::task::tick().await;
    support::type_value(&field_by_label(&root, "Access key ID"), "AKEXAMPLE0000000001");
    support::type_value(&field_by_label(&root, "Secret access key"), "secret-example");
    // Pressed twice: the second press, while the first is out, sends nothing more.
    let sign_in = button_by_name(&root, "Sign in");
    sign_in.click();
    leptos::task::tick().await;
    sign_in.click();
    let sent = spy.calls().await;
    assert_eq!(sent.iter().filter(|url| url.ends_with("/v5/caller-identity")).count(), 1, "{sent:?}");
}
