//! Groups, tags and a new user, read and written by hand as [`json`](crate::json) and
//! [`json_encode`](crate::json_encode) do for the rest (no serde in the wasm);
//! `tests/json_decoding.rs` and `tests/json_encoding.rs` hold them to serde.

use iam_v5::{
    CreateGroupRequest, CreateUserRequest, Group, GroupMemberRequest, GroupResponse, ListGroupsResponse, PageInfo, Tag,
    TagsBody, UpdateGroupRequest,
};

use crate::json::{FromJson, Json};
use crate::json_encode::{Object, ToJson};

impl FromJson for Group {
    fn from_json(json: &Json) -> Option<Self> {
        Some(Group {
            group_id: json.str("group_id")?,
            group_name: json.str("group_name")?,
            created_at: json.str("created_at")?,
            urn: json.str("urn")?,
            description: json.str_or_empty("description")?,
        })
    }
}

impl FromJson for ListGroupsResponse {
    fn from_json(json: &Json) -> Option<Self> {
        let page = json.object("page_info")?;
        Some(ListGroupsResponse {
            groups: json.array("groups")?.iter().map(Group::from_json).collect::<Option<_>>()?,
            page_info: PageInfo {
                next_marker: page.opt_str("next_marker")?,
                current_count: page.u32("current_count")?,
            },
        })
    }
}

impl FromJson for GroupResponse {
    fn from_json(json: &Json) -> Option<Self> {
        Some(GroupResponse { group: Group::from_json(&json.object("group")?)? })
    }
}

impl FromJson for TagsBody {
    fn from_json(json: &Json) -> Option<Self> {
        Some(TagsBody { tags: json.array("tags")?.iter().map(Tag::from_json).collect::<Option<_>>()? })
    }
}

impl ToJson for CreateUserRequest {
    fn write_json(&self, out: &mut String) {
        Object::open(out)
            .field("name", &self.name)
            .optional("description", self.description.as_deref())
            .optional("enabled", self.enabled.as_ref())
            .close();
    }
}

impl ToJson for CreateGroupRequest {
    fn write_json(&self, out: &mut String) {
        Object::open(out)
            .field("group_name", &self.group_name)
            .optional("description", self.description.as_deref())
            .close();
    }
}

impl ToJson for UpdateGroupRequest {
    fn write_json(&self, out: &mut String) {
        Object::open(out)
            .optional("new_group_name", self.new_group_name.as_deref())
            .optional("new_group_description", self.new_group_description.as_deref())
            .close();
    }
}

impl ToJson for GroupMemberRequest {
    fn write_json(&self, out: &mut String) {
        Object::open(out).field("user_id", &self.user_id).close();
    }
}

impl ToJson for Tag {
    fn write_json(&self, out: &mut String) {
        Object::open(out).field("tag_key", &self.tag_key).field("tag_value", &self.tag_value).close();
    }
}

impl ToJson for TagsBody {
    fn write_json(&self, out: &mut String) {
        Object::open(out).field("tags", self.tags.as_slice()).close();
    }
}
