//! `/sign-in`: "Password" (account name, IAM user name, password → temporary keys kept
//! for this tab) or "Access keys" (kept in memory only). Also [`RequireSignIn`], which
//! sends signed-out people here and back, and [`SignInAgainDialog`], which renews
//! temporary keys without leaving the page.

use iam_v5::ErrorKind;
use leptos::prelude::*;

use crate::api::{self, ApiError};
use crate::components::{Dialog, FailureNotice, TextField};
use crate::config::{self, SignInMethod};
use crate::i18n::{page_title, t, tr, Words};
use crate::locale;
use crate::router::{query_param, redirect};
use crate::session::{Credentials, PasswordLogin, Reauth, Session};

/// Where to go after signing in: the `next` parameter when it is a path of this app
/// (never another origin), else the start page.
pub fn return_path() -> String {
    query_param("next").filter(|p| p.starts_with('/') && !p.starts_with("//")).unwrap_or_else(|| "/".into())
}

/// Sends a signed-out person to `/sign-in?next=<here>`; shows `children` once signed in.
#[component]
pub fn RequireSignIn(
    /// The page that needs a signed-in user.
    children: ChildrenFn,
) -> impl IntoView {
    let session = Session::use_context();
    // Only signing in or out re-renders the page: renewed keys (the sign-in-again dialog)
    // must keep the page and everything typed into it.
    let signed_in = Memo::new(move |_| session.is_signed_in());
    move || {
        if signed_in.get() {
            Some(children())
        } else {
            let here = window().location().pathname().unwrap_or_default();
            redirect(&format!("/sign-in?next={}", iam_v5::signer::percent_encode(&here)));
            None
        }
    }
}

/// A message for a field, shown once a submit was tried and the field is still empty.
fn required(attempted: RwSignal<bool>, value: RwSignal<String>, message: Words) -> Signal<Option<String>> {
    Signal::derive(move || (attempted.get() && value.with(|v| v.trim().is_empty())).then(|| message(t()).to_owned()))
}

/// The sign-in page: the methods `config.json` offers, the first one chosen.
#[component]
pub fn SignInPage() -> impl IntoView {
    crate::perf::page_ready();
    page_title(|t| t.sign_in.title);
    let methods = config::get().sign_in_methods.clone();
    let method = RwSignal::new(methods[0]);
    let choice = (methods.len() > 1).then(|| {
        let option = move |value: SignInMethod, id: &'static str, label: Words| {
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
        <h1>{tr(|t| t.sign_in.title)}</h1>
        {choice}
        {move || match method.get() {
            SignInMethod::Password => view! { <PasswordSignIn /> }.into_any(),
            SignInMethod::AccessKeys => view! { <AccessKeySignIn /> }.into_any(),
        }}
    }
}

/// The answer to a refused password sign-in, in the language in force: a message for the
/// account field, or for the form.
fn password_refusal(error: &ApiError) -> (Option<String>, Option<String>) {
    let text = &t().sign_in;
    match error {
        ApiError::Api { kind: ErrorKind::UnknownAccount, .. } => (Some(text.unknown_account.into()), None),
        ApiError::Api { kind: ErrorKind::Unauthenticated, .. } => (None, Some(text.wrong_password.into())),
        ApiError::Api { kind: ErrorKind::Disabled, .. } => (None, Some(text.disabled.into())),
        ApiError::Api { kind: ErrorKind::Locked, retry_after: Some(seconds), .. } => {
            (None, Some(locale::locked_until(*seconds)))
        }
        _ => (None, None),
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
    let pending = RwSignal::new(false);
    // The refusal, and the account name it was for.
    let failure = RwSignal::new(None::<(ApiError, String)>);
    let account_error = {
        let empty = required(attempted, account, |t| t.sign_in.enter_account);
        let refused = move || {
            failure.with(|f| match f {
                Some((error, sent)) if account.with(|a| a.trim() == sent) => password_refusal(error).0,
                _ => None,
            })
        };
        Signal::derive(move || empty.get().or_else(refused))
    };
    let user_error = required(attempted, user, |t| t.sign_in.enter_user);
    let password_error = required(attempted, password, |t| t.sign_in.enter_password);

    let submit = move || {
        attempted.set(true);
        if pending.get_untracked() {
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
        pending.set(true);
        failure.set(None);
        leptos::task::spawn_local_scoped(async move {
            let duration = config::get().temporary_key_seconds;
            let signed_in = match api::sign_in_with_password(&account_name, &user_name, &secret, duration).await {
                Ok((credentials, expires_at)) => api::caller_identity(&credentials)
                    .await
                    .map(|identity| (credentials, identity, api::local_time_ms(&expires_at))),
                Err(error) => Err(error),
            };
            pending.set(false);
            match signed_in {
                Ok((credentials, identity, expires_at_ms)) => {
                    let login = PasswordLogin { account: account_name, user_name, expires_at_ms };
                    session.start(credentials, identity, Some(login));
                    redirect(&return_path());
                }
                Err(error) => {
                    // Everything typed stays, but the password: it was refused or is unsafe to keep.
                    password.set(String::new());
                    attempted.set(false);
                    failure.set(Some((error, account_name)));
                }
            }
        });
    };
    let failure_view = move || {
        failure.get().and_then(|(error, _)| match password_refusal(&error) {
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
            <SubmitRow pending=pending failure=failure_view />
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
        <button type="submit" aria-disabled=move || pending.get().then_some("true")>
            {move || if pending.get() { t().sign_in.pending } else { t().sign_in.submit }}
        </button>
        <div role="alert">{failure}</div>
    }
}

/// Access keys typed in: verified with STS, kept in this tab's memory only.
#[component]
fn AccessKeySignIn() -> impl IntoView {
    let session = Session::use_context();
    let access_key = RwSignal::new(String::new());
    let secret_key = RwSignal::new(String::new());
    let security_token = RwSignal::new(String::new());
    let attempted = RwSignal::new(false);
    // Plain signals and one spawned future: cheaper in wasm than an Action plus an Effect.
    let pending = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let access_error = required(attempted, access_key, |t| t.sign_in.enter_access_key);
    let secret_error = required(attempted, secret_key, |t| t.sign_in.enter_secret_key);

    let submit = move || {
        attempted.set(true);
        if pending.get_untracked() || access_error.get_untracked().is_some() || secret_error.get_untracked().is_some() {
            return;
        }
        let token = security_token.get_untracked().trim().to_owned();
        let credentials = Credentials {
            access_key: access_key.get_untracked().trim().to_owned(),
            secret_key: secret_key.get_untracked().trim().to_owned(),
            security_token: (!token.is_empty()).then_some(token),
        };
        pending.set(true);
        failure.set(None);
        leptos::task::spawn_local_scoped(async move {
            let result = api::caller_identity(&credentials).await;
            pending.set(false);
            match result {
                Ok(identity) => {
                    session.start(credentials, identity, None);
                    redirect(&return_path());
                }
                Err(error) => failure.set(Some(error)),
            }
        });
    };
    let failure_view = move || {
        failure.get().map(|error| {
            let lead: Words = if matches!(error, ApiError::Api { status: 401, .. }) {
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
            <SubmitRow pending=pending failure=failure_view />
        </form>
    }
}

/// "Sign in again": shortly before temporary keys expire, or when the server refused
/// them, the password renews them in a dialog; the page under it stays as it is and
/// requests that waited are sent again. Closing it ("Not now", Esc) lets them fail.
#[component]
pub fn SignInAgainDialog(
    /// Why the dialog opened.
    why: Reauth,
) -> impl IntoView {
    let session = Session::use_context();
    let open = RwSignal::new(true);
    let password = RwSignal::new(String::new());
    let pending = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let login = session.login.get_untracked();
    Effect::new(move |_| {
        if !open.get() {
            session.decline_reauth();
        }
    });
    let submit = {
        let login = login.clone();
        move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            let (Some(login), secret) = (login.clone(), password.get_untracked()) else { return };
            if pending.get_untracked() || secret.is_empty() {
                return;
            }
            pending.set(true);
            failure.set(None);
            leptos::task::spawn_local_scoped(async move {
                let duration = config::get().temporary_key_seconds;
                let result = api::sign_in_with_password(&login.account, &login.user_name, &secret, duration).await;
                pending.set(false);
                password.set(String::new());
                match result {
                    Ok((credentials, expires_at)) => {
                        let login = PasswordLogin { expires_at_ms: api::local_time_ms(&expires_at), ..login };
                        session.renew(credentials, login);
                    }
                    Err(error) => failure.set(Some(error)),
                }
            });
        }
    };
    let (user, account) = login.map(|l| (l.user_name, l.account)).unwrap_or_default();
    let failure_view = move || {
        failure.get().map(|error| {
            let message = password_refusal(&error).1.unwrap_or_else(|| error.describe());
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
                <button type="submit" aria-disabled=move || pending.get().then_some("true")>
                    {move || if pending.get() { t().sign_in.pending } else { t().sign_in.submit }}
                </button>
            </form>
        </Dialog>
    }
}
