//! `/sign-in`: access keys in, identity out. Keys stay in this tab's memory only.

use leptos::prelude::*;

use crate::api::{self, ApiError};
use crate::components::TextField;
use crate::router::{query_param, redirect};
use crate::session::{Credentials, Session};

/// Where to go after signing in: the `next` parameter when it is a path of this app
/// (never another origin), else the start page.
pub fn return_path() -> String {
    query_param("next").filter(|p| p.starts_with('/') && !p.starts_with("//")).unwrap_or_else(|| "/".into())
}

/// Sends a signed-out person to `/sign-in?next=<here>`; shows `children` once signed in.
#[component]
pub fn RequireSignIn(
    /// The page that needs a signed-in user.
    children: ChildrenFn,
) -> impl IntoView {
    let session = Session::use_context();
    move || {
        if session.is_signed_in() {
            Some(children())
        } else {
            let here = window().location().pathname().unwrap_or_default();
            redirect(&format!("/sign-in?next={}", iam_v5::signer::percent_encode(&here)));
            None
        }
    }
}

/// The sign-in page.
#[component]
pub fn SignInPage() -> impl IntoView {
    let session = Session::use_context();
    let access_key = RwSignal::new(String::new());
    let secret_key = RwSignal::new(String::new());
    let security_token = RwSignal::new(String::new());
    let attempted = RwSignal::new(false);

    // Plain signals and one spawned future: cheaper in wasm than an Action plus an Effect.
    let pending = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let missing = move |value: RwSignal<String>, message: &'static str| {
        Signal::derive(move || (attempted.get() && value.with(|v| v.trim().is_empty())).then(|| message.to_owned()))
    };
    let access_error = missing(access_key, "Enter your access key ID.");
    let secret_error = missing(secret_key, "Enter your secret access key.");

    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        attempted.set(true);
        if pending.get_untracked() || access_error.get_untracked().is_some() || secret_error.get_untracked().is_some() {
            return;
        }
        let token = security_token.get_untracked().trim().to_owned();
        let credentials = Credentials {
            access_key: access_key.get_untracked().trim().to_owned(),
            secret_key: secret_key.get_untracked().trim().to_owned(),
            security_token: (!token.is_empty()).then_some(token),
        };
        pending.set(true);
        failure.set(None);
        leptos::task::spawn_local_scoped(async move {
            match api::caller_identity(&credentials).await {
                Ok(identity) => {
                    pending.set(false);
                    session.credentials.set(Some(credentials));
                    session.identity.set(Some(identity));
                    redirect(&return_path());
                }
                Err(error) => {
                    pending.set(false);
                    failure.set(Some(error));
                }
            }
        });
    };

    let failure_view = move || {
        failure.get().map(|error| {
            let lead = match &error {
                ApiError::Api { status: 401, .. } => "These keys were not accepted.",
                ApiError::Api { .. } => "Signing in failed.",
                _ => "Signing in failed. Try again.",
            };
            view! { <p class="notice error">{lead} " " {error.describe()}</p> }
        })
    };

    view! {
        <h1>"Sign in"</h1>
        <p>
            "Sign in with an access key of your IAM user. Your keys are kept in this tab's memory only: "
            "reloading the page signs you out."
        </p>
        <form class="sign-in" on:submit=on_submit novalidate>
            <TextField id="access-key" label="Access key ID" value=access_key error=access_error />
            <TextField id="secret-key" label="Secret access key" input_type="password" value=secret_key error=secret_error />
            <TextField id="security-token" label="Security token (optional)" input_type="password" value=security_token />
            <button type="submit" aria-disabled=move || pending.get().then_some("true")>
                {move || if pending.get() { "Signing in…" } else { "Sign in" }}
            </button>
            <div role="alert">{failure_view}</div>
        </form>
    }
}
