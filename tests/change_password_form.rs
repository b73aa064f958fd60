//! Component tests of the change-password form, mounted in headless Chromium.
#![cfg(target_arch = "wasm32")]

use iam_console::pages::change_password::ChangePasswordForm;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `view` in a fresh container and returns the container.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> HtmlElement {
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    leptos::mount::mount_to(container.clone(), view).forget();
    container
}

/// The input a `<label>` with exactly this text is bound to, as a screen reader pairs them.
fn field_by_label(root: &HtmlElement, text: &str) -> HtmlInputElement {
    let labels = root.query_selector_all("label").unwrap();
    let label = (0..labels.length())
        .filter_map(|i| labels.item(i))
        .map(|node| node.unchecked_into::<web_sys::HtmlLabelElement>())
        .find(|label| label.text_content().unwrap_or_default().trim() == text)
        .unwrap_or_else(|| panic!("no label {text:?}"));
    document()
        .get_element_by_id(&label.html_for())
        .unwrap_or_else(|| panic!("label {text:?} points at nothing"))
        .unchecked_into()
}

#[wasm_bindgen_test]
fn form_has_the_three_labelled_password_fields_with_autocomplete_hints() {
    let root = mount(|| view! { <ChangePasswordForm /> });
    for (label, autocomplete) in [
        ("Current password", "current-password"),
        ("New password", "new-password"),
        ("Confirm new password", "new-password"),
    ] {
        let input = field_by_label(&root, label);
        assert_eq!(input.type_(), "password", "{label}");
        assert_eq!(input.get_attribute("autocomplete").as_deref(), Some(autocomplete), "{label}");
    }
    let buttons = root.query_selector_all("button").unwrap();
    let submit = (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|node| node.unchecked_into::<web_sys::HtmlButtonElement>())
        .find(|button| button.text_content().unwrap_or_default().trim() == "Change password")
        .expect("a button named Change password");
    assert_eq!(submit.type_(), "submit");
}
