//! What the browser downloads: every wasm, js and css file of the dist, raw, gzip -9 and
//! brotli, and whether the first screen needs it (index.html names it) or a page fetches
//! it on demand.

use std::path::Path;

use crate::run::cmd;

/// One shipped file.
pub struct ShippedFile {
    pub name: String,
    /// Named in index.html: downloaded by every first load.
    pub first_load: bool,
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

impl ShippedFile {
    /// Named `<stem>-<16 hex>` (before `_bg` and the extension), as the year-long caching
    /// of the emulator and nginx requires; theme.js, the one file the page's head inlines
    /// by name, is hashed by Trunk the same way.
    pub fn is_hashed(&self) -> bool {
        let stem = self.name.rsplit_once('.').map_or("", |(stem, _)| stem);
        let stem = stem.strip_suffix("_bg").unwrap_or(stem);
        stem.rsplit_once('-').is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
    }
}

/// Byte totals.
#[derive(Default, Clone, Copy)]
pub struct Total {
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

/// The shipped files, by name.
pub struct Shipped {
    pub files: Vec<ShippedFile>,
}

fn kb(bytes: u64) -> f64 {
    bytes as f64 / 1024.0
}

impl Shipped {
    /// The first load's files (`first_load`) or the whole app's.
    pub fn total(&self, first_load: bool) -> Total {
        self.files.iter().filter(|f| f.first_load || !first_load).fold(Total::default(), |t, f| Total {
            raw: t.raw + f.raw,
            gzip: t.gzip + f.gzip,
            brotli: t.brotli + f.brotli,
        })
    }

    /// "123.4 KB gzip, 101.2 KB brotli (300.1 KB raw)", of the first load or the whole app.
    pub fn describe(&self, first_load: bool) -> String {
        let t = self.total(first_load);
        format!("{:.1} KB gzip, {:.1} KB brotli ({:.1} KB raw)", kb(t.gzip), kb(t.brotli), kb(t.raw))
    }

    /// `{"files": [{"name", "first_load", "raw", "gzip", "brotli"}...], "first_load": {...},
    /// "total": {...}}` for the bench report.
    pub fn to_json(&self) -> String {
        let total = |t: Total| format!(r#"{{"raw":{},"gzip":{},"brotli":{}}}"#, t.raw, t.gzip, t.brotli);
        let files: Vec<String> = self
            .files
            .iter()
            .map(|f| {
                format!(
                    r#"{{"name":"{}","first_load":{},"raw":{},"gzip":{},"brotli":{}}}"#,
                    f.name, f.first_load, f.raw, f.gzip, f.brotli
                )
            })
            .collect();
        format!(
            r#"{{"files":[{}],"first_load":{},"total":{}}}"#,
            files.join(","),
            total(self.total(true)),
            total(self.total(false))
        )
    }

    /// One line a file.
    pub fn print(&self) {
        for f in &self.files {
            let when = if f.first_load { "first load" } else { "on demand" };
            println!("  {:<44} {when:<10} {:>8} B raw {:>8} B gzip {:>8} B brotli", f.name, f.raw, f.gzip, f.brotli);
        }
    }
}

fn brotli_size(bytes: &[u8]) -> u64 {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).map(|_| out.len() as u64).unwrap_or(0)
}

/// Whether index.html names `file` (`href="/file"` or `src="/file"`).
pub fn named_in(html: &str, file: &str) -> bool {
    html.contains(&format!("\"/{file}\""))
}

/// The wasm, js and css files in `dist`, measured.
pub fn shipped_size(dist: &Path) -> Result<Shipped, String> {
    let html = std::fs::read_to_string(dist.join("index.html"))
        .map_err(|e| format!("cannot read {}/index.html: {e}", dist.display()))?;
    let mut files = Vec::new();
    let entries = std::fs::read_dir(dist).map_err(|e| format!("cannot read {}: {e}", dist.display()))?;
    for path in entries.flatten().map(|entry| entry.path()) {
        if !matches!(path.extension().and_then(|e| e.to_str()), Some("wasm" | "js" | "css")) {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let gzip = cmd("gzip", &["-9", "-c", path.to_str().expect("utf-8 path")])
            .output()
            .map_err(|e| format!("cannot run gzip: {e}"))?;
        let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
        files.push(ShippedFile {
            first_load: named_in(&html, &name),
            raw: bytes.len() as u64,
            gzip: gzip.stdout.len() as u64,
            brotli: brotli_size(&bytes),
            name,
        });
    }
    if files.is_empty() {
        return Err(format!("no wasm/js/css in {}", dist.display()));
    }
    files.sort_by(|a, b| (!a.first_load, &a.name).cmp(&(!b.first_load, &b.name)));
    Ok(Shipped { files })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, first_load: bool, gzip: u64) -> ShippedFile {
        ShippedFile { name: name.into(), first_load, raw: gzip * 3, gzip, brotli: gzip - 1 }
    }

    #[test]
    fn the_first_load_counts_only_what_index_html_names() {
        let html = r#"<script type="module" src="/iam-console-0123456789abcdef.js"></script>"#;
        assert!(named_in(html, "iam-console-0123456789abcdef.js"));
        assert!(!named_in(html, "split_users_page-0123456789abcdef.wasm"));
        let shipped = Shipped { files: vec![file("a-0123456789abcdef.js", true, 10), file("b.wasm", false, 5)] };
        assert_eq!((shipped.total(true).gzip, shipped.total(false).gzip), (10, 15));
        assert!(shipped.to_json().contains(r#""first_load":{"raw":30,"gzip":10,"brotli":9}"#));
    }

    #[test]
    fn a_file_is_hashed_only_with_sixteen_hex_digits_before_its_extension() {
        for name in [
            "iam-console-0123456789abcdef_bg.wasm",
            "split_users_page-0123456789abcdef.wasm",
            "style-0123456789abcdef.css",
        ] {
            assert!(file(name, true, 1).is_hashed(), "{name}");
        }
        for name in ["__wasm_split.js", "split_users_page.wasm", "theme-0123.js"] {
            assert!(!file(name, true, 1).is_hashed(), "{name}");
        }
    }
}
