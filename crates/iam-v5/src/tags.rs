//! Tags on a user: `GET /v5/{resource_type}/{resource_id}/tags`, `POST …/tags/create`
//! (adds, or changes the value of a key already there) and `DELETE …/tags/delete` (a JSON
//! array of keys), with `resource_type` `user`; at most [`TAGS_MAX`] a user. The rules of
//! a key and a value are plain functions, for the form and the emulator alike.

use serde::{Deserialize, Serialize};

use crate::rules::{offending_chars, TextProblem};
use crate::Tag;

/// The most tags a user may have.
pub const TAGS_MAX: usize = 20;
/// Longest tag key, in characters.
pub const TAG_KEY_MAX: usize = 64;
/// Longest tag value, in characters.
pub const TAG_VALUE_MAX: usize = 128;
/// Keys starting with this are the system's.
pub const RESERVED_TAG_PREFIX: &str = "_sys_";

/// Body of `POST /v5/{resource_type}/{resource_id}/tags/create`, and its answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagsBody {
    /// 1-20 tags.
    pub tags: Vec<Tag>,
}

/// Whether `c` may appear in a tag key: letters and digits of any language, space, `_ . : = + - @`.
pub fn is_tag_key_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, ' ' | '_' | '.' | ':' | '=' | '+' | '-' | '@')
}

/// Whether `c` may appear in a tag value: what a key may hold, and `/`.
pub fn is_tag_value_char(c: char) -> bool {
    is_tag_key_char(c) || c == '/'
}

/// What is wrong with a tag key: 1-64 characters of [`is_tag_key_char`], no space at
/// either end, not starting with `_sys_`.
///
/// ```
/// use iam_v5::rules::TextProblem;
/// use iam_v5::tags::tag_key_problem;
/// assert_eq!(tag_key_problem("team"), None);
/// assert_eq!(tag_key_problem("成本中心"), None);
/// assert_eq!(tag_key_problem("_sys_x"), Some(TextProblem::ReservedPrefix("_sys_")));
/// ```
pub fn tag_key_problem(key: &str) -> Option<TextProblem> {
    let length = key.chars().count();
    if length == 0 {
        return Some(TextProblem::Empty);
    }
    if length > TAG_KEY_MAX {
        return Some(TextProblem::TooLong { max: TAG_KEY_MAX, length });
    }
    let offending = offending_chars(key, is_tag_key_char);
    if !offending.is_empty() {
        return Some(TextProblem::Forbidden(offending));
    }
    if key.starts_with(' ') || key.ends_with(' ') {
        return Some(TextProblem::EdgeSpace);
    }
    key.starts_with(RESERVED_TAG_PREFIX).then_some(TextProblem::ReservedPrefix(RESERVED_TAG_PREFIX))
}

/// What is wrong with a tag value: 0-128 characters of [`is_tag_value_char`].
///
/// ```
/// use iam_v5::tags::tag_value_problem;
/// assert_eq!(tag_value_problem(""), None);
/// assert!(tag_value_problem("a<b").is_some());
/// ```
pub fn tag_value_problem(value: &str) -> Option<TextProblem> {
    let length = value.chars().count();
    if length > TAG_VALUE_MAX {
        return Some(TextProblem::TooLong { max: TAG_VALUE_MAX, length });
    }
    let offending = offending_chars(value, is_tag_value_char);
    (!offending.is_empty()).then_some(TextProblem::Forbidden(offending))
}

/// What is wrong with one tag of a set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TagProblem {
    /// The key breaks a rule.
    Key(TextProblem),
    /// The value breaks a rule.
    Value(TextProblem),
    /// An earlier tag of the set has this key.
    DuplicateKey,
}

/// Every problem of a set of tags, each with the index of its tag; a key problem before a
/// value problem of the same tag. The count ([`TAGS_MAX`]) is the caller's to check.
///
/// ```
/// use iam_v5::tags::{tag_problems, TagProblem};
/// use iam_v5::Tag;
/// let tag = |k: &str| Tag { tag_key: k.into(), tag_value: String::new() };
/// assert_eq!(tag_problems(&[tag("a"), tag("a")]), vec![(1, TagProblem::DuplicateKey)]);
/// ```
pub fn tag_problems(tags: &[Tag]) -> Vec<(usize, TagProblem)> {
    let mut problems = Vec::new();
    for (index, tag) in tags.iter().enumerate() {
        if let Some(problem) = tag_key_problem(&tag.tag_key) {
            problems.push((index, TagProblem::Key(problem)));
        } else if tags[..index].iter().any(|t| t.tag_key == tag.tag_key) {
            problems.push((index, TagProblem::DuplicateKey));
        }
        if let Some(problem) = tag_value_problem(&tag.tag_value) {
            problems.push((index, TagProblem::Value(problem)));
        }
    }
    problems
}

/// The index of the tag a refusal names (`tags[2].tag_key: …`, as the emulator words
/// it), so a form can put the refusal on that tag.
///
/// ```
/// assert_eq!(iam_v5::tags::refused_tag("tags[2].tag_key: Tag key must not start with _sys_."), Some(2));
/// assert_eq!(iam_v5::tags::refused_tag("A user has at most 20 tags."), None);
/// ```
pub fn refused_tag(message: &str) -> Option<usize> {
    let rest = message.strip_prefix("tags[")?;
    rest[..rest.find(']')?].parse().ok()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn keys_at_the_edges() {
        assert_eq!(tag_key_problem(&"k".repeat(64)), None);
        assert_eq!(tag_key_problem(&"k".repeat(65)), Some(TextProblem::TooLong { max: 64, length: 65 }));
        assert_eq!(tag_key_problem(""), Some(TextProblem::Empty));
        assert_eq!(tag_key_problem(" team"), Some(TextProblem::EdgeSpace));
        assert_eq!(tag_key_problem("team "), Some(TextProblem::EdgeSpace));
        assert_eq!(tag_key_problem("cost center"), None);
        assert_eq!(tag_key_problem("a.b:c=d+e-f@g_h"), None);
        assert_eq!(tag_key_problem("a/b"), Some(TextProblem::Forbidden(vec!['/'])));
        assert_eq!(tag_key_problem("_sys"), None);
    }

    #[test]
    fn values_at_the_edges() {
        assert_eq!(tag_value_problem(&"v".repeat(128)), None);
        assert_eq!(tag_value_problem(&"v".repeat(129)), Some(TextProblem::TooLong { max: 128, length: 129 }));
        assert_eq!(tag_value_problem("https://x/y"), None);
        assert_eq!(tag_value_problem("a&b<c"), Some(TextProblem::Forbidden(vec!['&', '<'])));
    }

    #[test]
    fn a_set_names_each_tag_that_is_wrong() {
        let tag = |k: &str, v: &str| Tag { tag_key: k.into(), tag_value: v.into() };
        let problems = tag_problems(&[tag("team", "x"), tag("_sys_a", "y<"), tag("team", "z")]);
        assert_eq!(
            problems,
            vec![
                (1, TagProblem::Key(TextProblem::ReservedPrefix("_sys_"))),
                (1, TagProblem::Value(TextProblem::Forbidden(vec!['<']))),
                (2, TagProblem::DuplicateKey),
            ]
        );
    }

    proptest! {
        #[test]
        fn rules_never_panic(text in any::<String>()) {
            let _ = tag_key_problem(&text);
            let _ = tag_value_problem(&text);
            let _ = refused_tag(&text);
        }

        #[test]
        fn plain_keys_are_accepted(key in "[A-Za-z0-9][A-Za-z0-9 _.:=+@-]{0,62}[A-Za-z0-9]") {
            prop_assume!(!key.starts_with(RESERVED_TAG_PREFIX));
            prop_assert_eq!(tag_key_problem(&key), None);
        }
    }
}
