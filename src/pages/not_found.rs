//! Any path the console does not know.

use leptos::prelude::*;

use crate::i18n::{page_title, tr};
use crate::router::Link;

/// Shown for unknown paths.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    page_title(|t| t.not_found.title);
    view! {
        <h1>{tr(|t| t.not_found.title)}</h1>
        <p>{tr(|t| t.not_found.body)}</p>
        <p><Link href="/">{tr(|t| t.not_found.home_link)}</Link></p>
    }
}
