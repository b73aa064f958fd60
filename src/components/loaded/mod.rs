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
use crate::credentials::Credentials;
use crate::i18n::{tr, Entry};
use crate::session::Session;

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
        leptos::task::spawn_local_scoped(async move { state.set(Some(answer.await)) });
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

/// Why a change did not happen, where it was asked for: the permission panel for a 403,
/// else `lead` and what the code means, with its request id and "Try again".
#[component]
pub fn ActionFailure(
    /// What did not happen ("auditors: not removed.").
    #[prop(into)]
    lead: Signal<String>,
    /// Why.
    error: ApiError,
    /// Sends it again.
    #[prop(into)]
    retry: Callback<()>,
) -> impl IntoView {
    match error {
        ApiError::Api { status: 403, body, .. } => view! { <PermissionPanel body=body /> }.into_any(),
        error => view! { <FailureNotice lead_text=lead error=error retry=retry /> }.into_any(),
    }
}

/// A change sent with the session's credentials, one at a time.
pub struct Act<I: 'static> {
    /// Whether its request is out.
    pub pending: RwSignal<bool>,
    /// Why the last one failed; cleared when the next one starts.
    pub failure: RwSignal<Option<ApiError>>,
    run: StoredValue<Box<dyn Fn(I)>, LocalStorage>,
}

impl<I: 'static> Clone for Act<I> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<I: 'static> Copy for Act<I> {}

impl<I: 'static> Act<I> {
    /// Sends it with `input`, unless one is out already.
    pub fn run(&self, input: I) {
        self.run.with_value(|run| run(input));
    }
}

/// An action: `act` sends, `done` takes a success; a failure stays in [`Act::failure`].
pub fn use_action<I, O, Fut>(
    act: impl Fn(Client, Credentials, I) -> Fut + 'static,
    done: impl Fn(O) + 'static,
) -> Act<I>
where
    I: 'static,
    O: 'static,
    Fut: Future<Output = Result<O, ApiError>> + 'static,
{
    let session = Session::use_context();
    let pending = RwSignal::new(false);
    let failure = RwSignal::new(None);
    let done = std::rc::Rc::new(done);
    let run = move |input: I| {
        let Some(credentials) = session.credentials.get_untracked() else { return };
        if pending.get_untracked() {
            return;
        }
        pending.set(true);
        failure.set(None);
        let answer = act(session.client, credentials, input);
        let done = done.clone();
        leptos::task::spawn_local_scoped(async move {
            let answer = answer.await;
            pending.set(false);
            match answer {
                Ok(outcome) => done(outcome),
                Err(error) => failure.set(Some(error)),
            }
        });
    };
    Act { pending, failure, run: StoredValue::new_local(Box::new(run)) }
}
