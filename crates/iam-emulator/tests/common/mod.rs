//! What the emulator's host tests share: a small seed, and requests signed as the console
//! signs them, sent to the router without sockets.
#![allow(dead_code)] // each test file uses its own part

use axum::body::Body;
use axum::http::{Request, Response, StatusCode};
use iam_emulator::{Emulator, Seed};
use iam_v5::signer::{self, format_sdk_date, SignInput};
use serde_json::Value;
use tower::ServiceExt;

pub const SEED: &str = r#"{
  "account": {"id": "acc0000000000000000000000000000a", "name": "acme"},
  "password_policy": {"minimum_password_length": 8, "password_char_combination": 2, "password_reuse_prevention": 2},
  "users": [
    {"user_id": "u-alice", "user_name": "alice", "password": "Old-Password-1", "access_keys": [{"access": "AK-ALICE", "secret": "SK-ALICE"}]},
    {"user_id": "u-admin", "user_name": "boss", "password": "Admin-Pass-1", "admin": true, "access_keys": [{"access": "AK-ADMIN", "secret": "SK-ADMIN"}]},
    {"user_id": "u-root", "user_name": "root", "password": "Root-Pass-1", "is_root_user": true, "admin": true, "access_keys": [{"access": "AK-ROOT", "secret": "SK-ROOT"}], "mfa_devices": [{"serial_number": "iam/mfa/u-root", "enabled": false}]},
    {"user_id": "u-carol", "user_name": "carol", "password": "Carol-Pass-1", "description": "<img src=x onerror=alert(1)>", "access_keys": [{"access": "AK-CAROL", "secret": "SK-CAROL"}], "mfa_devices": [{"serial_number": "iam/mfa/u-carol", "enabled": false}]},
    {"user_id": "u-dan", "user_name": "dan", "password": "Dan-Pass-1", "access_keys": [{"access": "AK-DAN", "secret": "SK-DAN"}], "deny": ["iam:users:changePasswordV5", "iam:securitypolicies:getPasswordPolicyV5", "sts:messages:decodeAuthorizationMessage", "iam:credentials:listCredentialsV5"]}
  ],
  "groups": [{"group_id": "g-devs", "group_name": "devs", "members": ["u-alice"]}]
}"#;

pub fn emulator() -> Emulator {
    Emulator::from_seed(Seed::parse(SEED).unwrap())
}

pub struct Call {
    pub method: &'static str,
    pub uri: String,
    pub body: Vec<u8>,
    pub ak: String,
    pub sk: String,
    pub date_offset: i64,
    pub host: &'static str,
    pub token: Option<String>,
}

pub fn call(method: &'static str, uri: &str) -> Call {
    Call {
        method,
        uri: uri.into(),
        body: Vec::new(),
        ak: "AK-ADMIN".into(),
        sk: "SK-ADMIN".into(),
        date_offset: 0,
        host: "localhost",
        token: None,
    }
}

impl Call {
    pub fn json(mut self, body: Value) -> Self {
        self.body = body.to_string().into_bytes();
        self
    }
    pub fn keys(mut self, ak: &str, sk: &str) -> Self {
        self.ak = ak.into();
        self.sk = sk.into();
        self
    }
    pub fn request(&self) -> Request<Body> {
        let date = format_sdk_date(iam_emulator::state::now() + self.date_offset);
        let (path, query) = self.uri.split_once('?').unwrap_or((&self.uri, ""));
        let mut headers = vec![("host".to_owned(), self.host.to_owned()), ("x-sdk-date".to_owned(), date.clone())];
        if let Some(token) = &self.token {
            headers.push(("x-security-token".to_owned(), token.clone()));
        }
        let query = signer::parse_query(query);
        let input =
            SignInput { method: self.method, path, query: &query, headers: &headers, body: &self.body, date: &date };
        let mut builder = Request::builder()
            .method(self.method)
            .uri(&self.uri)
            .header("host", "localhost")
            .header("x-sdk-date", &date)
            .header("content-type", "application/json")
            .header("authorization", signer::sign(&input, &self.ak, &self.sk));
        if let Some(token) = &self.token {
            builder = builder.header("x-security-token", token);
        }
        builder.body(Body::from(self.body.clone())).unwrap()
    }
}

pub async fn send(emulator: &Emulator, request: Request<Body>) -> (StatusCode, Value, Response<Body>) {
    let response = emulator.clone().router(None).oneshot(request).await.unwrap();
    let status = response.status();
    let (parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, 1 << 20).await.unwrap();
    let value =
        if bytes.is_empty() { Value::Null } else { serde_json::from_slice(&bytes).expect("every answer is JSON") };
    (status, value, Response::from_parts(parts, Body::empty()))
}

pub async fn run(emulator: &Emulator, call: Call) -> (StatusCode, Value) {
    let (status, body, response) = send(emulator, call.request()).await;
    assert!(response.headers().contains_key("x-request-id"), "every response carries X-Request-Id");
    (status, body)
}
