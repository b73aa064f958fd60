//! A small password-strength estimator: a level a person understands (weak / fair / strong,
//! with a reason, worded by the app), a short list of very common passwords it refuses, and no dictionary
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

/// Why a password got its level; the app words it in the reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// It is one of the most common passwords (or decorates one).
    Common,
    /// Fewer than 8 characters.
    Short,
    /// A keyboard or alphabet run, or mostly one repeated character.
    EasyPattern,
    /// 20 characters or more.
    Long,
    /// 12 characters or more, of 3 or more character types.
    LongAndMixed,
    /// Fair: a few more characters would make it strong.
    NeedsLength,
    /// Fair: other character types would make it strong.
    NeedsTypes,
}

/// The estimate: a level and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Strength {
    /// How hard to guess.
    pub level: Level,
    /// Why.
    pub reason: Reason,
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
        return weak(Reason::Common);
    }
    if length < 8 {
        return weak(Reason::Short);
    }
    if is_sequence(password) || longest_run(password) as usize * 2 > length {
        return weak(Reason::EasyPattern);
    }
    if length >= 20 || (length >= 12 && classes >= 3) {
        let reason = if length >= 20 { Reason::Long } else { Reason::LongAndMixed };
        return Strength { level: Level::Strong, reason };
    }
    let reason = if length < 12 { Reason::NeedsLength } else { Reason::NeedsTypes };
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
            assert_eq!(estimate(p), Strength { level: Level::Weak, reason: Reason::Common }, "{p}");
        }
        assert!(!is_common("Tr0ub4dor&3"));
    }

    #[test]
    fn levels_follow_length_classes_and_patterns() {
        assert_eq!(estimate("Ab1-").level, Level::Weak);
        assert_eq!(estimate("abcdefgh").reason, Reason::EasyPattern);
        assert_eq!(estimate("zzzzzzzzA1").reason, Reason::EasyPattern);
        assert_eq!(estimate("Tr0ub4dor").level, Level::Fair);
        assert_eq!(estimate("Tr0ub4dor&3x").level, Level::Strong);
        assert_eq!(estimate("correct horse battery staple").level, Level::Strong);
        assert_eq!(estimate("lowercaseonly12").reason, Reason::NeedsTypes);
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
