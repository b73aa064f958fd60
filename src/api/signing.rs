//! Signing a request (`SDK-HMAC-SHA256`) for the public host the gateway forwards to: a
//! plain function from the request and the keys to the headers to send.

use iam_v5::signer::{self, SignInput};

use crate::credentials::Credentials;

/// `headers` (lower-case names) with what signing adds: `host`, `x-sdk-date`, the
/// security token of temporary keys, and last `authorization`. `path` may carry a query.
/// The `host` entry is signed but not sent: the browser sets Host, the gateway forwards it.
pub fn sign(
    method: &str,
    path: &str,
    body: &str,
    mut headers: Vec<(String, String)>,
    host: &str,
    date: &str,
    credentials: &Credentials,
) -> Vec<(String, String)> {
    headers.push(("host".to_owned(), host.to_owned()));
    headers.push(("x-sdk-date".to_owned(), date.to_owned()));
    if let Some(token) = &credentials.security_token {
        headers.push(("x-security-token".to_owned(), token.clone()));
    }
    let (bare_path, query) = path.split_once('?').unwrap_or((path, ""));
    let query = signer::parse_query(query);
    let input = SignInput { method, path: bare_path, query: &query, headers: &headers, body: body.as_bytes(), date };
    let authorization = signer::sign(&input, &credentials.access_key, &credentials.secret_key);
    headers.push(("authorization".to_owned(), authorization));
    headers
}

/// The host a request is signed for: STS for identity and decoding, IAM for the rest.
pub fn service_host<'a>(path: &str, iam_host: &'a str, sts_host: &'a str) -> &'a str {
    let sts = path.starts_with("/v5/caller-identity") || path.starts_with("/v5/decode-authorization-message");
    if sts {
        sts_host
    } else {
        iam_host
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(token: Option<&str>) -> Credentials {
        Credentials {
            access_key: "AccessKey".into(),
            secret_key: "SecretKey".into(),
            security_token: token.map(str::to_owned),
        }
    }

    fn authorization(headers: &[(String, String)]) -> &str {
        &headers.last().filter(|(name, _)| name == "authorization").expect("authorization comes last").1
    }

    #[test]
    fn huaweis_published_vector_signs_the_same() {
        let host = "service.endpoint.myhuaweicloud.com";
        let get = sign("GET", "/resources?size=1", "", Vec::new(), host, "20200608T023900Z", &keys(None));
        let expected = "cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842";
        assert!(authorization(&get).ends_with(&format!("Signature={expected}")), "{}", authorization(&get));
        assert!(authorization(&get).starts_with("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date,"));
        let body = r#"{"name":"test","id":1}"#;
        let post = sign("POST", "/resources?size=1", body, Vec::new(), host, "20200608T023900Z", &keys(None));
        let expected = "436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f";
        assert!(authorization(&post).ends_with(&format!("Signature={expected}")));
    }

    #[test]
    fn temporary_keys_sign_their_token_and_every_header_given() {
        let given = vec![("x-language".to_owned(), "zh-cn".to_owned())];
        let headers = sign("GET", "/v5/users", "", given, "iam.example.com", "20240101T000000Z", &keys(Some("tok")));
        let names: Vec<&str> = headers.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(names, ["x-language", "host", "x-sdk-date", "x-security-token", "authorization"]);
        assert!(authorization(&headers).contains("SignedHeaders=host;x-language;x-sdk-date;x-security-token,"));
    }

    #[test]
    fn identity_and_decoding_are_signed_for_sts() {
        assert_eq!(service_host("/v5/caller-identity", "iam", "sts"), "sts");
        assert_eq!(service_host("/v5/decode-authorization-message", "iam", "sts"), "sts");
        assert_eq!(service_host("/v5/users?limit=25", "iam", "sts"), "iam");
    }
}
