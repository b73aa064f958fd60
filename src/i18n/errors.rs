//! What a person reads about a failed call, in the language in force: the wording of
//! [`ApiError`] lives here, beside the catalogue, not in the request layer.

use iam_v5::ApiErrorBody;

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
