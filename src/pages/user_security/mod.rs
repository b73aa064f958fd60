//! A user's "Security" on `/users/{user_id}`, for administrators: "Console access" (the
//! login profile: reset the password, remove access), "Access keys" (as on "My
//! credentials", for this user) and "MFA devices" (remove one, as for a lost phone). Each
//! part loads on its own and says on its own when permission is missing.

mod console_access;
mod mfa_devices;
mod reset_password;

use leptos::prelude::*;

use crate::components::{AccessKeys, Heading};
use crate::i18n::{security_words, tr};
use crate::session::Session;
use console_access::ConsoleAccess;
use mfa_devices::MfaDevices;

/// The section, below the user's details and edit form. On the root user's page it only
/// shows, and says why: the root user's credentials are out of other administrators' reach
/// (IAM refuses them; only the root user changes its own).
#[component]
pub fn UserSecurity(
    /// Whose.
    user_id: String,
    /// Their name, as saved (dialogs name the user; the password rules check against it).
    #[prop(into)]
    user_name: Signal<String>,
    /// Whether they are the account's root user.
    is_root: bool,
) -> impl IntoView {
    let session = Session::use_context();
    let own = session.identity.with_untracked(|i| i.as_ref().is_some_and(|i| i.principal_id == user_id));
    let read_only = is_root && !own;
    view! {
        <section class="security" aria-labelledby="security-title">
            <Heading level=2 id="security-title" text=|_| security_words().title />
            {read_only.then(|| view! { <p class="notice">{tr(|_| security_words().root_managed)}</p> })}
            <ConsoleAccess user_id=user_id.clone() user_name=user_name read_only=read_only />
            <AccessKeys user_id=user_id.clone() user_name=user_name heading_level=3 read_only=read_only />
            <MfaDevices user_id=user_id read_only=read_only />
        </section>
    }
}
