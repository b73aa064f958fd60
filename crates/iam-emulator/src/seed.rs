//! The seed: the emulator's starting data, JSON in the API's own field names.

use iam_v5::PasswordPolicy;
use serde::{Deserialize, Serialize};

/// The demo seed `cargo xtask serve` and the e2e tests start from.
pub const DEMO_SEED: &str = include_str!("demo-seed.json");

/// The whole seed file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seed {
    /// The account every user belongs to.
    pub account: SeedAccount,
    /// The account's password policy; the documented defaults when absent.
    #[serde(default)]
    pub password_policy: PasswordPolicy,
    /// Users, in the order `GET /v5/users` lists them.
    pub users: Vec<SeedUser>,
    /// User groups, in the order `GET /v5/groups` lists them, with their members' ids.
    #[serde(default)]
    pub groups: Vec<SeedGroup>,
}

/// `{"id", "name"}` of the account.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedAccount {
    /// Account id, used in URNs.
    pub id: String,
    /// Account (domain) name.
    pub name: String,
}

/// One user, with the secrets only the emulator knows (`Debug` shows its password as `***`).
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedUser {
    /// 32-character user id.
    pub user_id: String,
    /// Login name.
    pub user_name: String,
    /// Free text; values the API would refuse are accepted here on purpose.
    #[serde(default)]
    pub description: String,
    /// Whether the user may sign in.
    #[serde(default = "yes")]
    pub enabled: bool,
    /// Whether this is the account's root user.
    #[serde(default)]
    pub is_root_user: bool,
    /// Current login password.
    pub password: String,
    /// Whether the user may call the admin actions (list/show/update users).
    #[serde(default)]
    pub admin: bool,
    /// Tags shown on the user's detail page.
    #[serde(default)]
    pub tags: Vec<iam_v5::Tag>,
    /// Permanent access keys of the user.
    #[serde(default)]
    pub access_keys: Vec<SeedAccessKey>,
    /// Actions denied to this user even if `admin` would allow them, e.g.
    /// `"iam:securitypolicies:getPasswordPolicyV5"` (for testing permission errors).
    #[serde(default)]
    pub deny: Vec<String>,
    /// RFC 3339 creation time; a fixed default when absent.
    #[serde(default)]
    pub created_at: Option<String>,
    /// RFC 3339 time of the last console sign-in; none when absent.
    #[serde(default)]
    pub last_login_at: Option<String>,
    /// The login profile asks for a new password at the next sign-in.
    #[serde(default)]
    pub password_reset_required: bool,
    /// MFA devices bound to the user.
    #[serde(default)]
    pub mfa_devices: Vec<SeedMfaDevice>,
}

/// `{"access", "secret"}`: an AK/SK pair, with what IAM keeps about it (defaults for
/// seeds and state files that name only the pair).
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedAccessKey {
    /// Access key id.
    pub access: String,
    /// Secret access key.
    pub secret: String,
    /// Whether it signs requests.
    #[serde(default)]
    pub status: iam_v5::AccessKeyStatus,
    /// RFC 3339 creation time.
    #[serde(default = "seeded_at")]
    pub created_at: String,
    /// RFC 3339 time of the last request it signed; none when never.
    #[serde(default)]
    pub last_used_at: Option<String>,
}

iam_v5::debug_redacted!(SeedAccessKey { access, status, created_at, last_used_at; secret });

iam_v5::debug_redacted!(SeedUser { user_id, user_name, description, enabled, is_root_user, admin, tags, access_keys, deny, created_at, last_login_at, password_reset_required, mfa_devices; password });

/// `{"serial_number", "enabled"}`: a device as seeds and state files keep it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedMfaDevice {
    /// The device's serial number (for a virtual one, IAM makes it from the user).
    pub serial_number: String,
    /// Whether sign-ins ask for its code.
    #[serde(default = "yes")]
    pub enabled: bool,
}

/// A group as seeds and state files keep it: the API's fields and its members' user ids.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedGroup {
    /// 1-64 letters, digits and `-`.
    pub group_id: String,
    /// 1-128 characters.
    pub group_name: String,
    /// Free text.
    #[serde(default)]
    pub description: String,
    /// RFC 3339 creation time.
    #[serde(default = "seeded_at")]
    pub created_at: String,
    /// The user ids of its members.
    #[serde(default)]
    pub members: Vec<String>,
}

/// When seeded keys and users were made, unless the seed says.
pub fn seeded_at() -> String {
    "2024-01-02T03:04:05Z".into()
}

fn yes() -> bool {
    true
}

impl Seed {
    /// Appends `count` generated users after the seeded ones (accounts of any size, for the
    /// bench and the tests): `user-00001` … with ids `gen…00001`, each with one access key
    /// `GENKEY…00001` (secret `gen-secret-…`), password `Generated-Pass-1`, created a minute
    /// apart, and a description that says which (`Generated user 1 of 5000`).
    pub fn add_generated_users(&mut self, count: u32) {
        for n in 1..=count {
            self.users.push(SeedUser {
                user_id: format!("gen{n:029}"),
                user_name: format!("user-{n:05}"),
                description: format!("Generated user {n} of {count}"),
                enabled: n % 10 != 0,
                is_root_user: false,
                password: "Generated-Pass-1".into(),
                admin: false,
                tags: Vec::new(),
                access_keys: vec![SeedAccessKey {
                    access: format!("GENKEY{n:014}"),
                    secret: format!("gen-secret-{n:029}"),
                    status: Default::default(),
                    created_at: seeded_at(),
                    last_used_at: None,
                }],
                deny: Vec::new(),
                created_at: Some(format!("2024-01-{:02}T{:02}:{:02}:00Z", 3 + n / 1440, n / 60 % 24, n % 60)),
                last_login_at: None,
                password_reset_required: false,
                mfa_devices: Vec::new(),
            });
        }
    }

    /// Appends `count` generated groups (`group-001` … with ids `gen-group-…001`), so the
    /// group choice pages with the marker.
    pub fn add_generated_groups(&mut self, count: u32) {
        for n in 1..=count {
            self.groups.push(SeedGroup {
                group_id: format!("gen-group-{n:022}"),
                group_name: format!("group-{n:03}"),
                description: format!("Generated group {n} of {count}"),
                created_at: seeded_at(),
                members: Vec::new(),
            });
        }
    }

    /// Parses a seed; the error names the field that is wrong (e.g. `users[0].enabled`).
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut json = serde_json::Deserializer::from_str(text);
        let seed: Seed = serde_path_to_error::deserialize(&mut json).map_err(|e| {
            let path = e.path().to_string();
            let field = if path == "." { "the top level".to_owned() } else { format!("field `{path}`") };
            format!("invalid seed: {field}: {}", e.inner())
        })?;
        if seed.users.is_empty() {
            return Err("invalid seed: `users` must hold at least one user".into());
        }
        for (index, group) in seed.groups.iter().enumerate() {
            if let Some(member) = group.members.iter().find(|id| !seed.users.iter().any(|u| u.user_id == **id)) {
                return Err(format!("invalid seed: field `groups[{index}].members`: no user has the id {member}"));
            }
        }
        Ok(seed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_seed_parses() {
        let seed = Seed::parse(DEMO_SEED).unwrap();
        assert!(seed.users.iter().any(|u| u.admin));
    }

    #[test]
    fn generated_users_are_distinct_and_valid() {
        let mut seed = Seed::parse(DEMO_SEED).unwrap();
        let before = seed.users.len();
        seed.add_generated_users(5000);
        assert_eq!(seed.users.len(), before + 5000);
        let last = seed.users.last().unwrap();
        assert_eq!((last.user_id.len(), last.access_keys[0].access.len()), (32, 20));
        assert_eq!(last.user_name, "user-05000");
        let ids: std::collections::HashSet<_> = seed.users.iter().map(|u| &u.user_id).collect();
        assert_eq!(ids.len(), seed.users.len());
        assert!(seed.users.iter().all(|u| u.created_at.as_deref().is_none_or(|t| t.len() == 20)));
    }

    #[test]
    fn malformed_seed_names_the_field() {
        let err = Seed::parse(r#"{"account":{"id":"a","name":"b"},"users":[{"user_id":"x","user_name":"y","enabled":"yes","password":"p"}]}"#).unwrap_err();
        assert!(err.contains("invalid type"), "{err}");
        let err =
            Seed::parse(r#"{"account":{"id":"a","name":"b"},"users":[{"user_id":"x","user_name":"y"}]}"#).unwrap_err();
        assert!(err.contains("password"), "{err}");
    }
}
