//! Component tests of the password page's pieces: the rules checklist, the error summary,
//! and the form refusing what it can check before sending.
#![cfg(target_arch = "wasm32")]

mod support;

use iam_console::components::{ErrorSummary, PasswordChecklist, Problem, TextField};
use iam_console::pages::change_password::ChangePasswordForm;
use iam_console::session::Session;
use iam_v5::{CallerIdentity, PasswordPolicy};
use leptos::prelude::*;
use support::{field_by_label, mount, submit};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Each checklist line's text, with its "(done)" / "(not yet)".
fn lines(root: &web_sys::HtmlElement) -> Vec<String> {
    let items = root.query_selector_all("li").unwrap();
    (0..items.length())
        .map(|i| items.item(i).unwrap().text_content().unwrap().split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

#[wasm_bindgen_test]
async fn checklist_ticks_each_rule_as_the_new_password_is_typed() {
    let new = RwSignal::new(String::new());
    let confirm = RwSignal::new(String::new());
    let policy = PasswordPolicy { maximum_consecutive_identical_chars: 2, ..PasswordPolicy::default() };
    let root = mount(move || {
        view! { <PasswordChecklist id="rules" policy=policy user_name="alice".to_owned() current="Old-Pass-1".to_owned() new=new confirm=confirm /> }
    });
    let before = lines(&root);
    assert_eq!(before.len(), 6, "{before:?}");
    assert!(before.iter().all(|line| line.ends_with("(not yet)")), "nothing is met before typing: {before:?}");
    assert!(before[0].contains("8 to 32 characters"), "{before:?}");

    new.set("ecila".into());
    leptos::task::tick().await;
    let typed = lines(&root);
    assert!(typed[0].ends_with("(not yet)"), "too short: {typed:?}");
    assert!(typed[1].contains("(has 1: lowercase)") && typed[1].ends_with("(not yet)"), "{typed:?}");
    assert!(typed[2].contains("user name") && typed[2].ends_with("(not yet)"), "alice backwards: {typed:?}");

    new.set("Fresh-Pass-77".into());
    confirm.set("Fresh-Pass-77".into());
    leptos::task::tick().await;
    let done = lines(&root);
    assert!(done.iter().all(|line| line.ends_with("(done)")), "{done:?}");

    new.set("Fresh-Pass-777".into());
    leptos::task::tick().await;
    let broken = lines(&root);
    assert!(broken[3].contains("No more than 2 identical") && broken[3].ends_with("(not yet)"), "{broken:?}");
    assert!(broken[5].contains("confirmation matches") && broken[5].ends_with("(not yet)"), "{broken:?}");
}

#[wasm_bindgen_test]
async fn an_administrators_checklist_has_no_current_password_rule() {
    let (new, confirm) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let root = mount(move || {
        view! { <PasswordChecklist id="rules" policy=PasswordPolicy::default() user_name="alice".to_owned() new=new confirm=confirm /> }
    });
    let shown = lines(&root);
    assert_eq!(shown.len(), 4, "length, types, user name, confirmation: {shown:?}");
    assert!(!shown.iter().any(|line| line.contains("current password")), "{shown:?}");
    new.set("alice".into());
    confirm.set("alice".into());
    leptos::task::tick().await;
    let typed = lines(&root);
    assert!(typed[2].contains("user name") && typed[2].ends_with("(not yet)"), "{typed:?}");
    assert!(typed[3].contains("confirmation matches") && typed[3].ends_with("(done)"), "{typed:?}");
}

#[wasm_bindgen_test]
async fn error_summary_is_hidden_until_there_are_problems_and_its_links_focus_the_fields() {
    let problems = RwSignal::new(Vec::<Problem>::new());
    let summary = NodeRef::new();
    let value = RwSignal::new(String::new());
    let root = mount(move || {
        view! {
            <ErrorSummary problems=problems node_ref=summary />
            <TextField id="summary-test-field" label=|_| iam_console::i18n::users_words().filter value=value />
        }
    });
    let summary_element = || root.query_selector(".error-summary").unwrap().unwrap();
    assert!(summary_element().has_attribute("hidden"));
    problems.set(vec![Problem { field: "summary-test-field", message: "Fix this field.".into() }]);
    leptos::task::tick().await;
    assert!(!summary_element().has_attribute("hidden"));
    assert_eq!(summary_element().query_selector("h2").unwrap().unwrap().text_content().unwrap(), "There is a problem");
    let link: web_sys::HtmlElement = summary_element().query_selector("a").unwrap().unwrap().unchecked_into();
    assert_eq!(link.text_content().unwrap(), "Fix this field.");
    let hash_before = window().location().hash().unwrap();
    link.click();
    let focused = document().active_element().unwrap();
    assert_eq!(focused, field_by_label(&root, "Filter users").unchecked_into::<web_sys::Element>());
    assert_eq!(window().location().hash().unwrap(), hash_before, "the link adds no fragment to the URL");
}

#[wasm_bindgen_test]
async fn the_form_refuses_an_empty_submit_with_a_focused_summary_and_names_the_user_for_password_managers() {
    let spy = support::FetchSpy::install();
    let root = mount(|| {
        let session = Session::provide();
        session.identity.set(Some(CallerIdentity {
            account_id: "a".into(),
            principal_urn: "iam::a:user:alice".into(),
            principal_id: "u".into(),
        }));
        view! { <ChangePasswordForm policy=PasswordPolicy::default() /> }
    });
    leptos::task::tick().await;
    let user_name: web_sys::HtmlInputElement =
        root.query_selector("input[autocomplete=username]").unwrap().unwrap().unchecked_into();
    assert_eq!(user_name.value(), "alice");
    assert!(user_name.read_only());

    submit(&root, "Change password").await;
    leptos::task::tick().await;
    for label in ["Current password", "New password", "Confirm new password"] {
        assert_eq!(field_by_label(&root, label).get_attribute("aria-invalid").as_deref(), Some("true"), "{label}");
    }
    let focused = document().active_element().unwrap();
    assert_eq!(focused.class_name(), "error-summary", "the summary takes focus");
    assert!(focused.text_content().unwrap().contains("Enter your current password."));
    let sent = spy.calls().await;
    assert!(sent.iter().all(|url| !url.contains("/v5/")), "nothing was sent: {sent:?}");
}
