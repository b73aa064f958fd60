//! One group: read, renamed or described, deleted, and its members (URL builders, then one
//! method a call). The account's groups and membership changes are in [`super::directory`].

use iam_v5::signer::percent_encode;
use iam_v5::{Group, GroupResponse, ListUsersResponse, UpdateGroupRequest, User};

use super::cache::Freshness;
use gloo_net::http::Method;

use super::client::Client;
use super::endpoints::USERS_PER_SEARCH_PAGE;
use super::error::ApiResult;
use crate::credentials::Credentials;

/// `/v5/groups/{group_id}`.
pub fn group_path(group_id: &str) -> String {
    format!("/v5/groups/{}", percent_encode(group_id))
}

/// `/v5/users?group_id=…`: one page of a group's members.
pub fn members_page_path(group_id: &str, marker: Option<&str>) -> String {
    let mut path = format!("/v5/users?group_id={}&limit={USERS_PER_SEARCH_PAGE}", percent_encode(group_id));
    if let Some(marker) = marker {
        path.push_str(&format!("&marker={}", percent_encode(marker)));
    }
    path
}

impl Client {
    /// `GET /v5/groups/{group_id}`.
    pub async fn group(&self, credentials: &Credentials, group_id: &str) -> ApiResult<Group> {
        let answer: GroupResponse = self.get(credentials, &group_path(group_id), Freshness::Now).await?;
        Ok(answer.group)
    }

    /// `PUT /v5/groups/{group_id}` with only what changes: the group as saved.
    pub async fn update_group(
        &self,
        credentials: &Credentials,
        id: &str,
        body: &UpdateGroupRequest,
    ) -> ApiResult<Group> {
        let answer: GroupResponse = self.send(credentials, Method::PUT, &group_path(id), body).await?;
        Ok(answer.group)
    }

    /// `DELETE /v5/groups/{group_id}`.
    pub async fn delete_group(&self, credentials: &Credentials, group_id: &str) -> ApiResult<()> {
        self.send_without_body(credentials, Method::DELETE, &group_path(group_id)).await
    }

    /// Every member of the group, page after page from the last marker.
    pub async fn group_members(&self, credentials: &Credentials, group_id: &str) -> ApiResult<Vec<User>> {
        let (mut members, mut marker) = (Vec::new(), None);
        loop {
            let path = members_page_path(group_id, marker.as_deref());
            let page: ListUsersResponse = self.get(credentials, &path, Freshness::Now).await?;
            members.extend(page.users);
            marker = page.page_info.next_marker;
            if marker.is_none() {
                return Ok(members);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_groups_paths_encode_its_id_and_the_marker() {
        assert_eq!(group_path("g 1"), "/v5/groups/g%201");
        assert_eq!(members_page_path("g1", None), "/v5/users?group_id=g1&limit=200");
        assert_eq!(members_page_path("g1", Some("a=b")), "/v5/users?group_id=g1&limit=200&marker=a%3Db");
    }
}
