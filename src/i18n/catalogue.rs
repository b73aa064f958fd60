//! The shape of a catalogue: one section a page or component, one field a message.
//! Plain text is `&'static str`; a message with parameters is a function, so each
//! language builds its own sentence (word order, plurals).

mod lifecycle;
mod new_user;
mod security;
pub use lifecycle::Lifecycle;
pub use new_user::NewUser;
pub use security::Security;

use iam_v5::password_policy::Rule;
use iam_v5::password_strength::{Level, Reason};
use iam_v5::rules::TextProblem;

/// The words of the first screen (the frame, shared components, errors, sign-in) in one
/// language. Each other page's words are a static of their own (`en::USERS`, …), reached
/// only from that page's code, so they arrive with the page's file, not the first screen's.
pub struct Text {
    /// The frame around every page.
    pub frame: Frame,
    /// Shared components.
    pub shared: Shared,
    /// Failed requests and the server's error codes.
    pub errors: Errors,
    /// Problems with config.json.
    pub config: ConfigText,
    /// `/sign-in` and the "Sign in again" dialog.
    pub sign_in: SignIn,
    /// Each page's title: the route table's, also its heading and its header link.
    pub titles: Titles,
}

/// The pages' titles, one a route (`src/routes/table.rs`).
pub struct Titles {
    pub home: &'static str,
    pub sign_in: &'static str,
    pub password: &'static str,
    pub users: &'static str,
    pub new_user: &'static str,
    pub user: &'static str,
    pub credentials: &'static str,
    pub not_found: &'static str,
}

/// The header, notices and start-up page.
pub struct Frame {
    pub brand: &'static str,
    pub main_nav: &'static str,
    pub my_account: &'static str,
    /// "{}" is where the user name goes (in bold).
    pub signed_in_as: &'static str,
    pub sign_out: &'static str,
    pub sign_in: &'static str,
    pub language: &'static str,
    pub theme: &'static str,
    pub theme_system: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub expired: &'static str,
    pub startup_title: &'static str,
    pub startup_help: &'static str,
    /// The browser's clock is `minutes` behind (positive) or ahead of the server's.
    pub clock_off: fn(i64) -> String,
    /// `document.title` of a page.
    pub document_title: fn(&str) -> String,
}

/// The start page.
pub struct Home {
    pub lead: &'static str,
    pub change_password: &'static str,
    pub users: &'static str,
    /// "{}" is where the link ([`Home::users`]) goes.
    pub users_for_administrators: &'static str,
}

/// The page for unknown paths.
pub struct NotFound {
    pub body: &'static str,
    pub home_link: &'static str,
}

/// Entry of the shared components.
pub struct Shared {
    pub show: &'static str,
    pub hide: &'static str,
    pub close: &'static str,
    pub copied: &'static str,
    pub not_copied: &'static str,
    /// "{}" is where the code goes.
    pub error_code: &'static str,
    /// "{}" is where the request id goes.
    pub request_id: &'static str,
    /// The show/hide toggle's name: whether the password is shown, and which one.
    pub reveal: fn(bool, &str) -> String,
    /// What did not happen, then why.
    pub lead_and_reason: fn(&str, &str) -> String,
    pub try_again: &'static str,
    pub problem_title: &'static str,
    pub permission_title: &'static str,
    pub permission_ask: &'static str,
    pub copy_request_id: &'static str,
    pub show_details: &'static str,
    pub details_title: &'static str,
    pub decoding: &'static str,
    pub not_decoded: &'static str,
    /// Shown while a page's code arrives (only after a moment: a quick load shows nothing).
    pub page_loading: &'static str,
    /// A page's code did not arrive: the heading, then what to do.
    pub page_not_loaded_title: &'static str,
    pub page_not_loaded: &'static str,
}

/// Failed requests.
pub struct Errors {
    pub timeout: &'static str,
    pub network: &'static str,
    /// The gateway could not reach IAM, with the gateway's HTTP status.
    pub gateway: fn(u16) -> String,
    /// An answer that could not be read, with its HTTP status.
    pub malformed: fn(u16) -> String,
    /// A message followed by its error code.
    pub with_code: fn(&str, &str) -> String,
    /// Our words for a refusal, followed by the server's own message that says more.
    pub with_detail: fn(&str, &str) -> String,
    /// The console's own words for an error code it knows; `None` for other codes,
    /// whose message is shown as the server sent it.
    pub known_code: fn(&str) -> Option<&'static str>,
    /// The lockout: when to try again (a time of day) and in how many minutes.
    pub locked_until: fn(&str, u32) -> String,
}

/// Problems with config.json, and what a field must hold.
pub struct ConfigText {
    pub not_json: &'static str,
    pub expect_host: &'static str,
    pub expect_text: &'static str,
    pub expect_list: &'static str,
    pub expect_methods: &'static str,
    pub expect_seconds: &'static str,
    /// A field holds something it must not: the field and what it must be.
    pub wrong: fn(&str, &str) -> String,
    /// A field config.json does not know, and the known ones.
    pub unknown: fn(&str, &str) -> String,
}

/// Sign-in page and dialog.
pub struct SignIn {
    pub method: &'static str,
    pub password_method: &'static str,
    pub keys_method: &'static str,
    pub account: &'static str,
    pub user: &'static str,
    pub password: &'static str,
    pub password_note: &'static str,
    pub access_key: &'static str,
    pub secret_key: &'static str,
    pub security_token: &'static str,
    pub keys_note: &'static str,
    pub submit: &'static str,
    pub pending: &'static str,
    pub enter_account: &'static str,
    pub enter_user: &'static str,
    pub enter_password: &'static str,
    pub enter_access_key: &'static str,
    pub enter_secret_key: &'static str,
    pub unknown_account: &'static str,
    pub wrong_password: &'static str,
    pub disabled: &'static str,
    pub keys_refused: &'static str,
    pub failed: &'static str,
    pub again_title: &'static str,
    pub expiring: &'static str,
    pub expired: &'static str,
    pub not_now: &'static str,
    /// Whose password renews the sign-in: user name and account name.
    pub again_as: fn(&str, &str) -> String,
}

/// The change-password page.
pub struct Password {
    pub reset_required: &'static str,
    pub loading: &'static str,
    pub policy_fallback: &'static str,
    pub not_allowed: &'static str,
    pub current: &'static str,
    pub new: &'static str,
    pub confirm: &'static str,
    pub user_name: &'static str,
    pub reveal_current: &'static str,
    pub reveal_new: &'static str,
    pub reveal_confirm: &'static str,
    pub submit: &'static str,
    pub pending: &'static str,
    pub changed: &'static str,
    pub enter_current: &'static str,
    pub enter_new: &'static str,
    pub common: &'static str,
    pub enter_confirm: &'static str,
    pub mismatch: &'static str,
    pub refused: &'static str,
    pub checklist_intro: &'static str,
    pub confirmation_matches: &'static str,
    pub met: &'static str,
    pub not_met: &'static str,
    /// A policy rule as a checklist line (with the character types the password has).
    pub rule: fn(&Rule) -> String,
    /// A broken policy rule as a message under "New password".
    pub refusal: fn(&Rule) -> String,
    /// "Strength: fair (…)".
    pub strength: fn(Level, Reason) -> String,
}

/// The user list.
pub struct Users {
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

/// One user's page and its edit form.
pub struct UserPage {
    pub loading: &'static str,
    pub not_loaded: &'static str,
    pub not_found_title: &'static str,
    pub back: &'static str,
    pub root: &'static str,
    pub user_id: &'static str,
    pub copy_id: &'static str,
    pub urn: &'static str,
    pub created: &'static str,
    pub tags: &'static str,
    pub no_tags: &'static str,
    pub last_login: &'static str,
    pub status: &'static str,
    pub never: &'static str,
    pub last_login_unknown: &'static str,
    pub edit: &'static str,
    pub name: &'static str,
    pub description: &'static str,
    pub enabled: &'static str,
    pub root_always_enabled: &'static str,
    pub save: &'static str,
    pub saving: &'static str,
    pub reset: &'static str,
    pub nothing_to_save: &'static str,
    pub saved: &'static str,
    pub not_saved: &'static str,
    pub name_taken: &'static str,
    pub disable_title: &'static str,
    pub disable: &'static str,
    pub cancel: &'static str,
    pub changed_title: &'static str,
    pub changed_lead: &'static str,
    pub reload: &'static str,
    pub overwrite: &'static str,
    pub unsaved: &'static str,
    pub is_enabled: &'static str,
    pub is_disabled: &'static str,
    /// No user has this id.
    pub not_found: fn(&str) -> String,
    /// Characters used of the description's limit: "12/255".
    pub counter: fn(usize, usize) -> String,
    /// What disabling this user (by name) means.
    pub disable_warning: fn(&str) -> String,
    /// A field someone else changed: field, old value, new value.
    pub changed: fn(&str, &str, &str) -> String,
    /// What is wrong with a user name.
    pub name_problem: fn(&TextProblem) -> String,
    /// What is wrong with a description.
    pub description_problem: fn(&TextProblem) -> String,
}

/// `/credentials`: the signed-in user's own credentials.
pub struct CredentialsPage {
    pub user_name: &'static str,
    pub user_id: &'static str,
    pub copy_user_id: &'static str,
    pub account_id: &'static str,
    pub copy_account_id: &'static str,
    pub change_password: &'static str,
}
