//! One file a page.

pub mod change_password;
pub mod home;
pub mod not_found;
pub mod sign_in;
pub mod user_detail;
pub mod users;
