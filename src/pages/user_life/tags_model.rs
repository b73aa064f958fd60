//! The tags form as plain values: what "Save tags" sends, and which field a problem or a
//! refusal lands on. Host-tested.

use iam_v5::tags::{refused_tag, tag_problems, TagProblem};
use iam_v5::Tag;

/// What "Save tags" sends: first the keys that go (removed, or renamed away), then the
/// tags that are new or whose value changed (`tags/create` adds or changes by key).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TagChanges {
    /// Keys saved that the form no longer has.
    pub removed: Vec<String>,
    /// Tags the server does not have as they are.
    pub put: Vec<Tag>,
}

impl TagChanges {
    /// What turns `saved` into `edited`.
    pub fn between(saved: &[Tag], edited: &[Tag]) -> Self {
        TagChanges {
            removed: saved
                .iter()
                .filter(|s| !edited.iter().any(|e| e.tag_key == s.tag_key))
                .map(|s| s.tag_key.clone())
                .collect(),
            put: edited.iter().filter(|e| !saved.contains(e)).cloned().collect(),
        }
    }

    /// Whether saving would change nothing.
    pub fn is_empty(&self) -> bool {
        self.removed.is_empty() && self.put.is_empty()
    }
}

/// A field of the form: the row (from 0) and whether it is the key (else the value).
pub type TagField = (usize, bool);

/// The field each problem of the edited tags is about, in the form's order.
pub fn problem_fields(edited: &[Tag]) -> Vec<(TagField, TagProblem)> {
    tag_problems(edited)
        .into_iter()
        .map(|(row, problem)| {
            let key = !matches!(problem, TagProblem::Value(_));
            ((row, key), problem)
        })
        .collect()
}

/// The field a refusal of `put` names (`tags[N].tag_value: …` counts the tags sent), as a
/// row of `edited`.
pub fn refused_field(message: &str, put: &[Tag], edited: &[Tag]) -> Option<TagField> {
    let sent = put.get(refused_tag(message)?)?;
    let row = edited.iter().position(|t| t.tag_key == sent.tag_key)?;
    Some((row, !message.contains(".tag_value:")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(key: &str, value: &str) -> Tag {
        Tag { tag_key: key.into(), tag_value: value.into() }
    }

    #[test]
    fn saving_sends_only_what_changed() {
        let saved = [tag("team", "payments"), tag("cost", "42"), tag("old", "")];
        let edited = [tag("team", "billing"), tag("cost", "42"), tag("project", "x")];
        let changes = TagChanges::between(&saved, &edited);
        assert_eq!(changes.removed, ["old"]);
        assert_eq!(changes.put, [tag("team", "billing"), tag("project", "x")]);
        assert!(TagChanges::between(&saved, &saved).is_empty());
        let renamed = TagChanges::between(&[tag("team", "a")], &[tag("squad", "a")]);
        assert_eq!((renamed.removed, renamed.put), (vec!["team".to_owned()], vec![tag("squad", "a")]));
    }

    #[test]
    fn problems_land_on_their_field() {
        let edited = [tag("ok", "a<"), tag("_sys_x", ""), tag("ok", "")];
        let fields: Vec<TagField> = problem_fields(&edited).into_iter().map(|(field, _)| field).collect();
        assert_eq!(fields, [(0, false), (1, true), (2, true)]);
    }

    #[test]
    fn a_refusal_lands_on_the_tag_it_names() {
        let edited = [tag("kept", "1"), tag("team", "x"), tag("owner", "y")];
        let put = [tag("team", "x"), tag("owner", "y")];
        assert_eq!(refused_field("tags[1].tag_value: Tag value must not…", &put, &edited), Some((2, false)));
        assert_eq!(refused_field("tags[0].tag_key: Tag key must not…", &put, &edited), Some((1, true)));
        assert_eq!(refused_field("tags[7].tag_key: …", &put, &edited), None);
        assert_eq!(refused_field("A user has at most 20 tags.", &put, &edited), None);
    }
}
