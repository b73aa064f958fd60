"""The root user's credentials, driven by the official SDK: an administrator reads them but
may not change its console password, its access keys or its MFA devices (403 `PAP5.0001`
with an encoded message that says so); the root user changes its own."""

from huaweicloudsdkiam.v5 import (
    CreateAccessKeyV5Request,
    DeleteAccessKeyV5Request,
    DeleteLoginProfileV5Request,
    DeleteVirtualMfaDeviceV5Request,
    DisableMfaDeviceReqBody,
    DisableMfaDeviceV5Request,
    ListAccessKeysV5Request,
    ShowLoginProfileV5Request,
    UpdateLoginProfileReqBody,
    UpdateLoginProfileV5Request,
)

from test_sdk import SEED, endpoint, iam, refused  # noqa: F401 (endpoint is a fixture)

ROOT = SEED["users"][-1]
ROOT_ID = ROOT["user_id"]
ROOT_KEYS = ROOT["access_keys"][0]
ROOT_MFA = ROOT["mfa_devices"][0]["serial_number"]


def changes(client):
    """Each change an administrator might try on the root user's credentials."""
    reset = UpdateLoginProfileReqBody(password="Taken-Over-Pass-1", password_reset_required=False)
    disable = DisableMfaDeviceReqBody(user_id=ROOT_ID, serial_number=ROOT_MFA)
    return [
        lambda: client.update_login_profile_v5(UpdateLoginProfileV5Request(user_id=ROOT_ID, body=reset)),
        lambda: client.delete_login_profile_v5(DeleteLoginProfileV5Request(user_id=ROOT_ID)),
        lambda: client.create_access_key_v5(CreateAccessKeyV5Request(user_id=ROOT_ID)),
        lambda: client.delete_access_key_v5(DeleteAccessKeyV5Request(user_id=ROOT_ID, access_key_id=ROOT_KEYS["access"])),
        lambda: client.disable_mfa_device_v5(DisableMfaDeviceV5Request(body=disable)),
        lambda: client.delete_virtual_mfa_device_v5(DeleteVirtualMfaDeviceV5Request(user_id=ROOT_ID, serial_number=ROOT_MFA)),
    ]


def test_an_administrator_reads_the_root_users_credentials_but_changes_none(endpoint):
    admin = iam(endpoint)
    assert admin.show_login_profile_v5(ShowLoginProfileV5Request(user_id=ROOT_ID)).login_profile.user_id == ROOT_ID
    keys = admin.list_access_keys_v5(ListAccessKeysV5Request(user_id=ROOT_ID)).access_keys
    assert [k.access_key_id for k in keys] == [ROOT_KEYS["access"]]
    for change in changes(admin):
        refusal = refused(change)
        assert (refusal.status_code, refusal.error_code) == (403, "PAP5.0001")
        assert "root user" in refusal.error_msg
    keys = admin.list_access_keys_v5(ListAccessKeysV5Request(user_id=ROOT_ID)).access_keys
    assert [k.access_key_id for k in keys] == [ROOT_KEYS["access"]], "nothing changed"


def test_the_root_user_changes_its_own(endpoint):
    root = iam(endpoint, ROOT_KEYS)
    created = root.create_access_key_v5(CreateAccessKeyV5Request(user_id=ROOT_ID))
    assert created.access_key.user_id == ROOT_ID
    reset = UpdateLoginProfileReqBody(password="Root-Password-22", password_reset_required=False)
    updated = root.update_login_profile_v5(UpdateLoginProfileV5Request(user_id=ROOT_ID, body=reset))
    assert updated.login_profile.user_id == ROOT_ID
