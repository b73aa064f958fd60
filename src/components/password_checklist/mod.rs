//! The new-password rules as a checklist that ticks while the person types. Every line
//! comes from `iam_v5::password_policy::check` — the code the emulator refuses with — plus
//! "the confirmation matches". Point the new-password field at it with
//! `aria-describedby`, so a screen reader reads the rules with the field. An
//! administrator's reset has no current password: without one, that rule is left out.
//!
//! ```no_run
//! use leptos::prelude::*;
//! use iam_console::components::PasswordChecklist;
//! # #[component] fn Demo() -> impl IntoView {
//! let (user, current, new, confirm) = (Signal::stored("alice".to_owned()), Signal::stored(String::new()), Signal::stored(String::new()), Signal::stored(String::new()));
//! view! { <PasswordChecklist id="new-password-rules" policy=iam_v5::PasswordPolicy::default() user_name=user current=current new=new confirm=confirm /> }
//! # }
//! ```

use iam_v5::password_policy::{self, Rule};
use iam_v5::{password_strength, PasswordPolicy};
use leptos::prelude::*;

use crate::components::Problem;
use crate::i18n::{password_words, tr};

/// What is wrong with a new password (at `new_id`) and its confirmation (at `confirm_id`)
/// before anything is sent: empty, a broken rule of `policy`, one of the most common
/// passwords, a confirmation that differs. `current` is what it must differ from ("" when
/// unknown, as in an administrator's reset).
pub fn new_password_problems(
    policy: &PasswordPolicy,
    user_name: &str,
    current: &str,
    (new, confirm): (&str, &str),
    (new_id, confirm_id): (&'static str, &'static str),
) -> Vec<Problem> {
    let text = password_words();
    let mut problems = Vec::new();
    let new_problem = if new.is_empty() {
        Some(text.enter_new.to_owned())
    } else if let Some(rule) = password_policy::first_broken(policy, user_name, current, new) {
        Some((text.refusal)(&rule))
    } else if password_strength::is_common(new) {
        Some(text.common.to_owned())
    } else {
        None
    };
    if let Some(message) = new_problem {
        problems.push(Problem { field: new_id, message });
    }
    if confirm.is_empty() {
        problems.push(Problem { field: confirm_id, message: text.enter_confirm.into() });
    } else if confirm != new {
        problems.push(Problem { field: confirm_id, message: text.mismatch.into() });
    }
    problems
}

/// The server's refusal of a new password (`body`), worded: the rule the sent password
/// breaks when `policy` tells which, else the server's own message after ours.
pub fn rejection_message(
    body: &iam_v5::ApiErrorBody,
    policy: &PasswordPolicy,
    user_name: &str,
    (old, new): (&str, &str),
) -> String {
    let rule = (iam_v5::error::canonical(&body.error_code) == iam_v5::error::codes::WEAK_PASSWORD)
        .then(|| password_policy::first_broken(policy, user_name, old, new))
        .flatten();
    rule.map_or_else(|| crate::i18n::errors::refusal_with_detail(body), |rule| (password_words().refusal)(&rule))
}

/// The checklist; each line says whether it is met, in words as well as a mark.
#[component]
pub fn PasswordChecklist(
    /// Id of the list, for the field's `aria-describedby`.
    id: &'static str,
    /// The policy the rules come from.
    policy: PasswordPolicy,
    /// The user's name (the not-the-user-name rule).
    #[prop(into)]
    user_name: Signal<String>,
    /// The current password (the differs-from-current rule, left out without one).
    #[prop(optional, into)]
    current: Option<Signal<String>>,
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
        let mut lines: Vec<(String, bool)> = password_policy::check(
            &policy,
            &user_name.get(),
            &current.map(|c| c.get()).unwrap_or_default(),
            &new_password,
        )
        .into_iter()
        .filter(|result| current.is_some() || result.rule != Rule::DiffersFromOld)
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

/// The element ids of [`NewPasswordFields`]: the password, its confirmation, the checklist.
#[derive(Clone, Copy)]
pub struct NewPasswordIds {
    pub new: &'static str,
    pub confirm: &'static str,
    pub rules: &'static str,
}

/// "New password", the policy's checklist (once the policy is read) and "Confirm new
/// password", each with show/hide: a password an administrator sets for a user (the reset
/// dialog, "Create user"), so no current password.
#[component]
pub fn NewPasswordFields(
    ids: NewPasswordIds,
    /// The account's rules, once read.
    policy: Signal<Option<PasswordPolicy>>,
    /// The user's name (the not-the-user-name rule).
    #[prop(into)]
    user_name: Signal<String>,
    new: RwSignal<String>,
    confirm: RwSignal<String>,
    /// The form's problems; each field shows its own.
    problems: Memo<Vec<Problem>>,
    /// Whether each password is shown; the form hides both when it sends them.
    shown: [RwSignal<bool>; 2],
) -> impl IntoView {
    use crate::components::{message_for, Reveal, TextField};
    use crate::i18n::security_words as words;
    let checklist = move || {
        policy.get().map(|rules| {
            view! { <PasswordChecklist id=ids.rules policy=rules user_name=user_name new=new confirm=confirm /> }
        })
    };
    view! {
        <TextField id=ids.new label=|_| words().new_password input_type="password" autocomplete="new-password"
            value=new error=message_for(problems, ids.new) hint_ids=ids.rules
            reveal=Reveal { what: |_| words().reveal_new, shown: shown[0] } />
        {checklist}
        <TextField id=ids.confirm label=|_| words().confirm_password input_type="password" autocomplete="new-password"
            value=confirm error=message_for(problems, ids.confirm)
            reveal=Reveal { what: |_| words().reveal_confirm, shown: shown[1] } />
    }
}

/// The account's password rules for a form that sets one: None while they load, then the
/// policy, or the documented defaults when it cannot be read (IAM checks again anyway).
pub fn use_password_policy() -> Signal<Option<PasswordPolicy>> {
    let load =
        crate::components::use_load(|client, credentials| async move { client.password_policy(&credentials).await });
    Signal::derive(move || load.state.with(|state| state.as_ref().map(|read| read.clone().unwrap_or_default())))
}
