//! `/credentials`, "My credentials": who the signed-in user is (name, user id, account id,
//! with copy buttons) and their own access keys ([`access_keys`]). The calls use the
//! caller's own user id (`principal_id` of caller-identity).

pub mod access_keys;
pub mod download;
pub mod model;

use leptos::prelude::*;

use crate::components::CopyButton;
use crate::i18n::{credentials_words, page_title, tr};
use crate::session::Session;
use access_keys::AccessKeys;

/// The page.
#[component]
pub fn CredentialsPage() -> impl IntoView {
    page_title(|_| credentials_words().title);
    let session = Session::use_context();
    let identity = move || {
        session.identity.get().map(|identity| {
            let (user_id, account_id) = (identity.principal_id.clone(), identity.account_id.clone());
            view! {
                <dl class="details">
                    <dt>{tr(|_| credentials_words().user_name)}</dt>
                    <dd>{identity.user_name().to_owned()}</dd>
                    <dt>{tr(|_| credentials_words().user_id)}</dt>
                    <dd><code>{user_id.clone()}</code> " " <CopyButton text=user_id.clone() label=|_| credentials_words().copy_user_id /></dd>
                    <dt>{tr(|_| credentials_words().account_id)}</dt>
                    <dd><code>{account_id.clone()}</code> " " <CopyButton text=account_id label=|_| credentials_words().copy_account_id /></dd>
                </dl>
                <AccessKeys user_id=user_id />
            }
        })
    };
    view! {
        <h1>{tr(|_| credentials_words().title)}</h1>
        {identity}
    }
}
