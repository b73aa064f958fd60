//! The administrator's "Reset password" dialog: "New password" and "Confirm new password"
//! under the account's policy (the checklist of the password page), "Require a new
//! password at next sign-in" (checked by default), sent as `PUT login-profile` (or `POST`
//! for a user without a console password). The dialog is drawn only while open, so the
//! passwords typed leave no node behind.

use iam_v5::{ErrorKind, LoginProfile};
use leptos::html::Div;
use leptos::prelude::*;

use crate::api::ApiError;
use crate::components::password_checklist::{
    new_password_problems, rejection_message, use_password_policy, NewPasswordFields, NewPasswordIds,
};
use crate::components::{
    focus_after_render, merge_problems, open_until_closed, use_action_then, ActionFailure, CheckboxField, Dialog,
    ErrorSummary, PendingButton, Problem,
};
use crate::i18n::{security_words as words, Entry};

const NEW_ID: &str = "reset-new-password";
const CONFIRM_ID: &str = "reset-confirm-password";
const IDS: NewPasswordIds = NewPasswordIds { new: NEW_ID, confirm: CONFIRM_ID, rules: "reset-password-rules" };
const REQUIRE_ID: &str = "require-new-password";

/// The dialog, open from the start; `closed` is set false when it closes, which unmounts it.
#[component]
pub fn ResetPasswordDialog(
    user_id: String,
    user_name: Signal<String>,
    /// Whether the user has a console password now (PUT), or not (POST gives access).
    has_profile: bool,
    /// The caller's flag for this dialog.
    closed: RwSignal<bool>,
    /// The profile as saved, and whether access was given (no password before).
    on_saved: Callback<(LoginProfile, bool)>,
) -> impl IntoView {
    let open = open_until_closed(closed);
    // The account's rules; the documented defaults when they cannot be read.
    let policy = use_password_policy();
    let (new, confirm) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let shown = [RwSignal::new(false), RwSignal::new(false)];
    let require = RwSignal::new(true);
    let attempted = RwSignal::new(false);
    // The password the last attempt sent: a refusal stays on the field while it holds it.
    let sent = RwSignal::new(String::new());
    let summary = NodeRef::<Div>::new();
    let user_id = StoredValue::new(user_id);
    let save = use_action_then(
        move |client, credentials, password: String| {
            let required = require.get_untracked();
            async move {
                client.set_console_password(&credentials, &user_id.get_value(), has_profile, &password, required).await
            }
        },
        move |saved| match saved {
            Ok(profile) => {
                on_saved.run((profile, !has_profile));
                open.set(false);
            }
            // The summary shows only when a field owns the refusal: focusing it then says why.
            Err(_) => focus_after_render(summary),
        },
    );

    let problems = Memo::new(move |_| {
        let rules = policy.get().unwrap_or_default();
        let (name, new, confirm) = (user_name.get(), new.get(), confirm.get());
        let before = if attempted.get() {
            new_password_problems(&rules, &name, "", (&new, &confirm), (NEW_ID, CONFIRM_ID))
        } else {
            Vec::new()
        };
        let refusal = save.failure.with(|f| match f {
            Some(ApiError::Api { status: 400, kind: ErrorKind::PasswordRejected, body, .. }) if sent.get() == new => {
                Some(Problem { field: NEW_ID, message: rejection_message(body, &rules, &name, ("", &new)) })
            }
            _ => None,
        });
        merge_problems(before, refusal, &[NEW_ID, CONFIRM_ID])
    });

    let submit = move || {
        attempted.set(true);
        shown.iter().for_each(|s| s.set(false));
        let password = new.get_untracked();
        let rules = policy.get_untracked().unwrap_or_default();
        let name = user_name.get_untracked();
        if !new_password_problems(&rules, &name, "", (&password, &confirm.get_untracked()), (NEW_ID, CONFIRM_ID))
            .is_empty()
        {
            focus_after_render(summary);
            return;
        }
        sent.set(password.clone());
        save.run(password);
    };
    // Failures no field owns: permission, the network, anything unknown.
    let alert = move || {
        let error = save.failure.get()?;
        Some(match error {
            ApiError::Api { status: 400, kind: ErrorKind::PasswordRejected, .. } => return None,
            error => {
                view! { <ActionFailure lead=|| words().not_reset.to_owned() error=error retry=submit /> }.into_any()
            }
        })
    };
    let title: Entry = if has_profile { |_| words().reset_password } else { |_| words().give_access };
    view! {
        <Dialog id="reset-password" title=title open=open close_label=|_| words().cancel>
            <form class="reset-password" novalidate on:submit=move |event: leptos::ev::SubmitEvent| {
                event.prevent_default();
                submit();
            }>
                <ErrorSummary problems=problems node_ref=summary />
                <NewPasswordFields ids=IDS policy=policy user_name=user_name new=new confirm=confirm problems=problems
                    shown=shown />
                <CheckboxField id=REQUIRE_ID label=|_| words().require_reset checked=require />
                <PendingButton pending=save.pending label=title pending_label=|_| words().saving />
                <div role="alert">{alert}</div>
            </form>
        </Dialog>
    }
}
