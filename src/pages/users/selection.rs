//! "Several at once" on `/users`: which users may be chosen (never the root user or
//! yourself: neither is ever disabled), "Select all on this page", and what "Enable" or
//! "Disable" did to each user. Plain functions with host tests.

use iam_v5::User;

/// Whether `user` may be chosen for "Enable" / "Disable" by the caller `me` (a user id).
pub fn selectable(user: &User, me: &str) -> bool {
    !user.is_root_user && user.user_id != me
}

/// Whether every user of `shown` that may be chosen is chosen (and there is one).
pub fn all_selected(shown: &[User], selected: &[String], me: &str) -> bool {
    let mut choosable = shown.iter().filter(|u| selectable(u, me)).peekable();
    choosable.peek().is_some() && choosable.all(|u| selected.contains(&u.user_id))
}

/// "Select all on this page" turned `on` or off: the users of `shown` that may be chosen
/// join the selection, or leave it; others chosen elsewhere stay.
pub fn select_all(shown: &[User], selected: &[String], me: &str, on: bool) -> Vec<String> {
    let mut next: Vec<String> =
        selected.iter().filter(|id| on || !shown.iter().any(|u| &u.user_id == *id)).cloned().collect();
    if on {
        for user in shown.iter().filter(|u| selectable(u, me)) {
            if !next.contains(&user.user_id) {
                next.push(user.user_id.clone());
            }
        }
    }
    next
}

/// The users to change, in the list's order: chosen, and not already as asked.
pub fn to_change<'a>(users: &'a [User], selected: &[String], me: &str, enable: bool) -> Vec<&'a User> {
    users.iter().filter(|u| selected.contains(&u.user_id) && selectable(u, me) && u.enabled != enable).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(id: &str, enabled: bool, root: bool) -> User {
        User {
            user_id: id.into(),
            user_name: format!("name-{id}"),
            description: String::new(),
            enabled,
            is_root_user: root,
            created_at: String::new(),
            urn: String::new(),
            tags: None,
        }
    }

    #[test]
    fn never_the_root_user_or_yourself() {
        assert!(!selectable(&user("r", true, true), "me"));
        assert!(!selectable(&user("me", true, false), "me"));
        assert!(selectable(&user("a", true, false), "me"));
    }

    #[test]
    fn select_all_takes_the_page_and_keeps_the_rest() {
        let shown = [user("r", true, true), user("me", true, false), user("a", true, false), user("b", false, false)];
        let ids = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let all = select_all(&shown, &ids(&["x"]), "me", true);
        assert_eq!(all, ids(&["x", "a", "b"]));
        assert!(all_selected(&shown, &all, "me"));
        assert_eq!(select_all(&shown, &all, "me", false), ids(&["x"]));
        assert!(!all_selected(&shown, &ids(&["a"]), "me"));
        assert!(!all_selected(&shown[..2], &[], "me"), "nothing to choose: not all chosen");
    }

    #[test]
    fn only_users_not_yet_as_asked_are_changed() {
        let users = [user("a", true, false), user("b", false, false), user("me", true, false), user("c", true, false)];
        let ids: Vec<String> = ["a", "b", "me", "c"].iter().map(|s| s.to_string()).collect();
        let names = |v: Vec<&User>| v.into_iter().map(|u| u.user_id.clone()).collect::<Vec<_>>();
        assert_eq!(names(to_change(&users, &ids, "me", false)), ["a", "c"]);
        assert_eq!(names(to_change(&users, &ids, "me", true)), ["b"]);
    }
}
