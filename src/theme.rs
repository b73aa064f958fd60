//! Light and dark: the system's (`prefers-color-scheme`) unless the person chose one in
//! the header's "Theme" control. The choice is remembered in `localStorage` and shown as
//! `data-theme` on `<html>`, which the stylesheet follows. `style/theme.js`, a tiny
//! external script in `<head>` (the CSP allows no inline one), sets the same attribute
//! before the first paint, so a dark page never flashes white.
//!
//! ```no_run
//! iam_console::theme::choose(iam_console::theme::Theme::Dark);
//! ```

/// A theme choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    /// Follow the system.
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// Where the choice is remembered (also read by `style/theme.js`): a preference, not a secret.
const STORAGE_KEY: &str = "iam-console-theme";

impl Theme {
    /// The value stored and used as the "Theme" control's option value.
    pub fn value(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme a stored value names; anything else is the system's.
    pub fn from_value(value: &str) -> Theme {
        match value {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::System,
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The remembered choice (the system's when none).
pub fn chosen() -> Theme {
    let stored = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    Theme::from_value(stored.as_deref().unwrap_or_default())
}

/// Applies `theme` at once and remembers it.
pub fn choose(theme: Theme) {
    if let Some(storage) = storage() {
        let _ = match theme {
            Theme::System => storage.remove_item(STORAGE_KEY),
            _ => storage.set_item(STORAGE_KEY, theme.value()),
        };
    }
    if let Some(root) = leptos::prelude::document().document_element() {
        let _ = match theme {
            Theme::System => root.remove_attribute("data-theme"),
            _ => root.set_attribute("data-theme", theme.value()),
        };
    }
}
