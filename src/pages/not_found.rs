//! Any path the console does not know.

use leptos::prelude::*;

use crate::i18n::{not_found_words, tr};
use crate::router::Link;

/// Shown for unknown paths.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <h1>{tr(|t| t.titles.not_found)}</h1>
        <p>{tr(|_| not_found_words().body)}</p>
        <p><Link href="/">{tr(|_| not_found_words().home_link)}</Link></p>
    }
}
