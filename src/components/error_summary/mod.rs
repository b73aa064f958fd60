//! "There is a problem": every problem of a form in one place, each a link that moves
//! focus to its field. The form focuses the summary after a refused submit, so a screen
//! reader reads it out and a keyboard user starts from it.
//!
//! ```no_run
//! use leptos::prelude::*;
//! use iam_console::components::{ErrorSummary, Problem};
//! # #[component] fn Demo() -> impl IntoView {
//! let problems = Signal::derive(|| vec![Problem { field: "new-password", message: "Enter a new password.".into() }]);
//! let summary = NodeRef::new();
//! view! { <ErrorSummary problems=problems node_ref=summary /> }
//! # }
//! ```

use leptos::html::Div;
use leptos::prelude::*;

use crate::i18n::tr;

/// A problem with one field: the field's element id and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Element id of the field the problem is about, or [`Problem::WHOLE_FORM`].
    pub field: &'static str,
    /// The message, as shown under the field too.
    pub message: String,
}

impl Problem {
    /// The `field` of a problem no one field owns: listed in the summary, under no field.
    pub const WHOLE_FORM: &'static str = "";
}

/// The summary; hidden while there is no problem.
#[component]
pub fn ErrorSummary(
    /// The problems, in the order of the fields on the page.
    #[prop(into)]
    problems: Signal<Vec<Problem>>,
    /// Lets the form focus the summary ([`focus_after_render`]).
    node_ref: NodeRef<Div>,
) -> impl IntoView {
    let items = move || {
        problems
            .get()
            .into_iter()
            .map(|Problem { field, message }| {
                if field == Problem::WHOLE_FORM {
                    return view! { <li>{message}</li> }.into_any();
                }
                let focus_field = move |event: leptos::ev::MouseEvent| {
                    // Focus the input itself: following `#id` would only scroll to it.
                    event.prevent_default();
                    if let Some(input) = document().get_element_by_id(field) {
                        let _ = wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlElement>(&input).focus();
                    }
                };
                view! { <li><a href=format!("#{field}") on:click=focus_field>{message}</a></li> }.into_any()
            })
            .collect_view()
    };
    view! {
        <div
            class="error-summary"
            tabindex="-1"
            aria-labelledby="error-summary-title"
            hidden=move || problems.with(Vec::is_empty)
            node_ref=node_ref
        >
            <h2 id="error-summary-title">{tr(|t| t.shared.problem_title)}</h2>
            <ul>{items}</ul>
        </div>
    }
}

/// Focuses `node` once the signals just set have been rendered (the next tick).
pub fn focus_after_render<E>(node: NodeRef<E>)
where
    E: leptos::html::ElementType,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    crate::components::loaded::spawn(async move {
        leptos::task::tick().await;
        if let Some(element) = node.get_untracked() {
            let _ = wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlElement>(&element).focus();
        }
    });
}

/// Focuses the element with this id once the signals just set have been rendered (a field
/// whose message just appeared).
pub fn focus_id_after_render(id: String) {
    crate::components::loaded::spawn(async move {
        leptos::task::tick().await;
        if let Some(element) = document().get_element_by_id(&id) {
            let _ = wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlElement>(&element).focus();
        }
    });
}
