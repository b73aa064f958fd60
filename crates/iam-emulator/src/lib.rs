//! A local Huawei Cloud IAM v5 emulator: serves the `/v5` API from a seed and,
//! with a dist folder, the built console on the same origin (as the production
//! gateway does), so the app runs and is tested with no cloud account.

pub mod seed;

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use iam_v5::error::codes;
use iam_v5::{ApiErrorBody, ChangePasswordRequest};
use tower_http::services::{ServeDir, ServeFile};

pub use seed::{Seed, DEMO_SEED};

/// Shared, mutable emulator state.
#[derive(Clone)]
pub struct Emulator {
    state: Arc<Mutex<Seed>>,
}

impl Emulator {
    /// Starts from a parsed seed.
    pub fn new(seed: Seed) -> Self {
        Self { state: Arc::new(Mutex::new(seed)) }
    }

    /// The HTTP app: the API, and the console from `dist` (index.html for any
    /// other path, so client-side routes survive a reload).
    pub fn router(self, dist: Option<PathBuf>) -> Router {
        let api = Router::new().route("/v5/caller-password", post(change_password)).with_state(self);
        let app = match dist {
            Some(dir) => {
                let index = dir.join("index.html");
                api.fallback_service(ServeDir::new(dir).fallback(ServeFile::new(index)))
            }
            None => api.fallback(|| async { error(StatusCode::NOT_FOUND, codes::NOT_FOUND, "No such route.") }),
        };
        app.layer(middleware::from_fn(with_request_id))
    }
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

/// Every response, success or error, carries `X-Request-Id` (the SDK reads it from there).
async fn with_request_id(request: Request, next: Next) -> Response {
    let id = next_request_id();
    let mut response = next.run(request).await;
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert("x-request-id", value);
    }
    response
}

fn error(status: StatusCode, code: &str, message: &str) -> Response {
    let body = ApiErrorBody {
        error_code: code.into(),
        error_msg: message.into(),
        request_id: (status != StatusCode::BAD_REQUEST).then(next_request_id),
        encoded_authorization_message: None,
    };
    (status, Json(body)).into_response()
}

/// `POST /v5/caller-password`. Until requests are signed, the caller is the
/// seed's first user (the demo user).
async fn change_password(
    State(emulator): State<Emulator>,
    body: Result<Json<ChangePasswordRequest>, axum::extract::rejection::JsonRejection>,
) -> Response {
    let Ok(Json(request)) = body else {
        return error(StatusCode::BAD_REQUEST, codes::INVALID_BODY, "The request body is invalid.");
    };
    let mut seed = emulator.state.lock().expect("state lock");
    let user = &mut seed.users[0];
    if request.old_password != user.password {
        return error(StatusCode::BAD_REQUEST, codes::INCORRECT_PASSWORD, "The old password is incorrect.");
    }
    if request.new_password == request.old_password {
        return error(
            StatusCode::BAD_REQUEST,
            codes::PASSWORD_UNCHANGED,
            "The new password must be different from the old password.",
        );
    }
    user.password = request.new_password;
    StatusCode::OK.into_response()
}
