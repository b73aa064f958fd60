//! `/credentials`: the signed-in user's own credentials.
//!
//! The shape, and its English words.

/// `/credentials`: the signed-in user's own credentials.
pub struct Words {
    pub user_name: &'static str,
    pub user_id: &'static str,
    pub copy_user_id: &'static str,
    pub account_id: &'static str,
    pub copy_account_id: &'static str,
    pub change_password: &'static str,
}

pub static WORDS: Words = Words {
    user_name: "User name",
    user_id: "User ID",
    copy_user_id: "Copy user ID",
    account_id: "Account ID",
    copy_account_id: "Copy account ID",
    change_password: "Change password",
};
