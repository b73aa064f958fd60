//! Responses: JSON error bodies in the API's shape, and the request id every response
//! carries (the same id in the `X-Request-Id` header and in the body).

use std::sync::atomic::{AtomicU64, Ordering};

use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use iam_v5::ApiErrorBody;

tokio::task_local! {
    static REQUEST_ID: String;
}

static REQUESTS: AtomicU64 = AtomicU64::new(1);

/// A fresh 32-hex-digit request id (unique within a run; nothing depends on it being random).
fn next_request_id() -> String {
    let n = REQUESTS.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or_default();
    format!("{nanos:016x}{n:016x}")
}

/// The id of the request being answered.
pub fn request_id() -> String {
    REQUEST_ID.try_with(Clone::clone).unwrap_or_else(|_| next_request_id())
}

/// Every response, success or error, carries `X-Request-Id` (the SDK reads it from there).
/// API requests are logged to stdout as `request METHOD PATH STATUS ID` (never headers,
/// query or body, which may hold secrets): tests count requests with it.
pub async fn with_request_id(request: Request, next: Next) -> Response {
    let id = next_request_id();
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let mut response = REQUEST_ID.scope(id.clone(), next.run(request)).await;
    if path.starts_with("/v") {
        println!("request {method} {path} {} {id}", response.status().as_u16());
    }
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert("x-request-id", value);
    }
    // The emulator's own clock (it may be shifted): clients correct their skew from it.
    let date = std::time::UNIX_EPOCH + std::time::Duration::from_secs(crate::state::now().max(0) as u64);
    if let Ok(value) = HeaderValue::from_str(&httpdate::fmt_http_date(date)) {
        response.headers_mut().insert("date", value);
    }
    response
}

/// An error answer, boxed so `Result<_, Refusal>` stays small on the happy path.
pub struct Refusal(Box<Response>);

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        *self.0
    }
}

impl From<Response> for Refusal {
    fn from(response: Response) -> Self {
        Refusal(Box::new(response))
    }
}

impl Refusal {
    /// Adds a header (e.g. `Retry-After`).
    pub fn with_header(mut self, name: &'static str, value: HeaderValue) -> Self {
        self.0.headers_mut().insert(name, value);
        self
    }
}

/// An error answer. 400s carry code and message; the others add the request id.
pub fn error(status: StatusCode, code: &str, message: impl Into<String>) -> Refusal {
    let body = ApiErrorBody {
        error_code: code.into(),
        error_msg: message.into(),
        request_id: (status != StatusCode::BAD_REQUEST).then(request_id),
        encoded_authorization_message: None,
    };
    (status, Json(body)).into_response().into()
}

/// A 403 with the encoded authorization message STS can decode.
pub fn forbidden(encoded: String, action: &str) -> Refusal {
    let body = ApiErrorBody {
        error_code: iam_v5::error::codes::ACCESS_DENIED.into(),
        error_msg: format!("You do not have permission to perform {action}."),
        request_id: Some(request_id()),
        encoded_authorization_message: Some(encoded),
    };
    (StatusCode::FORBIDDEN, Json(body)).into_response().into()
}

/// Result of a handler: the answer either way.
pub type Answer = Result<Response, Refusal>;
