//! Pages whose code arrives when they are first visited. In a release build for the
//! browser (`cfg(split_wasm)`, set by build.rs) each page's code is its own wasm file,
//! fetched on the first visit and kept; elsewhere (`trunk serve`, component tests, the
//! host) the page is drawn at once. While the file arrives the page says so, after a
//! moment; if it does not arrive, it says that, with "Try again".
//!
//! ```ignore
//! use leptos::prelude::*;
//! use crate::components::on_demand::{on_demand, OnDemand};
//! on_demand!(
//!     /// The greeting page.
//!     GREETING = split_greeting => |name| view! { <p>{name}</p> }.into_any()
//! );
//! # #[component] fn Demo() -> impl IntoView {
//! view! { <OnDemand page=GREETING param="Zhang Wei" /> }
//! # }
//! ```

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;

use crate::i18n::tr;

/// A page: draws itself for its parameter (the user id of `/users/{id}`, or nothing).
pub type Page = fn(String) -> AnyView;

/// A page's code did not arrive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageNotLoaded;

impl From<leptos::wasm_split::SplitLoaderError> for PageNotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        PageNotLoaded
    }
}

/// A page's code on its way.
pub type PageArriving = Pin<Box<dyn Future<Output = Result<Page, PageNotLoaded>>>>;

/// How to reach a page made by [`on_demand!`].
#[derive(Clone, Copy)]
pub struct OnDemandPage {
    /// The page, if its code is already here.
    pub ready: fn() -> Option<Page>,
    /// Fetches the page's code (once it has arrived, [`OnDemandPage::ready`] has it).
    pub load: fn() -> PageArriving,
}

/// Defines `NAME`, an [`OnDemandPage`] whose code is the wasm file `chunk` in a split build.
macro_rules! on_demand {
    ($(#[$doc:meta])* $name:ident = $chunk:ident => |$param:ident| $body:expr) => {
        $(#[$doc])*
        pub const $name: $crate::components::on_demand::OnDemandPage = {
            use $crate::components::on_demand::{Page, PageNotLoaded};
            #[cfg_attr(
                split_wasm,
                ::leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)
            )]
            fn $chunk() -> Result<Page, PageNotLoaded> {
                Ok(|$param: String| -> ::leptos::prelude::AnyView { $body })
            }
            // A page whose file arrived is drawn at once from then on, with no frame of waiting.
            #[cfg(split_wasm)]
            static LOADED: ::std::sync::OnceLock<Page> = ::std::sync::OnceLock::new();
            fn ready() -> Option<Page> {
                #[cfg(split_wasm)]
                return LOADED.get().copied();
                #[cfg(not(split_wasm))]
                return $chunk().ok();
            }
            fn load() -> $crate::components::on_demand::PageArriving {
                Box::pin(async {
                    #[cfg(split_wasm)]
                    {
                        let page = $chunk().await?;
                        return Ok(*LOADED.get_or_init(|| page));
                    }
                    #[cfg(not(split_wasm))]
                    return $chunk();
                })
            }
            $crate::components::on_demand::OnDemandPage { ready, load }
        };
    };
}
// Reached by its path, `crate::components::on_demand::on_demand!`: a macro exported at
// the crate root would make every page an import of lib.rs, an arrow back up.
pub(crate) use on_demand;

/// Draws `page` for `param`, fetching its code first if it is not here yet.
#[component]
pub fn OnDemand(
    /// The page, from [`on_demand!`].
    page: OnDemandPage,
    /// The page's parameter.
    #[prop(into, optional)]
    param: String,
) -> impl IntoView {
    if let Some(draw) = (page.ready)() {
        return draw(param);
    }
    let state = RwSignal::new(None::<Result<Page, PageNotLoaded>>);
    let fetch = move || {
        state.set(None);
        crate::components::loaded::spawn(async move { state.set(Some((page.load)().await)) });
    };
    fetch();
    (move || match state.get() {
        None => view! { <p class="page-loading" role="status">{tr(|t| t.shared.page_loading)}</p> }.into_any(),
        Some(Ok(draw)) => draw(param.clone()),
        Some(Err(PageNotLoaded)) => view! {
            <div class="notice error" role="alert">
                <h1>{tr(|t| t.shared.page_not_loaded_title)}</h1>
                <p>{tr(|t| t.shared.page_not_loaded)}</p>
                <button type="button" on:click=move |_| fetch()>{tr(|t| t.shared.try_again)}</button>
            </div>
        }
        .into_any(),
    })
    .into_any()
}
