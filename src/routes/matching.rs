//! Which route a path is: plain functions over the table, tested on the host.

use super::{Route, ROUTES};

/// Whether `path` fits `pattern`, and the `{name}` segment's value ("" when there is none).
/// A `{name}` is the pattern's last segment (bytes, not `split`: a kilobyte less of the
/// first screen).
pub fn matches(pattern: &str, path: &str) -> Option<String> {
    if pattern == "*" {
        return Some(String::new());
    }
    let Some(open) = pattern.bytes().position(|b| b == b'{') else {
        return (pattern == path).then(String::new);
    };
    let value = path.strip_prefix(&pattern[..open])?;
    (!value.is_empty() && !value.bytes().any(|b| b == b'/')).then(|| value.to_owned())
}

/// The index in [`ROUTES`] of the first route `path` fits, and its parameter.
pub(super) fn index_for(path: &str) -> (usize, String) {
    ROUTES
        .iter()
        .enumerate()
        .find_map(|(index, route)| Some((index, matches(route.path, path)?)))
        .unwrap_or((ROUTES.len() - 1, String::new()))
}

/// The route for `path` (the last, `*`, when no other fits) and its parameter.
pub fn route_for(path: &str) -> (&'static Route, String) {
    let (index, param) = index_for(path);
    (&ROUTES[index], param)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pattern_takes_its_literal_segments_and_one_named_segment() {
        assert_eq!(matches("/users", "/users").as_deref(), Some(""));
        assert_eq!(matches("/users/{user_id}", "/users/u-1").as_deref(), Some("u-1"));
        assert_eq!(matches("/users/{user_id}", "/users/"), None, "an empty segment is no id");
        assert_eq!(matches("/users/{user_id}", "/users/u-1/more"), None);
        assert_eq!(matches("/users", "/users/u-1"), None);
        assert_eq!(matches("*", "/anything/at/all").as_deref(), Some(""));
    }

    #[test]
    fn the_first_route_that_fits_wins_and_unknown_paths_are_not_found() {
        assert_eq!(route_for("/users/new").0.path, "/users/new", "not a user called new");
        let (route, param) = route_for("/users/u-1");
        assert_eq!((route.path, param.as_str()), ("/users/{user_id}", "u-1"));
        assert_eq!(route_for("/nowhere").0.path, "*");
        assert_eq!(route_for("/").0.path, "/");
    }

    #[test]
    fn every_path_is_written_once() {
        let mut paths: Vec<_> = ROUTES.iter().map(|r| r.path).collect();
        paths.sort_unstable();
        paths.dedup();
        assert_eq!(paths.len(), ROUTES.len());
        assert_eq!(ROUTES.last().map(|r| r.path), Some("*"), "not found is last: it fits any path");
        for route in ROUTES {
            if let Some(open) = route.path.find('{') {
                assert!(
                    route.path.ends_with('}') && !route.path[open..].contains('/'),
                    "{}: a name is last",
                    route.path
                );
            }
        }
    }
}
