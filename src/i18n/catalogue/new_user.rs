//! `/users/new`: "Create user".

/// Words of the page that makes a user, with console access and a key if wanted.
pub struct NewUser {
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
