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
use super::selection::selectable;
use crate::i18n::{tr, users_words};
use crate::locale;
use crate::router::Link;

/// The chosen users (their ids) and who is looking (never chosen), for "Several at once".
#[derive(Clone, Copy)]
pub struct Selection {
    pub selected: RwSignal<Vec<String>>,
    pub me: Signal<String>,
}

/// The rows of `users` in view, in a table with the account's four columns (and a
/// checkbox a row first, with a `selection`).
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
pub fn UserTable(
    #[prop(into)] users: Signal<Vec<User>>,
    /// Rows can be chosen.
    #[prop(optional)]
    selection: Option<Selection>,
) -> impl IntoView {
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
    let columns = if selection.is_some() { 5 } else { 4 };
    let row = move |index: ReadSignal<usize>, user: User| {
        let place = move || drawn.with(|d| d.start) + index.get() + 2;
        view! { <UserRow user=user place=place selection=selection /> }
    };

    view! {
        <table class="data-table user-list" class:selectable=selection.is_some() aria-rowcount=move || users.with(Vec::len) + 1>
            <caption class="visually-hidden">{tr(|t| t.titles.users)}</caption>
            <thead>
                <tr aria-rowindex="1">
                    {selection.map(|_| view! { <th scope="col"><span class="visually-hidden">{tr(|_| users_words().selected_column)}</span></th> })}
                    <th scope="col">{tr(|_| users_words().name)}</th>
                    <th scope="col">{tr(|_| users_words().description)}</th>
                    <th scope="col">{tr(|_| users_words().status)}</th>
                    <th scope="col">{tr(|_| users_words().created)}</th>
                </tr>
            </thead>
            <tbody node_ref=body>
                {move || (above() > 0.0).then(|| view! { <NotDrawn height=above columns=columns /> })}
                // Keyed by what a row shows: a user changed since is drawn again.
                <ForEnumerate each=each
                    key=|user| (user.user_id.clone(), user.user_name.clone(), user.description.clone(), user.enabled)
                    children=row />
                {move || (below() > 0.0).then(|| view! { <NotDrawn height=below columns=columns /> })}
            </tbody>
        </table>
    }
}

/// One user's row, `place` its row number in the whole table (the header is 1).
#[component]
fn UserRow(
    user: User,
    place: impl Fn() -> usize + Send + Sync + 'static,
    selection: Option<Selection>,
) -> impl IntoView {
    let href = format!("/users/{}", user.user_id);
    let description = user.description.clone();
    let choose = selection.map(|Selection { selected, me }| {
        let may = me.with_untracked(|me| selectable(&user, me));
        let (id, name) = (user.user_id.clone(), user.user_name.clone());
        let box_id = format!("select-{id}");
        let checkbox = may.then(|| {
            let (checked_id, toggled_id) = (id.clone(), id.clone());
            view! {
                <input id=box_id.clone() type="checkbox" prop:checked=move || selected.with(|s| s.contains(&checked_id))
                    on:change=move |event| {
                        let on = event_target_checked(&event);
                        selected.update(|s| {
                            s.retain(|kept| *kept != toggled_id);
                            if on {
                                s.push(toggled_id.clone());
                            }
                        });
                    } />
                <label class="visually-hidden" for=box_id.clone()>{move || (users_words().select_named)(&name)}</label>
            }
        });
        view! { <td class="select">{checkbox}</td> }
    });
    view! {
        <tr aria-rowindex=place>
            {choose}
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
fn NotDrawn(height: impl Fn() -> f64 + Send + Sync + 'static, columns: u32) -> impl IntoView {
    view! {
        <tr class="not-drawn" aria-hidden="true">
            <td colspan=columns style:height=move || format!("{}px", height())></td>
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
