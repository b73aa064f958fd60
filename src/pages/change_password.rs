//! `/password`: the signed-in person changes their own login password.

use iam_v5::ChangePasswordRequest;
use leptos::prelude::*;

use crate::api;
use crate::components::TextField;
use crate::session::Session;

/// The page around [`ChangePasswordForm`].
#[component]
pub fn ChangePasswordPage() -> impl IntoView {
    view! {
        <h1>"Change password"</h1>
        <ChangePasswordForm />
    }
}

/// The form: current, new and confirmed password, sent with `POST /v5/caller-password`.
/// Typed values stay in the fields whatever the outcome.
#[component]
pub fn ChangePasswordForm() -> impl IntoView {
    let session = Session::use_context();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let confirm = RwSignal::new(String::new());

    // Plain signals and one spawned future per submit: cheaper in wasm than an Action.
    let pending = RwSignal::new(false);
    let outcome = RwSignal::new(None::<api::ApiResult<()>>);

    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(credentials) = session.credentials.get_untracked() else { return };
        if pending.get_untracked() {
            return;
        }
        pending.set(true);
        let request =
            ChangePasswordRequest { old_password: current.get_untracked(), new_password: new.get_untracked() };
        leptos::task::spawn_local_scoped(async move {
            let result = api::change_password(&credentials, &request).await;
            pending.set(false);
            outcome.set(Some(result));
        });
    };

    let outcome_view = move || {
        outcome.get().map(|result| match result {
            Ok(()) => view! { <p class="notice success">"Your password has been changed."</p> }.into_any(),
            Err(error) => view! { <p class="notice error">{error.describe()}</p> }.into_any(),
        })
    };

    view! {
        <form class="change-password" on:submit=on_submit novalidate>
            <TextField id="current-password" label="Current password" input_type="password" autocomplete="current-password" value=current />
            <TextField id="new-password" label="New password" input_type="password" autocomplete="new-password" value=new />
            <TextField id="confirm-password" label="Confirm new password" input_type="password" autocomplete="new-password" value=confirm />
            <button type="submit" aria-disabled=move || pending.get().then_some("true")>
                {move || if pending.get() { "Changing password…" } else { "Change password" }}
            </button>
            <div role="status" aria-live="polite">{outcome_view}</div>
        </form>
    }
}
