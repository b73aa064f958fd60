//! Who is signed in, shared through context.
//!
//! - Access keys someone typed stay in memory only: a reload asks for them again.
//! - Temporary keys from a password sign-in are kept for this tab (`sessionStorage`, never
//!   `localStorage`, cookies or the URL) until they expire or the person signs out, so a
//!   reload or a link opened in the same tab stays signed in.
//! - Shortly before temporary keys expire, and whenever the server refuses them, the app
//!   asks for the password again in a dialog ([`Session::reauth`]) without leaving the page;
//!   requests waiting on that get the fresh keys (the session builds the [`Client`] with
//!   that one hook).
//! - Signing in happens here, once: with a password ([`Session::sign_in_with_password`],
//!   and [`Session::renew_with_password`] for the dialog) or with access keys.
//! - A password sign-in reads the user's own login profile: when an administrator asks for
//!   a new password, [`Session::password_reset_required`] says so until it is changed
//!   (without permission to read it, nothing is asked).
//!
//! ```no_run
//! use iam_console::session::Session;
//! let session = Session::use_context();
//! let signed_in = session.is_signed_in();
//! ```

mod stored;

use futures::channel::oneshot;
use iam_v5::CallerIdentity;
use leptos::prelude::*;

use crate::api::{ApiResult, Client, Reauthenticate, Settings};
pub use crate::credentials::Credentials;
use stored::Stored;

/// Ask to sign in again this long before temporary keys expire (at most a fifth of their life).
const REAUTH_LEAD_MS: f64 = 120_000.0;

/// A password sign-in: who, and when its temporary keys expire.
#[derive(Debug, Clone, PartialEq)]
pub struct PasswordLogin {
    /// Account (domain) name.
    pub account: String,
    /// IAM user name.
    pub user_name: String,
    /// When the temporary keys expire, in ms since the epoch (browser clock).
    pub expires_at_ms: f64,
}

/// Why the sign-in-again dialog is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reauth {
    /// The keys expire soon.
    ExpiringSoon,
    /// The keys have expired, or the server refused them.
    Expired,
}

/// What a page that sent the person elsewhere asks the next one to say on arrival.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arrival {
    /// `/users` after a user was deleted: their name.
    UserDeleted(String),
}

/// The signed-in person, if any.
#[derive(Clone, Copy)]
pub struct Session {
    /// Keys used to sign requests.
    pub credentials: RwSignal<Option<Credentials>>,
    /// Who STS says the keys belong to.
    pub identity: RwSignal<Option<CallerIdentity>>,
    /// Set for a password sign-in (temporary keys); None for typed access keys.
    pub login: RwSignal<Option<PasswordLogin>>,
    /// The sign-in-again dialog, when it is open.
    pub reauth: RwSignal<Option<Reauth>>,
    /// Whether the keys are past their expiry and no new ones came yet.
    pub expired: RwSignal<bool>,
    /// An administrator asks this user for a new password (their login profile said so at
    /// sign-in); false again once they change it ([`Session::password_changed`]).
    pub password_reset_required: RwSignal<bool>,
    /// Said once by the page navigated to, which then clears it.
    pub arrival: RwSignal<Option<Arrival>>,
    /// Requests waiting for the person to sign in again.
    waiting: StoredValue<Vec<oneshot::Sender<Option<Credentials>>>, LocalStorage>,
    /// The client that signs with this session's keys.
    pub client: Client,
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

impl Session {
    /// The session, restored from this tab's storage when a password sign-in is still
    /// valid, provided to everything below the caller.
    pub fn provide() -> Self {
        let reauth = RwSignal::new(None);
        let login = RwSignal::new(None::<PasswordLogin>);
        let waiting = StoredValue::new_local(Vec::new());
        let expired = RwSignal::new(false);
        let reauthenticate: Reauthenticate = std::rc::Rc::new(move || {
            let (sender, receiver) = oneshot::channel();
            if login.with_untracked(Option::is_some) {
                waiting.update_value(|waiting| waiting.push(sender));
                // The server says the keys expired (its clock may run ahead of the timer's):
                // the header says so too, until the person signs in again.
                expired.set(true);
                reauth.set(Some(Reauth::Expired));
            } else {
                let _ = sender.send(None);
            }
            Box::pin(async move { receiver.await.ok().flatten() })
        });
        let session = Session {
            credentials: RwSignal::new(None),
            identity: RwSignal::new(None),
            login,
            reauth,
            expired,
            password_reset_required: RwSignal::new(false),
            arrival: RwSignal::new(None),
            waiting,
            client: Client::provide(Settings {
                iam_host: crate::config::get().iam_host.clone(),
                sts_host: crate::config::get().sts_host.clone(),
                language: || crate::i18n::lang_untracked().header(),
                reauthenticate,
            }),
        };
        provide_context(session);
        if let Some((credentials, identity, login, reset_required)) = stored::restore(now_ms()) {
            session.password_reset_required.set(reset_required);
            session.start(credentials, identity, Some(login));
        }
        session.watch_expiry();
        session
    }

    /// The one password sign-in: password → temporary keys → who they belong to; the
    /// session starts, kept for this tab.
    pub async fn sign_in_with_password(&self, account: &str, user_name: &str, password: &str) -> ApiResult<()> {
        let (credentials, login) = self.temporary_keys(account, user_name, password).await?;
        let identity = self.client.caller_identity(&credentials).await?;
        let profile = self.client.login_profile(&credentials, &identity.principal_id).await;
        self.password_reset_required.set(profile.is_ok_and(|profile| profile.password_reset_required));
        self.start(credentials, identity, Some(login));
        Ok(())
    }

    /// Access keys someone typed: verified with STS, kept in memory only.
    pub async fn sign_in_with_keys(&self, credentials: Credentials) -> ApiResult<()> {
        let identity = self.client.caller_identity(&credentials).await?;
        self.password_reset_required.set(false);
        self.start(credentials, identity, None);
        Ok(())
    }

    /// The sign-in-again dialog's password: fresh keys for the same login; requests that
    /// waited for them are sent again.
    pub async fn renew_with_password(&self, password: &str) -> ApiResult<()> {
        let Some(login) = self.login.get_untracked() else { return Ok(()) };
        let (credentials, login) = self.temporary_keys(&login.account, &login.user_name, password).await?;
        self.renew(credentials, login);
        Ok(())
    }

    async fn temporary_keys(
        &self,
        account: &str,
        user: &str,
        password: &str,
    ) -> ApiResult<(Credentials, PasswordLogin)> {
        let duration = crate::config::get().temporary_key_seconds;
        let keys = self.client.temporary_keys(account, user, password, duration).await?;
        let expires_at_ms = self.client.browser_time_ms(&keys.expires_at);
        let login = PasswordLogin { account: account.to_owned(), user_name: user.to_owned(), expires_at_ms };
        Ok((keys.credentials, login))
    }

    /// The session from context.
    pub fn use_context() -> Self {
        expect_context::<Session>()
    }

    /// Whether keys are present and verified.
    pub fn is_signed_in(&self) -> bool {
        self.identity.with(Option::is_some)
    }

    /// Starts a session; a password sign-in (`login`) is kept for this tab.
    pub fn start(&self, credentials: Credentials, identity: CallerIdentity, login: Option<PasswordLogin>) {
        self.keep(&credentials, &identity, login.as_ref());
        self.expired.set(false);
        self.credentials.set(Some(credentials));
        self.identity.set(Some(identity));
        self.login.set(login);
    }

    /// Keeps a password sign-in for this tab (nothing for typed access keys).
    fn keep(&self, credentials: &Credentials, identity: &CallerIdentity, login: Option<&PasswordLogin>) {
        if let Some(login) = login {
            stored::keep(&Stored {
                credentials,
                identity,
                login,
                password_reset_required: self.password_reset_required.get_untracked(),
            });
        }
    }

    /// Fresh keys: the session goes on, and requests that waited for them are sent again.
    fn renew(&self, credentials: Credentials, login: PasswordLogin) {
        if let Some(identity) = self.identity.get_untracked() {
            self.start(credentials.clone(), identity, Some(login));
        }
        self.reauth.set(None);
        self.release_waiting(Some(credentials));
    }

    /// The person set a new password: nothing is asked of them any more, here or after a
    /// reload of this tab.
    pub fn password_changed(&self) {
        if !self.password_reset_required.get_untracked() {
            return;
        }
        self.password_reset_required.set(false);
        if let (Some(credentials), Some(identity)) = (self.credentials.get_untracked(), self.identity.get_untracked()) {
            self.keep(&credentials, &identity, self.login.get_untracked().as_ref());
        }
    }

    /// The person closed the sign-in-again dialog: waiting requests fail as refused.
    pub fn decline_reauth(&self) {
        self.reauth.set(None);
        self.release_waiting(None);
    }

    fn release_waiting(&self, credentials: Option<Credentials>) {
        for waiting in self.waiting.try_update_value(std::mem::take).unwrap_or_default() {
            let _ = waiting.send(credentials.clone());
        }
    }

    /// Forgets every secret: memory and this tab's storage.
    pub fn sign_out(&self) {
        stored::forget();
        self.decline_reauth();
        self.client.forget();
        self.credentials.set(None);
        self.identity.set(None);
        self.login.set(None);
        self.expired.set(false);
        self.password_reset_required.set(false);
    }

    /// Asks to sign in again shortly before temporary keys expire, and marks them expired
    /// when they do.
    fn watch_expiry(self) {
        let timers = StoredValue::new_local(Vec::<TimeoutHandle>::new());
        Effect::new(move |_| {
            timers.update_value(|timers| timers.drain(..).for_each(|timer| timer.clear()));
            let Some(expires_at) = self.login.with(|l| l.as_ref().map(|l| l.expires_at_ms)) else { return };
            let left = expires_at - now_ms();
            let lead = REAUTH_LEAD_MS.min(left / 5.0);
            let soon = set_timeout_with_handle(
                move || {
                    if self.reauth.get_untracked().is_none() {
                        self.reauth.set(Some(Reauth::ExpiringSoon));
                    }
                },
                std::time::Duration::from_millis((left - lead).max(0.0) as u64),
            );
            let over = set_timeout_with_handle(
                move || self.expired.set(true),
                std::time::Duration::from_millis(left.max(0.0) as u64),
            );
            timers.update_value(|timers| timers.extend(soon.ok().into_iter().chain(over.ok())));
        });
    }
}
