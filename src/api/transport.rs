//! Sending one request with `fetch`: signed when there are keys, with a timeout, the
//! outcome classified ([`super::classify`]). Everything here touches the browser.

use std::cell::Cell;
use std::rc::Rc;

use gloo_net::http::{Method, RequestBuilder};
use iam_v5::ApiErrorBody;
use wasm_bindgen::prelude::*;

use super::classify::classify;
use super::error::{ApiError, TIMEOUT_MS};
use super::signing;
use crate::credentials::Credentials;
use crate::json::{FromJson, Json};

/// One request as [`exchange`] sends it.
pub struct RequestParts<'a> {
    pub method: Method,
    /// The path on this origin; it may carry a query.
    pub path: &'a str,
    /// A JSON body.
    pub body: Option<String>,
    /// Extra headers (the classic calls' `X-Auth-Token`).
    pub headers: &'a [(&'a str, &'a str)],
}

/// A successful answer: status, body and the headers a caller may need.
pub struct Success {
    pub status: u16,
    pub text: String,
    pub headers: gloo_net::http::Headers,
}

/// Any other outcome: the error it means, and the answer's `Date` header (clock skew).
#[derive(Clone)]
pub struct Refused {
    pub error: ApiError,
    pub date: Option<String>,
}

impl From<ApiError> for Refused {
    fn from(error: ApiError) -> Self {
        Refused { error, date: None }
    }
}

/// Keys to sign with, the server's time now (the corrected clock) in ms, and the public
/// hosts of IAM and STS that the gateway forwards to.
pub struct Signing<'a> {
    pub credentials: &'a Credentials,
    pub server_now_ms: f64,
    pub iam_host: &'a str,
    pub sts_host: &'a str,
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

/// Signs (when `signing` says with what), sends with a timeout, and returns a successful
/// answer or what the failure means. `language` is Huawei Cloud's `X-Language` value: the
/// server's messages come in it.
pub async fn exchange(
    outgoing: RequestParts<'_>,
    signing: Option<Signing<'_>>,
    language: &str,
) -> Result<Success, Refused> {
    let RequestParts { method, path, body, headers: extra } = outgoing;
    let mut headers = Vec::new();
    if body.is_some() {
        headers.push(("content-type".to_owned(), "application/json".to_owned()));
    }
    headers.push(("x-language".to_owned(), language.to_owned()));
    if let Some(Signing { credentials, server_now_ms, iam_host, sts_host }) = signing {
        let date = iam_v5::signer::format_sdk_date((server_now_ms / 1000.0) as i64);
        let host = signing::service_host(path, iam_host, sts_host);
        let body = body.as_deref().unwrap_or("");
        headers = signing::sign(method.as_str(), path, body, headers, host, &date, credentials);
    }

    let controller = web_sys::AbortController::new().map_err(|_| ApiError::Network)?;
    let mut builder = RequestBuilder::new(path).method(method).abort_signal(Some(&controller.signal()));
    for (name, value) in headers.iter().filter(|(name, _)| name != "host") {
        builder = builder.header(name, value);
    }
    for (name, value) in extra {
        builder = builder.header(name, value);
    }
    let request = match body {
        Some(body) => builder.body(body),
        None => builder.build(),
    }
    .map_err(|_| ApiError::Network)?;

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
    let response = response.map_err(|_| if timed_out.get() { ApiError::Timeout } else { ApiError::Network })?;
    let status = response.status();
    let headers = response.headers();
    let text = response.text().await.map_err(|_| ApiError::Network)?;
    if response.ok() {
        return Ok(Success { status, text, headers });
    }
    let error = classify(status, decode::<ApiErrorBody>(&text), |name| headers.get(name));
    Err(Refused { error, date: headers.get("date") })
}

/// Decodes a JSON answer with the browser's own parser (see [`crate::json`]).
pub fn decode<T: FromJson>(text: &str) -> Option<T> {
    T::from_json(&Json::parse(text)?)
}
