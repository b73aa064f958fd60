//! IAM Console: a self-service and user-administration console for Huawei Cloud IAM v5.
//!
//! The app is exported as a library so browser tests can mount the whole app or one
//! component:
//!
//! ```no_run
//! leptos::mount::mount_to_body(iam_console::App);
//! ```

pub mod api;
pub mod components;
pub mod pages;
pub mod router;

use leptos::prelude::*;

use crate::router::{use_path, Link, Router};

/// The whole console: header, navigation and the page for the current path.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <header class="app-header">
                <Link href="/" class="brand">"IAM Console"</Link>
                <nav aria-label="Main">
                    <Link href="/password">"Change password"</Link>
                </nav>
            </header>
            <main id="main">
                <CurrentPage />
            </main>
        </Router>
    }
}

/// Picks the page for the current path.
#[component]
fn CurrentPage() -> impl IntoView {
    let path = use_path();
    move || match path.get().as_str() {
        "/" => pages::home::HomePage().into_any(),
        "/password" => pages::change_password::ChangePasswordPage().into_any(),
        _ => pages::not_found::NotFoundPage().into_any(),
    }
}
