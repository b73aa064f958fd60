//! The user list.
//!
//! The shape, and its English words.

use super::plural;

/// The user list.
pub struct Words {
    pub filter: &'static str,
    pub loading: &'static str,
    pub load_more: &'static str,
    pub loading_more: &'static str,
    pub empty: &'static str,
    pub name: &'static str,
    pub description: &'static str,
    pub status: &'static str,
    pub created: &'static str,
    pub enabled: &'static str,
    pub disabled: &'static str,
    pub root: &'static str,
    pub not_loaded: &'static str,
    /// Users shown, users loaded, whether a filter is typed.
    pub count: fn(usize, usize, bool) -> String,
    /// The filter matches none of the loaded users.
    pub no_match: fn(&str) -> String,
    /// The filter matches no user of the whole account.
    pub no_match_anywhere: fn(&str) -> String,
    /// The rest of the account is being read for the filter: users read so far.
    pub searching: fn(usize) -> String,
    pub stop: &'static str,
    /// "Stop" was pressed: users read by then.
    pub search_stopped: fn(usize) -> String,
    pub search_failed: &'static str,
    pub key_lookup: &'static str,
    /// The owner of the access key typed is shown below: the key.
    pub key_owner: fn(&str) -> String,
    pub no_key_owner: &'static str,
    pub key_lookup_failed: &'static str,
    pub create_user: &'static str,
    pub select_all: &'static str,
    pub selected_column: &'static str,
    /// The checkbox that chooses this user, by name.
    pub select_named: fn(&str) -> String,
    /// How many users are chosen.
    pub selected_count: fn(usize) -> String,
    pub enable: &'static str,
    pub disable: &'static str,
    pub cancel: &'static str,
    /// The confirmation's title (`true`: enable).
    pub bulk_title: fn(bool) -> String,
    /// What enabling or disabling this many users means.
    pub bulk_question: fn(bool, usize) -> String,
    /// The confirming button, naming how many.
    pub bulk_confirm: fn(bool, usize) -> String,
    /// Under way: done so far, of how many.
    pub bulk_progress: fn(bool, usize, usize) -> String,
    pub results_title: &'static str,
    /// A user enabled or disabled, by name.
    pub bulk_done: fn(bool, &str) -> String,
    /// A user left as they were: name, and the reason.
    pub bulk_refused: fn(&str, &str) -> String,
    /// Said on arrival after a user was deleted: their name.
    pub user_deleted: fn(&str) -> String,
}

pub static WORDS: Words = Words {
    filter: "Filter users",
    loading: "Loading users…",
    load_more: "Load more",
    loading_more: "Loading more users…",
    empty: "There are no users in this account yet.",
    name: "Name",
    description: "Description",
    status: "Status",
    created: "Created",
    enabled: "Enabled",
    disabled: "Disabled",
    root: "Root user",
    not_loaded: "The users could not be loaded.",
    count: |shown, loaded, filtering| {
        if filtering {
            format!("Showing {shown} of {} loaded {}.", loaded, if loaded == 1 { "user" } else { "users" })
        } else {
            format!("{} loaded.", plural(loaded as u64, "user", "users"))
        }
    },
    no_match: |filter| format!("No loaded user matches “{filter}”."),
    no_match_anywhere: |filter| format!("No user matches “{filter}”."),
    searching: |read| format!("Searching… {} so far.", plural(read as u64, "user", "users")),
    stop: "Stop",
    search_stopped: |read| format!("Search stopped after {}.", plural(read as u64, "user", "users")),
    search_failed: "The search stopped: the next users could not be loaded.",
    key_lookup: "Looking up who has this access key…",
    key_owner: |key| format!("The access key {key} belongs to this user."),
    no_key_owner: "No user has this access key.",
    key_lookup_failed: "The owner of this access key could not be looked up.",
    create_user: "Create user",
    select_all: "Select all on this page",
    selected_column: "Selected",
    select_named: |name| format!("Select {name}"),
    selected_count: |n| if n == 1 { "1 user selected.".to_owned() } else { format!("{n} users selected.") },
    enable: "Enable",
    disable: "Disable",
    cancel: "Cancel",
    bulk_title: |enable| if enable { "Enable users".to_owned() } else { "Disable users".to_owned() },
    bulk_question: |enable, n| match (enable, n) {
        (true, 1) => "1 user will be able to sign in again.".to_owned(),
        (true, n) => format!("{n} users will be able to sign in again."),
        (false, 1) => "1 user will no longer be able to sign in, with a password or access keys.".to_owned(),
        (false, n) => format!("{n} users will no longer be able to sign in, with a password or access keys."),
    },
    bulk_confirm: |enable, n| match (enable, n) {
        (true, 1) => "Enable 1 user".to_owned(),
        (true, n) => format!("Enable {n} users"),
        (false, 1) => "Disable 1 user".to_owned(),
        (false, n) => format!("Disable {n} users"),
    },
    bulk_progress: |enable, done, of| {
        format!("{} {done} of {of} users…", if enable { "Enabling" } else { "Disabling" })
    },
    results_title: "What happened",
    bulk_done: |enable, name| format!("{name}: {}.", if enable { "enabled" } else { "disabled" }),
    bulk_refused: |name, reason| format!("{name}: not changed. {reason}"),
    user_deleted: |name| format!("User {name} deleted."),
};
