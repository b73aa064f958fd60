//! MFA devices (`/v5/mfa-devices`, `/v5/virtual-mfa-devices`), as URL builders and one
//! method a call: a user's "MFA devices", and "Remove" for a lost phone.

use gloo_net::http::Method;
use iam_v5::signer::percent_encode;
use iam_v5::{DisableMfaDeviceRequest, ListMfaDevicesResponse, MfaDevice};

use super::cache::Freshness;
use super::client::Client;
use super::error::ApiResult;
use crate::credentials::Credentials;

/// `/v5/mfa-devices?user_id=…`.
pub fn mfa_devices_path(user_id: &str) -> String {
    format!("/v5/mfa-devices?user_id={}", percent_encode(user_id))
}

/// `/v5/virtual-mfa-devices?user_id=…&serial_number=…`.
pub fn virtual_mfa_device_path(user_id: &str, serial_number: &str) -> String {
    format!(
        "/v5/virtual-mfa-devices?user_id={}&serial_number={}",
        percent_encode(user_id),
        percent_encode(serial_number)
    )
}

impl Client {
    /// `GET /v5/mfa-devices?user_id=`: the user's devices, as the server has them now.
    pub async fn mfa_devices(&self, credentials: &Credentials, user_id: &str) -> ApiResult<Vec<MfaDevice>> {
        let answer: ListMfaDevicesResponse = self.get(credentials, &mfa_devices_path(user_id), Freshness::Now).await?;
        Ok(answer.mfa_devices)
    }

    /// Removes a device, as for a lost phone: `POST /v5/mfa-devices/disable` when it is
    /// enabled, then `DELETE /v5/virtual-mfa-devices` (IAM deletes only a disabled one).
    pub async fn remove_mfa_device(&self, credentials: &Credentials, device: &MfaDevice) -> ApiResult<()> {
        if device.enabled {
            let body = DisableMfaDeviceRequest {
                user_id: device.user_id.clone(),
                serial_number: device.serial_number.clone(),
            };
            let () = self.send(credentials, Method::POST, "/v5/mfa-devices/disable", &body).await?;
        }
        let path = virtual_mfa_device_path(&device.user_id, &device.serial_number);
        self.send_without_body(credentials, Method::DELETE, &path).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_paths_encode_what_they_carry() {
        assert_eq!(mfa_devices_path("u 1"), "/v5/mfa-devices?user_id=u%201");
        assert_eq!(
            virtual_mfa_device_path("u1", "iam/mfa/a/u&1"),
            "/v5/virtual-mfa-devices?user_id=u1&serial_number=iam%2Fmfa%2Fa%2Fu%261"
        );
    }
}
