//! A group's name and description with "Save changes": the contract's rules at each field,
//! only what changed sent (`PUT /v5/groups/{group_id}`), a taken name said at "Group name",
//! and leaving with unsaved edits asks first.

use iam_v5::{Group, UpdateGroupRequest};
use leptos::prelude::*;

use crate::api::ApiError;
use crate::components::{focus_id_after_render, use_action_then, ActionFailure, Heading, PendingButton, TextField};
use crate::i18n::{group_words as words, groups_words, tr, Entry};
use crate::pages::groups::fields::group_field_errors;
use crate::router::guard_leaving;

const NAME_ID: &str = "group-name";
const DESCRIPTION_ID: &str = "group-description";

/// What saving `name` and `description` would change of `group`.
pub fn changes(group: &Group, name: &str, description: &str) -> UpdateGroupRequest {
    UpdateGroupRequest {
        new_group_name: (name != group.group_name).then(|| name.to_owned()),
        new_group_description: (description != group.description).then(|| description.to_owned()),
    }
}

/// The form; `current` is the group as last saved.
#[component]
pub fn EditGroupForm(current: RwSignal<Group>) -> impl IntoView {
    let name = RwSignal::new(current.with_untracked(|g| g.group_name.clone()));
    let description = RwSignal::new(current.with_untracked(|g| g.description.clone()));
    let attempted = RwSignal::new(false);
    let said = RwSignal::new(None::<Entry>);
    let pending_changes = Memo::new(move |_| current.with(|g| changes(g, &name.get(), &description.get())));
    guard_leaving(|_| words().unsaved, move || pending_changes.with_untracked(|c| *c != UpdateGroupRequest::default()));
    // The name the last attempt sent: a refusal for it stays while the field holds it.
    let sent_name = RwSignal::new(None::<String>);
    let save = use_action_then(
        move |client, credentials, body: UpdateGroupRequest| {
            let id = current.with_untracked(|g| g.group_id.clone());
            async move { client.update_group(&credentials, &id, &body).await }
        },
        move |answer| match answer {
            Ok(group) => {
                name.set(group.group_name.clone());
                description.set(group.description.clone());
                current.set(group);
                attempted.set(false);
                said.set(Some(|_| words().saved));
            }
            Err(ApiError::Api { status: 409, .. }) => focus_id_after_render(NAME_ID.to_owned()),
            Err(_) => {}
        },
    );
    let errors = group_field_errors(name, description, attempted, save.failure, sent_name);
    let submit = move || {
        if save.pending.get_untracked() {
            return;
        }
        attempted.set(true);
        said.set(None);
        if errors.name.get_untracked().is_some() {
            return focus_id_after_render(NAME_ID.to_owned());
        }
        if errors.description.get_untracked().is_some() {
            return focus_id_after_render(DESCRIPTION_ID.to_owned());
        }
        let body = pending_changes.get_untracked();
        if body == UpdateGroupRequest::default() {
            return said.set(Some(|_| words().nothing_to_save));
        }
        sent_name.set(body.new_group_name.clone());
        save.run(body);
    };
    let alert = move || match save.failure.get()? {
        ApiError::Api { status: 409, .. } => None,
        error => Some(view! { <ActionFailure lead=|| words().not_saved.to_owned() error=error retry=submit /> }),
    };
    view! {
        <section aria-labelledby="edit-group-title">
            <Heading level=2 id="edit-group-title" text=|_| words().edit_title />
            <form novalidate on:submit=move |event: leptos::ev::SubmitEvent| {
                event.prevent_default();
                submit();
            }>
                <TextField id=NAME_ID label=|_| groups_words().name value=name error=errors.name />
                <TextField id=DESCRIPTION_ID label=|_| groups_words().description multiline=true value=description
                    error=errors.description />
                <PendingButton pending=save.pending label=|_| words().save pending_label=|_| words().saving />
                <div role="status">{move || said.get().map(|s| view! { <p class="notice success">{tr(s)}</p> })}</div>
                <div role="alert">{alert}</div>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_what_changed_is_sent() {
        let group = Group {
            group_id: "g1".into(),
            group_name: "devs".into(),
            created_at: String::new(),
            urn: String::new(),
            description: "Build".into(),
        };
        assert_eq!(changes(&group, "devs", "Build"), UpdateGroupRequest::default());
        let renamed = changes(&group, "makers", "Build");
        assert_eq!((renamed.new_group_name.as_deref(), renamed.new_group_description), (Some("makers"), None));
        assert_eq!(changes(&group, "devs", "").new_group_description.as_deref(), Some(""));
    }
}
