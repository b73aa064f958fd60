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
pub mod locale;
pub mod pages;
pub mod router;
pub mod session;

use leptos::prelude::*;

use crate::pages::sign_in::RequireSignIn;
use crate::router::{navigate, use_path, Link, Router};
use crate::session::Session;

/// The whole console: header, navigation and the page for the current path.
#[component]
pub fn App() -> impl IntoView {
    Session::provide();
    view! {
        <Router>
            <header class="app-header">
                <Link href="/" class="brand">"IAM Console"</Link>
                <nav aria-label="Main">
                    <Link href="/password">"Change password"</Link>
                    <Link href="/users">"Users"</Link>
                </nav>
                <SessionStatus />
            </header>
            <main id="main">
                <CurrentPage />
            </main>
        </Router>
    }
}

/// "Signed in as <name>" with "Sign out", or a link to sign in.
#[component]
fn SessionStatus() -> impl IntoView {
    let session = Session::use_context();
    let sign_out = move |_| {
        session.sign_out();
        navigate("/sign-in");
    };
    move || match session.identity.get() {
        Some(identity) => view! {
            <div class="session">
                <span>"Signed in as " <strong>{identity.user_name().to_owned()}</strong></span>
                <button type="button" class="secondary" on:click=sign_out>"Sign out"</button>
            </div>
        }
        .into_any(),
        None => view! { <div class="session"><Link href="/sign-in">"Sign in"</Link></div> }.into_any(),
    }
}

/// Picks the page for the current path.
#[component]
fn CurrentPage() -> impl IntoView {
    let path = use_path();
    move || match path.get().as_str() {
        "/" => pages::home::HomePage().into_any(),
        "/sign-in" => pages::sign_in::SignInPage().into_any(),
        "/password" => {
            view! { <RequireSignIn><pages::change_password::ChangePasswordPage /></RequireSignIn> }.into_any()
        }
        "/users" => view! { <RequireSignIn><pages::users::UsersPage /></RequireSignIn> }.into_any(),
        path if path.starts_with("/users/") && path.len() > "/users/".len() => {
            let user_id = path["/users/".len()..].to_owned();
            view! { <RequireSignIn><pages::user_detail::UserDetailPage user_id=user_id.clone() /></RequireSignIn> }
                .into_any()
        }
        _ => pages::not_found::NotFoundPage().into_any(),
    }
}
