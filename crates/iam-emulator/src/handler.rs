//! What every handler needs, below them all: reading a JSON body, holding a request to the
//! contract's rules, the common refusals, and the user a caller may act on.

use axum::body::Bytes;
use axum::http::{HeaderValue, StatusCode};
use axum::response::IntoResponse;
use axum::Json;
use iam_v5::error::codes;
use iam_v5::rules;
use serde::de::DeserializeOwned;
use validator::Validate;

use crate::auth::{authorize, Caller};
use crate::respond::{error, Answer, Refusal};
use crate::state::{now, State, UserRecord};

/// Parses a JSON body; a syntax or type error is a 400 naming what is wrong.
pub fn json_body<T: DeserializeOwned>(bytes: &Bytes) -> Result<T, Refusal> {
    serde_json::from_slice(bytes)
        .map_err(|e| error(StatusCode::BAD_REQUEST, codes::INVALID_BODY, format!("The request body is invalid: {e}.")))
}

/// A 400 naming each field that breaks the contract's rules (`name: Enter a user name.`).
pub fn validated(request: &impl Validate) -> Result<(), Refusal> {
    let Err(errors) = request.validate() else { return Ok(()) };
    let mut messages: Vec<String> = errors
        .field_errors()
        .iter()
        .flat_map(|(field, errs)| errs.iter().map(move |e| format!("{field}: {}", rules::message(e))))
        .collect();
    messages.sort();
    Err(error(StatusCode::BAD_REQUEST, codes::INVALID_PARAMETER, messages.join(" ")))
}

/// 200 with `body` as JSON.
pub fn ok<T: serde::Serialize>(body: T) -> Answer {
    Ok(Json(body).into_response())
}

/// 404 for a user id nobody has.
pub fn not_found_user(user_id: &str) -> Refusal {
    error(StatusCode::NOT_FOUND, codes::NOT_FOUND, format!("The user {user_id} does not exist."))
}

/// 404 for a group id no group has.
pub fn not_found_group(group_id: &str) -> Refusal {
    error(StatusCode::NOT_FOUND, codes::NOT_FOUND, format!("The group {group_id} does not exist."))
}

/// The user `user_id`, to change, once `action` on them is allowed for `caller` (403
/// first, then 404: a caller without permission learns nothing about who exists).
pub fn allowed_user<'s>(
    state: &'s mut State,
    caller: &Caller,
    action: &str,
    user_id: &str,
) -> Result<&'s mut UserRecord, Refusal> {
    authorize(state, caller, action, user_id)?;
    state.user_mut(user_id).ok_or_else(|| not_found_user(user_id))
}

/// 400 `1105` for a name locked by wrong passwords until `until`, with `Retry-After`: the
/// same answer whether or not anyone has that name.
pub fn locked_out(until: i64) -> Refusal {
    let minutes = ((until - now()) + 59) / 60;
    let refusal = error(
        StatusCode::BAD_REQUEST,
        codes::USER_LOCKED,
        format!(
            "Too many wrong passwords: the user is locked. Try again after {} (in {minutes} minutes).",
            iam_v5::signer::format_rfc3339(until)
        ),
    );
    match HeaderValue::from_str(&(until - now()).max(0).to_string()) {
        Ok(value) => refusal.with_header("retry-after", value),
        Err(_) => refusal,
    }
}
