//! One folder (or file) a page; the parts only one page uses live beside it. Which path
//! shows which page, and in which wasm file, is the route table's
//! ([`crate::routes::ROUTES`]).

pub mod change_password;
pub mod credentials;
pub mod group;
pub mod groups;
pub mod home;
pub mod not_found;
pub mod sign_in;
pub mod user_detail;
pub mod user_edit;
pub mod user_life;
pub mod user_new;
pub mod user_security;
pub mod users;
