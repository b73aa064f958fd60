//! The form toolkit every form uses: its problems (found before sending, and the server's
//! refusal where it belongs) merged in field order, each field's message, and the submit
//! button that says a request is out.
//!
//! ```no_run
//! use leptos::prelude::*;
//! use iam_console::components::{merge_problems, message_for, PendingButton, Problem};
//! # #[component] fn Demo() -> impl IntoView {
//! let pending = RwSignal::new(false);
//! let problems = Memo::new(|_| merge_problems(Vec::new(), None, &["name"]));
//! let name_message = message_for(problems, "name");
//! view! { <PendingButton pending=pending label=|t| t.sign_in.submit pending_label=|t| t.sign_in.pending /> }
//! # }
//! ```

use leptos::prelude::*;

use super::error_summary::Problem;
use crate::i18n::{t, Entry};

/// A form's problems: those found before sending, then the server's `refusal` unless its
/// field already has one, sorted by `order` (field ids as on the page; problems of the
/// whole form last).
pub fn merge_problems(mut before: Vec<Problem>, refusal: Option<Problem>, order: &[&str]) -> Vec<Problem> {
    if let Some(refusal) = refusal.filter(|r| !before.iter().any(|p| p.field == r.field)) {
        before.push(refusal);
    }
    let rank = |p: &Problem| order.iter().position(|f| *f == p.field).unwrap_or(order.len());
    iam_v5::small_sort::sort_by(&mut before, |a, b| rank(a) < rank(b));
    before
}

/// The message of the field `field` among `problems`, as a signal for its `TextField`.
pub fn message_for(problems: Memo<Vec<Problem>>, field: &'static str) -> Signal<Option<String>> {
    Signal::derive(move || problems.with(|all| all.iter().find(|p| p.field == field).map(|p| p.message.clone())))
}

/// A button whose request may be out: `label`, or `pending_label` (and `aria-disabled`)
/// while it is. It stays focusable, so a screen reader hears the change. A form's submit
/// button, unless `on_press` is given ("Load more").
#[component]
pub fn PendingButton(
    /// Whether the request is out.
    #[prop(into)]
    pending: Signal<bool>,
    /// What the button does ("Change password").
    label: Entry,
    /// What it says while waiting ("Changing password…").
    pending_label: Entry,
    /// A plain button that does this when pressed, instead of submitting its form.
    #[prop(optional, into)]
    on_press: Option<Callback<()>>,
    /// Its class, if any.
    #[prop(optional)]
    class: Option<&'static str>,
) -> impl IntoView {
    let kind = if on_press.is_some() { "button" } else { "submit" };
    view! {
        <button type=kind class=class aria-disabled=move || pending.get().then_some("true")
            on:click=move |_| if let Some(press) = on_press { press.run(()) }>
            {move || if pending.get() { pending_label(t()) } else { label(t()) }}
        </button>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(field: &'static str) -> Problem {
        Problem { field, message: format!("about {field}") }
    }

    #[test]
    fn the_refusal_joins_in_field_order_unless_its_field_has_a_problem_already() {
        let order = ["current", "new", "confirm"];
        let merged = merge_problems(vec![problem("confirm")], Some(problem("new")), &order);
        assert_eq!(merged, [problem("new"), problem("confirm")]);
        let kept = merge_problems(vec![problem("new")], Some(Problem { field: "new", message: "x".into() }), &order);
        assert_eq!(kept, [problem("new")], "the rule found before sending wins");
        let whole_form = merge_problems(vec![problem("current")], Some(problem("")), &order);
        assert_eq!(whole_form, [problem("current"), problem("")], "the whole form's problem comes last");
    }
}
