//! "Tags": the user's `key = value` pairs, edited in place (add, change, remove; at most
//! 20) and saved together with "Save tags". The contract's rules are checked before
//! sending, each message under its field; a refusal the server gives for one tag lands on
//! that tag. Leaving with unsaved tags asks first.

use iam_v5::tags::{TagProblem, TAGS_MAX};
use iam_v5::{ErrorKind, Tag};
use leptos::prelude::*;

use super::tags_model::{problem_fields, refused_field, TagChanges, TagField};
use crate::api::ApiError;
use crate::components::{focus_id_after_render, use_action_then, ActionFailure, Heading, PendingButton, TextField};
use crate::i18n::{lifecycle_words as words, tr, Entry};
use crate::router::guard_leaving;

/// One row of the form; `number` names its fields and stays with it while rows come and go.
#[derive(Clone, Copy)]
struct Row {
    number: u32,
    key: RwSignal<String>,
    value: RwSignal<String>,
}

fn field_id(row: &Row, key: bool) -> String {
    format!("tag-{}-{}", if key { "key" } else { "value" }, row.number)
}

/// The part: the tags as the user's page loaded them; `on_saved` gets them once saved.
#[component]
pub fn UserTags(user_id: String, initial: Vec<Tag>, on_saved: Callback<Vec<Tag>>) -> impl IntoView {
    let user_id = StoredValue::new(user_id);
    let saved = RwSignal::new(initial.clone());
    let next = StoredValue::new(0u32);
    let new_row = move |tag: Tag| {
        let number = next.get_value();
        next.set_value(number + 1);
        Row { number, key: RwSignal::new(tag.tag_key), value: RwSignal::new(tag.tag_value) }
    };
    let rows = RwSignal::new(initial.into_iter().map(new_row).collect::<Vec<_>>());
    let edited = Memo::new(move |_| {
        rows.with(|rows| {
            rows.iter().map(|r| Tag { tag_key: r.key.get(), tag_value: r.value.get() }).collect::<Vec<_>>()
        })
    });
    let attempted = RwSignal::new(false);
    let done = RwSignal::new(None::<Entry>);
    // What the last attempt sent: the changes, and the tags they were for.
    let sent = RwSignal::new(None::<(TagChanges, Vec<Tag>)>);
    let first_problem_slot = StoredValue::new_local(None::<Box<dyn Fn() -> Option<String>>>);
    let save_tags = use_action_then(
        move |client, credentials, (changes, tags): (TagChanges, Vec<Tag>)| async move {
            let id = user_id.get_value();
            let mut result = Ok(());
            if !changes.removed.is_empty() {
                result = client.remove_tags(&credentials, &id, changes.removed.clone()).await;
            }
            if result.is_ok() && !changes.put.is_empty() {
                result = client.put_tags(&credentials, &id, changes.put.clone()).await;
            }
            if result.is_err() {
                // Part may have been saved: what the server has now is what is saved.
                if let Ok(now) = client.tags(&credentials, &id).await {
                    saved.set(now);
                }
            }
            result.map(|()| tags)
        },
        move |outcome| match outcome {
            Ok(tags) => {
                attempted.set(false);
                saved.set(tags.clone());
                on_saved.run(tags);
                done.set(Some(|_| words().tags_saved));
            }
            Err(_) => {
                if let Some(id) = first_problem_slot.with_value(|find| find.as_ref().and_then(|find| find())) {
                    focus_id_after_render(id);
                }
            }
        },
    );
    let failure = save_tags.failure;
    guard_leaving(|_| words().unsaved_tags, move || edited.with_untracked(|e| saved.with_untracked(|s| e != s)));

    // Each field's message: the rules once "Save tags" was pressed, else a refusal for it.
    let messages = Memo::new(move |_| {
        let tags = edited.get();
        let mut found: Vec<(TagField, String)> = if attempted.get() {
            problem_fields(&tags)
                .into_iter()
                .map(|(field, problem)| {
                    let message = match problem {
                        TagProblem::Key(p) => (words().tag_problem)(true, &p),
                        TagProblem::Value(p) => (words().tag_problem)(false, &p),
                        TagProblem::DuplicateKey => words().duplicate_key.to_owned(),
                    };
                    (field, message)
                })
                .collect()
        } else {
            Vec::new()
        };
        failure.with(|f| {
            if let (Some(ApiError::Api { kind: ErrorKind::InvalidRequest, body, .. }), Some((changes, sent))) =
                (f, sent.get())
            {
                let field = refused_field(&body.error_msg, &changes.put, &tags).filter(|_| sent == tags);
                if let Some(field) = field.filter(|field| !found.iter().any(|(f, _)| f == field)) {
                    found.push((field, body.error_msg.clone()));
                }
            }
        });
        found
    });
    let message_at = move |row: Row, key: bool| {
        Signal::derive(move || {
            let at = rows.with(|rows| rows.iter().position(|r| r.number == row.number))?;
            messages.with(|all| all.iter().find(|(field, _)| *field == (at, key)).map(|(_, m)| m.clone()))
        })
    };
    let first_problem = move || {
        let ((row, key), _) = messages.with_untracked(|all| all.first().cloned())?;
        rows.with_untracked(|rows| rows.get(row).map(|r| field_id(r, key)))
    };
    first_problem_slot.set_value(Some(Box::new(first_problem)));

    let save = move || {
        attempted.set(true);
        done.set(None);
        if let Some(id) = first_problem() {
            focus_id_after_render(id);
            return;
        }
        let tags = edited.get_untracked();
        let changes = saved.with_untracked(|s| TagChanges::between(s, &tags));
        if changes.is_empty() {
            done.set(Some(|_| words().nothing_to_save));
            return;
        }
        sent.set(Some((changes.clone(), tags.clone())));
        save_tags.run((changes, tags));
    };
    let add = move |_| {
        if rows.with_untracked(Vec::len) >= TAGS_MAX {
            return;
        }
        let row = new_row(Tag { tag_key: String::new(), tag_value: String::new() });
        rows.update(|rows| rows.push(row));
        focus_id_after_render(field_id(&row, true));
    };
    let remove = move |number: u32| rows.update(|rows| rows.retain(|r| r.number != number));

    let row_view = move |row: Row| {
        let place = move || rows.with(|rows| rows.iter().position(|r| r.number == row.number).unwrap_or(0) + 1);
        view! {
            <div class="tag-row">
                <TextField id=field_id(&row, true) label_text=Signal::derive(move || (words().key_of)(place()))
                    value=row.key error=message_at(row, true) />
                <TextField id=field_id(&row, false) label_text=Signal::derive(move || (words().value_of)(place()))
                    value=row.value error=message_at(row, false) />
                <button type="button" class="secondary" on:click=move |_| remove(row.number)>
                    {move || (words().remove_tag)(place())}
                </button>
            </div>
        }
    };
    let alert = move || {
        let (error, (changes, sent)) = (failure.get()?, sent.get()?);
        let on_a_tag = matches!(&error, ApiError::Api { status: 400, body, .. }
            if edited.with(|tags| *tags == sent && refused_field(&body.error_msg, &changes.put, tags).is_some()));
        Some(if on_a_tag {
            view! { <p class="notice error">{tr(|_| words().tags_not_saved)}</p> }.into_any()
        } else {
            view! { <ActionFailure lead=|| words().tags_not_saved.to_owned() error=error retry=save /> }.into_any()
        })
    };
    let full = move || rows.with(Vec::len) >= TAGS_MAX;
    view! {
        <section class="tags" aria-labelledby="tags-title">
            <Heading level=2 id="tags-title" text=|_| words().tags_title />
            <form novalidate on:submit=move |event: leptos::ev::SubmitEvent| {
                event.prevent_default();
                save();
            }>
                {move || rows.with(Vec::is_empty).then(|| view! { <p>{tr(|_| words().no_tags)}</p> })}
                <For each=move || rows.get() key=|row| row.number children=row_view />
                <p>
                    <button type="button" class="secondary" aria-disabled=move || full().then_some("true") on:click=add>
                        {tr(|_| words().add_tag)}
                    </button>
                    " "
                    {move || full().then(|| (words().tags_full)(TAGS_MAX))}
                </p>
                <PendingButton pending=save_tags.pending label=|_| words().save_tags pending_label=|_| words().saving_tags />
                <div role="status">{move || done.get().map(|said| view! { <p class="notice success">{tr(said)}</p> })}</div>
                <div role="alert">{alert}</div>
            </form>
        </section>
    }
}
