//! The emulator's state: what the seed starts, what requests change, and what
//! `--state` keeps across restarts.

use std::path::Path;

use iam_v5::signer::{format_rfc3339, sha256_hex};
use iam_v5::{PasswordPolicy, Tag, User};
use serde::{Deserialize, Serialize};

use crate::seed::{Seed, SeedAccessKey, SeedAccount, SeedGroup, SeedMfaDevice};

/// Wrong old passwords in a row before a user is locked.
pub const LOCKOUT_ATTEMPTS: u32 = 5;
/// How long a lock lasts, in seconds.
pub const LOCKOUT_SECONDS: i64 = 15 * 60;

/// A user as the emulator keeps it: the API's fields plus secrets (passwords only as
/// salted hashes) and bookkeeping.
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
    pub failed_attempts: u32,
    pub locked_until: Option<i64>,
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

/// What checking a password against a user's current one found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordCheck {
    Right,
    Wrong,
    /// Locked until this time (already, or by this wrong password).
    Locked(i64),
}

impl UserRecord {
    /// The one lockout rule of every password check (`caller-password`, the token call):
    /// while locked, nothing is checked; a wrong password counts, and the
    /// [`LOCKOUT_ATTEMPTS`]th in a row locks for [`LOCKOUT_SECONDS`]; a right one resets
    /// the count. Persist the state afterwards: the count changed.
    pub fn check_password(&mut self, password: &str, t: i64) -> PasswordCheck {
        if let Some(until) = self.locked_until.filter(|&until| until > t) {
            return PasswordCheck::Locked(until);
        }
        // A user made without a password (no login profile yet) has none to match.
        if self.password_hashes.first().is_some_and(|hash| *hash == password_hash(&self.user_id, password)) {
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
}

/// Temporary keys handed out by `/v3.0/OS-CREDENTIAL/securitytokens`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TemporaryKey {
    pub access: String,
    pub secret: String,
    pub security_token: String,
    pub user_id: String,
    pub expires: i64,
}

/// A classic token from `/v3/auth/tokens`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TokenRecord {
    pub token: String,
    pub user_id: String,
    pub expires: i64,
}

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
}

/// Salted so equal passwords of two users do not look alike in a state file.
pub fn password_hash(user_id: &str, password: &str) -> String {
    sha256_hex(format!("{user_id}\n{password}").as_bytes())
}

static CLOCK_OFFSET_SECONDS: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);

/// Shifts the emulator's clock by `seconds` (`--clock-offset`): to a browser on this
/// machine, its own clock then looks that far off, as a person's wrong clock would.
pub fn set_clock_offset(seconds: i64) {
    CLOCK_OFFSET_SECONDS.store(seconds, std::sync::atomic::Ordering::Relaxed);
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
        let users = seed
            .users
            .into_iter()
            .map(|u| UserRecord {
                password_hashes: vec![password_hash(&u.user_id, &u.password)],
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
                failed_attempts: 0,
                locked_until: None,
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
        }
    }

    /// Loads a state file written by [`State::save`].
    pub fn load(path: &Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read state {}: {e}", path.display()))?;
        serde_json::from_str(&text).map_err(|e| format!("invalid state {}: {e}", path.display()))
    }

    /// Writes to a temporary file beside `path`, then renames it over `path`, so a crash
    /// never leaves half a state file.
    pub fn save(&self, path: &Path) -> Result<(), String> {
        let text = serde_json::to_string_pretty(self).map_err(|e| e.to_string())?;
        let tmp = path.with_extension("tmp");
        std::fs::write(&tmp, text).map_err(|e| format!("cannot write {}: {e}", tmp.display()))?;
        std::fs::rename(&tmp, path).map_err(|e| format!("cannot replace {}: {e}", path.display()))
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
