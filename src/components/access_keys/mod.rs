//! "Access keys" of one user: the table ("Access key ID", "Status", "Created", "Last
//! used", with rotation advice), "Create access key" (the new secret shown once, in a
//! dialog that leaves no trace after "Done"), and per key "Deactivate"/"Activate" and
//! "Delete" (confirmed in a dialog). "My credentials" shows the caller's own, a user's
//! page anyone's.
//!
//! ```no_run
//! use leptos::prelude::*;
//! use iam_console::components::AccessKeys;
//! # #[component] fn Demo() -> impl IntoView {
//! view! { <AccessKeys user_id="u1".to_owned() user_name="alice".to_owned() heading_level=3 /> }
//! # }
//! ```

pub mod download;
pub mod model;
mod secret_once;
pub use secret_once::SecretOnce;

use iam_v5::{AccessKey, AccessKeyMetadata, AccessKeyStatus, ACCESS_KEYS_PER_USER};
use leptos::prelude::*;

use crate::components::{use_action, use_load, Dialog, FailureNotice, Heading, Loaded, PendingButton};
use crate::i18n::{security_words as words, tr, Entry};
use crate::locale;
use crate::router::navigate;
use crate::session::Session;
use model::{may_create, rotation, toggled, with_changed, without, KeyRow, Rotate};

/// A change to the keys, one at a time.
enum KeyChange {
    Create,
    Toggle(AccessKeyMetadata),
    Delete(String),
}

/// The keys of `user_id` and what may be done with them.
#[component]
pub fn AccessKeys(
    /// Whose keys.
    user_id: String,
    /// Their name (credentials.csv's "User Name").
    #[prop(into)]
    user_name: Signal<String>,
    /// The level of the "Access keys" heading.
    #[prop(default = 2)]
    heading_level: u8,
    /// Show the keys only: no "Create access key", no per-key actions (the root user's
    /// keys, to anyone but root).
    #[prop(default = false)]
    read_only: bool,
) -> impl IntoView {
    let session = Session::use_context();
    // The caller's own keys are worded to them ("You have…"), anyone else's about the user.
    let own = session.identity.with_untracked(|i| i.as_ref().is_some_and(|i| i.principal_id == user_id));
    let user_id = StoredValue::new(user_id);
    let created = RwSignal::new(None::<AccessKey>);
    let deleting = RwSignal::new(None::<String>);
    let delete_open = RwSignal::new(false);
    // Deactivating the key this session signs with is asked first: it signs the person out.
    let deactivating = RwSignal::new(None::<AccessKeyMetadata>);
    let deactivate_open = RwSignal::new(false);
    let own_key =
        move |id: &str| session.credentials.with_untracked(|c| c.as_ref().is_some_and(|c| c.access_key == id));
    let sign_out = move || {
        session.sign_out();
        navigate("/sign-in");
    };

    // Each key with when it was last used (None where that could not be read).
    let rows = use_load(move |client, credentials| {
        let user_id = user_id.get_value();
        async move {
            let keys = client.access_keys(&credentials, &user_id).await?;
            let uses = futures::future::join_all(
                keys.iter().map(|k| client.access_key_last_used(&credentials, &user_id, &k.access_key_id)),
            )
            .await;
            Ok(keys.into_iter().zip(uses).map(|(key, used)| KeyRow { key, last_used: used.ok() }).collect::<Vec<_>>())
        }
    });

    // One change at a time; what it did is shown from inside it, as each ends differently.
    let change = use_action(
        move |client, credentials, change: KeyChange| {
            let user_id = user_id.get_value();
            async move {
                match change {
                    KeyChange::Create => {
                        created.set(Some(client.create_access_key(&credentials, &user_id).await?));
                        rows.reload();
                    }
                    KeyChange::Toggle(key) => {
                        let id = &key.access_key_id;
                        let changed =
                            client.set_access_key_status(&credentials, &user_id, id, toggled(key.status)).await?;
                        deactivate_open.set(false);
                        if changed.status == AccessKeyStatus::Inactive && own_key(&changed.access_key_id) {
                            sign_out();
                        } else {
                            rows.update(|list| *list = with_changed(list, changed));
                        }
                    }
                    KeyChange::Delete(id) => {
                        let deleted = client.delete_access_key(&credentials, &user_id, &id).await;
                        delete_open.set(false);
                        deleted?;
                        if own_key(&id) {
                            sign_out();
                        } else {
                            rows.update(|list| *list = without(list, &id));
                        }
                    }
                }
                Ok(())
            }
        },
        |()| (),
    );
    // The key the last change was for ("" for a creation), and what to say if it fails.
    let asked = RwSignal::new(None::<(String, Entry)>);
    let start = move |key: String, lead: Entry, what: KeyChange| {
        if !change.pending.get_untracked() {
            asked.set(Some((key, lead)));
            change.run(what);
        }
    };
    let busy =
        Memo::new(
            move |_| {
                if change.pending.get() {
                    asked.with(|a| a.as_ref().map(|(key, _)| key.clone()))
                } else {
                    None
                }
            },
        );
    let create = move || start(String::new(), |_| words().not_created, KeyChange::Create);
    let toggle =
        move |key: AccessKeyMetadata| start(key.access_key_id.clone(), |_| words().not_changed, KeyChange::Toggle(key));
    let delete = move || {
        if let Some(id) = deleting.get_untracked() {
            start(id.clone(), |_| words().not_deleted, KeyChange::Delete(id));
        }
    };

    let row = move |KeyRow { key, last_used }: KeyRow| {
        let active = key.status == AccessKeyStatus::Active;
        let status: Entry = if active { |_| words().is_active } else { |_| words().is_inactive };
        let toggle_label: Entry = if active { |_| words().deactivate } else { |_| words().activate };
        let id = key.access_key_id.clone();
        let pending = Signal::derive({
            let id = id.clone();
            move || busy.get().as_deref() == Some(id.as_str())
        });
        let created_at = key.created_at.clone();
        let parse = |at: &str| js_sys::Date::parse(at);
        let used_ms = last_used.clone().flatten().map(|at| parse(&at));
        let advice = rotation(parse(&created_at), used_ms, js_sys::Date::now())
            .into_iter()
            .map(|reason| {
                let text = move || match reason {
                    Rotate::Created(days) => (words().rotate_created)(days),
                    Rotate::Unused(days) => (words().unused_for)(days),
                };
                view! { " " <span class="badge rotate">{text}</span> }
            })
            .collect_view();
        let used = move || match &last_used {
            Some(Some(at)) => locale::date_time(at),
            Some(None) => words().never_used.to_owned(),
            None => words().last_used_unknown.to_owned(),
        };
        let ask_delete = {
            let id = id.clone();
            move |_| {
                deleting.set(Some(id.clone()));
                delete_open.set(true);
            }
        };
        view! {
            <tr>
                <td data-label=tr(|_| words().key_id)><code>{id}</code></td>
                <td data-label=tr(|_| words().status)>{tr(status)}{advice}</td>
                <td data-label=tr(|_| words().created)>{move || locale::date(&created_at)}</td>
                <td data-label=tr(|_| words().last_used)>{used}</td>
                {(!read_only).then(|| view! {
                    <td data-label=tr(|_| words().actions)>
                        <PendingButton pending=pending label=toggle_label pending_label=|_| words().changing
                            class="secondary" on_press=move || {
                                if active && own_key(&key.access_key_id) {
                                    deactivating.set(Some(key.clone()));
                                    deactivate_open.set(true);
                                } else {
                                    toggle(key.clone());
                                }
                            } />
                        " "
                        <button type="button" class="secondary" on:click=ask_delete>{tr(|_| words().delete)}</button>
                    </td>
                })}
            </tr>
        }
    };
    let table = move |list: Vec<KeyRow>| {
        let full = !may_create(&list);
        let body = if list.is_empty() {
            view! { <p>{tr(if own { |_| words().no_keys } else { |_| words().no_keys_other })}</p> }.into_any()
        } else {
            let rows = list.into_iter().map(row).collect_view();
            view! {
                <table class="data-table keys">
                    <thead><tr>
                        <th scope="col">{tr(|_| words().key_id)}</th>
                        <th scope="col">{tr(|_| words().status)}</th>
                        <th scope="col">{tr(|_| words().created)}</th>
                        <th scope="col">{tr(|_| words().last_used)}</th>
                        {(!read_only).then(|| view! { <th scope="col">{tr(|_| words().actions)}</th> })}
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        };
        let creating = Signal::derive(move || busy.get().as_deref() == Some(""));
        let create_button = if read_only {
            ().into_any()
        } else if full {
            view! {
                    <p class="notice" id="create-key-why">{move || (if own { words().at_limit } else { words().at_limit_other })(ACCESS_KEYS_PER_USER)}</p>
                    <button type="button" aria-disabled="true" aria-describedby="create-key-why">{tr(|_| words().create)}</button>
                }
                .into_any()
        } else {
            view! { <PendingButton pending=creating label=|_| words().create pending_label=|_| words().creating on_press=move || create() /> }
                    .into_any()
        };
        view! { {body} {create_button} }.into_any()
    };
    let failure_view = move || {
        let error = change.failure.get()?;
        let (_, lead) = asked.get()?;
        Some(view! { <FailureNotice lead=lead error=error retry=move || rows.reload() /> })
    };
    // The secret is drawn only while its dialog is open: after "Done" no node holds it.
    let secret_dialog = move || created.get().map(|key| view! { <SecretOnce key=key owner=user_name shown=created /> });
    view! {
        <Heading level=heading_level text=|_| words().keys_title />
        <div role="alert">{failure_view}</div>
        <Loaded load=rows loading=|_| words().loading failed=|_| words().not_loaded ready=table />
        {secret_dialog}
        // Nothing to confirm where nothing may be changed.
        {(!read_only).then(|| view! {
            <Dialog id="delete-access-key" title=|_| words().delete_title open=delete_open close_label=|_| words().cancel close_first=true>
                <p>{move || deleting.get().map(|id| (words().delete_question)(&id))}</p>
                <p>{move || deleting.get().filter(|id| own_key(id)).map(|_| words().own_key_delete)}</p>
                <PendingButton pending=Signal::derive(move || busy.get().is_some()) label=|_| words().delete_confirm
                    pending_label=|_| words().deleting class="danger" on_press=move || delete() />
            </Dialog>
            <Dialog id="deactivate-own-key" title=|_| words().deactivate_title open=deactivate_open close_label=|_| words().cancel close_first=true>
                <p>{tr(|_| words().own_key_deactivate)}</p>
                <PendingButton pending=Signal::derive(move || busy.get().is_some()) label=|_| words().deactivate_and_sign_out
                    pending_label=|_| words().changing class="danger"
                    on_press=move || { if let Some(key) = deactivating.get_untracked() { toggle(key) } } />
            </Dialog>
        })}
    }
}
