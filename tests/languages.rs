//! Component test of the language switch: a form re-worded in place, its values kept.
#![cfg(target_arch = "wasm32")]

mod support;

use iam_console::i18n::{self, Lang};
use iam_console::pages::change_password::ChangePasswordForm;
use iam_console::session::Session;
use iam_v5::PasswordPolicy;
use leptos::prelude::*;
use support::{button_by_name, field_by_label, mount, submit, type_value};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn text_of(root: &web_sys::HtmlElement) -> String {
    root.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn switching_language_rewords_the_form_in_place_and_keeps_what_was_typed() {
    i18n::set_lang(Lang::En);
    let root = mount(|| {
        Session::provide();
        view! { <ChangePasswordForm policy=PasswordPolicy::default() /> }
    });
    type_value(&field_by_label(&root, "New password"), "Fresh-Pass");
    type_value(&field_by_label(&root, "Confirm new password"), "Fresh-Pa");
    submit(&root, "Change password").await;
    leptos::task::tick().await;
    assert!(text_of(&root).contains("Enter your current password."));
    let new_field = field_by_label(&root, "New password");

    i18n::set_lang(Lang::ZhCn);
    leptos::task::tick().await;
    // The same input elements, re-labelled: nothing was re-created, nothing lost.
    assert_eq!(field_by_label(&root, "新密码"), new_field);
    assert_eq!(field_by_label(&root, "新密码").value(), "Fresh-Pass");
    assert_eq!(field_by_label(&root, "确认新密码").value(), "Fresh-Pa");
    let shown = text_of(&root);
    for chinese in ["请修正以下问题", "请输入原密码。", "两次输入的密码不一致。", "长度为 8 到 32 个字符", "密码强度："]
    {
        assert!(shown.contains(chinese), "{chinese} missing from {shown}");
    }
    for english in ["There is a problem", "Enter your current password.", "characters", "Strength"] {
        assert!(!shown.contains(english), "{english} left in {shown}");
    }
    button_by_name(&root, "修改密码");
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("zh-CN"));
    let stored = window().local_storage().unwrap().unwrap().get_item("iam-console-language").unwrap();
    assert_eq!(stored.as_deref(), Some("zh-CN"), "the choice is remembered");

    i18n::set_lang(Lang::En);
    leptos::task::tick().await;
    assert_eq!(field_by_label(&root, "New password").value(), "Fresh-Pass");
    assert!(text_of(&root).contains("The passwords do not match."));
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("en"));
}
