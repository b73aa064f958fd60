//! User groups: `GET /v5/groups` (the account's, or a user's with `user_id`),
//! `POST /v5/groups`, `GET|PUT|DELETE /v5/groups/{group_id}` and
//! `POST /v5/groups/{group_id}/add-user` / `remove-user`.

use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::{rules, PageInfo};

/// A user group as IAM lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    /// 1-64 letters, digits and `-`.
    pub group_id: String,
    /// 1-128 characters.
    pub group_name: String,
    /// RFC 3339 creation time.
    pub created_at: String,
    /// `iam::<account>:group:<name>`.
    pub urn: String,
    /// 0-255 characters.
    #[serde(default)]
    pub description: String,
}

/// Answer of `GET /v5/groups`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListGroupsResponse {
    /// This page of groups.
    pub groups: Vec<Group>,
    /// Where the next page starts.
    pub page_info: PageInfo,
}

/// Body of `POST /v5/groups` (the SDK's `CreateGroupReqBody`).
///
/// ```
/// use iam_v5::CreateGroupRequest;
/// use validator::Validate;
/// assert!(CreateGroupRequest { group_name: "developers".into(), description: None }.validate().is_ok());
/// assert!(CreateGroupRequest { group_name: "a<b".into(), description: None }.validate().is_err());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
pub struct CreateGroupRequest {
    /// 1-128 letters, digits, spaces, `_ - { }`.
    #[validate(custom(function = "rules::group_name"))]
    pub group_name: String,
    /// The same rules as a user's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(custom(function = "rules::description"))]
    pub description: Option<String>,
}

/// Body of `PUT /v5/groups/{group_id}` (the SDK's `UpdateGroupReqBody`): only what changes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
pub struct UpdateGroupRequest {
    /// The same rules as a new group's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(custom(function = "rules::group_name"))]
    pub new_group_name: Option<String>,
    /// The same rules as a user's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(custom(function = "rules::description"))]
    pub new_group_description: Option<String>,
}

/// Answer of `POST /v5/groups`, `GET` and `PUT /v5/groups/{group_id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupResponse {
    pub group: Group,
}

/// Body of `POST /v5/groups/{group_id}/add-user` and `remove-user`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupMemberRequest {
    /// The user who joins or leaves the group.
    pub user_id: String,
}

/// The URN of a group.
pub fn group_urn(account_id: &str, group_name: &str) -> String {
    format!("iam::{account_id}:group:{group_name}")
}
