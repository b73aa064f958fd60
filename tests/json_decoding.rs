//! The browser-side decoders (`iam_console::json`) must read exactly what serde writes for the
//! same `iam-v5` types, so the two encodings of the contract cannot drift apart.
#![cfg(target_arch = "wasm32")]

use iam_console::api::{FromJson, Json};
use iam_v5::{
    AccessKey, AccessKeyLastUsed, AccessKeyLastUsedResponse, AccessKeyMetadata, AccessKeyStatus, ApiErrorBody,
    CallerIdentity, CreateAccessKeyResponse, LastLogin, LastLoginResponse, ListAccessKeysResponse,
    ListMfaDevicesResponse, ListUsersResponse, LoginProfile, LoginProfileResponse, MfaDevice, PageInfo, Tag,
    UpdateAccessKeyResponse, User, UserResponse,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn round_trip<T: serde::Serialize + FromJson + PartialEq + std::fmt::Debug>(value: T) {
    let text = serde_json::to_string(&value).unwrap();
    let decoded = T::from_json(&Json::parse(&text).unwrap());
    assert_eq!(decoded.as_ref(), Some(&value), "{text}");
}

#[wasm_bindgen_test]
fn error_bodies_with_and_without_optional_fields() {
    round_trip(ApiErrorBody {
        error_code: "1103".into(),
        error_msg: "wrong".into(),
        request_id: None,
        encoded_authorization_message: None,
    });
    round_trip(ApiErrorBody {
        error_code: "PAP5.0001".into(),
        error_msg: "denied \"quoted\" ünïcode".into(),
        request_id: Some("r-1".into()),
        encoded_authorization_message: Some("abc==".into()),
    });
}

#[wasm_bindgen_test]
fn caller_identity() {
    round_trip(CallerIdentity {
        account_id: "a".into(),
        principal_urn: "iam::a:user:alice".into(),
        principal_id: "u".into(),
    });
}

fn key(status: AccessKeyStatus) -> AccessKeyMetadata {
    AccessKeyMetadata {
        user_id: "u1".into(),
        access_key_id: "AKIDEXAMPLE000000001".into(),
        created_at: "2024-01-02T03:04:05Z".into(),
        status,
    }
}

#[wasm_bindgen_test]
fn access_key_answers() {
    round_trip(ListAccessKeysResponse {
        access_keys: vec![key(AccessKeyStatus::Active), key(AccessKeyStatus::Inactive)],
        page_info: PageInfo { next_marker: None, current_count: 2 },
    });
    round_trip(CreateAccessKeyResponse {
        access_key: AccessKey {
            user_id: "u1".into(),
            access_key_id: "AKIDEXAMPLE000000001".into(),
            created_at: "2024-01-02T03:04:05Z".into(),
            secret_access_key: "s".repeat(40),
            status: AccessKeyStatus::Active,
        },
    });
    round_trip(UpdateAccessKeyResponse { access_key: key(AccessKeyStatus::Inactive) });
    for last_used_at in [None, Some("2026-12-01T10:00:00Z".to_owned())] {
        round_trip(AccessKeyLastUsedResponse { access_key_last_used: AccessKeyLastUsed { last_used_at } });
    }
    for password_expires_at in [None, Some("2027-03-01T00:00:00Z".to_owned())] {
        round_trip(LoginProfileResponse {
            login_profile: LoginProfile {
                user_id: "u1".into(),
                password_reset_required: password_expires_at.is_some(),
                password_expires_at,
                created_at: "2024-01-02T03:04:05Z".into(),
            },
        });
    }
    let device = |enabled| MfaDevice { serial_number: "iam/mfa/a/u".into(), user_id: "u1".into(), enabled };
    round_trip(ListMfaDevicesResponse {
        mfa_devices: vec![device(true), device(false)],
        page_info: PageInfo { next_marker: None, current_count: 2 },
    });
    round_trip(ListMfaDevicesResponse {
        mfa_devices: vec![],
        page_info: PageInfo { next_marker: None, current_count: 0 },
    });
    let unknown_status = r#"{"user_id":"u","access_key_id":"a","created_at":"t","status":"paused"}"#;
    assert!(AccessKeyMetadata::from_json(&Json::parse(unknown_status).unwrap()).is_none());
}

#[wasm_bindgen_test]
fn answers_that_break_the_contract_are_refused() {
    assert!(CallerIdentity::from_json(
        &Json::parse(r#"{"account_id":"a","principal_urn":7,"principal_id":"u"}"#).unwrap()
    )
    .is_none());
    assert!(ApiErrorBody::from_json(&Json::parse("[]").unwrap()).is_none());
    assert!(ApiErrorBody::from_json(&Json::parse(r#"{"error_code":"x","error_msg":"y","request_id":5}"#).unwrap())
        .is_none());
    assert!(Json::parse("<html>").is_none());
    assert_eq!(<()>::from_json(&Json::parse("").unwrap()), Some(()));
}

#[wasm_bindgen_test]
fn numbers_objects_and_arrays() {
    let json =
        Json::parse(r#"{"n": 7, "neg": -1, "frac": 1.5, "o": {"s": "x"}, "a": [{"s": "1"}, {"s": "2"}], "nul": null}"#)
            .unwrap();
    assert_eq!(json.u32("n"), Some(7));
    assert_eq!(json.u32("neg"), None);
    assert_eq!(json.u32("frac"), None);
    assert_eq!(json.object("o").and_then(|o| o.str("s")), Some("x".into()));
    let items: Vec<String> = json.array("a").unwrap().iter().filter_map(|o| o.str("s")).collect();
    assert_eq!(items, ["1", "2"]);
    assert_eq!(json.opt_str("nul"), Some(None));
    assert_eq!(json.str_or_empty("missing"), Some(String::new()));
}

#[wasm_bindgen_test]
fn password_policy_and_decoded_messages() {
    round_trip(iam_v5::PasswordPolicyResponse {
        password_policy: iam_v5::PasswordPolicy {
            minimum_password_length: 12,
            maximum_consecutive_identical_chars: 3,
            allow_user_to_change_password: false,
            password_requirements: "Use 12 or more characters.".into(),
            ..iam_v5::PasswordPolicy::default()
        },
    });
    round_trip(iam_v5::DecodeAuthorizationMessageResponse { decoded_message: "{\"allowed\":false}".into() });
}

fn user(tags: Option<Vec<Tag>>) -> User {
    User {
        user_id: "d3m0000000000000000000000000a11c".into(),
        user_name: "alice <b>".into(),
        description: "".into(),
        enabled: false,
        is_root_user: true,
        created_at: "2024-01-02T03:04:05Z".into(),
        urn: "iam::a:user:alice".into(),
        tags,
    }
}

#[wasm_bindgen_test]
fn users_with_and_without_tags_and_pages_with_and_without_a_marker() {
    round_trip(UserResponse { user: user(None) });
    round_trip(UserResponse { user: user(Some(vec![Tag { tag_key: "k".into(), tag_value: "".into() }])) });
    round_trip(ListUsersResponse {
        users: vec![user(None), user(None)],
        page_info: PageInfo { next_marker: Some("b2Zmc2V0OjI=".into()), current_count: 2 },
    });
    round_trip(ListUsersResponse { users: vec![], page_info: PageInfo { next_marker: None, current_count: 0 } });
    round_trip(LastLoginResponse { user_last_login: LastLogin { last_login_at: None } });
    round_trip(LastLoginResponse { user_last_login: LastLogin { last_login_at: Some("2024-05-06T07:08:09Z".into()) } });
}

#[wasm_bindgen_test]
fn groups_and_tags() {
    let group = |n: u32, description: &str| iam_v5::Group {
        group_id: format!("group-{n}"),
        group_name: format!("开发组 {n}"),
        created_at: "2024-01-02T03:04:05Z".into(),
        urn: format!("iam::a:group:g{n}"),
        description: description.into(),
    };
    round_trip(iam_v5::ListGroupsResponse {
        groups: vec![group(1, ""), group(2, "Builds \"things\"")],
        page_info: PageInfo { next_marker: Some("b2Zmc2V0OjI=".into()), current_count: 2 },
    });
    round_trip(iam_v5::ListGroupsResponse {
        groups: vec![],
        page_info: PageInfo { next_marker: None, current_count: 0 },
    });
    round_trip(iam_v5::GroupResponse { group: group(3, "New") });
    round_trip(iam_v5::TagsBody { tags: vec![] });
    round_trip(iam_v5::TagsBody {
        tags: vec![
            Tag { tag_key: "team".into(), tag_value: "".into() },
            Tag { tag_key: "成本".into(), tag_value: "a/b".into() },
        ],
    });
}
