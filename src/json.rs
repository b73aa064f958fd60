//! Reading JSON answers with the browser's own parser (`JSON.parse`) instead of serde
//! derives: in wasm, serde's deserialisation machinery cost ~13 KB gzip for our handful of
//! response types, an eighth of the whole size budget. Requests are still serialised with
//! serde (cheap), and the types stay the `iam-v5` ones. `tests/json_decoding.rs` checks
//! every decoder against serde's own encoding of the same value, so the two cannot drift.
//!
//! ```no_run
//! use iam_console::json::{FromJson, Json};
//! let identity = iam_v5::CallerIdentity::from_json(&Json::parse(r#"{"account_id":"a","principal_urn":"iam::a:user:bob","principal_id":"u"}"#).unwrap());
//! ```

use iam_v5::{
    ApiErrorBody, CallerIdentity, DecodeAuthorizationMessageResponse, LastLogin, LastLoginResponse, ListUsersResponse,
    PageInfo, PasswordPolicy, PasswordPolicyResponse, Tag, User, UserResponse,
};
use wasm_bindgen::{JsCast, JsValue};

/// A parsed JSON value, read field by field.
pub struct Json(JsValue);

impl Json {
    /// Parses `text`; an empty answer is `null`. None when it is not JSON.
    pub fn parse(text: &str) -> Option<Json> {
        let text = if text.trim().is_empty() { "null" } else { text };
        js_sys::JSON::parse(text).ok().map(Json)
    }

    fn field(&self, key: &str) -> JsValue {
        if self.0.is_object() {
            js_sys::Reflect::get(&self.0, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
        } else {
            JsValue::UNDEFINED
        }
    }

    /// A required string field.
    pub fn str(&self, key: &str) -> Option<String> {
        self.field(key).as_string()
    }

    /// An optional field read by `read`: absent or null is `Some(None)`; a value `read`
    /// refuses (another type) is None.
    fn optional<T>(&self, key: &str, read: impl FnOnce(JsValue) -> Option<T>) -> Option<Option<T>> {
        let value = self.field(key);
        if value.is_null() || value.is_undefined() {
            Some(None)
        } else {
            read(value).map(Some)
        }
    }

    /// An optional string field: absent or null is `Some(None)`, another type is None.
    pub fn opt_str(&self, key: &str) -> Option<Option<String>> {
        self.optional(key, |v| v.as_string())
    }

    /// A string field that defaults to empty when absent (as serde's `#[serde(default)]`).
    pub fn str_or_empty(&self, key: &str) -> Option<String> {
        self.opt_str(key).map(Option::unwrap_or_default)
    }

    /// A required number field.
    pub fn f64(&self, key: &str) -> Option<f64> {
        self.field(key).as_f64()
    }

    /// A required boolean field.
    pub fn bool(&self, key: &str) -> Option<bool> {
        self.field(key).as_bool()
    }

    /// A required whole-number field.
    pub fn u32(&self, key: &str) -> Option<u32> {
        whole_number(self.field(key))
    }

    /// An optional whole-number field: absent or null is `Some(None)`, anything else that is
    /// not a whole number from 0 to `u32::MAX` is None.
    pub fn opt_u32(&self, key: &str) -> Option<Option<u32>> {
        self.optional(key, whole_number)
    }

    /// Whether the value is a JSON object.
    pub fn is_object(&self) -> bool {
        self.0.is_object() && !js_sys::Array::is_array(&self.0)
    }

    /// The keys of an object, in order.
    pub fn keys(&self) -> Vec<String> {
        match self.0.dyn_ref::<js_sys::Object>() {
            Some(object) => js_sys::Object::keys(object).iter().filter_map(|k| k.as_string()).collect(),
            None => Vec::new(),
        }
    }

    /// The value itself as a string (an element of a list of strings).
    pub fn as_str(&self) -> Option<String> {
        self.0.as_string()
    }

    /// An optional boolean field: absent or null is `Some(None)`, another type is None.
    pub fn opt_bool(&self, key: &str) -> Option<Option<bool>> {
        self.optional(key, |v| v.as_bool())
    }

    /// An optional array field: absent or null is `Some(None)`, another type is None.
    pub fn opt_array(&self, key: &str) -> Option<Option<Vec<Json>>> {
        self.optional(key, |v| Some(v.dyn_into::<js_sys::Array>().ok()?.iter().map(Json).collect()))
    }

    /// A required object field.
    pub fn object(&self, key: &str) -> Option<Json> {
        let value = self.field(key);
        value.is_object().then_some(Json(value))
    }

    /// A required array field, as its elements.
    pub fn array(&self, key: &str) -> Option<Vec<Json>> {
        let array = self.field(key).dyn_into::<js_sys::Array>().ok()?;
        Some(array.iter().map(Json).collect())
    }
}

fn whole_number(value: JsValue) -> Option<u32> {
    let number = value.as_f64()?;
    (number >= 0.0 && number <= f64::from(u32::MAX) && number.fract() == 0.0).then_some(number as u32)
}

/// A response type read from [`Json`]; None when the answer does not fit the contract.
pub trait FromJson: Sized {
    /// Reads `Self` from a parsed answer.
    fn from_json(json: &Json) -> Option<Self>;
}

/// Empty answers (`200` with no body) and any answer whose content is not needed.
impl FromJson for () {
    fn from_json(_: &Json) -> Option<Self> {
        Some(())
    }
}

impl FromJson for ApiErrorBody {
    fn from_json(json: &Json) -> Option<Self> {
        Some(ApiErrorBody {
            error_code: json.str("error_code")?,
            error_msg: json.str("error_msg")?,
            request_id: json.opt_str("request_id")?,
            encoded_authorization_message: json.opt_str("encoded_authorization_message")?,
        })
    }
}

impl FromJson for CallerIdentity {
    fn from_json(json: &Json) -> Option<Self> {
        Some(CallerIdentity {
            account_id: json.str("account_id")?,
            principal_urn: json.str("principal_urn")?,
            principal_id: json.str("principal_id")?,
        })
    }
}

impl FromJson for PasswordPolicyResponse {
    fn from_json(json: &Json) -> Option<Self> {
        let p = json.object("password_policy")?;
        Some(PasswordPolicyResponse {
            password_policy: PasswordPolicy {
                minimum_password_length: p.u32("minimum_password_length")?,
                maximum_password_length: p.u32("maximum_password_length")?,
                password_char_combination: p.u32("password_char_combination")?,
                password_not_username_or_invert: p.bool("password_not_username_or_invert")?,
                maximum_consecutive_identical_chars: p.u32("maximum_consecutive_identical_chars")?,
                password_reuse_prevention: p.u32("password_reuse_prevention")?,
                minimum_password_age: p.u32("minimum_password_age")?,
                password_validity_period: p.u32("password_validity_period")?,
                allow_user_to_change_password: p.bool("allow_user_to_change_password")?,
                password_requirements: p.str_or_empty("password_requirements")?,
            },
        })
    }
}

impl FromJson for DecodeAuthorizationMessageResponse {
    fn from_json(json: &Json) -> Option<Self> {
        Some(DecodeAuthorizationMessageResponse { decoded_message: json.str("decoded_message")? })
    }
}

impl FromJson for Tag {
    fn from_json(json: &Json) -> Option<Self> {
        Some(Tag { tag_key: json.str("tag_key")?, tag_value: json.str_or_empty("tag_value")? })
    }
}

impl FromJson for User {
    fn from_json(json: &Json) -> Option<Self> {
        let tags = match json.opt_array("tags")? {
            Some(tags) => Some(tags.iter().map(Tag::from_json).collect::<Option<Vec<_>>>()?),
            None => None,
        };
        Some(User {
            user_id: json.str("user_id")?,
            user_name: json.str("user_name")?,
            description: json.str_or_empty("description")?,
            enabled: json.bool("enabled")?,
            is_root_user: json.opt_bool("is_root_user")?.unwrap_or(false),
            created_at: json.str("created_at")?,
            urn: json.str("urn")?,
            tags,
        })
    }
}

impl FromJson for UserResponse {
    fn from_json(json: &Json) -> Option<Self> {
        Some(UserResponse { user: User::from_json(&json.object("user")?)? })
    }
}

impl FromJson for ListUsersResponse {
    fn from_json(json: &Json) -> Option<Self> {
        let page = json.object("page_info")?;
        Some(ListUsersResponse {
            users: json.array("users")?.iter().map(User::from_json).collect::<Option<Vec<_>>>()?,
            page_info: PageInfo {
                next_marker: page.opt_str("next_marker")?,
                current_count: page.u32("current_count")?,
            },
        })
    }
}

impl FromJson for LastLoginResponse {
    fn from_json(json: &Json) -> Option<Self> {
        let last = json.object("user_last_login")?;
        Some(LastLoginResponse { user_last_login: LastLogin { last_login_at: last.opt_str("last_login_at")? } })
    }
}
