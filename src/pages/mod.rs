//! One file a page (a user's edit form has its own, beside the page).

pub mod change_password;
pub mod home;
pub mod not_found;
pub mod sign_in;
pub mod user_detail;
pub mod user_edit;
pub mod users;
