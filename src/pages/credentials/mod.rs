//! `/credentials`, "My credentials": who the signed-in user is (name, user id, account id,
//! with copy buttons), when their console password expires, and their own access keys
//! ([`AccessKeys`]). The calls use the caller's own user id (`principal_id` of
//! caller-identity).

use leptos::prelude::*;

use crate::api::ApiError;
use crate::components::{use_load, AccessKeys, CopyButton};
use crate::i18n::{credentials_words, security_words, tr};
use crate::locale;
use crate::router::Link;
use crate::session::Session;

/// The page.
#[component]
pub fn CredentialsPage() -> impl IntoView {
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
                    <PasswordExpiry user_id=user_id.clone() />
                </dl>
                <AccessKeys user_id=user_id user_name=identity.user_name().to_owned() />
            }
        })
    };
    view! {
        <h1>{tr(|t| t.titles.credentials)}</h1>
        {identity}
    }
}

/// "Password expires": from the login profile ("Never" when it has no end), with a way to
/// change it; "No console password" without one; nothing without permission to read it.
#[component]
fn PasswordExpiry(user_id: String) -> impl IntoView {
    let profile = use_load(move |client, credentials| {
        let user_id = user_id.clone();
        async move { client.login_profile(&credentials, &user_id).await }
    });
    move || {
        let expiry = match profile.state.get()? {
            Ok(profile) => {
                let at = profile.password_expires_at;
                let when =
                    move || at.as_deref().map_or_else(|| security_words().never_expires.to_owned(), locale::date_time);
                view! { {when} " " <Link href="/password">{tr(|_| credentials_words().change_password)}</Link> }
                    .into_any()
            }
            Err(ApiError::Api { status: 404, .. }) => {
                view! { {tr(|_| security_words().no_console_password)} }.into_any()
            }
            Err(_) => return None,
        };
        Some(view! { <dt>{tr(|_| security_words().password_expires)}</dt><dd>{expiry}</dd> })
    }
}
