//! The form that edits a user's name, description and enabled flag with
//! `PUT /v5/users/{user_id}`, sending only what changed.
//!
//! Before saving, it reads the user again: if someone else changed it since it was
//! loaded, it shows what changed and lets the admin reload or save anyway. Leaving with
//! unsaved edits (a link, Back, closing the tab) asks first. What the form holds and its
//! rules are in [`model`]; this view only wires them up.

use iam_v5::{rules, UpdateUserRequest, User};
use leptos::html::Div;
use leptos::prelude::*;

use crate::api::{ApiError, Freshness};
use crate::components::{
    focus_after_render, merge_problems, message_for, use_action_then, ActionFailure, Dialog, ErrorSummary,
    PendingButton, TextField,
};
use crate::i18n::errors::refusal_message;
use crate::i18n::{t, tr, user_words};
use crate::router::{guard_leaving, Link};

pub mod model;
pub use model::{changed_since, changes, EditFields};
use model::{problems_before_sending, refusal_problem, DESCRIPTION_ID, NAME_ID};

const ENABLED_ID: &str = "user-enabled";
const COUNTER_ID: &str = "user-description-count";

/// What the last save ended in.
#[derive(Clone, PartialEq)]
enum Outcome {
    Saved,
    NothingToSave,
    /// Someone else changed the user: the version this page had, and theirs.
    ChangedElsewhere {
        before: User,
        now: User,
    },
    Failed {
        error: ApiError,
        sent: UpdateUserRequest,
    },
}

/// What a save came back with.
enum Saving {
    Saved(User),
    ChangedElsewhere { before: User, now: User },
}

/// The edit form: "User name", "Description" with its counter, "Enabled", "Save changes"
/// and "Reset". `current` is the user as last loaded or saved.
#[component]
pub fn EditUserForm(
    /// The user as the server last showed it; updated after a save or a reload.
    current: RwSignal<User>,
) -> impl IntoView {
    let fields = current.with_untracked(EditFields::new);
    let EditFields { name, description, enabled } = fields;
    let is_root = current.with_untracked(|u| u.is_root_user);
    // The summary appears once a save was tried; field messages follow every keystroke.
    let attempted = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Outcome>);
    let confirm_disable = RwSignal::new(false);
    let summary = NodeRef::<Div>::new();

    let pending_changes = Memo::new(move |_| current.with(|loaded| fields.changes(loaded)));
    let dirty = move || !pending_changes.with(UpdateUserRequest::is_empty);
    guard_leaving(|_| user_words().unsaved, dirty);

    let problems = Memo::new(move |_| {
        // Rules show as the admin types; the server's refusals stay while their field does.
        let problems = pending_changes.with(problems_before_sending);
        let refusal = outcome.with(|o| match o {
            Some(Outcome::Failed { error, sent }) => refusal_problem(error, sent, &name.get(), &description.get()),
            _ => None,
        });
        merge_problems(problems, refusal, &[NAME_ID, DESCRIPTION_ID])
    });
    let field_message = move |field: &'static str| message_for(problems, field);
    let show_user = move |user: User| {
        fields.reset(&user);
        current.update(|shown| {
            // A PUT answer may come without tags (the SDK's model has none): keep those shown.
            let tags = user.tags.clone().or_else(|| shown.tags.take());
            *shown = User { tags, ..user };
        });
    };

    // What the last attempt sent: a refusal stays on its field while the field holds it.
    let sent = StoredValue::new(UpdateUserRequest::default());
    // Sends the changes; `check_first` reads the user again first, so an edit made elsewhere
    // since loading is not overwritten unseen.
    let put = use_action_then(
        move |client, credentials, (request, check_first): (UpdateUserRequest, bool)| {
            let loaded = current.get_untracked();
            async move {
                if check_first {
                    let now = client.user(&credentials, &loaded.user_id, Freshness::Now).await?;
                    if !changed_since(&loaded, &now).is_empty() {
                        return Ok(Saving::ChangedElsewhere { before: loaded, now });
                    }
                }
                client.update_user(&credentials, &loaded.user_id, &request).await.map(Saving::Saved)
            }
        },
        move |answer| match answer {
            Ok(Saving::Saved(user)) => {
                show_user(user);
                attempted.set(false);
                outcome.set(Some(Outcome::Saved));
            }
            Ok(Saving::ChangedElsewhere { before, now }) => {
                outcome.set(Some(Outcome::ChangedElsewhere { before, now }))
            }
            Err(error) => {
                outcome.set(Some(Outcome::Failed { error, sent: sent.get_value() }));
                focus_after_render(summary);
            }
        },
    );
    let send = move |request: UpdateUserRequest, check_first: bool| {
        outcome.set(None);
        sent.set_value(request.clone());
        put.run((request, check_first));
    };
    let save = move || {
        if put.pending.get_untracked() {
            return;
        }
        attempted.set(true);
        let request = pending_changes.get_untracked();
        if request.is_empty() {
            outcome.set(Some(Outcome::NothingToSave));
            return;
        }
        if !problems_before_sending(&request).is_empty() {
            focus_after_render(summary);
            return;
        }
        send(request, true);
    };
    let reset = move |_| {
        current.with_untracked(|user| fields.reset(user));
        attempted.set(false);
        outcome.set(None);
    };
    let on_enabled_change = move |event: leptos::ev::Event| {
        let checkbox = event_target::<web_sys::HtmlInputElement>(&event);
        if checkbox.checked() {
            enabled.set(true);
        } else {
            // Keep it on until the admin confirms; the dialog says what disabling means.
            checkbox.set_checked(true);
            confirm_disable.set(true);
        }
    };

    let status_view = move || {
        outcome.with(|o| match o {
            Some(Outcome::Saved) => {
                Some(view! { <p class="notice success">{tr(|_| user_words().saved)}</p> }.into_any())
            }
            Some(Outcome::NothingToSave) => {
                Some(view! { <p class="notice">{tr(|_| user_words().nothing_to_save)}</p> }.into_any())
            }
            _ => None,
        })
    };
    let alert_view = move || {
        let last = outcome.get()?;
        Some(match last {
            Outcome::ChangedElsewhere { before, now } => {
                let items =
                    changed_since(&before, &now).into_iter().map(|line| view! { <li>{line}</li> }).collect_view();
                let reload = move |_| {
                    show_user(now.clone());
                    outcome.set(None);
                };
                view! {
                    <div class="notice error changed-elsewhere">
                        <h2>{tr(|_| user_words().changed_title)}</h2>
                        <p>{tr(|_| user_words().changed_lead)}</p>
                        <ul>{items}</ul>
                        <button type="button" on:click=reload>{tr(|_| user_words().reload)}</button>
                        " "
                        <button type="button" class="secondary" on:click=move |_| send(pending_changes.get_untracked(), false)>{tr(|_| user_words().overwrite)}</button>
                    </div>
                }
                .into_any()
            }
            Outcome::Failed { error: ApiError::Api { status: 404, body, .. }, .. } => view! {
                <div class="notice error">
                    <p>{move || (t().shared.lead_and_reason)(user_words().not_saved, &refusal_message(&body))}</p>
                    <p><Link href="/users">{tr(|_| user_words().back)}</Link></p>
                </div>
            }
            .into_any(),
            Outcome::Failed { error: ApiError::Api { status: 400 | 409, .. }, .. } => return None,
            Outcome::Failed { error, .. } => {
                view! { <ActionFailure lead=|| user_words().not_saved.to_owned() error=error retry=save /> }.into_any()
            }
            _ => return None,
        })
    };
    let counter = move || (user_words().counter)(description.with(|d| d.chars().count()), rules::DESCRIPTION_MAX);
    let name_for_dialog = move || (user_words().disable_warning)(&current.with(|u| u.user_name.clone()));

    view! {
        <h2>{tr(|_| user_words().edit)}</h2>
        <form class="edit-user" novalidate on:submit=move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            save();
        }>
            <ErrorSummary problems=Signal::derive(move || if attempted.get() { problems.get() } else { Vec::new() }) node_ref=summary />
            <TextField id=NAME_ID label=|_| user_words().name value=name error=field_message(NAME_ID) />
            <TextField id=DESCRIPTION_ID label=|_| user_words().description multiline=true value=description
                error=field_message(DESCRIPTION_ID) hint_ids=COUNTER_ID />
            <p id=COUNTER_ID class="counter">{counter}</p>
            <div class="checkbox">
                <input id=ENABLED_ID type="checkbox" prop:checked=enabled on:change=on_enabled_change
                    disabled=is_root aria-describedby=is_root.then_some("user-enabled-root") />
                <label for=ENABLED_ID>{tr(|_| user_words().enabled)}</label>
                {is_root.then(|| view! { <p id="user-enabled-root" class="hint">{tr(|_| user_words().root_always_enabled)}</p> })}
            </div>
            <div class="actions">
                <PendingButton pending=put.pending label=|_| user_words().save pending_label=|_| user_words().saving />
                <button type="button" class="secondary" on:click=reset>{tr(|_| user_words().reset)}</button>
            </div>
            <div role="status">{status_view}</div>
            <div role="alert">{alert_view}</div>
        </form>
        <Dialog id="disable-user" title=|_| user_words().disable_title open=confirm_disable close_label=|_| user_words().cancel close_first=true>
            <p>{name_for_dialog}</p>
            <button type="button" class="danger" on:click=move |_| {
                enabled.set(false);
                confirm_disable.set(false);
            }>{tr(|_| user_words().disable)}</button>
        </Dialog>
    }
}
