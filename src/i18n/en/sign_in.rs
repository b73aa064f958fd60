//! Sign-in page and dialog.
//!
//! The shape, and its English words.
//! First screen: a `const`, composed into [`crate::i18n::Text`].

/// Sign-in page and dialog.
pub struct Words {
    pub method: &'static str,
    pub password_method: &'static str,
    pub keys_method: &'static str,
    pub account: &'static str,
    pub user: &'static str,
    pub password: &'static str,
    pub password_note: &'static str,
    pub access_key: &'static str,
    pub secret_key: &'static str,
    pub security_token: &'static str,
    pub keys_note: &'static str,
    pub submit: &'static str,
    pub pending: &'static str,
    pub enter_account: &'static str,
    pub enter_user: &'static str,
    pub enter_password: &'static str,
    pub enter_access_key: &'static str,
    pub enter_secret_key: &'static str,
    pub unknown_account: &'static str,
    pub wrong_password: &'static str,
    pub disabled: &'static str,
    pub keys_refused: &'static str,
    pub failed: &'static str,
    pub again_title: &'static str,
    pub expiring: &'static str,
    pub expired: &'static str,
    pub not_now: &'static str,
    /// Whose password renews the sign-in: user name and account name.
    pub again_as: fn(&str, &str) -> String,
}

pub const WORDS: Words = Words {
    method: "Sign in with",
    password_method: "Password",
    keys_method: "Access keys",
    account: "Account name",
    user: "IAM user name",
    password: "Password",
    password_note: "You stay signed in in this tab until you sign out or your sign-in expires; closing the tab \
                    signs you out.",
    access_key: "Access key ID",
    secret_key: "Secret access key",
    security_token: "Security token (optional)",
    keys_note: "Your keys are kept in this tab's memory only: reloading the page signs you out.",
    submit: "Sign in",
    pending: "Signing in…",
    enter_account: "Enter your account name.",
    enter_user: "Enter your IAM user name.",
    enter_password: "Enter your password.",
    enter_access_key: "Enter your access key ID.",
    enter_secret_key: "Enter your secret access key.",
    unknown_account: "There is no account with this name. Check the account name.",
    wrong_password: "The IAM user name or password is not right. Check them and try again.",
    disabled: "This IAM user is disabled. Ask an administrator of your account to enable it.",
    keys_refused: "These keys were not accepted.",
    failed: "Signing in failed.",
    again_title: "Sign in again",
    expiring: "Your sign-in expires soon.",
    expired: "Your sign-in has expired.",
    not_now: "Not now",
    again_as: |user, account| {
        format!("Enter the password of {user} (account {account}) to go on. Nothing on this page is lost.")
    },
};
