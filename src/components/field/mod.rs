//! A labelled input whose value lives in a signal, with an optional message under it.
//!
//! ```no_run
//! use leptos::prelude::*;
//! use iam_console::components::TextField;
//! # #[component] fn Demo() -> impl IntoView {
//! let value = RwSignal::new(String::new());
//! view! { <TextField id="current-password" label="Current password" input_type="password" autocomplete="current-password" value=value /> }
//! # }
//! ```

use leptos::prelude::*;

/// An input with a visible label bound to it. Its value lives in `value`, so nothing
/// typed is lost whatever the page shows; `error` puts a message under it and marks
/// it `aria-invalid`.
#[component]
pub fn TextField(
    /// Element id; the label points at it.
    id: &'static str,
    /// Visible label text; also the field's accessible name.
    label: &'static str,
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
) -> impl IntoView {
    let error = error.unwrap_or_else(|| Signal::stored(None));
    let error_id = format!("{id}-error");
    let described = {
        let error_id = error_id.clone();
        move || error.with(Option::is_some).then(|| error_id.clone())
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                id=id
                name=id
                type=input_type
                autocomplete=autocomplete
                spellcheck="false"
                autocapitalize="off"
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=described
                bind:value=value
            />
            {move || error.get().map(|message| view! { <p class="field-error" id=error_id.clone()>{message}</p> })}
        </div>
    }
}
