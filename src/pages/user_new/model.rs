//! Creating a user is up to three calls; once the first is done the user exists, so a
//! later step that fails is tried again on that user, never by creating another.

/// A step of "Create user", in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// `POST /v5/users`.
    User,
    /// `POST /v5/users/{user_id}/login-profile`.
    ConsolePassword,
    /// `POST /v5/users/{user_id}/access-keys`.
    AccessKey,
}

/// The steps to run now: those asked for that are not done yet, in order.
pub fn steps_left(wants_password: bool, wants_key: bool, done: &[Step]) -> Vec<Step> {
    [(Step::User, true), (Step::ConsolePassword, wants_password), (Step::AccessKey, wants_key)]
        .into_iter()
        .filter(|(step, wanted)| *wanted && !done.contains(step))
        .map(|(step, _)| step)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_step_is_tried_again_without_creating_the_user_twice() {
        assert_eq!(steps_left(true, true, &[]), [Step::User, Step::ConsolePassword, Step::AccessKey]);
        assert_eq!(steps_left(false, true, &[]), [Step::User, Step::AccessKey]);
        assert_eq!(steps_left(true, true, &[Step::User]), [Step::ConsolePassword, Step::AccessKey]);
        assert_eq!(steps_left(true, true, &[Step::User, Step::ConsolePassword]), [Step::AccessKey]);
        assert_eq!(steps_left(true, false, &[Step::User, Step::ConsolePassword]), []);
        assert_eq!(steps_left(false, false, &[Step::User]), [], "unticked after a failure: nothing more");
    }
}
