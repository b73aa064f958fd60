//! A small router on the History API: a path signal, `popstate`, and links that
//! push history instead of reloading. `leptos_router` doubled the shipped size for
//! our handful of routes; this costs about a kilobyte.
//!
//! ```no_run
//! use leptos::prelude::*;
//! use iam_console::router::{Router, Link, use_path};
//! # #[component] fn Demo() -> impl IntoView {
//! view! { <Router><Link href="/password">"Change password"</Link></Router> }
//! # }
//! ```

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// The current location's path and query, shared through context.
#[derive(Clone, Copy)]
struct CurrentLocation {
    path: RwSignal<String>,
    query: RwSignal<String>,
}

fn location() -> (String, String) {
    let location = window().location();
    (location.pathname().unwrap_or_else(|_| "/".into()), location.search().unwrap_or_default())
}

/// Provides the current path to its children and follows the back/forward buttons.
#[component]
pub fn Router(
    /// The app below the router.
    children: Children,
) -> impl IntoView {
    let (path, query) = location();
    let current = CurrentLocation { path: RwSignal::new(path), query: RwSignal::new(query) };
    provide_context(current);
    let handle = window_event_listener(ev::popstate, move |_| {
        if may_leave() {
            sync(current);
        } else {
            // Back or Forward already moved the URL: put back the page the person stays on.
            let (path, query) = (current.path.get_untracked(), current.query.get_untracked());
            let _ = window().history().expect("history").push_state_with_url(
                &JsValue::NULL,
                "",
                Some(&format!("{path}{query}")),
            );
        }
    });
    on_cleanup(move || handle.remove());
    children()
}

/// Copies the location into the signals, touching only what changed: a fragment link
/// (`#field`) fires `popstate` too, and must not re-render the page under it.
fn sync(current: CurrentLocation) {
    let (path, query) = location();
    if current.query.get_untracked() != query {
        current.query.set(query);
    }
    if current.path.get_untracked() != path {
        current.path.set(path);
    }
}

/// The current path as a signal (e.g. `/password`).
pub fn use_path() -> RwSignal<String> {
    expect_context::<CurrentLocation>().path
}

/// A query parameter of the current location, decoded.
pub fn query_param(name: &str) -> Option<String> {
    let query = expect_context::<CurrentLocation>().query.get_untracked();
    iam_v5::signer::parse_query(query.trim_start_matches('?')).into_iter().find(|(k, _)| k == name).map(|(_, v)| v)
}

fn go(to: &str, replace: bool, ask: bool) {
    if ask && !may_leave() {
        return;
    }
    let history = window().history().expect("history");
    let done = if replace {
        history.replace_state_with_url(&JsValue::NULL, "", Some(to))
    } else {
        history.push_state_with_url(&JsValue::NULL, "", Some(to))
    };
    if done.is_ok() {
        sync(expect_context::<CurrentLocation>());
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Goes to `to` within the app: pushes a history entry and updates the path signal.
pub fn navigate(to: &str) {
    go(to, false, true);
}

/// Like [`navigate`], without asking about unsaved edits: what the page edits is gone (a
/// user just deleted), so nothing on it could be saved any more.
pub fn navigate_from_gone(to: &str) {
    go(to, false, false);
}

/// Like [`navigate`], replacing the current entry (redirects: Back skips them).
pub fn redirect(to: &str) {
    go(to, true, true);
}

/// An in-app link: a real `<a href>` (so it can be opened in a new tab), whose plain
/// left click navigates without a reload.
#[component]
pub fn Link(
    /// Target path within the app, e.g. `/password`.
    #[prop(into)]
    href: String,
    /// Optional CSS class.
    #[prop(optional, into)]
    class: Option<&'static str>,
    /// Link content.
    children: Children,
) -> impl IntoView {
    let path = use_path();
    let target = href.clone();
    let current = {
        let href = href.clone();
        move || (path.get() == href).then_some("page")
    };
    let on_click = move |event: ev::MouseEvent| {
        let modified = event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
        if event.button() == 0 && !modified {
            event.prevent_default();
            navigate(&target);
        }
    };
    view! {
        <a href=href class=class aria-current=current on:click=on_click>
            {children()}
        </a>
    }
}

/// A form's question before leaving, and its "are there unsaved edits?" check.
type LeaveGuard = (u32, crate::i18n::Entry, std::rc::Rc<dyn Fn() -> bool>);

thread_local! {
    /// The guards of the forms on screen (a user's page has several), each with its number.
    static LEAVE_GUARDS: std::cell::RefCell<(u32, Vec<LeaveGuard>)> = const { std::cell::RefCell::new((0, Vec::new())) };
}

/// Asks before leaving the current page while `dirty()` is true: in-app navigation (links,
/// redirects, Back and Forward) asks with `question`, in the language in force; closing or reloading the tab gets the
/// browser's own prompt. Lasts until the calling component is unmounted. With several
/// forms on a page, the first with unsaved edits asks.
///
/// ```no_run
/// # use leptos::prelude::*;
/// let edited = RwSignal::new(false);
/// iam_console::router::guard_leaving(|_| iam_console::i18n::user_words().unsaved, move || edited.get_untracked());
/// ```
pub fn guard_leaving(question: crate::i18n::Entry, dirty: impl Fn() -> bool + 'static) {
    let dirty = std::rc::Rc::new(dirty);
    let number = LEAVE_GUARDS.with(|guards| {
        let (next, list) = &mut *guards.borrow_mut();
        *next += 1;
        list.push((*next, question, dirty.clone()));
        *next
    });
    let unload = window_event_listener(ev::beforeunload, move |event| {
        if dirty() {
            event.prevent_default();
            event.set_return_value("");
        }
    });
    on_cleanup(move || {
        unload.remove();
        LEAVE_GUARDS.with(|guards| guards.borrow_mut().1.retain(|(n, _, _)| *n != number));
    });
}

/// Whether the person agrees to leave (always, when nothing is unsaved).
fn may_leave() -> bool {
    let ask = LEAVE_GUARDS
        .with(|guards| guards.borrow().1.iter().find(|(_, _, dirty)| dirty()).map(|(_, question, _)| *question));
    match ask {
        Some(question) => window().confirm_with_message(question(crate::i18n::t_untracked())).unwrap_or(true),
        None => true,
    }
}

/// The route guard: sends a signed-out person to `/sign-in?next=<here>`, and shows
/// `children` once signed in.
#[component]
pub fn RequireSignIn(
    /// The page that needs a signed-in user.
    children: ChildrenFn,
) -> impl IntoView {
    let session = crate::session::Session::use_context();
    // Only signing in or out re-renders the page: renewed keys (the sign-in-again dialog)
    // must keep the page and everything typed into it.
    let signed_in = Memo::new(move |_| session.is_signed_in());
    move || {
        if signed_in.get() {
            Some(children())
        } else {
            let here = window().location().pathname().unwrap_or_default();
            redirect(&format!("/sign-in?next={}", iam_v5::signer::percent_encode(&here)));
            None
        }
    }
}
