//! Any path the console does not know.

use leptos::prelude::*;

use crate::i18n::{not_found_words, page_title, tr};
use crate::router::Link;

/// Shown for unknown paths.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    page_title(|_| not_found_words().title);
    view! {
        <h1>{tr(|_| not_found_words().title)}</h1>
        <p>{tr(|_| not_found_words().body)}</p>
        <p><Link href="/">{tr(|_| not_found_words().home_link)}</Link></p>
    }
}
