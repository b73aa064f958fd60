//! `cargo xtask finish-dist`: Trunk's post-build hook, finishing the dist so a page needs
//! as few requests as the strict CSP allows.
//!
//! - Trunk starts the app with an inline `<script type="module">` (blocked by a CSP
//!   without `'unsafe-inline'`) that imports the wasm-bindgen JS glue. Its one statement,
//!   starting the wasm, moves to the end of the glue, and index.html loads the glue itself
//!   as the module script: one request fewer than a separate loader file.
//! - The stylesheets index.html links (the shared `style/main.css`), then every `*.css`
//!   under `src/` by path (each component's and page's beside it, listed nowhere by hand),
//!   are joined into one stylesheet named by a hash of its content: one render-blocking
//!   request.
//! - `config.json` is preloaded, so it arrives with the wasm instead of after it.
//! - Release builds: the wasm is split, one file for the first screen and one a page
//!   (`split.rs`), each named by its content; the glue is named by its own content too.
//! - Release builds: the glue is minified with terser (Trunk's own minifier cannot parse
//!   it), and every wasm, JS, CSS and HTML file gets precompressed twins (`.br`, `.gz`) for
//!   the emulator and nginx (`gzip_static`) to send. config.json gets none: people edit it.
//!
//! Subresource-integrity hashes follow every changed file.

use std::path::{Path, PathBuf};
use std::process::Command;

use base64::Engine;
use sha2::{Digest, Sha384};

const OPEN: &str = "<script type=\"module\">";
const CLOSE: &str = "</script>";

use crate::split::{self, content_hash};

/// `sha384-<base64>`, the form of an `integrity` attribute.
fn integrity(bytes: &[u8]) -> String {
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes)))
}

/// The text between `start` and the next `end` after it, if both are there.
fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    Some(&text[from..from + text[from..].find(end)?])
}

/// The tag in `html` that starts with `open` (through its `>`), if any.
fn tag_starting<'a>(html: &'a str, open: &str) -> Option<&'a str> {
    let start = html.find(open)?;
    Some(&html[start..start + html[start..].find('>')? + 1])
}

/// Trunk's inline loader: the glue it imports and the wasm it starts.
#[derive(Debug, PartialEq)]
pub struct Loader {
    /// The whole `<script type="module">…</script>` element.
    pub element: String,
    /// `/iam-console-<hash>.js`
    pub glue: String,
    /// `/iam-console-<hash>_bg.wasm`
    pub wasm: String,
}

/// Finds Trunk's inline module script in `html`.
pub fn find_loader(html: &str) -> Result<Loader, String> {
    let start = html.find(OPEN).ok_or("index.html has no inline module script (Trunk's loader)")?;
    let length = html[start..].find(CLOSE).ok_or("the inline module script is not closed")? + CLOSE.len();
    let element = &html[start..start + length];
    let glue = between(element, "from '", "'").ok_or("the loader imports no glue")?;
    let wasm = between(element, "module_or_path: '", "'").ok_or("the loader names no wasm")?;
    Ok(Loader { element: element.to_owned(), glue: glue.to_owned(), wasm: wasm.to_owned() })
}

/// The glue with the loader's work at its end: start the wasm when the module runs.
pub fn glue_that_starts(glue: &str, wasm: &str) -> Result<String, String> {
    if !glue.contains("async function __wbg_init(") {
        return Err("the wasm-bindgen glue has no __wbg_init function".into());
    }
    Ok(format!("{glue}\nawait __wbg_init({{ module_or_path: '{wasm}' }});\n"))
}

/// `html` with the wasm preload naming `wasm` (and its `integrity`) instead of `old`.
pub fn with_wasm_preload(html: &str, old: &str, wasm: &str, integrity: &str) -> Result<String, String> {
    let tag = tag_starting(html, "<link rel=\"preload\"")
        .filter(|tag| tag.contains(&format!("href=\"{old}\"")))
        .ok_or("index.html has no preload of the wasm")?;
    let old_integrity = between(tag, "integrity=\"", "\"").ok_or("the wasm preload has no integrity")?;
    let new_tag =
        tag.replace(&format!("href=\"{old}\""), &format!("href=\"{wasm}\"")).replace(old_integrity, integrity);
    Ok(html.replacen(tag, &new_tag, 1))
}

/// Every `*.css` file under `folder`, by path.
pub fn css_files(folder: &Path) -> Result<Vec<PathBuf>, String> {
    let mut found = Vec::new();
    let entries = std::fs::read_dir(folder).map_err(|e| format!("cannot read {}: {e}", folder.display()))?;
    for path in entries.flatten().map(|entry| entry.path()) {
        if path.is_dir() {
            found.extend(css_files(&path)?);
        } else if path.extension().is_some_and(|e| e == "css") {
            found.push(path);
        }
    }
    found.sort();
    Ok(found)
}

/// The `href` of every `<link rel="stylesheet">` in `html`, in order.
pub fn stylesheets(html: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(tag) = tag_starting(rest, "<link rel=\"stylesheet\"") {
        if let Some(href) = between(tag, "href=\"", "\"") {
            found.push((tag.to_owned(), href.to_owned()));
        }
        rest = &rest[rest.find(tag).unwrap_or(0) + tag.len()..];
    }
    found
}

/// Minifies `file` in place with terser; returns whether it did (false when terser is
/// missing: `cargo xtask` installs it, a bare `trunk build` may not have it).
fn minify(file: &Path) -> Result<bool, String> {
    let path = file.to_str().expect("utf-8 path");
    let output = Command::new("terser").args([path, "--module", "--compress", "--mangle", "--output", path]).output();
    match output {
        Ok(output) if output.status.success() => Ok(true),
        Ok(output) => Err(format!("terser failed on {path}: {}", String::from_utf8_lossy(&output.stderr))),
        Err(_) => {
            eprintln!("finish-dist: terser not found, JS left unminified (cargo xtask installs it)");
            Ok(false)
        }
    }
}

/// Writes `file.br` (quality 11) and `file.gz` (gzip -9) beside `file`.
fn precompress(file: &Path) -> Result<(), String> {
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let mut brotli = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    brotli::BrotliCompress(&mut &bytes[..], &mut brotli, &params).map_err(|e| e.to_string())?;
    let twin = |extension: &str| PathBuf::from(format!("{}.{extension}", file.display()));
    std::fs::write(twin("br"), brotli).map_err(|e| e.to_string())?;
    let gzip = Command::new("gzip").args(["-9", "-n", "-c"]).arg(file).output().map_err(|e| format!("gzip: {e}"))?;
    if !gzip.status.success() {
        return Err(format!("gzip failed on {}", file.display()));
    }
    std::fs::write(twin("gz"), gzip.stdout).map_err(|e| e.to_string())
}

/// Whether `dir` is the project's `dist/` (the release build's folder).
fn is_release_dist(dir: &Path) -> bool {
    let canonical = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    canonical(dir) == canonical(&crate::run::root().join("dist"))
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, bytes: impl AsRef<[u8]>) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

pub fn finish_dist() -> Result<(), String> {
    let dir =
        std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from).ok_or("run by trunk: TRUNK_STAGING_DIR is unset")?;
    let release = std::env::var("TRUNK_PROFILE").map(|p| p == "release").unwrap_or(false);
    let final_dist = std::env::var_os("TRUNK_DIST_DIR").map(PathBuf::from);
    if !release && final_dist.is_some_and(|d| is_release_dist(&d)) {
        return Err("a debug build must not go to dist/, which holds the release build that is \
                    deployed and tested: `trunk serve` and `cargo xtask dev` build into target/dev-dist"
            .into());
    }
    let index = dir.join("index.html");
    let mut html = String::from_utf8(read(&index)?).map_err(|e| e.to_string())?;

    // The glue starts the wasm itself and is the page's one module script.
    let loader = find_loader(&html)?;
    if let Some(preload) = tag_starting(&html, &format!("<link rel=\"modulepreload\" href=\"{}\"", loader.glue)) {
        html = html.replace(&preload.to_owned(), "");
    }
    let trunk_glue = dir.join(loader.glue.trim_start_matches('/'));
    let (glue, wasm) = if release {
        // Trunk's one wasm and its glue give way to the split build's parts.
        let built = split::split_build(&crate::run::root().join("target/split"), false)?;
        std::fs::remove_file(dir.join(loader.wasm.trim_start_matches('/'))).map_err(|e| e.to_string())?;
        let wasm = format!("/iam-console-{:016x}_bg.wasm", content_hash(&built.main_wasm));
        write(&dir.join(&wasm[1..]), &built.main_wasm)?;
        html = with_wasm_preload(&html, &loader.wasm, &wasm, &integrity(&built.main_wasm))?;
        println!("finish-dist: the route table's pages and their wasm files:\n  {}", built.pages.join("\n  "));
        for (name, bytes) in &built.chunks {
            write(&dir.join(name), bytes)?;
        }
        (built.glue, wasm)
    } else {
        (String::from_utf8(read(&trunk_glue)?).map_err(|e| e.to_string())?, loader.wasm.clone())
    };
    write(&trunk_glue, glue_that_starts(&glue, &wasm)?)?;
    let mut glue_href = loader.glue.clone();
    if release {
        minify(&trunk_glue)?;
        let bytes = read(&trunk_glue)?;
        glue_href = format!("/iam-console-{:016x}.js", content_hash(&bytes));
        std::fs::remove_file(&trunk_glue).map_err(|e| e.to_string())?;
        write(&dir.join(&glue_href[1..]), bytes)?;
    }
    let glue_file = dir.join(glue_href.trim_start_matches('/'));
    let script = format!(
        "<script type=\"module\" src=\"{glue_href}\" integrity=\"{}\" crossorigin=\"anonymous\"></script>\n    \
         <link rel=\"preload\" href=\"/config.json\" as=\"fetch\" crossorigin=\"anonymous\">",
        integrity(&read(&glue_file)?)
    );
    html = html.replace(&loader.element, &script);

    // One stylesheet: index.html's, then the source's beside their components and pages.
    let sheets = stylesheets(&html);
    let beside = css_files(&crate::run::root().join("src"))?;
    if !sheets.is_empty() {
        let mut css = Vec::new();
        for (_, href) in &sheets {
            let path = dir.join(href.trim_start_matches('/'));
            css.extend(read(&path)?);
            css.push(b'\n');
            std::fs::remove_file(&path).map_err(|e| e.to_string())?;
        }
        for path in &beside {
            css.extend(read(path)?);
            css.push(b'\n');
        }
        let name = format!("style-{:016x}.css", content_hash(&css));
        write(&dir.join(&name), &css)?;
        let link = format!("<link rel=\"stylesheet\" href=\"/{name}\" integrity=\"{}\">", integrity(&css));
        html = html.replacen(&sheets[0].0, &link, 1);
        for (tag, _) in &sheets[1..] {
            html = html.replacen(tag, "", 1);
        }
    }
    write(&index, &html)?;

    let mut compressed = 0;
    if release {
        let entries = std::fs::read_dir(&dir).map_err(|e| e.to_string())?;
        for path in entries.flatten().map(|e| e.path()) {
            let kind = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            if matches!(kind, "wasm" | "js" | "css" | "html") {
                precompress(&path)?;
                compressed += 1;
            }
        }
    }
    println!(
        "finish-dist: the glue starts the wasm, {} stylesheet(s) joined into one, {compressed} file(s) precompressed",
        sheets.len() + beside.len()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<head><link rel=\"stylesheet\" href=\"/main-1.css\" integrity=\"sha384-a\"/>\
        <link rel=\"stylesheet\" href=\"/field-2.css\" integrity=\"sha384-b\"/>\n\
        <script type=\"module\">\nimport init, * as bindings from '/app-3.js';\n\
        const wasm = await init({ module_or_path: '/app-3_bg.wasm' });\nwindow.wasmBindings = bindings;\n</script>\
        <link rel=\"modulepreload\" href=\"/app-3.js\" crossorigin=\"anonymous\" integrity=\"sha384-c\"></head>";

    #[test]
    fn the_loader_names_the_glue_and_the_wasm() {
        let loader = find_loader(TRUNK).unwrap();
        assert_eq!((loader.glue.as_str(), loader.wasm.as_str()), ("/app-3.js", "/app-3_bg.wasm"));
        assert!(loader.element.starts_with(OPEN) && loader.element.ends_with(CLOSE));
        assert!(find_loader("<head></head>").is_err(), "no loader is an error, not a silent pass");
    }

    #[test]
    fn the_glue_starts_the_wasm_at_its_end() {
        let glue = "async function __wbg_init(){}\nexport { initSync, __wbg_init as default };";
        let started = glue_that_starts(glue, "/app-3_bg.wasm").unwrap();
        assert!(started.ends_with("await __wbg_init({ module_or_path: '/app-3_bg.wasm' });\n"));
        assert!(glue_that_starts("export { other as default };", "/x.wasm").is_err());
    }

    #[test]
    fn the_wasm_preload_names_the_new_wasm_and_its_integrity() {
        let html = "<link rel=\"preload\" href=\"/app-3_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-old\" as=\"fetch\">";
        let moved = with_wasm_preload(html, "/app-3_bg.wasm", "/app-4_bg.wasm", "sha384-new").unwrap();
        assert_eq!(moved, html.replace("app-3", "app-4").replace("sha384-old", "sha384-new"));
        assert!(with_wasm_preload(html, "/other_bg.wasm", "/x", "y").is_err());
    }

    #[test]
    fn every_stylesheet_beside_a_component_or_page_is_found_in_path_order() {
        let found = css_files(&crate::run::root().join("src")).unwrap();
        let names: Vec<String> = found.iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
        assert!(names.contains(&"field.css".to_owned()) && names.contains(&"users.css".to_owned()), "{names:?}");
        assert!(
            found.windows(2).all(|pair| pair[0] < pair[1]),
            "sorted: the joined stylesheet is the same every build"
        );
    }

    #[test]
    fn stylesheets_are_found_in_order() {
        let found: Vec<String> = stylesheets(TRUNK).into_iter().map(|(_, href)| href).collect();
        assert_eq!(found, ["/main-1.css", "/field-2.css"]);
    }

    #[test]
    fn integrity_is_sha384_in_base64() {
        // sha384 of "abc", as published in FIPS 180-2.
        assert_eq!(integrity(b"abc"), "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn");
    }
}
