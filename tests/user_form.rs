//! Component tests of the user edit form: the shared rules as the admin types, the
//! description counter, and what a save would send.
#![cfg(target_arch = "wasm32")]

mod support;

use iam_console::pages::user_edit::{changes, EditUserForm};
use iam_console::router::Router;
use iam_console::session::Session;
use iam_v5::{Tag, User};
use leptos::prelude::*;
use support::{field_by_label, mount, submit, type_value};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn alice() -> User {
    User {
        user_id: "d3m0000000000000000000000000a11c".into(),
        user_name: "alice".into(),
        description: "Payments".into(),
        enabled: true,
        is_root_user: false,
        created_at: "2024-01-02T03:04:05Z".into(),
        urn: "iam::a:user:alice".into(),
        tags: Some(vec![Tag { tag_key: "team".into(), tag_value: "payments".into() }]),
    }
}

fn message_of(element: &web_sys::Element) -> Option<String> {
    let id = element.get_attribute("aria-describedby")?;
    id.split(' ')
        .filter_map(|id| document().get_element_by_id(id))
        .find(|e| e.class_name() == "field-error")
        .map(|e| e.text_content().unwrap())
}

#[wasm_bindgen_test]
async fn rules_name_the_offending_characters_as_typed_and_the_counter_follows() {
    let root = mount(|| {
        Session::provide();
        let current = RwSignal::new(alice());
        view! { <Router><EditUserForm current=current /></Router> }
    });
    let name: web_sys::Element = field_by_label(&root, "User name").unchecked_into();
    let description = document().get_element_by_id(&label_target(&root, "Description")).unwrap();
    let counter = || document().get_element_by_id("user-description-count").unwrap().text_content().unwrap();
    assert_eq!(counter(), "8/255");
    assert_eq!(message_of(&name), None, "the loaded name is not judged");

    type_value(&name, "9lives");
    leptos::task::tick().await;
    assert_eq!(message_of(&name).as_deref(), Some("User name must not start with a digit."));
    type_value(&name, "al#ce!");
    leptos::task::tick().await;
    assert!(message_of(&name).unwrap().contains("remove: # !"), "{:?}", message_of(&name));

    type_value(&description, "Pay <ments> & ünïcödé");
    leptos::task::tick().await;
    assert_eq!(counter(), "21/255", "characters, not bytes");
    assert!(message_of(&description).unwrap().ends_with("these characters: < > &."));

    submit(&root, "Save changes").await;
    leptos::task::tick().await;
    assert_eq!(document().active_element().unwrap().class_name(), "error-summary");
}

fn label_target(root: &web_sys::HtmlElement, text: &str) -> String {
    let labels = root.query_selector_all("label").unwrap();
    (0..labels.length())
        .filter_map(|i| labels.item(i))
        .map(|l| l.unchecked_into::<web_sys::HtmlLabelElement>())
        .find(|l| l.text_content().unwrap().trim() == text)
        .unwrap()
        .html_for()
}

#[wasm_bindgen_test]
fn only_changed_fields_are_sent() {
    let loaded = alice();
    let none = changes(&loaded, "alice", "Payments", true);
    assert!(none.is_empty());
    let some = changes(&loaded, "alice", "Billing", false);
    assert_eq!(
        (some.new_user_name, some.new_description.as_deref(), some.enabled),
        (None, Some("Billing"), Some(false))
    );
}
