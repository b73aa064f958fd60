//! A labelled `<select>` of a few fixed options, for the header's preferences ("Language",
//! "Theme"): native, so it is keyboard- and screen-reader-friendly and costs little.
//!
//! ```no_run
//! use leptos::prelude::*;
//! use iam_console::components::{Choice, ChoiceOption};
//! # #[component] fn Demo() -> impl IntoView {
//! const SIZES: &[ChoiceOption] = &[
//!     ChoiceOption { value: "s", name: |t| t.frame.theme_light, lang: None },
//!     ChoiceOption { value: "l", name: |t| t.frame.theme_dark, lang: None },
//! ];
//! let size = RwSignal::new("s");
//! view! { <Choice id="size" label=|t| t.frame.theme options=SIZES selected=size on_choose=move |_v: String| () /> }
//! # }
//! ```

use leptos::prelude::*;

use crate::i18n::{tr, Entry};

/// One option of a [`Choice`].
#[derive(Clone, Copy)]
pub struct ChoiceOption {
    /// The option's value, given to `on_choose`.
    pub value: &'static str,
    /// Its name on screen.
    pub name: Entry,
    /// The language of the name, when it is not the page's ("简体中文" on an English page).
    pub lang: Option<&'static str>,
}

/// The select with its visible label; picking an option calls `on_choose` at once.
#[component]
pub fn Choice(
    /// Element id; the label points at it.
    id: &'static str,
    /// Visible label text; also the select's accessible name.
    label: Entry,
    /// The options, in order.
    options: &'static [ChoiceOption],
    /// The value chosen now.
    #[prop(into)]
    selected: Signal<&'static str>,
    /// Called with the value a person picks.
    #[prop(into)]
    on_choose: Callback<String>,
) -> impl IntoView {
    let options = options
        .iter()
        .map(|option| {
            let value = option.value;
            view! {
                <option value=value lang=option.lang prop:selected=move || selected.get() == value>
                    {tr(option.name)}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="choice-select">
            <label for=id>{tr(label)}</label>
            <select id=id on:change=move |event| on_choose.run(event_target_value(&event))>{options}</select>
        </div>
    }
}
