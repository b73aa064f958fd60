//! `/groups`, "Groups": the account's user groups (name, description, created), read page
//! after page from the marker. The first page added by the recipe in ARCHITECTURE.md: an
//! entry in the route table, a title, this folder and its words.

use iam_v5::Group;
use leptos::prelude::*;

use crate::components::{use_load, Loaded};
use crate::i18n::{groups_words as words, tr};
use crate::locale;

/// The page.
#[component]
pub fn GroupsPage() -> impl IntoView {
    let groups = use_load(|client, credentials| async move { client.all_groups(&credentials, None).await });
    // The requests go out first (the load's task runs before any timer).
    locale::prepare();
    view! {
        <h1>{tr(|t| t.titles.groups)}</h1>
        <Loaded load=groups loading=|_| words().loading failed=|_| words().not_loaded ready=group_table />
    }
}

/// The groups as a table, or why there is none.
fn group_table(groups: Vec<Group>) -> AnyView {
    if groups.is_empty() {
        return view! { <p class="notice">{tr(|_| words().empty)}</p> }.into_any();
    }
    let rows = groups
        .into_iter()
        .map(|group| {
            let created = group.created_at;
            view! {
                <tr>
                    <td data-label=tr(|_| words().name)>{group.group_name}</td>
                    <td data-label=tr(|_| words().description)>{group.description}</td>
                    <td data-label=tr(|_| words().created)>{move || locale::date(&created)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table group-list">
            <thead><tr>
                <th scope="col">{tr(|_| words().name)}</th>
                <th scope="col">{tr(|_| words().description)}</th>
                <th scope="col">{tr(|_| words().created)}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}
