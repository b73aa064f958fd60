//! A user's life on `/users/{user_id}`, below their security: "Groups", "Tags" and
//! "Delete user".

mod delete_user;
mod groups;
mod tags;
pub mod tags_model;

pub use delete_user::DeleteUser;
pub use groups::UserGroups;
pub use tags::UserTags;
