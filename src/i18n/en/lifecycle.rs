//! A user's groups, tags and deletion, in English.

use iam_v5::rules::TextProblem;

use crate::i18n::catalogue::Lifecycle;

fn tag_problem(key: bool, problem: &TextProblem) -> String {
    super::text_problem(if key { "Tag key" } else { "Tag value" }, problem)
}

/// The groups, tags and delete parts of a user's page.
pub static LIFECYCLE: Lifecycle = Lifecycle {
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
