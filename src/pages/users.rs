//! `/users`: the account's users, a page at a time ("Load more" while the server gives a
//! `next_marker`), filtered by name, description or id as you type over what is loaded.

use iam_v5::User;
use leptos::prelude::*;

use crate::api::ApiError;
use crate::components::{FailureNotice, PendingButton, PermissionPanel, TextField};
use crate::i18n::{page_title, tr, users_words};
use crate::locale;
use crate::router::Link;
use crate::session::Session;

/// Whether `user` matches the filter text: name, description or id, ASCII letters in any case.
pub fn matches(user: &User, filter: &str) -> bool {
    let filter = filter.trim().to_ascii_lowercase();
    [&user.user_name, &user.description, &user.user_id].iter().any(|field| field.to_ascii_lowercase().contains(&filter))
}

/// The list page.
#[component]
pub fn UsersPage() -> impl IntoView {
    page_title(|_| users_words().title);
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
            let result = session.client.list_users(&credentials, marker.as_deref()).await;
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
                            {user.is_root_user.then(|| view! { " " <span class="badge">{tr(|_| users_words().root)}</span> })}
                        </td>
                        <td data-label=tr(|_| users_words().description)>{user.description}</td>
                        <td data-label=tr(|_| users_words().status)>
                            {tr(if user.enabled { |_| users_words().enabled } else { |_| users_words().disabled })}
                        </td>
                        <td data-label=tr(|_| users_words().created)>{move || locale::date(&user.created_at)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let count = move || {
        let filtering = filter.with(|f| !f.trim().is_empty());
        loaded.get().then(|| (users_words().count)(shown.with(Vec::len), users.with(Vec::len), filtering))
    };
    let table = move || {
        let total = users.with(Vec::len);
        if !loaded.get() {
            return None;
        }
        Some(if total == 0 {
            view! { <p class="notice">{tr(|_| users_words().empty)}</p> }.into_any()
        } else if shown.with(Vec::is_empty) {
            view! { <p class="notice">{move || (users_words().no_match)(&filter.get())}</p> }.into_any()
        } else {
            view! {
                <table class="users">
                    <caption class="visually-hidden">{tr(|_| users_words().title)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(|_| users_words().name)}</th>
                            <th scope="col">{tr(|_| users_words().description)}</th>
                            <th scope="col">{tr(|_| users_words().status)}</th>
                            <th scope="col">{tr(|_| users_words().created)}</th>
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
            error => view! { <FailureNotice lead=|_| users_words().not_loaded error=error retry=load /> }.into_any(),
        })
    };
    let more = move || {
        (loaded.get() && next_marker.with(Option::is_some)).then(|| {
            view! {
                <PendingButton pending=pending label=|_| users_words().load_more pending_label=|_| users_words().loading_more
                    class="load-more" on_press=move || load() />
            }
        })
    };

    view! {
        <h1>{tr(|_| users_words().title)}</h1>
        <div class="users-filter">
            <TextField id="user-filter" label=|_| users_words().filter input_type="search" value=filter />
        </div>
        <p role="status">
            {move || (pending.get() && !loaded.get()).then(|| users_words().loading)}
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
        let count = crate::i18n::en::USERS.count;
        assert_eq!(count(3, 27, true), "Showing 3 of 27 loaded users.");
        assert_eq!(count(1, 1, false), "1 user loaded.");
        assert_eq!(count(1, 1, true), "Showing 1 of 1 loaded user.");
        assert_eq!((crate::i18n::zh_cn::USERS.count)(3, 27, true), "已加载 27 个用户，显示其中 3 个。");
    }
}
