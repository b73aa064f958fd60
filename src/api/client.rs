//! The one client value the app talks to IAM through, provided through context by the
//! session: its shared GETs, its clock, and how it gets fresh keys when the server refuses
//! expired ones. Nothing is registered from elsewhere; the session builds it with the one
//! hook it needs.
//!
//! ```no_run
//! # async fn demo(credentials: iam_console::credentials::Credentials) {
//! let client = iam_console::api::Client::use_context();
//! let identity = client.caller_identity(&credentials).await;
//! # }
//! ```

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use futures::future::{FutureExt, LocalBoxFuture, Shared};
use gloo_net::http::Method;
use leptos::prelude::*;

use super::cache::{Freshness, Pending, SharedGets};
use super::clock::Clock;
use super::error::{ApiError, ApiResult};
use super::transport::{decode, exchange, Refused, RequestParts, Signing, Success};
use crate::credentials::Credentials;
use crate::json::FromJson;
use crate::json_encode::ToJson;

/// Opens the sign-in-again dialog and waits for it: fresh keys, or None when declined.
pub type Reauthenticate = Rc<dyn Fn() -> Pin<Box<dyn Future<Output = Option<Credentials>>>>>;

/// A GET on its way, which any number of callers may await.
type InFlight = Shared<LocalBoxFuture<'static, Result<Rc<Success>, Refused>>>;

impl Pending for InFlight {
    fn is_settled(&self) -> bool {
        self.peek().is_some()
    }
    fn same(&self, other: &Self) -> bool {
        Shared::ptr_eq(self, other)
    }
}

/// What the client is built with: where it signs for, in which language it asks, and how
/// it gets fresh keys.
pub struct Settings {
    /// The public IAM host requests are signed for (`config.json`).
    pub iam_host: String,
    /// The public STS host (identity, decoding).
    pub sts_host: String,
    /// The `X-Language` value in force when a request is sent.
    pub language: fn() -> &'static str,
    /// Asked when the server refuses expired keys.
    pub reauthenticate: Reauthenticate,
}

struct State {
    gets: RefCell<SharedGets<InFlight>>,
    clock: Cell<Clock>,
    settings: Settings,
}

impl State {
    fn signing<'a>(&'a self, credentials: &'a Credentials, browser_now_ms: f64) -> Signing<'a> {
        Signing {
            credentials,
            server_now_ms: self.clock.get().server_now_ms(browser_now_ms),
            iam_host: &self.settings.iam_host,
            sts_host: &self.settings.sts_host,
        }
    }
}

/// The client: cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct Client {
    state: StoredValue<Rc<State>, LocalStorage>,
    /// Minutes the browser's clock is behind the server's, once the client corrects for it
    /// (the header says so).
    pub clock_off_minutes: RwSignal<Option<i64>>,
}

impl Client {
    /// A client built with `settings`, provided to everything below.
    pub fn provide(settings: Settings) -> Self {
        let state = State { gets: RefCell::default(), clock: Cell::default(), settings };
        let client = Client { state: StoredValue::new_local(Rc::new(state)), clock_off_minutes: RwSignal::new(None) };
        provide_context(client);
        client
    }

    /// The client from context.
    pub fn use_context() -> Self {
        expect_context::<Client>()
    }

    fn state(&self) -> Rc<State> {
        self.state.get_value()
    }

    /// A server time (RFC 3339) as ms since the epoch on the browser's clock.
    pub fn browser_time_ms(&self, rfc3339: &str) -> f64 {
        self.state().clock.get().browser_time_ms(js_sys::Date::parse(rfc3339))
    }

    /// Forgets shared GETs and kept answers (signing out: they belong to that session).
    pub fn forget(&self) {
        self.state().gets.borrow_mut().clear();
    }

    /// Sends `GET path` now, while the page that will read it is still being drawn; the
    /// page's read then takes this answer ([`Freshness::KeepForPage`]).
    pub fn prefetch(&self, credentials: &Credentials, path: &str) {
        drop(self.shared_get(credentials, path, Freshness::KeepForPage));
    }

    /// The GET of `path` already out (or kept) as `freshness` allows, else a new one,
    /// sent now (its first poll signs it and hands it to the browser).
    fn shared_get(&self, credentials: &Credentials, path: &str, freshness: Freshness) -> InFlight {
        let state = self.state();
        let now = js_sys::Date::now();
        if let Some(answer) = state.gets.borrow_mut().join(&credentials.access_key, path, freshness, now) {
            return answer;
        }
        let (owned_credentials, owned_path, owned_state) = (credentials.clone(), path.to_owned(), state.clone());
        let answer = async move {
            let outgoing = RequestParts { method: Method::GET, path: &owned_path, body: None, headers: &[] };
            let signing = owned_state.signing(&owned_credentials, now);
            exchange(outgoing, Some(signing), (owned_state.settings.language)()).await.map(Rc::new)
        }
        .boxed_local()
        .shared();
        let waker = futures::task::noop_waker();
        let _ = answer.clone().poll_unpin(&mut std::task::Context::from_waker(&waker));
        state.gets.borrow_mut().add(&credentials.access_key, path, answer.clone(), freshness, now);
        answer
    }

    /// Waits for a shared GET, then lets the cache decide whether to keep it.
    async fn await_shared(&self, answer: InFlight) -> Result<Rc<Success>, Refused> {
        let outcome = answer.clone().await;
        self.state().gets.borrow_mut().settle(&answer, outcome.is_ok());
        outcome
    }

    /// `GET path` as fresh as `freshness` says, decoded: it joins the same GET on its way
    /// (or an answer kept for the page) as `freshness` allows.
    pub async fn get<T: FromJson>(&self, credentials: &Credentials, path: &str, freshness: Freshness) -> ApiResult<T> {
        let shared = self.shared_get(credentials, path, freshness);
        self.call(credentials, Method::GET, path, None, Some(shared)).await
    }

    /// Sends `method path` (a change: POST, PUT, DELETE) with a JSON body, decoded answer.
    pub async fn send<T: FromJson>(
        &self,
        credentials: &Credentials,
        method: Method,
        path: &str,
        body: &impl ToJson,
    ) -> ApiResult<T> {
        self.call(credentials, method, path, Some(body.to_json()), None).await
    }

    /// Sends `method path` with no body (a POST that takes none, a DELETE), decoded answer.
    pub async fn send_without_body<T: FromJson>(
        &self,
        credentials: &Credentials,
        method: Method,
        path: &str,
    ) -> ApiResult<T> {
        self.call(credentials, method, path, None, None).await
    }

    /// Signs with `credentials`, sends (or awaits the `shared` GET) and decodes the answer.
    /// A refusal for a stale date is retried once with the clock corrected, and one for
    /// expired keys once after the person signs in again.
    async fn call<T: FromJson>(
        &self,
        credentials: &Credentials,
        method: Method,
        path: &str,
        body: Option<String>,
        mut shared: Option<InFlight>,
    ) -> ApiResult<T> {
        let state = self.state();
        let mut credentials = credentials.clone();
        let (mut corrected, mut reauthenticated) = (false, false);
        loop {
            let exchanged = match shared.take() {
                Some(answer) => self.await_shared(answer).await,
                None => {
                    let outgoing = RequestParts { method: method.clone(), path, body: body.clone(), headers: &[] };
                    let signing = state.signing(&credentials, js_sys::Date::now());
                    exchange(outgoing, Some(signing), (state.settings.language)()).await.map(Rc::new)
                }
            };
            let Refused { error, date } = match exchanged {
                Ok(answer) => return decode(&answer.text).ok_or(ApiError::Malformed { status: answer.status }),
                Err(refused) => refused,
            };
            if !matches!(error, ApiError::Api { status: 401, .. }) {
                return Err(error);
            }
            let server_date = date.map_or(f64::NAN, |date| js_sys::Date::parse(&date));
            if let Some(clock) = state.clock.get().corrected(server_date, js_sys::Date::now()).filter(|_| !corrected) {
                corrected = true;
                state.clock.set(clock);
                self.clock_off_minutes.set(Some(clock.minutes()));
                continue;
            }
            if reauthenticated {
                return Err(error);
            }
            reauthenticated = true;
            // The refused request changed nothing: sending it again with fresh keys is its first effect.
            match (state.settings.reauthenticate)().await {
                Some(fresh) => credentials = fresh,
                None => return Err(error),
            }
        }
    }

    /// An unsigned call (the classic sign-in), its answer or what the failure means.
    pub(super) async fn unsigned(&self, outgoing: RequestParts<'_>) -> ApiResult<Success> {
        exchange(outgoing, None, (self.state().settings.language)()).await.map_err(|refused| refused.error)
    }
}
