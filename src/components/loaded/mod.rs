//! Loading and acting, the one way every part does it: a value loaded with the session's
//! credentials ([`use_load`]) and drawn by [`Loaded`] — "Loading…", the permission panel for
//! a 403, the failure with "Try again", or the value — and an action ([`use_action`]) that
//! runs one request at a time and keeps its last failure. Both take the credentials
//! themselves and end with the part that made them: a part never spawns a future or reads
//! credentials for a request by hand.
//!
//! ```no_run
//! use leptos::prelude::*;
//! use iam_console::components::{use_action, use_load, Loaded};
//! # #[component] fn Demo() -> impl IntoView {
//! let devices = use_load(|client, credentials| async move { client.mfa_devices(&credentials, "u1").await });
//! let remove = use_action(
//!     |client, credentials, device: iam_v5::MfaDevice| async move { client.remove_mfa_device(&credentials, &device).await },
//!     move |()| devices.reload(),
//! );
//! let count = |list: Vec<iam_v5::MfaDevice>| view! { <p>{list.len()}</p> };
//! view! { <Loaded load=devices loading=|_| "Loading…" failed=|_| "Could not load." ready=count /> }
//! # }
//! ```

use std::future::Future;

use leptos::prelude::*;

use crate::api::{ApiError, Client};
use crate::components::{FailureNotice, PermissionPanel};

mod action;
use crate::credentials::Credentials;
use crate::i18n::{tr, Entry};
use crate::session::Session;
pub use action::{use_action, use_action_then, use_request, Act, ActionFailure};

/// A value loaded with the session's credentials.
pub struct Load<T: Send + Sync + 'static> {
    /// The last answer; None while it loads.
    pub state: RwSignal<Option<Result<T, ApiError>>>,
    fetch: StoredValue<Box<dyn Fn()>, LocalStorage>,
}

impl<T: Send + Sync + 'static> Clone for Load<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Load<T> {}

impl<T: Send + Sync + 'static> Load<T> {
    /// Loads again ("Try again", or to see what is true after a change): a failure gives way
    /// to "Loading…", a value stays on screen until the new one arrives.
    pub fn reload(&self) {
        self.fetch.with_value(|fetch| fetch());
    }

    /// Changes the loaded value as a change made here left it, without asking again.
    pub fn update(&self, change: impl FnOnce(&mut T)) {
        self.state.update(|state| {
            if let Some(Ok(value)) = state {
                change(value);
            }
        });
    }
}

/// Loads with `fetch` now, and again on [`Load::reload`].
pub fn use_load<T, Fut>(fetch: impl Fn(Client, Credentials) -> Fut + 'static) -> Load<T>
where
    T: Send + Sync + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    let session = Session::use_context();
    let state = RwSignal::new(None);
    let run = move || {
        let Some(credentials) = session.credentials.get_untracked() else { return };
        if !state.with_untracked(|state| matches!(state, Some(Ok(_)))) {
            state.set(None);
        }
        let answer = fetch(session.client, credentials);
        spawn(async move { state.set(Some(answer.await)) });
    };
    run();
    Load { state, fetch: StoredValue::new_local(Box::new(run)) }
}

/// Draws `load`: `loading` while it loads, the permission panel when refused, `failed`
/// with the error and "Try again", or what `ready` makes of the value.
#[component]
pub fn Loaded<T, V>(
    /// What is loaded.
    load: Load<T>,
    /// Said while it loads ("Loading MFA devices…").
    loading: Entry,
    /// Said when it could not be loaded, before the error.
    failed: Entry,
    /// The value, drawn.
    ready: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let retry = Callback::new(move |()| load.reload());
    move || match load.state.get() {
        Some(Ok(value)) => ready(value).into_any(),
        Some(Err(error)) => not_ready(Some(error), loading, failed, retry),
        None => not_ready(None, loading, failed, retry),
    }
}

/// Everything but the value (loading, refused, failed): one copy in the wasm, whatever is
/// loaded.
fn not_ready(error: Option<ApiError>, loading: Entry, failed: Entry, retry: Callback<()>) -> AnyView {
    match error {
        None => view! { <p role="status">{tr(loading)}</p> }.into_any(),
        Some(ApiError::Api { status: 403, body, .. }) => view! { <PermissionPanel body=body /> }.into_any(),
        Some(error) => {
            view! { <div role="alert"><FailureNotice lead=failed error=error retry=retry /></div> }.into_any()
        }
    }
}

/// Runs `task` until it ends or its owner (the part that started it) goes. Boxed first, so
/// the wasm holds one copy of the scheduling however many kinds of task there are.
pub fn spawn(task: impl Future<Output = ()> + 'static) {
    spawn_boxed(Box::pin(task));
}

fn spawn_boxed(task: std::pin::Pin<Box<dyn Future<Output = ()>>>) {
    leptos::task::spawn_local_scoped(task);
}
