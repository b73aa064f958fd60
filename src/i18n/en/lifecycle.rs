//! A user's life on their page: "Groups", "Tags" and "Delete user".
//!
//! The shape, and its English words.

use iam_v5::rules::TextProblem;

use super::text_problem;

/// Words of the groups, tags and delete parts of `/users/{user_id}`.
pub struct Words {
    pub groups_title: &'static str,
    pub groups_loading: &'static str,
    pub groups_not_loaded: &'static str,
    pub no_groups: &'static str,
    pub group: &'static str,
    pub group_description: &'static str,
    pub actions: &'static str,
    pub add_to_group: &'static str,
    pub remove_from_group: &'static str,
    /// The button that removes the user from this group, by name (each is told apart).
    pub remove_from_named: fn(&str) -> String,
    /// The button that adds the user to this group, by name.
    pub add_to_named: fn(&str) -> String,
    pub add: &'static str,
    pub adding: &'static str,
    pub removing: &'static str,
    pub filter_groups: &'static str,
    pub all_groups_loading: &'static str,
    /// No group of those loaded matches the filter typed.
    pub no_group_matches: fn(&str) -> String,
    pub no_groups_to_add: &'static str,
    pub member: &'static str,
    /// The user joined this group.
    pub added: fn(&str) -> String,
    /// The user left this group.
    pub removed: fn(&str) -> String,
    /// The user was not added to this group.
    pub not_added: fn(&str) -> String,
    /// The user was not removed from this group.
    pub not_removed: fn(&str) -> String,
    pub tags_title: &'static str,
    pub tags_loading: &'static str,
    pub tags_not_loaded: &'static str,
    pub no_tags: &'static str,
    pub tag_key: &'static str,
    pub tag_value: &'static str,
    /// The key field of tag number n (from 1).
    pub key_of: fn(usize) -> String,
    /// The value field of tag number n.
    pub value_of: fn(usize) -> String,
    /// The button that removes tag number n.
    pub remove_tag: fn(usize) -> String,
    pub add_tag: &'static str,
    /// Why "Add tag" does nothing more: the most tags a user may have.
    pub tags_full: fn(usize) -> String,
    pub save_tags: &'static str,
    pub saving_tags: &'static str,
    pub tags_saved: &'static str,
    pub tags_not_saved: &'static str,
    pub duplicate_key: &'static str,
    pub unsaved_tags: &'static str,
    pub nothing_to_save: &'static str,
    /// A key's or a value's rule, broken (`true`: the key).
    pub tag_problem: fn(bool, &TextProblem) -> String,
    pub delete_user: &'static str,
    /// What deleting means, for the user by name.
    pub delete_question: fn(&str) -> String,
    pub type_name: &'static str,
    pub name_mismatch: &'static str,
    pub deleting: &'static str,
    pub not_deleted: &'static str,
    pub cannot_delete_root: &'static str,
    pub cannot_delete_self: &'static str,
    pub cancel: &'static str,
}

fn tag_problem(key: bool, problem: &TextProblem) -> String {
    text_problem(if key { "Tag key" } else { "Tag value" }, problem)
}

pub static WORDS: Words = Words {
    groups_title: "Groups",
    groups_loading: "Loading groups…",
    groups_not_loaded: "The groups could not be loaded.",
    no_groups: "This user is in no group.",
    group: "Group",
    group_description: "Description",
    actions: "Actions",
    add_to_group: "Add to group",
    remove_from_group: "Remove from group",
    remove_from_named: |group| format!("Remove from group {group}"),
    add_to_named: |group| format!("Add to {group}"),
    add: "Add",
    adding: "Adding…",
    removing: "Removing…",
    filter_groups: "Filter groups",
    all_groups_loading: "Loading the account's groups…",
    no_group_matches: |text| format!("No loaded group matches “{text}”."),
    no_groups_to_add: "The account has no groups.",
    member: "Member",
    added: |group| format!("Added to {group}."),
    removed: |group| format!("Removed from {group}."),
    not_added: |group| format!("The user was not added to {group}."),
    not_removed: |group| format!("The user was not removed from {group}."),
    tags_title: "Tags",
    tags_loading: "Loading tags…",
    tags_not_loaded: "The tags could not be loaded.",
    no_tags: "No tags. Add one to sort and find users by team, cost center or project.",
    tag_key: "Key",
    tag_value: "Value",
    key_of: |n| format!("Key of tag {n}"),
    value_of: |n| format!("Value of tag {n}"),
    remove_tag: |n| format!("Remove tag {n}"),
    add_tag: "Add tag",
    tags_full: |max| format!("A user has at most {max} tags."),
    save_tags: "Save tags",
    saving_tags: "Saving tags…",
    tags_saved: "The tags were saved.",
    tags_not_saved: "The tags were not saved.",
    unsaved_tags: "Leave this page? The tags you changed are not saved.",
    nothing_to_save: "There are no tag changes to save.",
    duplicate_key: "Another tag above has this key.",
    tag_problem,
    delete_user: "Delete user",
    delete_question: |name| {
        format!(
            "{name} will be deleted, with their access keys, console password and group places. This cannot be undone."
        )
    },
    type_name: "Type the user name to confirm",
    name_mismatch: "Type the user name exactly as shown.",
    deleting: "Deleting…",
    not_deleted: "The user was not deleted.",
    cannot_delete_root: "The root user cannot be deleted.",
    cancel: "Cancel",
    cannot_delete_self: "You cannot delete your own user.",
};
