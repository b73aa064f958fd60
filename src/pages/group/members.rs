//! "Members" of a group: each links to the user's page, with "Remove from group"
//! (`POST /v5/groups/{group_id}/remove-user`), one at a time.

use iam_v5::{Group, User};
use leptos::prelude::*;

use crate::components::{use_action, ActionFailure, Heading};
use crate::i18n::{group_words as words, groups_words, tr};
use crate::router::Link;

/// The part; `members` follows what is removed here.
#[component]
pub fn GroupMembers(group: RwSignal<Group>, members: RwSignal<Vec<User>>) -> impl IntoView {
    // The member the last removal was for.
    let asked = RwSignal::new(None::<User>);
    let removed = RwSignal::new(None::<String>);
    let remove = use_action(
        move |client, credentials, user: User| {
            let group_id = group.with_untracked(|g| g.group_id.clone());
            async move { client.set_membership(&credentials, &group_id, &user.user_id, false).await.map(|()| user) }
        },
        move |user: User| {
            members.update(|all| all.retain(|u| u.user_id != user.user_id));
            removed.set(Some(user.user_name));
        },
    );
    let ask = move |user: User| {
        removed.set(None);
        asked.set(Some(user.clone()));
        remove.run(user);
    };
    let row = move |user: User| {
        let (href, name) = (format!("/users/{}", user.user_id), user.user_name.clone());
        let label = {
            let name = name.clone();
            move || (words().remove_named)(&name)
        };
        let description = user.description.clone();
        view! {
            <tr>
                <td data-label=tr(|_| words().user_name)><Link href=href>{name}</Link></td>
                <td data-label=tr(|_| groups_words().description)>{description}</td>
                <td data-label=tr(|_| words().actions)>
                    <button type="button" class="secondary" aria-label=label on:click=move |_| ask(user.clone())>
                        {tr(|_| words().remove)}
                    </button>
                </td>
            </tr>
        }
    };
    let table = move || {
        if members.with(Vec::is_empty) {
            return view! { <p>{tr(|_| words().no_members)}</p> }.into_any();
        }
        view! {
            <table class="data-table members">
                <thead><tr>
                    <th scope="col">{tr(|_| words().user_name)}</th>
                    <th scope="col">{tr(|_| groups_words().description)}</th>
                    <th scope="col">{tr(|_| words().actions)}</th>
                </tr></thead>
                <tbody><For each=move || members.get() key=|user| user.user_id.clone() children=row /></tbody>
            </table>
        }
        .into_any()
    };
    let said =
        move || removed.get().map(|name| view! { <p class="notice success">{move || (words().removed)(&name)}</p> });
    let alert = move || {
        let (error, user) = (remove.failure.get()?, asked.get()?);
        let lead = move || (words().not_removed)(&user.user_name);
        let again = move || {
            if let Some(user) = asked.get_untracked() {
                remove.run(user);
            }
        };
        Some(view! { <ActionFailure lead=lead error=error retry=again /> })
    };
    view! {
        <section class="group-members" aria-labelledby="members-title">
            <Heading level=2 id="members-title" text=|_| words().members_title />
            {table}
            <div role="status">{said}</div>
            <div role="alert">{alert}</div>
        </section>
    }
}
