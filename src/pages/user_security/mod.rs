//! A user's "Security" on `/users/{user_id}`, for administrators: "Console access" (the
//! login profile: reset the password, remove access), "Access keys" (as on "My
//! credentials", for this user) and "MFA devices" (remove one, as for a lost phone). Each
//! part loads on its own and says on its own when permission is missing.

mod console_access;
mod mfa_devices;
mod reset_password;

use leptos::prelude::*;

use crate::components::{AccessKeys, Heading};
use crate::i18n::security_words;
use console_access::ConsoleAccess;
use mfa_devices::MfaDevices;

/// The section, below the user's details and edit form.
#[component]
pub fn UserSecurity(
    /// Whose.
    user_id: String,
    /// Their name, as saved (dialogs name the user; the password rules check against it).
    #[prop(into)]
    user_name: Signal<String>,
) -> impl IntoView {
    view! {
        <section class="security" aria-labelledby="security-title">
            <Heading level=2 id="security-title" text=|_| security_words().title />
            <ConsoleAccess user_id=user_id.clone() user_name=user_name />
            <AccessKeys user_id=user_id.clone() user_name=user_name heading_level=3 />
            <MfaDevices user_id=user_id />
        </section>
    }
}
