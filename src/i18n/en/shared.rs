//! Entry of the shared components.
//!
//! The shape, and its English words.
//! First screen: a `const`, composed into [`crate::i18n::Text`].

/// Entry of the shared components.
pub struct Words {
    pub show: &'static str,
    pub hide: &'static str,
    pub close: &'static str,
    pub copied: &'static str,
    pub not_copied: &'static str,
    /// "{}" is where the code goes.
    pub error_code: &'static str,
    /// "{}" is where the request id goes.
    pub request_id: &'static str,
    /// The show/hide toggle's name: whether the password is shown, and which one.
    pub reveal: fn(bool, &str) -> String,
    /// What did not happen, then why.
    pub lead_and_reason: fn(&str, &str) -> String,
    pub try_again: &'static str,
    pub problem_title: &'static str,
    pub permission_title: &'static str,
    pub permission_ask: &'static str,
    pub copy_request_id: &'static str,
    pub show_details: &'static str,
    pub details_title: &'static str,
    pub decoding: &'static str,
    pub not_decoded: &'static str,
    /// Shown while a page's code arrives (only after a moment: a quick load shows nothing).
    pub page_loading: &'static str,
    /// A page's code did not arrive: the heading, then what to do.
    pub page_not_loaded_title: &'static str,
    pub page_not_loaded: &'static str,
}

pub const WORDS: Words = Words {
    show: "Show",
    hide: "Hide",
    close: "Close",
    copied: "Copied.",
    not_copied: "Copying failed: select the text and copy it yourself.",
    error_code: "Error code: {}",
    request_id: "Request ID: {}",
    reveal: |shown, what| format!("{} {what}", if shown { "Hide" } else { "Show" }),
    lead_and_reason: |lead, reason| format!("{lead} {reason}"),
    try_again: "Try again",
    problem_title: "There is a problem",
    permission_title: "You do not have permission to do this",
    permission_ask: "Ask an administrator of your account for the permission, quoting the request ID.",
    copy_request_id: "Copy request ID",
    show_details: "Show details",
    details_title: "Why access was denied",
    decoding: "Asking IAM why…",
    not_decoded: "The details could not be loaded:",
    page_loading: "Loading the page…",
    page_not_loaded_title: "Page not loaded",
    page_not_loaded: "This page could not be loaded. Check your connection, then try again.",
};
