//! Who is calling: verifies `SDK-HMAC-SHA256` signatures on `/v5` (any SignedHeaders list
//! that includes `host`), honours `X-Security-Token` for temporary keys, refuses dates
//! more than 15 minutes off, and decides which actions a caller may perform.

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use iam_v5::error::codes;
use iam_v5::signer::{self, SignInput};

use crate::emulator::Emulator;
use crate::respond::{error, forbidden, forbidden_because, Refusal};
use crate::state::{now, State as EmulatorState};

/// Largest request body accepted, in bytes.
pub const BODY_LIMIT: usize = 64 * 1024;

/// The authenticated caller, put into the request's extensions.
#[derive(Debug, Clone)]
pub struct Caller {
    /// The user the keys belong to.
    pub user_id: String,
    /// The access key that signed the request (permanent or temporary).
    pub access_key_id: String,
}

fn unauthenticated(reason: &str) -> Refusal {
    error(
        StatusCode::UNAUTHORIZED,
        codes::UNAUTHENTICATED,
        format!("Incorrect IAM authentication information: {reason}"),
    )
}

/// Middleware for `/v5`: reads the body (bounded), authenticates, passes the caller on.
pub async fn authenticate(State(emulator): State<Emulator>, request: Request, next: Next) -> Response {
    let (mut parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, BODY_LIMIT).await else {
        return error(
            StatusCode::PAYLOAD_TOO_LARGE,
            codes::BODY_TOO_LARGE,
            format!("The request body is larger than {BODY_LIMIT} bytes."),
        )
        .into_response();
    };
    let caller = {
        let mut state = emulator.state();
        let caller = match identify(&state, &emulator.public_hosts, &parts, &bytes) {
            Ok(caller) => caller,
            Err(refusal) => return refusal.into_response(),
        };
        // "Last used" of a permanent key, as IAM keeps it (in memory: not worth a state
        // file write per request).
        let key =
            state.users.iter_mut().flat_map(|u| u.access_keys.iter_mut()).find(|k| k.access == caller.access_key_id);
        if let Some(key) = key {
            key.last_used_at = Some(signer::format_rfc3339(now()));
        }
        caller
    };
    parts.extensions.insert(caller);
    next.run(Request::from_parts(parts, Body::from(bytes))).await
}

fn header<'a>(parts: &'a Parts, name: &str) -> Option<&'a str> {
    parts.headers.get(name).and_then(|v| v.to_str().ok())
}

fn identify(state: &EmulatorState, public_hosts: &[String], parts: &Parts, body: &Bytes) -> Result<Caller, Refusal> {
    let date = header(parts, "x-sdk-date").ok_or_else(|| unauthenticated("the X-Sdk-Date header is missing."))?;
    let when = signer::parse_sdk_date(date).ok_or_else(|| unauthenticated("X-Sdk-Date is not YYYYMMDDTHHMMSSZ."))?;
    if (now() - when).abs() > signer::MAX_CLOCK_SKEW_SECONDS {
        return Err(unauthenticated("X-Sdk-Date is more than 15 minutes away from the server time."));
    }
    let authorization =
        header(parts, "authorization").ok_or_else(|| unauthenticated("the Authorization header is missing."))?;
    let auth = signer::parse_authorization(authorization).map_err(|e| unauthenticated(&e))?;
    if !auth.signed_headers.iter().any(|h| h == "host") {
        return Err(unauthenticated("host must be a signed header."));
    }

    // Permanent keys of enabled users, or unexpired temporary keys with their token.
    let (user_id, secret) =
        if let Some(user) = state.users.iter().find(|u| u.access_keys.iter().any(|k| k.access == auth.access)) {
            let key = user.access_keys.iter().find(|k| k.access == auth.access).expect("found above");
            if key.status == iam_v5::AccessKeyStatus::Inactive {
                return Err(unauthenticated("the access key is inactive."));
            }
            (user.user_id.clone(), key.secret.clone())
        } else if let Some(temp) = state.temporary_keys.iter().find(|k| k.access == auth.access) {
            // `expires` is the first second in which the keys no longer work.
            if temp.expires <= now() {
                return Err(unauthenticated("the temporary access key has expired."));
            }
            if header(parts, "x-security-token") != Some(temp.security_token.as_str()) {
                return Err(unauthenticated("the X-Security-Token header is missing or wrong for this temporary key."));
            }
            (temp.user_id.clone(), temp.secret.clone())
        } else {
            return Err(unauthenticated("the access key does not exist."));
        };
    let enabled = state.user(&user_id).is_some_and(|u| u.enabled);
    if !enabled {
        return Err(unauthenticated("the user of this access key is disabled."));
    }

    let mut headers = Vec::with_capacity(auth.signed_headers.len());
    for name in &auth.signed_headers {
        let value = header(parts, name).ok_or_else(|| unauthenticated(&format!("signed header {name} is missing.")))?;
        headers.push((name.clone(), value.to_owned()));
    }
    let query = signer::parse_query(parts.uri.query().unwrap_or(""));
    let own_host = header(parts, "host").unwrap_or("").to_owned();
    let hosts = std::iter::once(own_host).chain(public_hosts.iter().cloned());
    for host in hosts {
        for (name, value) in headers.iter_mut() {
            if name == "host" {
                *value = host.clone();
            }
        }
        let input = SignInput {
            method: parts.method.as_str(),
            path: parts.uri.path(),
            query: &query,
            headers: &headers,
            body,
            date,
        };
        if signer::verify(&input, &secret, &auth.signature) {
            return Ok(Caller { user_id, access_key_id: auth.access.clone() });
        }
    }
    Err(unauthenticated("the signature does not match."))
}

/// Actions every signed-in user may perform on themselves, unless denied.
const SELF_SERVICE: &[&str] = &[
    "iam:users:changePasswordV5",
    "iam:securitypolicies:getPasswordPolicyV5",
    "sts:messages:decodeAuthorizationMessage",
];

/// Actions every signed-in user may perform on their own user (the resource is their user
/// id), unless denied: "My credentials".
const OWN_CREDENTIALS: &[&str] = &[
    "iam:credentials:listCredentialsV5",
    "iam:credentials:createCredentialV5",
    "iam:credentials:updateCredentialV5",
    "iam:credentials:deleteCredentialV5",
    "iam:credentials:showAccessKeyLastUsedV5",
    "iam:users:showLoginProfileV5",
    "iam:mfa:listMFADevicesV5",
];

/// Actions on a user's credentials that only that user may perform on the root user (as
/// IAM keeps the root user out of other administrators' reach): its console password, its
/// access keys and its MFA devices.
pub const ROOT_CREDENTIALS: &[&str] = &[
    "iam:users:createLoginProfileV5",
    "iam:users:updateLoginProfileV5",
    "iam:users:deleteLoginProfileV5",
    "iam:credentials:createCredentialV5",
    "iam:credentials:updateCredentialV5",
    "iam:credentials:deleteCredentialV5",
    "iam:mfa:disableV5",
    "iam:mfa:deleteVirtualMFADeviceV5",
];

/// Allows `action` for `caller`, or answers 403 with an encoded authorization message.
pub fn authorize(state: &EmulatorState, caller: &Caller, action: &str, resource: &str) -> Result<(), Refusal> {
    let user = state.user(&caller.user_id);
    let root_of_another = ROOT_CREDENTIALS.contains(&action)
        && resource != caller.user_id
        && state.user(resource).is_some_and(|target| target.is_root_user);
    let denied = root_of_another || user.is_some_and(|u| u.deny.iter().any(|d| d == action));
    let own = OWN_CREDENTIALS.contains(&action) && resource == caller.user_id;
    let granted = user.is_some_and(|u| u.admin || own || SELF_SERVICE.contains(&action));
    if granted && !denied {
        return Ok(());
    }
    let principal = user.map(|u| iam_v5::user_urn(&state.account.id, &u.user_name)).unwrap_or_default();
    let message = serde_json::json!({
        "allowed": false,
        "explicitDeny": denied,
        "matchedStatements": [],
        "context": { "action": action, "resource": resource, "principal": principal },
    });
    let encoded = encode_message(&message.to_string());
    if root_of_another {
        return Err(forbidden_because(
            encoded,
            format!("You do not have permission to perform {action} on the root user: its credentials are managed by the root user only."),
        ));
    }
    Err(forbidden(encoded, action))
}

const MESSAGE_PREFIX: &str = "iam-emulator:";

/// "Encodes" a denial. Not secret here: the point is that clients must send it to STS.
pub fn encode_message(text: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(format!("{MESSAGE_PREFIX}{text}"))
}

/// Reverses [`encode_message`]; None for anything it did not make.
pub fn decode_message(encoded: &str) -> Option<String> {
    let bytes = base64::engine::general_purpose::STANDARD.decode(encoded.trim()).ok()?;
    String::from_utf8(bytes).ok()?.strip_prefix(MESSAGE_PREFIX).map(str::to_owned)
}
