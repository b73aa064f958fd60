//! Classic IAM (v3) bodies: how a person with only a console password gets temporary
//! access keys: password → token (`POST /v3/auth/tokens`) → temporary AK/SK
//! (`POST /v3.0/OS-CREDENTIAL/securitytokens`).

use serde::{Deserialize, Serialize};

/// `{"name"}` or `{"id", "name"}` of a domain (account).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Domain {
    /// Account id (absent in requests).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Account name.
    pub name: String,
}

/// The user part of a password identity.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordUser {
    /// The user's account.
    pub domain: Domain,
    /// User name.
    pub name: String,
    /// Login password.
    pub password: String,
}

crate::debug_redacted!(PasswordUser { domain, name; password });

/// `{"user": PasswordUser}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordIdentity {
    /// Who signs in.
    pub user: PasswordUser,
}

/// `{"duration_seconds"}`: how long temporary keys live (900-86400).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenIdentity {
    /// Lifetime of the temporary keys.
    #[serde(default = "default_duration")]
    pub duration_seconds: u32,
}

fn default_duration() -> u32 {
    900
}

/// `{"methods", "password"?, "token"?}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    /// `["password"]` or `["token"]`.
    pub methods: Vec<String>,
    /// For `password`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<PasswordIdentity>,
    /// For `token`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<TokenIdentity>,
}

/// `{"domain": Domain}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scope {
    /// Scope of the token.
    pub domain: Domain,
}

/// `{"identity", "scope"?}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Auth {
    /// How the caller proves who it is.
    pub identity: Identity,
    /// What the token is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Scope>,
}

/// Body of both classic calls: `{"auth": Auth}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthRequest {
    /// The request.
    pub auth: Auth,
}

/// `{id, name, domain}` of the token's user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenUser {
    /// User id.
    pub id: String,
    /// User name.
    pub name: String,
    /// The user's account.
    pub domain: Domain,
}

/// The token body; the token itself comes in the `X-Subject-Token` header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// RFC 3339.
    pub expires_at: String,
    /// RFC 3339.
    pub issued_at: String,
    /// `["password"]`.
    pub methods: Vec<String>,
    /// Who the token is for.
    pub user: TokenUser,
}

/// Answer of `POST /v3/auth/tokens` (201).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenResponse {
    /// The token's details.
    pub token: Token,
}

/// Temporary access keys.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credential {
    /// Temporary AK.
    pub access: String,
    /// Temporary SK.
    pub secret: String,
    /// Sent as `X-Security-Token` with every signed request.
    pub securitytoken: String,
    /// RFC 3339.
    pub expires_at: String,
}

crate::debug_redacted!(Credential { access, expires_at; secret, securitytoken });

/// Answer of `POST /v3.0/OS-CREDENTIAL/securitytokens` (201).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CredentialResponse {
    /// The temporary keys.
    pub credential: Credential,
}
