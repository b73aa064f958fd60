//! "Create group": a dialog with "Group name" and "Description" under the contract's rules
//! (said at their field once "Create group" is pressed), sent as `POST /v5/groups`. A taken
//! name (409) is said at "Group name" while the field still holds it; nothing typed is lost.

use iam_v5::{CreateGroupRequest, Group};
use leptos::prelude::*;

use super::fields::group_field_errors;
use crate::api::ApiError;
use crate::components::{
    focus_id_after_render, open_until_closed, use_action_then, ActionFailure, Dialog, PendingButton, TextField,
};
use crate::i18n::groups_words as words;

const NAME_ID: &str = "new-group-name";
const DESCRIPTION_ID: &str = "new-group-description";

/// The dialog, open from the start; `closed` is set false when it closes, which unmounts it.
#[component]
pub fn CreateGroupDialog(closed: RwSignal<bool>, on_created: Callback<Group>) -> impl IntoView {
    let open = open_until_closed(closed);
    let (name, description) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let attempted = RwSignal::new(false);
    // The name the last attempt sent: a refusal for it stays while the field holds it.
    let sent_name = RwSignal::new(None::<String>);
    let create = use_action_then(
        |client, credentials, body: CreateGroupRequest| async move { client.create_group(&credentials, &body).await },
        move |answer| match answer {
            Ok(group) => {
                on_created.run(group);
                open.set(false);
            }
            Err(ApiError::Api { status: 409, .. }) => focus_id_after_render(NAME_ID.to_owned()),
            Err(_) => {}
        },
    );
    let errors = group_field_errors(name, description, attempted, create.failure, sent_name);
    let submit = move || {
        attempted.set(true);
        if errors.name.get_untracked().is_some() {
            return focus_id_after_render(NAME_ID.to_owned());
        }
        if errors.description.get_untracked().is_some() {
            return focus_id_after_render(DESCRIPTION_ID.to_owned());
        }
        let (group_name, text) = (name.get_untracked(), description.get_untracked());
        sent_name.set(Some(group_name.clone()));
        create.run(CreateGroupRequest { group_name, description: (!text.is_empty()).then_some(text) });
    };
    // What no field owns: permission, the network, anything unknown.
    let alert = move || match create.failure.get()? {
        ApiError::Api { status: 409, .. } => None,
        error => Some(view! { <ActionFailure lead=|| words().not_created.to_owned() error=error retry=submit /> }),
    };
    view! {
        <Dialog id="create-group" title=|_| words().create open=open close_label=|_| words().cancel>
            <form novalidate on:submit=move |event: leptos::ev::SubmitEvent| {
                event.prevent_default();
                submit();
            }>
                <TextField id=NAME_ID label=|_| words().name value=name error=errors.name />
                <TextField id=DESCRIPTION_ID label=|_| words().description multiline=true value=description
                    error=errors.description />
                <PendingButton pending=create.pending label=|_| words().create pending_label=|_| words().creating />
                <div role="alert">{alert}</div>
            </form>
        </Dialog>
    }
}
