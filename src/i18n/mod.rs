//! The console's two languages, English and Simplified Chinese: which one is in force,
//! and every word the app shows, from one catalogue per language.
//!
//! The catalogue is a folder a language, a file a section: `en/<section>.rs` holds the
//! section's shape (`pub struct Words`, one field a message) and its English `WORDS`,
//! `zh_cn/<section>.rs` its Chinese `WORDS`, so a message missing in one language does not
//! compile, and a section missing in one fails the build. A `const WORDS` is the first
//! screen's: a field of [`Text`], read with [`t`]. A `static WORDS` is a page's, read with
//! `<section>_words()` from that page's code only, so it arrives with the page's file.
//! build.rs lists the folders: adding a section is adding its two files.
//! Messages with parameters are functions in the catalogue. The language lives in one
//! signal: whatever reads [`t`] in a reactive closure is worded again when it changes,
//! so switching keeps the page, and everything typed into it, as it is.
//!
//! ```no_run
//! use leptos::prelude::*;
//! use iam_console::i18n::{self, tr, Lang};
//! # #[component] fn Demo() -> impl IntoView {
//! // A text node that follows the language:
//! let title = view! { <h1>{tr(|t| t.titles.sign_in)}</h1> };
//! // A message with parameters, worded when the closure runs:
//! // A page's own words, from its section:
//! let count = move || (i18n::users_words().count)(3, 12, true);
//! i18n::set_lang(Lang::ZhCn);
//! # view! { {title} <p>{count}</p> }
//! # }
//! ```
//!
//! A catalogue with a message left out is refused by the compiler:
//!
//! ```compile_fail
//! use iam_console::i18n::en::not_found::Words;
//! static PARTIAL: Words = Words { body: "There is no page at this address." };
//! ```

pub mod en;
pub mod errors;
pub mod zh_cn;

// `Text` (the first screen's words) and one `<section>_words()` a page's section, written
// by build.rs from the files in `en/` and `zh_cn/`.
include!(concat!(env!("OUT_DIR"), "/words.rs"));

use leptos::prelude::*;

/// A language the console speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// English.
    En,
    /// Simplified Chinese.
    ZhCn,
}

impl Lang {
    /// Both, in the order the "Language" control lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::ZhCn];

    /// The BCP 47 tag: `<html lang>`, the stored preference, the control's option value.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhCn => "zh-CN",
        }
    }

    /// Huawei Cloud's `X-Language` value, the language of the server's messages.
    pub fn header(self) -> &'static str {
        match self {
            Lang::En => "en-us",
            Lang::ZhCn => "zh-cn",
        }
    }

    /// The language's name in itself, the same whatever language is in force.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::ZhCn => "简体中文",
        }
    }

    /// The language a tag names, if we speak it: any `zh…` is Simplified Chinese, any
    /// `en…` English.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        match primary.as_str() {
            "zh" => Some(Lang::ZhCn),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The first of `preferred` (the browser's `navigator.languages`) that we speak,
    /// else English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred.into_iter().find_map(Lang::from_tag).unwrap_or(Lang::En)
    }

    /// The catalogue of this language.
    pub fn text(self) -> &'static Text {
        match self {
            Lang::En => &en::TEXT,
            Lang::ZhCn => &zh_cn::TEXT,
        }
    }
}

/// The character classes `present` has, by `names` (upper, lower, digit, special), joined
/// by `separator`; `none` when it has none. Each catalogue brings its own words.
fn list_classes(
    present: &iam_v5::password_policy::CharClasses,
    names: [&str; 4],
    none: &str,
    separator: &str,
) -> String {
    let has = [present.upper, present.lower, present.digit, present.special];
    let named: Vec<&str> = names.into_iter().zip(has).filter_map(|(name, has)| has.then_some(name)).collect();
    if named.is_empty() {
        none.to_owned()
    } else {
        named.join(separator)
    }
}

/// Where the choice is remembered: a preference, not a secret.
const STORAGE_KEY: &str = "iam-console-language";

/// The language at start: the one chosen before, else the browser's first that we speak.
fn initial() -> Lang {
    if !cfg!(target_arch = "wasm32") {
        return Lang::En;
    }
    let window = window();
    let stored = window.local_storage().ok().flatten().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    if let Some(lang) = stored.as_deref().and_then(Lang::from_tag) {
        return lang;
    }
    let languages: Vec<String> = window.navigator().languages().iter().filter_map(|v| v.as_string()).collect();
    Lang::negotiate(languages.iter().map(String::as_str))
}

/// Marks the document with the language, for screen readers, fonts and translation tools.
fn mark_document(lang: Lang) {
    if cfg!(target_arch = "wasm32") {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.tag());
        }
    }
}

thread_local! {
    // One signal for the whole app, made on first use; it lives as long as the page.
    static LANG: ArcRwSignal<Lang> = {
        let lang = initial();
        mark_document(lang);
        ArcRwSignal::new(lang)
    };
}

/// The language in force; inside a reactive closure, the closure runs again when it changes.
pub fn lang() -> Lang {
    LANG.with(|lang| lang.get())
}

/// The language in force, without subscribing (event handlers, request headers).
pub fn lang_untracked() -> Lang {
    LANG.with(|lang| lang.get_untracked())
}

/// Switches the whole console to `lang` at once, marks `<html lang>` and remembers the choice.
pub fn set_lang(lang: Lang) {
    mark_document(lang);
    if cfg!(target_arch = "wasm32") {
        if let Some(storage) = window().local_storage().ok().flatten() {
            let _ = storage.set_item(STORAGE_KEY, lang.tag());
        }
    }
    LANG.with(|signal| signal.set(lang));
}

/// The catalogue in force (tracked, like [`lang`]).
pub fn t() -> &'static Text {
    lang().text()
}

/// The catalogue in force, without subscribing.
pub fn t_untracked() -> &'static Text {
    lang_untracked().text()
}

/// One message of the catalogue, picked out by a function: `|t| t.sign_in.title`, or a
/// page's own, `|_| users_words().title`.
pub type Entry = fn(&'static Text) -> &'static str;

/// A reactive text for a view: the message `words` picks, in the language in force.
/// Every call returns the same closure type, so views with many texts share one
/// rendering path instead of each paying for its own (~1 KB of wasm a closure type).
pub fn tr(words: Entry) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || words(t())
}

/// Keeps `document.title` as "<page> – IAM Console" in the language in force, while the
/// calling page is shown.
pub fn page_title(words: Entry) {
    Effect::new(move |_| {
        let text = t();
        document().set_title(&(text.frame.document_title)(words(text)));
    });
}

/// The text before and after the `{}` of a catalogue sentence that holds markup (a name in
/// bold, a code, a link): the view puts the element between them, so the sentence stays
/// whole for translators and each language places the element where it belongs.
pub fn around_slot(sentence: &'static str) -> (&'static str, &'static str) {
    sentence.split_once("{}").unwrap_or((sentence, ""))
}

/// A text node before and one after the slot of `words` ([`around_slot`]), in the language
/// in force.
pub fn tr_around(
    words: Entry,
) -> (impl Fn() -> &'static str + Copy + Send + Sync + 'static, impl Fn() -> &'static str + Copy + Send + Sync + 'static)
{
    (move || around_slot(words(t())).0, move || around_slot(words(t())).1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_language_we_speak_wins() {
        assert_eq!(Lang::negotiate(["fr-FR", "zh-TW", "en-GB"]), Lang::ZhCn);
        assert_eq!(Lang::negotiate(["de", "en-GB", "zh"]), Lang::En);
        assert_eq!(Lang::negotiate(["zh-Hans-CN"]), Lang::ZhCn);
        assert_eq!(Lang::negotiate(["ja", "ko"]), Lang::En);
        assert_eq!(Lang::negotiate([]), Lang::En);
    }

    #[test]
    fn tags_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
    }

    #[test]
    fn a_slot_splits_a_sentence_around_its_markup() {
        assert_eq!(super::around_slot("Signed in as {}"), ("Signed in as ", ""));
        assert_eq!(super::around_slot("{}（管理员）"), ("", "（管理员）"));
        assert_eq!(super::around_slot("No slot"), ("No slot", ""));
    }
}
