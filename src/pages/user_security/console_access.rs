//! "Console access": whether the user has a console password, when it expires and whether
//! a new one is asked for at the next sign-in; "Reset password" (or "Give console access"
//! without one) and "Remove console access", confirmed.

use iam_v5::LoginProfile;
use leptos::prelude::*;

use super::reset_password::ResetPasswordDialog;
use crate::api::ApiError;
use crate::components::{use_action, use_load, Dialog, FailureNotice, Heading, Loaded, PendingButton};
use crate::i18n::{security_words as words, tr, Entry};
use crate::locale;

/// The part: loads the login profile (404: no console password); `read_only` shows it
/// without the buttons that change it.
#[component]
pub fn ConsoleAccess(user_id: String, user_name: Signal<String>, read_only: bool) -> impl IntoView {
    let user_id = StoredValue::new(user_id);
    // Ok(None): no console password.
    let profile = use_load(move |client, credentials| async move {
        match client.login_profile(&credentials, &user_id.get_value()).await {
            Ok(found) => Ok(Some(found)),
            Err(ApiError::Api { status: 404, .. }) => Ok(None),
            Err(error) => Err(error),
        }
    });
    // What the last change did, said in the status region.
    let done = RwSignal::new(None::<Entry>);
    let reset_open = RwSignal::new(false);
    let remove_open = RwSignal::new(false);
    let remove = use_action(
        move |client, credentials, ()| async move {
            let removed = client.remove_console_access(&credentials, &user_id.get_value()).await;
            remove_open.set(false);
            removed
        },
        move |()| {
            profile.state.set(Some(Ok(None)));
            done.set(Some(|_| words().access_removed));
        },
    );
    let saved = Callback::new(move |(saved, given): (LoginProfile, bool)| {
        profile.state.set(Some(Ok(Some(saved))));
        let said: Entry = if given { |_| words().access_given } else { |_| words().password_reset };
        done.set(Some(said));
    });
    let open_reset = move |_| {
        done.set(None);
        reset_open.set(true);
    };

    let body = move |found: Option<LoginProfile>| {
        match found {
        None => view! {
            <dl class="details">
                <dt>{tr(|_| words().console_password)}</dt>
                <dd>{tr(|_| words().no_console_password)}</dd>
            </dl>
            {(!read_only).then(|| view! {
                <p><button type="button" class="secondary" on:click=open_reset>{tr(|_| words().give_access)}</button></p>
            })}
        }
        .into_any(),
        Some(found) => {
            let expires = found.password_expires_at.clone();
            let expires = move || {
                expires.as_deref().map_or_else(|| words().never_expires.to_owned(), locale::date_time)
            };
            let asked: Entry = if found.password_reset_required { |_| words().yes } else { |_| words().no };
            view! {
                <dl class="details">
                    <dt>{tr(|_| words().console_password)}</dt>
                    <dd>{tr(|_| words().has_password)}</dd>
                    <dt>{tr(|_| words().password_expires)}</dt>
                    <dd>{expires}</dd>
                    <dt>{tr(|_| words().reset_required)}</dt>
                    <dd>{tr(asked)}</dd>
                </dl>
                {(!read_only).then(|| view! {
                    <p>
                        <button type="button" class="secondary" on:click=open_reset>{tr(|_| words().reset_password)}</button>
                        " "
                        <button type="button" class="secondary" on:click=move |_| remove_open.set(true)>
                            {tr(|_| words().remove_access)}
                        </button>
                    </p>
                })}
            }
            .into_any()
        }
    }
    };
    let has_profile = move || matches!(profile.state.get_untracked(), Some(Ok(Some(_))));
    // The form holds passwords: drawn only while its dialog is open, so none outlives it.
    let reset_dialog = move || {
        reset_open.get().then(|| {
            view! {
                <ResetPasswordDialog user_id=user_id.get_value() user_name=user_name has_profile=has_profile()
                    closed=reset_open on_saved=saved />
            }
        })
    };
    view! {
        <Heading level=3 text=|_| words().console_title />
        <div role="status">{move || done.get().map(|said| view! { <p class="notice success">{tr(said)}</p> })}</div>
        <div role="alert">
            {move || remove.failure.get().map(|error| view! {
                <FailureNotice lead=|_| words().access_not_removed error=error retry=move || remove.run(()) />
            })}
        </div>
        <Loaded load=profile loading=|_| words().console_loading failed=|_| words().console_not_loaded ready=body />
        {reset_dialog}
        {(!read_only).then(|| view! {
            <Dialog id="remove-console-access" title=|_| words().remove_access open=remove_open
                close_label=|_| words().cancel close_first=true>
                <p>{move || (words().remove_access_question)(&user_name.get())}</p>
                <PendingButton pending=remove.pending label=|_| words().remove_access
                    pending_label=|_| words().removing class="danger" on_press=move || remove.run(()) />
            </Dialog>
        })}
    }
}
