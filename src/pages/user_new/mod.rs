//! `/users/new`, "Create user": "User name", "Description", "Enabled"; "Console access"
//! ("Set a console password" with the policy checklist, "Require a new password at next
//! sign-in"); "Create an access key" (its secret shown once). The same rules as editing,
//! from the contract crate. It sends `POST /v5/users`, then the login profile, then the key;
//! when a later step fails the user exists: the page says which step failed, keeps what was
//! typed, tries only the remaining steps again, and links to the new user's page. Done, it
//! lands on that page (after the secret, when a key was made).

pub mod model;

use iam_v5::{rules, AccessKey, CreateUserRequest, ErrorKind, User};
use leptos::html::Div;
use leptos::prelude::*;

use crate::api::ApiError;
use crate::components::access_keys::SecretOnce;
use crate::components::password_checklist::{
    new_password_problems, rejection_message, use_password_policy, NewPasswordFields, NewPasswordIds,
};
use crate::components::{
    focus_after_render, merge_problems, message_for, use_action_then, ActionFailure, CheckboxField, ErrorSummary,
    FailureNotice, PendingButton, Problem, TextField,
};
use crate::i18n::{new_user_words as words, security_words, tr};
use crate::pages::user_edit::model::{description_problem, name_problem};
use crate::router::{guard_leaving, navigate, Link};
use model::{steps_left, user_refusal, Step, DESCRIPTION_ID, NAME_ID};

const COUNTER_ID: &str = "new-user-description-count";
const ENABLED_ID: &str = "new-user-enabled";
const SET_PASSWORD_ID: &str = "new-user-set-password";
const NEW_ID: &str = "new-user-password";
const CONFIRM_ID: &str = "new-user-confirm-password";
const IDS: NewPasswordIds = NewPasswordIds { new: NEW_ID, confirm: CONFIRM_ID, rules: "new-user-password-rules" };
const REQUIRE_ID: &str = "new-user-require-reset";
const KEY_ID: &str = "new-user-create-key";

/// The page.
#[component]
pub fn NewUserPage() -> impl IntoView {
    let (name, description, enabled) =
        (RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(true));
    let (set_password, new, confirm) =
        (RwSignal::new(false), RwSignal::new(String::new()), RwSignal::new(String::new()));
    let shown = [RwSignal::new(false), RwSignal::new(false)];
    let (require, create_key) = (RwSignal::new(true), RwSignal::new(false));
    let policy = use_password_policy();
    let attempted = RwSignal::new(false);
    // The user once made, and the steps done for them.
    let created = RwSignal::new(None::<User>);
    let done = RwSignal::new(Vec::<Step>::new());
    // The step the last attempt stopped at, and (for a password) the password it sent.
    let stopped_at = RwSignal::new(None::<(Step, String)>);
    // What the first step sent: a refusal stays on its field while the field still holds it.
    let sent_user = RwSignal::new(None::<CreateUserRequest>);
    let new_key = RwSignal::new(None::<AccessKey>);
    let summary = NodeRef::<Div>::new();

    let typed =
        move || !name.with(String::is_empty) || !description.with(String::is_empty) || !new.with(String::is_empty);
    // Until the user exists: from then on the page offers to finish on the user's own page.
    guard_leaving(|_| words().unsaved, move || typed() && created.with_untracked(Option::is_none));

    let land = move |user_id: String| navigate(&format!("/users/{user_id}"));
    // The steps left, one after the other; the first refusal stops them.
    let create = use_action_then(
        move |client, credentials, steps: Vec<Step>| async move {
            for step in steps {
                let password = new.get_untracked();
                let user_id =
                    move || created.with_untracked(|u| u.as_ref().map(|u| u.user_id.clone())).unwrap_or_default();
                let outcome = match step {
                    Step::User => {
                        let description = description.get_untracked();
                        let body = CreateUserRequest {
                            name: name.get_untracked(),
                            description: (!description.is_empty()).then_some(description),
                            enabled: Some(enabled.get_untracked()),
                        };
                        sent_user.set(Some(body.clone()));
                        client.create_user(&credentials, &body).await.map(|user| created.set(Some(user)))
                    }
                    Step::ConsolePassword => client
                        .set_console_password(&credentials, &user_id(), false, &password, require.get_untracked())
                        .await
                        .map(|_| ()),
                    Step::AccessKey => {
                        client.create_access_key(&credentials, &user_id()).await.map(|key| new_key.set(Some(key)))
                    }
                };
                if let Err(error) = outcome {
                    stopped_at.set(Some((step, password)));
                    return Err(error);
                }
                done.update(|d| d.push(step));
            }
            Ok(())
        },
        move |finished| match finished {
            Ok(()) if new_key.with_untracked(Option::is_none) => {
                if let Some(user) = created.get_untracked() {
                    land(user.user_id);
                }
            }
            Ok(()) => {}
            Err(_) => focus_after_render(summary),
        },
    );
    let pending = create.pending;

    let problems = Memo::new(move |_| {
        let mut found = Vec::new();
        if attempted.get() && created.with(Option::is_none) {
            if let Some(message) = name.with(|n| name_problem(n)) {
                found.push(Problem { field: NAME_ID, message });
            }
            if let Some(message) = description.with(|d| description_problem(d)) {
                found.push(Problem { field: DESCRIPTION_ID, message });
            }
        }
        if attempted.get() && set_password.get() && !done.with(|d| d.contains(&Step::ConsolePassword)) {
            let rules = policy.get().unwrap_or_default();
            found.extend(new_password_problems(
                &rules,
                &name.get(),
                "",
                (&new.get(), &confirm.get()),
                (NEW_ID, CONFIRM_ID),
            ));
        }
        let refusal = create.failure.with(|error| match (error, stopped_at.get()) {
            (Some(error), Some((Step::User, _))) => sent_user
                .with(|sent| sent.as_ref().and_then(|sent| user_refusal(error, sent, &name.get(), &description.get()))),
            (
                Some(ApiError::Api { status: 400, kind: ErrorKind::PasswordRejected, body, .. }),
                Some((Step::ConsolePassword, sent)),
            ) if new.with(|n| *n == sent) => {
                let rules = policy.get().unwrap_or_default();
                Some(Problem { field: NEW_ID, message: rejection_message(body, &rules, &name.get(), ("", &sent)) })
            }
            _ => None,
        });
        merge_problems(found, refusal, &[NAME_ID, DESCRIPTION_ID, NEW_ID, CONFIRM_ID])
    });

    // After the secret's dialog, the new user's page.
    Effect::new(move |was_shown: Option<bool>| {
        let showing = new_key.with(Option::is_some);
        if was_shown == Some(true) && !showing {
            if let Some(user) = created.get_untracked() {
                land(user.user_id);
            }
        }
        showing
    });

    let submit = move || {
        attempted.set(true);
        shown.iter().for_each(|s| s.set(false));
        if !problems.get_untracked().is_empty() {
            focus_after_render(summary);
            return;
        }
        create.run(done.with_untracked(|d| steps_left(set_password.get_untracked(), create_key.get_untracked(), d)));
    };

    let alert = move || {
        let (error, (step, _)) = (create.failure.get()?, stopped_at.get()?);
        match (step, created.get()) {
            (Step::User, _) => match error {
                // Said at the name field.
                ApiError::Api { status: 400 | 409, .. } => None,
                error => Some(
                    view! { <ActionFailure lead=|| words().not_created.to_owned() error=error retry=submit /> }
                        .into_any(),
                ),
            },
            (step, Some(user)) => {
                let (name, href) = (user.user_name.clone(), format!("/users/{}", user.user_id));
                let lead = {
                    let name = name.clone();
                    Signal::derive(move || match step {
                        Step::ConsolePassword => (words().password_failed)(&name),
                        _ => (words().key_failed)(&name),
                    })
                };
                // A refused password is said at its field; the rest here, with its code.
                let why = match error {
                    ApiError::Api { status: 400, kind: ErrorKind::PasswordRejected, .. } => {
                        view! { <p class="notice error">{lead}</p> }.into_any()
                    }
                    error => view! { <FailureNotice lead_text=lead error=error retry=submit /> }.into_any(),
                };
                Some(
                    view! {
                        {why}
                        <p><Link href=href>{move || (words().finish_there)(&name)}</Link></p>
                    }
                    .into_any(),
                )
            }
            (_, None) => None,
        }
    };
    let counter = move || (words().counter)(description.with(|d| d.chars().count()), rules::DESCRIPTION_MAX);
    let identity = move || {
        created.with(Option::is_none).then(|| {
            view! {
                <TextField id=NAME_ID label=|_| words().name value=name error=message_for(problems, NAME_ID) />
                <TextField id=DESCRIPTION_ID label=|_| words().description multiline=true value=description
                    error=message_for(problems, DESCRIPTION_ID) hint_ids=COUNTER_ID />
                <p id=COUNTER_ID class="counter">{counter}</p>
                <CheckboxField id=ENABLED_ID label=|_| words().enabled checked=enabled />
            }
        })
    };
    let password_fields = move || {
        set_password.get().then(|| {
            view! {
                <NewPasswordFields ids=IDS policy=policy user_name=name new=new confirm=confirm problems=problems
                    shown=shown />
                <CheckboxField id=REQUIRE_ID label=|_| security_words().require_reset checked=require />
            }
        })
    };
    let owner = Signal::derive(move || created.with(|u| u.as_ref().map(|u| u.user_name.clone()).unwrap_or_default()));
    let secret = move || new_key.get().map(|key| view! { <SecretOnce key=key owner=owner shown=new_key /> });
    let label: crate::i18n::Entry = |_| words().create;
    view! {
        <p><Link href="/users">{tr(|t| t.titles.users)}</Link></p>
        <h1>{tr(|t| t.titles.new_user)}</h1>
        <form class="new-user" novalidate on:submit=move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            submit();
        }>
            <ErrorSummary problems=problems node_ref=summary />
            {identity}
            <fieldset>
                <legend>{tr(|_| words().console_title)}</legend>
                <CheckboxField id=SET_PASSWORD_ID label=|_| words().set_password checked=set_password />
                {password_fields}
            </fieldset>
            <fieldset>
                <legend>{tr(|_| words().key_title)}</legend>
                <CheckboxField id=KEY_ID label=|_| words().create_key checked=create_key />
                <p class="hint">{tr(|_| words().key_hint)}</p>
            </fieldset>
            {move || if created.with(Option::is_some) {
                view! { <PendingButton pending=pending label=|_| words().finish pending_label=|_| words().creating /> }.into_any()
            } else {
                view! { <PendingButton pending=pending label=label pending_label=|_| words().creating /> }.into_any()
            }}
            <div role="alert">{alert}</div>
        </form>
        {secret}
    }
}
