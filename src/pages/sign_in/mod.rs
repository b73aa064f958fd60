//! `/sign-in`: "Password" (account name, IAM user name, password → temporary keys kept
//! for this tab) or "Access keys" (kept in memory only). The sign-in itself is the
//! session's ([`Session::sign_in_with_password`]); this page words what it answers.

use leptos::prelude::*;

use crate::api::ApiError;
use crate::components::{password_sign_in_refusal, use_request, FailureNotice, PendingButton, TextField};
use crate::config::{self, SignInMethod};
use crate::i18n::{t, tr, Entry};
use crate::router::{query_param, redirect};
use crate::session::{Credentials, Session};

/// Where to go after signing in: the `next` parameter when it is a path of this app
/// (never another origin), else the start page.
pub fn return_path() -> String {
    query_param("next").filter(|p| p.starts_with('/') && !p.starts_with("//")).unwrap_or_else(|| "/".into())
}

/// A message for a field, shown once a submit was tried and the field is still empty.
fn required(attempted: RwSignal<bool>, value: RwSignal<String>, message: Entry) -> Signal<Option<String>> {
    Signal::derive(move || (attempted.get() && value.with(|v| v.trim().is_empty())).then(|| message(t()).to_owned()))
}

/// The sign-in page: the methods `config.json` offers, the first one chosen.
#[component]
pub fn SignInPage() -> impl IntoView {
    crate::perf::page_ready();
    let methods = config::get().sign_in_methods.clone();
    let method = RwSignal::new(methods[0]);
    let choice = (methods.len() > 1).then(|| {
        let option = move |value: SignInMethod, id: &'static str, label: Entry| {
            view! {
                <div class="choice">
                    <input type="radio" name="sign-in-method" id=id prop:checked=move || method.get() == value
                        on:change=move |_| method.set(value) />
                    <label for=id>{tr(label)}</label>
                </div>
            }
        };
        view! {
            <fieldset class="methods">
                <legend>{tr(|t| t.sign_in.method)}</legend>
                {option(SignInMethod::Password, "method-password", |t| t.sign_in.password_method)}
                {option(SignInMethod::AccessKeys, "method-keys", |t| t.sign_in.keys_method)}
            </fieldset>
        }
    });
    view! {
        <h1>{tr(|t| t.titles.sign_in)}</h1>
        {choice}
        {move || match method.get() {
            SignInMethod::Password => view! { <PasswordSignIn /> }.into_any(),
            SignInMethod::AccessKeys => view! { <AccessKeySignIn /> }.into_any(),
        }}
    }
}

/// Account name, IAM user name and password → token → temporary keys for this tab.
#[component]
fn PasswordSignIn() -> impl IntoView {
    let session = Session::use_context();
    let account = RwSignal::new(String::new());
    let user = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let attempted = RwSignal::new(false);
    // The account name the last attempt was for: a refusal stays at the field while it holds it.
    let sent_account = RwSignal::new(String::new());
    let sign_in = use_request(
        move |session: Session, (account_name, user_name, secret): (String, String, String)| async move {
            session.sign_in_with_password(&account_name, &user_name, &secret).await
        },
        move |signed_in| match signed_in {
            // An administrator's request for a new password comes first.
            Ok(()) if session.password_reset_required.get_untracked() => redirect("/password"),
            Ok(()) => redirect(&return_path()),
            Err(_) => {
                // Everything typed stays, but the password: it was refused or is unsafe to keep.
                password.set(String::new());
                attempted.set(false);
            }
        },
    );
    let failure = sign_in.failure;
    let account_error = {
        let empty = required(attempted, account, |t| t.sign_in.enter_account);
        let refused = move || {
            failure.with(|f| match f {
                Some(error) if account.with(|a| sent_account.with(|sent| a.trim() == sent)) => {
                    password_sign_in_refusal(error).0
                }
                _ => None,
            })
        };
        Signal::derive(move || empty.get().or_else(refused))
    };
    let user_error = required(attempted, user, |t| t.sign_in.enter_user);
    let password_error = required(attempted, password, |t| t.sign_in.enter_password);

    let submit = move || {
        attempted.set(true);
        if sign_in.pending.get_untracked() {
            return;
        }
        let (account_name, user_name, secret) = (
            account.get_untracked().trim().to_owned(),
            user.get_untracked().trim().to_owned(),
            password.get_untracked(),
        );
        if account_name.is_empty() || user_name.is_empty() || secret.is_empty() {
            return;
        }
        sent_account.set(account_name.clone());
        sign_in.run((account_name, user_name, secret));
    };
    let failure_view = move || {
        failure.get().and_then(|error| match password_sign_in_refusal(&error) {
            (Some(_), _) => None,
            (None, Some(message)) => Some(view! { <p class="notice error">{message}</p> }.into_any()),
            (None, None) => {
                Some(view! { <FailureNotice lead=|t| t.sign_in.failed error=error retry=submit /> }.into_any())
            }
        })
    };
    view! {
        <p>{tr(|t| t.sign_in.password_note)}</p>
        <form class="sign-in" novalidate on:submit=move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            submit();
        }>
            <TextField id="account-name" label=|t| t.sign_in.account autocomplete="organization" value=account error=account_error />
            <TextField id="iam-user-name" label=|t| t.sign_in.user autocomplete="username" value=user error=user_error />
            <TextField id="password" label=|t| t.sign_in.password input_type="password" autocomplete="current-password"
                value=password error=password_error />
            <SubmitRow pending=sign_in.pending failure=failure_view />
        </form>
    }
}

/// "Sign in" (or "Signing in…" while a request is out) and where a failure is said.
#[component]
fn SubmitRow<F: IntoView + 'static>(
    /// Whether the sign-in request is out.
    pending: RwSignal<bool>,
    /// The failure, when the last attempt failed.
    failure: impl Fn() -> F + Send + 'static,
) -> impl IntoView {
    view! {
        <PendingButton pending=pending label=|t| t.sign_in.submit pending_label=|t| t.sign_in.pending />
        <div role="alert">{failure}</div>
    }
}

/// Access keys typed in: verified with STS, kept in this tab's memory only.
#[component]
fn AccessKeySignIn() -> impl IntoView {
    let access_key = RwSignal::new(String::new());
    let secret_key = RwSignal::new(String::new());
    let security_token = RwSignal::new(String::new());
    let attempted = RwSignal::new(false);
    let sign_in = use_request(
        |session: Session, credentials: Credentials| async move { session.sign_in_with_keys(credentials).await },
        |signed_in| {
            if signed_in.is_ok() {
                redirect(&return_path());
            }
        },
    );
    let failure = sign_in.failure;
    let access_error = required(attempted, access_key, |t| t.sign_in.enter_access_key);
    let secret_error = required(attempted, secret_key, |t| t.sign_in.enter_secret_key);

    let submit = move || {
        attempted.set(true);
        if sign_in.pending.get_untracked()
            || access_error.get_untracked().is_some()
            || secret_error.get_untracked().is_some()
        {
            return;
        }
        let token = security_token.get_untracked().trim().to_owned();
        let credentials = Credentials {
            access_key: access_key.get_untracked().trim().to_owned(),
            secret_key: secret_key.get_untracked().trim().to_owned(),
            security_token: (!token.is_empty()).then_some(token),
        };
        sign_in.run(credentials);
    };
    let failure_view = move || {
        failure.get().map(|error| {
            let lead: Entry = if matches!(error, ApiError::Api { status: 401, .. }) {
                |t| t.sign_in.keys_refused
            } else {
                |t| t.sign_in.failed
            };
            view! { <FailureNotice lead=lead error=error retry=submit /> }
        })
    };

    view! {
        <p>{tr(|t| t.sign_in.keys_note)}</p>
        <form class="sign-in" on:submit=move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            submit();
        } novalidate>
            <TextField id="access-key" label=|t| t.sign_in.access_key value=access_key error=access_error />
            <TextField id="secret-key" label=|t| t.sign_in.secret_key input_type="password" value=secret_key error=secret_error />
            <TextField id="security-token" label=|t| t.sign_in.security_token input_type="password" value=security_token />
            <SubmitRow pending=sign_in.pending failure=failure_view />
        </form>
    }
}
