//! The classic sign-in calls (IAM v3): password → token → temporary keys. Unsigned; the
//! token is used once here and dropped.

use gloo_net::http::Method;
use iam_v5::classic::{Auth, AuthRequest, Domain, Identity, PasswordIdentity, PasswordUser, Scope, TokenIdentity};

use super::client::Client;
use super::error::{ApiError, ApiResult};
use super::transport::RequestParts;
use crate::credentials::Credentials;
use crate::json::Json;
use crate::json_encode::ToJson;

/// Temporary keys and when they expire (RFC 3339, the server's clock).
pub struct TemporaryKeys {
    pub credentials: Credentials,
    pub expires_at: String,
}

impl Client {
    /// `POST /v3/auth/tokens` with the password, then `POST /v3.0/OS-CREDENTIAL/securitytokens`
    /// with the token: keys for `duration_seconds`.
    pub async fn temporary_keys(
        &self,
        account: &str,
        user_name: &str,
        password: &str,
        duration_seconds: u32,
    ) -> ApiResult<TemporaryKeys> {
        let domain = Domain { id: None, name: account.to_owned() };
        let user = PasswordUser { domain: domain.clone(), name: user_name.to_owned(), password: password.to_owned() };
        let login = AuthRequest {
            auth: Auth {
                identity: Identity {
                    methods: vec!["password".into()],
                    password: Some(PasswordIdentity { user }),
                    token: None,
                },
                scope: Some(Scope { domain }),
            },
        };
        let outgoing =
            RequestParts { method: Method::POST, path: "/v3/auth/tokens", body: Some(login.to_json()), headers: &[] };
        let answer = self.unsigned(outgoing).await?;
        let token = answer.headers.get("x-subject-token").ok_or(ApiError::Malformed { status: answer.status })?;

        let ask = AuthRequest {
            auth: Auth {
                identity: Identity {
                    methods: vec!["token".into()],
                    password: None,
                    token: Some(TokenIdentity { duration_seconds }),
                },
                scope: None,
            },
        };
        let headers = [("x-auth-token", token.as_str())];
        let path = "/v3.0/OS-CREDENTIAL/securitytokens";
        let outgoing = RequestParts { method: Method::POST, path, body: Some(ask.to_json()), headers: &headers };
        let answer = self.unsigned(outgoing).await?;
        let read = || {
            let credential = Json::parse(&answer.text)?.object("credential")?;
            let credentials = Credentials {
                access_key: credential.str("access")?,
                secret_key: credential.str("secret")?,
                security_token: Some(credential.str("securitytoken")?),
            };
            Some(TemporaryKeys { credentials, expires_at: credential.str("expires_at")? })
        };
        read().ok_or(ApiError::Malformed { status: answer.status })
    }
}
