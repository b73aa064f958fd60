//! Component test of a page whose code arrives on demand: while it arrives, a failed
//! arrival in both languages, and "Try again".
#![cfg(target_arch = "wasm32")]

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};

use iam_console::components::on_demand::{OnDemand, OnDemandPage, Page, PageArriving, PageNotLoaded};
use iam_console::i18n::{self, Lang};
use leptos::prelude::*;
use support::{button_by_name, mount, submit};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

static ATTEMPTS: AtomicUsize = AtomicUsize::new(0);

/// The first attempt fails, as a cut network would; the next arrives.
fn arrives_second_time() -> PageArriving {
    Box::pin(async {
        if ATTEMPTS.fetch_add(1, Ordering::SeqCst) == 0 {
            Err(PageNotLoaded)
        } else {
            let page: Page = |name| view! { <h1>{name}</h1> }.into_any();
            Ok(page)
        }
    })
}

const FLAKY: OnDemandPage = OnDemandPage { ready: || None, load: arrives_second_time };

fn text_of(root: &web_sys::HtmlElement) -> String {
    root.text_content().unwrap_or_default()
}

fn alerts(root: &web_sys::HtmlElement) -> u32 {
    root.query_selector_all("[role=alert]").unwrap().length()
}

#[wasm_bindgen_test]
async fn a_page_that_did_not_arrive_says_so_in_both_languages_and_try_again_draws_it() {
    i18n::set_lang(Lang::ZhCn);
    let root = mount(|| view! { <OnDemand page=FLAKY param="用户" /> });
    assert!(text_of(&root).contains("正在加载页面…"), "while it arrives: {}", text_of(&root));
    leptos::task::tick().await;
    assert_eq!(alerts(&root), 1, "{}", text_of(&root));
    assert!(text_of(&root).contains("无法加载此页面。请检查网络连接，然后重试。"), "{}", text_of(&root));
    assert_eq!(root.query_selector("h1").unwrap().and_then(|h| h.text_content()).as_deref(), Some("页面未加载"));
    button_by_name(&root, "重试");

    i18n::set_lang(Lang::En);
    leptos::task::tick().await;
    assert!(text_of(&root).contains("This page could not be loaded. Check your connection, then try again."));
    submit(&root, "Try again").await;
    leptos::task::tick().await;
    assert_eq!(root.query_selector("h1").unwrap().and_then(|h| h.text_content()).as_deref(), Some("用户"));
    assert_eq!(alerts(&root), 0, "the message is gone: {}", text_of(&root));
    assert_eq!(ATTEMPTS.load(Ordering::SeqCst), 2, "one attempt a click, none repeated");
}

#[wasm_bindgen_test]
async fn a_page_already_here_is_drawn_at_once() {
    const HERE: OnDemandPage = OnDemandPage {
        ready: || Some(|name: String| view! { <h1>{name}</h1> }.into_any()),
        load: || unreachable!("a page already here is not fetched"),
    };
    let root = mount(|| view! { <OnDemand page=HERE param="Users" /> });
    assert_eq!(root.query_selector("h1").unwrap().and_then(|h| h.text_content()).as_deref(), Some("Users"));
}
