//! Any path the console does not know.

use leptos::prelude::*;

use crate::router::Link;

/// Shown for unknown paths.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <h1>"Page not found"</h1>
        <p>"There is no page at this address."</p>
        <p><Link href="/">"Go to the start page"</Link></p>
    }
}
