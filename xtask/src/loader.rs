//! `cargo xtask externalize-loader`: Trunk's post-build hook, finishing the release dist.
//!
//! - Trunk starts the app with an inline `<script type="module">`; a Content-Security-Policy
//!   that allows only `'self'` (and `'wasm-unsafe-eval'`) blocks inline scripts, so the
//!   loader moves into a file of its own, named by a hash of its content.
//! - In release builds the wasm-bindgen JS glue is minified with terser (Trunk's own
//!   minifier cannot parse it; this saves ~1.8 KB gzip of the 100 KB budget), and its
//!   subresource-integrity hash in index.html is recomputed to match.

use std::path::{Path, PathBuf};
use std::process::Command;

use base64::Engine;
use sha2::{Digest, Sha384};

const OPEN: &str = "<script type=\"module\">";
const CLOSE: &str = "</script>";

/// FNV-1a, enough to give the file a name that changes with its content.
fn content_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

/// Moves every inline module script of `html` into a file; returns the new HTML and files.
pub fn externalize(html: &str) -> (String, Vec<(String, String)>) {
    let mut out = String::with_capacity(html.len());
    let mut files = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(OPEN) {
        let body_start = start + OPEN.len();
        let Some(length) = rest[body_start..].find(CLOSE) else { break };
        let script = rest[body_start..body_start + length].trim();
        let name = format!("boot-{:016x}.js", content_hash(script));
        out.push_str(&rest[..start]);
        out.push_str(&format!("<script type=\"module\" src=\"/{name}\"></script>"));
        files.push((name, format!("{script}\n")));
        rest = &rest[body_start + length + CLOSE.len()..];
    }
    out.push_str(rest);
    (out, files)
}

/// `sha384-<base64>`, the form of an `integrity` attribute.
fn integrity(bytes: &[u8]) -> String {
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes)))
}

/// Replaces the integrity hash of `old` content with that of `new` content in `html`.
pub fn update_integrity(html: &str, old: &[u8], new: &[u8]) -> String {
    html.replace(&integrity(old), &integrity(new))
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
            eprintln!("externalize-loader: terser not found, JS left unminified (cargo xtask installs it)");
            Ok(false)
        }
    }
}

pub fn externalize_loader() -> Result<(), String> {
    let dir =
        std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from).ok_or("run by trunk: TRUNK_STAGING_DIR is unset")?;
    let release = std::env::var("TRUNK_PROFILE").map(|p| p == "release").unwrap_or(false);
    let index = dir.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let (mut html, files) = externalize(&html);
    for (name, script) in &files {
        std::fs::write(dir.join(name), script).map_err(|e| format!("cannot write {name}: {e}"))?;
    }
    let mut minified = 0;
    if release {
        let entries = std::fs::read_dir(&dir).map_err(|e| e.to_string())?;
        let glue = entries.flatten().map(|e| e.path()).filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.ends_with(".js") && !name.starts_with("boot-")
        });
        for file in glue.collect::<Vec<_>>() {
            let before = std::fs::read(&file).map_err(|e| e.to_string())?;
            if minify(&file)? {
                let after = std::fs::read(&file).map_err(|e| e.to_string())?;
                html = update_integrity(&html, &before, &after);
                minified += 1;
            }
        }
    }
    std::fs::write(&index, html).map_err(|e| format!("cannot write {}: {e}", index.display()))?;
    println!(
        "externalize-loader: moved {} inline script(s) out of index.html, minified {minified} JS file(s)",
        files.len()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_module_script_becomes_a_file() {
        let html = "<head><script type=\"module\">\nimport init from '/a.js';\ninit();\n</script><link rel=x></head>";
        let (out, files) = externalize(html);
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].1, "import init from '/a.js';\ninit();\n");
        assert!(out.starts_with(&format!("<head><script type=\"module\" src=\"/{}\"></script><link", files[0].0)));
        assert!(!out.contains("init()"));
    }

    #[test]
    fn integrity_follows_the_new_content() {
        // sha384 of "abc", as published in FIPS 180-2.
        assert_eq!(integrity(b"abc"), "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn");
        let html = format!("<link href=/a.js integrity=\"{}\">", integrity(b"old"));
        assert_eq!(
            update_integrity(&html, b"old", b"new"),
            format!("<link href=/a.js integrity=\"{}\">", integrity(b"new"))
        );
    }
}
