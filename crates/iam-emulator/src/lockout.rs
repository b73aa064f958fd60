//! The one lockout rule of every password check (`/v5/caller-password`, the token call):
//! while locked nothing is checked; a wrong password counts, and the [`LOCKOUT_ATTEMPTS`]th
//! in a row locks for [`LOCKOUT_SECONDS`]; a right one resets the count. Names nobody has
//! are counted and locked the same way, so a lock does not tell who exists. Counts live in
//! memory only: a wrong password never writes the state file.

use std::collections::HashMap;

/// Wrong passwords in a row before a name is locked.
pub const LOCKOUT_ATTEMPTS: u32 = 5;
/// How long a lock lasts, in seconds.
pub const LOCKOUT_SECONDS: i64 = 15 * 60;
/// Unknown names remembered at most; beyond it, those not locked are forgotten.
const UNKNOWN_NAMES_KEPT: usize = 10_000;

/// What checking a password found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordCheck {
    Right,
    Wrong,
    /// Locked until this time (already, or by this wrong password).
    Locked(i64),
}

/// Wrong passwords in a row, and the lock they led to.
#[derive(Debug, Clone, Default)]
pub struct Lockout {
    failed_attempts: u32,
    locked_until: Option<i64>,
}

impl Lockout {
    /// Checks with `right` (whether the password matched, worked out only when not locked).
    pub fn check(&mut self, t: i64, right: impl FnOnce() -> bool) -> PasswordCheck {
        if let Some(until) = self.locked(t) {
            return PasswordCheck::Locked(until);
        }
        if right() {
            self.failed_attempts = 0;
            return PasswordCheck::Right;
        }
        self.failed_attempts += 1;
        if self.failed_attempts < LOCKOUT_ATTEMPTS {
            return PasswordCheck::Wrong;
        }
        self.failed_attempts = 0;
        self.locked_until = Some(t + LOCKOUT_SECONDS);
        PasswordCheck::Locked(t + LOCKOUT_SECONDS)
    }

    /// Until when it is locked at `t`, if it is.
    pub fn locked(&self, t: i64) -> Option<i64> {
        self.locked_until.filter(|&until| until > t)
    }

    /// A new password was set: the count and the lock go.
    pub fn clear(&mut self) {
        *self = Lockout::default();
    }
}

/// Lockouts of names nobody signs in with (no such user, or one without console access).
#[derive(Debug, Clone, Default)]
pub struct UnknownNames(HashMap<String, Lockout>);

impl UnknownNames {
    /// The lockout of `name`, made on first use; those not locked are let go when too many
    /// are kept. Kept by the name's SHA-256, so a name of any length (up to a body's 64 KiB)
    /// costs the same 64 bytes.
    pub fn of(&mut self, name: &str, t: i64) -> &mut Lockout {
        let key = iam_v5::signer::sha256_hex(name.as_bytes());
        if self.0.len() >= UNKNOWN_NAMES_KEPT && !self.0.contains_key(&key) {
            self.0.retain(|_, lockout| lockout.locked(t).is_some());
        }
        self.0.entry(key).or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fifth_wrong_password_locks_and_a_lock_holds_even_the_right_one() {
        let mut lockout = Lockout::default();
        for _ in 1..LOCKOUT_ATTEMPTS {
            assert_eq!(lockout.check(100, || false), PasswordCheck::Wrong);
        }
        assert_eq!(lockout.check(100, || false), PasswordCheck::Locked(100 + LOCKOUT_SECONDS));
        assert_eq!(
            lockout.check(101, || panic!("not checked while locked")),
            PasswordCheck::Locked(100 + LOCKOUT_SECONDS)
        );
        assert_eq!(lockout.check(100 + LOCKOUT_SECONDS, || true), PasswordCheck::Right, "the lock ends");
    }

    #[test]
    fn unknown_names_are_forgotten_when_too_many_unless_locked() {
        let mut names = UnknownNames::default();
        for _ in 0..LOCKOUT_ATTEMPTS {
            names.of("locked", 0).check(0, || false);
        }
        for n in 0..UNKNOWN_NAMES_KEPT {
            names.of(&format!("probe-{n}"), 0).check(0, || false);
        }
        assert!(names.0.len() <= UNKNOWN_NAMES_KEPT);
        assert!(names.of("locked", 1).locked(1).is_some());
    }
}
