//! The route table ([`ROUTES`], written in `table.rs`): each page's path pattern, its
//! wasm file, who may see it, its title, its header link and what to fetch before it is
//! drawn. The router ([`CurrentPage`]), the header ([`NavLinks`]), prefetching
//! ([`prefetch_for`]) and the build step all read it; a new page is one entry there plus
//! its folder under `pages/`.

use leptos::prelude::*;

use crate::api::Client;
use crate::components::on_demand::Page;
use crate::components::{OnDemand, OnDemandPage};
use crate::credentials::Credentials;
use crate::i18n::{page_title, tr, Entry};
use crate::router::{use_path, Link, RequireSignIn};
use crate::session::Session;

mod matching;
pub use matching::{matches, route_for};

/// Who may see a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not.
    Anyone,
    /// A signed-in person (their own password and credentials).
    SignedIn,
    /// A signed-in administrator. The browser cannot know who is one before asking: the
    /// page is drawn for anyone signed in, and IAM's refusal is its permission panel.
    Administrator,
}

/// When the header links to a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nav {
    Always,
    SignedIn,
}

/// How a page's code arrives.
#[derive(Clone, Copy)]
pub enum Shown {
    /// In the first screen's wasm.
    FirstScreen(Page),
    /// In a wasm file of its own, fetched on the first visit.
    OnDemand(OnDemandPage),
}

/// What the page at `path` fetches before it is drawn, given its parameter.
pub type Prefetch = fn(Client, &Credentials, &str);

/// One page.
#[derive(Clone, Copy)]
pub struct Route {
    /// `/users/{user_id}`: literal segments, `{name}` for one segment handed to the page,
    /// `*` for any path.
    pub path: &'static str,
    pub page: Shown,
    pub access: Access,
    /// Its title: the document's, its heading's and its header link's.
    pub title: Entry,
    pub nav: Option<Nav>,
    pub prefetch: Option<Prefetch>,
}

macro_rules! route_table {
    ($($name:ident $path:literal in $file:ident, for $access:ident, titled $title:ident, nav $nav:expr,
        prefetch $prefetch:expr => |$param:ident| $body:expr;)*) => {
        $(route_table!(@page $name $file |$param| $body);)*
        /// Every page, in the order paths are matched.
        pub const ROUTES: &[Route] = &[$(Route {
            path: $path,
            page: route_table!(@shown $name $file |$param| $body),
            access: Access::$access,
            title: |t| t.titles.$title,
            nav: $nav,
            prefetch: $prefetch,
        }),*];
    };
    (@page $name:ident main |$param:ident| $body:expr) => {};
    (@page $name:ident $file:ident |$param:ident| $body:expr) => {
        crate::components::on_demand::on_demand!(
            #[doc = concat!("`", stringify!($name), "`'s page, in its own wasm file.")]
            $name = $file => |$param| $body
        );
    };
    (@shown $name:ident main |$param:ident| $body:expr) => {
        Shown::FirstScreen(|$param: String| -> AnyView { $body })
    };
    (@shown $name:ident $file:ident |$param:ident| $body:expr) => {
        Shown::OnDemand($name)
    };
}

include!("table.rs");

/// Starts the requests the page at `path` will make, before it is drawn: a reload or an
/// opened link of a signed-in tab gets its data sooner.
pub fn prefetch_for(client: Client, path: &str, credentials: &Credentials) {
    let (route, param) = route_for(path);
    if let Some(prefetch) = route.prefetch {
        prefetch(client, credentials, &param);
    }
}

/// The page for the current path, titled, behind the sign-in when it needs one.
#[component]
pub fn CurrentPage() -> impl IntoView {
    let path = use_path();
    move || {
        let (index, param) = path.with(|path| matching::index_for(path));
        let route = ROUTES[index];
        page_title(route.title);
        let draw = move || match route.page {
            Shown::FirstScreen(draw) => draw(param.clone()),
            Shown::OnDemand(page) => view! { <OnDemand page=page param=param.clone() /> }.into_any(),
        };
        match route.access {
            Access::Anyone => draw(),
            Access::SignedIn | Access::Administrator => view! { <RequireSignIn>{draw()}</RequireSignIn> }.into_any(),
        }
    }
}

/// The header's links to pages, in the table's order.
#[component]
pub fn NavLinks() -> impl IntoView {
    let session = Session::use_context();
    // Folded into pairs rather than collected: a `Vec` of views costs the first screen
    // a kilobyte of list-diffing code that three fixed links never need.
    ROUTES.iter().fold(().into_any(), |links, route| {
        let (Some(nav), href, title) = (route.nav, route.path, route.title) else { return links };
        let link = move || view! { <Link href=href>{tr(title)}</Link> };
        let shown = match nav {
            Nav::Always => link().into_any(),
            Nav::SignedIn => (move || session.identity.with(Option::is_some).then(link)).into_any(),
        };
        view! { {links} {shown} }.into_any()
    })
}
