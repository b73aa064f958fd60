//! Changes: [`use_action`] and its kin return an [`Act`], sent one at a time with its last
//! failure kept; [`ActionFailure`] says why one did not happen. (Boxing the input and output
//! to make one copy of the sending part saved 0.5 KB of the whole app and cost 1 KB of the
//! first load: not done.)

use std::future::Future;
use std::rc::Rc;

use leptos::prelude::*;

use super::spawn;
use crate::api::{ApiError, Client};
use crate::components::{FailureNotice, PermissionPanel};
use crate::credentials::Credentials;
use crate::session::Session;

/// A change, one at a time.
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

/// An action: `act` sends with the session's credentials, `done` takes a success; a
/// failure stays in [`Act::failure`]. Without credentials nothing is sent.
///
/// ```no_run
/// use leptos::prelude::*;
/// use iam_console::components::use_action;
/// # #[component] fn Demo() -> impl IntoView {
/// let remove = use_action(
///     |client, credentials, device: iam_v5::MfaDevice| async move { client.remove_mfa_device(&credentials, &device).await },
///     |()| (),
/// );
/// view! { <p>{move || remove.pending.get().then_some("Removing…")}</p> }
/// # }
/// ```
pub fn use_action<I, O, Fut>(
    act: impl Fn(Client, Credentials, I) -> Fut + 'static,
    done: impl Fn(O) + 'static,
) -> Act<I>
where
    I: 'static,
    O: 'static,
    Fut: Future<Output = Result<O, ApiError>> + 'static,
{
    use_action_then(act, move |outcome| outcome.into_iter().for_each(&done))
}

/// [`use_action`] whose `settled` hears every end: the outcome, or the failure (also kept in
/// [`Act::failure`]), to focus the summary that now names it.
pub fn use_action_then<I, O, Fut>(
    act: impl Fn(Client, Credentials, I) -> Fut + 'static,
    settled: impl Fn(Result<O, ApiError>) + 'static,
) -> Act<I>
where
    I: 'static,
    O: 'static,
    Fut: Future<Output = Result<O, ApiError>> + 'static,
{
    typed(
        move |session: Session, input| Some(act(session.client, session.credentials.get_untracked()?, input)),
        settled,
    )
}

/// An action that needs no credentials (signing in is how they are had): `act` gets the
/// session itself.
pub fn use_request<I, O, Fut>(
    act: impl Fn(Session, I) -> Fut + 'static,
    settled: impl Fn(Result<O, ApiError>) + 'static,
) -> Act<I>
where
    I: 'static,
    O: 'static,
    Fut: Future<Output = Result<O, ApiError>> + 'static,
{
    typed(move |session, input| Some(act(session, input)), settled)
}

/// The one place a change is sent: `start` makes the request (None: nothing to send).
fn typed<I, O, Fut>(
    start: impl Fn(Session, I) -> Option<Fut> + 'static,
    settled: impl Fn(Result<O, ApiError>) + 'static,
) -> Act<I>
where
    I: 'static,
    O: 'static,
    Fut: Future<Output = Result<O, ApiError>> + 'static,
{
    let session = Session::use_context();
    let pending = RwSignal::new(false);
    let failure = RwSignal::new(None);
    let settled = Rc::new(settled);
    let run = move |input: I| {
        if pending.get_untracked() {
            return;
        }
        let Some(answer) = start(session, input) else { return };
        pending.set(true);
        failure.set(None);
        let settled = settled.clone();
        spawn(async move {
            let answer = answer.await;
            pending.set(false);
            if let Err(error) = &answer {
                failure.set(Some(error.clone()));
            }
            settled(answer);
        });
    };
    Act { pending, failure, run: StoredValue::new_local(Box::new(run)) }
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
