//! An answer that is not a success → the [`ApiError`] it means: a plain function of the
//! status, the headers and the decoded error body, so every form is tested on the host.

use iam_v5::{ApiErrorBody, ErrorKind};

use super::error::ApiError;

/// What a refused answer means. `error_body` is the answer decoded as IAM's error body
/// (None when it is not one); `header` reads a response header by its lower-case name.
pub fn classify(status: u16, error_body: Option<ApiErrorBody>, header: impl Fn(&str) -> Option<String>) -> ApiError {
    match error_body {
        Some(mut body) => {
            if body.request_id.is_none() {
                body.request_id = header("x-request-id");
            }
            let retry_after = header("retry-after").and_then(|seconds| seconds.trim().parse().ok());
            ApiError::Api { status, kind: ErrorKind::from_code(&body.error_code), body, retry_after }
        }
        // A gateway that cannot reach IAM answers with its own page.
        None if matches!(status, 502..=504) => ApiError::Gateway { status },
        None => ApiError::Malformed { status },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(code: &str, request_id: Option<&str>) -> ApiErrorBody {
        ApiErrorBody {
            error_code: code.into(),
            error_msg: "msg".into(),
            request_id: request_id.map(str::to_owned),
            encoded_authorization_message: None,
        }
    }

    fn headers(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v).to_owned())
    }

    #[test]
    fn an_iam_error_body_keeps_its_own_request_id_and_names_its_kind() {
        let error = classify(400, Some(body("IAM.0014", Some("from-body"))), headers(&[("x-request-id", "h")]));
        let ApiError::Api { status, kind, body, retry_after } = error else { panic!("{error:?}") };
        assert_eq!((status, body.request_id.as_deref(), retry_after), (400, Some("from-body"), None));
        assert_eq!(kind, ErrorKind::from_code("IAM.0014"));
    }

    #[test]
    fn a_body_without_a_request_id_takes_the_header_one() {
        let error = classify(403, Some(body("IAM.0003", None)), headers(&[("x-request-id", "from-header")]));
        assert!(matches!(error, ApiError::Api { body, .. } if body.request_id.as_deref() == Some("from-header")));
    }

    #[test]
    fn a_lockout_carries_its_retry_after_and_a_garbled_one_is_dropped() {
        let locked = classify(429, Some(body("IAM.0024", None)), headers(&[("retry-after", " 900 ")]));
        assert!(matches!(locked, ApiError::Api { retry_after: Some(900), .. }), "{locked:?}");
        let garbled = classify(429, Some(body("IAM.0024", None)), headers(&[("retry-after", "soon")]));
        assert!(matches!(garbled, ApiError::Api { retry_after: None, .. }), "{garbled:?}");
    }

    #[test]
    fn a_gateway_page_without_an_iam_body_means_iam_is_out_of_reach() {
        for status in [502, 503, 504] {
            assert_eq!(classify(status, None, headers(&[])), ApiError::Gateway { status });
        }
    }

    #[test]
    fn any_other_answer_without_an_iam_body_is_malformed() {
        for status in [200, 400, 404, 500] {
            assert_eq!(classify(status, None, headers(&[])), ApiError::Malformed { status });
        }
    }
}
