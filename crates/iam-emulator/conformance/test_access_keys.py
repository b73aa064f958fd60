"""Access keys (`/v5/users/{user_id}/access-keys`), driven by the official SDK: each user
manages their own, at most two; the secret is answered once; an inactive key signs nothing;
"last used" follows the requests a key signed."""

from huaweicloudsdkiam.v5 import (
    CreateAccessKeyV5Request,
    DeleteAccessKeyV5Request,
    ListAccessKeysV5Request,
    ShowAccessKeyLastUsedV5Request,
    UpdateAccessKeyReqBody,
    UpdateAccessKeyV5Request,
)

from test_sdk import ADMIN, SELF, endpoint, iam, refused  # noqa: F401 (endpoint is a fixture)

SELF_ID = "u000000000000000000000000000self"
ADMIN_ID = "u0000000000000000000000000000adm"


def test_a_user_creates_deactivates_and_deletes_their_own_key(endpoint):
    client = iam(endpoint, SELF)
    listed = client.list_access_keys_v5(ListAccessKeysV5Request(user_id=SELF_ID))
    assert [k.access_key_id for k in listed.access_keys] == [SELF["access"]]
    assert listed.access_keys[0].status == "active" and listed.page_info.current_count == 1

    created = client.create_access_key_v5(CreateAccessKeyV5Request(user_id=SELF_ID))
    assert created.status_code == 201
    key = created.access_key
    assert len(key.access_key_id) == 20 and len(key.secret_access_key) == 40 and key.status == "active"
    assert key.user_id == SELF_ID and key.created_at is not None
    listed = client.list_access_keys_v5(ListAccessKeysV5Request(user_id=SELF_ID))
    assert {k.access_key_id for k in listed.access_keys} == {SELF["access"], key.access_key_id}
    assert not any(hasattr(k, "secret_access_key") for k in listed.access_keys), "the secret is answered once"

    limit = refused(lambda: client.create_access_key_v5(CreateAccessKeyV5Request(user_id=SELF_ID)))
    assert (limit.status_code, limit.error_code) == (400, "IAM.0021")

    # The new key signs, and that is its "last used"; then, inactive, it signs nothing.
    fresh = {"access": key.access_key_id, "secret": key.secret_access_key}
    iam(endpoint, fresh).list_access_keys_v5(ListAccessKeysV5Request(user_id=SELF_ID))
    used = client.show_access_key_last_used_v5(
        ShowAccessKeyLastUsedV5Request(user_id=SELF_ID, access_key_id=key.access_key_id)
    )
    assert used.access_key_last_used.last_used_at is not None
    body = UpdateAccessKeyReqBody(status="inactive")
    updated = client.update_access_key_v5(
        UpdateAccessKeyV5Request(user_id=SELF_ID, access_key_id=key.access_key_id, body=body)
    )
    assert (updated.access_key.access_key_id, updated.access_key.status) == (key.access_key_id, "inactive")
    inactive = refused(lambda: iam(endpoint, fresh).list_access_keys_v5(ListAccessKeysV5Request(user_id=SELF_ID)))
    assert (inactive.status_code, inactive.error_code) == (401, "APIGW.0301")

    deleted = client.delete_access_key_v5(DeleteAccessKeyV5Request(user_id=SELF_ID, access_key_id=key.access_key_id))
    assert deleted.status_code == 204
    listed = client.list_access_keys_v5(ListAccessKeysV5Request(user_id=SELF_ID))
    assert [k.access_key_id for k in listed.access_keys] == [SELF["access"]]
    gone = refused(
        lambda: client.delete_access_key_v5(DeleteAccessKeyV5Request(user_id=SELF_ID, access_key_id=key.access_key_id))
    )
    assert (gone.status_code, gone.error_code) == (404, "IAM.0004")


def test_a_key_never_used_has_no_last_used_time(endpoint):
    client = iam(endpoint, ADMIN)
    key = client.create_access_key_v5(CreateAccessKeyV5Request(user_id="u0000000000000000000000000000001")).access_key
    never = client.show_access_key_last_used_v5(
        ShowAccessKeyLastUsedV5Request(user_id=key.user_id, access_key_id=key.access_key_id)
    )
    assert never.access_key_last_used.last_used_at is None


def test_another_users_keys_need_permission_and_an_unknown_user_is_404(endpoint):
    denied = refused(lambda: iam(endpoint, SELF).list_access_keys_v5(ListAccessKeysV5Request(user_id=ADMIN_ID)))
    assert (denied.status_code, denied.error_code) == (403, "PAP5.0001")
    assert "iam:credentials:listCredentialsV5" in denied.error_msg
    listed = iam(endpoint, ADMIN).list_access_keys_v5(ListAccessKeysV5Request(user_id=SELF_ID))
    assert [k.access_key_id for k in listed.access_keys] == [SELF["access"]]
    unknown = refused(
        lambda: iam(endpoint, ADMIN).list_access_keys_v5(ListAccessKeysV5Request(user_id="u" + "9" * 31))
    )
    assert (unknown.status_code, unknown.error_code) == (404, "IAM.0004")
