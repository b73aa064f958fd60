//! Creating a user is up to three calls; once the first is done the user exists, so a
//! later step that fails is tried again on that user, never by creating another. The
//! first call's refusal lands on the field it names, worded as the edit form words it.

use iam_v5::{CreateUserRequest, ErrorKind};

use crate::api::ApiError;
use crate::components::Problem;
use crate::i18n::errors::refusal_message;
use crate::i18n::user_words;
use crate::pages::user_edit::model::{description_problem, name_problem};

pub const NAME_ID: &str = "new-user-name";
pub const DESCRIPTION_ID: &str = "new-user-description";

/// A step of "Create user", in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// `POST /v5/users`.
    User,
    /// `POST /v5/users/{user_id}/login-profile`.
    ConsolePassword,
    /// `POST /v5/users/{user_id}/access-keys`.
    AccessKey,
}

/// The steps to run now: those asked for that are not done yet, in order.
pub fn steps_left(wants_password: bool, wants_key: bool, done: &[Step]) -> Vec<Step> {
    [(Step::User, true), (Step::ConsolePassword, wants_password), (Step::AccessKey, wants_key)]
        .into_iter()
        .filter(|(step, wanted)| *wanted && !done.contains(step))
        .map(|(step, _)| step)
        .collect()
}

/// Where the refusal of `POST /v5/users` (for `sent`) belongs: the field it names while it
/// still holds what was sent ("name: …", a taken name), else the summary
/// ([`Problem::WHOLE_FORM`]). None for refusals that are no field's business.
pub fn user_refusal(error: &ApiError, sent: &CreateUserRequest, name: &str, description: &str) -> Option<Problem> {
    let ApiError::Api { status, kind, body, .. } = error else { return None };
    match (status, kind) {
        (409, _) | (_, ErrorKind::NameConflict) => {
            (sent.name == name).then(|| Problem { field: NAME_ID, message: user_words().name_taken.into() })
        }
        (400, _) => {
            let field = body.error_msg.split_once(": ").map_or("", |(field, _)| field);
            let (field, message) = match field {
                "name" if sent.name == name => (NAME_ID, name_problem(name)),
                "description" if sent.description.as_deref().unwrap_or("") == description => {
                    (DESCRIPTION_ID, description_problem(description))
                }
                _ => (Problem::WHOLE_FORM, None),
            };
            Some(Problem { field, message: message.unwrap_or_else(|| refusal_message(body)) })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_step_is_tried_again_without_creating_the_user_twice() {
        assert_eq!(steps_left(true, true, &[]), [Step::User, Step::ConsolePassword, Step::AccessKey]);
        assert_eq!(steps_left(false, true, &[]), [Step::User, Step::AccessKey]);
        assert_eq!(steps_left(true, true, &[Step::User]), [Step::ConsolePassword, Step::AccessKey]);
        assert_eq!(steps_left(true, true, &[Step::User, Step::ConsolePassword]), [Step::AccessKey]);
        assert_eq!(steps_left(true, false, &[Step::User, Step::ConsolePassword]), []);
        assert_eq!(steps_left(false, false, &[Step::User]), [], "unticked after a failure: nothing more");
    }

    fn refused(status: u16, code: &str, message: &str) -> ApiError {
        let body = iam_v5::ApiErrorBody {
            error_code: code.into(),
            error_msg: message.into(),
            request_id: Some("r1".into()),
            encoded_authorization_message: None,
        };
        ApiError::Api { status, kind: ErrorKind::from_code(code), body, retry_after: None }
    }

    #[test]
    fn a_refusal_of_the_new_user_lands_on_the_field_it_names_while_it_holds_what_was_sent() {
        let sent = CreateUserRequest { name: "carol".into(), description: Some("a".into()), enabled: None };
        let taken = refused(409, "1109", "The user name carol already exists.");
        assert_eq!(user_refusal(&taken, &sent, "carol", "a").map(|p| p.field), Some(NAME_ID));
        assert_eq!(user_refusal(&taken, &sent, "carla", "a"), None, "renamed since: no longer the name's problem");
        let description = refused(400, "IAM.0007", "description: Description must not contain these characters: <.");
        assert_eq!(user_refusal(&description, &sent, "carol", "a").map(|p| p.field), Some(DESCRIPTION_ID));
        let other = refused(400, "IAM.0007", "Something else.");
        assert_eq!(user_refusal(&other, &sent, "carol", "a").map(|p| p.field), Some(Problem::WHOLE_FORM));
        assert_eq!(user_refusal(&refused(403, "PAP5.0001", "Denied."), &sent, "carol", "a"), None);
    }
}
