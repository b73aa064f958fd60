//! `/`: where to go from here.

use leptos::prelude::*;

use crate::router::Link;

/// The start page.
#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <h1>"IAM Console"</h1>
        <p>"Manage your Huawei Cloud IAM account."</p>
        <ul>
            <li><Link href="/password">"Change your password"</Link></li>
            <li><Link href="/users">"Find and edit users"</Link>" (administrators)"</li>
        </ul>
    }
}
