//! `POST /v5/users` and `DELETE /v5/users/{user_id}`: a user's first day and last. A new
//! user has no console password and no keys (their own calls); deleting one takes their
//! keys, console access and group places with them, refused with 409 while an MFA device is
//! still bound (IAM asks for it to be removed first) and always for the root user.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::{Extension, Json};
use iam_v5::error::codes;
use iam_v5::signer::format_rfc3339;
use iam_v5::{CreateUserRequest, UserResponse};

use crate::auth::{authorize, Caller};
use crate::emulator::Emulator;
use crate::handler::{json_body, not_found_user, validated};
use crate::respond::{error, Answer};
use crate::state::{now, UserRecord};

/// `POST /v5/users`: 201 with the user; 409 when the name is taken.
pub async fn create(State(emulator): State<Emulator>, Extension(caller): Extension<Caller>, body: Bytes) -> Answer {
    let mut state = emulator.state();
    authorize(&state, &caller, "iam:users:createUserV5", "*")?;
    let request: CreateUserRequest = json_body(&body)?;
    validated(&request)?;
    if state.users.iter().any(|u| u.user_name == request.name) {
        return Err(error(
            StatusCode::CONFLICT,
            codes::NAME_CONFLICT,
            format!("The user name {} already exists.", request.name),
        ));
    }
    let t = now();
    let user = UserRecord {
        user_id: crate::random::hex(16),
        user_name: request.name,
        description: request.description.unwrap_or_default(),
        enabled: request.enabled.unwrap_or(true),
        is_root_user: false,
        created_at: format_rfc3339(t),
        tags: Vec::new(),
        admin: false,
        deny: Vec::new(),
        access_keys: Vec::new(),
        last_login_at: None,
        password_hashes: Vec::new(),
        password_changed_at: None,
        lockout: Default::default(),
        console_access: false,
        password_reset_required: false,
        login_profile_created_at: None,
        mfa_devices: Vec::new(),
    };
    let answer = UserResponse { user: state.api_user(&user, false) };
    state.users.push(user);
    emulator.persist(&mut state)?;
    Ok((StatusCode::CREATED, Json(answer)).into_response())
}

/// `DELETE /v5/users/{user_id}`: 204.
pub async fn delete(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    Path(user_id): Path<String>,
) -> Answer {
    let mut state = emulator.state();
    authorize(&state, &caller, "iam:users:deleteUserV5", &user_id)?;
    let user = state.user(&user_id).ok_or_else(|| not_found_user(&user_id))?;
    if user.is_root_user {
        return Err(error(StatusCode::BAD_REQUEST, codes::INVALID_PARAMETER, "The root user cannot be deleted."));
    }
    if let Some(device) = user.mfa_devices.first() {
        return Err(error(
            StatusCode::CONFLICT,
            codes::USER_HAS_ATTACHMENTS,
            format!(
                "The user {} still has the MFA device {}: remove it before deleting the user.",
                user.user_name, device.serial_number
            ),
        ));
    }
    state.users.retain(|u| u.user_id != user_id);
    for group in &mut state.groups {
        group.members.retain(|id| *id != user_id);
    }
    state.temporary_keys.retain(|k| k.user_id != user_id);
    state.tokens.retain(|t| t.user_id != user_id);
    emulator.persist(&mut state)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
