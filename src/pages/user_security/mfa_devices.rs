//! "MFA devices": each device's serial number and state, and "Remove" (disable, then
//! delete the virtual device: the user lost the phone with the authenticator app),
//! confirmed in a dialog that names the device.

use iam_v5::MfaDevice;
use leptos::prelude::*;

use crate::components::{use_action, use_load, Dialog, FailureNotice, Heading, Loaded, PendingButton};
use crate::i18n::{security_words as words, tr, Entry};

/// The part: loads the user's devices; `read_only` shows them without "Remove".
#[component]
pub fn MfaDevices(user_id: String, read_only: bool) -> impl IntoView {
    let devices = use_load(move |client, credentials| {
        let user_id = user_id.clone();
        async move { client.mfa_devices(&credentials, &user_id).await }
    });
    let removing = RwSignal::new(None::<MfaDevice>);
    let remove_open = RwSignal::new(false);
    let remove = use_action(
        move |client, credentials, device: MfaDevice| async move {
            let removed = client.remove_mfa_device(&credentials, &device).await;
            remove_open.set(false);
            // Disabled but not deleted, perhaps: the list says what is true now.
            if removed.is_err() {
                devices.reload();
            }
            removed.map(|()| device)
        },
        move |gone: MfaDevice| devices.update(|list| list.retain(|kept| kept.serial_number != gone.serial_number)),
    );
    let remove_chosen = move || {
        if let Some(device) = removing.get_untracked() {
            remove.run(device);
        }
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
    let table = move |list: Vec<MfaDevice>| {
        if list.is_empty() {
            return view! { <p>{tr(|_| words().no_mfa)}</p> }.into_any();
        }
        view! {
            <table class="data-table keys">
                <thead><tr>
                    <th scope="col">{tr(|_| words().serial_number)}</th>
                    <th scope="col">{tr(|_| words().state)}</th>
                    {(!read_only).then(|| view! { <th scope="col">{tr(|_| words().actions)}</th> })}
                </tr></thead>
                <tbody>{list.into_iter().map(row).collect_view()}</tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <Heading level=3 text=|_| words().mfa_title />
        <div role="alert">
            {move || remove.failure.get().map(|error| view! {
                <FailureNotice lead=|_| words().mfa_not_removed error=error retry=move || remove_chosen() />
            })}
        </div>
        <Loaded load=devices loading=|_| words().mfa_loading failed=|_| words().mfa_not_loaded ready=table />
        {(!read_only).then(|| view! {
            <Dialog id="remove-mfa-device" title=|_| words().remove_mfa_title open=remove_open
                close_label=|_| words().cancel close_first=true>
                <p>{move || removing.get().map(|device| (words().remove_mfa_question)(&device.serial_number))}</p>
                <PendingButton pending=remove.pending label=|_| words().remove_mfa_confirm
                    pending_label=|_| words().removing class="danger" on_press=move || remove_chosen() />
            </Dialog>
        })}
    }
}
