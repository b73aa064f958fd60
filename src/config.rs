//! Runtime configuration from `config.json` beside `index.html`, read once at start: the
//! hosts requests are signed for, a region label for the header, the sign-in methods
//! offered and the requested lifetime of temporary keys. A missing file means the
//! defaults (which fit the emulator); an invalid one stops start-up with a page that names
//! the wrong field, so a deployment mistake is seen at once, not as failing requests.
//!
//! ```json
//! { "iam_host": "iam.cn-north-4.myhuaweicloud.com", "sts_host": "sts.cn-north-4.myhuaweicloud.com",
//!   "region": "CN North-Beijing4", "sign_in_methods": ["password", "access_keys"],
//!   "temporary_key_seconds": 3600 }
//! ```

use std::cell::OnceCell;
use std::rc::Rc;

use crate::json::Json;

/// How a person may sign in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignInMethod {
    /// Account name, IAM user name and password → temporary keys.
    Password,
    /// An access key pair (and a security token for temporary keys).
    AccessKeys,
}

/// The console's runtime settings.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// The IAM host requests are signed for (the gateway forwards with this Host).
    pub iam_host: String,
    /// The STS host (caller identity, decoding authorization messages).
    pub sts_host: String,
    /// A label for the header, e.g. "CN North-Beijing4".
    pub region: Option<String>,
    /// The methods `/sign-in` offers, the first one preselected.
    pub sign_in_methods: Vec<SignInMethod>,
    /// How long temporary keys from a password sign-in should live (900-86400 s).
    pub temporary_key_seconds: u32,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            iam_host: "iam.myhuaweicloud.com".into(),
            sts_host: "sts.myhuaweicloud.com".into(),
            region: None,
            sign_in_methods: vec![SignInMethod::Password, SignInMethod::AccessKeys],
            temporary_key_seconds: 3600,
        }
    }
}

const FIELDS: [&str; 5] = ["iam_host", "sts_host", "region", "sign_in_methods", "temporary_key_seconds"];

/// The problem messages, in the language in force (the start-up page has no other words).
mod text {
    pub fn not_json() -> String {
        crate::i18n::t().config.not_json.to_owned()
    }

    /// A field of config.json holds something it must not.
    pub fn wrong(field: &str, expected: crate::i18n::Entry) -> String {
        let text = crate::i18n::t();
        (text.config.wrong)(field, expected(text))
    }

    /// A field config.json does not know (a typo, most likely).
    pub fn unknown(field: &str) -> String {
        (crate::i18n::t().config.unknown)(field, &super::FIELDS.join(", "))
    }
}

fn is_host(host: &str) -> bool {
    !host.is_empty()
        && host.len() <= 253
        && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.' || c == ':')
}

impl Config {
    /// Reads config.json's text; the error names the field that is wrong.
    pub fn parse(text: &str) -> Result<Config, String> {
        let json = Json::parse(text).filter(Json::is_object).ok_or_else(text::not_json)?;
        if let Some(unknown) = json.keys().into_iter().find(|key| !FIELDS.contains(&key.as_str())) {
            return Err(text::unknown(&unknown));
        }
        let mut config = Config::default();
        for (field, host) in [("iam_host", &mut config.iam_host), ("sts_host", &mut config.sts_host)] {
            match json.opt_str(field) {
                Some(None) => {}
                Some(Some(value)) if is_host(&value) => *host = value,
                _ => return Err(text::wrong(field, |t| t.config.expect_host)),
            }
        }
        config.region = json.opt_str("region").ok_or_else(|| text::wrong("region", |t| t.config.expect_text))?;
        if let Some(methods) =
            json.opt_array("sign_in_methods").ok_or_else(|| text::wrong("sign_in_methods", |t| t.config.expect_list))?
        {
            let wrong = || text::wrong("sign_in_methods", |t| t.config.expect_methods);
            let mut chosen = Vec::new();
            for method in methods {
                let method = match method.as_str().as_deref() {
                    Some("password") => SignInMethod::Password,
                    Some("access_keys") => SignInMethod::AccessKeys,
                    _ => return Err(wrong()),
                };
                if !chosen.contains(&method) {
                    chosen.push(method);
                }
            }
            if chosen.is_empty() {
                return Err(wrong());
            }
            config.sign_in_methods = chosen;
        }
        match json.opt_u32("temporary_key_seconds") {
            Some(None) => {}
            Some(Some(seconds)) if (900..=86_400).contains(&seconds) => config.temporary_key_seconds = seconds,
            _ => return Err(text::wrong("temporary_key_seconds", |t| t.config.expect_seconds)),
        }
        Ok(config)
    }

    /// Fetches `/config.json` (beside index.html): defaults when there is none.
    pub async fn load() -> Result<Config, String> {
        let response = match gloo_net::http::Request::get("/config.json").send().await {
            Ok(response) => response,
            // Not even config.json could be fetched: the defaults; requests will say more.
            Err(_) => return Ok(Config::default()),
        };
        if response.status() == 404 {
            return Ok(Config::default());
        }
        let body = response.text().await.map_err(|_| text::not_json())?;
        Config::parse(&body)
    }
}

thread_local! {
    static CONFIG: OnceCell<Rc<Config>> = const { OnceCell::new() };
}

/// Makes `config` the one [`get`] returns (once, at start).
pub fn set(config: Config) {
    CONFIG.with(|cell| {
        let _ = cell.set(Rc::new(config));
    });
}

/// The configuration in force (the defaults until [`set`]).
pub fn get() -> Rc<Config> {
    CONFIG.with(|cell| cell.get_or_init(|| Rc::new(Config::default())).clone())
}
