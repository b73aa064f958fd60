//! The app's route table as the build reads it: `src/routes/table.rs`, included here with
//! a `route_table!` that keeps each page's path and wasm file (the app's own macro keeps
//! the rest). With the split loader, a page's path names every wasm file it needs: what a
//! start-up fetch of the current page's code will read.

macro_rules! route_table {
    ($($name:ident $path:literal in $file:ident, for $access:ident, titled $title:ident, nav $nav:expr,
        prefetch $prefetch:expr => |$param:ident| $body:expr;)*) => {
        /// `(path pattern, wasm file)`: `main` for the first screen's, else the page's split point.
        pub const ROUTES: &[(&str, &str)] = &[$(($path, stringify!($file))),*];
    };
}

include!("../../src/routes/table.rs");

/// The URL the loader fetches in the `makeLoad` that starts at `from`.
fn fetched(loader: &str, from: usize) -> Option<String> {
    let rest = &loader[from..];
    let start = rest.find("new URL(\"./")? + "new URL(\"./".len();
    Some(rest[start..start + rest[start..].find('"')?].to_owned())
}

/// Every wasm file the split point `file` needs, its own first, then the chunks it shares
/// with other pages, as the split loader (`__wasm_split.js`, names already hashed) fetches them.
pub fn page_files(loader: &str, file: &str) -> Option<Vec<String>> {
    let at = loader.find(&format!("export const __wasm_split_load_{file} ="))?;
    let mut files = vec![fetched(loader, at)?];
    let block = &loader[at..];
    let deps = &block[block.find(", [")? + 3..];
    for chunk in deps[..deps.find(']')?].split(", ").filter(|c| !c.is_empty()) {
        files.push(fetched(loader, loader.find(&format!("const {chunk} = makeLoad("))?)?);
    }
    Some(files)
}

/// One line a route: its path and the wasm files it needs beyond the first screen's.
pub fn describe(loader: &str) -> Vec<String> {
    ROUTES
        .iter()
        .map(|(path, file)| match (*file, page_files(loader, file)) {
            ("main", _) => format!("{path}: the first screen's wasm"),
            (_, Some(files)) => format!("{path}: {}", files.join(" ")),
            (_, None) => format!("{path}: {file} NOT FOUND in the split loader"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOADER: &str = "const __chunk_0 = makeLoad(() => {\n\
        const src = fetch(new URL(\"./chunk_0-00ff.wasm\", import.meta.url));\n}\n, []);\n\
        export const __wasm_split_load_users_page = wrapAsyncCb(makeLoad(() => {\n\
        const src = fetch(new URL(\"./split_users_page-0a0b.wasm\", import.meta.url));\n}\n, [__chunk_0]));\n\
        export const __wasm_split_load_home_page = wrapAsyncCb(makeLoad(() => {\n\
        const src = fetch(new URL(\"./split_home_page-0c0d.wasm\", import.meta.url));\n}\n, []));\n";

    #[test]
    fn the_build_reads_the_apps_route_table() {
        assert!(ROUTES.contains(&("/users", "users_page")), "{ROUTES:?}");
        assert!(ROUTES.contains(&("/sign-in", "main")), "sign-in is the first screen");
        assert_eq!(ROUTES.last(), Some(&("*", "not_found_page")));
    }

    #[test]
    fn a_page_needs_its_own_file_and_the_chunks_it_shares() {
        assert_eq!(page_files(LOADER, "users_page").unwrap(), ["split_users_page-0a0b.wasm", "chunk_0-00ff.wasm"]);
        assert_eq!(page_files(LOADER, "home_page").unwrap(), ["split_home_page-0c0d.wasm"]);
        assert_eq!(page_files(LOADER, "groups_page"), None);
    }
}
