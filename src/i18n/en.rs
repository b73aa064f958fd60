//! English.

use iam_v5::error::codes;
use iam_v5::password_policy::{CharClasses, Rule};
use iam_v5::password_strength::{Level, Reason};
use iam_v5::rules::{show_chars, TextProblem};

use super::catalogue::*;

mod lifecycle;
mod new_user;
mod security;
pub use lifecycle::LIFECYCLE;
pub use new_user::NEW_USER;
pub use security::SECURITY;

/// A field's rule, broken, in English: the same sentence the emulator answers with
/// (`TextProblem::english` in `iam-v5`; a test keeps them equal).
fn text_problem(label: &str, problem: &TextProblem) -> String {
    match problem {
        TextProblem::Empty => format!("Enter a {}.", label.to_ascii_lowercase()),
        TextProblem::TooLong { max, length } => format!("{label} must be {max} characters or fewer (it has {length})."),
        TextProblem::NotAllowed(chars) => {
            format!("{label} can only contain letters, digits, spaces and _ - . (remove: {}).", show_chars(chars))
        }
        TextProblem::Forbidden(chars) => format!("{label} must not contain these characters: {}.", show_chars(chars)),
        TextProblem::LeadingDigit => format!("{label} must not start with a digit."),
        TextProblem::EdgeSpace => format!("{label} must not start or end with a space."),
        TextProblem::ReservedPrefix(prefix) => format!("{label} must not start with {prefix}."),
    }
}

/// "1 user", "2 users".
fn plural(count: impl Into<u64>, one: &str, many: &str) -> String {
    let count = count.into();
    format!("{count} {}", if count == 1 { one } else { many })
}

fn classes(present: &CharClasses) -> String {
    super::list_classes(present, ["uppercase", "lowercase", "digit", "special"], "none yet", ", ")
}

fn known_code(code: &str) -> Option<&'static str> {
    Some(match code {
        codes::INCORRECT_PASSWORD => "The current password is not right.",
        codes::PASSWORD_UNCHANGED => "The new password must be different from your current password.",
        codes::WEAK_PASSWORD => "The new password does not meet your account's password policy.",
        codes::PASSWORD_REUSED => "You used this password recently. Choose one you have not used before.",
        codes::PASSWORD_TOO_YOUNG => "Your password was changed too recently to change it again yet.",
        codes::PASSWORD_CHANGE_NOT_ALLOWED => "Your account does not allow you to change your own password.",
        codes::USER_LOCKED => "Too many wrong passwords: your user is locked for now.",
        codes::ACCOUNT_NOT_FOUND => "There is no account with this name. Check the account name.",
        codes::USER_DISABLED => "This IAM user is disabled.",
        codes::NAME_CONFLICT | codes::DUPLICATE_KEY => "This name is already taken.",
        codes::INVALID_DESCRIPTION => "The description is not valid.",
        codes::INVALID_PARAMETER => "A value in the request is not valid.",
        codes::INVALID_BODY => "The request was not in the form the server expects.",
        codes::INVALID_MARKER => "The list could not be continued from where it stopped. Reload the page.",
        codes::INVALID_CALLER => "Only IAM users can do this.",
        codes::NOT_FOUND => "It does not exist (any more).",
        codes::ACCESS_DENIED => "IAM refused the request: your user lacks the permission for it.",
        codes::UNAUTHENTICATED => "The server did not accept the sign-in keys or the request's signature.",
        codes::METHOD_NOT_ALLOWED => "The server does not allow this action here.",
        codes::BODY_TOO_LARGE => "The request is larger than the server accepts.",
        _ => return None,
    })
}

/// The English catalogue.
pub static TEXT: Text = Text {
    frame: Frame {
        brand: "IAM Console",
        main_nav: "Main",
        my_account: "My account",
        signed_in_as: "Signed in as {}",
        sign_out: "Sign out",
        sign_in: "Sign in",
        language: "Language",
        theme: "Theme",
        theme_system: "System",
        theme_light: "Light",
        theme_dark: "Dark",
        expired: "Your sign-in has expired: the next request asks for your password.",
        startup_title: "IAM Console cannot start",
        startup_help: "Whoever deployed the console should correct config.json and reload this page.",
        clock_off: |minutes| {
            let direction = if minutes > 0 { "behind" } else { "ahead of" };
            format!(
                "Your device's clock is {} {direction} the server's. IAM Console corrects for it; \
                 setting the clock right avoids surprises elsewhere.",
                plural(minutes.unsigned_abs(), "minute", "minutes")
            )
        },
        document_title: |page| format!("{page} – IAM Console"),
    },
    shared: Shared {
        show: "Show",
        hide: "Hide",
        close: "Close",
        copied: "Copied.",
        not_copied: "Copying failed: select the text and copy it yourself.",
        error_code: "Error code: {}",
        request_id: "Request ID: {}",
        reveal: |shown, what| format!("{} {what}", if shown { "Hide" } else { "Show" }),
        lead_and_reason: |lead, reason| format!("{lead} {reason}"),
        try_again: "Try again",
        problem_title: "There is a problem",
        permission_title: "You do not have permission to do this",
        permission_ask: "Ask an administrator of your account for the permission, quoting the request ID.",
        copy_request_id: "Copy request ID",
        show_details: "Show details",
        details_title: "Why access was denied",
        decoding: "Asking IAM why…",
        not_decoded: "The details could not be loaded:",
        page_loading: "Loading the page…",
        page_not_loaded_title: "Page not loaded",
        page_not_loaded: "This page could not be loaded. Check your connection, then try again.",
    },
    errors: Errors {
        timeout: "The server took too long to answer.",
        network: "The server could not be reached. Check your connection.",
        gateway: |status| {
            format!("IAM cannot be reached right now: the console's gateway got no answer from it (HTTP {status}). Try again in a moment.")
        },
        malformed: |status| format!("The server sent an answer we could not read (HTTP {status})."),
        with_code: |message, code| format!("{message} (error code {code})"),
        known_code,
        with_detail: |ours, detail| format!("{ours} {detail}"),
        locked_until: |time, minutes| {
            format!(
                "Too many wrong passwords: your user is locked for now. Try again at {time} (in {}).",
                plural(minutes, "minute", "minutes")
            )
        },
    },
    config: ConfigText {
        not_json: "config.json is not valid JSON.",
        expect_host: "a host name such as iam.myhuaweicloud.com (no https://, no path)",
        expect_text: "text",
        expect_list: "a list",
        expect_methods: "a non-empty list of \"password\" and \"access_keys\"",
        expect_seconds: "a whole number of seconds from 900 to 86400",
        wrong: |field, expected| format!("config.json: \"{field}\" must be {expected}."),
        unknown: |field, known| format!("config.json: \"{field}\" is not a setting. Known settings: {known}."),
    },
    sign_in: SignIn {
        method: "Sign in with",
        password_method: "Password",
        keys_method: "Access keys",
        account: "Account name",
        user: "IAM user name",
        password: "Password",
        password_note: "You stay signed in in this tab until you sign out or your sign-in expires; closing the tab \
                        signs you out.",
        access_key: "Access key ID",
        secret_key: "Secret access key",
        security_token: "Security token (optional)",
        keys_note: "Your keys are kept in this tab's memory only: reloading the page signs you out.",
        submit: "Sign in",
        pending: "Signing in…",
        enter_account: "Enter your account name.",
        enter_user: "Enter your IAM user name.",
        enter_password: "Enter your password.",
        enter_access_key: "Enter your access key ID.",
        enter_secret_key: "Enter your secret access key.",
        unknown_account: "There is no account with this name. Check the account name.",
        wrong_password: "The IAM user name or password is not right. Check them and try again.",
        disabled: "This IAM user is disabled. Ask an administrator of your account to enable it.",
        keys_refused: "These keys were not accepted.",
        failed: "Signing in failed.",
        again_title: "Sign in again",
        expiring: "Your sign-in expires soon.",
        expired: "Your sign-in has expired.",
        not_now: "Not now",
        again_as: |user, account| {
            format!("Enter the password of {user} (account {account}) to go on. Nothing on this page is lost.")
        },
    },
    titles: Titles {
        home: "Home",
        sign_in: "Sign in",
        password: "Change password",
        users: "Users",
        new_user: "Create user",
        user: "User",
        credentials: "My credentials",
        not_found: "Page not found",
    },
};

/// `/`.
pub static HOME: Home = Home {
    lead: "Manage your Huawei Cloud IAM account.",
    change_password: "Change your password",
    users: "Find and edit users",
    users_for_administrators: "{} (administrators)",
};

/// Unknown paths.
pub static NOT_FOUND: NotFound =
    NotFound { body: "There is no page at this address.", home_link: "Go to the start page" };

/// `/password`.
pub static PASSWORD: Password = Password {
    reset_required: "Your administrator asks you to set a new password.",
    loading: "Loading your account's password rules…",
    policy_fallback: "Your account's password policy could not be loaded, so the default rules are shown. The \
                      server checks the real policy when you change your password.",
    not_allowed: "Your account does not allow you to change your own password. Ask an administrator of your \
                  account to change it for you.",
    current: "Current password",
    new: "New password",
    confirm: "Confirm new password",
    user_name: "User name",
    reveal_current: "current password",
    reveal_new: "new password",
    reveal_confirm: "confirmation",
    submit: "Change password",
    pending: "Changing password…",
    changed: "Your password has been changed.",
    enter_current: "Enter your current password.",
    enter_new: "Enter a new password.",
    common: "This is one of the most common passwords. Choose one that is harder to guess.",
    enter_confirm: "Confirm your new password.",
    mismatch: "The passwords do not match.",
    refused: "The password was not changed.",
    checklist_intro: "Your new password needs:",
    confirmation_matches: "The confirmation matches",
    met: "(done)",
    not_met: "(not yet)",
    rule: |rule| match rule {
        Rule::Length { min, max } => format!("{min} to {max} characters"),
        Rule::CharClasses { required, present } => format!(
            "At least {required} of 4 character types: uppercase, lowercase, digit, special (has {}: {})",
            present.count(),
            classes(present)
        ),
        Rule::NotUserName => "Not the user name, forwards or backwards".into(),
        Rule::MaxIdenticalInRow { max } => format!("No more than {max} identical characters in a row"),
        Rule::DiffersFromOld => "Different from your current password".into(),
    },
    // The server's own English sentences (iam-v5), so both say the same.
    refusal: |rule| rule.refusal().1,
    strength: |level, reason| {
        let level = match level {
            Level::Weak => "weak",
            Level::Fair => "fair",
            Level::Strong => "strong",
        };
        let reason = match reason {
            Reason::Common => "it is one of the most common passwords",
            Reason::Short => "it is short",
            Reason::EasyPattern => "it is an easy pattern",
            Reason::Long => "it is long",
            Reason::LongAndMixed => "it is long and mixes character types",
            Reason::NeedsLength => "a few more characters would make it strong",
            Reason::NeedsTypes => "mixing in other character types would make it strong",
        };
        format!("Strength: {level} ({reason})")
    },
};

/// `/users`.
pub static USERS: Users = Users {
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

/// `/users/{user_id}`.
pub static USER: UserPage = UserPage {
    loading: "Loading the user…",
    not_loaded: "The user could not be loaded.",
    not_found_title: "User not found",
    back: "Back to users",
    root: "Root user",
    user_id: "User ID",
    copy_id: "Copy user ID",
    urn: "URN",
    created: "Created",
    tags: "Tags",
    no_tags: "No tags",
    last_login: "Last login",
    status: "Status",
    never: "Never signed in",
    last_login_unknown: "Not available",
    edit: "Edit user",
    name: "User name",
    description: "Description",
    enabled: "Enabled",
    root_always_enabled: "The root user cannot be disabled: it is the account's owner.",
    save: "Save changes",
    saving: "Saving…",
    reset: "Reset",
    nothing_to_save: "There are no changes to save.",
    saved: "Changes saved.",
    not_saved: "The changes were not saved.",
    name_taken: "This user name is already taken.",
    disable_title: "Disable this user?",
    disable: "Disable user",
    cancel: "Cancel",
    changed_title: "Someone else changed this user",
    changed_lead: "Since you opened this page, the user was changed:",
    reload: "Reload",
    overwrite: "Save anyway",
    unsaved: "You have unsaved changes to this user. Leave the page and lose them?",
    is_enabled: "Enabled",
    is_disabled: "Disabled",
    not_found: |user_id| format!("There is no user with the ID {user_id}. It may have been deleted."),
    counter: |used, max| format!("{used}/{max}"),
    disable_warning: |name| format!("{name} will no longer be able to sign in. You can enable the user again later."),
    changed: |field, was, now| format!("{field}: was “{was}”, now “{now}”"),
    name_problem: |problem| text_problem("User name", problem),
    description_problem: |problem| text_problem("Description", problem),
};

/// `/credentials`.
pub static CREDENTIALS: CredentialsPage = CredentialsPage {
    user_name: "User name",
    user_id: "User ID",
    copy_user_id: "Copy user ID",
    account_id: "Account ID",
    copy_account_id: "Copy account ID",
    change_password: "Change password",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule_sentences_are_the_emulators_words() {
        let problems = [
            TextProblem::Empty,
            TextProblem::TooLong { max: 64, length: 70 },
            TextProblem::NotAllowed(vec!['<', '>']),
            TextProblem::Forbidden(vec!['@', ' ']),
            TextProblem::LeadingDigit,
            TextProblem::EdgeSpace,
            TextProblem::ReservedPrefix("_sys_"),
        ];
        for label in ["User name", "Description", "Tag key"] {
            for problem in &problems {
                assert_eq!(text_problem(label, problem), problem.english(label));
            }
        }
    }
}
