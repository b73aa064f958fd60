//! One file a page (a user's edit form has its own, beside the page).
//!
//! Every page but sign-in is drawn through [`OnDemand`](crate::components::OnDemand): in
//! a release build its code is a wasm file of its own, fetched on the first visit, so the
//! first screen downloads only what it shows.

pub mod change_password;
pub mod credentials;
pub mod home;
pub mod not_found;
pub mod sign_in;
pub mod user_detail;
pub mod user_edit;
pub mod user_life;
pub mod user_new;
pub mod user_security;
pub mod users;

use leptos::prelude::*;

crate::on_demand!(
    /// `/`
    HOME = home_page => |_none| home::HomePage().into_any()
);
crate::on_demand!(
    /// Any path the console does not know.
    NOT_FOUND = not_found_page => |_none| not_found::NotFoundPage().into_any()
);
crate::on_demand!(
    /// `/password`
    CHANGE_PASSWORD = change_password_page => |_none| change_password::ChangePasswordPage().into_any()
);
crate::on_demand!(
    /// `/users`
    USERS = users_page => |_none| users::UsersPage().into_any()
);
crate::on_demand!(
    /// `/users/new`
    NEW_USER = new_user_page => |_none| user_new::NewUserPage().into_any()
);
crate::on_demand!(
    /// `/users/{user_id}`, for the user id.
    USER_DETAIL = user_detail_page => |user_id| view! { <user_detail::UserDetailPage user_id=user_id /> }.into_any()
);
crate::on_demand!(
    /// `/credentials`
    MY_CREDENTIALS = credentials_page => |_none| credentials::CredentialsPage().into_any()
);
