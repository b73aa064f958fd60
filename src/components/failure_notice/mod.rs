//! What a page says when a request failed for a reason no field owns: what the code means
//! (the server's message, verbatim, for a code the console does not know) with the code
//! and request id, or, when no answer came, what happened and "Try again".
//!
//! ```no_run
//! use leptos::prelude::*;
//! use iam_console::components::FailureNotice;
//! # #[component] fn Demo(error: iam_console::api::ApiError) -> impl IntoView {
//! view! { <FailureNotice lead=|_| iam_console::i18n::users_words().not_loaded error=error retry=|| () /> }
//! # }
//! ```

use leptos::prelude::*;

use crate::api::ApiError;
use crate::i18n::errors::{describe, refusal_message};
use crate::i18n::{t, tr, tr_around, Entry};

/// The notice; "Try again" appears when the server gave no usable answer.
#[component]
pub fn FailureNotice(
    /// What did not happen, e.g. "The password was not changed."
    #[prop(default = |_| "")]
    lead: Entry,
    /// What did not happen, as a sentence with its own parameters (a group's name), instead
    /// of `lead`.
    #[prop(optional, into)]
    lead_text: Option<Signal<String>>,
    /// Why.
    error: ApiError,
    /// Sends the same request again.
    #[prop(into)]
    retry: Callback<()>,
) -> impl IntoView {
    let message = {
        let error = error.clone();
        move || match &error {
            ApiError::Api { body, .. } => refusal_message(body),
            other => describe(other),
        }
    };
    let ((code_before, code_after), (id_before, id_after)) =
        (tr_around(|t| t.shared.error_code), tr_around(|t| t.shared.request_id));
    let details = match &error {
        ApiError::Api { body, .. } => Some(view! {
            <p>{code_before} <code>{body.error_code.clone()}</code> {code_after}</p>
            {body.request_id.clone().map(|id| view! { <p>{id_before} <code>{id}</code> {id_after}</p> })}
        }),
        _ => None,
    };
    let try_again = (!matches!(error, ApiError::Api { .. })).then(|| {
        view! { <button type="button" on:click=move |_| retry.run(())>{tr(|t| t.shared.try_again)}</button> }
    });
    view! {
        <div class="notice error">
            <p>{move || {
                let lead = lead_text.map_or_else(|| lead(t()).to_owned(), |text| text.get());
                (t().shared.lead_and_reason)(&lead, &message())
            }}</p>
            {details}
            {try_again}
        </div>
    }
}
