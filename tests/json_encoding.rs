//! The hand JSON encoders (`json_encode`) write what serde_json writes for the same value:
//! field order, fields left out, and every escape. Host only (serde_json is a dev-dependency).
#![cfg(not(target_arch = "wasm32"))]

use iam_console::json_encode::ToJson;
use iam_v5::classic::{Auth, AuthRequest, Domain, Identity, PasswordIdentity, PasswordUser, Scope, TokenIdentity};
use iam_v5::{
    AccessKeyStatus, CallerIdentity, ChangePasswordRequest, CreateLoginProfileRequest,
    DecodeAuthorizationMessageRequest, DisableMfaDeviceRequest, UpdateAccessKeyRequest, UpdateLoginProfileRequest,
    UpdateUserRequest,
};

/// Every character class serde_json escapes, and some it does not.
const AWKWARD: &str = "q\"b\\n\nr\rt\tb\u{8}f\u{c}nul\u{0}esc\u{1b}us\u{1f}del\u{7f}/é中😀";

fn same<T: ToJson + serde::Serialize>(value: &T) {
    assert_eq!(value.to_json(), serde_json::to_string(value).unwrap());
}

#[test]
fn request_bodies_are_written_as_serde_writes_them() {
    same(&ChangePasswordRequest { new_password: AWKWARD.into(), old_password: "Old-Pass-1".into() });
    same(&UpdateUserRequest::default());
    same(&UpdateUserRequest { new_user_name: Some(AWKWARD.into()), new_description: None, enabled: Some(false) });
    same(&UpdateUserRequest { new_user_name: None, new_description: Some(String::new()), enabled: Some(true) });
    same(&DecodeAuthorizationMessageRequest { encoded_message: AWKWARD.into() });
    same(&CallerIdentity { account_id: "a".into(), principal_urn: AWKWARD.into(), principal_id: "u".into() });
    same(&UpdateAccessKeyRequest { status: AccessKeyStatus::Active });
    same(&UpdateAccessKeyRequest { status: AccessKeyStatus::Inactive });
    same(&CreateLoginProfileRequest { password: AWKWARD.into(), password_reset_required: true });
    same(&UpdateLoginProfileRequest::default());
    same(&UpdateLoginProfileRequest { password: Some(AWKWARD.into()), password_reset_required: Some(false) });
    same(&UpdateLoginProfileRequest { password: None, password_reset_required: Some(true) });
    same(&DisableMfaDeviceRequest { user_id: "u1".into(), serial_number: AWKWARD.into() });
    same(&iam_v5::CreateUserRequest { name: AWKWARD.into(), description: None, enabled: None });
    same(&iam_v5::CreateUserRequest { name: "carol".into(), description: Some(AWKWARD.into()), enabled: Some(false) });
    same(&iam_v5::CreateGroupRequest { group_name: AWKWARD.into(), description: None });
    same(&iam_v5::CreateGroupRequest { group_name: "测试 {1}".into(), description: Some(AWKWARD.into()) });
    same(&iam_v5::UpdateGroupRequest { new_group_name: Some(AWKWARD.into()), new_group_description: None });
    same(&iam_v5::UpdateGroupRequest { new_group_name: None, new_group_description: Some("".into()) });
    same(&iam_v5::GroupMemberRequest { user_id: AWKWARD.into() });
    same(&iam_v5::TagsBody { tags: vec![] });
    same(&iam_v5::TagsBody {
        tags: vec![
            iam_v5::Tag { tag_key: AWKWARD.into(), tag_value: String::new() },
            iam_v5::Tag { tag_key: "team".into(), tag_value: AWKWARD.into() },
        ],
    });
    same(&vec![AWKWARD.to_owned(), "team".to_owned()]);
    same(&Vec::<String>::new());
}

#[test]
fn the_classic_sign_in_bodies_are_written_as_serde_writes_them() {
    let domain = Domain { id: None, name: AWKWARD.into() };
    let user = PasswordUser { domain: domain.clone(), name: "alice".into(), password: AWKWARD.into() };
    same(&AuthRequest {
        auth: Auth {
            identity: Identity {
                methods: vec!["password".into()],
                password: Some(PasswordIdentity { user }),
                token: None,
            },
            scope: Some(Scope { domain: Domain { id: Some("id".into()), ..domain } }),
        },
    });
    same(&AuthRequest {
        auth: Auth {
            identity: Identity {
                methods: vec!["token".into()],
                password: None,
                token: Some(TokenIdentity { duration_seconds: 900 }),
            },
            scope: None,
        },
    });
}

#[test]
fn numbers_are_written_as_serde_writes_them() {
    for number in [0_u64, 900, 1_700_000_000_123, u64::MAX] {
        assert_eq!(number.to_json(), serde_json::to_string(&number).unwrap());
    }
    assert_eq!(900_u32.to_json(), "900");
}
