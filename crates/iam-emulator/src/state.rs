//! The emulator's state: what the seed starts, what requests change, and what
//! `--state` keeps across restarts.

use std::path::Path;

use iam_v5::signer::format_rfc3339;
use iam_v5::{PasswordPolicy, Tag, User};
use serde::{Deserialize, Serialize};

pub use crate::lockout::{Lockout, PasswordCheck, UnknownNames, LOCKOUT_ATTEMPTS, LOCKOUT_SECONDS};
use crate::password;
use crate::seed::{Seed, SeedAccessKey, SeedAccount, SeedGroup, SeedMfaDevice};

/// A user as the emulator keeps it: the API's fields plus secrets (passwords only as
/// [`crate::password`] hashes) and bookkeeping.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct UserRecord {
    pub user_id: String,
    pub user_name: String,
    pub description: String,
    pub enabled: bool,
    pub is_root_user: bool,
    pub created_at: String,
    pub tags: Vec<Tag>,
    pub admin: bool,
    pub deny: Vec<String>,
    pub access_keys: Vec<SeedAccessKey>,
    pub last_login_at: Option<String>,
    /// Hash of the current password first, then older ones (for reuse prevention).
    pub password_hashes: Vec<String>,
    pub password_changed_at: Option<i64>,
    /// Wrong passwords in a row (memory only: a wrong try never writes the state file).
    #[serde(skip)]
    pub lockout: Lockout,
    /// Whether the user has a login profile (may sign in to the console with a password).
    #[serde(default = "yes")]
    pub console_access: bool,
    /// The login profile asks for a new password at the next sign-in.
    #[serde(default)]
    pub password_reset_required: bool,
    /// When the login profile was made; the user's creation time when none is kept.
    #[serde(default)]
    pub login_profile_created_at: Option<String>,
    /// MFA devices bound to the user.
    #[serde(default)]
    pub mfa_devices: Vec<SeedMfaDevice>,
}

fn yes() -> bool {
    true
}

/// Past passwords remembered for reuse prevention.
const PASSWORDS_KEPT: usize = 25;

impl UserRecord {
    /// Checks `password` against the current one under the [`Lockout`] rule.
    pub fn check_password(&mut self, password: &str, t: i64) -> PasswordCheck {
        // A user made without a password (no login profile yet) has none to match.
        let current = self.password_hashes.first().map(String::as_str);
        self.lockout.check(t, || password::matches(current, password))
    }

    /// Whether `password` is one of the `remembered` latest ones.
    pub fn used_recently(&self, password: &str, remembered: usize) -> bool {
        self.password_hashes.iter().take(remembered).any(|stored| password::matches(Some(stored), password))
    }

    /// Makes `password` the current one, from now; a lock ends with it.
    pub fn set_password(&mut self, password: &str) {
        self.password_hashes.insert(0, password::hash(password));
        self.password_hashes.truncate(PASSWORDS_KEPT);
        self.password_changed_at = Some(now());
        self.lockout.clear();
    }
}

/// Temporary keys handed out by `/v3.0/OS-CREDENTIAL/securitytokens`.
#[derive(Clone, Serialize, Deserialize)]
pub struct TemporaryKey {
    pub access: String,
    pub secret: String,
    pub security_token: String,
    pub user_id: String,
    pub expires: i64,
}

iam_v5::debug_redacted!(TemporaryKey { access, user_id, expires; secret, security_token });

/// A classic token from `/v3/auth/tokens`.
#[derive(Clone, Serialize, Deserialize)]
pub struct TokenRecord {
    pub token: String,
    pub user_id: String,
    pub expires: i64,
}

iam_v5::debug_redacted!(TokenRecord { user_id, expires; token });

/// Everything the emulator knows.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct State {
    pub account: SeedAccount,
    pub password_policy: PasswordPolicy,
    pub users: Vec<UserRecord>,
    /// User groups, each with its members.
    #[serde(default)]
    pub groups: Vec<SeedGroup>,
    #[serde(default)]
    pub temporary_keys: Vec<TemporaryKey>,
    #[serde(default)]
    pub tokens: Vec<TokenRecord>,
    /// Wrong passwords for names nobody signs in with (memory only).
    #[serde(skip)]
    pub unknown_names: UnknownNames,
}

static CLOCK_OFFSET_SECONDS: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);

/// Shifts the emulator's clock by `seconds` (`--clock-offset`): to a browser on this
/// machine, its own clock then looks that far off, as a person's wrong clock would.
pub fn set_clock_offset(seconds: i64) {
    CLOCK_OFFSET_SECONDS.store(seconds, std::sync::atomic::Ordering::Relaxed);
}

/// Moves the emulator's clock on by `seconds` while it runs (`--clock-from-stdin`): tests
/// let time pass for keys and tokens without waiting for it.
pub fn advance_clock(seconds: i64) {
    CLOCK_OFFSET_SECONDS.fetch_add(seconds, std::sync::atomic::Ordering::Relaxed);
}

/// Seconds since the epoch, now, on the emulator's clock.
pub fn now() -> i64 {
    let system =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0);
    system + CLOCK_OFFSET_SECONDS.load(std::sync::atomic::Ordering::Relaxed)
}

impl State {
    /// The state a seed describes.
    pub fn from_seed(seed: Seed) -> Self {
        // One KDF run per distinct seed password (generated accounts share one), not per user.
        let mut hashed: std::collections::HashMap<String, String> = std::collections::HashMap::new();
        let users = seed
            .users
            .into_iter()
            .map(|u| UserRecord {
                password_hashes: vec![hashed.entry(u.password).or_insert_with_key(|p| password::hash(p)).clone()],
                created_at: u.created_at.unwrap_or_else(crate::seed::seeded_at),
                user_id: u.user_id,
                user_name: u.user_name,
                description: u.description,
                enabled: u.enabled,
                is_root_user: u.is_root_user,
                tags: u.tags,
                admin: u.admin,
                deny: u.deny,
                access_keys: u.access_keys,
                last_login_at: u.last_login_at,
                password_changed_at: None,
                lockout: Lockout::default(),
                console_access: true,
                password_reset_required: u.password_reset_required,
                login_profile_created_at: None,
                mfa_devices: u.mfa_devices,
            })
            .collect();
        State {
            account: seed.account,
            password_policy: seed.password_policy,
            users,
            groups: seed.groups,
            temporary_keys: Vec::new(),
            tokens: Vec::new(),
            unknown_names: UnknownNames::default(),
        }
    }

    /// Loads a state file written by [`State::save`]; what expired meanwhile is dropped.
    pub fn load(path: &Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read state {}: {e}", path.display()))?;
        let mut state: State =
            serde_json::from_str(&text).map_err(|e| format!("invalid state {}: {e}", path.display()))?;
        if state.users.iter().flat_map(|u| &u.password_hashes).any(|h| !password::is_kept_hash(h)) {
            return Err(format!(
                "state {} keeps passwords as an older emulator did (one SHA-256): delete it to start again from the seed",
                path.display()
            ));
        }
        state.prune(now());
        Ok(state)
    }

    /// Drops tokens and temporary keys that no longer work at `t`.
    pub fn prune(&mut self, t: i64) {
        self.tokens.retain(|token| token.expires > t);
        self.temporary_keys.retain(|key| key.expires > t);
    }

    /// Writes the state to `path` so that no crash leaves half a file and nobody else can
    /// read it (`state_file::replace`); `Emulator::persist` prunes what expired first.
    ///
    /// The file holds what the emulator checks signatures with, so access-key secrets,
    /// temporary secrets and security tokens are kept as they are; passwords only as
    /// Argon2id hashes with a random salt each.
    pub fn save(&self, path: &Path) -> Result<(), String> {
        let text = serde_json::to_vec_pretty(self).map_err(|e| e.to_string())?;
        crate::state_file::replace(path, &text)
    }

    /// The user with this id.
    pub fn user(&self, user_id: &str) -> Option<&UserRecord> {
        self.users.iter().find(|u| u.user_id == user_id)
    }

    /// The group with this id.
    pub fn group(&self, group_id: &str) -> Option<&SeedGroup> {
        self.groups.iter().find(|g| g.group_id == group_id)
    }

    /// The user with this id, to change.
    pub fn user_mut(&mut self, user_id: &str) -> Option<&mut UserRecord> {
        self.users.iter_mut().find(|u| u.user_id == user_id)
    }

    /// A user as the API shows it (`with_tags`: UserEx).
    pub fn api_user(&self, user: &UserRecord, with_tags: bool) -> User {
        User {
            user_id: user.user_id.clone(),
            user_name: user.user_name.clone(),
            description: user.description.clone(),
            enabled: user.enabled,
            is_root_user: user.is_root_user,
            created_at: user.created_at.clone(),
            urn: iam_v5::user_urn(&self.account.id, &user.user_name),
            tags: with_tags.then(|| user.tags.clone()),
        }
    }
}

/// RFC 3339 for now + `seconds`.
pub fn rfc3339_in(seconds: i64) -> String {
    format_rfc3339(now() + seconds)
}
