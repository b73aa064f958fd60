//! `/users`: the account's users. Without a filter, a page at a time ("Load more" while the
//! server gives a `next_marker`). A filter (name, description or id) searches the whole
//! account: the pages not loaded yet arrive in the background at the largest page size,
//! with "Stop". An access key ID asks IAM who has it. Rows are keyed: appending a page or
//! filtering touches only the rows that change.

mod bulk;
pub mod model;
pub mod selection;
pub mod table;

use iam_v5::User;
use leptos::prelude::*;

use crate::api::{USERS_PER_PAGE, USERS_PER_SEARCH_PAGE};
use crate::components::{use_action, use_load, ActionFailure, Loaded, PendingButton, TextField};
use crate::i18n::{tr, users_words};
use crate::locale;
use crate::router::Link;
use crate::session::{Arrival, Session};
use bulk::BulkActions;
use model::{keep_searching, matches, wanted, Wanted};
use table::{Selection, UserTable};

/// The list page.
#[component]
pub fn UsersPage() -> impl IntoView {
    let session = Session::use_context();
    let users = RwSignal::new(Vec::<User>::new());
    let next_marker = RwSignal::new(None::<String>);
    let loaded = RwSignal::new(false);
    let filter = RwSignal::new(String::new());
    // "Several at once": the chosen users, and who is looking (never chosen).
    let selected = RwSignal::new(Vec::<String>::new());
    let me = Signal::derive(move || {
        session.identity.with(|id| id.as_ref().map(|id| id.principal_id.clone()).unwrap_or_default())
    });
    // Every page comes from the last marker the server gave, so none is fetched twice.
    let read_page = use_action(
        move |client, credentials, limit: u32| {
            let marker = next_marker.get_untracked();
            async move { client.list_users(&credentials, marker.as_deref(), limit).await }
        },
        move |page: iam_v5::ListUsersResponse| {
            users.update(|all| all.extend(page.users));
            next_marker.set(page.page_info.next_marker);
            // Set once: the list's shape reads it, and a set notifies even when equal.
            if !loaded.get_untracked() {
                loaded.set(true);
            }
        },
    );
    let (pending, failure) = (read_page.pending, read_page.failure);
    let load = move |limit: u32| {
        read_page.run(limit);
        locale::prepare();
    };
    // "Stop" was pressed for the search; typing again searches on.
    let stopped = RwSignal::new(false);
    let asked = Memo::new(move |_| filter.with(|f| wanted(f)));
    let searching = Memo::new(move |_| {
        asked.with(|w| {
            keep_searching(w, next_marker.with(Option::is_some), stopped.get(), failure.with(Option::is_some))
        })
    });

    load(USERS_PER_PAGE);
    // A search reads on, a page after the other, until it is done, stopped or failed.
    Effect::new(move |_| {
        if searching.get() && loaded.get() && !pending.get() {
            load(USERS_PER_SEARCH_PAGE);
        }
    });
    // Typing again searches on, and starts a new choice: no user hidden by the filter stays chosen.
    Effect::new(move |first: Option<()>| {
        filter.track();
        if first.is_some() {
            stopped.set(false);
            if selected.with_untracked(|s| !s.is_empty()) {
                selected.set(Vec::new());
            }
        }
    });
    let retry = move || {
        load(if asked.with_untracked(|w| *w == Wanted::Search) { USERS_PER_SEARCH_PAGE } else { USERS_PER_PAGE })
    };

    let shown = Memo::new(move |_| {
        filter.with(|f| users.with(|all| all.iter().filter(|u| matches(u, f)).cloned().collect::<Vec<_>>()))
    });
    let count = move || {
        if !loaded.get() {
            return pending.get().then(|| users_words().loading.to_owned());
        }
        let filtering = asked.with(|w| *w != Wanted::Browse);
        Some((users_words().count)(shown.with(Vec::len), users.with(Vec::len), filtering))
    };
    // How far the search has read, a sentence of its own beside the count.
    let progress = move || {
        let read = users.with(Vec::len);
        if searching.get() {
            Some((users_words().searching)(read))
        } else if stopped.get() && asked.with(|w| *w == Wanted::Search) && next_marker.with(Option::is_some) {
            Some((users_words().search_stopped)(read))
        } else {
            None
        }
    };
    // What the list's shape depends on, each a memo: the table is made once and only its
    // rows follow the users (a closure reading `users` itself would make it again).
    let none_loaded = Memo::new(move |_| users.with(Vec::is_empty));
    let none_shown = Memo::new(move |_| shown.with(Vec::is_empty));
    let key_asked = Memo::new(move |_| match asked.get() {
        Wanted::KeyOwner(key) => Some(key),
        _ => None,
    });
    let no_match = move || {
        (!searching.get()).then(|| {
            let said = if next_marker.with(Option::is_none) {
                users_words().no_match_anywhere
            } else {
                users_words().no_match
            };
            view! { <p class="notice">{move || said(&filter.get())}</p> }
        })
    };
    let list = move || {
        if !loaded.get() {
            return None;
        }
        if let Some(key) = key_asked.get() {
            return Some(view! { <KeyOwner key=key /> }.into_any());
        }
        Some(if none_loaded.get() {
            view! { <p class="notice">{tr(|_| users_words().empty)}</p> }.into_any()
        } else if none_shown.get() {
            no_match.into_any()
        } else {
            view! {
                <BulkActions users=users shown=shown selected=selected me=me />
                <UserTable users=shown selection=Selection { selected, me } />
            }
            .into_any()
        })
    };
    let failure_view = move || {
        failure.get().map(|error| {
            let lead = if loaded.get_untracked() && asked.with_untracked(|w| *w == Wanted::Search) {
                users_words().search_failed
            } else {
                users_words().not_loaded
            };
            view! { <ActionFailure lead=move || lead.to_owned() error=error retry=retry /> }
        })
    };
    let more = move || {
        let browsing = loaded.get() && !searching.get() && asked.with(|w| !matches!(w, Wanted::KeyOwner(_)));
        (browsing && next_marker.with(Option::is_some)).then(|| {
            view! {
                <PendingButton pending=pending label=|_| users_words().load_more pending_label=|_| users_words().loading_more
                    class="load-more" on_press=move || load(USERS_PER_PAGE) />
            }
        })
    };
    let stop = move || {
        searching.get().then(|| {
            view! { <button type="button" class="secondary" on:click=move |_| stopped.set(true)>{tr(|_| users_words().stop)}</button> }
        })
    };

    // What the page that sent the person here asked to say, once.
    let arrival = session.arrival.try_update(Option::take).flatten();
    let arrived = arrival.map(|Arrival::UserDeleted(name)| {
        view! { <p class="notice success" role="status">{move || (users_words().user_deleted)(&name)}</p> }
    });

    view! {
        <div class="page-head">
            <h1>{tr(|t| t.titles.users)}</h1>
            <Link href="/users/new" class="button">{tr(|_| users_words().create_user)}</Link>
        </div>
        {arrived}
        <div class="users-filter">
            <TextField id="user-filter" label=|_| users_words().filter input_type="search" value=filter />
        </div>
        <div class="users-status">
            <p role="status">{count}</p>
            <p role="status">{progress}</p>
            {stop}
        </div>
        {list}
        {more}
        <div role="alert">{failure_view}</div>
    }
}

/// "Who owns this key?": IAM's answer for the access key ID typed.
#[component]
fn KeyOwner(key: String) -> impl IntoView {
    let key = StoredValue::new(key);
    let owner = use_load(move |client, credentials| async move {
        client.users_with_access_key(&credentials, &key.get_value()).await
    });
    let found = move |found: Vec<User>| {
        if found.is_empty() {
            view! { <p class="notice" role="status">{tr(|_| users_words().no_key_owner)}</p> }.into_any()
        } else {
            view! {
                <p role="status">{move || key.with_value(|k| (users_words().key_owner)(k))}</p>
                <UserTable users=Signal::stored(found) />
            }
            .into_any()
        }
    };
    view! {
        <Loaded load=owner loading=|_| users_words().key_lookup failed=|_| users_words().key_lookup_failed ready=found />
    }
}
