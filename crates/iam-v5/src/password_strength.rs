//! A small password-strength estimator: words a person understands (weak / fair / strong,
//! with a reason), a short list of very common passwords it refuses, and no dictionary
//! (zxcvbn's ~880 KB gzip does not fit the console's budget).
//!
//! ```
//! use iam_v5::password_strength::{estimate, Level};
//! assert_eq!(estimate("Password1").level, Level::Weak);
//! assert_eq!(estimate("correct-Horse-battery-9").level, Level::Strong);
//! ```

use crate::password_policy::{longest_run, CharClasses};

/// How hard a password is to guess.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Guessable: refuse or improve.
    Weak,
    /// Acceptable.
    Fair,
    /// Hard to guess.
    Strong,
}

impl Level {
    /// The word shown to people.
    pub fn word(self) -> &'static str {
        match self {
            Level::Weak => "weak",
            Level::Fair => "fair",
            Level::Strong => "strong",
        }
    }
}

/// The estimate: a level and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Strength {
    /// How hard to guess.
    pub level: Level,
    /// Why, in a few words.
    pub reason: &'static str,
}

/// Very common passwords (and the stems people decorate with digits and symbols).
const COMMON: &[&str] = &[
    "password",
    "passw0rd",
    "p@ssw0rd",
    "p@ssword",
    "123456",
    "12345678",
    "123456789",
    "1234567890",
    "qwerty",
    "qwertyuiop",
    "qwerty123",
    "1q2w3e4r",
    "1qaz2wsx",
    "abc123",
    "111111",
    "000000",
    "iloveyou",
    "admin",
    "administrator",
    "welcome",
    "letmein",
    "monkey",
    "dragon",
    "sunshine",
    "princess",
    "football",
    "baseball",
    "superman",
    "trustno1",
    "huawei",
    "huaweicloud",
    "changeme",
    "secret",
    "master",
    "login",
    "hello",
    "starwars",
    "whatever",
    "zaq12wsx",
];

/// The password with trailing digits and symbols removed, ASCII-lowercased: `Password123!` → `password`.
fn stem(password: &str) -> String {
    password.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_ascii_punctuation()).to_ascii_lowercase()
}

/// Whether `password` is, or merely decorates, one of the very common passwords.
pub fn is_common(password: &str) -> bool {
    let lowered = password.to_ascii_lowercase();
    let stem = stem(password);
    COMMON.iter().any(|&c| c == lowered || (!stem.is_empty() && c == stem))
}

/// Whether the password is one run of consecutive keys or letters (`abcdef`, `654321`).
fn is_sequence(password: &str) -> bool {
    let bytes = password.as_bytes();
    bytes.len() >= 4
        && (bytes.windows(2).all(|w| w[1] == w[0].wrapping_add(1))
            || bytes.windows(2).all(|w| w[1].wrapping_add(1) == w[0]))
}

/// Estimates `password`'s strength.
pub fn estimate(password: &str) -> Strength {
    let length = password.chars().count();
    let classes = CharClasses::of(password).count();
    let weak = |reason| Strength { level: Level::Weak, reason };
    if is_common(password) {
        return weak("it is one of the most common passwords");
    }
    if length < 8 {
        return weak("it is short");
    }
    if is_sequence(password) || longest_run(password) as usize * 2 > length {
        return weak("it is an easy pattern");
    }
    if length >= 20 || (length >= 12 && classes >= 3) {
        let reason = if length >= 20 { "it is long" } else { "it is long and mixes character types" };
        return Strength { level: Level::Strong, reason };
    }
    let reason = if length < 12 {
        "a few more characters would make it strong"
    } else {
        "mixing in other character types would make it strong"
    };
    Strength { level: Level::Fair, reason }
}

// Host-only: proptest has no wasm32 randomness backend.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn common_passwords_and_their_decorations_are_weak() {
        for p in ["password", "Password1", "PASSWORD123!", "qwerty", "Huawei@123", "letmein!!"] {
            assert!(is_common(p), "{p}");
            assert_eq!(
                estimate(p),
                Strength { level: Level::Weak, reason: "it is one of the most common passwords" },
                "{p}"
            );
        }
        assert!(!is_common("Tr0ub4dor&3"));
    }

    #[test]
    fn levels_follow_length_classes_and_patterns() {
        assert_eq!(estimate("Ab1-").level, Level::Weak);
        assert_eq!(estimate("abcdefgh").reason, "it is an easy pattern");
        assert_eq!(estimate("zzzzzzzzA1").reason, "it is an easy pattern");
        assert_eq!(estimate("Tr0ub4dor").level, Level::Fair);
        assert_eq!(estimate("Tr0ub4dor&3x").level, Level::Strong);
        assert_eq!(estimate("correct horse battery staple").level, Level::Strong);
        assert_eq!(estimate("lowercaseonly12").reason, "mixing in other character types would make it strong");
    }

    proptest! {
        #[test]
        fn never_panics_and_longer_mixed_is_never_weaker(base in "[a-z]{8,12}") {
            let plain = estimate(&base);
            let richer = estimate(&format!("{base}X7-q"));
            prop_assert!(is_common(&base) || richer.level >= plain.level);
        }

        #[test]
        fn any_text_gets_an_estimate(text in any::<String>()) {
            let _ = estimate(&text);
        }
    }
}
