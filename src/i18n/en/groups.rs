//! `/groups`: the account's user groups.
//!
//! The shape, and its English words.

/// `/groups`: the account's user groups.
pub struct Words {
    pub loading: &'static str,
    pub not_loaded: &'static str,
    pub empty: &'static str,
    pub name: &'static str,
    pub description: &'static str,
    pub created: &'static str,
}

pub static WORDS: Words = Words {
    loading: "Loading groups…",
    not_loaded: "The groups could not be loaded.",
    empty: "This account has no user groups yet.",
    name: "Group name",
    description: "Description",
    created: "Created",
};
