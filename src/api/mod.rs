//! The one way the app talks to IAM: [`send`] builds a request on the app's own origin
//! (the gateway forwards `/v5/...`), signs it with `SDK-HMAC-SHA256` for the public host
//! the gateway forwards to, sends it with a timeout, and turns every outcome into an
//! [`ApiResult`]. Endpoint functions below are thin wrappers.
//!
//! ```no_run
//! # async fn demo(credentials: iam_console::session::Credentials) {
//! let identity = iam_console::api::caller_identity(&credentials).await;
//! # }
//! ```

use std::cell::Cell;
use std::rc::Rc;

use gloo_net::http::{Method, RequestBuilder};
use iam_v5::signer::{self, SignInput};
use iam_v5::{
    ApiErrorBody, CallerIdentity, ChangePasswordRequest, DecodeAuthorizationMessageRequest,
    DecodeAuthorizationMessageResponse, ErrorKind, LastLoginResponse, ListUsersResponse, PasswordPolicy,
    PasswordPolicyResponse, UpdateUserRequest, User, UserResponse,
};
use serde::Serialize;
use wasm_bindgen::prelude::*;

pub use self::json::{FromJson, Json};
use crate::session::Credentials;

pub mod json;

/// How long a request may take before the page offers "Try again".
pub const TIMEOUT_MS: i32 = 15_000;

/// Why a call failed, in the words a page needs to explain it.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// The server answered with an error body (request id from the body or the header).
    Api {
        /// HTTP status.
        status: u16,
        /// What the code means to us.
        kind: ErrorKind,
        /// The body as sent; code and message are shown verbatim.
        body: ApiErrorBody,
        /// Seconds from the `Retry-After` header (lockout), when the server sent one.
        retry_after: Option<u32>,
    },
    /// No answer within [`TIMEOUT_MS`].
    Timeout,
    /// The request never got an answer (server down, connection refused).
    Network,
    /// The answer was not what the contract says.
    Malformed {
        /// HTTP status of the odd answer.
        status: u16,
    },
}

impl ApiError {
    /// A sentence for a person, with the code where there is one.
    pub fn describe(&self) -> String {
        match self {
            ApiError::Api { body, .. } => format!("{} (error code {})", body.error_msg, body.error_code),
            ApiError::Timeout => "The server took too long to answer.".into(),
            ApiError::Network => "The server could not be reached. Check your connection.".into(),
            ApiError::Malformed { status } => format!("The server sent an answer we could not read (HTTP {status})."),
        }
    }
}

/// Outcome of a call.
pub type ApiResult<T> = Result<T, ApiError>;

/// The host a request is signed for: STS for identity and decoding, IAM for the rest.
/// A `<meta name="iam-host">` / `<meta name="sts-host">` in index.html overrides the
/// defaults (e.g. for a regional endpoint); the gateway forwards with the same Host.
fn signing_host(path: &str) -> String {
    let sts = path.starts_with("/v5/caller-identity") || path.starts_with("/v5/decode-authorization-message");
    let (name, default) =
        if sts { ("sts-host", "sts.myhuaweicloud.com") } else { ("iam-host", "iam.myhuaweicloud.com") };
    document()
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .filter(|host| !host.is_empty())
        .unwrap_or_else(|| default.to_owned())
}

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

/// Sends `method path` (path may carry a query) with an optional JSON body, signed with
/// `credentials`, and decodes a JSON answer, or `()` for the empty bodies some endpoints
/// return. Only this thin layer is generic: the request itself is built once, in [`exchange`].
pub async fn send<B: Serialize, T: FromJson>(
    credentials: &Credentials,
    method: Method,
    path: &str,
    body: Option<&B>,
) -> ApiResult<T> {
    let body = match body {
        Some(body) => Some(serde_json::to_string(body).map_err(|_| ApiError::Malformed { status: 0 })?),
        None => None,
    };
    let (status, text) = exchange(credentials, method, path, body).await?;
    decode(&text).ok_or(ApiError::Malformed { status })
}

/// Signs, sends with a timeout, and returns the status and text of a successful answer,
/// or the error every other outcome means.
async fn exchange(
    credentials: &Credentials,
    method: Method,
    path: &str,
    body: Option<String>,
) -> ApiResult<(u16, String)> {
    let date = signer::format_sdk_date((js_sys::Date::now() / 1000.0) as i64);
    let mut headers = vec![("host".to_owned(), signing_host(path)), ("x-sdk-date".to_owned(), date.clone())];
    if body.is_some() {
        headers.push(("content-type".to_owned(), "application/json".to_owned()));
    }
    if let Some(token) = &credentials.security_token {
        headers.push(("x-security-token".to_owned(), token.clone()));
    }
    let (bare_path, query) = path.split_once('?').unwrap_or((path, ""));
    let query = signer::parse_query(query);
    let input = SignInput {
        method: method.as_str(),
        path: bare_path,
        query: &query,
        headers: &headers,
        body: body.as_deref().unwrap_or("").as_bytes(),
        date: &date,
    };
    let authorization = signer::sign(&input, &credentials.access_key, &credentials.secret_key);

    let controller = web_sys::AbortController::new().map_err(|_| ApiError::Network)?;
    let mut builder = RequestBuilder::new(path).method(method).abort_signal(Some(&controller.signal()));
    for (name, value) in headers.iter().filter(|(name, _)| name != "host") {
        builder = builder.header(name, value);
    }
    builder = builder.header("authorization", &authorization);
    let request = match body {
        Some(body) => builder.body(body),
        None => builder.build(),
    }
    .map_err(|_| ApiError::Network)?;

    let timed_out = Rc::new(Cell::new(false));
    let on_timeout = {
        let timed_out = timed_out.clone();
        Closure::once_into_js(move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    let window = web_sys::window().expect("a window");
    let timer =
        window.set_timeout_with_callback_and_timeout_and_arguments_0(on_timeout.unchecked_ref(), TIMEOUT_MS).ok();
    let response = request.send().await;
    if let Some(timer) = timer {
        window.clear_timeout_with_handle(timer);
    }
    let response = response.map_err(|_| if timed_out.get() { ApiError::Timeout } else { ApiError::Network })?;
    let status = response.status();
    let header_request_id = response.headers().get("x-request-id");
    let retry_after = response.headers().get("retry-after").and_then(|seconds| seconds.trim().parse().ok());
    let text = response.text().await.map_err(|_| ApiError::Network)?;
    if response.ok() {
        return Ok((status, text));
    }
    match decode::<ApiErrorBody>(&text) {
        Some(mut body) => {
            if body.request_id.is_none() {
                body.request_id = header_request_id;
            }
            Err(ApiError::Api { status, kind: ErrorKind::from_code(&body.error_code), body, retry_after })
        }
        None => Err(ApiError::Malformed { status }),
    }
}

/// Decodes a JSON answer with the browser's own parser (see [`json`]).
fn decode<T: FromJson>(text: &str) -> Option<T> {
    T::from_json(&Json::parse(text)?)
}

/// `GET /v5/caller-identity` (STS): who the keys belong to.
pub async fn caller_identity(credentials: &Credentials) -> ApiResult<CallerIdentity> {
    send::<(), _>(credentials, Method::GET, "/v5/caller-identity", None).await
}

/// `POST /v5/caller-password`.
pub async fn change_password(credentials: &Credentials, body: &ChangePasswordRequest) -> ApiResult<()> {
    send(credentials, Method::POST, "/v5/caller-password", Some(body)).await
}

/// `GET /v5/password-policy`: the rules a new password must meet.
pub async fn password_policy(credentials: &Credentials) -> ApiResult<PasswordPolicy> {
    send::<(), PasswordPolicyResponse>(credentials, Method::GET, "/v5/password-policy", None)
        .await
        .map(|answer| answer.password_policy)
}

/// `POST /v5/decode-authorization-message` (STS): the readable denial behind a 403.
pub async fn decode_authorization_message(credentials: &Credentials, encoded_message: &str) -> ApiResult<String> {
    let body = DecodeAuthorizationMessageRequest { encoded_message: encoded_message.to_owned() };
    send::<_, DecodeAuthorizationMessageResponse>(
        credentials,
        Method::POST,
        "/v5/decode-authorization-message",
        Some(&body),
    )
    .await
    .map(|answer| answer.decoded_message)
}

/// How many users one page of `GET /v5/users` asks for.
pub const USERS_PER_PAGE: u32 = 25;

/// `GET /v5/users`: the page after `marker` (the first page without one).
pub async fn list_users(credentials: &Credentials, marker: Option<&str>) -> ApiResult<ListUsersResponse> {
    let mut path = format!("/v5/users?limit={USERS_PER_PAGE}");
    if let Some(marker) = marker {
        path.push_str("&marker=");
        path.push_str(&signer::percent_encode(marker));
    }
    send::<(), _>(credentials, Method::GET, &path, None).await
}

fn user_path(user_id: &str) -> String {
    format!("/v5/users/{}", signer::percent_encode(user_id))
}

/// `GET /v5/users/{user_id}`: the user with their tags.
pub async fn user(credentials: &Credentials, user_id: &str) -> ApiResult<User> {
    send::<(), UserResponse>(credentials, Method::GET, &user_path(user_id), None).await.map(|answer| answer.user)
}

/// `GET /v5/users/{user_id}/last-login`: when they last signed in to the console, if ever.
pub async fn last_login(credentials: &Credentials, user_id: &str) -> ApiResult<Option<String>> {
    let path = format!("{}/last-login", user_path(user_id));
    send::<(), LastLoginResponse>(credentials, Method::GET, &path, None)
        .await
        .map(|answer| answer.user_last_login.last_login_at)
}

/// `PUT /v5/users/{user_id}` with only the fields that change; the user as saved.
pub async fn update_user(credentials: &Credentials, user_id: &str, body: &UpdateUserRequest) -> ApiResult<User> {
    send::<_, UserResponse>(credentials, Method::PUT, &user_path(user_id), Some(body)).await.map(|answer| answer.user)
}
