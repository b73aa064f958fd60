//! The one way the app talks to IAM: [`send`] builds a request on the app's own
//! origin (the gateway forwards `/v5/...`), sends it, and turns every outcome into
//! an [`ApiResult`].
//!
//! ```no_run
//! # async fn demo() {
//! use iam_v5::ChangePasswordRequest;
//! let body = ChangePasswordRequest { old_password: "old".into(), new_password: "new".into() };
//! let outcome = iam_console::api::change_password(&body).await;
//! # }
//! ```

use gloo_net::http::{Method, RequestBuilder};
use iam_v5::{ApiErrorBody, ChangePasswordRequest, ErrorKind};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// Why a call failed, in the words a page needs to explain it.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// The server answered with an error body.
    Api {
        /// HTTP status.
        status: u16,
        /// What the code means to us.
        kind: ErrorKind,
        /// The body as sent (code and message are shown verbatim).
        body: ApiErrorBody,
    },
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
            ApiError::Network => "The server could not be reached. Check your connection and try again.".into(),
            ApiError::Malformed { status } => format!("The server sent an answer we could not read (HTTP {status})."),
        }
    }
}

/// Outcome of a call.
pub type ApiResult<T> = Result<T, ApiError>;

/// Sends `method path` with an optional JSON body and decodes a JSON answer, or
/// `()` for the empty bodies some endpoints return.
pub async fn send<B: Serialize, T: DeserializeOwned>(method: Method, path: &str, body: Option<&B>) -> ApiResult<T> {
    let builder = RequestBuilder::new(path).method(method);
    let request = match body {
        Some(body) => builder.json(body),
        None => builder.build(),
    }
    .map_err(|_| ApiError::Network)?;
    let response = request.send().await.map_err(|_| ApiError::Network)?;
    let status = response.status();
    let text = response.text().await.map_err(|_| ApiError::Network)?;
    if response.ok() {
        // Empty success bodies decode as `null`, which `()` accepts.
        let text = if text.trim().is_empty() { "null" } else { text.as_str() };
        return serde_json::from_str(text).map_err(|_| ApiError::Malformed { status });
    }
    match serde_json::from_str::<ApiErrorBody>(&text) {
        Ok(body) => Err(ApiError::Api { status, kind: ErrorKind::from_code(&body.error_code), body }),
        Err(_) => Err(ApiError::Malformed { status }),
    }
}

/// `POST /v5/caller-password`.
pub async fn change_password(body: &ChangePasswordRequest) -> ApiResult<()> {
    send(Method::POST, "/v5/caller-password", Some(body)).await
}
