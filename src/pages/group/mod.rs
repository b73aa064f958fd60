//! `/groups/{group_id}`: one group. Its name and description, edited with "Save changes"
//! ([`edit_group`]), "Members" (each links to the user's page; "Remove from group",
//! [`members`]) and "Delete group" (the name typed to confirm; IAM keeps a group that still
//! has members, and the page says to remove them first, [`delete_group`]).

mod delete_group;
mod edit_group;
mod members;

use iam_v5::{Group, User};
use leptos::prelude::*;

use crate::api::ApiError;
use crate::components::{use_load, Loaded};
use crate::i18n::{group_words as words, tr};
use crate::router::Link;
use delete_group::DeleteGroup;
use edit_group::EditGroupForm;
use members::GroupMembers;

/// The page: loads the group and its members together.
#[component]
pub fn GroupPage(
    /// The group's id, from the path.
    group_id: String,
) -> impl IntoView {
    let group_id = StoredValue::new(group_id);
    // Ok(None): no such group.
    let found = use_load(move |client, credentials| async move {
        let id = group_id.get_value();
        let (group, members) = futures::join!(client.group(&credentials, &id), client.group_members(&credentials, &id));
        match group {
            Ok(group) => Ok(Some((group, members?))),
            Err(ApiError::Api { status: 404, .. }) => Ok(None),
            Err(error) => Err(error),
        }
    });
    let shown = move |found: Option<(Group, Vec<User>)>| match found {
        Some((group, members)) => view! { <GroupDetails group=group members=members /> }.into_any(),
        None => view! {
            <h1>{tr(|_| words().not_found_title)}</h1>
            <p>{move || (words().not_found)(&group_id.get_value())}</p>
            <p><Link href="/groups">{tr(|_| words().back)}</Link></p>
        }
        .into_any(),
    };
    let title =
        move || found.state.with(|s| !matches!(s, Some(Ok(_)))).then(|| view! { <h1>{tr(|t| t.titles.group)}</h1> });
    view! {
        {title}
        <Loaded load=found loading=|_| words().loading failed=|_| words().not_loaded ready=shown />
    }
}

/// The group's parts; each follows the group as last saved.
#[component]
fn GroupDetails(group: Group, members: Vec<User>) -> impl IntoView {
    crate::perf::page_ready();
    let current = RwSignal::new(group);
    let members = RwSignal::new(members);
    view! {
        <p><Link href="/groups">{tr(|_| words().back)}</Link></p>
        <h1>{move || current.with(|g| g.group_name.clone())}</h1>
        <EditGroupForm current=current />
        <GroupMembers group=current members=members />
        <DeleteGroup group=current members=members />
    }
}
