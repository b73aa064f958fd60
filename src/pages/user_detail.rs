//! `/users/{user_id}`: one user's details, and the form that edits their name, description
//! and enabled flag with `PUT /v5/users/{user_id}`, sending only what changed.
//!
//! Before saving, the page reads the user again: if someone else changed it since it was
//! loaded, it shows what changed and lets the admin reload or save anyway. Leaving with
//! unsaved edits (a link, Back, closing the tab) asks first.

use iam_v5::{rules, ErrorKind, UpdateUserRequest, User};
use leptos::html::Div;
use leptos::prelude::*;

use crate::api::{self, refusal_message, ApiError};
use crate::components::{
    focus_after_render, CopyButton, Dialog, ErrorSummary, FailureNotice, PermissionPanel, Problem, TextField,
};
use crate::i18n::{page_title, t, tr};
use crate::locale;
use crate::router::{guard_leaving, Link};
use crate::session::Session;

const NAME_ID: &str = "user-name";
const DESCRIPTION_ID: &str = "user-description";
const ENABLED_ID: &str = "user-enabled";
const COUNTER_ID: &str = "user-description-count";

/// The page: loads the user and their last login, then shows details and the form.
#[component]
pub fn UserDetailPage(
    /// The user's id, from the path.
    user_id: String,
) -> impl IntoView {
    page_title(|t| t.user.title);
    let session = Session::use_context();
    // None while loading; the last login is None when it could not be read.
    let loaded = RwSignal::new(None::<Result<(User, Option<Option<String>>), ApiError>>);
    let load = {
        let user_id = user_id.clone();
        move || {
            let Some(credentials) = session.credentials.get_untracked() else { return };
            let user_id = user_id.clone();
            loaded.set(None);
            leptos::task::spawn_local_scoped(async move {
                let (user, last_login) =
                    futures::join!(api::user(&credentials, &user_id), api::last_login(&credentials, &user_id));
                crate::perf::mark(crate::perf::DATA);
                loaded.set(Some(user.map(|user| (user, last_login.ok()))));
            });
            // The requests go out first (the task above runs before any timer).
            locale::prepare();
        }
    };
    load();
    let load = StoredValue::new_local(load);

    let body = move || {
        match loaded.get() {
        None => view! { <h1>{tr(|t| t.user.title)}</h1><p role="status">{tr(|t| t.user.loading)}</p> }.into_any(),
        Some(Err(ApiError::Api { status: 404, .. })) => view! { <NotFound user_id=user_id.clone() /> }.into_any(),
        Some(Err(ApiError::Api { status: 403, body, .. })) => {
            view! { <h1>{tr(|t| t.user.title)}</h1><PermissionPanel body=body /> }.into_any()
        }
        Some(Err(error)) => view! {
            <h1>{tr(|t| t.user.title)}</h1>
            <div role="alert"><FailureNotice lead=|t| t.user.not_loaded error=error retry=move || load.with_value(|l| l()) /></div>
        }
        .into_any(),
        Some(Ok((user, last_login))) => view! { <UserDetails user=user last_login=last_login /> }.into_any(),
    }
    };
    view! { {body} }
}

/// "User not found", with the way back.
#[component]
fn NotFound(user_id: String) -> impl IntoView {
    view! {
        <h1>{tr(|t| t.user.not_found_title)}</h1>
        <p>{move || (t().user.not_found)(&user_id)}</p>
        <p><Link href="/users">{tr(|t| t.user.back)}</Link></p>
    }
}

/// Details above, the edit form below; both follow the last saved (or reloaded) user.
#[component]
fn UserDetails(user: User, last_login: Option<Option<String>>) -> impl IntoView {
    crate::perf::page_ready();
    let current = RwSignal::new(user);
    let tags = move || {
        let tags = current.with(|u| u.tags.clone().unwrap_or_default());
        if tags.is_empty() {
            return view! { {tr(|t| t.user.no_tags)} }.into_any();
        }
        let items = tags
            .into_iter()
            .map(|tag| view! { <li><code>{tag.tag_key}</code> " = " <code>{tag.tag_value}</code></li> })
            .collect_view();
        view! { <ul class="tags">{items}</ul> }.into_any()
    };
    let last_login = move || match &last_login {
        Some(Some(at)) => locale::date_time(at),
        Some(None) => t().user.never.to_owned(),
        None => t().user.last_login_unknown.to_owned(),
    };
    let (user_id, created_at, root) =
        current.with_untracked(|u| (u.user_id.clone(), u.created_at.clone(), u.is_root_user));
    view! {
        <p><Link href="/users">{tr(|t| t.user.back)}</Link></p>
        <h1>
            {move || current.with(|u| u.user_name.clone())}
            {root.then(|| view! { " " <span class="badge">{tr(|t| t.user.root)}</span> })}
        </h1>
        <dl class="details">
            <dt>{tr(|t| t.user.user_id)}</dt>
            <dd><code>{user_id.clone()}</code> " " <CopyButton text=user_id label=|t| t.user.copy_id /></dd>
            <dt>{tr(|t| t.user.urn)}</dt>
            <dd><code>{move || current.with(|u| u.urn.clone())}</code></dd>
            <dt>{tr(|t| t.user.created)}</dt>
            <dd>{move || locale::date_time(&created_at)}</dd>
            <dt>{tr(|t| t.user.status)}</dt>
            <dd>{move || if current.with(|u| u.enabled) { t().user.is_enabled } else { t().user.is_disabled }}</dd>
            <dt>{tr(|t| t.user.tags)}</dt>
            <dd>{tags}</dd>
            <dt>{tr(|t| t.user.last_login)}</dt>
            <dd>{last_login}</dd>
        </dl>
        <EditUserForm current=current />
    }
}

/// The fields `update` would change in `loaded`; only these are sent.
pub fn changes(loaded: &User, name: &str, description: &str, enabled: bool) -> UpdateUserRequest {
    UpdateUserRequest {
        new_user_name: (name != loaded.user_name).then(|| name.to_owned()),
        new_description: (description != loaded.description).then(|| description.to_owned()),
        enabled: (enabled != loaded.enabled).then_some(enabled),
    }
}

/// What someone else changed between `before` and `now`, one line a field, in the
/// language in force.
pub fn changed_since(before: &User, now: &User) -> Vec<String> {
    let text = &t().user;
    let mut lines = Vec::new();
    if before.user_name != now.user_name {
        lines.push((text.changed)(text.name, &before.user_name, &now.user_name));
    }
    if before.description != now.description {
        lines.push((text.changed)(text.description, &before.description, &now.description));
    }
    if before.enabled != now.enabled {
        let word = |enabled| if enabled { text.is_enabled } else { text.is_disabled };
        lines.push((text.changed)(text.enabled, word(before.enabled), word(now.enabled)));
    }
    lines
}

/// A field's problem in the language in force, from the rule the server applies.
fn name_problem(name: &str) -> Option<String> {
    rules::user_name_problem(name).map(|problem| (t().user.name_problem)(&problem))
}

/// A description's problem in the language in force.
fn description_problem(description: &str) -> Option<String> {
    rules::description_problem(description).map(|problem| (t().user.description_problem)(&problem))
}

/// The problems of the changed fields, checked with the rules the server applies.
fn problems_before_sending(changes: &UpdateUserRequest) -> Vec<Problem> {
    let mut problems = Vec::new();
    if let Some(message) = changes.new_user_name.as_deref().and_then(name_problem) {
        problems.push(Problem { field: NAME_ID, message });
    }
    if let Some(message) = changes.new_description.as_deref().and_then(description_problem) {
        problems.push(Problem { field: DESCRIPTION_ID, message });
    }
    problems
}

/// Where the server's refusal of `sent` belongs: a field while it still holds what was
/// sent, else the summary (field ""). None for refusals that are no field's business.
fn refusal_problem(error: &ApiError, sent: &UpdateUserRequest, name: &str, description: &str) -> Option<Problem> {
    let ApiError::Api { status, kind, body, .. } = error else { return None };
    let still = |field: &Option<String>, value: &str| field.as_deref() == Some(value);
    match (status, kind) {
        (409, _) | (_, ErrorKind::NameConflict) if still(&sent.new_user_name, name) => {
            Some(Problem { field: NAME_ID, message: t().user.name_taken.into() })
        }
        (400, _) => {
            // The server names the field first ("new_description: …"); the page words the
            // rule the sent value breaks, and the server's refusal when it cannot tell.
            let field = body.error_msg.split_once(": ").map_or("", |(field, _)| field);
            let (field, message) = match field {
                "new_user_name" if still(&sent.new_user_name, name) => (NAME_ID, name_problem(name)),
                "new_description" if still(&sent.new_description, description) => {
                    (DESCRIPTION_ID, description_problem(description))
                }
                _ => ("", None),
            };
            Some(Problem { field, message: message.unwrap_or_else(|| refusal_message(body)) })
        }
        _ => None,
    }
}

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

/// The edit form: "User name", "Description" with its counter, "Enabled", "Save changes"
/// and "Reset". `current` is the user as last loaded or saved.
#[component]
pub fn EditUserForm(
    /// The user as the server last showed it; updated after a save or a reload.
    current: RwSignal<User>,
) -> impl IntoView {
    let session = Session::use_context();
    let (name, description, enabled) = current.with_untracked(|u| {
        (RwSignal::new(u.user_name.clone()), RwSignal::new(u.description.clone()), RwSignal::new(u.enabled))
    });
    let is_root = current.with_untracked(|u| u.is_root_user);
    let pending = RwSignal::new(false);
    // The summary appears once a save was tried; field messages follow every keystroke.
    let attempted = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Outcome>);
    let confirm_disable = RwSignal::new(false);
    let summary = NodeRef::<Div>::new();

    let pending_changes =
        Memo::new(move |_| current.with(|u| changes(u, &name.get(), &description.get(), enabled.get())));
    let dirty = move || !pending_changes.with(UpdateUserRequest::is_empty);
    guard_leaving(|t| t.user.unsaved, dirty);

    let problems = Memo::new(move |_| {
        // Rules show as the admin types; the server's refusals stay while their field does.
        let mut problems = pending_changes.with(problems_before_sending);
        let refusal = outcome.with(|o| match o {
            Some(Outcome::Failed { error, sent }) => refusal_problem(error, sent, &name.get(), &description.get()),
            _ => None,
        });
        if let Some(refusal) = refusal.filter(|r| !problems.iter().any(|p| p.field == r.field)) {
            problems.push(refusal);
        }
        problems.sort_by_key(|p| [NAME_ID, DESCRIPTION_ID, ""].iter().position(|f| *f == p.field));
        problems
    });
    let message_for = move |field: &'static str| {
        Signal::derive(move || problems.with(|all| all.iter().find(|p| p.field == field).map(|p| p.message.clone())))
    };
    let show_user = move |user: User| {
        name.set(user.user_name.clone());
        description.set(user.description.clone());
        enabled.set(user.enabled);
        current.update(|shown| {
            // A PUT answer may come without tags (the SDK's model has none): keep those shown.
            let tags = user.tags.clone().or_else(|| shown.tags.take());
            *shown = User { tags, ..user };
        });
    };

    let put = move |request: UpdateUserRequest| {
        let Some(credentials) = session.credentials.get_untracked() else { return };
        let user_id = current.with_untracked(|u| u.user_id.clone());
        pending.set(true);
        leptos::task::spawn_local_scoped(async move {
            let result = api::update_user(&credentials, &user_id, &request).await;
            pending.set(false);
            match result {
                Ok(user) => {
                    show_user(user);
                    attempted.set(false);
                    outcome.set(Some(Outcome::Saved));
                }
                Err(error) => {
                    outcome.set(Some(Outcome::Failed { error, sent: request }));
                    if !problems.get_untracked().is_empty() {
                        focus_after_render(summary);
                    }
                }
            }
        });
    };
    let save = move || {
        if pending.get_untracked() {
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
        let Some(credentials) = session.credentials.get_untracked() else { return };
        let loaded = current.get_untracked();
        pending.set(true);
        outcome.set(None);
        // Read the user again: an edit made elsewhere since loading must not be overwritten unseen.
        leptos::task::spawn_local_scoped(async move {
            match api::user_now(&credentials, &loaded.user_id).await {
                Ok(now) => {
                    if changed_since(&loaded, &now).is_empty() {
                        put(request);
                    } else {
                        pending.set(false);
                        outcome.set(Some(Outcome::ChangedElsewhere { before: loaded, now }));
                    }
                }
                Err(error) => {
                    pending.set(false);
                    outcome.set(Some(Outcome::Failed { error, sent: request }));
                }
            }
        });
    };
    let reset = move |_| {
        let user = current.get_untracked();
        name.set(user.user_name);
        description.set(user.description);
        enabled.set(user.enabled);
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
            Some(Outcome::Saved) => Some(view! { <p class="notice success">{tr(|t| t.user.saved)}</p> }.into_any()),
            Some(Outcome::NothingToSave) => {
                Some(view! { <p class="notice">{tr(|t| t.user.nothing_to_save)}</p> }.into_any())
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
                        <h2>{tr(|t| t.user.changed_title)}</h2>
                        <p>{tr(|t| t.user.changed_lead)}</p>
                        <ul>{items}</ul>
                        <button type="button" on:click=reload>{tr(|t| t.user.reload)}</button>
                        " "
                        <button type="button" class="secondary" on:click=move |_| put(pending_changes.get_untracked())>{tr(|t| t.user.overwrite)}</button>
                    </div>
                }
                .into_any()
            }
            Outcome::Failed { error: ApiError::Api { status: 403, body, .. }, .. } => {
                view! { <PermissionPanel body=body /> }.into_any()
            }
            Outcome::Failed { error: ApiError::Api { status: 404, body, .. }, .. } => view! {
                <div class="notice error">
                    <p>{tr(|t| t.user.not_saved)} " " {move || refusal_message(&body)}</p>
                    <p><Link href="/users">{tr(|t| t.user.back)}</Link></p>
                </div>
            }
            .into_any(),
            Outcome::Failed { error: ApiError::Api { status: 400 | 409, .. }, .. } => return None,
            Outcome::Failed { error, .. } => {
                view! { <FailureNotice lead=|t| t.user.not_saved error=error retry=save /> }.into_any()
            }
            _ => return None,
        })
    };
    let counter = move || (t().user.counter)(description.with(|d| d.chars().count()), rules::DESCRIPTION_MAX);
    let name_for_dialog = move || (t().user.disable_warning)(&current.with(|u| u.user_name.clone()));

    view! {
        <h2>{tr(|t| t.user.edit)}</h2>
        <form class="edit-user" novalidate on:submit=move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            save();
        }>
            <ErrorSummary problems=Signal::derive(move || if attempted.get() { problems.get() } else { Vec::new() }) node_ref=summary />
            <TextField id=NAME_ID label=|t| t.user.name value=name error=message_for(NAME_ID) />
            <TextField id=DESCRIPTION_ID label=|t| t.user.description multiline=true value=description
                error=message_for(DESCRIPTION_ID) hint_ids=COUNTER_ID />
            <p id=COUNTER_ID class="counter">{counter}</p>
            <div class="checkbox">
                <input id=ENABLED_ID type="checkbox" prop:checked=enabled on:change=on_enabled_change
                    disabled=is_root aria-describedby=is_root.then_some("user-enabled-root") />
                <label for=ENABLED_ID>{tr(|t| t.user.enabled)}</label>
                {is_root.then(|| view! { <p id="user-enabled-root" class="hint">{tr(|t| t.user.root_always_enabled)}</p> })}
            </div>
            <div class="actions">
                <button type="submit" aria-disabled=move || pending.get().then_some("true")>
                    {move || if pending.get() { t().user.saving } else { t().user.save }}
                </button>
                <button type="button" class="secondary" on:click=reset>{tr(|t| t.user.reset)}</button>
            </div>
            <div role="status">{status_view}</div>
            <div role="alert">{alert_view}</div>
        </form>
        <Dialog id="disable-user" title=|t| t.user.disable_title open=confirm_disable close_label=|t| t.user.cancel close_first=true>
            <p>{name_for_dialog}</p>
            <button type="button" class="danger" on:click=move |_| {
                enabled.set(false);
                confirm_disable.set(false);
            }>{tr(|t| t.user.disable)}</button>
        </Dialog>
    }
}
