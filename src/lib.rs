//! IAM Console: a self-service and user-administration console for Huawei Cloud IAM v5.
//!
//! The app is exported as a library so browser tests can mount the whole app or one
//! component:
//!
//! ```no_run
//! leptos::mount::mount_to_body(iam_console::App);
//! ```

pub mod api;
pub mod components;
pub mod config;
pub mod credentials;
pub mod i18n;
pub mod json;
pub mod json_credentials;
pub mod json_directory;
pub mod json_encode;
pub mod locale;
pub mod pages;
pub mod perf;
pub mod router;
pub mod routes;
pub mod session;
pub mod theme;

use leptos::prelude::*;

use crate::api::Freshness;
use crate::components::{use_load, Choice, ChoiceOption, OnDemand, SIGN_IN_AGAIN};
use crate::i18n::{t, tr, Lang};
use crate::router::{navigate, Link, Router};
use crate::routes::{prefetch_for, CurrentPage, NavLinks};
use crate::session::Session;

/// The whole console: header, navigation and the page for the current path.
#[component]
pub fn App() -> impl IntoView {
    let session = Session::provide();
    if let Some(credentials) = session.credentials.get_untracked() {
        prefetch_for(session.client, &window().location().pathname().unwrap_or_default(), &credentials);
    }
    let clock_off = session.client.clock_off_minutes;
    // The dialog is drawn again only when why it asks changes, not on every write.
    let reauth = Memo::new(move |_| session.reauth.get());
    let region = config::get().region.clone().map(|region| view! { <span class="region">{region}</span> });
    view! {
        <Router>
            <header class="app-header">
                <Link href="/" class="brand">{tr(|t| t.frame.brand)}</Link>
                {region}
                <nav aria-label=tr(|t| t.frame.main_nav)>
                    <NavLinks />
                    <MyAccountLink />
                </nav>
                <Preferences />
                <SessionStatus />
            </header>
            <div role="status" class="app-notices">
                {move || clock_off.get().map(|minutes| view! { <p class="notice">{move || (t().frame.clock_off)(minutes)}</p> })}
                {move || session.expired.get().then(|| view! { <p class="notice">{tr(|t| t.frame.expired)}</p> })}
            </div>
            <main id="main">
                <CurrentPage />
            </main>
            {move || reauth.get().map(|_| view! { <OnDemand page=SIGN_IN_AGAIN /> })}
        </Router>
    }
}

/// "My account": the signed-in user's own page, for those allowed to read it. Asked again
/// whenever who is signed in changes.
#[component]
fn MyAccountLink() -> impl IntoView {
    let session = Session::use_context();
    let own_page = use_load(move |client, credentials| {
        let identity = session.identity.get_untracked();
        async move {
            let Some(identity) = identity else { return Ok(None) };
            let readable = client.user(&credentials, &identity.principal_id, Freshness::KeepForPage).await.is_ok();
            Ok(readable.then(|| format!("/users/{}", identity.principal_id)))
        }
    });
    Effect::new(move |seen: Option<()>| {
        session.identity.track();
        if seen.is_some() {
            own_page.state.set(None);
            own_page.reload();
        }
    });
    let href = move || own_page.state.get().and_then(Result::ok).flatten();
    move || href().map(|href| view! { <Link href=href>{tr(|t| t.frame.my_account)}</Link> })
}

const LANGUAGES: &[ChoiceOption] = &[
    ChoiceOption { value: "en", name: |_| Lang::En.native_name(), lang: Some("en") },
    ChoiceOption { value: "zh-CN", name: |_| Lang::ZhCn.native_name(), lang: Some("zh-CN") },
];

const THEMES: &[ChoiceOption] = &[
    ChoiceOption { value: "system", name: |t| t.frame.theme_system, lang: None },
    ChoiceOption { value: "light", name: |t| t.frame.theme_light, lang: None },
    ChoiceOption { value: "dark", name: |t| t.frame.theme_dark, lang: None },
];

/// "Language" (English or 简体中文, each named in itself) and "Theme" (System, Light,
/// Dark). Either applies at once, to every page, and keeps whatever is typed.
#[component]
fn Preferences() -> impl IntoView {
    let choose_language = move |value: String| {
        if let Some(lang) = Lang::from_tag(&value) {
            i18n::set_lang(lang);
        }
    };
    let theme = RwSignal::new(theme::chosen());
    let choose_theme = move |value: String| {
        let chosen = theme::Theme::from_value(&value);
        theme::choose(chosen);
        theme.set(chosen);
    };
    view! {
        <div class="preferences">
            <Choice id="language" label=|t| t.frame.language options=LANGUAGES
                selected=Signal::derive(|| i18n::lang().tag()) on_choose=choose_language />
            <Choice id="theme" label=|t| t.frame.theme options=THEMES
                selected=Signal::derive(move || theme.get().value()) on_choose=choose_theme />
        </div>
    }
}

/// "Signed in as <name>" with "Sign out", or a link to sign in.
#[component]
fn SessionStatus() -> impl IntoView {
    let session = Session::use_context();
    let sign_out = move |_| {
        session.sign_out();
        navigate("/sign-in");
    };
    let (before, after) = i18n::tr_around(|t| t.frame.signed_in_as);
    move || match session.identity.get() {
        Some(identity) => view! {
            <div class="session">
                <span>{before} <strong>{identity.user_name().to_owned()}</strong> {after}</span>
                <button type="button" class="secondary" on:click=sign_out>{tr(|t| t.frame.sign_out)}</button>
            </div>
        }
        .into_any(),
        None => view! { <div class="session"><Link href="/sign-in">{tr(|t| t.frame.sign_in)}</Link></div> }.into_any(),
    }
}

/// Shown instead of the console when config.json is wrong: what is wrong, and who fixes it.
#[component]
pub fn StartupProblem(
    /// The problem, naming the field.
    problem: String,
) -> impl IntoView {
    view! {
        <main id="main">
            <h1>{tr(|t| t.frame.startup_title)}</h1>
            <p class="notice error">{problem}</p>
            <p>{tr(|t| t.frame.startup_help)}</p>
        </main>
    }
}
