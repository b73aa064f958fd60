//! Problems with config.json, and what a field must hold.
//!
//! The shape, and its English words.
//! First screen: a `const`, composed into [`crate::i18n::Text`].

/// Problems with config.json, and what a field must hold.
pub struct Words {
    pub not_json: &'static str,
    pub expect_host: &'static str,
    pub expect_text: &'static str,
    pub expect_list: &'static str,
    pub expect_methods: &'static str,
    pub expect_seconds: &'static str,
    /// A field holds something it must not: the field and what it must be.
    pub wrong: fn(&str, &str) -> String,
    /// A field config.json does not know, and the known ones.
    pub unknown: fn(&str, &str) -> String,
}

pub const WORDS: Words = Words {
    not_json: "config.json is not valid JSON.",
    expect_host: "a host name such as iam.myhuaweicloud.com (no https://, no path)",
    expect_text: "text",
    expect_list: "a list",
    expect_methods: "a non-empty list of \"password\" and \"access_keys\"",
    expect_seconds: "a whole number of seconds from 900 to 86400",
    wrong: |field, expected| format!("config.json: \"{field}\" must be {expected}."),
    unknown: |field, known| format!("config.json: \"{field}\" is not a setting. Known settings: {known}."),
};
