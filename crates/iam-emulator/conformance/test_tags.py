"""A user's tags (`/v5/user/{user_id}/tags`, `tags/create`, `tags/delete`), driven by the
official SDK: added, changed by key, removed; the contract's rules and the limit of 20."""

from huaweicloudsdkiam.v5 import (
    DeleteResourceTagsV5Request,
    ListResourceTagsV5Request,
    Tag,
    TagResourceV5Request,
    Tags,
)

from test_sdk import SELF, endpoint, iam, refused  # noqa: F401 (endpoint is a fixture)

USER_1 = "u0000000000000000000000000000001"


def listed(endpoint, user_id=USER_1):
    tags = iam(endpoint).list_resource_tags_v5(ListResourceTagsV5Request(resource_type="user", resource_id=user_id)).tags
    return [(t.tag_key, t.tag_value) for t in tags]


def tag(endpoint, pairs, keys=None):
    client = iam(endpoint) if keys is None else iam(endpoint, keys)
    body = Tags(tags=[Tag(tag_key=k, tag_value=v) for k, v in pairs])
    return client.tag_resource_v5(TagResourceV5Request(resource_type="user", resource_id=USER_1, body=body))


def untag(endpoint, keys):
    request = DeleteResourceTagsV5Request(resource_type="user", resource_id=USER_1, body=keys)
    return iam(endpoint).delete_resource_tags_v5(request)


def test_tags_are_added_changed_and_removed(endpoint):
    assert listed(endpoint) == [("team", "a")], "as seeded"
    added = tag(endpoint, [("team", "payments"), ("cost-center", "42")])
    assert [(t.tag_key, t.tag_value) for t in added.tags] == [("team", "payments"), ("cost-center", "42")]
    tag(endpoint, [("team", "billing"), ("成本", "")])
    assert listed(endpoint) == [("team", "billing"), ("cost-center", "42"), ("成本", "")]
    assert untag(endpoint, ["cost-center", "not-there"]).status_code == 204
    assert listed(endpoint) == [("team", "billing"), ("成本", "")]


def test_a_tag_against_the_rules_is_refused_by_its_place(endpoint):
    refusal = refused(lambda: tag(endpoint, [("ok", "1"), ("_sys_owner", "x")]))
    assert (refusal.status_code, refusal.error_code) == (400, "IAM.0007")
    assert refusal.error_msg == "tags[1].tag_key: Tag key must not start with _sys_."
    value = refused(lambda: tag(endpoint, [("owner", "a<b")]))
    assert value.error_msg == "tags[0].tag_value: Tag value must not contain these characters: <."
    assert listed(endpoint) == [("team", "a")], "nothing of a refused set is kept"


def test_twenty_tags_at_most_and_others_need_permission(endpoint):
    tag(endpoint, [(f"k{n}", "") for n in range(14)])
    tag(endpoint, [(f"k{n}", "changed") for n in range(10)])
    assert len(listed(endpoint)) == 15, "the seeded tag and 14 more; changed values add none"
    too_many = refused(lambda: tag(endpoint, [(f"x{n}", "") for n in range(6)]))
    assert (too_many.status_code, too_many.error_code) == (400, "IAM.0007")
    assert "at most 20 tags" in too_many.error_msg
    assert len(listed(endpoint)) == 15
    denied = refused(lambda: tag(endpoint, [("team", "x")], SELF))
    assert (denied.status_code, denied.error_code) == (403, "PAP5.0001")
