//! The `/v5` handlers of the caller and of users (signed), as the contract says; the
//! classic `/v3` sign-in calls are in `classic`.

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::Extension;
use iam_v5::error::codes;
use iam_v5::signer::format_rfc3339;
use iam_v5::{
    password_policy, CallerIdentity, ChangePasswordRequest, DecodeAuthorizationMessageRequest,
    DecodeAuthorizationMessageResponse, LastLogin, LastLoginResponse, ListUsersResponse, PasswordPolicyResponse,
    UpdateUserRequest, UserResponse,
};

use crate::auth::{authorize, decode_message, Caller};
use crate::emulator::Emulator;
use crate::handler::{json_body, locked_out, not_found_group, not_found_user, ok, validated};
use crate::paging::PageQuery;
use crate::respond::{error, Answer};
use crate::state::{now, PasswordCheck};

/// `GET /v5/caller-identity` (STS; needs no permission).
pub async fn caller_identity(State(emulator): State<Emulator>, Extension(caller): Extension<Caller>) -> Answer {
    let state = emulator.state();
    let user = state.user(&caller.user_id).ok_or_else(|| not_found_user(&caller.user_id))?;
    ok(CallerIdentity {
        account_id: state.account.id.clone(),
        principal_urn: iam_v5::user_urn(&state.account.id, &user.user_name),
        principal_id: user.user_id.clone(),
    })
}

/// `POST /v5/decode-authorization-message` (STS).
pub async fn decode_authorization_message(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    body: Bytes,
) -> Answer {
    authorize(&emulator.state(), &caller, "sts:messages:decodeAuthorizationMessage", "*")?;
    let request: DecodeAuthorizationMessageRequest = json_body(&body)?;
    let length = request.encoded_message.chars().count();
    if !(1..=10240).contains(&length) {
        return Err(error(
            StatusCode::BAD_REQUEST,
            codes::INVALID_PARAMETER,
            "encoded_message must be 1 to 10240 characters.",
        ));
    }
    let decoded = decode_message(&request.encoded_message).ok_or_else(|| {
        error(StatusCode::BAD_REQUEST, codes::INVALID_PARAMETER, "encoded_message is not an authorization message.")
    })?;
    ok(DecodeAuthorizationMessageResponse { decoded_message: decoded })
}

/// `GET /v5/password-policy`.
pub async fn password_policy(State(emulator): State<Emulator>, Extension(caller): Extension<Caller>) -> Answer {
    let state = emulator.state();
    authorize(&state, &caller, "iam:securitypolicies:getPasswordPolicyV5", "*")?;
    ok(PasswordPolicyResponse { password_policy: state.password_policy.clone() })
}

/// `POST /v5/caller-password`: policy check (shared with the console), lockout, reuse
/// prevention and minimum age.
pub async fn change_password(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    body: Bytes,
) -> Answer {
    let mut state = emulator.state();
    let urn =
        state.user(&caller.user_id).map(|u| iam_v5::user_urn(&state.account.id, &u.user_name)).unwrap_or_default();
    authorize(&state, &caller, "iam:users:changePasswordV5", &urn)?;
    let request: ChangePasswordRequest = json_body(&body)?;
    let policy = state.password_policy.clone();
    let t = now();
    if !policy.allow_user_to_change_password {
        return Err(error(
            StatusCode::FORBIDDEN,
            codes::PASSWORD_CHANGE_NOT_ALLOWED,
            "The password policy does not allow users to change their own password.",
        ));
    }
    let user = state.user_mut(&caller.user_id).ok_or_else(|| not_found_user(&caller.user_id))?;
    match user.check_password(&request.old_password, t) {
        PasswordCheck::Right => {}
        PasswordCheck::Wrong => {
            return Err(error(StatusCode::BAD_REQUEST, codes::INCORRECT_PASSWORD, "The old password is incorrect."))
        }
        PasswordCheck::Locked(until) => return Err(locked_out(until)),
    }
    if let Some(changed) = user.password_changed_at {
        let ready = changed + i64::from(policy.minimum_password_age) * 60;
        if ready > t {
            return Err(error(
                StatusCode::BAD_REQUEST,
                codes::PASSWORD_TOO_YOUNG,
                format!(
                    "The password was changed less than {} minutes ago. Try again after {}.",
                    policy.minimum_password_age,
                    format_rfc3339(ready)
                ),
            ));
        }
    }
    let user_name = user.user_name.clone();
    if let Some((code, message)) =
        password_policy::first_refusal(&policy, &user_name, &request.old_password, &request.new_password)
    {
        return Err(error(StatusCode::BAD_REQUEST, code, message));
    }
    let remembered = (policy.password_reuse_prevention as usize).max(1);
    if user.used_recently(&request.new_password, remembered) {
        return Err(error(
            StatusCode::BAD_REQUEST,
            codes::PASSWORD_REUSED,
            format!("The new password must not be one of your last {remembered} passwords."),
        ));
    }
    user.set_password(&request.new_password);
    // The new password the administrator asked for: asked no more.
    user.password_reset_required = false;
    emulator.persist(&mut state)?;
    Ok(StatusCode::OK.into_response())
}

/// `GET /v5/users?limit&marker&group_id&access_key_id`: every user, a group's members, or
/// the one whose permanent key it is.
pub async fn list_users(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    RawQuery(query): RawQuery,
) -> Answer {
    let state = emulator.state();
    authorize(&state, &caller, "iam:users:listUsersV5", "*")?;
    let query = PageQuery::parse(query.as_deref())?;
    let members = match query.get("group_id") {
        Some(group_id) => Some(&state.group(&group_id).ok_or_else(|| not_found_group(&group_id))?.members),
        None => None,
    };
    let access_key_id = query.get("access_key_id");
    let matching: Vec<_> = state
        .users
        .iter()
        .filter(|u| members.is_none_or(|ids| ids.contains(&u.user_id)))
        .filter(|u| access_key_id.as_ref().is_none_or(|id| u.access_keys.iter().any(|k| &k.access == id)))
        .collect();
    let (page, page_info) = query.page(&matching);
    ok(ListUsersResponse { users: page.iter().map(|u| state.api_user(u, false)).collect(), page_info })
}

/// `GET /v5/users/{user_id}`: UserEx, with tags.
pub async fn show_user(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    Path(user_id): Path<String>,
) -> Answer {
    let state = emulator.state();
    authorize(&state, &caller, "iam:users:getUserV5", &user_id)?;
    let user = state.user(&user_id).ok_or_else(|| not_found_user(&user_id))?;
    ok(UserResponse { user: state.api_user(user, true) })
}

/// `GET /v5/users/{user_id}/last-login`.
pub async fn last_login(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    Path(user_id): Path<String>,
) -> Answer {
    let state = emulator.state();
    authorize(&state, &caller, "iam:users:getUserLastLoginV5", &user_id)?;
    let user = state.user(&user_id).ok_or_else(|| not_found_user(&user_id))?;
    ok(LastLoginResponse { user_last_login: LastLogin { last_login_at: user.last_login_at.clone() } })
}

/// `PUT /v5/users/{user_id}`: the shared rules, then conflicts and the root-user guard.
pub async fn update_user(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    Path(user_id): Path<String>,
    body: Bytes,
) -> Answer {
    let mut state = emulator.state();
    authorize(&state, &caller, "iam:users:updateUserV5", &user_id)?;
    let request: UpdateUserRequest = json_body(&body)?;
    validated(&request)?;
    let user = state.user(&user_id).ok_or_else(|| not_found_user(&user_id))?;
    if user.is_root_user && request.enabled == Some(false) {
        return Err(error(
            StatusCode::BAD_REQUEST,
            codes::INVALID_PARAMETER,
            "enabled: The root user cannot be disabled.",
        ));
    }
    if let Some(name) = &request.new_user_name {
        if state.users.iter().any(|u| u.user_name == *name && u.user_id != user_id) {
            return Err(error(
                StatusCode::CONFLICT,
                codes::NAME_CONFLICT,
                format!("The user name {name} already exists."),
            ));
        }
    }
    let user = state.user_mut(&user_id).expect("looked up above");
    if let Some(name) = request.new_user_name {
        user.user_name = name;
    }
    if let Some(description) = request.new_description {
        user.description = description;
    }
    if let Some(enabled) = request.enabled {
        user.enabled = enabled;
    }
    emulator.persist(&mut state)?;
    let user = state.user(&user_id).expect("still there");
    ok(UserResponse { user: state.api_user(user, true) })
}
