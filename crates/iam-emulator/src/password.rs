//! Passwords as the emulator keeps them: Argon2id with a random salt per password, as PHC
//! strings (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`), so a state file gives no password
//! away to one hash of a guess. Checking one costs the same whether or not anyone has it
//! ([`matches`] with no hash spends the work on a decoy), so the time an answer takes does
//! not tell who exists.

use std::sync::OnceLock;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

/// OWASP's minimum for Argon2id: 19 MiB, two passes, one lane (~20 ms here, optimised even
/// in dev builds: Cargo.toml's `[profile.dev.package.argon2]`).
fn kdf() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid Argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// A new hash of `password` with a fresh random salt.
pub fn hash(password: &str) -> String {
    let mut bytes = [0u8; 16];
    getrandom::getrandom(&mut bytes).expect("the system's random source");
    let salt = SaltString::encode_b64(&bytes).expect("16 bytes make a salt");
    kdf().hash_password(password.as_bytes(), &salt).expect("Argon2 hashes any password").to_string()
}

/// Whether `password` is the one `stored` was made from. With no `stored` hash (no such
/// user, or one without a password) the same work is done against a decoy and the answer
/// is no.
pub fn matches(stored: Option<&str>, password: &str) -> bool {
    static DECOY: OnceLock<String> = OnceLock::new();
    let (stored, real) = match stored {
        Some(stored) => (stored, true),
        None => (DECOY.get_or_init(|| hash("a decoy nobody can sign in with")).as_str(), false),
    };
    let Ok(parsed) = PasswordHash::new(stored) else { return false };
    kdf().verify_password(password.as_bytes(), &parsed).is_ok() && real
}

/// Whether `stored` is a hash this module makes (state files from before it kept SHA-256).
pub fn is_kept_hash(stored: &str) -> bool {
    stored.starts_with("$argon2id$")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_matches_its_password_only_and_two_hashes_of_one_password_differ() {
        let first = hash("Demo-Password-1");
        assert!(is_kept_hash(&first), "{first}");
        assert!(matches(Some(&first), "Demo-Password-1"));
        assert!(!matches(Some(&first), "Demo-Password-2"));
        assert_ne!(first, hash("Demo-Password-1"), "a random salt each time");
        assert!(!matches(None, "a decoy nobody can sign in with"), "the decoy opens nothing");
        assert!(!matches(Some("not a hash"), "x"));
    }
}
