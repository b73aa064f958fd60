//! "Create user", in English.

use crate::i18n::catalogue::NewUser;

/// `/users/new`.
pub static NEW_USER: NewUser = NewUser {
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
