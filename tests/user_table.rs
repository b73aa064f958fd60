//! Component tests of the users table in a large account: only the rows in view and a
//! margin are drawn, the table still says how many rows it has, scrolling draws the rows
//! come into view, and a list that shrinks while scrolled far down is drawn.
#![cfg(target_arch = "wasm32")]

mod support;

use iam_console::pages::users::table::UserTable;
use iam_console::router::Router;
use iam_v5::User;
use leptos::prelude::*;
use support::mount;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn generated(count: usize) -> Vec<User> {
    (1..=count)
        .map(|n| User {
            user_id: format!("gen{n:029}"),
            user_name: format!("user-{n:05}"),
            description: format!("Generated user {n} of {count}"),
            enabled: true,
            is_root_user: false,
            created_at: "2024-01-02T03:04:05Z".into(),
            urn: format!("iam::a:user:user-{n:05}"),
            tags: None,
        })
        .collect()
}

/// The rows drawn: (row number said to screen readers, user name).
fn drawn(root: &web_sys::HtmlElement) -> Vec<(usize, String)> {
    let rows = root.query_selector_all("tbody tr").unwrap();
    (0..rows.length())
        .map(|i| rows.item(i).unwrap().unchecked_into::<web_sys::Element>())
        .filter(|row| row.get_attribute("aria-hidden").is_none())
        .map(|row| {
            let place = row.get_attribute("aria-rowindex").expect("each row says its place").parse().unwrap();
            (place, row.query_selector("a").unwrap().unwrap().text_content().unwrap())
        })
        .collect()
}

/// Lets the reactive updates and the effects after drawing run.
async fn settle() {
    for _ in 0..4 {
        leptos::task::tick().await;
    }
}

/// Scrolls the window so the table's body is `by` px above the viewport's top.
async fn scroll_list_to(root: &web_sys::HtmlElement, by: f64) {
    let body = root.query_selector("tbody").unwrap().unwrap();
    let top = body.get_bounding_client_rect().top() + window().scroll_y().unwrap();
    window().scroll_to_with_x_and_y(0.0, top + by);
    window().dispatch_event(&web_sys::Event::new("scroll").unwrap()).unwrap();
    settle().await;
}

#[wasm_bindgen_test]
async fn five_thousand_users_draw_the_rows_in_view_and_say_how_many_there_are() {
    let users = RwSignal::new(generated(5_000));
    let root = mount(move || view! { <Router><UserTable users=users /></Router> });
    settle().await;
    let table = root.query_selector("table").unwrap().unwrap();
    assert_eq!(table.get_attribute("aria-rowcount").as_deref(), Some("5001"), "the header row and 5,000 users");
    let first = drawn(&root);
    assert_eq!(first[0], (2, "user-00001".to_owned()));
    assert!(first.len() < 150, "{} rows drawn of 5,000", first.len());
    let all_rows = root.query_selector_all("tr").unwrap().length();
    assert!(all_rows < 155, "{all_rows} rows in the DOM");

    // The rows not drawn keep their place: the table is as tall as 5,000 rows.
    let pitch = {
        let rows = root.query_selector_all("tbody tr[aria-rowindex]").unwrap();
        let top = |n| rows.item(n).unwrap().unchecked_into::<web_sys::Element>().get_bounding_client_rect().top();
        top(1) - top(0)
    };
    let body_height = root.query_selector("tbody").unwrap().unwrap().get_bounding_client_rect().height();
    assert!((body_height - 5_000.0 * pitch).abs() < pitch, "{body_height} px for 5,000 rows of {pitch} px");

    // Scrolled to the 3,000th row: it and its neighbours are drawn, numbered as in the whole list.
    scroll_list_to(&root, 2_999.0 * pitch).await;
    let rows = drawn(&root);
    assert!(rows.contains(&(3_001, "user-03000".to_owned())), "{:?}", rows.first());
    assert!(!rows.iter().any(|(_, name)| name == "user-00001"), "the top rows are let go");
    assert!(rows.len() < 150, "{} rows drawn", rows.len());
    let row = root.query_selector("tbody tr[aria-rowindex='3001']").unwrap().unwrap();
    let in_view = row.get_bounding_client_rect().top();
    assert!(in_view.abs() < pitch, "the 3,000th row is at the viewport's top, {in_view} px");

    // Narrowed to three users while scrolled far down: the three are drawn.
    users.set(generated(3));
    settle().await;
    assert_eq!(
        drawn(&root).into_iter().map(|(_, name)| name).collect::<Vec<_>>(),
        ["user-00001", "user-00002", "user-00003"]
    );
    assert_eq!(table.get_attribute("aria-rowcount").as_deref(), Some("4"));
    assert_eq!(root.query_selector_all("tr.not-drawn").unwrap().length(), 0, "nothing stands in for rows");
    root.remove();
    window().scroll_to_with_x_and_y(0.0, 0.0);
}
