"""The emulator, driven by the official Huawei Cloud SDK (huaweicloudsdkiam v5, huaweicloudsdksts).

Run by `cargo xtask test` with IAM_EMULATOR set to the emulator binary. Every test gets a
fresh emulator from seed.json, so tests never see each other's changes.
"""

import json
import os
import pathlib
import subprocess

import pytest
import requests
from huaweicloudsdkcore.auth.credentials import BasicCredentials, GlobalCredentials
from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkcore.sdk_request import SdkRequest
from huaweicloudsdkcore.signer.signer import Signer
from huaweicloudsdkiam.v5 import (
    ChangePasswordReqBody,
    ChangePasswordV5Request,
    IamClient,
    ListUsersV5Request,
    ShowPasswordPolicyV5Request,
    ShowUserV5Request,
    UpdateUserReqBody,
    UpdateUserV5Request,
)
from huaweicloudsdksts.v1 import (
    DecodeAuthorizationMessageReq,
    DecodeAuthorizationMessageRequest,
    GetCallerIdentityRequest,
    StsClient,
)

HERE = pathlib.Path(__file__).parent
SEED = json.loads((HERE / "seed.json").read_text())
ACCOUNT = SEED["account"]["id"]
ADMIN = SEED["users"][0]["access_keys"][0]
SELF = SEED["users"][1]["access_keys"][0]


@pytest.fixture
def endpoint():
    process = subprocess.Popen(
        [os.environ["IAM_EMULATOR"], "--listen", "127.0.0.1:0", "--seed", str(HERE / "seed.json")],
        stdout=subprocess.PIPE,
        text=True,
    )
    line = process.stdout.readline().strip()
    assert line.startswith("listening on "), line
    yield line.removeprefix("listening on ")
    process.terminate()
    process.wait(timeout=10)


def credentials(keys):
    return GlobalCredentials(keys["access"], keys["secret"], ACCOUNT)


def iam(endpoint, keys=ADMIN):
    return IamClient.new_builder().with_credentials(credentials(keys)).with_endpoints([endpoint]).build()


def sts(endpoint, keys=ADMIN):
    # STS clients take project-scoped BasicCredentials; a fixed project id avoids a lookup.
    basic = BasicCredentials(keys["access"], keys["secret"], "0123456789abcdef0123456789abcdef")
    return StsClient.new_builder().with_credentials(basic).with_endpoints([endpoint]).build()


def refused(call):
    with pytest.raises(ClientRequestException) as raised:
        call()
    return raised.value


def change_password(endpoint, old, new):
    body = ChangePasswordReqBody(old_password=old, new_password=new)
    return iam(endpoint, SELF).change_password_v5(ChangePasswordV5Request(body=body))


def test_change_password_with_the_right_old_password(endpoint):
    response = change_password(endpoint, "Self-Password-1", "Brand-New-Pass-2")
    assert response.status_code == 200
    # The new password is now the current one.
    assert change_password(endpoint, "Brand-New-Pass-2", "Third-New-Pass-3").status_code == 200


def test_change_password_with_a_wrong_old_password(endpoint):
    error = refused(lambda: change_password(endpoint, "wrong-password", "Brand-New-Pass-2"))
    assert (error.status_code, error.error_code) == (400, "1103")
    assert error.request_id, "the SDK reads the request id from X-Request-Id"


@pytest.mark.parametrize(
    "new, code, words",
    [
        ("Sh0rt-1", "1118", "10 to 32 characters"),
        ("alllowercaseletters", "1118", "at least 3"),
        ("Paasss-word-1", "1118", "identical characters"),
        ("Self-Password-1", "1108", "different from the old"),
    ],
)
def test_policy_violations_are_refused_with_the_shared_rules(endpoint, new, code, words):
    error = refused(lambda: change_password(endpoint, "Self-Password-1", new))
    assert (error.status_code, error.error_code) == (400, code)
    assert words in error.error_msg


def test_update_user_valid(endpoint):
    body = UpdateUserReqBody(new_user_name="user one", new_description="First user", enabled=False)
    response = iam(endpoint).update_user_v5(UpdateUserV5Request(user_id="u0000000000000000000000000000001", body=body))
    assert response.user.user_name == "user one"
    assert response.user.description == "First user"
    assert response.user.enabled is False
    assert response.user.urn == f"iam::{ACCOUNT}:user:user one"


def test_update_user_invalid_name(endpoint):
    body = UpdateUserReqBody(new_user_name="1-starts-with-digit")
    error = refused(lambda: iam(endpoint).update_user_v5(UpdateUserV5Request(user_id="u0000000000000000000000000000001", body=body)))
    assert (error.status_code, error.error_code) == (400, "IAM.0007")
    assert "new_user_name" in error.error_msg


def test_update_user_name_conflict(endpoint):
    body = UpdateUserReqBody(new_user_name="user-2")
    error = refused(lambda: iam(endpoint).update_user_v5(UpdateUserV5Request(user_id="u0000000000000000000000000000001", body=body)))
    assert (error.status_code, error.error_code) == (409, "1109")
    assert error.request_id


def test_show_user_with_tags(endpoint):
    response = iam(endpoint).show_user_v5(ShowUserV5Request(user_id="u0000000000000000000000000000001"))
    assert response.user.user_name == "user-1"
    assert [(t.tag_key, t.tag_value) for t in response.user.tags] == [("team", "a")]
    error = refused(lambda: iam(endpoint).show_user_v5(ShowUserV5Request(user_id="nobody")))
    assert (error.status_code, error.error_code) == (404, "IAM.0004")


def test_list_users_across_several_pages(endpoint):
    client, names, marker, pages = iam(endpoint), [], None, 0
    while True:
        response = client.list_users_v5(ListUsersV5Request(limit=2, marker=marker))
        pages += 1
        names += [u.user_name for u in response.users]
        marker = response.page_info.next_marker
        if not marker:
            break
    assert pages == 4
    assert names == [u["user_name"] for u in SEED["users"]]


def test_list_users_by_access_key_and_group(endpoint):
    client = iam(endpoint)
    owner = client.list_users_v5(ListUsersV5Request(access_key_id=SELF["access"]))
    assert [u.user_name for u in owner.users] == ["selfie"] and owner.page_info.next_marker is None
    nobody = client.list_users_v5(ListUsersV5Request(access_key_id="NOSUCHACCESSKEY00000"))
    assert nobody.users == [] and nobody.page_info.current_count == 0
    group = refused(lambda: client.list_users_v5(ListUsersV5Request(group_id="0" * 32)))
    assert (group.status_code, group.error_code) == (404, "IAM.0004")


def test_show_password_policy(endpoint):
    policy = iam(endpoint, SELF).show_password_policy_v5(ShowPasswordPolicyV5Request()).password_policy
    assert policy.minimum_password_length == 10
    assert policy.password_char_combination == 3
    assert policy.maximum_consecutive_identical_chars == 2


def test_caller_identity(endpoint):
    identity = sts(endpoint, SELF).get_caller_identity(GetCallerIdentityRequest())
    assert identity.principal_urn == f"iam::{ACCOUNT}:user:selfie"
    assert identity.principal_id == "u000000000000000000000000000self"


def test_403_carries_a_message_sts_decodes(endpoint):
    error = refused(lambda: iam(endpoint, SELF).list_users_v5(ListUsersV5Request()))
    assert (error.status_code, error.error_code) == (403, "PAP5.0001")
    assert error.request_id
    # The SDK's exception has no field for the encoded message: read the same 403 raw,
    # signed by the SDK's own signer, and have STS decode it.
    response = _signed(endpoint, SELF, "GET", "/v5/users", b"")
    assert response.status_code == 403
    message = response.json()["encoded_authorization_message"]
    decoded = sts(endpoint, SELF).decode_authorization_message(
        DecodeAuthorizationMessageRequest(body=DecodeAuthorizationMessageReq(encoded_message=message))
    )
    assert "iam:users:listUsersV5" in decoded.decoded_message


def _signed(endpoint, keys, method, path, body, tamper=None):
    host = endpoint.removeprefix("http://")
    request = SdkRequest(method=method, schema="http", host=host, resource_path=path, query_params=[],
                         header_params={"Content-Type": "application/json"}, body=body)
    Signer(credentials(keys)).sign(request)
    return requests.request(method, f"{endpoint}{path}", headers=request.header_params,
                            data=tamper if tamper is not None else body, timeout=10)


def test_sdk_signed_requests_verify_and_a_changed_byte_is_refused(endpoint):
    body = json.dumps({"new_description": "signed by the SDK"}).encode()
    path = "/v5/users/u0000000000000000000000000000002"
    assert _signed(endpoint, ADMIN, "PUT", path, body).status_code == 200
    tampered = body.replace(b"SDK", b"SDX")
    response = _signed(endpoint, ADMIN, "PUT", path, body, tamper=tampered)
    assert response.status_code == 401
    assert response.json()["error_code"] == "APIGW.0301"


def test_every_response_carries_a_request_id(endpoint):
    for response in [
        requests.get(f"{endpoint}/v5/users", timeout=10),
        requests.get(f"{endpoint}/v5/no-such-thing", timeout=10),
        _signed(endpoint, SELF, "GET", "/v5/caller-identity", b""),
        _signed(endpoint, ADMIN, "GET", "/v5/users/nobody", b""),
    ]:
        assert response.headers.get("X-Request-Id"), response.url
