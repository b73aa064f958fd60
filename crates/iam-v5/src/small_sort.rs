//! Sorting the few items a request or a form holds (a handful of headers, query pairs,
//! problems): an insertion sort is a few hundred bytes of wasm, where std's sorts bring
//! ~3 KB (quicksort and its small-sort networks) into the first screen's file.
//!
//! ```
//! let mut pairs = vec![("b", 2), ("a", 1), ("c", 3)];
//! iam_v5::small_sort::sort_by(&mut pairs, |x, y| x.0 < y.0);
//! assert_eq!(pairs, [("a", 1), ("b", 2), ("c", 3)]);
//! ```

/// Sorts `items` in place, stably, by `less`. Quadratic: for a few dozen items at most.
pub fn sort_by<T>(items: &mut [T], less: impl Fn(&T, &T) -> bool) {
    for end in 1..items.len() {
        let mut at = end;
        while at > 0 && less(&items[at], &items[at - 1]) {
            items.swap(at, at - 1);
            at -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_by;

    #[test]
    fn sorts_like_std_and_keeps_equal_items_in_order() {
        let mut items: Vec<(u8, usize)> = [5u8, 3, 9, 3, 0, 7, 5, 1].iter().copied().zip(0..).collect();
        let mut expected = items.clone();
        expected.sort_by_key(|item| item.0);
        sort_by(&mut items, |a, b| a.0 < b.0);
        assert_eq!(items, expected, "stable, as std's sort_by_key");
        let mut empty: [u8; 0] = [];
        sort_by(&mut empty, |a, b| a < b);
    }
}
