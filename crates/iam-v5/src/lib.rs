//! The Huawei Cloud IAM v5 contract, shared by the browser app and the local emulator
//! so both sides speak, validate and sign exactly the same way. Builds for host and
//! wasm32 (no tokio, no regex).
//!
//! ```
//! use iam_v5::{UpdateUserRequest, ChangePasswordRequest};
//! use validator::Validate;
//! let edit = UpdateUserRequest { new_user_name: Some("1st".into()), ..Default::default() };
//! assert!(edit.validate().is_err());
//! let body = ChangePasswordRequest { old_password: "Password1".into(), new_password: "Password2".into() };
//! assert!(serde_json::to_string(&body).unwrap().contains("new_password"));
//! ```

pub mod classic;
pub mod credentials;
pub mod error;
pub mod groups;
pub mod password_policy;
pub mod password_strength;
pub mod redacted;
pub mod rules;
pub mod signer;
pub mod small_sort;
pub mod tags;
pub mod types;

pub use credentials::*;
pub use error::{ApiErrorBody, ErrorKind};
pub use groups::*;
pub use tags::*;
pub use types::*;
