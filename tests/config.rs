//! `config.json`: defaults for what it leaves out, and a message naming the field for
//! anything wrong in it (the start-up page shows that message).
#![cfg(target_arch = "wasm32")]

use iam_console::config::{Config, SignInMethod};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn an_empty_file_means_the_defaults_and_each_setting_is_read() {
    assert_eq!(Config::parse("{}"), Ok(Config::default()));
    let config = Config::parse(
        r#"{"iam_host": "iam.cn-north-4.myhuaweicloud.com", "sts_host": "sts.cn-north-4.myhuaweicloud.com",
            "region": "CN North-Beijing4", "sign_in_methods": ["access_keys", "password", "access_keys"],
            "temporary_key_seconds": 900}"#,
    )
    .unwrap();
    assert_eq!(config.iam_host, "iam.cn-north-4.myhuaweicloud.com");
    assert_eq!(config.sts_host, "sts.cn-north-4.myhuaweicloud.com");
    assert_eq!(config.region.as_deref(), Some("CN North-Beijing4"));
    assert_eq!(config.sign_in_methods, vec![SignInMethod::AccessKeys, SignInMethod::Password], "in order, once each");
    assert_eq!(config.temporary_key_seconds, 900);
}

#[wasm_bindgen_test]
fn the_shipped_config_json_holds_the_defaults() {
    assert_eq!(Config::parse(include_str!("../config.json")), Ok(Config::default()));
}

#[wasm_bindgen_test]
fn a_wrong_setting_is_named() {
    let wrong = |text: &str| Config::parse(text).unwrap_err();
    assert_eq!(wrong("not json"), "config.json is not valid JSON.");
    assert_eq!(wrong("[]"), "config.json is not valid JSON.");
    assert!(wrong(r#"{"iam_hots": "x"}"#).starts_with("config.json: \"iam_hots\" is not a setting."));
    assert!(wrong(r#"{"iam_host": "https://iam.myhuaweicloud.com"}"#).starts_with("config.json: \"iam_host\" must be"));
    assert!(wrong(r#"{"sts_host": ""}"#).starts_with("config.json: \"sts_host\" must be"));
    assert!(wrong(r#"{"region": 4}"#).starts_with("config.json: \"region\" must be"));
    assert!(wrong(r#"{"sign_in_methods": []}"#).starts_with("config.json: \"sign_in_methods\" must be"));
    assert!(wrong(r#"{"sign_in_methods": ["sso"]}"#).starts_with("config.json: \"sign_in_methods\" must be"));
    for seconds in ["899", "86401", "3600.5", "\"3600\""] {
        let message = wrong(&format!(r#"{{"temporary_key_seconds": {seconds}}}"#));
        assert!(message.starts_with("config.json: \"temporary_key_seconds\" must be"), "{seconds}: {message}");
    }
}
