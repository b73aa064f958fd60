//! The error body every failing IAM v5 call returns, and what its codes mean.

use serde::{Deserialize, Serialize};

/// Error codes this project knows. Classic IAM codes are "unconfirmed for v5"
/// in the contract, and the lockout, reuse and age codes are this project's choice:
/// they live here, in one place, so they are easy to change.
pub mod codes {
    /// The user name is taken (409).
    pub const NAME_CONFLICT: &str = "1109";
    /// The description is invalid.
    pub const INVALID_DESCRIPTION: &str = "1117";
    /// No account has the name given at sign-in (`POST /v3/auth/tokens`).
    pub const ACCOUNT_NOT_FOUND: &str = "1101";
    /// The user signing in is disabled.
    pub const USER_DISABLED: &str = "1106";
    /// Too many wrong passwords: the user is locked for a while.
    pub const USER_LOCKED: &str = "1105";
    /// The new password was used recently (password reuse prevention).
    pub const PASSWORD_REUSED: &str = "1119";
    /// The password was changed too recently (minimum password age).
    pub const PASSWORD_TOO_YOUNG: &str = "1120";
    /// Users may not change their own password (policy).
    pub const PASSWORD_CHANGE_NOT_ALLOWED: &str = "1121";
    /// The paging marker is invalid.
    pub const INVALID_MARKER: &str = "PAP5.0010";
    /// The caller is not an IAM user.
    pub const INVALID_CALLER: &str = "PAP5.0040";
    /// Duplicate key.
    pub const DUPLICATE_KEY: &str = "PAP5.0033";
    /// Signature, date or access key not accepted (401), as the API gateway says it.
    pub const UNAUTHENTICATED: &str = "APIGW.0301";
    /// The HTTP method is not allowed on this path.
    pub const METHOD_NOT_ALLOWED: &str = "IAM.0005";
    /// The body is larger than the server accepts.
    pub const BODY_TOO_LARGE: &str = "IAM.0012";
    /// The old password given to `POST /v5/caller-password` is wrong.
    pub const INCORRECT_PASSWORD: &str = "1103";
    /// The new password equals the old one.
    pub const PASSWORD_UNCHANGED: &str = "1108";
    /// The new password breaks the password policy.
    pub const WEAK_PASSWORD: &str = "1118";
    /// A parameter has an invalid value.
    pub const INVALID_PARAMETER: &str = "IAM.0007";
    /// The request body is not valid JSON of the expected shape.
    pub const INVALID_BODY: &str = "IAM.0011";
    /// The addressed resource (or route) does not exist.
    pub const NOT_FOUND: &str = "IAM.0004";
    /// The caller lacks the permission for the action.
    pub const ACCESS_DENIED: &str = "PAP5.0001";
    /// The user already has as many access keys as allowed.
    pub const ACCESS_KEY_LIMIT: &str = "IAM.0021";
    /// A virtual MFA device is deleted only once it is disabled.
    pub const MFA_DEVICE_ENABLED: &str = "IAM.0022";
    /// A user is deleted only once nothing is attached to it (an MFA device).
    pub const USER_HAS_ATTACHMENTS: &str = "IAM.0023";
    /// The emulator could not write its state file: the change did not last (500).
    pub const CHANGE_NOT_SAVED: &str = "IAM.0024";
    /// A group is deleted only once it has no members (409).
    pub const GROUP_NOT_EMPTY: &str = "IAM.0025";
}

/// The plain IAM code a prefixed one stands for: Huawei's IAM documents plain numeric codes
/// ("1103"), other v5 services prefix theirs ("IAM.1103"). A prefixed code is read as the
/// plain one when that is a code this project knows; anything else stays as it is.
///
/// ```
/// use iam_v5::error::canonical;
/// assert_eq!(canonical("IAM.1103"), "1103");
/// assert_eq!(canonical("1103"), "1103");
/// assert_eq!(canonical("IAM.0004"), "IAM.0004");
/// assert_eq!(canonical("IAM.9999"), "IAM.9999");
/// ```
pub fn canonical(code: &str) -> &str {
    const PLAIN: [&str; 11] = [
        codes::ACCOUNT_NOT_FOUND,
        codes::INCORRECT_PASSWORD,
        codes::USER_LOCKED,
        codes::USER_DISABLED,
        codes::PASSWORD_UNCHANGED,
        codes::NAME_CONFLICT,
        codes::INVALID_DESCRIPTION,
        codes::WEAK_PASSWORD,
        codes::PASSWORD_REUSED,
        codes::PASSWORD_TOO_YOUNG,
        codes::PASSWORD_CHANGE_NOT_ALLOWED,
    ];
    match code.split_once('.') {
        Some((prefix, plain)) if prefix.chars().all(|c| c.is_ascii_alphabetic()) && PLAIN.contains(&plain) => plain,
        _ => code,
    }
}

/// `{"error_code", "error_msg", "request_id"?, "encoded_authorization_message"?}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiErrorBody {
    /// Machine-readable code, e.g. `PAP5.0001`; unknown codes are kept as they are.
    pub error_code: String,
    /// Human-readable message from the server.
    pub error_msg: String,
    /// Present on 403, 404 and 409.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// Present on 403: STS's decode API turns it into a readable denial.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoded_authorization_message: Option<String>,
}

/// What an error code means to a client, so forms can put a message on the right field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// The current password was wrong.
    IncorrectPassword,
    /// The new password was refused (same as old, or against the policy).
    PasswordRejected,
    /// A parameter or the body was invalid.
    InvalidRequest,
    /// Not found.
    NotFound,
    /// Permission denied.
    AccessDenied,
    /// No account by that name (sign-in).
    UnknownAccount,
    /// The user is disabled (sign-in).
    Disabled,
    /// Too many wrong passwords; try again later.
    Locked,
    /// The user name is already taken.
    NameConflict,
    /// The signature or credentials were not accepted.
    Unauthenticated,
    /// A code this project does not know: shown verbatim, never hidden.
    Unknown(String),
}

impl ErrorKind {
    /// Classifies an `error_code`, keeping unknown codes intact.
    ///
    /// ```
    /// use iam_v5::ErrorKind;
    /// assert_eq!(ErrorKind::from_code("1103"), ErrorKind::IncorrectPassword);
    /// assert_eq!(ErrorKind::from_code("IAM.1103"), ErrorKind::IncorrectPassword);
    /// assert_eq!(ErrorKind::from_code("XYZ.9"), ErrorKind::Unknown("XYZ.9".into()));
    /// ```
    pub fn from_code(code: &str) -> Self {
        match canonical(code) {
            codes::INCORRECT_PASSWORD => Self::IncorrectPassword,
            codes::PASSWORD_UNCHANGED
            | codes::WEAK_PASSWORD
            | codes::PASSWORD_REUSED
            | codes::PASSWORD_TOO_YOUNG
            | codes::PASSWORD_CHANGE_NOT_ALLOWED => Self::PasswordRejected,
            codes::INVALID_PARAMETER
            | codes::INVALID_BODY
            | codes::INVALID_DESCRIPTION
            | codes::INVALID_MARKER
            | codes::METHOD_NOT_ALLOWED
            | codes::BODY_TOO_LARGE => Self::InvalidRequest,
            codes::NOT_FOUND => Self::NotFound,
            codes::ACCESS_DENIED | codes::INVALID_CALLER => Self::AccessDenied,
            codes::USER_LOCKED => Self::Locked,
            codes::ACCOUNT_NOT_FOUND => Self::UnknownAccount,
            codes::USER_DISABLED => Self::Disabled,
            codes::NAME_CONFLICT | codes::DUPLICATE_KEY => Self::NameConflict,
            codes::UNAUTHENTICATED => Self::Unauthenticated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_body_without_request_id_parses_and_round_trips() {
        let json = r#"{"error_code":"1103","error_msg":"The old password is incorrect."}"#;
        let body: ApiErrorBody = serde_json::from_str(json).unwrap();
        assert_eq!(ErrorKind::from_code(&body.error_code), ErrorKind::IncorrectPassword);
        assert_eq!(body.request_id, None);
        assert_eq!(serde_json::to_string(&body).unwrap(), json);
    }

    #[test]
    fn forbidden_body_keeps_request_id_and_encoded_message() {
        let json = r#"{"error_code":"PAP5.0001","error_msg":"denied","request_id":"r1","encoded_authorization_message":"abc"}"#;
        let body: ApiErrorBody = serde_json::from_str(json).unwrap();
        assert_eq!(body.request_id.as_deref(), Some("r1"));
        assert_eq!(body.encoded_authorization_message.as_deref(), Some("abc"));
        assert_eq!(ErrorKind::from_code(&body.error_code), ErrorKind::AccessDenied);
    }
}
