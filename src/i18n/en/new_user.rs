//! `/users/new`: "Create user".
//!
//! The shape, and its English words.

/// Words of the page that makes a user, with console access and a key if wanted.
pub struct Words {
    pub name: &'static str,
    pub description: &'static str,
    /// Characters used of the most allowed.
    pub counter: fn(usize, usize) -> String,
    pub enabled: &'static str,
    pub console_title: &'static str,
    pub set_password: &'static str,
    pub key_title: &'static str,
    pub create_key: &'static str,
    pub key_hint: &'static str,
    pub create: &'static str,
    pub creating: &'static str,
    pub finish: &'static str,
    pub not_created: &'static str,
    /// The user exists, by name; their console password was not set.
    pub password_failed: fn(&str) -> String,
    /// The user exists, by name; their access key was not created.
    pub key_failed: fn(&str) -> String,
    /// The link to the new user's page, by name.
    pub finish_there: fn(&str) -> String,
    pub unsaved: &'static str,
}

pub static WORDS: Words = Words {
    name: "User name",
    description: "Description",
    counter: |used, max| format!("{used}/{max}"),
    enabled: "Enabled",
    console_title: "Console access",
    set_password: "Set a console password",
    key_title: "Programmatic access",
    create_key: "Create an access key",
    key_hint: "Its secret access key is shown once, when the user has been created.",
    create: "Create user",
    creating: "Creating user…",
    finish: "Finish creating user",
    not_created: "The user was not created.",
    password_failed: |name| format!("User {name} was created, but their console password was not set."),
    key_failed: |name| format!("User {name} was created, but their access key was not created."),
    finish_there: |name| format!("Finish on {name}'s page"),
    unsaved: "Leave this page? The user has not been created.",
};
