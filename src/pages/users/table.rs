//! The users table. Rows are keyed: a row is made once for a user and kept while it is
//! drawn. Only the rows in view and a margin either side are drawn (`rows_in_view`), so a
//! keystroke or an appended page costs the same at 25 users as at 5,000; the rows not
//! drawn are stood in for by one empty row above and one below, of their height, so the
//! page scrolls as if all were there. Screen readers hear the whole list: the table says
//! how many rows it has (`aria-rowcount`) and each row its place (`aria-rowindex`).

use iam_v5::User;
use leptos::html::Tbody;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::model::{rows_in_view, Viewport};
use crate::i18n::{tr, users_words};
use crate::locale;
use crate::router::Link;

/// The rows of `users` in view, in a table with the account's four columns.
///
/// ```no_run
/// use iam_console::pages::users::table::UserTable;
/// use leptos::prelude::*;
/// # #[component] fn Demo() -> impl IntoView {
/// let users = RwSignal::new(Vec::<iam_v5::User>::new());
/// view! { <UserTable users=users /> }
/// # }
/// ```
#[component]
pub fn UserTable(#[prop(into)] users: Signal<Vec<User>>) -> impl IntoView {
    let body = NodeRef::<Tbody>::new();
    let viewport = RwSignal::new(Viewport::default());
    // Read where the list is; set only when it moved, so rows follow whole rows only.
    let measure = move || {
        let Some(body) = body.get_untracked() else { return };
        let at = where_is(&body, viewport.with_untracked(|v| v.pitch));
        if viewport.with_untracked(|v| *v != at) {
            viewport.set(at);
        }
    };
    let on_scroll = window_event_listener(leptos::ev::scroll, move |_| measure());
    let on_resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || {
        on_scroll.remove();
        on_resize.remove();
    });
    let drawn = Memo::new(move |_| viewport.with(|at| rows_in_view(users.with(Vec::len), at)));
    // Once rows are drawn, their pitch is known (a language, a zoom, the card layout).
    Effect::new(move |_| {
        drawn.track();
        measure();
    });
    let above = move || drawn.with(|d| d.start) as f64 * viewport.with(|v| v.pitch);
    let below = move || users.with(Vec::len).saturating_sub(drawn.with(|d| d.end)) as f64 * viewport.with(|v| v.pitch);
    let each = move || {
        let range = drawn.get();
        users.with(|all| all.get(range).map(<[User]>::to_vec).unwrap_or_default())
    };
    let row = move |index: ReadSignal<usize>, user: User| {
        let place = move || drawn.with(|d| d.start) + index.get() + 2;
        view! { <UserRow user=user place=place /> }
    };

    view! {
        <table class="users user-list" aria-rowcount=move || users.with(Vec::len) + 1>
            <caption class="visually-hidden">{tr(|_| users_words().title)}</caption>
            <thead>
                <tr aria-rowindex="1">
                    <th scope="col">{tr(|_| users_words().name)}</th>
                    <th scope="col">{tr(|_| users_words().description)}</th>
                    <th scope="col">{tr(|_| users_words().status)}</th>
                    <th scope="col">{tr(|_| users_words().created)}</th>
                </tr>
            </thead>
            <tbody node_ref=body>
                {move || (above() > 0.0).then(|| view! { <NotDrawn height=above /> })}
                // Keyed by what a row shows: a user changed since is drawn again.
                <ForEnumerate each=each
                    key=|user| (user.user_id.clone(), user.user_name.clone(), user.description.clone(), user.enabled)
                    children=row />
                {move || (below() > 0.0).then(|| view! { <NotDrawn height=below /> })}
            </tbody>
        </table>
    }
}

/// One user's row, `place` its row number in the whole table (the header is 1).
#[component]
fn UserRow(user: User, place: impl Fn() -> usize + Send + Sync + 'static) -> impl IntoView {
    let href = format!("/users/{}", user.user_id);
    let description = user.description.clone();
    view! {
        <tr aria-rowindex=place>
            <td>
                <Link href=href>{user.user_name}</Link>
                {user.is_root_user.then(|| view! { " " <span class="badge">{tr(|_| users_words().root)}</span> })}
            </td>
            // One line a row (the rows are alike in height); the whole text on hover and on the user's page.
            <td data-label=tr(|_| users_words().description) title=description>{user.description}</td>
            <td data-label=tr(|_| users_words().status)>
                {tr(if user.enabled { |_| users_words().enabled } else { |_| users_words().disabled })}
            </td>
            <td data-label=tr(|_| users_words().created)>{move || locale::date(&user.created_at)}</td>
        </tr>
    }
}

/// The rows not drawn, above or below those in view: their height, nothing to read.
#[component]
fn NotDrawn(height: impl Fn() -> f64 + Send + Sync + 'static) -> impl IntoView {
    view! {
        <tr class="not-drawn" aria-hidden="true">
            <td colspan="4" style:height=move || format!("{}px", height())></td>
        </tr>
    }
}

/// Where `body`'s rows are now. The pitch is the distance between the first two rows
/// drawn (their margin included, in the card layout), else the `known` one.
fn where_is(body: &web_sys::HtmlTableSectionElement, known: f64) -> Viewport {
    let rows = body.query_selector_all("tr[aria-rowindex]").ok();
    let top_of = |n: u32| {
        rows.as_ref()
            .and_then(|r| r.item(n))
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            .map(|e| e.get_bounding_client_rect().top())
    };
    let pitch = match (top_of(0), top_of(1)) {
        (Some(first), Some(second)) if second > first => second - first,
        _ => known,
    };
    let height = window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(Viewport::default().height);
    Viewport { top: body.get_bounding_client_rect().top(), height, pitch }
}
