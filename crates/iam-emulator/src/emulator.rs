//! The emulator as every handler sees it: the state behind one lock, where it persists,
//! and the hosts whose signatures it accepts. The router that wires the handlers to it is
//! in `lib.rs`, above them.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use axum::http::StatusCode;
use iam_v5::error::codes;

use crate::respond;
use crate::seed::Seed;
use crate::state::{self, State};

/// Host names a gateway forwards with, whose signatures are accepted by default.
pub const DEFAULT_PUBLIC_HOSTS: [&str; 2] = ["iam.myhuaweicloud.com", "sts.myhuaweicloud.com"];

/// Shared emulator: state behind a lock, where to persist it, and the accepted hosts.
#[derive(Clone)]
pub struct Emulator {
    state: Arc<Mutex<State>>,
    state_path: Option<PathBuf>,
    /// Hosts whose signatures are accepted besides the request's own `Host`.
    pub public_hosts: Arc<Vec<String>>,
    /// A cap on the lifetime of temporary keys, in seconds (tests); None: as requested.
    pub temporary_key_seconds: Option<u32>,
}

impl Emulator {
    /// Starts from a parsed seed, accepting the default public hosts.
    pub fn from_seed(seed: Seed) -> Self {
        Self::new(State::from_seed(seed), None, DEFAULT_PUBLIC_HOSTS.iter().map(|h| h.to_string()).collect())
    }

    /// Starts from a state; `state_path` makes every change persist there.
    pub fn new(state: State, state_path: Option<PathBuf>, public_hosts: Vec<String>) -> Self {
        Self {
            state: Arc::new(Mutex::new(state)),
            state_path,
            public_hosts: Arc::new(public_hosts),
            temporary_key_seconds: None,
        }
    }

    /// The state, locked (a poisoned lock still holds consistent data: every change is
    /// made in one step under it). Call [`Emulator::persist`] after changing it.
    pub fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Writes the state file, if there is one. A change that could not be written fails
    /// its request (500 with the request id) rather than answer a success that a restart
    /// would take back; the next write that succeeds writes the whole state again.
    pub fn persist(&self, state: &mut State) -> Result<(), respond::Refusal> {
        // Tokens and temporary keys that no longer work go, kept in a file or not.
        state.prune(state::now());
        let Some(path) = &self.state_path else { return Ok(()) };
        state.save(path).map_err(|message| {
            eprintln!("{message}");
            respond::error(StatusCode::INTERNAL_SERVER_ERROR, codes::CHANGE_NOT_SAVED, "The change could not be saved.")
        })
    }
}
