//! `/`: where to go from here.

use leptos::prelude::*;

use crate::i18n::{page_title, tr, tr_around};
use crate::router::Link;

/// The start page.
#[component]
pub fn HomePage() -> impl IntoView {
    page_title(|t| t.home.title);
    let (before, after) = tr_around(|t| t.home.users_for_administrators);
    view! {
        <h1>{tr(|t| t.frame.brand)}</h1>
        <p>{tr(|t| t.home.lead)}</p>
        <ul>
            <li><Link href="/password">{tr(|t| t.home.change_password)}</Link></li>
            <li>{before}<Link href="/users">{tr(|t| t.home.users)}</Link>{after}</li>
        </ul>
    }
}
