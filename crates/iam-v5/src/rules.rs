//! Field rules of the user-edit request, as plain functions (no regex: the regex crate
//! costs hundreds of KB in wasm). Lengths are counted in characters, not bytes.
//! Used by `validator` derives on [`crate::UpdateUserRequest`] and directly by forms.

use std::borrow::Cow;

use validator::ValidationError;

/// Longest user name, in characters.
pub const USER_NAME_MAX: usize = 64;
/// Longest description, in characters.
pub const DESCRIPTION_MAX: usize = 255;
/// Characters a description must not contain.
pub const DESCRIPTION_FORBIDDEN: &[char] = &['@', '#', '%', '&', '<', '>', '\\', '$', '^', '*'];

fn error(code: &'static str, message: String) -> ValidationError {
    ValidationError::new(code).with_message(Cow::Owned(message))
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

/// A user name: 1-64 characters of letters, digits, `_`, `-`, `.` and space, not
/// starting with a digit.
///
/// ```
/// assert!(iam_v5::rules::user_name("alice.smith").is_ok());
/// let err = iam_v5::rules::user_name("9lives").unwrap_err();
/// assert_eq!(err.code, "user_name_leading_digit");
/// ```
pub fn user_name(name: &str) -> Result<(), ValidationError> {
    let length = name.chars().count();
    if length == 0 {
        return Err(error("user_name_empty", "Enter a user name.".into()));
    }
    if length > USER_NAME_MAX {
        return Err(error(
            "user_name_length",
            format!("User name must be {USER_NAME_MAX} characters or fewer (it has {length})."),
        ));
    }
    let offending = offending_chars(name, is_user_name_char);
    if !offending.is_empty() {
        return Err(error(
            "user_name_chars",
            format!(
                "User name can only contain letters, digits, spaces and _ - . (remove: {}).",
                show_chars(&offending)
            ),
        ));
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(error("user_name_leading_digit", "User name must not start with a digit.".into()));
    }
    Ok(())
}

/// A description: 0-255 characters, none of `@ # % & < > \ $ ^ *`.
///
/// ```
/// let err = iam_v5::rules::description("a<b>&c").unwrap_err();
/// assert!(err.message.unwrap().contains("< > &"));
/// ```
pub fn description(text: &str) -> Result<(), ValidationError> {
    let length = text.chars().count();
    if length > DESCRIPTION_MAX {
        return Err(error(
            "description_length",
            format!("Description must be {DESCRIPTION_MAX} characters or fewer (it has {length})."),
        ));
    }
    let offending = offending_chars(text, |c| !DESCRIPTION_FORBIDDEN.contains(&c));
    if !offending.is_empty() {
        return Err(error(
            "description_chars",
            format!("Description must not contain these characters: {}.", show_chars(&offending)),
        ));
    }
    Ok(())
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
