//! `/users`: the account's users, a page at a time ("Load more" while the server gives a
//! `next_marker`), filtered by name, description or id as you type over what is loaded.

use iam_v5::User;
use leptos::prelude::*;

use crate::api::{self, ApiError};
use crate::components::{FailureNotice, PermissionPanel, TextField};
use crate::locale;
use crate::router::Link;
use crate::session::Session;

/// Every word this page shows, in one place.
mod text {
    pub const TITLE: &str = "Users";
    pub const FILTER: &str = "Filter users";
    pub const LOADING: &str = "Loading users…";
    pub const LOAD_MORE: &str = "Load more";
    pub const LOADING_MORE: &str = "Loading more users…";
    pub const EMPTY: &str = "There are no users in this account yet.";
    pub const NAME: &str = "Name";
    pub const DESCRIPTION: &str = "Description";
    pub const STATUS: &str = "Status";
    pub const CREATED: &str = "Created";
    pub const ENABLED: &str = "Enabled";
    pub const DISABLED: &str = "Disabled";
    pub const ROOT: &str = "Root user";
    pub const NOT_LOADED: &str = "The users could not be loaded.";

    /// "Showing 3 of 27 loaded users" / "27 users loaded".
    pub fn count(shown: usize, loaded: usize, filtering: bool) -> String {
        let plural = if loaded == 1 { "" } else { "s" };
        if filtering {
            format!("Showing {shown} of {loaded} loaded user{plural}.")
        } else {
            format!("{loaded} user{plural} loaded.")
        }
    }

    /// When the filter matches none of the loaded users.
    pub fn no_match(filter: &str) -> String {
        format!("No loaded user matches “{filter}”.")
    }
}

/// Whether `user` matches the filter text: name, description or id, ASCII letters in any case.
pub fn matches(user: &User, filter: &str) -> bool {
    let filter = filter.trim().to_ascii_lowercase();
    [&user.user_name, &user.description, &user.user_id].iter().any(|field| field.to_ascii_lowercase().contains(&filter))
}

/// The list page.
#[component]
pub fn UsersPage() -> impl IntoView {
    let session = Session::use_context();
    let users = RwSignal::new(Vec::<User>::new());
    let next_marker = RwSignal::new(None::<String>);
    let loaded = RwSignal::new(false);
    let pending = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let filter = RwSignal::new(String::new());

    // The first page, "Load more" and "Try again" all ask from the last marker the server gave.
    let load = move || {
        if pending.get_untracked() {
            return;
        }
        let Some(credentials) = session.credentials.get_untracked() else { return };
        let marker = next_marker.get_untracked();
        pending.set(true);
        failure.set(None);
        locale::prepare();
        leptos::task::spawn_local_scoped(async move {
            let result = api::list_users(&credentials, marker.as_deref()).await;
            pending.set(false);
            match result {
                Ok(page) => {
                    users.update(|all| all.extend(page.users));
                    next_marker.set(page.page_info.next_marker);
                    loaded.set(true);
                }
                Err(error) => failure.set(Some(error)),
            }
        });
    };
    load();

    let shown = Memo::new(move |_| {
        filter.with(|f| users.with(|all| all.iter().filter(|u| matches(u, f)).cloned().collect::<Vec<_>>()))
    });
    let rows = move || {
        shown
            .get()
            .into_iter()
            .map(|user| {
                let href = format!("/users/{}", user.user_id);
                view! {
                    <tr>
                        <td>
                            <Link href=href>{user.user_name}</Link>
                            {user.is_root_user.then(|| view! { " " <span class="badge">{text::ROOT}</span> })}
                        </td>
                        <td>{user.description}</td>
                        <td>{if user.enabled { text::ENABLED } else { text::DISABLED }}</td>
                        <td>{locale::date(&user.created_at)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let count = move || {
        let filtering = filter.with(|f| !f.trim().is_empty());
        loaded.get().then(|| text::count(shown.with(Vec::len), users.with(Vec::len), filtering))
    };
    let table = move || {
        let total = users.with(Vec::len);
        if !loaded.get() {
            return None;
        }
        Some(if total == 0 {
            view! { <p class="notice">{text::EMPTY}</p> }.into_any()
        } else if shown.with(Vec::is_empty) {
            view! { <p class="notice">{text::no_match(&filter.get())}</p> }.into_any()
        } else {
            view! {
                <table class="users">
                    <caption class="visually-hidden">{text::TITLE}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{text::NAME}</th>
                            <th scope="col">{text::DESCRIPTION}</th>
                            <th scope="col">{text::STATUS}</th>
                            <th scope="col">{text::CREATED}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        })
    };
    let failure_view = move || {
        failure.get().map(|error| match error {
            ApiError::Api { status: 403, body, .. } => view! { <PermissionPanel body=body /> }.into_any(),
            error => view! { <FailureNotice lead=text::NOT_LOADED error=error retry=load /> }.into_any(),
        })
    };
    let more = move || {
        (loaded.get() && next_marker.with(Option::is_some)).then(|| {
            view! {
                <button type="button" class="load-more" aria-disabled=move || pending.get().then_some("true") on:click=move |_| load()>
                    {move || if pending.get() { text::LOADING_MORE } else { text::LOAD_MORE }}
                </button>
            }
        })
    };

    view! {
        <h1>{text::TITLE}</h1>
        <div class="users-filter">
            <TextField id="user-filter" label=text::FILTER input_type="search" value=filter />
        </div>
        <p role="status">
            {move || (pending.get() && !loaded.get()).then_some(text::LOADING)}
            {count}
        </p>
        {table}
        {more}
        <div role="alert">{failure_view}</div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(name: &str, description: &str) -> User {
        User {
            user_id: format!("id-of-{name}"),
            user_name: name.into(),
            description: description.into(),
            enabled: true,
            is_root_user: false,
            created_at: "2024-01-02T03:04:05Z".into(),
            urn: format!("iam::a:user:{name}"),
            tags: None,
        }
    }

    #[test]
    fn the_filter_looks_at_name_description_and_id_in_any_case() {
        let alice = user("Alice", "Payments team");
        assert!(matches(&alice, "ali"));
        assert!(matches(&alice, "PAYMENTS"));
        assert!(matches(&alice, "id-of-a"));
        assert!(matches(&alice, "  "));
        assert!(!matches(&alice, "bob"));
    }

    #[test]
    fn counts_read_as_sentences() {
        assert_eq!(text::count(3, 27, true), "Showing 3 of 27 loaded users.");
        assert_eq!(text::count(1, 1, false), "1 user loaded.");
    }
}
