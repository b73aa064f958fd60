"""A user's first day and last (`POST /v5/users`, `DELETE /v5/users/{user_id}`), driven by the
official SDK: a new user is made with the contract's rules, a taken name is a 409; deleting
takes the user out of their groups, and is refused (409) while an MFA device is bound."""

from huaweicloudsdkiam.v5 import (
    CreateUserReqBody,
    CreateUserV5Request,
    DeleteUserV5Request,
    ListUsersV5Request,
    ShowUserV5Request,
)

from test_sdk import ACCOUNT, SELF, endpoint, iam, refused  # noqa: F401 (endpoint is a fixture)


def create(endpoint, keys=None, **body):
    client = iam(endpoint) if keys is None else iam(endpoint, keys)
    return client.create_user_v5(CreateUserV5Request(body=CreateUserReqBody(**body)))


def test_a_new_user_is_made_once_and_by_the_rules(endpoint):
    made = create(endpoint, name="carol", description="New in payments", enabled=False)
    assert made.status_code == 201
    user = made.user
    assert (user.user_name, user.description, user.enabled, user.is_root_user) == ("carol", "New in payments", False, False)
    assert len(user.user_id) == 32
    assert user.urn == f"iam::{ACCOUNT}:user:carol"
    shown = iam(endpoint).show_user_v5(ShowUserV5Request(user_id=user.user_id)).user
    assert (shown.user_name, shown.tags) == ("carol", [])

    plain = create(endpoint, name="dave").user
    assert (plain.description, plain.enabled) == ("", True)

    taken = refused(lambda: create(endpoint, name="carol"))
    assert (taken.status_code, taken.error_code) == (409, "1109")
    bad = refused(lambda: create(endpoint, name="9lives", description="a<b"))
    assert (bad.status_code, bad.error_code) == (400, "IAM.0007")
    assert "name: User name must not start with a digit." in bad.error_msg
    assert "description: Description must not contain these characters: <." in bad.error_msg
    denied = refused(lambda: create(endpoint, SELF, name="eve"))
    assert (denied.status_code, denied.error_code) == (403, "PAP5.0001")


def test_a_deleted_user_leaves_their_groups_and_a_bound_mfa_device_is_refused(endpoint):
    user = "u0000000000000000000000000000001"
    deleted = iam(endpoint).delete_user_v5(DeleteUserV5Request(user_id=user))
    assert deleted.status_code == 204
    gone = refused(lambda: iam(endpoint).show_user_v5(ShowUserV5Request(user_id=user)))
    assert (gone.status_code, gone.error_code) == (404, "IAM.0004")
    again = refused(lambda: iam(endpoint).delete_user_v5(DeleteUserV5Request(user_id=user)))
    assert again.status_code == 404
    readers = iam(endpoint).list_users_v5(ListUsersV5Request(group_id="group-readers")).users
    assert [u.user_name for u in readers] == ["user-2"], "user-1 left the group"

    with_mfa = "u0000000000000000000000000000002"
    attached = refused(lambda: iam(endpoint).delete_user_v5(DeleteUserV5Request(user_id=with_mfa)))
    assert (attached.status_code, attached.error_code) == (409, "IAM.0023")
    assert "MFA device" in attached.error_msg and attached.request_id

    denied = refused(lambda: iam(endpoint, SELF).delete_user_v5(DeleteUserV5Request(user_id=with_mfa)))
    assert denied.status_code == 403
