//! The header, notices and start-up page.
//!
//! The shape, and its English words.
//! First screen: a `const`, composed into [`crate::i18n::Text`].

use super::plural;

/// The header, notices and start-up page.
pub struct Words {
    pub brand: &'static str,
    pub main_nav: &'static str,
    pub my_account: &'static str,
    /// "{}" is where the user name goes (in bold).
    pub signed_in_as: &'static str,
    pub sign_out: &'static str,
    pub sign_in: &'static str,
    pub language: &'static str,
    pub theme: &'static str,
    pub theme_system: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub expired: &'static str,
    pub startup_title: &'static str,
    pub startup_help: &'static str,
    /// The browser's clock is `minutes` behind (positive) or ahead of the server's.
    pub clock_off: fn(i64) -> String,
    /// `document.title` of a page.
    pub document_title: fn(&str) -> String,
}

pub const WORDS: Words = Words {
    brand: "IAM Console",
    main_nav: "Main",
    my_account: "My account",
    signed_in_as: "Signed in as {}",
    sign_out: "Sign out",
    sign_in: "Sign in",
    language: "Language",
    theme: "Theme",
    theme_system: "System",
    theme_light: "Light",
    theme_dark: "Dark",
    expired: "Your sign-in has expired: the next request asks for your password.",
    startup_title: "IAM Console cannot start",
    startup_help: "Whoever deployed the console should correct config.json and reload this page.",
    clock_off: |minutes| {
        let direction = if minutes > 0 { "behind" } else { "ahead of" };
        format!(
            "Your device's clock is {} {direction} the server's. IAM Console corrects for it; \
             setting the clock right avoids surprises elsewhere.",
            plural(minutes.unsigned_abs(), "minute", "minutes")
        )
    },
    document_title: |page| format!("{page} – IAM Console"),
};
