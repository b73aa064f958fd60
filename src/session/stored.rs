//! The one `sessionStorage` entry of a password sign-in: written, read back on a reload
//! (while its keys are valid), and removed. Nothing else of the session is ever stored.

use iam_v5::CallerIdentity;
use leptos::prelude::window;

use super::{Credentials, PasswordLogin};
use crate::json::{FromJson, Json};
use crate::json_encode::{Object, ToJson};

const STORAGE_KEY: &str = "iam-console-session";

fn storage() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

/// What `sessionStorage` holds for a password sign-in (read back by `restore`).
pub struct Stored<'a> {
    pub credentials: &'a Credentials,
    pub identity: &'a CallerIdentity,
    pub login: &'a PasswordLogin,
    pub password_reset_required: bool,
}

impl ToJson for PasswordLogin {
    fn write_json(&self, out: &mut String) {
        Object::open(out)
            .field("account", &self.account)
            .field("user_name", &self.user_name)
            .field("expires_at_ms", &(self.expires_at_ms.max(0.0) as u64))
            .close();
    }
}

impl ToJson for Stored<'_> {
    fn write_json(&self, out: &mut String) {
        Object::open(out)
            .field("credentials", self.credentials)
            .field("identity", self.identity)
            .field("login", self.login)
            .field("password_reset_required", &self.password_reset_required)
            .close();
    }
}

/// Writes the entry.
pub fn keep(stored: &Stored<'_>) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(STORAGE_KEY, &stored.to_json());
    }
}

/// Removes the entry.
pub fn forget() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(STORAGE_KEY);
    }
}

/// A still-valid password sign-in from this tab's storage; anything else is removed.
pub fn restore(now_ms: f64) -> Option<(Credentials, CallerIdentity, PasswordLogin, bool)> {
    let storage = storage()?;
    let text = storage.get_item(STORAGE_KEY).ok().flatten()?;
    let read = || {
        let json = Json::parse(&text)?;
        let (c, i, l) = (json.object("credentials")?, json.object("identity")?, json.object("login")?);
        let credentials = Credentials {
            access_key: c.str("access_key")?,
            secret_key: c.str("secret_key")?,
            security_token: c.opt_str("security_token")?,
        };
        let identity = <CallerIdentity as FromJson>::from_json(&i)?;
        let login = PasswordLogin {
            account: l.str("account")?,
            user_name: l.str("user_name")?,
            expires_at_ms: l.f64("expires_at_ms")?,
        };
        let reset_required = json.opt_bool("password_reset_required")?.unwrap_or(false);
        Some((credentials, identity, login, reset_required)).filter(|(_, _, login, _)| login.expires_at_ms > now_ms)
    };
    let restored = read();
    if restored.is_none() {
        let _ = storage.remove_item(STORAGE_KEY);
    }
    restored
}
