//! Paged lists (`GET /v5/users`, `GET /v5/groups`): `limit` 1-200 (100 by default) and a
//! `marker` this emulator made, `next_marker` while more remain.

use axum::http::StatusCode;
use base64::Engine;
use iam_v5::error::codes;
use iam_v5::signer::parse_query;
use iam_v5::PageInfo;

use crate::respond::{error, Refusal};

/// Where a page starts and how long it is, with the query's other parameters.
pub struct PageQuery {
    /// Entries on the page at most.
    pub limit: usize,
    /// Entries before the page.
    pub offset: usize,
    /// The query's other parameters, in order.
    pub rest: Vec<(String, String)>,
}

impl PageQuery {
    /// Reads `limit` and `marker` from a raw query: a 400 for one out of range or not made here.
    pub fn parse(query: Option<&str>) -> Result<Self, Refusal> {
        let mut page = PageQuery { limit: 100, offset: 0, rest: Vec::new() };
        for (key, value) in parse_query(query.unwrap_or("")) {
            match key.as_str() {
                "limit" => {
                    page.limit = value.parse().ok().filter(|l| (1..=200).contains(l)).ok_or_else(|| {
                        error(
                            StatusCode::BAD_REQUEST,
                            codes::INVALID_PARAMETER,
                            "limit must be a whole number from 1 to 200.",
                        )
                    })?
                }
                "marker" => {
                    page.offset = decode_marker(&value).ok_or_else(|| {
                        error(StatusCode::BAD_REQUEST, codes::INVALID_MARKER, "The marker is invalid.")
                    })?
                }
                _ => page.rest.push((key, value)),
            }
        }
        Ok(page)
    }

    /// The value of the query parameter `name`, when given.
    pub fn get(&self, name: &str) -> Option<String> {
        self.rest.iter().find(|(key, _)| key == name).map(|(_, value)| value.clone())
    }

    /// This page of `all`, and its page info.
    pub fn page<'a, T>(&self, all: &'a [T]) -> (&'a [T], PageInfo) {
        let start = self.offset.min(all.len());
        let end = (start + self.limit).min(all.len());
        let next_marker = (end < all.len()).then(|| encode_marker(end));
        (&all[start..end], PageInfo { next_marker, current_count: (end - start) as u32 })
    }
}

fn encode_marker(offset: usize) -> String {
    base64::engine::general_purpose::STANDARD.encode(format!("offset:{offset}"))
}

/// A marker is 4-400 characters of `[A-Za-z0-9+/=_-]` that this emulator made.
fn decode_marker(marker: &str) -> Option<usize> {
    let shape = (4..=400).contains(&marker.len())
        && marker.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=' | '_' | '-'));
    if !shape {
        return None;
    }
    let bytes = base64::engine::general_purpose::STANDARD.decode(marker).ok()?;
    String::from_utf8(bytes).ok()?.strip_prefix("offset:")?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_follow_each_other_to_the_end() {
        let all: Vec<u32> = (0..5).collect();
        let first = PageQuery::parse(Some("limit=2")).ok().unwrap();
        let (items, info) = first.page(&all);
        assert_eq!(items, [0, 1]);
        let next = PageQuery::parse(Some(&format!("limit=2&marker={}", info.next_marker.unwrap()))).ok().unwrap();
        let (items, info) = next.page(&all);
        assert_eq!((items, info.current_count), (&[2, 3][..], 2));
        let last = PageQuery::parse(Some(&format!("limit=2&marker={}", info.next_marker.unwrap()))).ok().unwrap();
        assert_eq!(last.page(&all).1.next_marker, None);
        assert!(PageQuery::parse(Some("limit=0")).is_err());
        assert!(PageQuery::parse(Some("marker=!!!!")).is_err());
    }
}
