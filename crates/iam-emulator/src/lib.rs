//! A local Huawei Cloud IAM v5 emulator: serves the `/v5` API (and the classic `/v3`
//! token calls) from a seed and, with a dist folder, the built console on the same
//! origin (as the production gateway does), so the app runs and is tested with no
//! cloud account. See the crate's README for the seed format and the numbers.
//!
//! ```no_run
//! # async fn demo() {
//! use iam_emulator::{Emulator, Seed, DEMO_SEED};
//! let app = Emulator::from_seed(Seed::parse(DEMO_SEED).unwrap()).router(None);
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
//! axum::serve(listener, app).await.unwrap();
//! # }
//! ```

pub mod access_keys;
pub mod api;
pub mod auth;
pub mod classic;
pub mod emulator;
pub mod gateway;
pub mod groups;
pub mod handler;
pub mod lockout;
pub mod login_profile;
pub mod mfa;
pub mod paging;
pub mod password;
pub mod random;
pub mod respond;
pub mod seed;
pub mod state;
pub mod state_file;
pub mod tags;
pub mod users;

use std::path::PathBuf;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use iam_v5::error::codes;
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;

pub use emulator::{Emulator, DEFAULT_PUBLIC_HOSTS};
pub use seed::{Seed, DEMO_SEED};
pub use state::State;

/// The Content-Security-Policy of the served app: only its own origin, plus wasm compilation.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
     style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
     form-action 'self'; frame-ancestors 'none'";

impl Emulator {
    /// The HTTP app: the API, and the console from `dist` (index.html for any other
    /// path, so client-side routes survive a reload).
    pub fn router(self, dist: Option<PathBuf>) -> Router {
        let v5 = Router::new()
            .route("/v5/caller-password", post(api::change_password))
            .route("/v5/users", get(api::list_users).post(users::create))
            .route("/v5/users/{user_id}", get(api::show_user).put(api::update_user).delete(users::delete))
            .route("/v5/users/{user_id}/last-login", get(api::last_login))
            .route("/v5/users/{user_id}/access-keys", get(access_keys::list).post(access_keys::create))
            .route(
                "/v5/users/{user_id}/access-keys/{access_key_id}",
                axum::routing::put(access_keys::update).delete(access_keys::delete),
            )
            .route("/v5/users/{user_id}/access-keys/{access_key_id}/last-used", get(access_keys::last_used))
            .route(
                "/v5/users/{user_id}/login-profile",
                get(login_profile::show)
                    .post(login_profile::create)
                    .put(login_profile::update)
                    .delete(login_profile::delete),
            )
            .route("/v5/groups", get(groups::list).post(groups::create))
            .route("/v5/groups/{group_id}", get(groups::show).put(groups::update).delete(groups::delete))
            .route("/v5/groups/{group_id}/add-user", post(groups::add_user))
            .route("/v5/groups/{group_id}/remove-user", post(groups::remove_user))
            .route("/v5/user/{user_id}/tags", get(tags::list))
            .route("/v5/user/{user_id}/tags/create", post(tags::create))
            .route("/v5/user/{user_id}/tags/delete", axum::routing::delete(tags::delete))
            .route("/v5/mfa-devices", get(mfa::list))
            .route("/v5/mfa-devices/disable", post(mfa::disable))
            .route("/v5/virtual-mfa-devices", axum::routing::delete(mfa::delete_virtual))
            .route("/v5/password-policy", get(api::password_policy))
            .route("/v5/caller-identity", get(api::caller_identity))
            .route("/v5/decode-authorization-message", post(api::decode_authorization_message))
            .route_layer(middleware::from_fn_with_state(self.clone(), auth::authenticate));
        let classic = Router::new()
            .route("/v3/auth/tokens", post(classic::issue_token))
            .route("/v3.0/OS-CREDENTIAL/securitytokens", post(classic::issue_temporary_keys))
            .route_layer(middleware::from_fn(bounded_body));
        let api = v5
            .merge(classic)
            .method_not_allowed_fallback(|| async {
                respond::error(
                    StatusCode::METHOD_NOT_ALLOWED,
                    codes::METHOD_NOT_ALLOWED,
                    "This method is not allowed here.",
                )
            })
            .with_state(self);
        site(api, dist).layer(middleware::from_fn(respond::with_request_id))
    }
}

/// Around an API: the console from `dist` for every other path (index.html for client
/// routes, so they survive a reload), the well-known change-password address, the caching
/// rules and the security headers of `deploy/nginx.conf`. The emulator and the gateway
/// mode share it.
pub fn site(api: Router, dist: Option<PathBuf>) -> Router {
    let dist = Arc::new(dist);
    api
        // Password managers find the change-password page here (W3C well-known URL).
        .route("/.well-known/change-password", get(|| async { axum::response::Redirect::to("/password") }))
        .fallback(move |request: Request| fallback(dist.clone(), request))
        .layer(middleware::from_fn(cache_control))
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        ))
        .layer(SetResponseHeaderLayer::overriding(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::overriding(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer")))
        .layer(SetResponseHeaderLayer::overriding(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
}

/// The caching rules of `deploy/nginx.conf`: files named by a content hash are kept for a
/// year, API answers never, everything else (index.html, config.json) is revalidated.
pub fn cache_control_for(path: &str) -> &'static str {
    let name = path.rsplit('/').next().unwrap_or("");
    let stem = name.rsplit_once('.').map_or("", |(stem, _)| stem);
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let hashed =
        stem.rsplit_once('-').is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
            && [".js", ".wasm", ".css"].iter().any(|ext| name.ends_with(ext));
    if hashed {
        "public, max-age=31536000, immutable"
    } else if path.starts_with("/v5/") || path.starts_with("/v3/") || path.starts_with("/v3.0/") {
        "no-store"
    } else {
        "no-cache"
    }
}

async fn cache_control(request: Request, next: Next) -> Response {
    let rule = cache_control_for(request.uri().path());
    let mut response = next.run(request).await;
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(rule));
    response
}

/// Unsigned API routes still get a bounded body, refused as JSON when too large.
async fn bounded_body(request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    match axum::body::to_bytes(body, auth::BODY_LIMIT).await {
        Ok(bytes) => next.run(Request::from_parts(parts, Body::from(bytes))).await,
        Err(_) => respond::error(
            StatusCode::PAYLOAD_TOO_LARGE,
            codes::BODY_TOO_LARGE,
            format!("The request body is larger than {} bytes.", auth::BODY_LIMIT),
        )
        .into_response(),
    }
}

/// API-looking paths get a JSON 404; anything else is the app (when serving one).
async fn fallback(dist: Arc<Option<PathBuf>>, request: Request) -> Response {
    let path = request.uri().path();
    let api = path.starts_with("/v5") || path.starts_with("/v3");
    match dist.as_ref() {
        Some(dir) if !api => {
            // Client routes (no dot in the last segment) get index.html; a missing file such
            // as an absent config.json is a plain 404, never the app's page. So is any other
            // well-known address: browsers probe one that must not exist before they trust
            // /.well-known/change-password, and send people to "/" when it answers 200.
            let file_like =
                path.rsplit('/').next().is_some_and(|last| last.contains('.')) || path.starts_with("/.well-known/");
            // The build's precompressed twins (file.br, file.gz) when the browser accepts them.
            let files = ServeDir::new(dir).precompressed_br().precompressed_gzip();
            let served = if file_like {
                files.oneshot(request).await
            } else {
                let index = ServeFile::new(dir.join("index.html")).precompressed_br().precompressed_gzip();
                files.fallback(index).oneshot(request).await
            };
            match served {
                Ok(response) => response.into_response(),
                Err(_) => respond::error(StatusCode::INTERNAL_SERVER_ERROR, codes::NOT_FOUND, "Cannot read the app.")
                    .into_response(),
            }
        }
        _ => respond::error(StatusCode::NOT_FOUND, codes::NOT_FOUND, format!("No route {path}.")).into_response(),
    }
}
