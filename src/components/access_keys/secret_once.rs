//! "Access key created": the new key's ID and secret, each with a copy button, "Download
//! credentials.csv" and "Done". Drawn only while open: after "Done" no node holds the secret.

use iam_v5::AccessKey;
use leptos::prelude::*;

use super::download::download;
use super::model::credentials_csv;
use crate::components::{CopyButton, Dialog};
use crate::i18n::{security_words as words, tr};

/// The dialog, open from the start; closing it sets `shown` to None, which unmounts it.
#[component]
pub fn SecretOnce(key: AccessKey, owner: Signal<String>, shown: RwSignal<Option<AccessKey>>) -> impl IntoView {
    let open = RwSignal::new(true);
    Effect::new(move |_| {
        if !open.get() {
            shown.set(None);
        }
    });
    let (id, secret) = (key.access_key_id, key.secret_access_key);
    let save = {
        let (id, secret) = (id.clone(), secret.clone());
        move |_| download("credentials.csv", &credentials_csv(&owner.get_untracked(), &id, &secret))
    };
    view! {
        <Dialog id="access-key-created" title=|_| words().created_title open=open close_label=|_| words().done>
            <p class="notice">{tr(|_| words().secret_once)}</p>
            <dl class="details">
                <dt>{tr(|_| words().key_id)}</dt>
                <dd><code>{id.clone()}</code> " " <CopyButton text=id label=|_| words().copy_key_id /></dd>
                <dt>{tr(|_| words().secret)}</dt>
                <dd><code>{secret.clone()}</code> " " <CopyButton text=secret label=|_| words().copy_secret /></dd>
            </dl>
            <p><button type="button" class="secondary" on:click=save>{tr(|_| words().download_csv)}</button></p>
        </Dialog>
    }
}
