//! `/v5/groups`: the account's user groups (or a user's, with `user_id`), paged with the
//! marker, a new group (409 when its name is taken), and `add-user` / `remove-user`. Adding a member twice changes nothing; removing
//! one who is not a member is a 404, as is any unknown group or user.

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::{Extension, Json};
use iam_v5::error::codes;
use iam_v5::signer::format_rfc3339;
use iam_v5::{
    group_urn, CreateGroupRequest, Group, GroupMemberRequest, GroupResponse, ListGroupsResponse, UpdateGroupRequest,
};

use crate::auth::{authorize, Caller};
use crate::emulator::Emulator;
use crate::handler::{json_body, not_found_group, not_found_user, ok, validated};
use crate::paging::PageQuery;
use crate::respond::{error, Answer, Refusal};
use crate::seed::SeedGroup;
use crate::state::{now, State as EmulatorState};

fn api_group(state: &EmulatorState, group: &SeedGroup) -> Group {
    Group {
        group_id: group.group_id.clone(),
        group_name: group.group_name.clone(),
        created_at: group.created_at.clone(),
        urn: group_urn(&state.account.id, &group.group_name),
        description: group.description.clone(),
    }
}

/// `GET /v5/groups?limit&marker&user_id`.
pub async fn list(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    RawQuery(query): RawQuery,
) -> Answer {
    let state = emulator.state();
    authorize(&state, &caller, "iam:groups:listGroupsV5", "*")?;
    let query = PageQuery::parse(query.as_deref())?;
    let user_id = query.get("user_id");
    if let Some(user_id) = &user_id {
        state.user(user_id).ok_or_else(|| not_found_user(user_id))?;
    }
    let matching: Vec<_> =
        state.groups.iter().filter(|g| user_id.as_ref().is_none_or(|id| g.members.contains(id))).collect();
    let (page, page_info) = query.page(&matching);
    ok(ListGroupsResponse { groups: page.iter().map(|g| api_group(&state, g)).collect(), page_info })
}

/// `POST /v5/groups`: 201 with the group; 409 when the name is taken.
pub async fn create(State(emulator): State<Emulator>, Extension(caller): Extension<Caller>, body: Bytes) -> Answer {
    let mut state = emulator.state();
    authorize(&state, &caller, "iam:groups:createGroupV5", "*")?;
    let request: CreateGroupRequest = json_body(&body)?;
    validated(&request)?;
    if state.groups.iter().any(|g| g.group_name == request.group_name) {
        let message = format!("The group name {} already exists.", request.group_name);
        return Err(error(StatusCode::CONFLICT, codes::NAME_CONFLICT, message));
    }
    let group = SeedGroup {
        group_id: crate::random::hex(16),
        group_name: request.group_name,
        description: request.description.unwrap_or_default(),
        created_at: format_rfc3339(now()),
        members: Vec::new(),
    };
    let answer = GroupResponse { group: api_group(&state, &group) };
    state.groups.push(group);
    emulator.persist(&mut state)?;
    Ok((StatusCode::CREATED, Json(answer)).into_response())
}

/// `GET /v5/groups/{group_id}`.
pub async fn show(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    Path(group_id): Path<String>,
) -> Answer {
    let state = emulator.state();
    authorize(&state, &caller, "iam:groups:getGroupV5", &group_id)?;
    let group = state.group(&group_id).ok_or_else(|| not_found_group(&group_id))?;
    ok(GroupResponse { group: api_group(&state, group) })
}

/// `PUT /v5/groups/{group_id}`: a new name (409 when another group has it), description.
pub async fn update(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    Path(group_id): Path<String>,
    body: Bytes,
) -> Answer {
    let mut state = emulator.state();
    let index = allowed_group(&state, &caller, "iam:groups:updateGroupV5", &group_id)?;
    let request: UpdateGroupRequest = json_body(&body)?;
    validated(&request)?;
    if let Some(name) = &request.new_group_name {
        if state.groups.iter().any(|g| g.group_name == *name && g.group_id != group_id) {
            return Err(error(
                StatusCode::CONFLICT,
                codes::NAME_CONFLICT,
                format!("The group name {name} already exists."),
            ));
        }
        state.groups[index].group_name = name.clone();
    }
    if let Some(description) = request.new_group_description {
        state.groups[index].description = description;
    }
    emulator.persist(&mut state)?;
    ok(GroupResponse { group: api_group(&state, &state.groups[index]) })
}

/// `DELETE /v5/groups/{group_id}`: 204; refused (409) while it has members.
pub async fn delete(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    Path(group_id): Path<String>,
) -> Answer {
    let mut state = emulator.state();
    let index = allowed_group(&state, &caller, "iam:groups:deleteGroupV5", &group_id)?;
    let members = state.groups[index].members.len();
    if members > 0 {
        let message = format!("The group still has {members} member(s): remove them from the group first.");
        return Err(error(StatusCode::CONFLICT, codes::GROUP_NOT_EMPTY, message));
    }
    state.groups.remove(index);
    emulator.persist(&mut state)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Where the group `group_id` is, to change, once `action` on it is allowed for `caller`
/// (403 first, then 404: a caller without permission learns nothing about which exist).
fn allowed_group(state: &EmulatorState, caller: &Caller, action: &str, group_id: &str) -> Result<usize, Refusal> {
    authorize(state, caller, action, group_id)?;
    state.groups.iter().position(|g| g.group_id == group_id).ok_or_else(|| not_found_group(group_id))
}

/// The group to change once `action` is allowed, and the member named in the body.
fn membership(
    state: &EmulatorState,
    caller: &Caller,
    action: &str,
    group_id: &str,
    body: &Bytes,
) -> Result<(usize, String), Refusal> {
    let index = allowed_group(state, caller, action, group_id)?;
    let request: GroupMemberRequest = json_body(body)?;
    state.user(&request.user_id).ok_or_else(|| not_found_user(&request.user_id))?;
    Ok((index, request.user_id))
}

/// `POST /v5/groups/{group_id}/add-user`: 200, no body.
pub async fn add_user(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    Path(group_id): Path<String>,
    body: Bytes,
) -> Answer {
    let mut state = emulator.state();
    let (index, user_id) = membership(&state, &caller, "iam:permissions:addUserToGroupV5", &group_id, &body)?;
    let members = &mut state.groups[index].members;
    if !members.contains(&user_id) {
        members.push(user_id);
    }
    emulator.persist(&mut state)?;
    Ok(StatusCode::OK.into_response())
}

/// `POST /v5/groups/{group_id}/remove-user`: 200, no body; 404 for a user not in it.
pub async fn remove_user(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    Path(group_id): Path<String>,
    body: Bytes,
) -> Answer {
    let mut state = emulator.state();
    let (index, user_id) = membership(&state, &caller, "iam:permissions:removeUserFromGroupV5", &group_id, &body)?;
    let members = &mut state.groups[index].members;
    let Some(at) = members.iter().position(|id| *id == user_id) else {
        return Err(error(
            StatusCode::NOT_FOUND,
            codes::NOT_FOUND,
            format!("The user {user_id} is not in the group {group_id}."),
        ));
    };
    members.remove(at);
    emulator.persist(&mut state)?;
    Ok(StatusCode::OK.into_response())
}
