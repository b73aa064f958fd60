//! One file a page.

pub mod change_password;
pub mod home;
pub mod not_found;
pub mod sign_in;
