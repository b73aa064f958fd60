//! Field rules of the user-edit request, as plain functions (no regex: the regex crate
//! costs hundreds of KB in wasm). Lengths are counted in characters, not bytes.
//! Used by `validator` derives on [`crate::UpdateUserRequest`] and directly by forms.

use std::borrow::Cow;

use validator::ValidationError;

/// Longest user name, in characters.
pub const USER_NAME_MAX: usize = 64;
/// Longest description, in characters.
pub const DESCRIPTION_MAX: usize = 255;
/// The longest group name, in characters.
pub const GROUP_NAME_MAX: usize = 128;
/// Characters a description must not contain.
pub const DESCRIPTION_FORBIDDEN: &[char] = &['@', '#', '%', '&', '<', '>', '\\', '$', '^', '*'];

/// What is wrong with a text field's value: the rule that failed, with its limits, so the
/// app can word it in the reader's language. [`user_name`] and [`description`] turn it into
/// a `ValidationError` with the server's English message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextProblem {
    /// Nothing was entered.
    Empty,
    /// More than `max` characters (`length` of them).
    TooLong {
        /// The most allowed.
        max: usize,
        /// How many there are.
        length: usize,
    },
    /// Characters outside the allowed set (user names: letters, digits, space, `_ - .`).
    NotAllowed(Vec<char>),
    /// Characters the field forbids (descriptions: `@ # % & < > \ $ ^ *`).
    Forbidden(Vec<char>),
    /// A user name that starts with a digit.
    LeadingDigit,
    /// A space at the start or the end (tag keys).
    EdgeSpace,
    /// Starts with a prefix kept for the system (tag keys: `_sys_`).
    ReservedPrefix(&'static str),
}

impl TextProblem {
    /// The `ValidationError` code for this problem in `field` (`user_name`, `description`).
    pub fn code(&self, field: &str) -> String {
        let rule = match self {
            TextProblem::Empty => "empty",
            TextProblem::TooLong { .. } => "length",
            TextProblem::NotAllowed(_) | TextProblem::Forbidden(_) => "chars",
            TextProblem::LeadingDigit => "leading_digit",
            TextProblem::EdgeSpace => "edge_space",
            TextProblem::ReservedPrefix(_) => "reserved",
        };
        format!("{field}_{rule}")
    }

    /// The server's English message for this problem in the field called `label`
    /// ("User name"); the app's English catalogue says the same.
    pub fn english(&self, label: &str) -> String {
        match self {
            TextProblem::Empty => format!("Enter a {}.", label.to_ascii_lowercase()),
            TextProblem::TooLong { max, length } => {
                format!("{label} must be {max} characters or fewer (it has {length}).")
            }
            TextProblem::NotAllowed(chars) => {
                format!("{label} can only contain letters, digits, spaces and _ - . (remove: {}).", show_chars(chars))
            }
            TextProblem::Forbidden(chars) => {
                format!("{label} must not contain these characters: {}.", show_chars(chars))
            }
            TextProblem::LeadingDigit => format!("{label} must not start with a digit."),
            TextProblem::EdgeSpace => format!("{label} must not start or end with a space."),
            TextProblem::ReservedPrefix(prefix) => format!("{label} must not start with {prefix}."),
        }
    }
}

fn error(field: &'static str, label: &str, problem: TextProblem) -> ValidationError {
    let message = problem.english(label);
    let mut error = ValidationError::new("text").with_message(Cow::Owned(message));
    error.code = Cow::Owned(problem.code(field));
    error
}

/// Characters of `text` that fail `allowed`, each once, in order of appearance.
pub fn offending_chars(text: &str, allowed: impl Fn(char) -> bool) -> Vec<char> {
    let mut found: Vec<char> = Vec::new();
    for c in text.chars().filter(|&c| !allowed(c)) {
        if !found.contains(&c) {
            found.push(c);
        }
    }
    found
}

/// Shows characters for a message: visible ones as they are, the rest as `U+XXXX`.
pub fn show_chars(chars: &[char]) -> String {
    let shown: Vec<String> = chars
        .iter()
        .map(|&c| if c.is_control() || c.is_whitespace() { format!("U+{:04X}", c as u32) } else { c.to_string() })
        .collect();
    shown.join(" ")
}

/// Whether `c` may appear in a user name: ASCII letters and digits, `_`, `-`, `.`, space.
pub fn is_user_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | ' ')
}

/// What is wrong with a user name: 1-64 characters of letters, digits, `_`, `-`, `.` and
/// space, not starting with a digit.
///
/// ```
/// use iam_v5::rules::{user_name_problem, TextProblem};
/// assert_eq!(user_name_problem("alice.smith"), None);
/// assert_eq!(user_name_problem("9lives"), Some(TextProblem::LeadingDigit));
/// ```
pub fn user_name_problem(name: &str) -> Option<TextProblem> {
    let length = name.chars().count();
    if length == 0 {
        return Some(TextProblem::Empty);
    }
    if length > USER_NAME_MAX {
        return Some(TextProblem::TooLong { max: USER_NAME_MAX, length });
    }
    let offending = offending_chars(name, is_user_name_char);
    if !offending.is_empty() {
        return Some(TextProblem::NotAllowed(offending));
    }
    name.starts_with(|c: char| c.is_ascii_digit()).then_some(TextProblem::LeadingDigit)
}

/// [`user_name_problem`] as a `validator` rule, with the server's English message.
///
/// ```
/// let err = iam_v5::rules::user_name("9lives").unwrap_err();
/// assert_eq!(err.code, "user_name_leading_digit");
/// ```
pub fn user_name(name: &str) -> Result<(), ValidationError> {
    user_name_problem(name).map_or(Ok(()), |problem| Err(error("user_name", "User name", problem)))
}

/// Whether `c` may appear in a group name: letters (Chinese too), digits, space, `_`, `-`,
/// `{` and `}` (the SDK's `CreateGroupReqBody`).
pub fn is_group_name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, ' ' | '_' | '-' | '{' | '}')
}

/// What is wrong with a group name: 1-128 characters of [`is_group_name_char`]. The
/// others are named as forbidden ("must not contain"): the allowed set is too wide to list.
///
/// ```
/// use iam_v5::rules::{group_name_problem, TextProblem};
/// assert_eq!(group_name_problem("开发 team_{1}"), None);
/// assert_eq!(group_name_problem("a.b"), Some(TextProblem::Forbidden(vec!['.'])));
/// ```
pub fn group_name_problem(name: &str) -> Option<TextProblem> {
    let length = name.chars().count();
    if length == 0 {
        return Some(TextProblem::Empty);
    }
    if length > GROUP_NAME_MAX {
        return Some(TextProblem::TooLong { max: GROUP_NAME_MAX, length });
    }
    let offending = offending_chars(name, is_group_name_char);
    (!offending.is_empty()).then_some(TextProblem::Forbidden(offending))
}

/// [`group_name_problem`] as a `validator` rule, with the server's English message.
pub fn group_name(name: &str) -> Result<(), ValidationError> {
    group_name_problem(name).map_or(Ok(()), |problem| Err(error("group_name", "Group name", problem)))
}

/// What is wrong with a description: 0-255 characters, none of `@ # % & < > \ $ ^ *`.
///
/// ```
/// use iam_v5::rules::{description_problem, TextProblem};
/// assert_eq!(description_problem("a<b>&c"), Some(TextProblem::Forbidden(vec!['<', '>', '&'])));
/// ```
pub fn description_problem(text: &str) -> Option<TextProblem> {
    let length = text.chars().count();
    if length > DESCRIPTION_MAX {
        return Some(TextProblem::TooLong { max: DESCRIPTION_MAX, length });
    }
    let offending = offending_chars(text, |c| !DESCRIPTION_FORBIDDEN.contains(&c));
    (!offending.is_empty()).then_some(TextProblem::Forbidden(offending))
}

/// [`description_problem`] as a `validator` rule, with the server's English message.
///
/// ```
/// let err = iam_v5::rules::description("a<b>&c").unwrap_err();
/// assert!(err.message.unwrap().contains("< > &"));
/// ```
pub fn description(text: &str) -> Result<(), ValidationError> {
    description_problem(text).map_or(Ok(()), |problem| Err(error("description", "Description", problem)))
}

/// The message of a rule's error (every error built here has one).
pub fn message(error: &ValidationError) -> String {
    error.message.as_deref().unwrap_or(&error.code).to_owned()
}

// Host-only: proptest has no wasm32 randomness backend.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn names_at_the_edges() {
        assert!(user_name("a").is_ok());
        assert!(user_name(&"a".repeat(64)).is_ok());
        assert_eq!(user_name(&"a".repeat(65)).unwrap_err().code, "user_name_length");
        assert_eq!(user_name("").unwrap_err().code, "user_name_empty");
        assert!(user_name(" leading space is allowed").is_ok());
        assert!(user_name("_x-y.z 1").is_ok());
        assert_eq!(user_name("1abc").unwrap_err().code, "user_name_leading_digit");
        let err = user_name("al!ce@").unwrap_err();
        assert!(message(&err).contains("remove: ! @"), "{}", message(&err));
    }

    #[test]
    fn descriptions_at_the_edges() {
        assert!(description("").is_ok());
        assert!(description(&"é".repeat(255)).is_ok(), "255 two-byte characters are 255 characters");
        assert_eq!(description(&"é".repeat(256)).unwrap_err().code, "description_length");
        let err = description("<script>alert(1)</script>").unwrap_err();
        assert!(message(&err).ends_with("these characters: < >."), "{}", message(&err));
    }

    #[test]
    fn invisible_offenders_are_named_by_code_point() {
        let err = user_name("ab\u{7}c\tdé").unwrap_err();
        assert!(message(&err).contains("U+0007 U+0009 é"), "{}", message(&err));
    }

    proptest! {
        #[test]
        fn valid_names_are_accepted(name in "[A-Za-z_. -][A-Za-z0-9_. -]{0,63}") {
            prop_assert!(user_name(&name).is_ok());
        }

        #[test]
        fn any_name_with_a_foreign_char_is_refused_naming_it(
            prefix in "[a-z]{0,20}", bad in any::<char>().prop_filter("not allowed", |c| !is_user_name_char(*c)), suffix in "[a-z]{0,20}",
        ) {
            let name = format!("a{prefix}{bad}{suffix}");
            let err = user_name(&name).unwrap_err();
            if name.chars().count() <= USER_NAME_MAX {
                prop_assert_eq!(err.code.as_ref(), "user_name_chars");
            }
        }

        #[test]
        fn name_length_counts_characters_not_bytes(n in 1usize..=80, c in prop::sample::select(vec!['a', 'Z', '_'])) {
            let name: String = std::iter::repeat_n(c, n).collect();
            prop_assert_eq!(user_name(&name).is_ok(), n <= USER_NAME_MAX);
        }

        #[test]
        fn descriptions_without_forbidden_chars_fit_by_char_count(text in "\\PC{0,300}") {
            let clean: String = text.chars().filter(|c| !DESCRIPTION_FORBIDDEN.contains(c)).collect();
            prop_assert_eq!(description(&clean).is_ok(), clean.chars().count() <= DESCRIPTION_MAX);
        }

        #[test]
        fn every_forbidden_char_is_reported(text in "[a-z ]{0,50}", picks in prop::sample::subsequence(DESCRIPTION_FORBIDDEN.to_vec(), 1..=10)) {
            let mut dirty = text.clone();
            for c in &picks { dirty.push(*c); }
            let err = description(&dirty).unwrap_err();
            let msg = message(&err);
            for c in picks { prop_assert!(msg.contains(c), "{} misses {}", msg, c); }
        }

        #[test]
        fn rules_never_panic_on_any_text(text in any::<String>()) {
            let _ = user_name(&text);
            let _ = description(&text);
        }
    }
}
