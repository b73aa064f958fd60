//! What a person sees when IAM says 403: what was refused, the request id (with a copy
//! button, for a support ticket), and "Show details", which asks STS to decode the
//! encoded authorization message and shows it in a dialog.
//!
//! ```no_run
//! use leptos::prelude::*;
//! use iam_console::components::PermissionPanel;
//! # #[component] fn Demo(body: iam_v5::ApiErrorBody) -> impl IntoView {
//! view! { <PermissionPanel body=body /> }
//! # }
//! ```

use iam_v5::ApiErrorBody;
use leptos::prelude::*;

use crate::components::{use_action, CopyButton, Dialog};
use crate::i18n::errors::{describe, refusal_message};
use crate::i18n::{t, tr, tr_around};

/// The decoded denial is JSON in practice: indented, it reads better. Anything else as it is.
fn readable(message: &str) -> String {
    js_sys::JSON::parse(message)
        .ok()
        .and_then(|value| {
            js_sys::JSON::stringify_with_replacer_and_space(&value, &wasm_bindgen::JsValue::NULL, &2.into()).ok()
        })
        .and_then(|text| text.as_string())
        .unwrap_or_else(|| message.to_owned())
}

/// The 403 panel: the server's message, the request id, and the decoded denial on demand.
#[component]
pub fn PermissionPanel(
    /// The 403 answer's body (message, request id, encoded authorization message).
    body: ApiErrorBody,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let decoded = RwSignal::new(None::<String>);
    let request_id = body.request_id.clone().unwrap_or_default();
    let decode = use_action(
        |client, credentials, encoded: String| async move {
            client.decode_authorization_message(&credentials, &encoded).await
        },
        move |message| decoded.set(Some(message)),
    );
    let encoded = body.encoded_authorization_message.clone();
    let show_details = move |_| {
        open.set(true);
        // One request per panel: the decoded text does not change.
        if let Some(encoded) = encoded.clone().filter(|_| decoded.with_untracked(Option::is_none)) {
            decode.run(encoded);
        }
    };
    let details = move || match (decoded.get(), decode.failure.get()) {
        (Some(message), _) => view! { <pre>{readable(&message)}</pre> }.into_any(),
        (None, Some(error)) if !decode.pending.get() => {
            view! { <p>{move || (t().shared.lead_and_reason)(t().shared.not_decoded, &describe(&error))}</p> }
                .into_any()
        }
        _ => view! { <p>{tr(|t| t.shared.decoding)}</p> }.into_any(),
    };
    let has_details = body.encoded_authorization_message.is_some();
    let (id_before, id_after) = tr_around(|t| t.shared.request_id);
    let code = body.error_code.clone();

    view! {
        <section class="permission-panel" aria-labelledby="permission-title">
            <h2 id="permission-title">{tr(|t| t.shared.permission_title)}</h2>
            <p>{move || (t().errors.with_code)(&refusal_message(&body), &code)}</p>
            <p>{tr(|t| t.shared.permission_ask)}</p>
            <p class="request-id">
                {id_before} <code>{request_id.clone()}</code> {id_after} " "
                <CopyButton text=request_id label=|t| t.shared.copy_request_id />
            </p>
            {has_details.then(|| view! {
                <button type="button" on:click=show_details>{tr(|t| t.shared.show_details)}</button>
            })}
            <Dialog id="permission-details" title=|t| t.shared.details_title open=open>
                {details}
            </Dialog>
        </section>
    }
}
