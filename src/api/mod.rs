//! The one way the app talks to IAM: [`send`] builds a request on the app's own origin
//! (the gateway forwards `/v5/...`), signs it with `SDK-HMAC-SHA256` for the public host
//! the gateway forwards to, sends it with a timeout, and turns every outcome into an
//! [`ApiResult`]. Endpoint functions below are thin wrappers.
//!
//! ```no_run
//! # async fn demo(credentials: iam_console::credentials::Credentials) {
//! let identity = iam_console::api::caller_identity(&credentials).await;
//! # }
//! ```

use std::cell::Cell;
use std::rc::Rc;

use futures::future::{FutureExt, LocalBoxFuture, Shared};
use gloo_net::http::{Method, RequestBuilder};
use iam_v5::signer::{self, SignInput};
use iam_v5::{
    ApiErrorBody, CallerIdentity, ChangePasswordRequest, DecodeAuthorizationMessageRequest,
    DecodeAuthorizationMessageResponse, ErrorKind, LastLoginResponse, ListUsersResponse, PasswordPolicy,
    PasswordPolicyResponse, UpdateUserRequest, User, UserResponse,
};
use serde::Serialize;
use wasm_bindgen::prelude::*;

pub use crate::credentials::Credentials;
pub use crate::json::{FromJson, Json};

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
    /// The gateway answered for IAM that it could not reach it (its own 502, 503 or 504
    /// page, no IAM error body): IAM, not the console's server, is out of reach.
    Gateway {
        /// The gateway's HTTP status.
        status: u16,
    },
    /// The answer was not what the contract says.
    Malformed {
        /// HTTP status of the odd answer.
        status: u16,
    },
}

impl ApiError {
    /// A sentence for a person in the language in force, with the code where there is one.
    pub fn describe(&self) -> String {
        let text = &crate::i18n::t().errors;
        match self {
            ApiError::Api { body, .. } => (text.with_code)(&refusal_message(body), &body.error_code),
            ApiError::Timeout => text.timeout.into(),
            ApiError::Network => text.network.into(),
            ApiError::Gateway { status } => (text.gateway)(*status),
            ApiError::Malformed { status } => (text.malformed)(*status),
        }
    }
}

/// [`refusal_message`], followed by the server's message when ours is only the gist of a
/// code whose message says more (which policy rule, until when).
pub fn refusal_with_detail(body: &ApiErrorBody) -> String {
    let ours = refusal_message(body);
    if ours == body.error_msg {
        ours
    } else {
        format!("{ours} {}", body.error_msg)
    }
}

/// What a refusal says: the console's own words for a code it knows, in the language in
/// force; the server's message, verbatim, for any other code.
pub fn refusal_message(body: &ApiErrorBody) -> String {
    (crate::i18n::t().errors.known_code)(iam_v5::error::canonical(&body.error_code))
        .map_or_else(|| body.error_msg.clone(), str::to_owned)
}

/// Outcome of a call.
pub type ApiResult<T> = Result<T, ApiError>;

/// The host a request is signed for: STS for identity and decoding, IAM for the rest,
/// as `config.json` names them; the gateway forwards with the same Host.
fn signing_host(path: &str) -> String {
    let config = crate::config::get();
    let sts = path.starts_with("/v5/caller-identity") || path.starts_with("/v5/decode-authorization-message");
    if sts {
        config.sts_host.clone()
    } else {
        config.iam_host.clone()
    }
}

/// A GET's outcome, which every caller waiting for that GET gets a copy of.
type SharedExchanged = Result<Rc<Answer>, (ApiError, Option<String>)>;
/// A GET on its way, which any number of callers may await.
type InFlight = Shared<LocalBoxFuture<'static, SharedExchanged>>;

/// One GET that callers share: while it is out, every GET of the same path with the same
/// keys waits for it instead of asking again; `kept`, its answer also waits for the next
/// such GET (a page still being drawn) for [`KEPT_MS`].
struct SharedGet {
    key: String,
    path: String,
    answer: InFlight,
    kept: bool,
    started_ms: f64,
}

/// How long a kept answer stays good for the page it was fetched for.
const KEPT_MS: f64 = 60_000.0;

thread_local! {
    /// GETs on their way, and kept answers ([`SharedGet`]).
    static GETS: std::cell::RefCell<Vec<SharedGet>> = const { std::cell::RefCell::new(Vec::new()) };
    /// How far the server's clock is ahead of the browser's, in ms (learned from a refusal).
    static CLOCK_OFFSET_MS: Cell<f64> = const { Cell::new(0.0) };
    /// Asks the person to sign in again; resolves to fresh keys, or None when they decline.
    static REAUTHENTICATE: std::cell::RefCell<Option<Reauthenticate>> = const { std::cell::RefCell::new(None) };
    /// Told the skew, in minutes, when the app starts correcting for the browser's clock.
    static ON_CLOCK_CORRECTED: std::cell::RefCell<Option<TellSkew>> = const { std::cell::RefCell::new(None) };
}

/// What [`on_clock_corrected`] registers: told the skew in minutes.
type TellSkew = Rc<dyn Fn(i64)>;

/// What [`set_reauthenticate`] registers: opens the sign-in-again dialog and waits for it.
pub type Reauthenticate = Rc<dyn Fn() -> std::pin::Pin<Box<dyn std::future::Future<Output = Option<Credentials>>>>>;

/// Registers how to get fresh keys when the server says the signature or keys expired;
/// the refused request is then sent once more with them. None: no second chance.
pub fn set_reauthenticate(reauthenticate: Option<Reauthenticate>) {
    REAUTHENTICATE.with(|r| *r.borrow_mut() = reauthenticate);
}

/// Registers what to do when the browser's clock turns out to be off (tell the person).
pub fn on_clock_corrected(tell: impl Fn(i64) + 'static) {
    ON_CLOCK_CORRECTED.with(|t| *t.borrow_mut() = Some(Rc::new(tell)));
}

/// The server's clock skew a refusal's `Date` header shows, in ms, when it is large
/// enough to explain a refused `X-Sdk-Date` (more than five minutes beyond what we
/// already correct for).
fn clock_skew_ms(date_header: Option<String>) -> Option<f64> {
    let server = js_sys::Date::parse(&date_header?);
    let skew = server - js_sys::Date::now();
    (!server.is_nan() && (skew - CLOCK_OFFSET_MS.get()).abs() > 5.0 * 60_000.0).then_some(skew)
}

/// Sends `GET path` now, while the page that will ask for it is still being drawn (its
/// first render takes ~17 ms that the request can use); [`send`] then takes this answer
/// instead of asking again.
pub fn prefetch(credentials: &Credentials, path: &str) {
    // Already on its way (the first poll sent it); the page's GET takes the answer.
    drop(shared_get(credentials, path, true));
}

/// The GET of `path` with these keys that is already out (or kept), else a new one, sent
/// now. `keep`: its answer also waits for the next GET of the same path.
fn shared_get(credentials: &Credentials, path: &str, keep: bool) -> InFlight {
    let now = js_sys::Date::now();
    let found = GETS.with(|gets| {
        let mut gets = gets.borrow_mut();
        // Kept answers nobody took in time are stale: dropped.
        gets.retain(|get| !(get.kept && get.answer.peek().is_some() && now - get.started_ms > KEPT_MS));
        let get = gets.iter_mut().find(|get| get.key == credentials.access_key && get.path == path)?;
        get.kept = keep;
        Some(get.answer.clone())
    });
    if let Some(answer) = found {
        return answer;
    }
    let (owned_credentials, owned_path) = (credentials.clone(), path.to_owned());
    let answer = async move {
        let outgoing = Outgoing {
            method: Method::GET,
            path: &owned_path,
            body: None,
            credentials: Some(&owned_credentials),
            headers: &[],
        };
        exchange(outgoing).await.map(Rc::new)
    }
    .boxed_local()
    .shared();
    // The first poll signs and hands the request to the browser; callers await the rest.
    let waker = futures::task::noop_waker();
    let _ = answer.clone().poll_unpin(&mut std::task::Context::from_waker(&waker));
    let get = SharedGet {
        key: credentials.access_key.clone(),
        path: path.to_owned(),
        answer: answer.clone(),
        kept: keep,
        started_ms: now,
    };
    GETS.with(|gets| gets.borrow_mut().push(get));
    answer
}

/// Waits for a shared GET, then lets it go unless its answer is kept for a page (only a
/// success is kept: a refusal is asked again, so a retry or fresh keys can change it).
async fn await_shared(answer: InFlight) -> SharedExchanged {
    let outcome = answer.clone().await;
    let keep = outcome.is_ok();
    GETS.with(|gets| gets.borrow_mut().retain(|get| (keep && get.kept) || !Shared::ptr_eq(&get.answer, &answer)));
    outcome
}

/// Drops shared GETs and kept answers (signing out: they belong to that session).
pub fn forget_prefetched() {
    GETS.with(|gets| gets.borrow_mut().clear());
}

/// Sends `method path` (path may carry a query) with an optional JSON body, signed with
/// `credentials`, and decodes a JSON answer, or `()` for the empty bodies some endpoints
/// return. A refusal for a stale date is retried once with the browser's clock corrected,
/// and one for expired keys once after the person signs in again.
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
    let mut credentials = credentials.clone();
    let (mut corrected, mut reauthenticated) = (false, false);
    // A GET joins the same GET already out (or an answer kept for this page).
    let mut shared = (method == Method::GET).then(|| shared_get(&credentials, path, false));
    loop {
        let outgoing = Outgoing {
            method: method.clone(),
            path,
            body: body.clone(),
            credentials: Some(&credentials),
            headers: &[],
        };
        let exchanged = match shared.take() {
            Some(answer) => await_shared(answer).await,
            None => exchange(outgoing).await.map(Rc::new),
        };
        let (error, date) = match exchanged {
            Ok(answer) => return decode(&answer.text).ok_or(ApiError::Malformed { status: answer.status }),
            Err(failure) => failure,
        };
        if !matches!(error, ApiError::Api { status: 401, .. }) {
            return Err(error);
        }
        if let Some(skew) = clock_skew_ms(date).filter(|_| !corrected) {
            corrected = true;
            CLOCK_OFFSET_MS.set(skew);
            if let Some(tell) = ON_CLOCK_CORRECTED.with(|t| t.borrow().clone()) {
                tell((skew / 60_000.0).round() as i64);
            }
            continue;
        }
        let reauthenticate = REAUTHENTICATE.with(|r| r.borrow().clone()).filter(|_| !reauthenticated);
        let Some(reauthenticate) = reauthenticate else { return Err(error) };
        reauthenticated = true;
        // The refused request changed nothing: sending it again with fresh keys is its first effect.
        match reauthenticate().await {
            Some(fresh) => credentials = fresh,
            None => return Err(error),
        }
    }
}

/// One request as [`exchange`] sends it.
struct Outgoing<'a> {
    method: Method,
    path: &'a str,
    body: Option<String>,
    /// Signs the request; None for the classic sign-in calls, which are not signed.
    credentials: Option<&'a Credentials>,
    /// Extra headers (the classic calls' `X-Auth-Token`).
    headers: &'a [(&'a str, &'a str)],
}

/// A timer that runs `on_time` unless dropped first. Dropping it (the answer came, or the
/// page that waited for it was left) clears the timer and frees the closure: a closure
/// handed to JS for good (`once_into_js`) that never runs is never freed, and it held the
/// request's AbortController, one leak per request for as long as the console stays open.
struct Deadline {
    handle: Option<i32>,
    _on_time: Closure<dyn FnMut()>,
}

impl Deadline {
    fn start(ms: i32, on_time: impl FnOnce() + 'static) -> Self {
        let on_time = Closure::once(on_time);
        let handle = web_sys::window().and_then(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(on_time.as_ref().unchecked_ref(), ms).ok()
        });
        Deadline { handle, _on_time: on_time }
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        if let (Some(window), Some(handle)) = (web_sys::window(), self.handle) {
            window.clear_timeout_with_handle(handle);
        }
    }
}

/// A successful answer: status, body and the headers a caller may need.
struct Answer {
    status: u16,
    text: String,
    headers: gloo_net::http::Headers,
}

/// Signs (when there are credentials), sends with a timeout, and returns a successful
/// answer, or the error every other outcome means with the answer's `Date` header.
async fn exchange(outgoing: Outgoing<'_>) -> Result<Answer, (ApiError, Option<String>)> {
    let Outgoing { method, path, body, credentials, headers: extra } = outgoing;
    let mut headers = Vec::new();
    if body.is_some() {
        headers.push(("content-type".to_owned(), "application/json".to_owned()));
    }
    // Huawei Cloud's header for the language of the server's messages.
    headers.push(("x-language".to_owned(), crate::i18n::lang_untracked().header().to_owned()));
    let mut authorization = None;
    if let Some(credentials) = credentials {
        let now = js_sys::Date::now() + CLOCK_OFFSET_MS.get();
        let date = signer::format_sdk_date((now / 1000.0) as i64);
        headers.push(("host".to_owned(), signing_host(path)));
        headers.push(("x-sdk-date".to_owned(), date.clone()));
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
        authorization = Some(signer::sign(&input, &credentials.access_key, &credentials.secret_key));
    }

    let network = |_| (ApiError::Network, None);
    let controller = web_sys::AbortController::new().map_err(network)?;
    let mut builder = RequestBuilder::new(path).method(method).abort_signal(Some(&controller.signal()));
    for (name, value) in headers.iter().filter(|(name, _)| name != "host") {
        builder = builder.header(name, value);
    }
    for (name, value) in extra {
        builder = builder.header(name, value);
    }
    if let Some(authorization) = &authorization {
        builder = builder.header("authorization", authorization);
    }
    let request = match body {
        Some(body) => builder.body(body),
        None => builder.build(),
    }
    .map_err(|_| (ApiError::Network, None))?;

    let timed_out = Rc::new(Cell::new(false));
    let deadline = {
        let timed_out = timed_out.clone();
        Deadline::start(TIMEOUT_MS, move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    let response = request.send().await;
    drop(deadline);
    let response = response.map_err(|_| (if timed_out.get() { ApiError::Timeout } else { ApiError::Network }, None))?;
    let status = response.status();
    let headers = response.headers();
    let text = response.text().await.map_err(|_| (ApiError::Network, None))?;
    if response.ok() {
        return Ok(Answer { status, text, headers });
    }
    let date = headers.get("date");
    let retry_after = headers.get("retry-after").and_then(|seconds| seconds.trim().parse().ok());
    match decode::<ApiErrorBody>(&text) {
        Some(mut body) => {
            if body.request_id.is_none() {
                body.request_id = headers.get("x-request-id");
            }
            Err((ApiError::Api { status, kind: ErrorKind::from_code(&body.error_code), body, retry_after }, date))
        }
        // A gateway that cannot reach IAM answers with its own page.
        None if matches!(status, 502..=504) => Err((ApiError::Gateway { status }, date)),
        None => Err((ApiError::Malformed { status }, date)),
    }
}

/// A server time (RFC 3339) as ms since the epoch on the browser's clock, corrected by the
/// skew learned so far.
pub fn local_time_ms(rfc3339: &str) -> f64 {
    js_sys::Date::parse(rfc3339) - CLOCK_OFFSET_MS.get()
}

/// Password → token → temporary keys (`POST /v3/auth/tokens`, then
/// `POST /v3.0/OS-CREDENTIAL/securitytokens`): keys for `duration_seconds` and when they
/// expire (RFC 3339). The token is used once here and dropped.
pub async fn sign_in_with_password(
    account: &str,
    user_name: &str,
    password: &str,
    duration_seconds: u32,
) -> ApiResult<(Credentials, String)> {
    use iam_v5::classic::{Auth, AuthRequest, Domain, Identity, PasswordIdentity, PasswordUser, Scope, TokenIdentity};
    let domain = Domain { id: None, name: account.to_owned() };
    let login = AuthRequest {
        auth: Auth {
            identity: Identity {
                methods: vec!["password".into()],
                password: Some(PasswordIdentity {
                    user: PasswordUser {
                        domain: domain.clone(),
                        name: user_name.to_owned(),
                        password: password.to_owned(),
                    },
                }),
                token: None,
            },
            scope: Some(Scope { domain }),
        },
    };
    let body = serde_json::to_string(&login).map_err(|_| ApiError::Malformed { status: 0 })?;
    let outgoing =
        Outgoing { method: Method::POST, path: "/v3/auth/tokens", body: Some(body), credentials: None, headers: &[] };
    let answer = exchange(outgoing).await.map_err(|(error, _)| error)?;
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
    let body = serde_json::to_string(&ask).map_err(|_| ApiError::Malformed { status: 0 })?;
    let headers = [("x-auth-token", token.as_str())];
    let outgoing = Outgoing {
        method: Method::POST,
        path: "/v3.0/OS-CREDENTIAL/securitytokens",
        body: Some(body),
        credentials: None,
        headers: &headers,
    };
    let answer = exchange(outgoing).await.map_err(|(error, _)| error)?;
    let read = || {
        let credential = Json::parse(&answer.text)?.object("credential")?;
        let credentials = Credentials {
            access_key: credential.str("access")?,
            secret_key: credential.str("secret")?,
            security_token: Some(credential.str("securitytoken")?),
        };
        Some((credentials, credential.str("expires_at")?))
    };
    read().ok_or(ApiError::Malformed { status: answer.status })
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
    send::<(), PasswordPolicyResponse>(credentials, Method::GET, PASSWORD_POLICY_PATH, None)
        .await
        .map(|answer| answer.password_policy)
}

/// Starts `GET /v5/password-policy` early (see [`prefetch`]).
pub fn prefetch_password_policy(credentials: &Credentials) {
    prefetch(credentials, PASSWORD_POLICY_PATH);
}

const PASSWORD_POLICY_PATH: &str = "/v5/password-policy";

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

/// [`user`] for the header's "My account" check: the answer is also kept for the user's
/// own page, so opening it asks no second time (one request for one resource).
pub async fn user_for_page(credentials: &Credentials, user_id: &str) -> ApiResult<User> {
    let answer = await_shared(shared_get(credentials, &user_path(user_id), true)).await.map_err(|(error, _)| error)?;
    decode::<UserResponse>(&answer.text).map(|answer| answer.user).ok_or(ApiError::Malformed { status: answer.status })
}

/// [`user`] as the server has it now, never a kept answer: the check before saving.
pub async fn user_now(credentials: &Credentials, user_id: &str) -> ApiResult<User> {
    let path = user_path(user_id);
    GETS.with(|gets| gets.borrow_mut().retain(|get| !(get.kept && get.path == path)));
    user(credentials, user_id).await
}

/// Starts `GET /v5/users/{user_id}` and its last login early (see [`prefetch`]).
pub fn prefetch_user(credentials: &Credentials, user_id: &str) {
    prefetch(credentials, &user_path(user_id));
    prefetch(credentials, &last_login_path(user_id));
}

fn last_login_path(user_id: &str) -> String {
    format!("{}/last-login", user_path(user_id))
}

/// `GET /v5/users/{user_id}/last-login`: when they last signed in to the console, if ever.
pub async fn last_login(credentials: &Credentials, user_id: &str) -> ApiResult<Option<String>> {
    send::<(), LastLoginResponse>(credentials, Method::GET, &last_login_path(user_id), None)
        .await
        .map(|answer| answer.user_last_login.last_login_at)
}

/// `PUT /v5/users/{user_id}` with only the fields that change; the user as saved.
pub async fn update_user(credentials: &Credentials, user_id: &str, body: &UpdateUserRequest) -> ApiResult<User> {
    send::<_, UserResponse>(credentials, Method::PUT, &user_path(user_id), Some(body)).await.map(|answer| answer.user)
}
