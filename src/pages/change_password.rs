//! `/password`: the signed-in person changes their own login password.

use iam_v5::ChangePasswordRequest;
use leptos::prelude::*;

use crate::api;
use crate::components::PasswordField;

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
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let confirm = RwSignal::new(String::new());

    let change = Action::new_local(|request: &ChangePasswordRequest| {
        let request = request.clone();
        async move { api::change_password(&request).await }
    });
    let pending = change.pending();

    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if pending.get_untracked() {
            return;
        }
        change.dispatch(ChangePasswordRequest {
            old_password: current.get_untracked(),
            new_password: new.get_untracked(),
        });
    };

    let outcome = move || {
        change.value().get().map(|result| match result {
            Ok(()) => view! { <p class="notice success">"Your password has been changed."</p> }.into_any(),
            Err(error) => view! { <p class="notice error">{error.describe()}</p> }.into_any(),
        })
    };

    view! {
        <form class="change-password" on:submit=on_submit novalidate>
            <PasswordField id="current-password" label="Current password" autocomplete="current-password" value=current />
            <PasswordField id="new-password" label="New password" autocomplete="new-password" value=new />
            <PasswordField id="confirm-password" label="Confirm new password" autocomplete="new-password" value=confirm />
            <button type="submit" aria-disabled=move || pending.get().then_some("true")>
                {move || if pending.get() { "Changing password…" } else { "Change password" }}
            </button>
            <div role="status" aria-live="polite">{outcome}</div>
        </form>
    }
}
