//! "Several at once": "Select all on this page", how many are chosen, and "Enable" /
//! "Disable" for them after one confirmation that names how many. Users are changed one
//! after the other with `PUT /v5/users/{user_id}`; each user's outcome is listed (done, or
//! not changed with the reason and request id), and the rows follow what was done.

use iam_v5::{UpdateUserRequest, User};
use leptos::prelude::*;

use super::selection::{all_selected, select_all, to_change};
use crate::api::ApiError;
use crate::components::{use_action, Dialog};
use crate::i18n::errors::describe;
use crate::i18n::{tr, tr_around, users_words as words};

/// One user's outcome: their name, and the refusal when not changed.
type Outcome = (String, Option<ApiError>);

/// The toolbar above the table, and the outcomes below it.
#[component]
pub fn BulkActions(
    /// Every user loaded (rows follow what is done).
    users: RwSignal<Vec<User>>,
    /// The users shown now ("this page").
    shown: Memo<Vec<User>>,
    /// The chosen users' ids.
    selected: RwSignal<Vec<String>>,
    /// The caller's user id (never chosen).
    me: Signal<String>,
) -> impl IntoView {
    let asking = RwSignal::new(None::<bool>);
    let open = RwSignal::new(false);
    let progress = RwSignal::new(None::<(bool, usize, usize)>);
    let outcomes = RwSignal::new(None::<(bool, Vec<Outcome>)>);
    Effect::new(move |_| {
        if !open.get() {
            asking.set(None);
        }
    });
    let count = move |enable: bool| {
        users.with(|all| selected.with(|chosen| me.with(|me| to_change(all, chosen, me, enable).len())))
    };
    let ask = move |enable: bool| {
        asking.set(Some(enable));
        open.set(true);
    };
    // One user after the other; each outcome is kept, so the change itself never fails.
    let change = use_action(
        move |client, credentials, (enable, targets): (bool, Vec<User>)| async move {
            let body = UpdateUserRequest { enabled: Some(enable), ..Default::default() };
            let mut done = Vec::new();
            for (index, user) in targets.iter().enumerate() {
                progress.set(Some((enable, index, targets.len())));
                match client.update_user(&credentials, &user.user_id, &body).await {
                    Ok(saved) => {
                        users.update(|all| {
                            if let Some(row) = all.iter_mut().find(|u| u.user_id == saved.user_id) {
                                row.enabled = saved.enabled;
                            }
                        });
                        done.push((user.user_name.clone(), None));
                    }
                    Err(error) => done.push((user.user_name.clone(), Some(error))),
                }
            }
            Ok::<_, ApiError>((enable, done))
        },
        move |finished| {
            progress.set(None);
            open.set(false);
            selected.set(Vec::new());
            outcomes.set(Some(finished));
        },
    );
    let run = move || {
        let Some(enable) = asking.get_untracked() else { return };
        if change.pending.get_untracked() {
            return;
        }
        let targets: Vec<User> = users.with_untracked(|all| {
            selected.with_untracked(|chosen| {
                me.with_untracked(|me| to_change(all, chosen, me, enable).into_iter().cloned().collect())
            })
        });
        outcomes.set(None);
        change.run((enable, targets));
    };

    let all_on = move || shown.with(|s| selected.with(|chosen| me.with(|me| all_selected(s, chosen, me))));
    let toggle_all = move |event: leptos::ev::Event| {
        let on = event_target_checked(&event);
        let next = shown.with_untracked(|s| {
            selected.with_untracked(|chosen| me.with_untracked(|me| select_all(s, chosen, me, on)))
        });
        selected.set(next);
    };
    let actions = move || {
        selected.with(|s| !s.is_empty()).then(|| {
            view! {
                <button type="button" class="secondary" on:click=move |_| ask(true)>{tr(|_| words().enable)}</button>
                <button type="button" class="secondary" on:click=move |_| ask(false)>{tr(|_| words().disable)}</button>
            }
        })
    };
    let outcome_list = move || {
        outcomes.get().map(|(enable, list)| {
            let ((id_before, id_after), items) = (tr_around(|t| t.shared.request_id), list);
            let items = items
                .into_iter()
                .map(|(name, refusal)| match refusal {
                    None => view! { <li>{move || (words().bulk_done)(enable, &name)}</li> }.into_any(),
                    Some(error) => {
                        let request = match &error {
                            ApiError::Api { body, .. } => body.request_id.clone(),
                            _ => None,
                        };
                        let (before, after) = (id_before, id_after);
                        view! {
                            <li class="refused">
                                {move || (words().bulk_refused)(&name, &describe(&error))}
                                {request.map(|id| view! { " " {before} <code>{id}</code> {after} })}
                            </li>
                        }
                        .into_any()
                    }
                })
                .collect_view();
            view! {
                <section class="bulk-outcomes" aria-labelledby="bulk-outcomes-title">
                    <h2 id="bulk-outcomes-title">{tr(|_| words().results_title)}</h2>
                    <ul>{items}</ul>
                </section>
            }
        })
    };
    let said = move || {
        progress
            .get()
            .map(|(enable, done, of)| (words().bulk_progress)(enable, done, of))
            .or_else(|| selected.with(|s| (!s.is_empty()).then(|| (words().selected_count)(s.len()))))
    };
    let confirm_label =
        move || asking.get().map(|enable| (words().bulk_confirm)(enable, count(enable))).unwrap_or_default();
    view! {
        <div class="bulk">
            <div class="checkbox">
                <input id="select-all" type="checkbox" prop:checked=all_on on:change=toggle_all />
                <label for="select-all">{tr(|_| words().select_all)}</label>
            </div>
            <p role="status">{said}</p>
            {actions}
        </div>
        <div role="status">{outcome_list}</div>
        <Dialog id="bulk-confirm" title_text=Signal::derive(move || (words().bulk_title)(asking.get().unwrap_or(false))) open=open close_label=|_| words().cancel close_first=true>
            <p>{move || asking.get().map(|enable| (words().bulk_question)(enable, count(enable)))}</p>
            <ConfirmButton pending=change.pending label=Signal::derive(confirm_label) on_press=run />
        </Dialog>
    }
}

/// The dialog's confirming button, named by how many it changes.
#[component]
fn ConfirmButton(
    pending: RwSignal<bool>,
    label: Signal<String>,
    #[prop(into)] on_press: Callback<()>,
) -> impl IntoView {
    view! {
        <button type="button" class="danger" aria-disabled=move || pending.get().then_some("true")
            on:click=move |_| on_press.run(())>{label}</button>
    }
}
