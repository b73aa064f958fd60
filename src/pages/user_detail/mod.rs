//! `/users/{user_id}`: one user's details (id, URN, created, status, tags, last login),
//! below them the edit form ([`crate::pages::user_edit`]), then their "Security"
//! ([`crate::pages::user_security`]).

use iam_v5::User;
use leptos::prelude::*;

use crate::api::{ApiError, Freshness};
use crate::components::{use_load, CopyButton, Loaded};
use crate::i18n::{tr, user_words};
use crate::locale;
use crate::pages::user_edit::EditUserForm;
use crate::pages::user_life::{DeleteUser, UserGroups, UserTags};
use crate::pages::user_security::UserSecurity;
use crate::router::Link;

/// The page: loads the user and their last login, then shows details and the form.
#[component]
pub fn UserDetailPage(
    /// The user's id, from the path.
    user_id: String,
) -> impl IntoView {
    let user_id = StoredValue::new(user_id);
    // Ok(None): no such user. The last login is None when it could not be read.
    let user = use_load(move |client, credentials| async move {
        let id = user_id.get_value();
        let (user, last_login) =
            futures::join!(client.user(&credentials, &id, Freshness::Shared), client.last_login(&credentials, &id));
        crate::perf::mark(crate::perf::DATA);
        match user {
            Ok(user) => Ok(Some((user, last_login.ok()))),
            Err(ApiError::Api { status: 404, .. }) => Ok(None),
            Err(error) => Err(error),
        }
    });
    // The requests go out first (the load's task runs before any timer).
    locale::prepare();
    let shown = move |found: Option<(User, Option<Option<String>>)>| match found {
        Some((user, last_login)) => view! { <UserDetails user=user last_login=last_login /> }.into_any(),
        None => view! { <NotFound user_id=user_id.get_value() /> }.into_any(),
    };
    let title =
        move || user.state.with(|s| !matches!(s, Some(Ok(_)))).then(|| view! { <h1>{tr(|t| t.titles.user)}</h1> });
    view! {
        {title}
        <Loaded load=user loading=|_| user_words().loading failed=|_| user_words().not_loaded ready=shown />
    }
}

/// "User not found", with the way back.
#[component]
fn NotFound(user_id: String) -> impl IntoView {
    view! {
        <h1>{tr(|_| user_words().not_found_title)}</h1>
        <p>{move || (user_words().not_found)(&user_id)}</p>
        <p><Link href="/users">{tr(|_| user_words().back)}</Link></p>
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
            return view! { {tr(|_| user_words().no_tags)} }.into_any();
        }
        let items = tags
            .into_iter()
            .map(|tag| view! { <li><code>{tag.tag_key}</code> " = " <code>{tag.tag_value}</code></li> })
            .collect_view();
        view! { <ul class="tags">{items}</ul> }.into_any()
    };
    let last_login = move || match &last_login {
        Some(Some(at)) => locale::date_time(at),
        Some(None) => user_words().never.to_owned(),
        None => user_words().last_login_unknown.to_owned(),
    };
    let (user_id, created_at, root) =
        current.with_untracked(|u| (u.user_id.clone(), u.created_at.clone(), u.is_root_user));
    let user_id_for_security = user_id.clone();
    let (user_id_for_groups, user_id_for_tags, user_id_for_delete) =
        (user_id.clone(), user_id.clone(), user_id.clone());
    let user_name = Signal::derive(move || current.with(|u| u.user_name.clone()));
    let initial_tags = current.with_untracked(|u| u.tags.clone().unwrap_or_default());
    let tags_saved = Callback::new(move |tags| current.update(|u| u.tags = Some(tags)));
    view! {
        <p><Link href="/users">{tr(|_| user_words().back)}</Link></p>
        <h1>
            {move || current.with(|u| u.user_name.clone())}
            {root.then(|| view! { " " <span class="badge">{tr(|_| user_words().root)}</span> })}
        </h1>
        <dl class="details">
            <dt>{tr(|_| user_words().user_id)}</dt>
            <dd><code>{user_id.clone()}</code> " " <CopyButton text=user_id label=|_| user_words().copy_id /></dd>
            <dt>{tr(|_| user_words().urn)}</dt>
            <dd><code>{move || current.with(|u| u.urn.clone())}</code></dd>
            <dt>{tr(|_| user_words().created)}</dt>
            <dd>{move || locale::date_time(&created_at)}</dd>
            <dt>{tr(|_| user_words().status)}</dt>
            <dd>{move || if current.with(|u| u.enabled) { user_words().is_enabled } else { user_words().is_disabled }}</dd>
            <dt>{tr(|_| user_words().tags)}</dt>
            <dd>{tags}</dd>
            <dt>{tr(|_| user_words().last_login)}</dt>
            <dd>{last_login}</dd>
        </dl>
        <EditUserForm current=current />
        <UserSecurity user_id=user_id_for_security user_name=user_name is_root=root />
        <UserGroups user_id=user_id_for_groups />
        <UserTags user_id=user_id_for_tags initial=initial_tags on_saved=tags_saved />
        <DeleteUser user_id=user_id_for_delete user_name=user_name is_root=root />
    }
}
