//! The Huawei Cloud IAM v5 contract, shared by the browser app and the local
//! emulator so both sides speak (and, later, validate) exactly the same way.
//!
//! ```
//! use iam_v5::ChangePasswordRequest;
//! let body = ChangePasswordRequest { old_password: "Password1".into(), new_password: "Password2".into() };
//! assert!(serde_json::to_string(&body).unwrap().contains("new_password"));
//! ```

pub mod error;
pub mod types;

pub use error::{ApiErrorBody, ErrorKind};
pub use types::ChangePasswordRequest;
