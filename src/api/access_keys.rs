//! A user's credentials: permanent access keys (`/v5/users/{user_id}/access-keys`) and the
//! console password's login profile, as URL builders and one method a call. "My
//! credentials" uses them with the caller's own user id.

use gloo_net::http::Method;
use iam_v5::signer::percent_encode;
use iam_v5::{
    AccessKey, AccessKeyLastUsedResponse, AccessKeyMetadata, AccessKeyStatus, CreateAccessKeyResponse,
    CreateLoginProfileRequest, ListAccessKeysResponse, LoginProfile, LoginProfileResponse, UpdateAccessKeyRequest,
    UpdateAccessKeyResponse, UpdateLoginProfileRequest,
};

use super::cache::Freshness;
use super::client::Client;
use super::endpoints::user_path;
use super::error::ApiResult;
use crate::credentials::Credentials;

/// `/v5/users/{user_id}/access-keys`.
pub fn access_keys_path(user_id: &str) -> String {
    format!("{}/access-keys", user_path(user_id))
}

/// `/v5/users/{user_id}/access-keys/{access_key_id}`.
pub fn access_key_path(user_id: &str, access_key_id: &str) -> String {
    format!("{}/{}", access_keys_path(user_id), percent_encode(access_key_id))
}

/// `/v5/users/{user_id}/login-profile`.
pub fn login_profile_path(user_id: &str) -> String {
    format!("{}/login-profile", user_path(user_id))
}

impl Client {
    /// `GET /v5/users/{user_id}/login-profile`: whether and until when the user may sign in
    /// to the console with a password (404: no console password).
    pub async fn login_profile(&self, credentials: &Credentials, user_id: &str) -> ApiResult<LoginProfile> {
        let answer: LoginProfileResponse =
            self.get(credentials, &login_profile_path(user_id), Freshness::Shared).await?;
        Ok(answer.login_profile)
    }

    /// A new console password for `user_id`: `PUT login-profile` when `has_profile`, else
    /// `POST` (which gives console access back); the profile as saved.
    pub async fn set_console_password(
        &self,
        credentials: &Credentials,
        user_id: &str,
        has_profile: bool,
        password: &str,
        password_reset_required: bool,
    ) -> ApiResult<LoginProfile> {
        let path = login_profile_path(user_id);
        let answer: LoginProfileResponse = if has_profile {
            let body = UpdateLoginProfileRequest {
                password: Some(password.to_owned()),
                password_reset_required: Some(password_reset_required),
            };
            self.send(credentials, Method::PUT, &path, &body).await?
        } else {
            let body = CreateLoginProfileRequest { password: password.to_owned(), password_reset_required };
            self.send(credentials, Method::POST, &path, &body).await?
        };
        Ok(answer.login_profile)
    }

    /// `DELETE /v5/users/{user_id}/login-profile`: the user can no longer sign in to the
    /// console with a password.
    pub async fn remove_console_access(&self, credentials: &Credentials, user_id: &str) -> ApiResult<()> {
        self.send_without_body(credentials, Method::DELETE, &login_profile_path(user_id)).await
    }

    /// `GET /v5/users/{user_id}/access-keys`, as the server has it now (the list changes
    /// under the page's own hands).
    pub async fn access_keys(&self, credentials: &Credentials, user_id: &str) -> ApiResult<Vec<AccessKeyMetadata>> {
        let answer: ListAccessKeysResponse = self.get(credentials, &access_keys_path(user_id), Freshness::Now).await?;
        Ok(answer.access_keys)
    }

    /// `POST /v5/users/{user_id}/access-keys` (no body): the new key, with its secret, once.
    pub async fn create_access_key(&self, credentials: &Credentials, user_id: &str) -> ApiResult<AccessKey> {
        let path = access_keys_path(user_id);
        let answer: CreateAccessKeyResponse = self.send_without_body(credentials, Method::POST, &path).await?;
        Ok(answer.access_key)
    }

    /// `PUT /v5/users/{user_id}/access-keys/{access_key_id}`: activates or deactivates a key.
    pub async fn set_access_key_status(
        &self,
        credentials: &Credentials,
        user_id: &str,
        access_key_id: &str,
        status: AccessKeyStatus,
    ) -> ApiResult<AccessKeyMetadata> {
        let path = access_key_path(user_id, access_key_id);
        let answer: UpdateAccessKeyResponse =
            self.send(credentials, Method::PUT, &path, &UpdateAccessKeyRequest { status }).await?;
        Ok(answer.access_key)
    }

    /// `DELETE /v5/users/{user_id}/access-keys/{access_key_id}`.
    pub async fn delete_access_key(
        &self,
        credentials: &Credentials,
        user_id: &str,
        access_key_id: &str,
    ) -> ApiResult<()> {
        self.send_without_body(credentials, Method::DELETE, &access_key_path(user_id, access_key_id)).await
    }

    /// `GET …/access-keys/{access_key_id}/last-used`: when the key last signed a request.
    pub async fn access_key_last_used(
        &self,
        credentials: &Credentials,
        user_id: &str,
        access_key_id: &str,
    ) -> ApiResult<Option<String>> {
        let path = format!("{}/last-used", access_key_path(user_id, access_key_id));
        let answer: AccessKeyLastUsedResponse = self.get(credentials, &path, Freshness::Now).await?;
        Ok(answer.access_key_last_used.last_used_at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_paths_encode_what_they_carry() {
        assert_eq!(access_keys_path("u1"), "/v5/users/u1/access-keys");
        assert_eq!(access_key_path("u 1", "AK/1"), "/v5/users/u%201/access-keys/AK%2F1");
        assert_eq!(login_profile_path("u1"), "/v5/users/u1/login-profile");
    }
}
