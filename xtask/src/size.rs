//! `cargo xtask size`: where the shipped bytes go, before you add a dependency or a page.
//!
//! Builds the release wasm with symbol names kept and splits it as the release build does
//! (`split.rs`), then prints, for the first screen's wasm and for each page's, the gzip
//! size and twiggy's raw bytes per crate and the largest items. (The names make the wasm
//! bigger; the gzip figures are of the release build's stripped parts.)

use std::collections::BTreeMap;

use crate::run::{cargo, cmd, root, status, step};
use crate::split;
use crate::tools;

/// The crate an item belongs to: the first lower-case `name::` path segment in it
/// (`<T as tachys::view::Render>::build` → `tachys`, `core[hash]::fmt` → `core`).
fn crate_of(item: &str) -> String {
    if item.starts_with("data segment") {
        return "(data)".to_owned();
    }
    let bytes = item.as_bytes();
    let mut at = 0;
    while let Some(found) = item[at..].find("::") {
        let end = at + found;
        let start = item[..end]
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '[' || c == ']'))
            .map_or(0, |i| i + 1);
        let segment = item[start..end].split('[').next().unwrap_or("");
        if bytes.get(start).is_some_and(|b| b.is_ascii_lowercase() || *b == b'_') && !segment.is_empty() {
            return segment.to_owned();
        }
        at = end + 2;
    }
    "(other)".to_owned()
}

/// Name and shallow size of one row of `twiggy top --format csv`
/// (`Name,ShallowSize,…`; a quoted name doubles its quotes and may hold commas).
fn csv_row(line: &str) -> Option<(String, u64)> {
    let (name, rest) = match line.strip_prefix('"') {
        Some(quoted) => {
            let mut name = String::new();
            let mut chars = quoted.char_indices().peekable();
            let mut end = None;
            while let Some((i, c)) = chars.next() {
                if c == '"' {
                    if chars.peek().map(|&(_, n)| n) == Some('"') {
                        chars.next();
                        name.push('"');
                        continue;
                    }
                    end = Some(i + 1);
                    break;
                }
                name.push(c);
            }
            (name, quoted.get(end?..)?.strip_prefix(',')?)
        }
        None => {
            let (name, rest) = line.split_once(',')?;
            (name.to_owned(), rest)
        }
    };
    let bytes = rest.split(',').next()?.parse().ok()?;
    Some((name, bytes))
}

/// Per crate (raw bytes, largest first) and the largest items of a wasm with names.
type Sizes = (Vec<(u64, String)>, Vec<(u64, String)>);

fn sizes_of(wasm: &std::path::Path) -> Result<Sizes, String> {
    let csv = cmd("twiggy", &["top", "-n", "1000000", "--format", "csv", wasm.to_str().expect("utf-8")])
        .output()
        .map_err(|e| format!("cannot run twiggy: {e}"))?;
    let text = String::from_utf8_lossy(&csv.stdout);
    let mut per_crate: BTreeMap<String, u64> = BTreeMap::new();
    let mut items: Vec<(u64, String)> = Vec::new();
    for line in text.lines().skip(1) {
        let Some((name, bytes)) = csv_row(line) else { continue };
        if name.contains("function names") {
            continue;
        }
        *per_crate.entry(crate_of(&name)).or_default() += bytes;
        items.push((bytes, name));
    }
    let mut crates: Vec<(u64, String)> = per_crate.into_iter().map(|(k, v)| (v, k)).collect();
    crates.sort_by(|a, b| b.cmp(a));
    items.sort_by(|a, b| b.cmp(a));
    Ok((crates, items))
}

fn gzip_size(bytes: &[u8]) -> Result<usize, String> {
    use std::io::Write;
    let mut gzip = cmd("gzip", &["-9", "-c"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    gzip.stdin.take().expect("stdin").write_all(bytes).map_err(|e| e.to_string())?;
    Ok(gzip.wait_with_output().map_err(|e| e.to_string())?.stdout.len())
}

pub fn size() -> Result<(), String> {
    tools::ensure_build_tools()?;
    tools::ensure_twiggy()?;
    step("building the release wasm with names kept");
    let mut build = cargo(&["build", "--release", "--target", "wasm32-unknown-unknown", "--bin", "iam-console"]);
    build.env("CARGO_PROFILE_RELEASE_STRIP", "false");
    status(build)?;
    let stripped = split::split_build(&root().join("target/size/stripped"), false)?;
    let named_dir = root().join("target/size/named");
    let named = split::split_build(&named_dir, true)?;
    let mut parts =
        vec![("first screen (main wasm)".to_owned(), named_dir.join("main-named.wasm"), stripped.main_wasm)];
    std::fs::write(&parts[0].1, &named.main_wasm).map_err(|e| e.to_string())?;
    for ((name, bytes), (_, stripped_bytes)) in named.chunks.iter().zip(stripped.chunks) {
        let path = named_dir.join(name);
        std::fs::write(&path, bytes).map_err(|e| e.to_string())?;
        parts.push((name.rsplit_once('-').map_or(name.as_str(), |(stem, _)| stem).to_owned(), path, stripped_bytes));
    }
    for (part, path, stripped) in parts {
        let (crates, items) = sizes_of(&path)?;
        println!("\n{part}: {} B gzip -9 (raw bytes per crate below, before gzip)", gzip_size(&stripped)?);
        for (bytes, name) in crates.iter().take(20) {
            println!("  {bytes:>8}  {name}");
        }
        println!("largest items:");
        for (bytes, name) in items.iter().take(12) {
            println!("  {bytes:>8}  {}", name.chars().take(140).collect::<String>());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{crate_of, csv_row};

    #[test]
    fn twiggy_rows_are_read() {
        assert_eq!(
            csv_row(r#""data segment "".rodata""",8378,2.3,,"#),
            Some(("data segment \".rodata\"".into(), 8378))
        );
        assert_eq!(csv_row("elem[0],1098,0.3,,"), Some(("elem[0]".into(), 1098)));
        assert_eq!(csv_row(r#""<a as b<c, d>>::f",12,0.1,,"#), Some(("<a as b<c, d>>::f".into(), 12)));
    }

    #[test]
    fn items_are_attributed_to_their_crate() {
        assert_eq!(crate_of("tachys::view::Render::build::h0123"), "tachys");
        assert_eq!(crate_of("<serde_json::de::MapAccess<R> as serde_core::de::MapAccess>::next"), "serde_json");
        assert_eq!(crate_of("core[c5930c85a12de822]::str::slice_error_fail"), "core");
        assert_eq!(crate_of("data segment \".rodata.1\""), "(data)");
        assert_eq!(crate_of("<T as tachys::view::any_view::IntoAny>::into_any::build"), "tachys");
        assert_eq!(crate_of("elem[0]"), "(other)");
    }
}
