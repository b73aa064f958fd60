//! Finding things as a person does: by label text and button name.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlButtonElement, HtmlElement, HtmlInputElement, HtmlLabelElement};

/// Mounts `view` in a fresh container and returns the container.
pub fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> HtmlElement {
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    leptos::mount::mount_to(container.clone(), view).forget();
    container
}

fn all<T: JsCast>(root: &HtmlElement, selector: &str) -> Vec<T> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length()).filter_map(|i| nodes.item(i)).map(|n| n.unchecked_into()).collect()
}

/// The input a `<label>` with exactly this text is bound to, as a screen reader pairs them.
#[allow(dead_code)] // not every test file has fields
pub fn field_by_label(root: &HtmlElement, text: &str) -> HtmlInputElement {
    let label = all::<HtmlLabelElement>(root, "label")
        .into_iter()
        .find(|label| label.text_content().unwrap_or_default().trim() == text)
        .unwrap_or_else(|| panic!("no label {text:?}"));
    // Within this mount first: a page mounted by an earlier test may use the same ids.
    let within = root.query_selector(&format!("[id=\"{}\"]", label.html_for())).ok().flatten();
    within
        .or_else(|| document().get_element_by_id(&label.html_for()))
        .unwrap_or_else(|| panic!("label {text:?} points at nothing"))
        .unchecked_into()
}

/// The button whose text is exactly `name`.
#[allow(dead_code)] // not every test file presses buttons
pub fn button_by_name(root: &HtmlElement, name: &str) -> HtmlButtonElement {
    all::<HtmlButtonElement>(root, "button")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default().trim() == name)
        .unwrap_or_else(|| panic!("no button {name:?}"))
}

/// Clicks the button named `name` and lets the app react.
#[allow(dead_code)] // not every test file presses buttons
pub async fn submit(root: &HtmlElement, name: &str) {
    button_by_name(root, name).click();
    leptos::task::tick().await;
}

/// Types `value` into an input or textarea as a person would (one input event).
#[allow(dead_code)] // not every test file types
pub fn type_value(element: &web_sys::Element, value: &str) {
    match element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        Some(area) => area.set_value(value),
        None => element.unchecked_ref::<web_sys::HtmlInputElement>().set_value(value),
    }
    element
        .dispatch_event(
            &web_sys::Event::new_with_event_init_dict("input", &{
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                init
            })
            .unwrap(),
        )
        .unwrap();
}

/// Counts what the page asks `fetch` for while it lives, instead of sending it: each call
/// is kept (its URL) and left pending forever, so "nothing was sent" is counted where a
/// request would start, not inferred from a button's state. Dropping it puts the browser's
/// `fetch` back.
#[allow(dead_code)] // not every test file checks what was sent
pub struct FetchSpy {
    original: wasm_bindgen::JsValue,
    calls: std::rc::Rc<std::cell::RefCell<Vec<String>>>,
    _stub: wasm_bindgen::closure::Closure<dyn FnMut(wasm_bindgen::JsValue) -> js_sys::Promise>,
}

#[allow(dead_code)]
impl FetchSpy {
    /// Replaces `window.fetch` until dropped.
    pub fn install() -> Self {
        let window = web_sys::window().unwrap();
        let original = js_sys::Reflect::get(&window, &"fetch".into()).unwrap();
        let calls = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
        let seen = calls.clone();
        let stub = wasm_bindgen::closure::Closure::<dyn FnMut(wasm_bindgen::JsValue) -> js_sys::Promise>::new(
            move |input: wasm_bindgen::JsValue| {
                let url = match input.dyn_ref::<web_sys::Request>() {
                    Some(request) => request.url(),
                    None => input.as_string().unwrap_or_default(),
                };
                seen.borrow_mut().push(url);
                js_sys::Promise::new(&mut |_, _| {})
            },
        );
        js_sys::Reflect::set(&window, &"fetch".into(), stub.as_ref()).unwrap();
        FetchSpy { original, calls, _stub: stub }
    }

    /// The URLs asked for so far, once the page has settled: pending futures and timers
    /// that were due have run.
    pub async fn calls(&self) -> Vec<String> {
        for _ in 0..3 {
            leptos::task::tick().await;
            let next_task = js_sys::Promise::new(&mut |resolve, _| {
                web_sys::window().unwrap().set_timeout_with_callback(&resolve).unwrap();
            });
            wasm_bindgen_futures::JsFuture::from(next_task).await.unwrap();
        }
        self.calls.borrow().clone()
    }
}

impl Drop for FetchSpy {
    fn drop(&mut self) {
        let _ = js_sys::Reflect::set(&web_sys::window().unwrap(), &"fetch".into(), &self.original);
    }
}
