"""User groups (`GET /v5/groups`, `POST /v5/groups`, `add-user`, `remove-user`) and a
group's members (`GET /v5/users?group_id=`), driven by the official SDK."""

from huaweicloudsdkiam.v5 import (
    AddUserToGroupReqBody,
    AddUserToGroupV5Request,
    CreateGroupReqBody,
    CreateGroupV5Request,
    DeleteGroupV5Request,
    ListGroupsV5Request,
    ListUsersV5Request,
    RemoveUserFromGroupReqBody,
    RemoveUserFromGroupV5Request,
    ShowGroupV5Request,
    UpdateGroupReqBody,
    UpdateGroupV5Request,
)

from test_sdk import ACCOUNT, SELF, endpoint, iam, refused  # noqa: F401 (endpoint is a fixture)

USER_1 = "u0000000000000000000000000000001"
USER_3 = "u0000000000000000000000000000003"


def groups(endpoint, **query):
    return iam(endpoint).list_groups_v5(ListGroupsV5Request(**query))


def members(endpoint, group_id):
    return [u.user_name for u in iam(endpoint).list_users_v5(ListUsersV5Request(group_id=group_id)).users]


def add(endpoint, group_id, user_id):
    body = AddUserToGroupReqBody(user_id=user_id)
    return iam(endpoint).add_user_to_group_v5(AddUserToGroupV5Request(group_id=group_id, body=body))


def remove(endpoint, group_id, user_id):
    body = RemoveUserFromGroupReqBody(user_id=user_id)
    return iam(endpoint).remove_user_from_group_v5(RemoveUserFromGroupV5Request(group_id=group_id, body=body))


def test_groups_page_with_the_marker_and_a_users_groups_are_theirs(endpoint):
    first = groups(endpoint, limit=2)
    assert [g.group_name for g in first.groups] == ["readers", "writers"]
    assert first.page_info.current_count == 2
    rest = groups(endpoint, limit=2, marker=first.page_info.next_marker)
    assert [g.group_name for g in rest.groups] == ["empty"]
    assert rest.page_info.next_marker is None
    readers = first.groups[0]
    assert (readers.group_id, readers.description, readers.urn) == ("group-readers", "Read everything", f"iam::{ACCOUNT}:group:readers")
    assert readers.created_at is not None
    assert [g.group_name for g in groups(endpoint, user_id=USER_1).groups] == ["readers", "writers"]
    assert groups(endpoint, user_id=USER_3).groups == []
    assert members(endpoint, "group-readers") == ["user-1", "user-2"]


def test_a_user_joins_and_leaves_a_group(endpoint):
    assert add(endpoint, "group-empty", USER_3).status_code == 200
    assert add(endpoint, "group-empty", USER_3).status_code == 200, "joining twice changes nothing"
    assert members(endpoint, "group-empty") == ["user-3"]
    assert [g.group_name for g in groups(endpoint, user_id=USER_3).groups] == ["empty"]
    assert remove(endpoint, "group-empty", USER_3).status_code == 200
    assert members(endpoint, "group-empty") == []
    not_in = refused(lambda: remove(endpoint, "group-empty", USER_3))
    assert (not_in.status_code, not_in.error_code) == (404, "IAM.0004")


def test_unknown_groups_and_users_are_404_and_others_need_permission(endpoint):
    for call in (
        lambda: add(endpoint, "group-nope", USER_3),
        lambda: members(endpoint, "group-nope"),
        lambda: add(endpoint, "group-empty", "u00000000000000000000000000nope0"),
        lambda: groups(endpoint, user_id="u00000000000000000000000000nope0"),
    ):
        refusal = refused(call)
        assert (refusal.status_code, refusal.error_code) == (404, "IAM.0004")
    denied = refused(lambda: iam(endpoint, SELF).list_groups_v5(ListGroupsV5Request()))
    assert (denied.status_code, denied.error_code) == (403, "PAP5.0001")
    assert "iam:groups:listGroupsV5" in denied.error_msg


def create(endpoint, name, description=None, credentials=None):
    body = CreateGroupReqBody(group_name=name, description=description)
    client = iam(endpoint, credentials) if credentials else iam(endpoint)
    return client.create_group_v5(CreateGroupV5Request(body=body))


def test_a_new_group_is_listed_and_a_taken_or_broken_name_is_refused(endpoint):
    made = create(endpoint, "测试 team_{1}", "Try things").group
    assert (made.group_name, made.description) == ("测试 team_{1}", "Try things")
    assert made.urn.endswith(":group:测试 team_{1}") and made.group_id and made.created_at
    assert "测试 team_{1}" in [g.group_name for g in groups(endpoint, limit=100).groups]
    taken = refused(lambda: create(endpoint, "测试 team_{1}"))
    assert (taken.status_code, taken.error_code) == (409, "1109")
    broken = refused(lambda: create(endpoint, "a.b", "x<y"))
    assert (broken.status_code, broken.error_code) == (400, "IAM.0007")
    assert "group_name: Group name must not contain these characters: ." in broken.error_msg
    assert "description: Description must not contain these characters: <." in broken.error_msg
    denied = refused(lambda: create(endpoint, "testers", credentials=SELF))
    assert (denied.status_code, denied.error_code) == (403, "PAP5.0001")
    assert "iam:groups:createGroupV5" in denied.error_msg


def test_a_group_is_read_renamed_and_deleted_once_it_has_no_members(endpoint):
    client = iam(endpoint)
    made = create(endpoint, "builders").group
    shown = client.show_group_v5(ShowGroupV5Request(group_id=made.group_id)).group
    assert (shown.group_name, shown.group_id) == ("builders", made.group_id)
    body = UpdateGroupReqBody(new_group_name="makers", new_group_description="Make things")
    changed = client.update_group_v5(UpdateGroupV5Request(group_id=made.group_id, body=body)).group
    assert (changed.group_name, changed.description) == ("makers", "Make things")
    assert changed.urn.endswith(":group:makers")
    create(endpoint, "testers")
    rename = UpdateGroupV5Request(group_id=made.group_id, body=UpdateGroupReqBody(new_group_name="testers"))
    taken = refused(lambda: client.update_group_v5(rename))
    assert (taken.status_code, taken.error_code) == (409, "1109")
    add(endpoint, made.group_id, USER_3)
    busy = refused(lambda: client.delete_group_v5(DeleteGroupV5Request(group_id=made.group_id)))
    assert (busy.status_code, busy.error_code) == (409, "IAM.0025")
    remove(endpoint, made.group_id, USER_3)
    client.delete_group_v5(DeleteGroupV5Request(group_id=made.group_id))
    gone = refused(lambda: client.show_group_v5(ShowGroupV5Request(group_id=made.group_id)))
    assert (gone.status_code, gone.error_code) == (404, "IAM.0004")
