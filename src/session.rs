//! Who is signed in: access keys and the identity STS reported, held in memory only
//! (never in storage, URLs or logs), shared through context.
//!
//! ```no_run
//! use iam_console::session::Session;
//! let session = Session::use_context();
//! let signed_in = session.is_signed_in();
//! ```

use iam_v5::CallerIdentity;
use leptos::prelude::*;

/// AK/SK, and the security token of temporary keys.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    /// Access key id.
    pub access_key: String,
    /// Secret access key: only ever used to sign, never shown or stored.
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

/// The signed-in person, if any.
#[derive(Clone, Copy)]
pub struct Session {
    /// Keys used to sign requests.
    pub credentials: RwSignal<Option<Credentials>>,
    /// Who STS says the keys belong to.
    pub identity: RwSignal<Option<CallerIdentity>>,
}

impl Session {
    /// A signed-out session, provided to everything below the caller.
    pub fn provide() -> Self {
        let session = Session { credentials: RwSignal::new(None), identity: RwSignal::new(None) };
        provide_context(session);
        session
    }

    /// The session from context.
    pub fn use_context() -> Self {
        expect_context::<Session>()
    }

    /// Whether keys are present and verified.
    pub fn is_signed_in(&self) -> bool {
        self.identity.with(Option::is_some)
    }

    /// Forgets the keys.
    pub fn sign_out(&self) {
        self.credentials.set(None);
        self.identity.set(None);
    }
}
