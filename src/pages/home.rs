//! `/`: where to go from here.

use leptos::prelude::*;

use crate::i18n::{home_words, tr, tr_around};
use crate::router::Link;

/// The start page.
#[component]
pub fn HomePage() -> impl IntoView {
    let (before, after) = tr_around(|_| home_words().users_for_administrators);
    view! {
        <h1>{tr(|t| t.frame.brand)}</h1>
        <p>{tr(|_| home_words().lead)}</p>
        <ul>
            <li><Link href="/password">{tr(|_| home_words().change_password)}</Link></li>
            <li>{before}<Link href="/users">{tr(|_| home_words().users)}</Link>{after}</li>
        </ul>
    }
}
