//! The page for unknown paths.
//!
//! The shape, and its English words.

/// The page for unknown paths.
pub struct Words {
    pub body: &'static str,
    pub home_link: &'static str,
}

pub static WORDS: Words = Words {
    body: "There is no page at this address.",
    home_link: "Go to the start page",
};
