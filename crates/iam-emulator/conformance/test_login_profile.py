"""The login profile (`/v5/users/{user_id}/login-profile`), driven by the official SDK: an
administrator resets a password and asks for a new one at the next sign-in, removes console
access and gives it back; users read their own; the policy applies to every password set."""

from huaweicloudsdkiam.v5 import (
    ChangePasswordReqBody,
    ChangePasswordV5Request,
    CreateLoginProfileReqBody,
    CreateLoginProfileV5Request,
    DeleteLoginProfileV5Request,
    ShowLoginProfileV5Request,
    UpdateLoginProfileReqBody,
    UpdateLoginProfileV5Request,
)

from test_sdk import ADMIN, SEED, SELF, endpoint, iam, refused  # noqa: F401 (endpoint is a fixture)

SELF_ID = "u000000000000000000000000000self"
ADMIN_ID = "u0000000000000000000000000000adm"


def show(endpoint, keys, user_id):
    return iam(endpoint, keys).show_login_profile_v5(ShowLoginProfileV5Request(user_id=user_id)).login_profile


def test_an_administrator_resets_a_password_and_the_user_is_asked_no_more_once_changed(endpoint):
    mine = show(endpoint, SELF, SELF_ID)
    assert (mine.user_id, mine.password_reset_required) == (SELF_ID, False)
    assert mine.created_at is not None

    body = UpdateLoginProfileReqBody(password="Reset-Password-9", password_reset_required=True)
    updated = iam(endpoint).update_login_profile_v5(UpdateLoginProfileV5Request(user_id=SELF_ID, body=body))
    assert updated.login_profile.password_reset_required is True
    assert show(endpoint, SELF, SELF_ID).password_reset_required is True

    weak = UpdateLoginProfileReqBody(password="short")
    refusal = refused(lambda: iam(endpoint).update_login_profile_v5(UpdateLoginProfileV5Request(user_id=SELF_ID, body=weak)))
    assert (refusal.status_code, refusal.error_code) == (400, "1118")

    change = ChangePasswordReqBody(old_password="Reset-Password-9", new_password="Own-Password-10")
    iam(endpoint, SELF).change_password_v5(ChangePasswordV5Request(body=change))
    assert show(endpoint, SELF, SELF_ID).password_reset_required is False


def test_console_access_is_removed_and_given_back_and_others_need_permission(endpoint):
    denied = refused(lambda: show(endpoint, SELF, ADMIN_ID))
    assert (denied.status_code, denied.error_code) == (403, "PAP5.0001")
    assert "iam:users:showLoginProfileV5" in denied.error_msg

    user = "u0000000000000000000000000000001"
    deleted = iam(endpoint).delete_login_profile_v5(DeleteLoginProfileV5Request(user_id=user))
    assert deleted.status_code == 204
    gone = refused(lambda: show(endpoint, ADMIN, user))
    assert (gone.status_code, gone.error_code) == (404, "IAM.0004")

    body = CreateLoginProfileReqBody(password="Given-Back-Pass-1", password_reset_required=True)
    created = iam(endpoint).create_login_profile_v5(CreateLoginProfileV5Request(user_id=user, body=body))
    assert created.status_code == 201
    assert (created.login_profile.user_id, created.login_profile.password_reset_required) == (user, True)
    again = refused(lambda: iam(endpoint).create_login_profile_v5(CreateLoginProfileV5Request(user_id=user, body=body)))
    assert again.status_code == 409

    self_made = refused(
        lambda: iam(endpoint, SELF).create_login_profile_v5(CreateLoginProfileV5Request(user_id=ADMIN_ID, body=body))
    )
    assert self_made.status_code == 403
