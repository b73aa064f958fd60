//! "Groups": the groups the user is in (name, description), "Remove from group" per group,
//! and "Add to group": a dialog with the account's groups (every page, from the marker),
//! filtered as you type. Each outcome is said in the part (or, when adding fails, in the
//! dialog, where it happened).

use iam_v5::Group;
use leptos::prelude::*;

use crate::components::{open_until_closed, use_action, use_load, ActionFailure, Dialog, Heading, Loaded, TextField};
use crate::i18n::{lifecycle_words as words, tr};
use crate::router::Link;

/// What the last change was: (joined, the group's name).
type Outcome = (bool, String);

/// The part: loads the user's groups.
#[component]
pub fn UserGroups(user_id: String) -> impl IntoView {
    let user_id = StoredValue::new(user_id);
    let groups = use_load(move |client, credentials| async move {
        client.all_groups(&credentials, Some(&user_id.get_value())).await
    });
    let done = RwSignal::new(None::<Outcome>);
    // The group of the last removal (its failure is the action's).
    let removing = RwSignal::new(None::<Group>);
    let choosing = RwSignal::new(false);
    let removal = use_action(
        move |client, credentials, group: Group| async move {
            client.set_membership(&credentials, &group.group_id, &user_id.get_value(), false).await.map(|()| group)
        },
        move |group: Group| {
            groups.update(|list| list.retain(|kept| kept.group_id != group.group_id));
            done.set(Some((false, group.group_name)));
        },
    );
    let pending = removal.pending;
    let remove = move |group: Group| {
        if pending.get_untracked() {
            return;
        }
        done.set(None);
        removing.set(Some(group.clone()));
        removal.run(group);
    };
    let added = Callback::new(move |group: Group| {
        let name = group.group_name.clone();
        groups.update(|list| list.push(group));
        done.set(Some((true, name)));
    });

    let row = move |group: Group| {
        let name = group.group_name.clone();
        let label = move || (words().remove_from_named)(&name);
        let (href, shown) = (format!("/groups/{}", group.group_id), group.group_name.clone());
        view! {
            <tr>
                <td><Link href=href>{shown}</Link></td>
                <td data-label=tr(|_| words().group_description)>{group.description.clone()}</td>
                <td data-label=tr(|_| words().actions)>
                    <button type="button" class="secondary" aria-label=label aria-disabled=move || pending.get().then_some("true")
                        on:click=move |_| remove(group.clone())>{tr(|_| words().remove_from_group)}</button>
                </td>
            </tr>
        }
    };
    let body = move |list: Vec<Group>| {
        let table = (!list.is_empty()).then(|| {
            view! {
                <table class="data-table groups">
                    <thead><tr>
                        <th scope="col">{tr(|_| words().group)}</th>
                        <th scope="col">{tr(|_| words().group_description)}</th>
                        <th scope="col">{tr(|_| words().actions)}</th>
                    </tr></thead>
                    <tbody>{list.into_iter().map(row).collect_view()}</tbody>
                </table>
            }
        });
        view! {
            {table.is_none().then(|| view! { <p>{tr(|_| words().no_groups)}</p> })}
            {table}
            <p><button type="button" class="secondary" on:click=move |_| {
                done.set(None);
                choosing.set(true);
            }>{tr(|_| words().add_to_group)}</button></p>
        }
        .into_any()
    };
    // Apart from the list, so the list changing (a group added) does not draw it again.
    let dialog = move || {
        choosing.get().then(|| {
            let member_of = groups.state.with_untracked(|g| match g {
                Some(Ok(list)) => list.iter().map(|g| g.group_id.clone()).collect(),
                _ => Vec::new(),
            });
            view! { <AddToGroup user_id=user_id.get_value() member_of=member_of closed=choosing on_added=added /> }
        })
    };
    let said = move || {
        done.get().map(|(joined, group)| {
            let sentence = move || if joined { (words().added)(&group) } else { (words().removed)(&group) };
            view! { <p class="notice success">{sentence}</p> }
        })
    };
    let alert = move || {
        removal.failure.get().zip(removing.get()).map(|(error, group)| {
            let name = group.group_name.clone();
            let lead = Signal::derive(move || (words().not_removed)(&name));
            view! { <ActionFailure lead=lead error=error retry=move || remove(group.clone()) /> }
        })
    };
    view! {
        <section class="groups" aria-labelledby="groups-title">
            <Heading level=2 id="groups-title" text=|_| words().groups_title />
            <div role="status">{said}</div>
            <div role="alert">{alert}</div>
            <Loaded load=groups loading=|_| words().groups_loading failed=|_| words().groups_not_loaded ready=body />
            {dialog}
        </section>
    }
}

/// "Add to group": the account's groups, filtered as typed; those the user is in are marked.
#[component]
fn AddToGroup(
    user_id: String,
    member_of: Vec<String>,
    closed: RwSignal<bool>,
    on_added: Callback<Group>,
) -> impl IntoView {
    let open = open_until_closed(closed);
    let user_id = StoredValue::new(user_id);
    let member_of = StoredValue::new(member_of);
    let all = use_load(|client, credentials| async move { client.all_groups(&credentials, None).await });
    let filter = RwSignal::new(String::new());
    // The group of the last try (its failure is the action's).
    let adding = RwSignal::new(None::<Group>);
    let joining = use_action(
        move |client, credentials, group: Group| async move {
            client.set_membership(&credentials, &group.group_id, &user_id.get_value(), true).await.map(|()| group)
        },
        move |group: Group| {
            open.set(false);
            on_added.run(group);
        },
    );
    let pending = joining.pending;
    let add = move |group: Group| {
        adding.set(Some(group.clone()));
        joining.run(group);
    };
    let row = move |group: Group| {
        let member = member_of.with_value(|ids| ids.contains(&group.group_id));
        let (name, group_name, description) =
            (group.group_name.clone(), group.group_name.clone(), group.description.clone());
        let label = move || (words().add_to_named)(&name);
        let action = if member {
            view! { <span>{tr(|_| words().member)}</span> }.into_any()
        } else {
            view! {
                <button type="button" class="secondary" aria-label=label aria-disabled=move || pending.get().then_some("true")
                    on:click=move |_| add(group.clone())>{tr(|_| words().add)}</button>
            }
            .into_any()
        };
        view! {
            <tr>
                <td>{group_name}</td>
                <td data-label=tr(|_| words().group_description)>{description}</td>
                <td data-label=tr(|_| words().actions)>{action}</td>
            </tr>
        }
    };
    let list = move |groups: Vec<Group>| match groups {
        groups if groups.is_empty() => view! { <p>{tr(|_| words().no_groups_to_add)}</p> }.into_any(),
        groups => {
            let wanted = filter.with(|f| f.trim().to_lowercase());
            let shown: Vec<Group> = groups
                .into_iter()
                .filter(|g| {
                    wanted.is_empty()
                        || g.group_name.to_lowercase().contains(&wanted)
                        || g.description.to_lowercase().contains(&wanted)
                })
                .collect();
            if shown.is_empty() {
                return view! { <p>{move || (words().no_group_matches)(&filter.get())}</p> }.into_any();
            }
            view! {
                <table class="data-table groups">
                    <thead><tr>
                        <th scope="col">{tr(|_| words().group)}</th>
                        <th scope="col">{tr(|_| words().group_description)}</th>
                        <th scope="col">{tr(|_| words().actions)}</th>
                    </tr></thead>
                    <tbody>{shown.into_iter().map(row).collect_view()}</tbody>
                </table>
            }
            .into_any()
        }
    };
    let alert = move || {
        joining.failure.get().zip(adding.get()).map(|(error, group)| {
            let name = group.group_name.clone();
            let lead = Signal::derive(move || (words().not_added)(&name));
            view! { <ActionFailure lead=lead error=error retry=move || add(group.clone()) /> }
        })
    };
    view! {
        <Dialog id="add-to-group" title=|_| words().add_to_group open=open close_label=|_| words().cancel>
            <TextField id="group-filter" label=|_| words().filter_groups input_type="search" value=filter />
            <div role="alert">{alert}</div>
            <Loaded load=all loading=|_| words().all_groups_loading failed=|_| words().groups_not_loaded ready=list />
        </Dialog>
    }
}
