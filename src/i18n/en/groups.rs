//! `/groups`: the account's user groups.
//!
//! The shape, and its English words.

use iam_v5::rules::TextProblem;

use super::text_problem;

/// `/groups`: the account's user groups.
pub struct Words {
    pub loading: &'static str,
    pub not_loaded: &'static str,
    pub empty: &'static str,
    pub name: &'static str,
    pub description: &'static str,
    pub created: &'static str,
    pub filter: &'static str,
    pub no_match: fn(&str) -> String,
    pub create: &'static str,
    pub creating: &'static str,
    pub cancel: &'static str,
    pub name_problem: fn(&TextProblem) -> String,
    pub description_problem: fn(&TextProblem) -> String,
    pub name_taken: &'static str,
    pub not_created: &'static str,
    /// Said once a new group is made.
    pub created_notice: fn(&str) -> String,
}

pub static WORDS: Words = Words {
    loading: "Loading groups…",
    not_loaded: "The groups could not be loaded.",
    empty: "This account has no user groups yet.",
    name: "Group name",
    description: "Description",
    created: "Created",
    filter: "Filter groups",
    no_match: |filter| format!("No group matches “{filter}”."),
    create: "Create group",
    creating: "Creating…",
    cancel: "Cancel",
    name_problem: |problem| text_problem("Group name", problem),
    description_problem: |problem| text_problem("Description", problem),
    name_taken: "A group with this name already exists. Choose another name.",
    not_created: "The group was not created.",
    created_notice: |name| format!("Group {name} created."),
};
