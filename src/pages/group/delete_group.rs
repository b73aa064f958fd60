//! "Delete group": a dialog where the group's name must be typed to confirm. IAM keeps a
//! group that still has members (409): the dialog says so and what to do. Once deleted, the
//! page goes back to "Groups".

use iam_v5::error::codes;
use iam_v5::{Group, User};
use leptos::prelude::*;

use crate::api::ApiError;
use crate::components::{
    focus_id_after_render, open_until_closed, use_action, ActionFailure, Dialog, Heading, PendingButton, TextField,
};
use crate::i18n::{group_words as words, tr};
use crate::router::navigate_from_gone;

const CONFIRM_ID: &str = "delete-group-name";

/// The part: what deleting means now, and the button that opens the dialog.
#[component]
pub fn DeleteGroup(group: RwSignal<Group>, members: RwSignal<Vec<User>>) -> impl IntoView {
    let open = RwSignal::new(false);
    // Drawn only while open: each opening starts with an empty confirmation.
    let dialog = move || open.get().then(|| view! { <DeleteGroupDialog group=group closed=open /> });
    let has_members = move || members.with(|m| !m.is_empty());
    view! {
        <section class="delete-group" aria-labelledby="delete-group-title">
            <Heading level=2 id="delete-group-title" text=|_| words().delete />
            <p>{move || has_members().then_some(words().delete_needs_empty)}</p>
            <p><button type="button" class="danger" on:click=move |_| open.set(true)>{tr(|_| words().delete)}</button></p>
            {dialog}
        </section>
    }
}

/// The dialog, open from the start; `closed` is set false when it closes.
#[component]
fn DeleteGroupDialog(group: RwSignal<Group>, closed: RwSignal<bool>) -> impl IntoView {
    let open = open_until_closed(closed);
    let typed = RwSignal::new(String::new());
    let attempted = RwSignal::new(false);
    let name = move || group.with(|g| g.group_name.clone());
    let deletion = use_action(
        move |client, credentials, group_id: String| async move { client.delete_group(&credentials, &group_id).await },
        move |()| navigate_from_gone("/groups"),
    );
    let mismatch = Signal::derive(move || {
        (attempted.get() && typed.with(|t| *t != name())).then(|| words().name_mismatch.to_owned())
    });
    let delete = move || {
        if deletion.pending.get_untracked() {
            return;
        }
        attempted.set(true);
        if typed.get_untracked() != name() {
            return focus_id_after_render(CONFIRM_ID.to_owned());
        }
        deletion.run(group.with_untracked(|g| g.group_id.clone()));
    };
    let alert = move || {
        deletion.failure.get().map(|error| match error {
            ApiError::Api { body, .. } if body.error_code == codes::GROUP_NOT_EMPTY => {
                view! { <p class="notice error">{tr(|_| words().not_empty)}</p> }.into_any()
            }
            error => {
                view! { <ActionFailure lead=|| words().not_deleted.to_owned() error=error retry=delete /> }.into_any()
            }
        })
    };
    view! {
        <Dialog id="delete-group" title=|_| words().delete open=open close_label=|_| words().cancel>
            <form novalidate on:submit=move |event: leptos::ev::SubmitEvent| {
                event.prevent_default();
                delete();
            }>
                <p>{move || (words().delete_question)(&name())}</p>
                <TextField id=CONFIRM_ID label=|_| words().type_name value=typed error=mismatch />
                <PendingButton pending=deletion.pending label=|_| words().delete pending_label=|_| words().deleting class="danger" />
                <div role="alert">{alert}</div>
            </form>
        </Dialog>
    }
}
