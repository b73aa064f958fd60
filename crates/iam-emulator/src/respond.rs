//! Responses: JSON error bodies in the API's shape, and the request id every response
//! carries (the same id in the `X-Request-Id` header and in the body).

use std::sync::atomic::{AtomicU64, Ordering};

use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use iam_v5::ApiErrorBody;

tokio::task_local! {
    static REQUEST_ID: String;
    /// Whether the request asked for Chinese messages (`X-Language: zh-cn`).
    static CHINESE: bool;
}

static REQUESTS: AtomicU64 = AtomicU64::new(1);

/// Put before plain numeric error codes ("IAM." makes "1103" "IAM.1103"), as other v5
/// services spell them: `--code-prefix`, so clients can be tested against both forms.
static CODE_PREFIX: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Sets the prefix of plain numeric codes (once, at start).
pub fn set_code_prefix(prefix: String) {
    let _ = CODE_PREFIX.set(prefix);
}

/// `code` as this emulator spells it: prefixed when it is plain numeric and a prefix is set.
fn spelled(code: &str) -> String {
    spelled_with(CODE_PREFIX.get().map(String::as_str), code)
}

fn spelled_with(prefix: Option<&str>, code: &str) -> String {
    match prefix {
        Some(prefix) if code.chars().all(|c| c.is_ascii_digit()) => format!("{prefix}{code}"),
        _ => code.to_owned(),
    }
}

/// A fresh 32-hex-digit request id (unique within a run; nothing depends on it being random).
fn next_request_id() -> String {
    let n = REQUESTS.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or_default();
    format!("{nanos:016x}{n:016x}")
}

/// The id of the request being answered.
pub fn request_id() -> String {
    REQUEST_ID.try_with(Clone::clone).unwrap_or_else(|_| next_request_id())
}

/// Every response, success or error, carries `X-Request-Id` (the SDK reads it from there).
/// API requests are logged to stdout as `request METHOD PATH STATUS ID host=HOST x-language=VALUE`
/// (`-` when absent; never other headers, query or body, which may hold secrets): tests
/// count requests with it. Error messages are in Chinese for `X-Language: zh-cn`.
pub async fn with_request_id(request: Request, next: Next) -> Response {
    let id = next_request_id();
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let language: String = request
        .headers()
        .get("x-language")
        .and_then(|v| v.to_str().ok())
        .filter(|v| v.len() <= 16 && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or("-")
        .to_owned();
    // The Host a gateway forwarded with (tests check it is the public one).
    let host: String = request
        .headers()
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .filter(|v| v.len() <= 255 && v.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':')))
        .unwrap_or("-")
        .to_owned();
    let chinese = language.eq_ignore_ascii_case("zh-cn");
    let mut response = REQUEST_ID.scope(id.clone(), CHINESE.scope(chinese, next.run(request))).await;
    if path.starts_with("/v") {
        println!("request {method} {path} {} {id} host={host} x-language={language}", response.status().as_u16());
    }
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert("x-request-id", value);
    }
    // The emulator's own clock (it may be shifted): clients correct their skew from it.
    let date = std::time::UNIX_EPOCH + std::time::Duration::from_secs(crate::state::now().max(0) as u64);
    if let Ok(value) = HeaderValue::from_str(&httpdate::fmt_http_date(date)) {
        response.headers_mut().insert("date", value);
    }
    response
}

/// An error answer, boxed so `Result<_, Refusal>` stays small on the happy path.
pub struct Refusal(Box<Response>);

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        *self.0
    }
}

impl From<Response> for Refusal {
    fn from(response: Response) -> Self {
        Refusal(Box::new(response))
    }
}

impl Refusal {
    /// Adds a header (e.g. `Retry-After`).
    pub fn with_header(mut self, name: &'static str, value: HeaderValue) -> Self {
        self.0.headers_mut().insert(name, value);
        self
    }
}

/// The emulator's Chinese message for a code it knows, as IAM answers `X-Language: zh-cn`.
fn chinese(code: &str) -> Option<&'static str> {
    use iam_v5::error::codes;
    Some(match code {
        codes::INCORRECT_PASSWORD => "旧密码错误。",
        codes::PASSWORD_UNCHANGED => "新密码不能与旧密码相同。",
        codes::WEAK_PASSWORD => "新密码不符合密码策略。",
        codes::PASSWORD_REUSED => "新密码与最近使用过的密码重复。",
        codes::PASSWORD_TOO_YOUNG => "密码最短使用期限未到，暂不能修改。",
        codes::PASSWORD_CHANGE_NOT_ALLOWED => "账号设置不允许IAM用户修改自己的密码。",
        codes::USER_LOCKED => "密码错误次数过多，用户已锁定。",
        codes::ACCOUNT_NOT_FOUND => "账号不存在。",
        codes::USER_DISABLED => "用户已停用。",
        codes::NAME_CONFLICT => "用户名已存在。",
        codes::INVALID_PARAMETER => "参数无效。",
        codes::INVALID_BODY => "请求体无效。",
        codes::INVALID_MARKER => "分页标记无效。",
        codes::NOT_FOUND => "资源不存在。",
        codes::ACCESS_DENIED => "没有执行该操作的权限。",
        codes::UNAUTHENTICATED => "IAM认证信息错误。",
        codes::METHOD_NOT_ALLOWED => "不支持该请求方法。",
        codes::BODY_TOO_LARGE => "请求体过大。",
        codes::ACCESS_KEY_LIMIT => "访问密钥数量已达上限。",
        _ => return None,
    })
}

/// The message in the language the request asked for: Chinese for a known code, keeping
/// a leading API field name ("new_description: …") that says which field it is about.
fn localized(code: &str, message: String) -> String {
    match (CHINESE.try_with(|c| *c).unwrap_or(false), chinese(code)) {
        (true, Some(zh)) => {
            let field = message
                .split_once(": ")
                .map(|(field, _)| field)
                .filter(|field| field.chars().all(|c| c.is_ascii_lowercase() || c == '_'));
            field.map_or_else(|| zh.to_owned(), |field| format!("{field}: {zh}"))
        }
        _ => message,
    }
}

/// An error answer. 400s carry code and message; the others add the request id.
pub fn error(status: StatusCode, code: &str, message: impl Into<String>) -> Refusal {
    let body = ApiErrorBody {
        error_code: spelled(code),
        error_msg: localized(code, message.into()),
        request_id: (status != StatusCode::BAD_REQUEST).then(request_id),
        encoded_authorization_message: None,
    };
    (status, Json(body)).into_response().into()
}

/// A 403 with the encoded authorization message STS can decode.
pub fn forbidden(encoded: String, action: &str) -> Refusal {
    forbidden_because(encoded, format!("You do not have permission to perform {action}."))
}

/// A 403 with the encoded authorization message and `message` saying why.
pub fn forbidden_because(encoded: String, message: String) -> Refusal {
    let body = ApiErrorBody {
        error_code: iam_v5::error::codes::ACCESS_DENIED.into(),
        error_msg: localized(iam_v5::error::codes::ACCESS_DENIED, message),
        request_id: Some(request_id()),
        encoded_authorization_message: Some(encoded),
    };
    (StatusCode::FORBIDDEN, Json(body)).into_response().into()
}

/// Result of a handler: the answer either way.
pub type Answer = Result<Response, Refusal>;

#[cfg(test)]
mod tests {
    #[test]
    fn a_code_prefix_applies_to_plain_numeric_codes_only() {
        assert_eq!(super::spelled_with(Some("IAM."), "1103"), "IAM.1103");
        assert_eq!(super::spelled_with(Some("IAM."), "PAP5.0001"), "PAP5.0001");
        assert_eq!(super::spelled_with(None, "1103"), "1103");
    }
}
