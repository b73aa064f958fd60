//! `/password`: the signed-in person changes their own login password.
//!
//! The page reads the account's password policy first (the documented defaults when it
//! cannot), then shows [`ChangePasswordForm`]: a live rules checklist, strength in words,
//! show/hide toggles, an error summary, and one `POST /v5/caller-password` per submit.

use iam_v5::password_strength;
use iam_v5::{ChangePasswordRequest, ErrorKind, PasswordPolicy};
use leptos::html::{Div, P};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::api::ApiError;
use crate::components::{
    focus_after_render, merge_problems, message_for, use_action_then, use_load, ActionFailure, ErrorSummary,
    PasswordChecklist, PendingButton, Reveal, TextField,
};
use crate::i18n::errors::refusal_message;
use crate::i18n::{password_words, tr};
use crate::locale;
use crate::session::Session;

pub mod model;
use model::{field_refusal, problems_before_sending, Outcome, PasswordFields, CONFIRM_ID, CURRENT_ID, NEW_ID};

const RULES_ID: &str = "new-password-rules";
const STRENGTH_ID: &str = "new-password-strength";

/// The page: waits for the policy, then shows the form (or says why it cannot).
#[component]
pub fn ChangePasswordPage() -> impl IntoView {
    let session = Session::use_context();
    // Read fails: the policy could not be read (denied, network), the defaults apply.
    let policy = use_load(|client, credentials| async move {
        let policy = client.password_policy(&credentials).await;
        crate::perf::mark(crate::perf::DATA);
        Ok(policy.ok())
    });
    let body = move || match policy.state.get() {
        None | Some(Err(_)) => view! { <p role="status">{tr(|_| password_words().loading)}</p> }.into_any(),
        Some(Ok(Some(policy))) if !policy.allow_user_to_change_password => {
            view! { <p class="notice">{tr(|_| password_words().not_allowed)}</p> }.into_any()
        }
        Some(Ok(loaded)) => {
            let fallback =
                loaded.is_none().then(|| view! { <p class="notice">{tr(|_| password_words().policy_fallback)}</p> });
            view! { {fallback} <ChangePasswordForm policy=loaded.unwrap_or_default() /> }.into_any()
        }
    };
    let asked = move || {
        session
            .password_reset_required
            .get()
            .then(|| view! { <p class="notice" id="reset-required">{tr(|_| password_words().reset_required)}</p> })
    };
    view! {
        <h1>{tr(|t| t.titles.password)}</h1>
        {asked}
        {body}
    }
}

#[component]
pub fn ChangePasswordForm(
    /// The account's password policy (or the documented defaults).
    policy: PasswordPolicy,
) -> impl IntoView {
    crate::perf::page_ready();
    let session = Session::use_context();
    let user_name = Signal::derive(move || {
        session.identity.with(|identity| identity.as_ref().map(|i| i.user_name().to_owned()).unwrap_or_default())
    });
    let fields = PasswordFields::new();
    let PasswordFields { current, new, confirm, shown } = fields;

    // Plain signals and one spawned future per submit: cheaper in wasm than an Action.
    let attempted = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Outcome>);
    let summary = NodeRef::<Div>::new();
    let success = NodeRef::<P>::new();
    // What the last attempt sent: a refusal stays on the field that still holds it.
    let sent = StoredValue::new(None::<ChangePasswordRequest>);
    let change = use_action_then(
        move |client, credentials, request: ChangePasswordRequest| async move {
            client.change_password(&credentials, &request).await
        },
        move |answer| match answer {
            Ok(()) => {
                session.password_changed();
                fields.reset();
                attempted.set(false);
                outcome.set(Some(Outcome::Changed));
                // A history entry for the same page tells password managers the form succeeded.
                let history = window().history().expect("history");
                let here = window().location().pathname().unwrap_or_default();
                let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&here));
                focus_after_render(success);
            }
            Err(error) => {
                outcome.set(sent.get_value().map(|sent| Outcome::Failed { error, sent }));
                focus_after_render(summary);
            }
        },
    );

    let policy = StoredValue::new(policy);
    let problems = Memo::new(move |_| {
        let (current, new, confirm) = (current.get(), new.get(), confirm.get());
        let problems = if attempted.get() {
            policy.with_value(|p| problems_before_sending(p, &user_name.get(), &current, &new, &confirm))
        } else {
            Vec::new()
        };
        let refusal = outcome.with(|o| {
            o.as_ref().and_then(|o| policy.with_value(|p| field_refusal(o, p, &user_name.get(), &current, &new)))
        });
        merge_problems(problems, refusal, &[CURRENT_ID, NEW_ID, CONFIRM_ID])
    });
    let field_message = move |field: &'static str| message_for(problems, field);

    let submit = move || {
        if change.pending.get_untracked() {
            return;
        }
        attempted.set(true);
        fields.hide();
        let request = fields.request();
        let refused = policy.with_value(|p| {
            !problems_before_sending(
                p,
                &user_name.get_untracked(),
                &request.old_password,
                &request.new_password,
                &confirm.get_untracked(),
            )
            .is_empty()
        });
        if refused {
            focus_after_render(summary);
            return;
        }
        // What the last attempt said no longer holds: a success left on screen would announce
        // this one before it is answered (a renewed sign-in can keep it waiting a while).
        outcome.set(None);
        sent.set_value(Some(request.clone()));
        change.run(request);
    };

    let status_view = move || {
        outcome.with(|o| matches!(o, Some(Outcome::Changed))).then(|| {
            view! { <p class="notice success" tabindex="-1" node_ref=success>{tr(|_| password_words().changed)}</p> }
        })
    };
    // Failures that belong to no field: lockout, 403, unknown codes, no answer.
    let alert_view = move || {
        let Some(Outcome::Failed { error, .. }) = outcome.get() else { return None };
        Some(match error {
            ApiError::Api { status: 400, kind: ErrorKind::IncorrectPassword | ErrorKind::PasswordRejected, .. } => {
                return None
            }
            ApiError::Api { kind: ErrorKind::Locked, body, retry_after, .. } => {
                let when = retry_after.map(|seconds| {
                    view! { <p><strong>{move || locale::locked_until(seconds)}</strong></p> }
                });
                let message = (when.is_none()).then_some(move || refusal_message(&body));
                view! { <div class="notice error">{when}<p>{message}</p></div> }.into_any()
            }
            error => view! { <ActionFailure lead=|| password_words().refused.to_owned() error=error retry=submit /> }
                .into_any(),
        })
    };
    let strength = move || {
        new.with(|new| {
            (!new.is_empty()).then(|| {
                let estimate = password_strength::estimate(new);
                (password_words().strength)(estimate.level, estimate.reason)
            })
        })
    };

    view! {
        <form class="change-password" on:submit=move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            submit();
        } novalidate>
            <ErrorSummary problems=problems node_ref=summary />
            // Present for password managers, so they store the new password for the right
            // account; hidden from sight, the keyboard and screen readers.
            <div class="visually-hidden" aria-hidden="true">
                <label for="account-user-name">{tr(|_| password_words().user_name)}</label>
                <input id="account-user-name" type="text" autocomplete="username" readonly tabindex="-1" prop:value=user_name />
            </div>
            <TextField id=CURRENT_ID label=|_| password_words().current input_type="password" autocomplete="current-password"
                value=current error=field_message(CURRENT_ID) reveal=Reveal { what: |_| password_words().reveal_current, shown: shown[0] } />
            <TextField id=NEW_ID label=|_| password_words().new input_type="password" autocomplete="new-password"
                value=new error=field_message(NEW_ID) hint_ids="new-password-rules new-password-strength"
                reveal=Reveal { what: |_| password_words().reveal_new, shown: shown[1] } />
            <PasswordChecklist id=RULES_ID policy=policy.get_value() user_name=user_name current=current new=new confirm=confirm />
            <p id=STRENGTH_ID class="strength">{strength}</p>
            <TextField id=CONFIRM_ID label=|_| password_words().confirm input_type="password" autocomplete="new-password"
                value=confirm error=field_message(CONFIRM_ID) reveal=Reveal { what: |_| password_words().reveal_confirm, shown: shown[2] } />
            <PendingButton pending=change.pending label=|_| password_words().submit pending_label=|_| password_words().pending />
            <div role="status">{status_view}</div>
            <div role="alert">{alert_view}</div>
        </form>
    }
}
