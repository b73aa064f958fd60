//! The start page.
//!
//! The shape, and its English words.

/// The start page.
pub struct Words {
    pub lead: &'static str,
    pub change_password: &'static str,
    pub users: &'static str,
    /// "{}" is where the link ([`Home::users`]) goes.
    pub users_for_administrators: &'static str,
}

pub static WORDS: Words = Words {
    lead: "Manage your Huawei Cloud IAM account.",
    change_password: "Change your password",
    users: "Find and edit users",
    users_for_administrators: "{} (administrators)",
};
