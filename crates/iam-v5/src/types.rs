//! Request and response bodies, in the API's own field names.

use serde::{Deserialize, Serialize};

/// Body of `POST /v5/caller-password`: the caller changes its own login password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangePasswordRequest {
    /// The password the caller wants from now on.
    pub new_password: String,
    /// The caller's current password, proving it is really them.
    pub old_password: String,
}
