//! The users page's rules, apart from its view: what matches the filter, and what the
//! filter asks of the list (browse a page at a time, search the whole account, or ask IAM
//! who has an access key).

use iam_v5::User;

/// Whether `user` matches the filter text: name, description or id, ASCII letters in any case.
pub fn matches(user: &User, filter: &str) -> bool {
    let filter = filter.trim().to_ascii_lowercase();
    [&user.user_name, &user.description, &user.user_id].iter().any(|field| field.to_ascii_lowercase().contains(&filter))
}

/// What the filter text asks of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wanted {
    /// No filter: a page at a time, with "Load more".
    Browse,
    /// Text to find: every page of the account is read until it is all loaded.
    Search,
    /// An access key ID (20 upper-case letters and digits): IAM is asked who has it.
    KeyOwner(String),
}

/// What `filter` asks of the list.
pub fn wanted(filter: &str) -> Wanted {
    let text = filter.trim();
    if text.is_empty() {
        Wanted::Browse
    } else if text.len() == 20 && text.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()) {
        Wanted::KeyOwner(text.to_owned())
    } else {
        Wanted::Search
    }
}

/// Whether the next page should be read for a search now: the filter searches, the
/// account has more pages, and no "Stop" or failed page holds it back.
pub fn keep_searching(wanted: &Wanted, has_more: bool, stopped: bool, failed: bool) -> bool {
    *wanted == Wanted::Search && has_more && !stopped && !failed
}

/// Where the list stands in the window: how the rows to draw are chosen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    /// The list's top from the viewport's top, in CSS px: negative once scrolled past.
    pub top: f64,
    /// The viewport's height.
    pub height: f64,
    /// From one row's top to the next one's (rows are one line each, so all alike).
    pub pitch: f64,
}

impl Default for Viewport {
    /// Before the list is laid out: at the top of a tall window, rows of a line each.
    fn default() -> Self {
        Viewport { top: 0.0, height: 1200.0, pitch: 40.0 }
    }
}

/// The rows of a list of `len` to draw: those in view, and as many again above and below
/// (at least 10), so scrolling and Tab find rows drawn while the next ones are made. Past
/// the list's end (it shrank while scrolled down) the last rows are drawn, where the
/// browser brings the view back to.
pub fn rows_in_view(len: usize, at: &Viewport) -> std::ops::Range<usize> {
    let pitch = at.pitch.max(1.0);
    let in_view = (at.height.max(0.0) / pitch).ceil() as usize + 1;
    let margin = in_view.max(10);
    let first = (((-at.top).max(0.0) / pitch).floor() as usize).min(len.saturating_sub(1));
    let start = first.saturating_sub(margin).min(len);
    start..(first + in_view + margin).min(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(name: &str, description: &str) -> User {
        User {
            user_id: format!("id-of-{name}"),
            user_name: name.into(),
            description: description.into(),
            enabled: true,
            is_root_user: false,
            created_at: "2024-01-02T03:04:05Z".into(),
            urn: format!("iam::a:user:{name}"),
            tags: None,
        }
    }

    #[test]
    fn the_filter_looks_at_name_description_and_id_in_any_case() {
        let alice = user("Alice", "Payments team");
        assert!(matches(&alice, "ali"));
        assert!(matches(&alice, "PAYMENTS"));
        assert!(matches(&alice, "id-of-a"));
        assert!(matches(&alice, "  "));
        assert!(!matches(&alice, "bob"));
    }

    #[test]
    fn an_access_key_id_asks_who_has_it_and_other_text_searches() {
        assert_eq!(wanted("  "), Wanted::Browse);
        assert_eq!(wanted("user-01000"), Wanted::Search);
        assert_eq!(wanted(" GENKEY00000000000999 "), Wanted::KeyOwner("GENKEY00000000000999".into()));
        assert_eq!(wanted("GENKEY0000000000099"), Wanted::Search, "19 characters");
        assert_eq!(wanted("genkey00000000000999"), Wanted::Search, "key IDs are upper case");
    }

    #[test]
    fn a_search_reads_on_until_done_stopped_or_failed() {
        assert!(keep_searching(&Wanted::Search, true, false, false));
        assert!(!keep_searching(&Wanted::Search, false, false, false), "everyone is loaded");
        assert!(!keep_searching(&Wanted::Search, true, true, false), "Stop");
        assert!(!keep_searching(&Wanted::Search, true, false, true), "a page failed: Try again");
        assert!(!keep_searching(&Wanted::Browse, true, false, false), "browsing keeps Load more");
        assert!(!keep_searching(&Wanted::KeyOwner("K".into()), true, false, false));
    }

    #[test]
    fn the_rows_drawn_are_those_in_view_and_a_margin_either_side() {
        let at = |top: f64| Viewport { top, height: 400.0, pitch: 40.0 };
        // 11 rows in view, 11 more each side.
        assert_eq!(rows_in_view(5_000, &at(0.0)), 0..22);
        assert_eq!(rows_in_view(5_000, &at(150.0)), 0..22, "the list starts below the top");
        assert_eq!(rows_in_view(5_000, &at(-40_000.0)), 989..1_022);
        assert_eq!(rows_in_view(5_000, &at(-40_020.0)), 989..1_022, "half a row on: the same rows");
        assert_eq!(rows_in_view(5_000, &at(-199_960.0)), 4_988..5_000, "the last row");
        assert_eq!(rows_in_view(25, &at(0.0)), 0..22);
        assert_eq!(rows_in_view(3, &at(-1_000_000.0)), 0..3, "scrolled far past a list that shrank: its last rows");
        assert_eq!(rows_in_view(100, &at(-1_000_000.0)), 88..100);
        assert_eq!(rows_in_view(0, &at(-1_000_000.0)), 0..0);
        let short = Viewport { top: 0.0, height: 80.0, pitch: 40.0 };
        assert_eq!(rows_in_view(100, &short), 0..13, "a margin of at least 10 rows");
        assert_eq!(rows_in_view(100, &Viewport { pitch: 0.0, ..short }), 0..100, "not laid out: no division by zero");
    }

    #[test]
    fn counts_read_as_sentences() {
        let words = &crate::i18n::en::users::WORDS;
        assert_eq!((words.count)(3, 27, true), "Showing 3 of 27 loaded users.");
        assert_eq!((words.count)(1, 1, false), "1 user loaded.");
        assert_eq!((words.count)(1, 1, true), "Showing 1 of 1 loaded user.");
        assert_eq!((words.searching)(225), "Searching… 225 users so far.");
        assert_eq!((crate::i18n::zh_cn::users::WORDS.count)(3, 27, true), "已加载 27 个用户，显示其中 3 个。");
    }
}
