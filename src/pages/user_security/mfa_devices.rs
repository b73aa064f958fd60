//! "MFA devices": each device's serial number and state, and "Remove" (disable, then
//! delete the virtual device: the user lost the phone with the authenticator app),
//! confirmed in a dialog that names the device.

use iam_v5::MfaDevice;
use leptos::prelude::*;

use crate::api::ApiError;
use crate::components::{Dialog, FailureNotice, Heading, PendingButton, PermissionPanel};
use crate::i18n::{security_words as words, tr, Entry};
use crate::session::Session;

/// The part: loads the user's devices; `read_only` shows them without "Remove".
#[component]
pub fn MfaDevices(user_id: String, read_only: bool) -> impl IntoView {
    let session = Session::use_context();
    let user_id = StoredValue::new(user_id);
    let devices = RwSignal::new(None::<Result<Vec<MfaDevice>, ApiError>>);
    let removing = RwSignal::new(None::<MfaDevice>);
    let remove_open = RwSignal::new(false);
    let pending = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);

    let load = move || {
        let Some(credentials) = session.credentials.get_untracked() else { return };
        leptos::task::spawn_local_scoped(async move {
            devices.set(Some(session.client.mfa_devices(&credentials, &user_id.get_value()).await));
        });
    };
    load();
    let remove = move || {
        let (Some(credentials), Some(device)) = (session.credentials.get_untracked(), removing.get_untracked()) else {
            return;
        };
        if pending.get_untracked() {
            return;
        }
        pending.set(true);
        failure.set(None);
        leptos::task::spawn_local_scoped(async move {
            let removed = session.client.remove_mfa_device(&credentials, &device).await;
            pending.set(false);
            remove_open.set(false);
            match removed {
                Ok(()) => devices.update(|d| {
                    if let Some(Ok(list)) = d {
                        list.retain(|kept| kept.serial_number != device.serial_number);
                    }
                }),
                // Disabled but not deleted, perhaps: the list says what is true now.
                Err(error) => {
                    failure.set(Some(error));
                    load();
                }
            }
        });
    };

    let row = move |device: MfaDevice| {
        let state: Entry = if device.enabled { |_| words().mfa_enabled } else { |_| words().mfa_disabled };
        let serial = device.serial_number.clone();
        view! {
            <tr>
                <td data-label=tr(|_| words().serial_number)><code>{serial}</code></td>
                <td data-label=tr(|_| words().state)>{tr(state)}</td>
                {(!read_only).then(|| view! {
                    <td data-label=tr(|_| words().actions)>
                        <button type="button" class="secondary" on:click=move |_| {
                            removing.set(Some(device.clone()));
                            remove_open.set(true);
                        }>{tr(|_| words().remove)}</button>
                    </td>
                })}
            </tr>
        }
    };
    let body = move || match devices.get() {
        None => view! { <p role="status">{tr(|_| words().mfa_loading)}</p> }.into_any(),
        Some(Err(ApiError::Api { status: 403, body, .. })) => view! { <PermissionPanel body=body /> }.into_any(),
        Some(Err(error)) => view! {
            <div role="alert"><FailureNotice lead=|_| words().mfa_not_loaded error=error retry=move || load() /></div>
        }
        .into_any(),
        Some(Ok(list)) if list.is_empty() => view! { <p>{tr(|_| words().no_mfa)}</p> }.into_any(),
        Some(Ok(list)) => view! {
            <table class="users keys">
                <thead><tr>
                    <th scope="col">{tr(|_| words().serial_number)}</th>
                    <th scope="col">{tr(|_| words().state)}</th>
                    {(!read_only).then(|| view! { <th scope="col">{tr(|_| words().actions)}</th> })}
                </tr></thead>
                <tbody>{list.into_iter().map(row).collect_view()}</tbody>
            </table>
        }
        .into_any(),
    };
    view! {
        <Heading level=3 text=|_| words().mfa_title />
        <div role="alert">
            {move || failure.get().map(|error| view! {
                <FailureNotice lead=|_| words().mfa_not_removed error=error retry=move || remove() />
            })}
        </div>
        {body}
        {(!read_only).then(|| view! {
            <Dialog id="remove-mfa-device" title=|_| words().remove_mfa_title open=remove_open
                close_label=|_| words().cancel close_first=true>
                <p>{move || removing.get().map(|device| (words().remove_mfa_question)(&device.serial_number))}</p>
                <PendingButton pending=pending label=|_| words().remove_mfa_confirm pending_label=|_| words().removing
                    class="danger" on_press=move || remove() />
            </Dialog>
        })}
    }
}
