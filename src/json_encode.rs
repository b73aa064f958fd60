//! Writing request bodies (and the tab's stored session) as JSON by hand: serde_json's
//! encoder cost ~3 KB gzip of wasm for a handful of small types. The field order and the
//! fields left out are serde's (`skip_serializing_if`), and `tests/json_encoding.rs` holds
//! every encoder to serde_json's output for the same value, escapes included.
//!
//! ```
//! use iam_console::json_encode::ToJson;
//! let body = iam_v5::DecodeAuthorizationMessageRequest { encoded_message: "a\"b".into() };
//! assert_eq!(body.to_json(), r#"{"encoded_message":"a\"b"}"#);
//! ```

use iam_v5::classic::{Auth, AuthRequest, Domain, Identity, PasswordIdentity, PasswordUser, Scope, TokenIdentity};
use iam_v5::{CallerIdentity, ChangePasswordRequest, DecodeAuthorizationMessageRequest, UpdateUserRequest};

use crate::credentials::Credentials;

/// A value written as JSON.
pub trait ToJson {
    /// Appends the value's JSON to `out`.
    fn write_json(&self, out: &mut String);

    /// The value's JSON.
    fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }
}

impl ToJson for str {
    /// A JSON string, escaped as serde_json escapes it.
    fn write_json(&self, out: &mut String) {
        out.push('"');
        for c in self.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                c if (c as u32) < 0x20 => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    out.push_str("\\u00");
                    out.push(HEX[(c as usize) >> 4] as char);
                    out.push(HEX[(c as usize) & 0xf] as char);
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut String) {
        self.as_str().write_json(out);
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl ToJson for u32 {
    fn write_json(&self, out: &mut String) {
        out.push_str(&self.to_string());
    }
}

/// Whole numbers only: writing a float would pull Rust's float formatting (several KB)
/// into the wasm for one timestamp, which is kept in whole milliseconds instead.
impl ToJson for u64 {
    fn write_json(&self, out: &mut String) {
        out.push_str(&self.to_string());
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        for (i, item) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            item.write_json(out);
        }
        out.push(']');
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out);
    }
}

/// Writes an object's fields in order; `None` fields are left out (serde's
/// `skip_serializing_if = "Option::is_none"`).
pub struct Object<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> Object<'a> {
    /// Opens an object in `out`.
    pub fn open(out: &'a mut String) -> Self {
        out.push('{');
        Object { out, first: true }
    }

    /// One field.
    pub fn field(mut self, name: &str, value: &(impl ToJson + ?Sized)) -> Self {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        name.write_json(self.out);
        self.out.push(':');
        value.write_json(self.out);
        self
    }

    /// A field written only when present.
    pub fn optional(self, name: &str, value: Option<&(impl ToJson + ?Sized)>) -> Self {
        match value {
            Some(value) => self.field(name, value),
            None => self,
        }
    }

    /// Closes the object.
    pub fn close(self) {
        self.out.push('}');
    }
}

impl ToJson for ChangePasswordRequest {
    fn write_json(&self, out: &mut String) {
        Object::open(out).field("new_password", &self.new_password).field("old_password", &self.old_password).close();
    }
}

impl ToJson for UpdateUserRequest {
    fn write_json(&self, out: &mut String) {
        Object::open(out)
            .optional("new_user_name", self.new_user_name.as_deref())
            .optional("new_description", self.new_description.as_deref())
            .optional("enabled", self.enabled.as_ref())
            .close();
    }
}

impl ToJson for DecodeAuthorizationMessageRequest {
    fn write_json(&self, out: &mut String) {
        Object::open(out).field("encoded_message", &self.encoded_message).close();
    }
}

impl ToJson for CallerIdentity {
    fn write_json(&self, out: &mut String) {
        Object::open(out)
            .field("account_id", &self.account_id)
            .field("principal_urn", &self.principal_urn)
            .field("principal_id", &self.principal_id)
            .close();
    }
}

impl ToJson for Credentials {
    fn write_json(&self, out: &mut String) {
        Object::open(out)
            .field("access_key", &self.access_key)
            .field("secret_key", &self.secret_key)
            .field("security_token", &self.security_token.as_deref())
            .close();
    }
}

/// `null` for `None` (a field serde writes even when empty).
impl<T: ToJson + ?Sized> ToJson for Option<&T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(value) => value.write_json(out),
            None => out.push_str("null"),
        }
    }
}

impl ToJson for Domain {
    fn write_json(&self, out: &mut String) {
        Object::open(out).optional("id", self.id.as_deref()).field("name", &self.name).close();
    }
}

impl ToJson for AuthRequest {
    fn write_json(&self, out: &mut String) {
        Object::open(out).field("auth", &self.auth).close();
    }
}

impl ToJson for Auth {
    fn write_json(&self, out: &mut String) {
        Object::open(out).field("identity", &self.identity).optional("scope", self.scope.as_ref()).close();
    }
}

impl ToJson for Identity {
    fn write_json(&self, out: &mut String) {
        Object::open(out)
            .field("methods", self.methods.as_slice())
            .optional("password", self.password.as_ref())
            .optional("token", self.token.as_ref())
            .close();
    }
}

impl ToJson for PasswordIdentity {
    fn write_json(&self, out: &mut String) {
        Object::open(out).field("user", &self.user).close();
    }
}

impl ToJson for PasswordUser {
    fn write_json(&self, out: &mut String) {
        Object::open(out)
            .field("domain", &self.domain)
            .field("name", &self.name)
            .field("password", &self.password)
            .close();
    }
}

impl ToJson for TokenIdentity {
    fn write_json(&self, out: &mut String) {
        Object::open(out).field("duration_seconds", &self.duration_seconds).close();
    }
}

impl ToJson for Scope {
    fn write_json(&self, out: &mut String) {
        Object::open(out).field("domain", &self.domain).close();
    }
}
