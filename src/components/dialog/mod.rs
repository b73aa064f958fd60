//! A modal dialog on the browser's own `<dialog>`: focus moves inside and stays there,
//! Esc closes it, and focus returns to what opened it — all native, so it costs little.
//!
//! ```no_run
//! use leptos::prelude::*;
//! use iam_console::components::Dialog;
//! # #[component] fn Demo() -> impl IntoView {
//! let open = RwSignal::new(false);
//! view! {
//!     <button type="button" on:click=move |_| open.set(true)>"Show details"</button>
//!     <Dialog id="details" title=|t| t.shared.details_title open=open><p>"…"</p></Dialog>
//! }
//! # }
//! ```

use leptos::prelude::*;

use crate::i18n::{tr, Entry};

/// A modal dialog with a title and a "Close" button.
#[component]
pub fn Dialog(
    /// Element id; the title's id is derived from it.
    id: &'static str,
    /// The dialog's heading, also its accessible name.
    #[prop(default = |_| "")]
    title: Entry,
    /// The heading as a sentence with its own parameters, instead of `title`.
    #[prop(optional, into)]
    title_text: Option<Signal<String>>,
    /// Whether the dialog is open; closing it (Esc, "Close") sets it to false.
    open: RwSignal<bool>,
    /// The name of the button that closes it without doing anything ("Close", "Cancel").
    #[prop(default = |t| t.shared.close)]
    close_label: Entry,
    /// Focus the close button first (confirmations: Enter then never destroys); otherwise
    /// the first control inside gets focus.
    #[prop(optional)]
    close_first: bool,
    /// The dialog's content.
    children: Children,
) -> impl IntoView {
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    Effect::new(move |_| {
        let wanted = open.get();
        if let Some(dialog) = dialog.get() {
            if wanted && !dialog.open() {
                let _ = dialog.show_modal();
            } else if !wanted && dialog.open() {
                dialog.close();
            }
        }
    });
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    view! {
        <dialog id=id class="dialog" aria-labelledby=labelled_by node_ref=dialog on:close=move |_| open.set(false)>
            <h2 id=title_id>{move || title_text.map_or_else(|| title(crate::i18n::t()).to_owned(), |text| text.get())}</h2>
            {children()}
            <form method="dialog">
                <button type="submit" class="secondary" autofocus=close_first>{tr(close_label)}</button>
            </form>
        </dialog>
    }
}

/// For a dialog drawn only while the caller's `closed` flag is set (so nothing typed in it
/// outlives it): the dialog's own `open`, true from the start, which clears `closed` once
/// the dialog closes (Esc, "Cancel", or done), and so unmounts it.
pub fn open_until_closed(closed: RwSignal<bool>) -> RwSignal<bool> {
    let open = RwSignal::new(true);
    Effect::new(move |_| {
        if !open.get() {
            closed.set(false);
        }
    });
    open
}
