//! What a person reads about a failed call, in the language in force: the wording of
//! [`ApiError`] lives here, beside the catalogue, not in the request layer.

use iam_v5::{ApiErrorBody, ErrorKind};

use super::t;
use crate::api::ApiError;

/// A sentence for the error, with the code where there is one.
pub fn describe(error: &ApiError) -> String {
    let text = &t().errors;
    match error {
        ApiError::Api { body, .. } => (text.with_code)(&refusal_message(body), &body.error_code),
        ApiError::Timeout => text.timeout.into(),
        ApiError::Network => text.network.into(),
        ApiError::Gateway { status } => (text.gateway)(*status),
        ApiError::Malformed { status } => (text.malformed)(*status),
    }
}

/// What a refusal says: the console's own words for a code it knows; the server's
/// message, verbatim, for any other code.
pub fn refusal_message(body: &ApiErrorBody) -> String {
    (t().errors.known_code)(iam_v5::error::canonical(&body.error_code))
        .map_or_else(|| body.error_msg.clone(), str::to_owned)
}

/// [`refusal_message`], followed by the server's message when ours is only the gist of a
/// code whose message says more (which policy rule, until when).
pub fn refusal_with_detail(body: &ApiErrorBody) -> String {
    let ours = refusal_message(body);
    if ours == body.error_msg {
        ours
    } else {
        (t().errors.with_detail)(&ours, &body.error_msg)
    }
}

/// Where a refused password sign-in is said: a message for the account field, or for the
/// form; neither for failures said by the failure notice.
pub fn password_sign_in_refusal(error: &ApiError) -> (Option<String>, Option<String>) {
    let text = &t().sign_in;
    match error {
        ApiError::Api { kind: ErrorKind::UnknownAccount, .. } => (Some(text.unknown_account.into()), None),
        ApiError::Api { kind: ErrorKind::Unauthenticated, .. } => (None, Some(text.wrong_password.into())),
        ApiError::Api { kind: ErrorKind::Disabled, .. } => (None, Some(text.disabled.into())),
        ApiError::Api { kind: ErrorKind::Locked, retry_after: Some(seconds), .. } => {
            (None, Some(crate::locale::locked_until(*seconds)))
        }
        _ => (None, None),
    }
}
