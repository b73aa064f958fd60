//! Failed requests.
//!
//! The shape, and its English words.
//! First screen: a `const`, composed into [`crate::i18n::Text`].

use super::{known_code, plural};

/// Failed requests.
pub struct Words {
    pub timeout: &'static str,
    pub network: &'static str,
    /// The gateway could not reach IAM, with the gateway's HTTP status.
    pub gateway: fn(u16) -> String,
    /// An answer that could not be read, with its HTTP status.
    pub malformed: fn(u16) -> String,
    /// A message followed by its error code.
    pub with_code: fn(&str, &str) -> String,
    /// Our words for a refusal, followed by the server's own message that says more.
    pub with_detail: fn(&str, &str) -> String,
    /// The console's own words for an error code it knows; `None` for other codes,
    /// whose message is shown as the server sent it.
    pub known_code: fn(&str) -> Option<&'static str>,
    /// The lockout: when to try again (a time of day) and in how many minutes.
    pub locked_until: fn(&str, u32) -> String,
}

pub const WORDS: Words = Words {
    timeout: "The server took too long to answer.",
    network: "The server could not be reached. Check your connection.",
    gateway: |status| {
        format!("IAM cannot be reached right now: the console's gateway got no answer from it (HTTP {status}). Try again in a moment.")
    },
    malformed: |status| format!("The server sent an answer we could not read (HTTP {status})."),
    with_code: |message, code| format!("{message} (error code {code})"),
    known_code,
    with_detail: |ours, detail| format!("{ours} {detail}"),
    locked_until: |time, minutes| {
        format!(
            "Too many wrong passwords: your user is locked for now. Try again at {time} (in {}).",
            plural(minutes, "minute", "minutes")
        )
    },
};
