//! `/v5/user/{user_id}/tags`: a user's tags. `tags/create` adds tags or changes the value
//! of a key already there; `tags/delete` takes a JSON array of keys (unknown keys change
//! nothing). Each tag is held to the contract's rules, and a refusal names the tag by its
//! place in the body (`tags[2].tag_key: …`), so a form can put it on that tag; more than
//! [`TAGS_MAX`] in all is a 400.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::Extension;
use iam_v5::error::codes;
use iam_v5::tags::{tag_problems, TagProblem, TAGS_MAX};
use iam_v5::TagsBody;

use crate::auth::Caller;
use crate::emulator::Emulator;
use crate::handler::{allowed_user, json_body, ok};
use crate::respond::{error, Answer, Refusal};

fn invalid(message: String) -> Refusal {
    error(StatusCode::BAD_REQUEST, codes::INVALID_PARAMETER, message)
}

/// The server's words for the first problem of a set of tags.
fn refusal(index: usize, problem: &TagProblem) -> Refusal {
    let (field, text): (&str, String) = match problem {
        TagProblem::Key(problem) => ("tag_key", problem.english("Tag key")),
        TagProblem::Value(problem) => ("tag_value", problem.english("Tag value")),
        TagProblem::DuplicateKey => ("tag_key", "The same tag key is given twice.".to_owned()),
    };
    invalid(format!("tags[{index}].{field}: {text}"))
}

/// `GET /v5/user/{user_id}/tags`.
pub async fn list(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    Path(user_id): Path<String>,
) -> Answer {
    let mut state = emulator.state();
    let user = allowed_user(&mut state, &caller, "iam::listTagsForResourceV5", &user_id)?;
    ok(TagsBody { tags: user.tags.clone() })
}

/// `POST /v5/user/{user_id}/tags/create`: 200 with the tags sent.
pub async fn create(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    Path(user_id): Path<String>,
    body: Bytes,
) -> Answer {
    let mut state = emulator.state();
    let user = allowed_user(&mut state, &caller, "iam::tagForResourceV5", &user_id)?;
    let request: TagsBody = json_body(&body)?;
    if request.tags.is_empty() || request.tags.len() > TAGS_MAX {
        return Err(invalid(format!("tags must hold 1 to {TAGS_MAX} tags (it has {}).", request.tags.len())));
    }
    if let Some((index, problem)) = tag_problems(&request.tags).first() {
        return Err(refusal(*index, problem));
    }
    let mut tags = user.tags.clone();
    for tag in &request.tags {
        match tags.iter_mut().find(|t| t.tag_key == tag.tag_key) {
            Some(kept) => kept.tag_value = tag.tag_value.clone(),
            None => tags.push(tag.clone()),
        }
    }
    if tags.len() > TAGS_MAX {
        return Err(invalid(format!("A user has at most {TAGS_MAX} tags (these would make {}).", tags.len())));
    }
    user.tags = tags;
    emulator.persist(&mut state)?;
    ok(request)
}

/// `DELETE /v5/user/{user_id}/tags/delete` with `["key", …]`: 204.
pub async fn delete(
    State(emulator): State<Emulator>,
    Extension(caller): Extension<Caller>,
    Path(user_id): Path<String>,
    body: Bytes,
) -> Answer {
    let mut state = emulator.state();
    let user = allowed_user(&mut state, &caller, "iam::untagForResourceV5", &user_id)?;
    let keys: Vec<String> = json_body(&body)?;
    if keys.is_empty() || keys.len() > TAGS_MAX {
        return Err(invalid(format!("The body must list 1 to {TAGS_MAX} tag keys (it has {}).", keys.len())));
    }
    user.tags.retain(|t| !keys.contains(&t.tag_key));
    emulator.persist(&mut state)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
