//! `/`: where to go from here.

use leptos::prelude::*;

use crate::i18n::{page_title, tr};
use crate::router::Link;

/// The start page.
#[component]
pub fn HomePage() -> impl IntoView {
    page_title(|t| t.home.title);
    view! {
        <h1>{tr(|t| t.frame.brand)}</h1>
        <p>{tr(|t| t.home.lead)}</p>
        <ul>
            <li><Link href="/password">{tr(|t| t.home.change_password)}</Link></li>
            <li><Link href="/users">{tr(|t| t.home.users)}</Link>{tr(|t| t.home.administrators)}</li>
        </ul>
    }
}
