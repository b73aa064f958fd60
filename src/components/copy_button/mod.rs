//! A button that copies a value (a request id, a user id) to the clipboard and says, in a
//! status message beside it, whether that worked.
//!
//! ```no_run
//! use leptos::prelude::*;
//! use iam_console::components::CopyButton;
//! # #[component] fn Demo() -> impl IntoView {
//! view! { <CopyButton text="0123abcd".to_owned() label=|t| t.shared.copy_request_id /> }
//! # }
//! ```

use leptos::prelude::*;

use crate::i18n::{t, tr, Entry};

/// The copy button and its status message.
#[component]
pub fn CopyButton(
    /// What is copied.
    text: String,
    /// The button's name, saying what it copies ("Copy request ID").
    label: Entry,
) -> impl IntoView {
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let promise = window().navigator().clipboard().write_text(&text);
        crate::components::loaded::spawn(async move {
            copied.set(Some(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()));
        });
    };
    view! {
        <button type="button" class="secondary copy" on:click=copy>{tr(label)}</button>
        " "
        <span role="status">{move || copied.get().map(|ok| if ok { t().shared.copied } else { t().shared.not_copied })}</span>
    }
}
