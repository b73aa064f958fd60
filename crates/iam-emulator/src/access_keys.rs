//! `/v5/users/{user_id}/access-keys`: a user's permanent keys, at most
//! [`ACCESS_KEYS_PER_USER`]; the secret is answered once, on creation. Each user may manage
//! their own (`auth::OWN_CREDENTIALS`), administrators anyone's.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::{Extension, Json};
use iam_v5::error::codes;
use iam_v5::signer::format_rfc3339;
use iam_v5::{
    AccessKey, AccessKeyLastUsed, AccessKeyLastUsedResponse, AccessKeyMetadata, CreateAccessKeyResponse,
    ListAccessKeysResponse, PageInfo, UpdateAccessKeyRequest, UpdateAccessKeyResponse, ACCESS_KEYS_PER_USER,
};

use crate::auth::Caller;
use crate::emulator::Emulator;
use crate::handler::{allowed_user, json_body, ok};
use crate::respond::{error, Answer, Refusal};
use crate::seed::SeedAccessKey;
use crate::state::now;

fn metadata(user_id: &str, key: &SeedAccessKey) -> AccessKeyMetadata {
    AccessKeyMetadata {
        user_id: user_id.to_owned(),
        access_key_id: key.access.clone(),
        created_at: key.created_at.clone(),
        status: key.status,
    }
}

fn not_found_key(access_key_id: &str) -> Refusal {
    error(StatusCode::NOT_FOUND, codes::NOT_FOUND, format!("The access key {access_key_id} does not exist."))
}

/// `GET /v5/users/{user_id}/access-keys`.
pub async fn list(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    Path(user_id): Path<String>,
) -> Answer {
    let mut state = emulator.state();
    let user = allowed_user(&mut state, &caller, "iam:credentials:listCredentialsV5", &user_id)?;
    let access_keys: Vec<_> = user.access_keys.iter().map(|k| metadata(&user_id, k)).collect();
    let page_info = PageInfo { next_marker: None, current_count: access_keys.len() as u32 };
    ok(ListAccessKeysResponse { access_keys, page_info })
}

/// `POST /v5/users/{user_id}/access-keys` (no body): 201 with the secret, once.
pub async fn create(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    Path(user_id): Path<String>,
) -> Answer {
    let mut state = emulator.state();
    let user = allowed_user(&mut state, &caller, "iam:credentials:createCredentialV5", &user_id)?;
    if user.access_keys.len() >= ACCESS_KEYS_PER_USER {
        return Err(error(
            StatusCode::BAD_REQUEST,
            codes::ACCESS_KEY_LIMIT,
            format!("The user already has {ACCESS_KEYS_PER_USER} access keys, the most allowed."),
        ));
    }
    let key = SeedAccessKey {
        access: crate::random::hex(10).to_ascii_uppercase(),
        secret: crate::random::hex(20),
        status: Default::default(),
        created_at: format_rfc3339(now()),
        last_used_at: None,
    };
    user.access_keys.push(key.clone());
    emulator.persist(&mut state)?;
    let access_key = AccessKey {
        user_id,
        access_key_id: key.access,
        created_at: key.created_at,
        secret_access_key: key.secret,
        status: key.status,
    };
    Ok((StatusCode::CREATED, Json(CreateAccessKeyResponse { access_key })).into_response())
}

/// `PUT /v5/users/{user_id}/access-keys/{access_key_id}`: `{"status"}`.
pub async fn update(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    Path((user_id, access_key_id)): Path<(String, String)>,
    body: Bytes,
) -> Answer {
    let mut state = emulator.state();
    let user = allowed_user(&mut state, &caller, "iam:credentials:updateCredentialV5", &user_id)?;
    let request: UpdateAccessKeyRequest = json_body(&body)?;
    let key =
        user.access_keys.iter_mut().find(|k| k.access == access_key_id).ok_or_else(|| not_found_key(&access_key_id))?;
    key.status = request.status;
    let access_key = metadata(&user_id, key);
    emulator.persist(&mut state)?;
    ok(UpdateAccessKeyResponse { access_key })
}

/// `DELETE /v5/users/{user_id}/access-keys/{access_key_id}`: 204.
pub async fn delete(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    Path((user_id, access_key_id)): Path<(String, String)>,
) -> Answer {
    let mut state = emulator.state();
    let user = allowed_user(&mut state, &caller, "iam:credentials:deleteCredentialV5", &user_id)?;
    let before = user.access_keys.len();
    user.access_keys.retain(|k| k.access != access_key_id);
    if user.access_keys.len() == before {
        return Err(not_found_key(&access_key_id));
    }
    emulator.persist(&mut state)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// `GET /v5/users/{user_id}/access-keys/{access_key_id}/last-used`.
pub async fn last_used(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    Path((user_id, access_key_id)): Path<(String, String)>,
) -> Answer {
    let mut state = emulator.state();
    let user = allowed_user(&mut state, &caller, "iam:credentials:showAccessKeyLastUsedV5", &user_id)?;
    let key =
        user.access_keys.iter().find(|k| k.access == access_key_id).ok_or_else(|| not_found_key(&access_key_id))?;
    ok(AccessKeyLastUsedResponse { access_key_last_used: AccessKeyLastUsed { last_used_at: key.last_used_at.clone() } })
}
