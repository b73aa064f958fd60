//! A labelled password input.
//!
//! ```no_run
//! use leptos::prelude::*;
//! use iam_console::components::PasswordField;
//! # #[component] fn Demo() -> impl IntoView {
//! let value = RwSignal::new(String::new());
//! view! { <PasswordField id="current-password" label="Current password" autocomplete="current-password" value=value /> }
//! # }
//! ```

use leptos::prelude::*;

/// A password input with a visible label bound to it; its value lives in `value`,
/// so nothing typed is lost when the page shows an outcome.
#[component]
pub fn PasswordField(
    /// Element id; the label points at it.
    id: &'static str,
    /// Visible label text; also the field's accessible name.
    label: &'static str,
    /// `autocomplete` token: `current-password` or `new-password`, for password managers.
    autocomplete: &'static str,
    /// The field's value, kept by the caller.
    value: RwSignal<String>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                id=id
                name=id
                type="password"
                autocomplete=autocomplete
                spellcheck="false"
                autocapitalize="off"
                bind:value=value
            />
        </div>
    }
}
