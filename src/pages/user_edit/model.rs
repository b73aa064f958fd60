//! The edit form's state and rules, apart from its view: the fields as signals with
//! `reset` and `changes`, and plain functions for what changed, what is wrong before
//! sending, and where a refusal belongs.

use iam_v5::{rules, ErrorKind, UpdateUserRequest, User};
use leptos::prelude::*;

use crate::api::ApiError;
use crate::components::Problem;
use crate::i18n::errors::refusal_message;
use crate::i18n::user_words;

pub const NAME_ID: &str = "user-name";
pub const DESCRIPTION_ID: &str = "user-description";

/// What the form holds, one signal a field: the view wires them to its inputs.
#[derive(Clone, Copy)]
pub struct EditFields {
    pub name: RwSignal<String>,
    pub description: RwSignal<String>,
    pub enabled: RwSignal<bool>,
}

impl EditFields {
    /// The form as `user` is.
    pub fn new(user: &User) -> Self {
        EditFields {
            name: RwSignal::new(user.user_name.clone()),
            description: RwSignal::new(user.description.clone()),
            enabled: RwSignal::new(user.enabled),
        }
    }

    /// Back to `user` as the server has it: "Reset", a saved answer, "Reload".
    pub fn reset(&self, user: &User) {
        self.name.set(user.user_name.clone());
        self.description.set(user.description.clone());
        self.enabled.set(user.enabled);
    }

    /// What saving would send against `loaded` (tracked: a memo follows the fields).
    pub fn changes(&self, loaded: &User) -> UpdateUserRequest {
        self.name
            .with(|name| self.description.with(|description| changes(loaded, name, description, self.enabled.get())))
    }
}

/// The fields `update` would change in `loaded`; only these are sent.
pub fn changes(loaded: &User, name: &str, description: &str, enabled: bool) -> UpdateUserRequest {
    UpdateUserRequest {
        new_user_name: (name != loaded.user_name).then(|| name.to_owned()),
        new_description: (description != loaded.description).then(|| description.to_owned()),
        enabled: (enabled != loaded.enabled).then_some(enabled),
    }
}

/// What someone else changed between `before` and `now`, one line a field, in the
/// language in force.
pub fn changed_since(before: &User, now: &User) -> Vec<String> {
    let text = user_words();
    let mut lines = Vec::new();
    if before.user_name != now.user_name {
        lines.push((text.changed)(text.name, &before.user_name, &now.user_name));
    }
    if before.description != now.description {
        lines.push((text.changed)(text.description, &before.description, &now.description));
    }
    if before.enabled != now.enabled {
        let word = |enabled| if enabled { text.is_enabled } else { text.is_disabled };
        lines.push((text.changed)(text.enabled, word(before.enabled), word(now.enabled)));
    }
    lines
}

/// A field's problem in the language in force, from the rule the server applies.
pub fn name_problem(name: &str) -> Option<String> {
    rules::user_name_problem(name).map(|problem| (user_words().name_problem)(&problem))
}

/// A description's problem in the language in force.
pub fn description_problem(description: &str) -> Option<String> {
    rules::description_problem(description).map(|problem| (user_words().description_problem)(&problem))
}

/// The problems of the changed fields, checked with the rules the server applies.
pub fn problems_before_sending(changes: &UpdateUserRequest) -> Vec<Problem> {
    let mut problems = Vec::new();
    if let Some(message) = changes.new_user_name.as_deref().and_then(name_problem) {
        problems.push(Problem { field: NAME_ID, message });
    }
    if let Some(message) = changes.new_description.as_deref().and_then(description_problem) {
        problems.push(Problem { field: DESCRIPTION_ID, message });
    }
    problems
}

/// Where the server's refusal of `sent` belongs: a field while it still holds what was
/// sent, else the summary ([`Problem::WHOLE_FORM`]). None for refusals that are no field's business.
pub fn refusal_problem(error: &ApiError, sent: &UpdateUserRequest, name: &str, description: &str) -> Option<Problem> {
    let ApiError::Api { status, kind, body, .. } = error else { return None };
    let still = |field: &Option<String>, value: &str| field.as_deref() == Some(value);
    match (status, kind) {
        (409, _) | (_, ErrorKind::NameConflict) if still(&sent.new_user_name, name) => {
            Some(Problem { field: NAME_ID, message: user_words().name_taken.into() })
        }
        (400, _) => {
            // The server names the field first ("new_description: …"); the page words the
            // rule the sent value breaks, and the server's refusal when it cannot tell.
            let field = body.error_msg.split_once(": ").map_or("", |(field, _)| field);
            let (field, message) = match field {
                "new_user_name" if still(&sent.new_user_name, name) => (NAME_ID, name_problem(name)),
                "new_description" if still(&sent.new_description, description) => {
                    (DESCRIPTION_ID, description_problem(description))
                }
                _ => (Problem::WHOLE_FORM, None),
            };
            Some(Problem { field, message: message.unwrap_or_else(|| refusal_message(body)) })
        }
        _ => None,
    }
}
