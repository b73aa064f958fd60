//! A section's heading at a level the page chooses, so one section (a user's access keys)
//! sits at the top of one page and inside another's "Security".

use leptos::prelude::*;

use crate::i18n::{tr, Entry};

/// `<h2>` to `<h4>` holding `text`, in the language in force.
#[component]
pub fn Heading(
    /// 2, 3 or 4 (anything else is 2).
    level: u8,
    /// The words.
    text: Entry,
    /// An id, for `aria-labelledby` of the section it heads.
    #[prop(optional)]
    id: Option<&'static str>,
) -> impl IntoView {
    match level {
        3 => view! { <h3 id=id>{tr(text)}</h3> }.into_any(),
        4 => view! { <h4 id=id>{tr(text)}</h4> }.into_any(),
        _ => view! { <h2 id=id>{tr(text)}</h2> }.into_any(),
    }
}
