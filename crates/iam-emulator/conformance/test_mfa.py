"""MFA devices (`/v5/mfa-devices`, `/v5/virtual-mfa-devices`), driven by the official SDK: an
administrator lists a user's devices (or the account's), disables one and then deletes it, as
for a lost phone; users list their own; nothing else without permission."""

from huaweicloudsdkiam.v5 import (
    DeleteVirtualMfaDeviceV5Request,
    DisableMfaDeviceReqBody,
    DisableMfaDeviceV5Request,
    ListMfaDevicesV5Request,
)

from test_sdk import SELF, endpoint, iam, refused  # noqa: F401 (endpoint is a fixture)

SELF_ID = "u000000000000000000000000000self"
USER_2 = "u0000000000000000000000000000002"
SERIAL_2 = "iam/mfa/c0ffee00c0ffee00c0ffee00c0ffee00/user-2"
ROOT_ID = "u000000000000000000000000000root"


def listed(endpoint, user_id=None, keys=None):
    client = iam(endpoint) if keys is None else iam(endpoint, keys)
    return client.list_mfa_devices_v5(ListMfaDevicesV5Request(user_id=user_id))


def test_an_administrator_disables_then_deletes_a_lost_device(endpoint):
    devices = listed(endpoint, USER_2).mfa_devices
    assert [(d.serial_number, d.user_id, d.enabled) for d in devices] == [(SERIAL_2, USER_2, True)]
    assert {d.user_id for d in listed(endpoint).mfa_devices} == {USER_2, SELF_ID, ROOT_ID}

    delete = DeleteVirtualMfaDeviceV5Request(user_id=USER_2, serial_number=SERIAL_2)
    enabled = refused(lambda: iam(endpoint).delete_virtual_mfa_device_v5(delete))
    assert (enabled.status_code, enabled.error_code) == (409, "IAM.0022")

    body = DisableMfaDeviceReqBody(user_id=USER_2, serial_number=SERIAL_2)
    disabled = iam(endpoint).disable_mfa_device_v5(DisableMfaDeviceV5Request(body=body))
    assert disabled.status_code == 200
    assert [d.enabled for d in listed(endpoint, USER_2).mfa_devices] == [False]

    deleted = iam(endpoint).delete_virtual_mfa_device_v5(delete)
    assert deleted.status_code == 204
    assert listed(endpoint, USER_2).mfa_devices == []
    gone = refused(lambda: iam(endpoint).delete_virtual_mfa_device_v5(delete))
    assert (gone.status_code, gone.error_code) == (404, "IAM.0004")


def test_users_list_their_own_devices_and_nothing_more(endpoint):
    mine = listed(endpoint, SELF_ID, SELF).mfa_devices
    assert [(d.user_id, d.enabled) for d in mine] == [(SELF_ID, False)]

    others = refused(lambda: listed(endpoint, USER_2, SELF))
    assert (others.status_code, others.error_code) == (403, "PAP5.0001")
    assert "iam:mfa:listMFADevicesV5" in others.error_msg
    account = refused(lambda: listed(endpoint, None, SELF))
    assert account.status_code == 403

    body = DisableMfaDeviceReqBody(user_id=USER_2, serial_number=SERIAL_2)
    disable = refused(lambda: iam(endpoint, SELF).disable_mfa_device_v5(DisableMfaDeviceV5Request(body=body)))
    assert (disable.status_code, disable.error_code) == (403, "PAP5.0001")
    unknown = DisableMfaDeviceReqBody(user_id=USER_2, serial_number="iam/mfa/none")
    missing = refused(lambda: iam(endpoint).disable_mfa_device_v5(DisableMfaDeviceV5Request(body=unknown)))
    assert missing.status_code == 404
