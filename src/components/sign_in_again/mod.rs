//! "Sign in again": shortly before temporary keys expire, or when the server refused them,
//! the password renews them in a dialog over the page; the page under it stays as it is
//! and requests that waited are sent again. Closing it ("Not now", Esc) lets them fail.
//!
//! ```no_run
//! use leptos::prelude::*;
//! use iam_console::components::SignInAgainDialog;
//! use iam_console::session::{Reauth, Session};
//! # #[component] fn Demo() -> impl IntoView {
//! let session = Session::use_context();
//! move || session.reauth.get().map(|why| view! { <SignInAgainDialog why=why /> })
//! # }
//! ```

use iam_v5::ErrorKind;
use leptos::prelude::*;

use super::{use_request, Dialog, PendingButton, TextField};
use crate::api::ApiError;
use crate::i18n::errors::describe;
use crate::i18n::{t, tr};
use crate::session::{Reauth, Session};

super::on_demand::on_demand!(
    /// The dialog, for why [`Session::reauth`] asks; its code arrives when it first opens.
    SIGN_IN_AGAIN = sign_in_again_dialog => |_none| {
        let why = Session::use_context().reauth.get_untracked().unwrap_or(Reauth::Expired);
        view! { <SignInAgainDialog why=why /> }.into_any()
    }
);

/// The dialog, open while it is mounted.
#[component]
pub fn SignInAgainDialog(
    /// Why the dialog opened.
    why: Reauth,
) -> impl IntoView {
    let session = Session::use_context();
    let open = RwSignal::new(true);
    let password = RwSignal::new(String::new());
    let renew = use_request(
        |session: Session, secret: String| async move { session.renew_with_password(&secret).await },
        move |_| password.set(String::new()),
    );
    let (pending, failure) = (renew.pending, renew.failure);
    Effect::new(move |_| {
        if !open.get() {
            session.decline_reauth();
        }
    });
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let secret = password.get_untracked();
        if pending.get_untracked() || secret.is_empty() {
            return;
        }
        renew.run(secret);
    };
    let (user, account) = session.login.get_untracked().map(|l| (l.user_name, l.account)).unwrap_or_default();
    let failure_view = move || {
        failure.get().map(|error| {
            let message = password_sign_in_refusal(&error).1.unwrap_or_else(|| describe(&error));
            view! { <p class="field-error">{message}</p> }
        })
    };
    view! {
        <Dialog id="sign-in-again" title=|t| t.sign_in.again_title open=open close_label=|t| t.sign_in.not_now>
            <p>{tr(if why == Reauth::ExpiringSoon { |t| t.sign_in.expiring } else { |t| t.sign_in.expired })}</p>
            <p>{move || (t().sign_in.again_as)(&user, &account)}</p>
            <form class="sign-in-again" novalidate on:submit=submit>
                <TextField id="reauth-password" label=|t| t.sign_in.password input_type="password"
                    autocomplete="current-password" value=password />
                <div role="alert">{failure_view}</div>
                <PendingButton pending=pending label=|t| t.sign_in.submit pending_label=|t| t.sign_in.pending />
            </form>
        </Dialog>
    }
}

/// Where a refused password sign-in is said: a message for the account field, or for the
/// form; neither for failures said by the failure notice.
pub fn password_sign_in_refusal(error: &ApiError) -> (Option<String>, Option<String>) {
    let text = &t().sign_in;
    match error {
        ApiError::Api { kind: ErrorKind::UnknownAccount, .. } => (Some(text.unknown_account.into()), None),
        ApiError::Api { kind: ErrorKind::Unauthenticated, .. } => (None, Some(text.wrong_password.into())),
        ApiError::Api { kind: ErrorKind::Disabled, .. } => (None, Some(text.disabled.into())),
        ApiError::Api { kind: ErrorKind::Locked, retry_after: Some(seconds), .. } => {
            (None, Some(crate::locale::locked_until(*seconds)))
        }
        _ => (None, None),
    }
}
