//! The `SDK-HMAC-SHA256` request signer and its verifier (the same canonical form on
//! both sides, so the app's signatures and the official SDK's verify alike).
//!
//! ```
//! use iam_v5::signer::{sign, SignInput};
//! let auth = sign(&SignInput {
//!     method: "GET",
//!     path: "/resources",
//!     query: &[("size".into(), "1".into())],
//!     headers: &[("host".into(), "service.endpoint.myhuaweicloud.com".into()), ("x-sdk-date".into(), "20200608T023900Z".into())],
//!     body: b"",
//!     date: "20200608T023900Z",
//! }, "AccessKey", "SecretKey");
//! assert!(auth.ends_with("Signature=cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842"));
//! ```

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// The algorithm name in `Authorization` and the string to sign.
pub const ALGORITHM: &str = "SDK-HMAC-SHA256";
/// Signatures whose `X-Sdk-Date` is further than this from the server's clock are refused.
pub const MAX_CLOCK_SKEW_SECONDS: i64 = 15 * 60;

/// What is signed: method, path, decoded query pairs, the headers to sign (any case;
/// `host` must be among them), the body and the `X-Sdk-Date` value.
pub struct SignInput<'a> {
    /// HTTP method, any case.
    pub method: &'a str,
    /// Path without query, e.g. `/v5/users/abc`.
    pub path: &'a str,
    /// Query pairs, decoded.
    pub query: &'a [(String, String)],
    /// Headers to sign, `(name, value)`.
    pub headers: &'a [(String, String)],
    /// Request body bytes.
    pub body: &'a [u8],
    /// `YYYYMMDDTHHMMSSZ`.
    pub date: &'a str,
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    out
}

/// Lower-case hex SHA-256.
pub fn sha256_hex(data: &[u8]) -> String {
    hex(&Sha256::digest(data))
}

/// Percent-encodes everything but `A-Za-z0-9-_.~`.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes (and `+` as space in queries when `plus_is_space`); malformed
/// escapes are kept as they are.
pub fn percent_decode(text: &str, plus_is_space: bool) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex_digit = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'%' => {
                match (bytes.get(i + 1).and_then(|&b| hex_digit(b)), bytes.get(i + 2).and_then(|&b| hex_digit(b))) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 3;
                        continue;
                    }
                    _ => out.push(b'%'),
                }
            }
            b'+' if plus_is_space => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Splits a raw query string into decoded pairs (`k` alone means `k=`).
pub fn parse_query(raw: &str) -> Vec<(String, String)> {
    raw.split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            (percent_decode(k, true), percent_decode(v, true))
        })
        .collect()
}

/// The path with every segment encoded and a `/` appended.
fn canonical_uri(path: &str) -> String {
    let mut out: String =
        path.split('/').map(|seg| percent_encode(&percent_decode(seg, false))).collect::<Vec<_>>().join("/");
    if !out.ends_with('/') {
        out.push('/');
    }
    out
}

fn canonical_query(query: &[(String, String)]) -> String {
    let mut pairs: Vec<(String, String)> = query.iter().map(|(k, v)| (percent_encode(k), percent_encode(v))).collect();
    crate::small_sort::sort_by(&mut pairs, |a, b| a < b);
    pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&")
}

/// Signed header names (lower-case, sorted, deduplicated) and their canonical lines.
fn canonical_headers(headers: &[(String, String)]) -> (String, String) {
    let mut lower: Vec<(String, String)> =
        headers.iter().map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned())).collect();
    crate::small_sort::sort_by(&mut lower, |a, b| a < b);
    lower.dedup_by(|a, b| a.0 == b.0);
    let lines: String = lower.iter().map(|(n, v)| format!("{n}:{v}\n")).collect();
    let names = lower.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>().join(";");
    (lines, names)
}

/// The six-line canonical request, and the signed header list it used.
pub fn canonical_request(input: &SignInput) -> (String, String) {
    let (lines, names) = canonical_headers(input.headers);
    let unsigned = input
        .headers
        .iter()
        .any(|(n, v)| n.eq_ignore_ascii_case("x-sdk-content-sha256") && v.trim() == "UNSIGNED-PAYLOAD");
    let payload = if unsigned { "UNSIGNED-PAYLOAD".to_owned() } else { sha256_hex(input.body) };
    let text = format!(
        "{}\n{}\n{}\n{}\n{}\n{}",
        input.method.to_ascii_uppercase(),
        canonical_uri(input.path),
        canonical_query(input.query),
        lines,
        names,
        payload
    );
    (text, names)
}

/// Hex signature of `input` with secret key `sk`.
pub fn signature(input: &SignInput, sk: &str) -> String {
    let (canonical, _) = canonical_request(input);
    let to_sign = format!("{ALGORITHM}\n{}\n{}", input.date, sha256_hex(canonical.as_bytes()));
    let mut mac = Hmac::<Sha256>::new_from_slice(sk.as_bytes()).expect("HMAC takes any key length");
    mac.update(to_sign.as_bytes());
    hex(&mac.finalize().into_bytes())
}

/// The `Authorization` header value for `input`.
pub fn sign(input: &SignInput, ak: &str, sk: &str) -> String {
    let (_, names) = canonical_request(input);
    format!("{ALGORITHM} Access={ak}, SignedHeaders={names}, Signature={}", signature(input, sk))
}

/// The parts of an `Authorization` header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Authorization {
    /// Access key id.
    pub access: String,
    /// Lower-case signed header names.
    pub signed_headers: Vec<String>,
    /// Hex signature.
    pub signature: String,
}

/// Parses `SDK-HMAC-SHA256 Access=..., SignedHeaders=a;b, Signature=...`.
pub fn parse_authorization(value: &str) -> Result<Authorization, String> {
    let rest = value
        .trim()
        .strip_prefix(ALGORITHM)
        .ok_or_else(|| format!("the Authorization header does not use {ALGORITHM}"))?;
    let (mut access, mut headers, mut sig) = (None, None, None);
    for part in rest.split(',') {
        let (key, val) = part.trim().split_once('=').ok_or("the Authorization header is malformed")?;
        match key.trim() {
            "Access" => access = Some(val.trim().to_owned()),
            "SignedHeaders" => {
                headers = Some(val.trim().split(';').map(|h| h.trim().to_ascii_lowercase()).collect::<Vec<_>>())
            }
            "Signature" => sig = Some(val.trim().to_ascii_lowercase()),
            _ => {}
        }
    }
    Ok(Authorization {
        access: access.ok_or("the Authorization header has no Access")?,
        signed_headers: headers.ok_or("the Authorization header has no SignedHeaders")?,
        signature: sig.ok_or("the Authorization header has no Signature")?,
    })
}

/// Whether `expected_hex` is the signature of `input` with `sk` (constant-time compare).
pub fn verify(input: &SignInput, sk: &str, expected_hex: &str) -> bool {
    let actual = signature(input, sk);
    actual.len() == expected_hex.len()
        && actual.bytes().zip(expected_hex.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
}

/// Seconds since the Unix epoch of an `X-Sdk-Date` (`YYYYMMDDTHHMMSSZ`), or None.
pub fn parse_sdk_date(date: &str) -> Option<i64> {
    let b = date.as_bytes();
    if b.len() != 16 || b[8] != b'T' || b[15] != b'Z' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| date.get(r)?.parse::<i64>().ok();
    let (y, mo, d) = (num(0..4)?, num(4..6)?, num(6..8)?);
    let (h, mi, s) = (num(9..11)?, num(11..13)?, num(13..15)?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || s > 60 {
        return None;
    }
    Some(days_from_civil(y, mo, d) * 86_400 + h * 3600 + mi * 60 + s)
}

/// `X-Sdk-Date` for seconds since the epoch.
pub fn format_sdk_date(epoch_seconds: i64) -> String {
    let days = epoch_seconds.div_euclid(86_400);
    let secs = epoch_seconds.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}{m:02}{d:02}T{:02}{:02}{:02}Z", secs / 3600, secs % 3600 / 60, secs % 60)
}

/// RFC 3339 (`2023-04-26T03:49:42Z`) for seconds since the epoch.
pub fn format_rfc3339(epoch_seconds: i64) -> String {
    let compact = format_sdk_date(epoch_seconds);
    format!(
        "{}-{}-{}T{}:{}:{}Z",
        &compact[0..4],
        &compact[4..6],
        &compact[6..8],
        &compact[9..11],
        &compact[11..13],
        &compact[13..15]
    )
}

// Howard Hinnant's civil-date algorithms: no date crate needed on either side.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

// Host-only: proptest has no wasm32 randomness backend.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn vector(method: &'static str, body: &'static [u8]) -> String {
        let headers = [
            ("Host".to_owned(), "service.endpoint.myhuaweicloud.com".to_owned()),
            ("X-Sdk-Date".to_owned(), "20200608T023900Z".to_owned()),
        ];
        let query = [("size".to_owned(), "1".to_owned())];
        let input =
            SignInput { method, path: "/resources", query: &query, headers: &headers, body, date: "20200608T023900Z" };
        signature(&input, "SecretKey")
    }

    #[test]
    fn official_test_vectors() {
        assert_eq!(vector("GET", b""), "cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842");
        assert_eq!(
            vector("POST", br#"{"name":"test","id":1}"#),
            "436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f"
        );
    }

    #[test]
    fn authorization_round_trips_and_verifies() {
        let headers = [("host".to_owned(), "h".to_owned()), ("x-sdk-date".to_owned(), "20240101T000000Z".to_owned())];
        let input = SignInput {
            method: "put",
            path: "/v5/users/u 1",
            query: &[],
            headers: &headers,
            body: b"{}",
            date: "20240101T000000Z",
        };
        let auth = parse_authorization(&sign(&input, "AK", "SK")).unwrap();
        assert_eq!(auth.access, "AK");
        assert_eq!(auth.signed_headers, vec!["host", "x-sdk-date"]);
        assert!(verify(&input, "SK", &auth.signature));
        assert!(!verify(&input, "SK2", &auth.signature));
        let tampered = SignInput { body: b"{ }", ..input };
        assert!(!verify(&tampered, "SK", &auth.signature));
    }

    #[test]
    fn dates_convert_both_ways() {
        assert_eq!(parse_sdk_date("20200608T023900Z"), Some(1_591_583_940));
        assert_eq!(format_sdk_date(1_591_583_940), "20200608T023900Z");
        assert_eq!(format_rfc3339(1_682_480_982), "2023-04-26T03:49:42Z");
        assert_eq!(parse_sdk_date("2020-06-08T02:39:00Z"), None);
        assert_eq!(parse_sdk_date("20201308T023900Z"), None);
    }

    #[test]
    fn query_is_decoded_then_canonically_encoded() {
        assert_eq!(
            parse_query("marker=a%2Bb&limit=2&x"),
            vec![("marker".into(), "a+b".into()), ("limit".into(), "2".into()), ("x".into(), "".into())]
        );
        assert_eq!(canonical_query(&parse_query("b=2&a=%7E x")), "a=~%20x&b=2");
        assert_eq!(canonical_uri("/v5/users"), "/v5/users/");
        assert_eq!(canonical_uri("/v5/a%20b/"), "/v5/a%20b/");
    }

    proptest! {
        #[test]
        fn dates_round_trip(secs in 0i64..4_102_444_800) {
            prop_assert_eq!(parse_sdk_date(&format_sdk_date(secs)), Some(secs));
        }

        #[test]
        fn encode_decode_round_trips(text in any::<String>()) {
            prop_assert_eq!(percent_decode(&percent_encode(&text), false), text);
        }

        #[test]
        fn any_changed_body_byte_breaks_the_signature(body in prop::collection::vec(any::<u8>(), 1..200), at in any::<prop::sample::Index>(), flip in 1u8..=255) {
            let headers = [("host".to_owned(), "h".to_owned())];
            let input = SignInput { method: "POST", path: "/v5/x", query: &[], headers: &headers, body: &body, date: "20240101T000000Z" };
            let sig = signature(&input, "SK");
            let mut changed = body.clone();
            let i = at.index(changed.len());
            changed[i] ^= flip;
            let tampered = SignInput { body: &changed, ..input };
            prop_assert!(!verify(&tampered, "SK", &sig));
        }
    }
}
