//! "Delete user": a dialog where the user's name must be typed to confirm; never the root
//! user or yourself (the page says why instead). A refusal (409: something is still
//! attached) is shown in the dialog with its code and request id; once deleted, `/users`
//! says "User NAME deleted.".

use leptos::prelude::*;

use crate::components::{
    focus_id_after_render, open_until_closed, use_action, ActionFailure, Dialog, Heading, PendingButton, TextField,
};
use crate::i18n::{lifecycle_words as words, tr};
use crate::router::navigate_from_gone;
use crate::session::{Arrival, Session};

const CONFIRM_ID: &str = "delete-user-name";

/// The part, last on the page.
#[component]
pub fn DeleteUser(user_id: String, user_name: Signal<String>, is_root: bool) -> impl IntoView {
    let session = Session::use_context();
    let yourself = session.identity.with_untracked(|id| id.as_ref().is_some_and(|id| id.principal_id == user_id));
    let open = RwSignal::new(false);
    let user_id = StoredValue::new(user_id);
    let body = if is_root {
        view! { <p>{tr(|_| words().cannot_delete_root)}</p> }.into_any()
    } else if yourself {
        view! { <p>{tr(|_| words().cannot_delete_self)}</p> }.into_any()
    } else {
        view! {
            <p><button type="button" class="danger" on:click=move |_| open.set(true)>{tr(|_| words().delete_user)}</button></p>
        }
        .into_any()
    };
    // Drawn only while open: each opening starts with an empty confirmation.
    let dialog = move || {
        open.get().then(|| view! { <DeleteUserDialog user_id=user_id.get_value() user_name=user_name closed=open /> })
    };
    view! {
        <section class="delete-user" aria-labelledby="delete-user-title">
            <Heading level=2 id="delete-user-title" text=|_| words().delete_user />
            {body}
            {dialog}
        </section>
    }
}

/// The dialog, open from the start; `closed` is set false when it closes.
#[component]
fn DeleteUserDialog(user_id: String, user_name: Signal<String>, closed: RwSignal<bool>) -> impl IntoView {
    let session = Session::use_context();
    let open = open_until_closed(closed);
    let typed = RwSignal::new(String::new());
    let attempted = RwSignal::new(false);
    let user_id = StoredValue::new(user_id);
    let deletion = use_action(
        move |client, credentials, name: String| async move {
            client.delete_user(&credentials, &user_id.get_value()).await.map(|()| name)
        },
        move |name: String| {
            session.arrival.set(Some(Arrival::UserDeleted(name)));
            navigate_from_gone("/users");
        },
    );
    let mismatch = Signal::derive(move || {
        (attempted.get() && typed.with(|t| *t != user_name.get())).then(|| words().name_mismatch.to_owned())
    });
    let delete = move || {
        if deletion.pending.get_untracked() {
            return;
        }
        attempted.set(true);
        let name = user_name.get_untracked();
        if typed.get_untracked() != name {
            focus_id_after_render(CONFIRM_ID.to_owned());
            return;
        }
        deletion.run(name);
    };
    let alert = move || {
        deletion.failure.get().map(|error| {
            let lead = Signal::derive(|| words().not_deleted.to_owned());
            view! { <ActionFailure lead=lead error=error retry=delete /> }
        })
    };
    view! {
        <Dialog id="delete-user" title=|_| words().delete_user open=open close_label=|_| words().cancel>
            <form novalidate on:submit=move |event: leptos::ev::SubmitEvent| {
                event.prevent_default();
                delete();
            }>
                <p>{move || (words().delete_question)(&user_name.get())}</p>
                <TextField id=CONFIRM_ID label=|_| words().type_name value=typed error=mismatch />
                <PendingButton pending=deletion.pending label=|_| words().delete_user pending_label=|_| words().deleting class="danger" />
                <div role="alert">{alert}</div>
            </form>
        </Dialog>
    }
}
