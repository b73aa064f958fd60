//! A labelled input whose value lives in a signal, with an optional message under it and,
//! for passwords, a show/hide toggle.
//!
//! ```no_run
//! use leptos::prelude::*;
//! use iam_console::components::{Reveal, TextField};
//! # #[component] fn Demo() -> impl IntoView {
//! let value = RwSignal::new(String::new());
//! let shown = RwSignal::new(false);
//! view! {
//!     <TextField id="current-password" label=|t| t.sign_in.password input_type="password"
//!         autocomplete="current-password" value=value
//!         reveal=Reveal { what: |t| t.sign_in.password, shown } />
//! }
//! # }
//! ```

use leptos::prelude::*;

use crate::i18n::Entry;

/// A show/hide toggle for a password field.
#[derive(Clone, Copy)]
pub struct Reveal {
    /// Which password, in the toggle's name: "new password" in "Show new password".
    pub what: Entry,
    /// Whether the password is shown as text; the caller resets it (e.g. after submit).
    pub shown: RwSignal<bool>,
}

/// An input with a visible label bound to it. Its value lives in `value`, so nothing
/// typed is lost whatever the page shows; `error` puts a message under it and marks
/// it `aria-invalid`.
#[component]
pub fn TextField(
    /// Element id; the label points at it.
    #[prop(into)]
    id: String,
    /// Visible label text; also the field's accessible name.
    #[prop(default = |_| "")]
    label: Entry,
    /// The label as a sentence with its own parameters ("Key of tag 2"), instead of `label`.
    #[prop(optional, into)]
    label_text: Option<Signal<String>>,
    /// `type` of the input: `text` or `password`.
    #[prop(default = "text")]
    input_type: &'static str,
    /// `autocomplete` token, e.g. `current-password`, `new-password`, `off`.
    #[prop(default = "off")]
    autocomplete: &'static str,
    /// The field's value, kept by the caller.
    value: RwSignal<String>,
    /// A message about the value, shown under the field when present.
    #[prop(optional, into)]
    error: Option<Signal<Option<String>>>,
    /// Ids of elements that describe the field (a rules checklist), space-separated.
    #[prop(optional)]
    hint_ids: Option<&'static str>,
    /// A show/hide toggle after the input (password fields).
    #[prop(optional)]
    reveal: Option<Reveal>,
    /// A `<textarea>` for longer text (a description) instead of a one-line input.
    #[prop(optional)]
    multiline: bool,
) -> impl IntoView {
    let error = error.unwrap_or_else(|| Signal::stored(None));
    let error_id = format!("{id}-error");
    let id = StoredValue::new(id);
    let described = {
        let error_id = error_id.clone();
        move || {
            let message = error.with(Option::is_some).then_some(error_id.as_str());
            let ids: Vec<&str> = hint_ids.into_iter().chain(message).collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let shown = reveal.map(|r| r.shown);
    let current_type = move || if shown.is_some_and(|s| s.get()) { "text" } else { input_type };
    let toggle = reveal.map(|Reveal { what, shown }| {
        view! {
            <button type="button" class="reveal" aria-controls=id.get_value() on:click=move |_| shown.update(|s| *s = !*s)
                aria-label=move || { let t = crate::i18n::t(); (t.shared.reveal)(shown.get(), what(t)) }>
                {move || { let t = crate::i18n::t(); if shown.get() { t.shared.hide } else { t.shared.show } }}
            </button>
        }
    });
    let invalid = move || error.with(Option::is_some).then_some("true");
    let control = if multiline {
        view! { <textarea id=id.get_value() name=id.get_value() rows="3" aria-invalid=invalid aria-describedby=described bind:value=value /> }
            .into_any()
    } else {
        view! {
            <input
                id=id.get_value()
                name=id.get_value()
                type=current_type
                autocomplete=autocomplete
                spellcheck="false"
                autocapitalize="off"
                aria-invalid=invalid
                aria-describedby=described
                bind:value=value
            />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id.get_value()>{move || label_text.map_or_else(|| label(crate::i18n::t()).to_owned(), |text| text.get())}</label>
            <div class="input-row">
                {control}
                {toggle}
            </div>
            {move || error.get().map(|message| view! { <p class="field-error" id=error_id.clone()>{message}</p> })}
        </div>
    }
}

/// A checkbox with its label after it, its state kept by the caller.
#[component]
pub fn CheckboxField(
    /// Element id; the label points at it.
    id: &'static str,
    /// The label, also the checkbox's accessible name.
    label: Entry,
    /// Whether it is ticked.
    checked: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <div class="checkbox">
            <input id=id type="checkbox" prop:checked=checked on:change=move |event| checked.set(event_target_checked(&event)) />
            <label for=id>{move || label(crate::i18n::t())}</label>
        </div>
    }
}
