//! The password form's state and rules, apart from its view: the fields as signals with
//! `reset`, and plain functions for what is wrong before sending and where a refusal belongs.

use iam_v5::{ChangePasswordRequest, ErrorKind, PasswordPolicy};
use leptos::prelude::*;

use crate::api::ApiError;
use crate::components::password_checklist::{new_password_problems, rejection_message};
use crate::components::Problem;
use crate::i18n::errors::refusal_message;
use crate::i18n::password_words;

pub const CURRENT_ID: &str = "current-password";
pub const NEW_ID: &str = "new-password";
pub const CONFIRM_ID: &str = "confirm-password";

/// What the form holds, one signal a field (and whether each is shown as text).
#[derive(Clone, Copy)]
pub struct PasswordFields {
    pub current: RwSignal<String>,
    pub new: RwSignal<String>,
    pub confirm: RwSignal<String>,
    pub shown: [RwSignal<bool>; 3],
}

impl PasswordFields {
    /// Three empty fields, hidden.
    pub fn new() -> Self {
        let empty = || RwSignal::new(String::new());
        let hidden = || RwSignal::new(false);
        PasswordFields { current: empty(), new: empty(), confirm: empty(), shown: [hidden(), hidden(), hidden()] }
    }

    /// Every password hidden again (a submit, so nothing is left on screen as text).
    pub fn hide(&self) {
        self.shown.iter().for_each(|shown| shown.set(false));
    }

    /// Empty again: the change succeeded, nothing typed needs keeping.
    pub fn reset(&self) {
        self.current.set(String::new());
        self.new.set(String::new());
        self.confirm.set(String::new());
    }

    /// What a submit sends.
    pub fn request(&self) -> ChangePasswordRequest {
        ChangePasswordRequest { old_password: self.current.get_untracked(), new_password: self.new.get_untracked() }
    }
}

impl Default for PasswordFields {
    fn default() -> Self {
        Self::new()
    }
}

/// What the last submit ended in. A failure remembers what was sent, so a message about
/// a field stays only while that field still holds what the server refused.
#[derive(Clone, PartialEq)]
pub enum Outcome {
    Changed,
    Failed { error: ApiError, sent: ChangePasswordRequest },
}

/// The problems a person can fix before anything is sent, in field order and in the
/// language in force.
pub fn problems_before_sending(
    policy: &PasswordPolicy,
    user_name: &str,
    current: &str,
    new: &str,
    confirm: &str,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    if current.is_empty() {
        problems.push(Problem { field: CURRENT_ID, message: password_words().enter_current.into() });
    }
    problems.extend(new_password_problems(policy, user_name, current, (new, confirm), (NEW_ID, CONFIRM_ID)));
    problems
}

/// The server's refusal as a problem with one field, while that field is unchanged. A
/// policy refusal names the rule the sent password breaks when this page can tell which;
/// otherwise the server's own message follows ours (which rule, reused, until when).
pub fn field_refusal(
    outcome: &Outcome,
    policy: &PasswordPolicy,
    user_name: &str,
    current: &str,
    new: &str,
) -> Option<Problem> {
    let Outcome::Failed { error: ApiError::Api { status: 400, kind, body, .. }, sent } = outcome else {
        return None;
    };
    match kind {
        ErrorKind::IncorrectPassword if sent.old_password == current => {
            Some(Problem { field: CURRENT_ID, message: refusal_message(body) })
        }
        ErrorKind::PasswordRejected if sent.new_password == new => {
            let message = rejection_message(body, policy, user_name, (&sent.old_password, &sent.new_password));
            Some(Problem { field: NEW_ID, message })
        }
        _ => None,
    }
}

/// The form: current, new and confirmed password, sent with `POST /v5/caller-password`.
/// Typed values stay in the fields whatever the outcome, until the change succeeds.
#[cfg(test)]
mod tests {
    use super::*;
    use iam_v5::password_policy::Rule;

    #[test]
    fn an_empty_form_names_every_field() {
        let fields: Vec<_> = problems_before_sending(&PasswordPolicy::default(), "alice", "", "", "")
            .into_iter()
            .map(|p| p.field)
            .collect();
        assert_eq!(fields, [CURRENT_ID, NEW_ID, CONFIRM_ID]);
    }

    #[test]
    fn without_a_current_password_only_the_new_one_and_its_confirmation_are_checked() {
        let p = PasswordPolicy::default();
        let ids = ("new", "confirm");
        let problems = |new, confirm| new_password_problems(&p, "alice", "", (new, confirm), ids);
        assert!(problems("Fresh-Pass-7", "Fresh-Pass-7").is_empty(), "an administrator's reset knows no old one");
        let fields: Vec<_> = problems("", "").into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["new", "confirm"]);
        let text = &crate::i18n::en::password::WORDS;
        assert_eq!(problems("ecila", "ecila")[0].message, (text.refusal)(&Rule::Length { min: 8, max: 32 }));
    }

    #[test]
    fn the_new_password_must_differ_from_the_current_one_and_not_be_common() {
        let p = PasswordPolicy::default();
        let same = problems_before_sending(&p, "alice", "Same-Pass-1", "Same-Pass-1", "Same-Pass-1");
        let text = &crate::i18n::en::password::WORDS;
        assert_eq!(same, [Problem { field: NEW_ID, message: (text.refusal)(&Rule::DiffersFromOld) }]);
        let common = problems_before_sending(&p, "alice", "Old-Pass-1", "Password123!", "Password123!");
        assert_eq!(common, [Problem { field: NEW_ID, message: text.common.into() }]);
        let mismatch = problems_before_sending(&p, "alice", "Old-Pass-1", "Fresh-Pass-7", "Fresh-Pass-8");
        assert_eq!(mismatch, [Problem { field: CONFIRM_ID, message: text.mismatch.into() }]);
        assert!(problems_before_sending(&p, "alice", "Old-Pass-1", "Fresh-Pass-7", "Fresh-Pass-7").is_empty());
    }
}
