//! Every IAM v5 call the console makes: URL builders and thin methods on [`Client`].

use gloo_net::http::Method;
use iam_v5::signer::percent_encode;
use iam_v5::{
    CallerIdentity, ChangePasswordRequest, DecodeAuthorizationMessageRequest, DecodeAuthorizationMessageResponse,
    LastLoginResponse, ListUsersResponse, PasswordPolicy, PasswordPolicyResponse, UpdateUserRequest, User,
    UserResponse,
};

use super::cache::Freshness;
use super::client::Client;
use super::error::ApiResult;
use crate::credentials::Credentials;

/// How many users one page of `GET /v5/users` asks for while browsing.
pub const USERS_PER_PAGE: u32 = 25;
/// The most one page may hold: a search through the whole account asks for this many.
pub const USERS_PER_SEARCH_PAGE: u32 = 200;

pub const PASSWORD_POLICY_PATH: &str = "/v5/password-policy";

/// `/v5/users/{user_id}`.
pub fn user_path(user_id: &str) -> String {
    format!("/v5/users/{}", percent_encode(user_id))
}

/// `/v5/users/{user_id}/last-login`.
pub fn last_login_path(user_id: &str) -> String {
    format!("{}/last-login", user_path(user_id))
}

/// `/v5/users?limit=…` for the page of `limit` users after `marker` (the first page without one).
pub fn users_page_path(marker: Option<&str>, limit: u32) -> String {
    match marker {
        Some(marker) => format!("/v5/users?limit={limit}&marker={}", percent_encode(marker)),
        None => format!("/v5/users?limit={limit}"),
    }
}

/// `/v5/users?access_key_id=…`: who has this permanent access key.
pub fn users_by_access_key_path(access_key_id: &str) -> String {
    format!("/v5/users?access_key_id={}", percent_encode(access_key_id))
}

impl Client {
    /// `GET /v5/caller-identity` (STS): who the keys belong to.
    pub async fn caller_identity(&self, credentials: &Credentials) -> ApiResult<CallerIdentity> {
        self.get(credentials, "/v5/caller-identity", Freshness::Shared).await
    }

    /// `POST /v5/caller-password`.
    pub async fn change_password(&self, credentials: &Credentials, body: &ChangePasswordRequest) -> ApiResult<()> {
        self.send(credentials, Method::POST, "/v5/caller-password", body).await
    }

    /// `GET /v5/password-policy`: the rules a new password must meet.
    pub async fn password_policy(&self, credentials: &Credentials) -> ApiResult<PasswordPolicy> {
        let answer: PasswordPolicyResponse = self.get(credentials, PASSWORD_POLICY_PATH, Freshness::Shared).await?;
        Ok(answer.password_policy)
    }

    /// `POST /v5/decode-authorization-message` (STS): the readable denial behind a 403.
    pub async fn decode_authorization_message(&self, credentials: &Credentials, encoded: &str) -> ApiResult<String> {
        let body = DecodeAuthorizationMessageRequest { encoded_message: encoded.to_owned() };
        let path = "/v5/decode-authorization-message";
        let answer: DecodeAuthorizationMessageResponse = self.send(credentials, Method::POST, path, &body).await?;
        Ok(answer.decoded_message)
    }

    /// `GET /v5/users`: the page of `limit` users after `marker` (the first page without one).
    pub async fn list_users(
        &self,
        credentials: &Credentials,
        marker: Option<&str>,
        limit: u32,
    ) -> ApiResult<ListUsersResponse> {
        self.get(credentials, &users_page_path(marker, limit), Freshness::Shared).await
    }

    /// `GET /v5/users?access_key_id=`: the user who has this access key (none: nobody).
    pub async fn users_with_access_key(&self, credentials: &Credentials, access_key_id: &str) -> ApiResult<Vec<User>> {
        let answer: ListUsersResponse =
            self.get(credentials, &users_by_access_key_path(access_key_id), Freshness::Now).await?;
        Ok(answer.users)
    }

    /// `GET /v5/users/{user_id}`: the user with their tags, as fresh as `freshness` says.
    pub async fn user(&self, credentials: &Credentials, user_id: &str, freshness: Freshness) -> ApiResult<User> {
        let answer: UserResponse = self.get(credentials, &user_path(user_id), freshness).await?;
        Ok(answer.user)
    }

    /// `GET /v5/users/{user_id}/last-login`: when they last signed in to the console, if ever.
    pub async fn last_login(&self, credentials: &Credentials, user_id: &str) -> ApiResult<Option<String>> {
        let answer: LastLoginResponse = self.get(credentials, &last_login_path(user_id), Freshness::Shared).await?;
        Ok(answer.user_last_login.last_login_at)
    }

    /// `PUT /v5/users/{user_id}` with only the fields that change; the user as saved.
    pub async fn update_user(&self, credentials: &Credentials, id: &str, body: &UpdateUserRequest) -> ApiResult<User> {
        let answer: UserResponse = self.send(credentials, Method::PUT, &user_path(id), body).await?;
        Ok(answer.user)
    }

    /// Starts `GET /v5/password-policy` before its page is drawn ([`Client::prefetch`]).
    pub fn prefetch_password_policy(&self, credentials: &Credentials) {
        self.prefetch(credentials, PASSWORD_POLICY_PATH);
    }

    /// Starts `GET /v5/users/{user_id}` and its last login before the page is drawn.
    pub fn prefetch_user(&self, credentials: &Credentials, user_id: &str) {
        self.prefetch(credentials, &user_path(user_id));
        self.prefetch(credentials, &last_login_path(user_id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_encode_what_they_carry() {
        assert_eq!(user_path("a/b c"), "/v5/users/a%2Fb%20c");
        assert_eq!(last_login_path("u1"), "/v5/users/u1/last-login");
        assert_eq!(users_page_path(None, USERS_PER_PAGE), "/v5/users?limit=25");
        assert_eq!(users_page_path(Some("m=1&x"), 200), "/v5/users?limit=200&marker=m%3D1%26x");
        assert_eq!(users_by_access_key_path("AK 1"), "/v5/users?access_key_id=AK%201");
    }
}
