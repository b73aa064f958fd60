//! A button that copies a value (a request id, a user id) to the clipboard and says, in a
//! status message beside it, whether that worked.
//!
//! ```no_run
//! use leptos::prelude::*;
//! use iam_console::components::CopyButton;
//! # #[component] fn Demo() -> impl IntoView {
//! view! { <CopyButton text="0123abcd".to_owned() label="Copy request ID" /> }
//! # }
//! ```

use leptos::prelude::*;

mod text {
    pub const COPIED: &str = "Copied.";
    pub const NOT_COPIED: &str = "Copying failed: select the text and copy it yourself.";
}

/// The copy button and its status message.
#[component]
pub fn CopyButton(
    /// What is copied.
    text: String,
    /// The button's name, saying what it copies ("Copy request ID").
    label: &'static str,
) -> impl IntoView {
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let promise = window().navigator().clipboard().write_text(&text);
        leptos::task::spawn_local_scoped(async move {
            copied.set(Some(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()));
        });
    };
    view! {
        <button type="button" class="secondary copy" on:click=copy>{label}</button>
        " "
        <span role="status">{move || copied.get().map(|ok| if ok { text::COPIED } else { text::NOT_COPIED })}</span>
    }
}
