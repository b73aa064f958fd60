//! "Group name" and "Description" as both group forms check them ("Create group" and a
//! group's edit form): the contract's rules once the form was sent, and a taken name (409)
//! while the field still holds the name that was sent.

use iam_v5::rules::{description_problem, group_name_problem};
use leptos::prelude::*;

use crate::api::ApiError;
use crate::i18n::groups_words as words;

/// Each field's message, or None.
#[derive(Clone, Copy)]
pub struct GroupFieldErrors {
    pub name: Signal<Option<String>>,
    pub description: Signal<Option<String>>,
}

/// The messages for the two fields; `failure` is the form's last refusal and `sent_name`
/// the name it was for.
pub fn group_field_errors(
    name: RwSignal<String>,
    description: RwSignal<String>,
    attempted: RwSignal<bool>,
    failure: RwSignal<Option<ApiError>>,
    sent_name: RwSignal<Option<String>>,
) -> GroupFieldErrors {
    let name_error = Signal::derive(move || {
        let typed = name.get();
        if let Some(problem) = attempted.get().then(|| group_name_problem(&typed)).flatten() {
            return Some((words().name_problem)(&problem));
        }
        let taken = failure.with(|f| matches!(f, Some(ApiError::Api { status: 409, .. })));
        (taken && sent_name.with(|sent| sent.as_deref() == Some(typed.as_str()))).then(|| words().name_taken.to_owned())
    });
    let description_error = Signal::derive(move || {
        let broken = attempted.get().then(|| description.with(|d| description_problem(d))).flatten();
        broken.map(|problem| (words().description_problem)(&problem))
    });
    GroupFieldErrors { name: name_error, description: description_error }
}
