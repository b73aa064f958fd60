//! The password policy, checked rule by rule, so a form can show a live checklist and
//! the emulator can refuse by the same rules with the same codes.
//!
//! ```
//! use iam_v5::{password_policy, PasswordPolicy};
//! let results = password_policy::check(&PasswordPolicy::default(), "alice", "Old-Password-1", "ecila");
//! assert!(results.iter().any(|r| !r.passed));
//! ```

use crate::error::codes;
use crate::PasswordPolicy;

/// The four character classes a policy counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CharClasses {
    /// A-Z.
    pub upper: bool,
    /// a-z.
    pub lower: bool,
    /// 0-9.
    pub digit: bool,
    /// ASCII punctuation or space.
    pub special: bool,
}

impl CharClasses {
    /// Which classes appear in `text`. Characters outside ASCII count in none.
    pub fn of(text: &str) -> Self {
        let mut classes = Self::default();
        for c in text.chars() {
            match c {
                'A'..='Z' => classes.upper = true,
                'a'..='z' => classes.lower = true,
                '0'..='9' => classes.digit = true,
                c if c == ' ' || c.is_ascii_punctuation() => classes.special = true,
                _ => {}
            }
        }
        classes
    }

    /// How many classes are present.
    pub fn count(&self) -> u32 {
        [self.upper, self.lower, self.digit, self.special].iter().filter(|&&b| b).count() as u32
    }
}

/// One rule of the policy, with what it requires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    /// Between `min` and `max` characters.
    Length {
        /// Fewest characters.
        min: u32,
        /// Most characters.
        max: u32,
    },
    /// At least `required` of the four classes; `present` says which the password has.
    CharClasses {
        /// How many classes are required.
        required: u32,
        /// Which the password has.
        present: CharClasses,
    },
    /// Not the user name nor the user name reversed (ignoring case).
    NotUserName,
    /// No more than `max` identical characters in a row.
    MaxIdenticalInRow {
        /// Longest allowed run.
        max: u32,
    },
    /// Different from the current password.
    DiffersFromOld,
}

impl Rule {
    /// The server's refusal for this rule, as `(error_code, error_msg)` in English (the
    /// emulator's words; the app words a [`Rule`] itself, in the reader's language).
    pub fn refusal(&self) -> (&'static str, String) {
        let code = if matches!(self, Rule::DiffersFromOld) { codes::PASSWORD_UNCHANGED } else { codes::WEAK_PASSWORD };
        let message = match self {
            Rule::Length { min, max } => format!("The password must be {min} to {max} characters long."),
            Rule::CharClasses { required, .. } => format!(
                "The password must contain at least {required} of these character types: uppercase letters, lowercase letters, digits, special characters."
            ),
            Rule::NotUserName => "The password must not be the user name or the user name spelled backwards.".into(),
            Rule::MaxIdenticalInRow { max } => {
                format!("The password must not contain more than {max} identical characters in a row.")
            }
            Rule::DiffersFromOld => "The new password must be different from the old password.".into(),
        };
        (code, message)
    }
}

/// A rule and whether the password meets it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleResult {
    /// The rule.
    pub rule: Rule,
    /// Whether it is met.
    pub passed: bool,
}

/// The longest run of one character repeated.
pub fn longest_run(text: &str) -> u32 {
    let mut longest = 0;
    let mut run = 0;
    let mut previous = None;
    for c in text.chars() {
        run = if Some(c) == previous { run + 1 } else { 1 };
        previous = Some(c);
        longest = longest.max(run);
    }
    longest
}

/// Checks `new` against every rule of `policy`, one result per rule, in checklist order.
/// Rules a policy switches off (not-user-name, identical-in-a-row 0) are left out.
pub fn check(policy: &PasswordPolicy, user_name: &str, old: &str, new: &str) -> Vec<RuleResult> {
    let length = new.chars().count() as u32;
    let present = CharClasses::of(new);
    let mut results = vec![
        RuleResult {
            rule: Rule::Length { min: policy.minimum_password_length, max: policy.maximum_password_length },
            passed: (policy.minimum_password_length..=policy.maximum_password_length).contains(&length),
        },
        RuleResult {
            rule: Rule::CharClasses { required: policy.password_char_combination, present },
            passed: present.count() >= policy.password_char_combination,
        },
    ];
    if policy.password_not_username_or_invert {
        // User names are ASCII (see `rules::user_name`), so ASCII case folding is exact here
        // and spares the browser build Unicode's case tables.
        let lowered = new.to_ascii_lowercase();
        let name = user_name.to_ascii_lowercase();
        let reversed: String = name.chars().rev().collect();
        let passed = new.is_empty() || (lowered != name && lowered != reversed);
        results.push(RuleResult { rule: Rule::NotUserName, passed });
    }
    if policy.maximum_consecutive_identical_chars > 0 {
        let max = policy.maximum_consecutive_identical_chars;
        results.push(RuleResult { rule: Rule::MaxIdenticalInRow { max }, passed: longest_run(new) <= max });
    }
    results.push(RuleResult { rule: Rule::DiffersFromOld, passed: new.is_empty() || new != old });
    results
}

/// The first rule `new` breaks, in checklist order.
pub fn first_broken(policy: &PasswordPolicy, user_name: &str, old: &str, new: &str) -> Option<Rule> {
    check(policy, user_name, old, new).into_iter().find(|r| !r.passed).map(|r| r.rule)
}

/// The first broken rule, as the server refuses it: `(error_code, error_msg)`.
pub fn first_refusal(policy: &PasswordPolicy, user_name: &str, old: &str, new: &str) -> Option<(&'static str, String)> {
    first_broken(policy, user_name, old, new).map(|rule| rule.refusal())
}

// Host-only: proptest has no wasm32 randomness backend.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn strict() -> PasswordPolicy {
        PasswordPolicy {
            minimum_password_length: 10,
            password_char_combination: 3,
            maximum_consecutive_identical_chars: 2,
            ..PasswordPolicy::default()
        }
    }

    fn failed(results: &[RuleResult]) -> Vec<Rule> {
        results.iter().filter(|r| !r.passed).map(|r| r.rule.clone()).collect()
    }

    #[test]
    fn a_good_password_passes_every_rule() {
        let results = check(&strict(), "alice", "Old-Password-1", "Tr0ub4dor&3x");
        assert_eq!(results.len(), 5);
        assert!(failed(&results).is_empty(), "{results:?}");
    }

    #[test]
    fn each_rule_fails_on_its_own() {
        let p = strict();
        assert!(matches!(failed(&check(&p, "alice", "x", "Ab1-"))[..], [Rule::Length { .. }]));
        assert!(matches!(failed(&check(&p, "alice", "x", "abcdefghijk1"))[..], [Rule::CharClasses { .. }]));
        assert_eq!(failed(&check(&p, "Admin-User-1", "x", "1-RESU-NIMDA")), vec![Rule::NotUserName]);
        assert_eq!(failed(&check(&p, "alice", "x", "Abc-aaa-12345")), vec![Rule::MaxIdenticalInRow { max: 2 }]);
        assert_eq!(failed(&check(&p, "alice", "Same-Pass-123", "Same-Pass-123")), vec![Rule::DiffersFromOld]);
    }

    #[test]
    fn classes_say_which_are_present() {
        let classes = CharClasses::of("aB3");
        assert_eq!(classes, CharClasses { upper: true, lower: true, digit: true, special: false });
        assert_eq!(CharClasses::of("é "), CharClasses { special: true, ..CharClasses::default() });
    }

    #[test]
    fn refusals_carry_the_catalogue_codes() {
        let p = PasswordPolicy::default();
        assert_eq!(first_refusal(&p, "alice", "Old-Pass-1", "Old-Pass-1").unwrap().0, codes::PASSWORD_UNCHANGED);
        assert_eq!(first_refusal(&p, "alice", "Old-Pass-1", "short").unwrap().0, codes::WEAK_PASSWORD);
        assert_eq!(first_refusal(&p, "alice", "Old-Pass-1", "New-Pass-2"), None);
    }

    proptest! {
        #[test]
        fn length_counts_characters(n in 0usize..40, c in prop::sample::select(vec!['é', '漢', 'a', '😀'])) {
            let p = PasswordPolicy::default();
            let new: String = std::iter::repeat_n(c, n).collect();
            let length = check(&p, "bob", "old", &new).into_iter().find(|r| matches!(r.rule, Rule::Length { .. })).unwrap();
            prop_assert_eq!(length.passed, (8..=32).contains(&n));
        }

        #[test]
        fn longest_run_is_the_longest(parts in prop::collection::vec((any::<char>(), 1u32..6), 1..8)) {
            let mut text = String::new();
            let mut expected = 0;
            let mut last: Option<(char, u32)> = None;
            for (c, n) in parts {
                for _ in 0..n { text.push(c); }
                let run = match last { Some((prev, len)) if prev == c => len + n, _ => n };
                expected = expected.max(run);
                last = Some((c, run));
            }
            prop_assert_eq!(longest_run(&text), expected);
        }

        #[test]
        fn reversed_user_name_is_refused_in_any_case(name in "[A-Za-z0-9]{8,20}") {
            let reversed: String = name.chars().rev().collect();
            let p = PasswordPolicy::default();
            for candidate in [name.clone(), reversed.to_uppercase(), name.to_lowercase()] {
                let r = check(&p, &name, "old", &candidate);
                prop_assert!(!r.iter().find(|r| r.rule == Rule::NotUserName).unwrap().passed);
            }
        }

        #[test]
        fn check_never_panics(user in any::<String>(), old in any::<String>(), new in any::<String>(), min in 8u32..=32, classes in 2u32..=4, run in 0u32..=32) {
            let p = PasswordPolicy { minimum_password_length: min, password_char_combination: classes, maximum_consecutive_identical_chars: run, ..PasswordPolicy::default() };
            let results = check(&p, &user, &old, &new);
            prop_assert!(results.len() >= 3);
        }
    }
}
