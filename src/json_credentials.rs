//! The credential answers read by hand and the one credential request written by hand, as
//! [`json`](crate::json) and [`json_encode`](crate::json_encode) do for the rest (no serde
//! in the wasm); `tests/json_decoding.rs` and `tests/json_encoding.rs` hold them to serde.

use iam_v5::{
    AccessKey, AccessKeyLastUsed, AccessKeyLastUsedResponse, AccessKeyMetadata, AccessKeyStatus,
    CreateAccessKeyResponse, CreateLoginProfileRequest, DisableMfaDeviceRequest, ListAccessKeysResponse,
    ListMfaDevicesResponse, LoginProfile, LoginProfileResponse, MfaDevice, PageInfo, UpdateAccessKeyRequest,
    UpdateAccessKeyResponse, UpdateLoginProfileRequest,
};

use crate::json::{FromJson, Json};
use crate::json_encode::{Object, ToJson};

/// The API's word for a status.
pub fn status_word(status: AccessKeyStatus) -> &'static str {
    match status {
        AccessKeyStatus::Active => "active",
        AccessKeyStatus::Inactive => "inactive",
    }
}

fn status(json: &Json) -> Option<AccessKeyStatus> {
    match json.str("status")?.as_str() {
        "active" => Some(AccessKeyStatus::Active),
        "inactive" => Some(AccessKeyStatus::Inactive),
        _ => None,
    }
}

impl FromJson for AccessKeyMetadata {
    fn from_json(json: &Json) -> Option<Self> {
        Some(AccessKeyMetadata {
            user_id: json.str("user_id")?,
            access_key_id: json.str("access_key_id")?,
            created_at: json.str("created_at")?,
            status: status(json)?,
        })
    }
}

fn page_info(json: &Json) -> Option<PageInfo> {
    let page = json.object("page_info")?;
    Some(PageInfo { next_marker: page.opt_str("next_marker")?, current_count: page.u32("current_count")? })
}

impl FromJson for ListAccessKeysResponse {
    fn from_json(json: &Json) -> Option<Self> {
        Some(ListAccessKeysResponse {
            access_keys: json.array("access_keys")?.iter().map(AccessKeyMetadata::from_json).collect::<Option<_>>()?,
            page_info: page_info(json)?,
        })
    }
}

impl FromJson for ListMfaDevicesResponse {
    fn from_json(json: &Json) -> Option<Self> {
        let device = |json: &Json| {
            Some(MfaDevice {
                serial_number: json.str("serial_number")?,
                user_id: json.str("user_id")?,
                enabled: json.bool("enabled")?,
            })
        };
        Some(ListMfaDevicesResponse {
            mfa_devices: json.array("mfa_devices")?.iter().map(device).collect::<Option<_>>()?,
            page_info: page_info(json)?,
        })
    }
}

impl FromJson for CreateAccessKeyResponse {
    fn from_json(json: &Json) -> Option<Self> {
        let key = json.object("access_key")?;
        Some(CreateAccessKeyResponse {
            access_key: AccessKey {
                user_id: key.str("user_id")?,
                access_key_id: key.str("access_key_id")?,
                created_at: key.str("created_at")?,
                secret_access_key: key.str("secret_access_key")?,
                status: status(&key)?,
            },
        })
    }
}

impl FromJson for UpdateAccessKeyResponse {
    fn from_json(json: &Json) -> Option<Self> {
        Some(UpdateAccessKeyResponse { access_key: AccessKeyMetadata::from_json(&json.object("access_key")?)? })
    }
}

impl FromJson for AccessKeyLastUsedResponse {
    fn from_json(json: &Json) -> Option<Self> {
        let used = json.object("access_key_last_used")?;
        Some(AccessKeyLastUsedResponse {
            access_key_last_used: AccessKeyLastUsed { last_used_at: used.opt_str("last_used_at")? },
        })
    }
}

impl FromJson for LoginProfileResponse {
    fn from_json(json: &Json) -> Option<Self> {
        let profile = json.object("login_profile")?;
        Some(LoginProfileResponse {
            login_profile: LoginProfile {
                user_id: profile.str("user_id")?,
                password_reset_required: profile.bool("password_reset_required")?,
                password_expires_at: profile.opt_str("password_expires_at")?,
                created_at: profile.str("created_at")?,
            },
        })
    }
}

impl ToJson for UpdateAccessKeyRequest {
    fn write_json(&self, out: &mut String) {
        Object::open(out).field("status", status_word(self.status)).close();
    }
}

impl ToJson for CreateLoginProfileRequest {
    fn write_json(&self, out: &mut String) {
        Object::open(out)
            .field("password", &self.password)
            .field("password_reset_required", &self.password_reset_required)
            .close();
    }
}

impl ToJson for UpdateLoginProfileRequest {
    fn write_json(&self, out: &mut String) {
        Object::open(out)
            .optional("password", self.password.as_ref())
            .optional("password_reset_required", self.password_reset_required.as_ref())
            .close();
    }
}

impl ToJson for DisableMfaDeviceRequest {
    fn write_json(&self, out: &mut String) {
        Object::open(out).field("user_id", &self.user_id).field("serial_number", &self.serial_number).close();
    }
}
