//! Why a call failed, as the kinds a page tells apart. What a person reads about each is
//! worded in the catalogue (`i18n::errors`), not here.

use iam_v5::{ApiErrorBody, ErrorKind};

/// How long a request may take before the page offers "Try again".
pub const TIMEOUT_MS: i32 = 15_000;

/// Why a call failed.
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

/// Outcome of a call.
pub type ApiResult<T> = Result<T, ApiError>;
