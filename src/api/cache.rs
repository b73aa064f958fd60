//! GETs that callers share, and answers kept for the page being opened: the keep/forget
//! rules as a plain struct over any "answer on its way" type, tested on the host.
//!
//! - While a GET is out, every GET of the same path with the same keys waits for it.
//! - An answer read with [`Freshness::KeepForPage`] also waits for the next read of that
//!   path (the page being drawn), for [`KEPT_MS`]; only a success is kept.
//! - [`Freshness::Now`] forgets a kept answer first; signing out forgets everything.

/// How long a kept answer stays good for the page it was fetched for.
pub const KEPT_MS: f64 = 60_000.0;

/// How fresh a read must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Freshness {
    /// The GET already on its way, or an answer kept for this page, else a new one.
    Shared,
    /// As [`Freshness::Shared`], and the answer is also kept for the next read of it.
    KeepForPage,
    /// As the server has it now, never a kept answer (the check before saving).
    Now,
}

/// An answer on its way, as the cache needs to see it.
pub trait Pending: Clone {
    /// Whether the answer has come (success or not).
    fn is_settled(&self) -> bool;
    /// Whether both are the same request.
    fn same(&self, other: &Self) -> bool;
}

struct Entry<P> {
    key: String,
    path: String,
    answer: P,
    kept: bool,
    started_ms: f64,
}

/// The GETs on their way and the answers kept, for one client.
pub struct SharedGets<P> {
    entries: Vec<Entry<P>>,
}

impl<P> Default for SharedGets<P> {
    fn default() -> Self {
        SharedGets { entries: Vec::new() }
    }
}

impl<P: Pending> SharedGets<P> {
    /// The GET of `path` with the keys `key` to wait for, if one is out or kept. A kept
    /// answer nobody took within [`KEPT_MS`] is stale and dropped first.
    pub fn join(&mut self, key: &str, path: &str, freshness: Freshness, now_ms: f64) -> Option<P> {
        self.entries.retain(|e| !(e.kept && e.answer.is_settled() && now_ms - e.started_ms > KEPT_MS));
        if freshness == Freshness::Now {
            self.entries.retain(|e| !(e.kept && e.path == path));
        }
        let entry = self.entries.iter_mut().find(|e| e.key == key && e.path == path)?;
        entry.kept = freshness == Freshness::KeepForPage;
        Some(entry.answer.clone())
    }

    /// Records a GET just sent.
    pub fn add(&mut self, key: &str, path: &str, answer: P, freshness: Freshness, now_ms: f64) {
        let kept = freshness == Freshness::KeepForPage;
        self.entries.push(Entry { key: key.into(), path: path.into(), answer, kept, started_ms: now_ms });
    }

    /// The answer came: it is let go unless it succeeded and is kept for a page (a refusal
    /// is asked again, so a retry or fresh keys can change it).
    pub fn settle(&mut self, answer: &P, succeeded: bool) {
        self.entries.retain(|e| (succeeded && e.kept) || !e.answer.same(answer));
    }

    /// Forgets every GET and kept answer (signing out: they belong to that session).
    pub fn clear(&mut self) {
        self.entries.clear();
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::rc::Rc;

    use super::*;

    #[derive(Clone)]
    struct Fake(Rc<Cell<bool>>);

    impl Pending for Fake {
        fn is_settled(&self) -> bool {
            self.0.get()
        }
        fn same(&self, other: &Self) -> bool {
            Rc::ptr_eq(&self.0, &other.0)
        }
    }

    fn sent(gets: &mut SharedGets<Fake>, path: &str, freshness: Freshness, at: f64) -> Fake {
        let answer = Fake(Rc::new(Cell::new(false)));
        gets.add("AK", path, answer.clone(), freshness, at);
        answer
    }

    #[test]
    fn a_get_on_its_way_is_joined_by_the_same_keys_only() {
        let mut gets = SharedGets::default();
        let out = sent(&mut gets, "/v5/users/u", Freshness::Shared, 0.0);
        assert!(gets.join("AK", "/v5/users/u", Freshness::Shared, 1.0).is_some_and(|a| a.same(&out)));
        assert!(gets.join("OTHER", "/v5/users/u", Freshness::Shared, 1.0).is_none());
        assert!(gets.join("AK", "/v5/users/v", Freshness::Shared, 1.0).is_none());
        out.0.set(true);
        gets.settle(&out, true);
        assert!(gets.join("AK", "/v5/users/u", Freshness::Shared, 2.0).is_none(), "not kept: let go");
    }

    #[test]
    fn a_success_kept_for_the_page_waits_once_then_goes() {
        let mut gets = SharedGets::default();
        let kept = sent(&mut gets, "/v5/users/u", Freshness::KeepForPage, 0.0);
        kept.0.set(true);
        gets.settle(&kept, true);
        let joined = gets.join("AK", "/v5/users/u", Freshness::Shared, 10.0).expect("kept for the page");
        gets.settle(&joined, true);
        assert!(gets.join("AK", "/v5/users/u", Freshness::Shared, 20.0).is_none(), "taken once");
    }

    #[test]
    fn a_refusal_is_never_kept() {
        let mut gets = SharedGets::default();
        let refused = sent(&mut gets, "/v5/users/u", Freshness::KeepForPage, 0.0);
        refused.0.set(true);
        gets.settle(&refused, false);
        assert!(gets.join("AK", "/v5/users/u", Freshness::Shared, 1.0).is_none());
    }

    #[test]
    fn a_kept_answer_goes_stale_and_now_never_takes_one() {
        let mut gets = SharedGets::default();
        let kept = sent(&mut gets, "/v5/users/u", Freshness::KeepForPage, 0.0);
        kept.0.set(true);
        gets.settle(&kept, true);
        assert!(gets.join("AK", "/v5/users/u", Freshness::Now, 1.0).is_none(), "the check before saving");
        let kept = sent(&mut gets, "/v5/users/u", Freshness::KeepForPage, 0.0);
        kept.0.set(true);
        gets.settle(&kept, true);
        assert!(gets.join("AK", "/v5/users/u", Freshness::Shared, KEPT_MS + 1.0).is_none(), "stale");
    }

    #[test]
    fn signing_out_forgets_everything() {
        let mut gets = SharedGets::default();
        sent(&mut gets, "/v5/password-policy", Freshness::Shared, 0.0);
        gets.clear();
        assert!(gets.join("AK", "/v5/password-policy", Freshness::Shared, 1.0).is_none());
    }
}
