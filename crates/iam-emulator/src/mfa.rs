//! `/v5/mfa-devices` and `/v5/virtual-mfa-devices`: the MFA devices of users. An
//! administrator whose user lost the phone with the authenticator app disables the device,
//! then deletes it (a virtual device is deleted only once disabled, 409 before). Each user
//! may list their own (`auth::OWN_CREDENTIALS`).

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::Extension;
use iam_v5::error::codes;
use iam_v5::{DisableMfaDeviceRequest, ListMfaDevicesResponse, MfaDevice, PageInfo};

use iam_v5::signer::parse_query;

use crate::auth::{authorize, Caller};
use crate::emulator::Emulator;
use crate::handler::{allowed_user, json_body, ok};
use crate::respond::{error, Answer, Refusal};
use crate::seed::SeedMfaDevice;
use crate::state::UserRecord;

fn devices(user: &UserRecord) -> impl Iterator<Item = MfaDevice> + '_ {
    user.mfa_devices.iter().map(|d| MfaDevice {
        serial_number: d.serial_number.clone(),
        user_id: user.user_id.clone(),
        enabled: d.enabled,
    })
}

fn not_found_device(serial_number: &str) -> Refusal {
    error(StatusCode::NOT_FOUND, codes::NOT_FOUND, format!("The MFA device {serial_number} does not exist."))
}

fn device<'u>(user: &'u mut UserRecord, serial_number: &str) -> Result<&'u mut SeedMfaDevice, Refusal> {
    user.mfa_devices
        .iter_mut()
        .find(|d| d.serial_number == serial_number)
        .ok_or_else(|| not_found_device(serial_number))
}

/// The query's parameters by name (later ones win).
fn query(raw: Option<String>) -> std::collections::HashMap<String, String> {
    parse_query(raw.as_deref().unwrap_or("")).into_iter().collect()
}

/// `GET /v5/mfa-devices?user_id=`: one user's devices, or the whole account's without it.
pub async fn list(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    RawQuery(raw): RawQuery,
) -> Answer {
    let action = "iam:mfa:listMFADevicesV5";
    let mut state = emulator.state();
    let mfa_devices: Vec<MfaDevice> = match query(raw).get("user_id") {
        Some(user_id) => devices(allowed_user(&mut state, &caller, action, user_id)?).collect(),
        None => {
            authorize(&state, &caller, action, "*")?;
            state.users.iter().flat_map(devices).collect()
        }
    };
    let page_info = PageInfo { next_marker: None, current_count: mfa_devices.len() as u32 };
    ok(ListMfaDevicesResponse { mfa_devices, page_info })
}

/// `POST /v5/mfa-devices/disable` `{"user_id", "serial_number"}`: 200 with no body.
pub async fn disable(State(emulator): State<Emulator>, Extension(caller): Extension<Caller>, body: Bytes) -> Answer {
    let request: DisableMfaDeviceRequest = json_body(&body)?;
    let mut state = emulator.state();
    let user = allowed_user(&mut state, &caller, "iam:mfa:disableV5", &request.user_id)?;
    device(user, &request.serial_number)?.enabled = false;
    emulator.persist(&mut state)?;
    Ok(StatusCode::OK.into_response())
}

/// `DELETE /v5/virtual-mfa-devices?user_id=&serial_number=`: 204; 409 while enabled.
pub async fn delete_virtual(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    RawQuery(raw): RawQuery,
) -> Answer {
    let query = query(raw);
    let (Some(user_id), Some(serial_number)) = (query.get("user_id"), query.get("serial_number")) else {
        return Err(error(
            StatusCode::BAD_REQUEST,
            codes::INVALID_PARAMETER,
            "user_id and serial_number are required.",
        ));
    };
    let mut state = emulator.state();
    let user = allowed_user(&mut state, &caller, "iam:mfa:deleteVirtualMFADeviceV5", user_id)?;
    if device(user, serial_number)?.enabled {
        return Err(error(
            StatusCode::CONFLICT,
            codes::MFA_DEVICE_ENABLED,
            format!("The MFA device {serial_number} is enabled: disable it first."),
        ));
    }
    user.mfa_devices.retain(|d| &d.serial_number != serial_number);
    emulator.persist(&mut state)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
