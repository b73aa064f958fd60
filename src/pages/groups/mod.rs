//! `/groups`, "Groups": the account's user groups (name, description, created), read page
//! after page from the marker, "Filter groups" over all of them (rows keyed: typing touches
//! only the rows that come and go) and "Create group". The first page added by the recipe
//! in ARCHITECTURE.md: an entry in the route table, a title, this folder and its words.

mod create_group;
pub mod fields;

use iam_v5::Group;
use leptos::prelude::*;

use crate::components::{use_load, Loaded, TextField};
use crate::i18n::{groups_words as words, tr};
use crate::locale;
use crate::router::Link;
use create_group::CreateGroupDialog;

/// Whether `group` is one the filter asks for: its name or description holds `filter`,
/// whatever the case.
pub fn matches(group: &Group, filter: &str) -> bool {
    let filter = filter.trim().to_lowercase();
    filter.is_empty()
        || group.group_name.to_lowercase().contains(&filter)
        || group.description.to_lowercase().contains(&filter)
}

/// The page.
#[component]
pub fn GroupsPage() -> impl IntoView {
    let groups = use_load(|client, credentials| async move { client.all_groups(&credentials, None).await });
    // The requests go out first (the load's task runs before any timer).
    locale::prepare();
    let filter = RwSignal::new(String::new());
    let creating = RwSignal::new(false);
    let created = RwSignal::new(None::<String>);
    let on_created = Callback::new(move |group: Group| {
        created.set(Some(group.group_name.clone()));
        groups.update(|all| all.push(group));
    });
    let dialog = move || creating.get().then(|| view! { <CreateGroupDialog closed=creating on_created=on_created /> });
    let table = move |all: Vec<Group>| group_table(all, filter);
    let said = move || {
        created.get().map(|name| view! { <p class="notice success">{move || (words().created_notice)(&name)}</p> })
    };
    view! {
        <div class="page-head">
            <h1>{tr(|t| t.titles.groups)}</h1>
            <button type="button" on:click=move |_| creating.set(true)>{tr(|_| words().create)}</button>
        </div>
        <div role="status">{said}</div>
        <TextField id="group-filter" label=|_| words().filter input_type="search" value=filter />
        <Loaded load=groups loading=|_| words().loading failed=|_| words().not_loaded
            ready=table />
        {dialog}
    }
}

/// The groups the filter asks for as a table, or why there is none.
fn group_table(all: Vec<Group>, filter: RwSignal<String>) -> AnyView {
    if all.is_empty() {
        return view! { <p class="notice">{tr(|_| words().empty)}</p> }.into_any();
    }
    let all = StoredValue::new(all);
    let shown = Memo::new(move |_| {
        filter.with(|f| all.with_value(|all| all.iter().filter(|g| matches(g, f)).cloned().collect::<Vec<_>>()))
    });
    let row = |group: Group| {
        let (created, href) = (group.created_at, format!("/groups/{}", group.group_id));
        view! {
            <tr>
                <td data-label=tr(|_| words().name)><Link href=href>{group.group_name}</Link></td>
                <td data-label=tr(|_| words().description)>{group.description}</td>
                <td data-label=tr(|_| words().created)>{move || locale::date(&created)}</td>
            </tr>
        }
    };
    let none = move || {
        shown.with(Vec::is_empty).then(|| view! { <p class="notice">{move || (words().no_match)(&filter.get())}</p> })
    };
    view! {
        <table class="data-table group-list">
            <thead><tr>
                <th scope="col">{tr(|_| words().name)}</th>
                <th scope="col">{tr(|_| words().description)}</th>
                <th scope="col">{tr(|_| words().created)}</th>
            </tr></thead>
            <tbody><For each=move || shown.get() key=|group| group.group_id.clone() children=row /></tbody>
        </table>
        {none}
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_reads_names_and_descriptions_whatever_the_case() {
        let group = Group {
            group_id: "g1".into(),
            group_name: "Developers".into(),
            created_at: String::new(),
            urn: String::new(),
            description: "Build the 支付 services".into(),
        };
        assert!(matches(&group, ""));
        assert!(matches(&group, " dev "));
        assert!(matches(&group, "支付"));
        assert!(!matches(&group, "auditors"));
    }
}
