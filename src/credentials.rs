//! The keys a request is signed with: a plain type below both the session (which keeps
//! them) and the request helper (which signs with them).
//! (Written to the tab's storage by `json_encode`; never serialised anywhere else.)

/// AK/SK, and the security token of temporary keys.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    /// Access key id.
    pub access_key: String,
    /// Secret access key: only ever used to sign, never shown.
    pub secret_key: String,
    /// Sent as `X-Security-Token` with temporary keys.
    pub security_token: Option<String>,
}

impl std::fmt::Debug for Credentials {
    /// Never prints the secret or the token, so a stray `{:?}` cannot leak them.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials").field("access_key", &self.access_key).finish_non_exhaustive()
    }
}
