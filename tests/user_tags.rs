//! Component tests of a user's "Tags": a tag against the contract's rules is refused at its
//! own field before anything is sent, rows are numbered as they come and go, and "Add tag"
//! stops at 20.
#![cfg(target_arch = "wasm32")]

mod support;

use iam_console::pages::user_life::UserTags;
use iam_console::router::Router;
use iam_console::session::Session;
use iam_v5::Tag;
use leptos::prelude::*;
use support::{button_by_name, field_by_label, mount, submit, type_value};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn message_of(root: &web_sys::HtmlElement, label: &str) -> Option<String> {
    let field: web_sys::Element = field_by_label(root, label).unchecked_into();
    let id = field.get_attribute("aria-describedby")?;
    id.split(' ')
        .filter_map(|id| document().get_element_by_id(id))
        .find(|e| e.class_name() == "field-error")?
        .text_content()
}

fn mounted(tags: Vec<Tag>) -> web_sys::HtmlElement {
    mount(move || {
        Session::provide();
        view! { <Router><UserTags user_id="u1".to_owned() initial=tags on_saved=Callback::new(|_| ()) /></Router> }
    })
}

#[wasm_bindgen_test]
async fn a_tag_against_the_rules_is_refused_at_its_field_and_rows_renumber() {
    let root = mounted(vec![Tag { tag_key: "team".into(), tag_value: "payments".into() }]);
    leptos::task::tick().await;
    assert_eq!(field_by_label(&root, "Key of tag 1").value(), "team");
    submit(&root, "Add tag").await;
    type_value(&field_by_label(&root, "Key of tag 2").unchecked_into(), "_sys_owner");
    type_value(&field_by_label(&root, "Value of tag 2").unchecked_into(), "a<b");
    submit(&root, "Save tags").await;
    leptos::task::tick().await;
    assert_eq!(message_of(&root, "Key of tag 2").as_deref(), Some("Tag key must not start with _sys_."));
    assert_eq!(message_of(&root, "Value of tag 2").as_deref(), Some("Tag value must not contain these characters: <."));
    assert_eq!(message_of(&root, "Key of tag 1"), None);

    // Removing the first tag: the second is now "tag 1", its messages with it.
    submit(&root, "Remove tag 1").await;
    leptos::task::tick().await;
    leptos::task::tick().await;
    assert_eq!(field_by_label(&root, "Key of tag 1").value(), "_sys_owner");
    assert_eq!(message_of(&root, "Key of tag 1").as_deref(), Some("Tag key must not start with _sys_."));
    root.remove();
}

#[wasm_bindgen_test]
async fn add_tag_stops_at_twenty() {
    let tags = (0..19).map(|n| Tag { tag_key: format!("k{n}"), tag_value: String::new() }).collect();
    let root = mounted(tags);
    submit(&root, "Add tag").await;
    assert!(root.text_content().unwrap().contains("A user has at most 20 tags."));
    assert_eq!(button_by_name(&root, "Add tag").get_attribute("aria-disabled").as_deref(), Some("true"));
    submit(&root, "Add tag").await;
    assert_eq!(root.query_selector_all(".tag-row").unwrap().length(), 20);
    root.remove();
}
