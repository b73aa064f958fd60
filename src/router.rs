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

/// The current location's path, shared through context.
#[derive(Clone, Copy)]
struct CurrentPath(RwSignal<String>);

fn location_path() -> String {
    window().location().pathname().unwrap_or_else(|_| "/".into())
}

/// Provides the current path to its children and follows the back/forward buttons.
#[component]
pub fn Router(
    /// The app below the router.
    children: Children,
) -> impl IntoView {
    let path = RwSignal::new(location_path());
    provide_context(CurrentPath(path));
    let handle = window_event_listener(ev::popstate, move |_| path.set(location_path()));
    on_cleanup(move || handle.remove());
    children()
}

/// The current path as a signal (e.g. `/password`).
pub fn use_path() -> RwSignal<String> {
    expect_context::<CurrentPath>().0
}

/// Goes to `to` within the app: pushes a history entry and updates the path signal.
pub fn navigate(to: &str) {
    let history = window().history().expect("history");
    if history.push_state_with_url(&JsValue::NULL, "", Some(to)).is_ok() {
        use_path().set(to.to_owned());
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
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
