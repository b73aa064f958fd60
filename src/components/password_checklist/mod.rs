//! The new-password rules as a checklist that ticks while the person types. Every line
//! comes from `iam_v5::password_policy::check` — the code the emulator refuses with — plus
//! "the confirmation matches". Point the new-password field at it with
//! `aria-describedby`, so a screen reader reads the rules with the field.
//!
//! ```no_run
//! use leptos::prelude::*;
//! use iam_console::components::PasswordChecklist;
//! # #[component] fn Demo() -> impl IntoView {
//! let (user, current, new, confirm) = (Signal::stored("alice".to_owned()), Signal::stored(String::new()), Signal::stored(String::new()), Signal::stored(String::new()));
//! view! { <PasswordChecklist id="new-password-rules" policy=iam_v5::PasswordPolicy::default() user_name=user current=current new=new confirm=confirm /> }
//! # }
//! ```

use iam_v5::password_policy;
use iam_v5::PasswordPolicy;
use leptos::prelude::*;

use crate::i18n::{password_words, tr};

/// The checklist; each line says whether it is met, in words as well as a mark.
#[component]
pub fn PasswordChecklist(
    /// Id of the list, for the field's `aria-describedby`.
    id: &'static str,
    /// The policy the rules come from.
    policy: PasswordPolicy,
    /// The signed-in user's name (the not-the-user-name rule).
    #[prop(into)]
    user_name: Signal<String>,
    /// The current password (the differs-from-current rule).
    #[prop(into)]
    current: Signal<String>,
    /// The new password.
    #[prop(into)]
    new: Signal<String>,
    /// The confirmation.
    #[prop(into)]
    confirm: Signal<String>,
) -> impl IntoView {
    let lines = move || {
        let new_password = new.get();
        let text = password_words();
        let mut lines: Vec<(String, bool)> =
            password_policy::check(&policy, &user_name.get(), &current.get(), &new_password)
                .into_iter()
                .map(|result| ((text.rule)(&result.rule), result.passed && !new_password.is_empty()))
                .collect();
        let confirmed = confirm.with(|c| !c.is_empty() && *c == new_password);
        lines.push((text.confirmation_matches.to_owned(), confirmed));
        lines
            .into_iter()
            .map(|(rule, met)| {
                view! {
                    <li class=if met { "met" } else { "unmet" }>
                        <span class="mark" aria-hidden="true">{if met { "✓" } else { "○" }}</span>
                        " " {rule} " "
                        <span class="visually-hidden">{if met { text.met } else { text.not_met }}</span>
                    </li>
                }
            })
            .collect_view()
    };
    let intro_id = format!("{id}-intro");
    view! {
        <div class="checklist">
            <p id=intro_id.clone()>{tr(|_| password_words().checklist_intro)}</p>
            <ul id=id aria-labelledby=intro_id>{lines}</ul>
        </div>
    }
}
