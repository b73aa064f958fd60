//! A user's credentials: permanent access keys, the console password's login profile and
//! MFA devices, in the API's own field names (the official SDK's `huaweicloudsdkiam` v5
//! models). Times are RFC 3339 in UTC, ending in `Z`, as the SDK parses them.

use serde::{Deserialize, Serialize};

use crate::PageInfo;

/// How many permanent access keys a user may have at once.
pub const ACCESS_KEYS_PER_USER: usize = 2;

/// Whether a key signs requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum AccessKeyStatus {
    /// Signs requests.
    #[default]
    Active,
    /// Refused until activated again.
    Inactive,
}

/// A key as lists and updates return it (no secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessKeyMetadata {
    pub user_id: String,
    /// 20 characters, upper-case letters and digits.
    pub access_key_id: String,
    pub created_at: String,
    pub status: AccessKeyStatus,
}

/// A key as `POST /v5/users/{user_id}/access-keys` returns it: the only time the secret
/// is sent.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessKey {
    pub user_id: String,
    pub access_key_id: String,
    pub created_at: String,
    pub secret_access_key: String,
    pub status: AccessKeyStatus,
}

crate::debug_redacted!(AccessKey { user_id, access_key_id, created_at, status; secret_access_key });

/// Answer of `GET /v5/users/{user_id}/access-keys`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListAccessKeysResponse {
    pub access_keys: Vec<AccessKeyMetadata>,
    pub page_info: PageInfo,
}

/// Answer of `POST /v5/users/{user_id}/access-keys` (which takes no body).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateAccessKeyResponse {
    pub access_key: AccessKey,
}

/// Body of `PUT /v5/users/{user_id}/access-keys/{access_key_id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateAccessKeyRequest {
    pub status: AccessKeyStatus,
}

/// Answer of `PUT /v5/users/{user_id}/access-keys/{access_key_id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateAccessKeyResponse {
    pub access_key: AccessKeyMetadata,
}

/// When a key last signed a request; absent when never.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessKeyLastUsed {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_used_at: Option<String>,
}

/// Answer of `GET /v5/users/{user_id}/access-keys/{access_key_id}/last-used`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessKeyLastUsedResponse {
    pub access_key_last_used: AccessKeyLastUsed,
}

/// Whether a user may sign in to the console with a password, and how that password stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginProfile {
    pub user_id: String,
    /// The user must set a new password at the next sign-in.
    pub password_reset_required: bool,
    /// When the password stops working; absent when it never does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_expires_at: Option<String>,
    pub created_at: String,
}

/// Answer of GET, POST and PUT `/v5/users/{user_id}/login-profile`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginProfileResponse {
    pub login_profile: LoginProfile,
}

/// Body of `POST /v5/users/{user_id}/login-profile`: console access with this password.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateLoginProfileRequest {
    pub password: String,
    pub password_reset_required: bool,
}

crate::debug_redacted!(CreateLoginProfileRequest { password_reset_required; password });

/// Body of `PUT /v5/users/{user_id}/login-profile`: only what changes.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpdateLoginProfileRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_reset_required: Option<bool>,
}

crate::debug_redacted!(UpdateLoginProfileRequest { password_reset_required; password });

/// An MFA device of a user (`MfaDeviceMetadata`): a virtual one is an authenticator app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MfaDevice {
    pub serial_number: String,
    pub user_id: String,
    /// Whether sign-ins ask for its code.
    pub enabled: bool,
}

/// Answer of `GET /v5/mfa-devices` (`?user_id=` for one user's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListMfaDevicesResponse {
    pub mfa_devices: Vec<MfaDevice>,
    pub page_info: PageInfo,
}

/// Body of `POST /v5/mfa-devices/disable` (answered 200 with no body).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisableMfaDeviceRequest {
    pub user_id: String,
    pub serial_number: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_is_written_in_lower_case_as_the_sdk_reads_it() {
        assert_eq!(serde_json::to_string(&AccessKeyStatus::Inactive).unwrap(), "\"inactive\"");
        let body: UpdateAccessKeyRequest = serde_json::from_str(r#"{"status":"active"}"#).unwrap();
        assert_eq!(body.status, AccessKeyStatus::Active);
        assert!(serde_json::from_str::<UpdateAccessKeyRequest>(r#"{"status":"paused"}"#).is_err());
    }

    #[test]
    fn a_key_never_used_has_no_last_used_time() {
        let never = AccessKeyLastUsedResponse { access_key_last_used: AccessKeyLastUsed { last_used_at: None } };
        assert_eq!(serde_json::to_string(&never).unwrap(), r#"{"access_key_last_used":{}}"#);
    }
}
