//! `cargo xtask externalize-loader`: a Trunk post-build hook. Trunk starts the app with
//! an inline `<script type="module">`; a Content-Security-Policy that allows only
//! `'self'` (and `'wasm-unsafe-eval'`) blocks inline scripts, so the loader is moved
//! into a file of its own, named by a hash of its content.

use std::path::PathBuf;

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

pub fn externalize_loader() -> Result<(), String> {
    let dir =
        std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from).ok_or("run by trunk: TRUNK_STAGING_DIR is unset")?;
    let index = dir.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let (html, files) = externalize(&html);
    for (name, script) in &files {
        std::fs::write(dir.join(name), script).map_err(|e| format!("cannot write {name}: {e}"))?;
    }
    std::fs::write(&index, html).map_err(|e| format!("cannot write {}: {e}", index.display()))?;
    println!("externalize-loader: moved {} inline script(s) out of index.html", files.len());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::externalize;

    #[test]
    fn inline_module_script_becomes_a_file() {
        let html = "<head><script type=\"module\">\nimport init from '/a.js';\ninit();\n</script><link rel=x></head>";
        let (out, files) = externalize(html);
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].1, "import init from '/a.js';\ninit();\n");
        assert!(out.starts_with(&format!("<head><script type=\"module\" src=\"/{}\"></script><link", files[0].0)));
        assert!(!out.contains("init()"));
    }
}
