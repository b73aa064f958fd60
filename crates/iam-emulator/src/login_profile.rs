//! `/v5/users/{user_id}/login-profile`: whether a user may sign in to the console with a
//! password. Administrators set a password (the account's policy applies, as for a change),
//! ask for a new one at the next sign-in, or remove console access; each user may read
//! their own (`auth::OWN_CREDENTIALS`). A password the user changes themselves clears the
//! request for a new one.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::{Extension, Json};
use iam_v5::error::codes;
use iam_v5::signer::format_rfc3339;
use iam_v5::{
    password_policy, CreateLoginProfileRequest, LoginProfile, LoginProfileResponse, PasswordPolicy,
    UpdateLoginProfileRequest,
};

use crate::auth::Caller;
use crate::emulator::Emulator;
use crate::handler::{json_body, ok};
use crate::respond::{error, Answer, Refusal};
use crate::state::{now, State as EmulatorState, UserRecord};

fn profile(user: &UserRecord, policy: &PasswordPolicy) -> LoginProfile {
    let days = i64::from(policy.password_validity_period);
    LoginProfile {
        user_id: user.user_id.clone(),
        password_reset_required: user.password_reset_required,
        password_expires_at: user
            .password_changed_at
            .filter(|_| days > 0)
            .map(|changed| format_rfc3339(changed + days * 86_400)),
        created_at: user.login_profile_created_at.clone().unwrap_or_else(|| user.created_at.clone()),
    }
}

fn no_profile(user_id: &str) -> Refusal {
    error(StatusCode::NOT_FOUND, codes::NOT_FOUND, format!("The user {user_id} has no login profile."))
}

/// The user after `action` was allowed on them, and the account's policy.
fn allowed_user<'s>(
    state: &'s mut EmulatorState,
    caller: &Caller,
    action: &str,
    user_id: &str,
) -> Result<(&'s mut UserRecord, PasswordPolicy), Refusal> {
    let policy = state.password_policy.clone();
    Ok((crate::handler::allowed_user(state, caller, action, user_id)?, policy))
}

/// Sets `password` as the user's current one, under the account's policy.
fn set_password(user: &mut UserRecord, policy: &PasswordPolicy, password: &str) -> Result<(), Refusal> {
    if let Some((code, message)) = password_policy::first_refusal(policy, &user.user_name, "", password) {
        return Err(error(StatusCode::BAD_REQUEST, code, message));
    }
    user.set_password(password);
    Ok(())
}

/// `GET /v5/users/{user_id}/login-profile`.
pub async fn show(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    Path(user_id): Path<String>,
) -> Answer {
    let mut state = emulator.state();
    let (user, policy) = allowed_user(&mut state, &caller, "iam:users:showLoginProfileV5", &user_id)?;
    if !user.console_access {
        return Err(no_profile(&user_id));
    }
    ok(LoginProfileResponse { login_profile: profile(user, &policy) })
}

/// `POST /v5/users/{user_id}/login-profile`: 201; 409 when there is one already.
pub async fn create(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    Path(user_id): Path<String>,
    body: Bytes,
) -> Answer {
    let mut state = emulator.state();
    let (user, policy) = allowed_user(&mut state, &caller, "iam:users:createLoginProfileV5", &user_id)?;
    let request: CreateLoginProfileRequest = json_body(&body)?;
    if user.console_access {
        return Err(error(StatusCode::CONFLICT, codes::DUPLICATE_KEY, "The user already has a login profile."));
    }
    set_password(user, &policy, &request.password)?;
    user.console_access = true;
    user.password_reset_required = request.password_reset_required;
    user.login_profile_created_at = Some(format_rfc3339(now()));
    let login_profile = profile(user, &policy);
    emulator.persist(&mut state)?;
    Ok((StatusCode::CREATED, Json(LoginProfileResponse { login_profile })).into_response())
}

/// `PUT /v5/users/{user_id}/login-profile`: a new password, or the request for one.
pub async fn update(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    Path(user_id): Path<String>,
    body: Bytes,
) -> Answer {
    let mut state = emulator.state();
    let (user, policy) = allowed_user(&mut state, &caller, "iam:users:updateLoginProfileV5", &user_id)?;
    let request: UpdateLoginProfileRequest = json_body(&body)?;
    if !user.console_access {
        return Err(no_profile(&user_id));
    }
    if let Some(password) = &request.password {
        set_password(user, &policy, password)?;
    }
    if let Some(required) = request.password_reset_required {
        user.password_reset_required = required;
    }
    let login_profile = profile(user, &policy);
    emulator.persist(&mut state)?;
    ok(LoginProfileResponse { login_profile })
}

/// `DELETE /v5/users/{user_id}/login-profile`: 204; the user can no longer sign in with a
/// password (the token call refuses them as it refuses a wrong password).
pub async fn delete(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    Path(user_id): Path<String>,
) -> Answer {
    let mut state = emulator.state();
    let (user, _) = allowed_user(&mut state, &caller, "iam:users:deleteLoginProfileV5", &user_id)?;
    if !user.console_access {
        return Err(no_profile(&user_id));
    }
    user.console_access = false;
    user.password_reset_required = false;
    emulator.persist(&mut state)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
