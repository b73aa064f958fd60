//! What a page says when a request failed for a reason no field owns: the server's
//! message with its code and request id, verbatim (unknown codes are never hidden), or,
//! when no answer came, what happened and "Try again".
//!
//! ```no_run
//! use leptos::prelude::*;
//! use iam_console::components::FailureNotice;
//! # #[component] fn Demo(error: iam_console::api::ApiError) -> impl IntoView {
//! view! { <FailureNotice lead="The users could not be loaded." error=error retry=|| () /> }
//! # }
//! ```

use leptos::prelude::*;

use crate::api::ApiError;

mod text {
    pub const ERROR_CODE: &str = "Error code:";
    pub const REQUEST_ID: &str = "Request ID:";
    pub const TRY_AGAIN: &str = "Try again";
}

/// The notice; "Try again" appears when the server gave no usable answer.
#[component]
pub fn FailureNotice(
    /// What did not happen, e.g. "The password was not changed."
    lead: &'static str,
    /// Why.
    error: ApiError,
    /// Sends the same request again.
    #[prop(into)]
    retry: Callback<()>,
) -> impl IntoView {
    let message = match &error {
        ApiError::Api { body, .. } => body.error_msg.clone(),
        other => other.describe(),
    };
    let details = match &error {
        ApiError::Api { body, .. } => Some(view! {
            <p>{text::ERROR_CODE} " " <code>{body.error_code.clone()}</code></p>
            {body.request_id.clone().map(|id| view! { <p>{text::REQUEST_ID} " " <code>{id}</code></p> })}
        }),
        _ => None,
    };
    let try_again = (!matches!(error, ApiError::Api { .. })).then(|| {
        view! { <button type="button" on:click=move |_| retry.run(())>{text::TRY_AGAIN}</button> }
    });
    view! {
        <div class="notice error">
            <p>{lead} " " {message}</p>
            {details}
            {try_again}
        </div>
    }
}
