//! Request and response bodies of every endpoint in the contract, in the API's own
//! field names.

use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::rules;

/// Body of `POST /v5/caller-password`: the caller changes its own login password.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangePasswordRequest {
    /// The password the caller wants from now on.
    pub new_password: String,
    /// The caller's current password, proving it is really them.
    pub old_password: String,
}

crate::debug_redacted!(ChangePasswordRequest { ; new_password, old_password });

/// Body of `PUT /v5/users/{user_id}`: only the fields that change are sent.
///
/// ```
/// use iam_v5::UpdateUserRequest;
/// use validator::Validate;
/// let ok = UpdateUserRequest { new_user_name: Some("alice".into()), ..Default::default() };
/// assert!(ok.validate().is_ok());
/// let bad = UpdateUserRequest { new_description: Some("a<b".into()), ..Default::default() };
/// assert!(bad.validate().is_err());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
pub struct UpdateUserRequest {
    /// New login name (1-64 of letters, digits, `_-.` and space; not starting with a digit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(custom(function = "rules::user_name"))]
    pub new_user_name: Option<String>,
    /// New description (0-255 characters, none of `@#%&<>\$^*`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(custom(function = "rules::description"))]
    pub new_description: Option<String>,
    /// Enable or disable the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

impl UpdateUserRequest {
    /// Whether the request changes nothing at all.
    pub fn is_empty(&self) -> bool {
        self.new_user_name.is_none() && self.new_description.is_none() && self.enabled.is_none()
    }
}

/// Body of `POST /v5/users`: a new user, without console access or keys (those are
/// their own calls).
///
/// ```
/// use iam_v5::CreateUserRequest;
/// use validator::Validate;
/// assert!(CreateUserRequest { name: "carol".into(), ..Default::default() }.validate().is_ok());
/// assert!(CreateUserRequest { name: "1st".into(), ..Default::default() }.validate().is_err());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
pub struct CreateUserRequest {
    /// Login name, the same rules as a rename.
    #[validate(custom(function = "rules::user_name"))]
    pub name: String,
    /// Free text, the same rules as editing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(custom(function = "rules::description"))]
    pub description: Option<String>,
    /// Whether the user may sign in; IAM's default is yes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

/// `{tag_key, tag_value}` on a user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tag {
    /// 1-64 characters.
    pub tag_key: String,
    /// 0-128 characters.
    #[serde(default)]
    pub tag_value: String,
}

/// An IAM user as lists and updates return it; `tags` appears on `GET /v5/users/{id}`
/// (and in the seed page's PUT example; the SDK's PUT model has none: both are accepted).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    /// 32-character id.
    pub user_id: String,
    /// Login name.
    pub user_name: String,
    /// Free text.
    #[serde(default)]
    pub description: String,
    /// Whether the user may sign in.
    pub enabled: bool,
    /// Whether this is the account's root user.
    #[serde(default)]
    pub is_root_user: bool,
    /// RFC 3339 creation time, e.g. `2023-04-26T03:49:42Z`.
    pub created_at: String,
    /// `iam::<account>:user:<name>`.
    pub urn: String,
    /// Tags (UserEx); absent on list entries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

/// `{"user": User}`: answer of GET and PUT `/v5/users/{user_id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserResponse {
    /// The user.
    pub user: User,
}

/// Paging of `GET /v5/users`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageInfo {
    /// Ask again with `marker=next_marker` while it is present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_marker: Option<String>,
    /// Entries on this page.
    pub current_count: u32,
}

/// Answer of `GET /v5/users`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListUsersResponse {
    /// This page of users.
    pub users: Vec<User>,
    /// Where the next page starts.
    pub page_info: PageInfo,
}

/// `{"last_login_at": string or null}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastLogin {
    /// RFC 3339 time of the last console sign-in, or none.
    #[serde(default)]
    pub last_login_at: Option<String>,
}

/// Answer of `GET /v5/users/{user_id}/last-login`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastLoginResponse {
    /// The last login.
    pub user_last_login: LastLogin,
}

/// The account's password policy (absent fields take the documented defaults).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PasswordPolicy {
    /// 8-32.
    pub minimum_password_length: u32,
    /// Read-only; 32 in practice.
    pub maximum_password_length: u32,
    /// 2-4 of the classes upper, lower, digit, special.
    pub password_char_combination: u32,
    /// Not the user name nor its reverse.
    pub password_not_username_or_invert: bool,
    /// 0 = no limit, else 1-32 identical characters in a row at most.
    pub maximum_consecutive_identical_chars: u32,
    /// 0-24 previous passwords that may not be reused.
    pub password_reuse_prevention: u32,
    /// Minutes (0-1440) before a password may be changed again.
    pub minimum_password_age: u32,
    /// Days (0-180) a password is valid.
    pub password_validity_period: u32,
    /// Whether users may change their own password.
    pub allow_user_to_change_password: bool,
    /// Read-only text describing the requirements.
    #[serde(default)]
    pub password_requirements: String,
}

impl Default for PasswordPolicy {
    /// The documented defaults: 8 characters, 2 classes, not the user name, reuse
    /// prevention 1, the rest 0 / true.
    fn default() -> Self {
        Self {
            minimum_password_length: 8,
            maximum_password_length: 32,
            password_char_combination: 2,
            password_not_username_or_invert: true,
            maximum_consecutive_identical_chars: 0,
            password_reuse_prevention: 1,
            minimum_password_age: 0,
            password_validity_period: 0,
            allow_user_to_change_password: true,
            password_requirements: String::new(),
        }
    }
}

/// Answer of `GET /v5/password-policy`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordPolicyResponse {
    /// The policy.
    pub password_policy: PasswordPolicy,
}

/// Answer of STS `GET /v5/caller-identity`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallerIdentity {
    /// The caller's account.
    pub account_id: String,
    /// `iam::<account>:user:<user-name>`.
    pub principal_urn: String,
    /// The caller's user id.
    pub principal_id: String,
}

impl CallerIdentity {
    /// The user name at the end of the URN (`iam::acc:user:alice` → `alice`).
    ///
    /// ```
    /// let id = iam_v5::CallerIdentity { account_id: "a".into(), principal_urn: "iam::a:user:alice".into(), principal_id: "u".into() };
    /// assert_eq!(id.user_name(), "alice");
    /// ```
    pub fn user_name(&self) -> &str {
        // User names never contain ':' (see `rules::user_name`), so the name is what follows
        // the last one. A char search also costs the browser build far less than a
        // substring search.
        self.principal_urn.rsplit_once(':').map(|(_, name)| name).unwrap_or(&self.principal_urn)
    }
}

/// Body of STS `POST /v5/decode-authorization-message`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecodeAuthorizationMessageRequest {
    /// 1-10240 characters, as a 403 gave it.
    pub encoded_message: String,
}

/// Answer of `POST /v5/decode-authorization-message`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DecodeAuthorizationMessageResponse {
    /// The readable denial.
    pub decoded_message: String,
}

/// The URN of a user.
pub fn user_urn(account_id: &str, user_name: &str) -> String {
    format!("iam::{account_id}:user:{user_name}")
}
