//! The change-password page.
//!
//! The shape, and its English words.

use iam_v5::password_policy::Rule;
use iam_v5::password_strength::{Level, Reason};

use super::classes;

/// The change-password page.
pub struct Words {
    pub reset_required: &'static str,
    pub loading: &'static str,
    pub policy_fallback: &'static str,
    pub not_allowed: &'static str,
    pub current: &'static str,
    pub new: &'static str,
    pub confirm: &'static str,
    pub user_name: &'static str,
    pub reveal_current: &'static str,
    pub reveal_new: &'static str,
    pub reveal_confirm: &'static str,
    pub submit: &'static str,
    pub pending: &'static str,
    pub changed: &'static str,
    pub enter_current: &'static str,
    pub enter_new: &'static str,
    pub common: &'static str,
    pub enter_confirm: &'static str,
    pub mismatch: &'static str,
    pub refused: &'static str,
    pub checklist_intro: &'static str,
    pub confirmation_matches: &'static str,
    pub met: &'static str,
    pub not_met: &'static str,
    /// A policy rule as a checklist line (with the character types the password has).
    pub rule: fn(&Rule) -> String,
    /// A broken policy rule as a message under "New password".
    pub refusal: fn(&Rule) -> String,
    /// "Strength: fair (…)".
    pub strength: fn(Level, Reason) -> String,
}

pub static WORDS: Words = Words {
    reset_required: "Your administrator asks you to set a new password.",
    loading: "Loading your account's password rules…",
    policy_fallback: "Your account's password policy could not be loaded, so the default rules are shown. The \
                      server checks the real policy when you change your password.",
    not_allowed: "Your account does not allow you to change your own password. Ask an administrator of your \
                  account to change it for you.",
    current: "Current password",
    new: "New password",
    confirm: "Confirm new password",
    user_name: "User name",
    reveal_current: "current password",
    reveal_new: "new password",
    reveal_confirm: "confirmation",
    submit: "Change password",
    pending: "Changing password…",
    changed: "Your password has been changed.",
    enter_current: "Enter your current password.",
    enter_new: "Enter a new password.",
    common: "This is one of the most common passwords. Choose one that is harder to guess.",
    enter_confirm: "Confirm your new password.",
    mismatch: "The passwords do not match.",
    refused: "The password was not changed.",
    checklist_intro: "Your new password needs:",
    confirmation_matches: "The confirmation matches",
    met: "(done)",
    not_met: "(not yet)",
    rule: |rule| match rule {
        Rule::Length { min, max } => format!("{min} to {max} characters"),
        Rule::CharClasses { required, present } => format!(
            "At least {required} of 4 character types: uppercase, lowercase, digit, special (has {}: {})",
            present.count(),
            classes(present)
        ),
        Rule::NotUserName => "Not the user name, forwards or backwards".into(),
        Rule::MaxIdenticalInRow { max } => format!("No more than {max} identical characters in a row"),
        Rule::DiffersFromOld => "Different from your current password".into(),
    },
    // The server's own English sentences (iam-v5), so both say the same.
    refusal: |rule| rule.refusal().1,
    strength: |level, reason| {
        let level = match level {
            Level::Weak => "weak",
            Level::Fair => "fair",
            Level::Strong => "strong",
        };
        let reason = match reason {
            Reason::Common => "it is one of the most common passwords",
            Reason::Short => "it is short",
            Reason::EasyPattern => "it is an easy pattern",
            Reason::Long => "it is long",
            Reason::LongAndMixed => "it is long and mixes character types",
            Reason::NeedsLength => "a few more characters would make it strong",
            Reason::NeedsTypes => "mixing in other character types would make it strong",
        };
        format!("Strength: {level} ({reason})")
    },
};
