//! A user's life in the account: making and deleting users, their groups and their tags,
//! as URL builders and one method a call.

use gloo_net::http::Method;
use iam_v5::signer::percent_encode;
use iam_v5::{
    CreateGroupRequest, CreateUserRequest, Group, GroupMemberRequest, GroupResponse, ListGroupsResponse, Tag, TagsBody,
    User, UserResponse,
};

use super::cache::Freshness;
use super::client::Client;
use super::endpoints::user_path;
use super::error::ApiResult;
use crate::credentials::Credentials;

/// The most groups one page of `GET /v5/groups` may hold.
pub const GROUPS_PER_PAGE: u32 = 200;

/// `/v5/groups?limit=…`, the page after `marker`, of the account or (`user_id`) one user's.
pub fn groups_page_path(user_id: Option<&str>, marker: Option<&str>) -> String {
    let mut path = format!("/v5/groups?limit={GROUPS_PER_PAGE}");
    if let Some(user_id) = user_id {
        path.push_str(&format!("&user_id={}", percent_encode(user_id)));
    }
    if let Some(marker) = marker {
        path.push_str(&format!("&marker={}", percent_encode(marker)));
    }
    path
}

/// `/v5/groups/{group_id}/add-user` (`joins`) or `/remove-user`.
pub fn membership_path(group_id: &str, joins: bool) -> String {
    format!("/v5/groups/{}/{}", percent_encode(group_id), if joins { "add-user" } else { "remove-user" })
}

/// `/v5/user/{user_id}/tags`, and its `create` and `delete` (`action`).
pub fn tags_path(user_id: &str, action: Option<&str>) -> String {
    let base = format!("/v5/user/{}/tags", percent_encode(user_id));
    action.map_or(base.clone(), |action| format!("{base}/{action}"))
}

impl Client {
    /// `POST /v5/users`: the new user.
    pub async fn create_user(&self, credentials: &Credentials, body: &CreateUserRequest) -> ApiResult<User> {
        let answer: UserResponse = self.send(credentials, Method::POST, "/v5/users", body).await?;
        Ok(answer.user)
    }

    /// `DELETE /v5/users/{user_id}`.
    pub async fn delete_user(&self, credentials: &Credentials, user_id: &str) -> ApiResult<()> {
        self.send_without_body(credentials, Method::DELETE, &user_path(user_id)).await
    }

    /// `POST /v5/groups`: the new group.
    pub async fn create_group(&self, credentials: &Credentials, body: &CreateGroupRequest) -> ApiResult<Group> {
        let answer: GroupResponse = self.send(credentials, Method::POST, "/v5/groups", body).await?;
        Ok(answer.group)
    }

    /// `GET /v5/groups`: one page of the account's groups (`user_id`: of that user's).
    pub async fn groups_page(
        &self,
        credentials: &Credentials,
        user_id: Option<&str>,
        marker: Option<&str>,
    ) -> ApiResult<ListGroupsResponse> {
        self.get(credentials, &groups_page_path(user_id, marker), Freshness::Now).await
    }

    /// Every group of the account, or (`user_id`) every group that user is in, page
    /// after page from the last marker.
    pub async fn all_groups(&self, credentials: &Credentials, user_id: Option<&str>) -> ApiResult<Vec<Group>> {
        let mut groups = Vec::new();
        let mut marker = None;
        loop {
            let page = self.groups_page(credentials, user_id, marker.as_deref()).await?;
            groups.extend(page.groups);
            marker = page.page_info.next_marker;
            if marker.is_none() {
                return Ok(groups);
            }
        }
    }

    /// `POST /v5/groups/{group_id}/add-user` (`joins`) or `remove-user`.
    pub async fn set_membership(
        &self,
        credentials: &Credentials,
        group_id: &str,
        user_id: &str,
        joins: bool,
    ) -> ApiResult<()> {
        let body = GroupMemberRequest { user_id: user_id.to_owned() };
        self.send(credentials, Method::POST, &membership_path(group_id, joins), &body).await
    }

    /// `GET /v5/user/{user_id}/tags`, as the server has it now.
    pub async fn tags(&self, credentials: &Credentials, user_id: &str) -> ApiResult<Vec<Tag>> {
        let answer: TagsBody = self.get(credentials, &tags_path(user_id, None), Freshness::Now).await?;
        Ok(answer.tags)
    }

    /// `POST /v5/user/{user_id}/tags/create`: adds these tags, or changes their values.
    pub async fn put_tags(&self, credentials: &Credentials, user_id: &str, tags: Vec<Tag>) -> ApiResult<()> {
        self.send(credentials, Method::POST, &tags_path(user_id, Some("create")), &TagsBody { tags }).await
    }

    /// `DELETE /v5/user/{user_id}/tags/delete` with the keys to remove.
    pub async fn remove_tags(&self, credentials: &Credentials, user_id: &str, keys: Vec<String>) -> ApiResult<()> {
        self.send(credentials, Method::DELETE, &tags_path(user_id, Some("delete")), &keys).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        assert_eq!(groups_page_path(None, None), "/v5/groups?limit=200");
        assert_eq!(
            groups_page_path(Some("u 1"), Some("b2Zm+/=")),
            "/v5/groups?limit=200&user_id=u%201&marker=b2Zm%2B%2F%3D"
        );
        assert_eq!(membership_path("g-1", true), "/v5/groups/g-1/add-user");
        assert_eq!(membership_path("g-1", false), "/v5/groups/g-1/remove-user");
        assert_eq!(tags_path("u1", None), "/v5/user/u1/tags");
        assert_eq!(tags_path("u1", Some("delete")), "/v5/user/u1/tags/delete");
    }
}
