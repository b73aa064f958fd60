//! The pages' titles, one a route (`src/routes/table.rs`).
//!
//! The shape, and its English words.
//! First screen: a `const`, composed into [`crate::i18n::Text`].

/// The pages' titles, one a route (`src/routes/table.rs`).
pub struct Words {
    pub home: &'static str,
    pub sign_in: &'static str,
    pub password: &'static str,
    pub users: &'static str,
    pub new_user: &'static str,
    pub user: &'static str,
    pub groups: &'static str,
    pub group: &'static str,
    pub credentials: &'static str,
    pub not_found: &'static str,
}

pub const WORDS: Words = Words {
    home: "Home",
    sign_in: "Sign in",
    password: "Change password",
    users: "Users",
    new_user: "Create user",
    user: "User",
    groups: "Groups",
    group: "Group",
    credentials: "My credentials",
    not_found: "Page not found",
};
