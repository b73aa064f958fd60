//! The classic calls the console signs in with (unsigned): `POST /v3/auth/tokens`
//! (password → token) and `POST /v3.0/OS-CREDENTIAL/securitytokens` (token → temporary
//! keys). A wrong password and a name nobody signs in with get the same answer, after the
//! same work, and are locked alike: the answer never tells who exists.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use axum::Json;
use iam_v5::classic::{AuthRequest, Credential, CredentialResponse, Domain, Token, TokenResponse, TokenUser};
use iam_v5::error::codes;
use iam_v5::signer::format_rfc3339;

use crate::emulator::Emulator;
use crate::handler::{json_body, locked_out};
use crate::respond::{error, Answer};
use crate::state::{now, rfc3339_in, PasswordCheck, TemporaryKey, TokenRecord};
use crate::{password, random};

/// `POST /v3/auth/tokens`: password → token in `X-Subject-Token`; records the sign-in.
pub async fn issue_token(State(emulator): State<Emulator>, body: Bytes) -> Answer {
    let request: AuthRequest = json_body(&body)?;
    let Some(identity) =
        request.auth.identity.password.filter(|_| request.auth.identity.methods.iter().any(|m| m == "password"))
    else {
        return Err(error(StatusCode::BAD_REQUEST, codes::INVALID_BODY, "Only the password method is supported here."));
    };
    let mut state = emulator.state();
    let refused = || error(StatusCode::UNAUTHORIZED, codes::UNAUTHENTICATED, "The user name or password is wrong.");
    if identity.user.domain.name != state.account.name {
        return Err(error(
            StatusCode::UNAUTHORIZED,
            codes::ACCOUNT_NOT_FOUND,
            format!("There is no account named {}.", identity.user.domain.name),
        ));
    }
    let t = now();
    let account = state.account.clone();
    let name = identity.user.name.as_str();
    // A user without console access is a name nobody signs in with. Its count is the same
    // as for wrong old passwords at /v5/caller-password: one per user.
    let check = match state.users.iter_mut().find(|u| u.user_name == name && u.console_access) {
        Some(user) => user.check_password(&identity.user.password, t),
        None => state.unknown_names.of(name, t).check(t, || password::matches(None, &identity.user.password)),
    };
    match check {
        PasswordCheck::Right => {}
        PasswordCheck::Wrong => return Err(refused()),
        PasswordCheck::Locked(until) => return Err(locked_out(until)),
    }
    let user = state.users.iter_mut().find(|u| u.user_name == name && u.console_access).expect("checked above");
    if !user.enabled {
        return Err(error(StatusCode::UNAUTHORIZED, codes::USER_DISABLED, "The user is disabled."));
    }
    user.last_login_at = Some(format_rfc3339(t));
    let token_user = TokenUser {
        id: user.user_id.clone(),
        name: user.user_name.clone(),
        domain: Domain { id: Some(account.id), name: account.name },
    };
    let token = format!("MII{}", random::hex(32));
    state.tokens.push(TokenRecord { token: token.clone(), user_id: token_user.id.clone(), expires: t + 86_400 });
    emulator.persist(&mut state)?;
    let body = TokenResponse {
        token: Token {
            expires_at: format_rfc3339(t + 86_400),
            issued_at: format_rfc3339(t),
            methods: vec!["password".into()],
            user: token_user,
        },
    };
    let mut response = (StatusCode::CREATED, Json(body)).into_response();
    response.headers_mut().insert("x-subject-token", HeaderValue::from_str(&token).expect("hex token"));
    Ok(response)
}

/// `POST /v3.0/OS-CREDENTIAL/securitytokens`: token → temporary AK/SK + security token.
pub async fn issue_temporary_keys(State(emulator): State<Emulator>, headers: HeaderMap, body: Bytes) -> Answer {
    let token = headers.get("x-auth-token").and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    let request: AuthRequest = json_body(&body)?;
    let duration = request.auth.identity.token.map(|t| t.duration_seconds).unwrap_or(900);
    if !(900..=86_400).contains(&duration) {
        return Err(error(StatusCode::BAD_REQUEST, codes::INVALID_PARAMETER, "duration_seconds must be 900 to 86400."));
    }
    // `--temporary-key-seconds` shortens every lifetime, so tests can watch keys expire.
    let duration = emulator.temporary_key_seconds.map_or(duration, |cap| duration.min(cap));
    let mut state = emulator.state();
    let t = now();
    let record = state.tokens.iter().find(|r| r.token == token && r.expires > t).cloned().ok_or_else(|| {
        error(StatusCode::UNAUTHORIZED, codes::UNAUTHENTICATED, "The X-Auth-Token is missing or expired.")
    })?;
    let key = TemporaryKey {
        access: format!("TMP{}", random::hex(9)[..17].to_ascii_uppercase()),
        secret: random::hex(20),
        security_token: format!("gQ{}", random::hex(32)),
        user_id: record.user_id,
        expires: t + i64::from(duration),
    };
    let credential = Credential {
        access: key.access.clone(),
        secret: key.secret.clone(),
        securitytoken: key.security_token.clone(),
        expires_at: rfc3339_in(i64::from(duration)),
    };
    state.temporary_keys.push(key);
    emulator.persist(&mut state)?;
    Ok((StatusCode::CREATED, Json(CredentialResponse { credential })).into_response())
}
