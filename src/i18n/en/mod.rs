//! English: one file a section (`<section>.rs`, its words as `WORDS`), declared by
//! build.rs, which lists this folder; here, the helpers the sections share.

use iam_v5::error::codes;
use iam_v5::password_policy::CharClasses;
use iam_v5::rules::{show_chars, TextProblem};

/// A field's rule, broken, in English: the same sentence the emulator answers with
/// (`TextProblem::english` in `iam-v5`; a test keeps them equal).
fn text_problem(label: &str, problem: &TextProblem) -> String {
    match problem {
        TextProblem::Empty => format!("Enter a {}.", label.to_ascii_lowercase()),
        TextProblem::TooLong { max, length } => format!("{label} must be {max} characters or fewer (it has {length})."),
        TextProblem::NotAllowed(chars) => {
            format!("{label} can only contain letters, digits, spaces and _ - . (remove: {}).", show_chars(chars))
        }
        TextProblem::Forbidden(chars) => format!("{label} must not contain these characters: {}.", show_chars(chars)),
        TextProblem::LeadingDigit => format!("{label} must not start with a digit."),
        TextProblem::EdgeSpace => format!("{label} must not start or end with a space."),
        TextProblem::ReservedPrefix(prefix) => format!("{label} must not start with {prefix}."),
    }
}

/// "1 user", "2 users".
fn plural(count: impl Into<u64>, one: &str, many: &str) -> String {
    let count = count.into();
    format!("{count} {}", if count == 1 { one } else { many })
}

fn classes(present: &CharClasses) -> String {
    crate::i18n::list_classes(present, ["uppercase", "lowercase", "digit", "special"], "none yet", ", ")
}

fn known_code(code: &str) -> Option<&'static str> {
    Some(match code {
        codes::INCORRECT_PASSWORD => "The current password is not right.",
        codes::PASSWORD_UNCHANGED => "The new password must be different from your current password.",
        codes::WEAK_PASSWORD => "The new password does not meet your account's password policy.",
        codes::PASSWORD_REUSED => "You used this password recently. Choose one you have not used before.",
        codes::PASSWORD_TOO_YOUNG => "Your password was changed too recently to change it again yet.",
        codes::PASSWORD_CHANGE_NOT_ALLOWED => "Your account does not allow you to change your own password.",
        codes::USER_LOCKED => "Too many wrong passwords: your user is locked for now.",
        codes::ACCOUNT_NOT_FOUND => "There is no account with this name. Check the account name.",
        codes::USER_DISABLED => "This IAM user is disabled.",
        codes::NAME_CONFLICT | codes::DUPLICATE_KEY => "This name is already taken.",
        codes::INVALID_DESCRIPTION => "The description is not valid.",
        codes::INVALID_PARAMETER => "A value in the request is not valid.",
        codes::INVALID_BODY => "The request was not in the form the server expects.",
        codes::INVALID_MARKER => "The list could not be continued from where it stopped. Reload the page.",
        codes::INVALID_CALLER => "Only IAM users can do this.",
        codes::NOT_FOUND => "It does not exist (any more).",
        codes::ACCESS_DENIED => "IAM refused the request: your user lacks the permission for it.",
        codes::UNAUTHENTICATED => "The server did not accept the sign-in keys or the request's signature.",
        codes::METHOD_NOT_ALLOWED => "The server does not allow this action here.",
        codes::BODY_TOO_LARGE => "The request is larger than the server accepts.",
        _ => return None,
    })
}

include!(concat!(env!("OUT_DIR"), "/words_en.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule_sentences_are_the_emulators_words() {
        let problems = [
            TextProblem::Empty,
            TextProblem::TooLong { max: 64, length: 70 },
            TextProblem::NotAllowed(vec!['<', '>']),
            TextProblem::Forbidden(vec!['@', ' ']),
            TextProblem::LeadingDigit,
            TextProblem::EdgeSpace,
            TextProblem::ReservedPrefix("_sys_"),
        ];
        for label in ["User name", "Description", "Tag key"] {
            for problem in &problems {
                assert_eq!(text_problem(label, problem), problem.english(label));
            }
        }
    }
}
