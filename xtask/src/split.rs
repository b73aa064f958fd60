//! The release build in parts: the first screen's wasm, and one wasm file a page (the app's
//! `on_demand!` split points), each named by a hash of its content.
//!
//! Trunk 0.21 runs wasm-bindgen straight after cargo, with no step between (trunk#1022), so
//! the post-build hook starts again from cargo's wasm (linked with `--emit-relocs` by
//! build.rs): `wasm_split_cli_support` cuts it into a main module, the page chunks and a
//! small JS loader; wasm-bindgen turns the main module into glue + wasm; wasm-opt shrinks
//! every part. The loader's code is written into the glue, where the main module's import
//! of it is resolved: one request fewer, and no pair of modules importing each other.

use std::path::{Path, PathBuf};

use crate::run::{cmd, root};

/// What rustc enables for wasm32 by default; wasm-opt must be told (it knows none).
pub const WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-bulk-memory-opt",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// The name the split main module imports its loader functions under.
const LINK_NAME: &str = "./__wasm_split.js";
/// The glue's module name as the loader imports it (the import is dropped when inlined).
const GLUE_NAME: &str = "./iam-console.js";

/// The parts of a split build, ready to be written into the dist.
pub struct SplitBuild {
    /// The glue, with the loader inside, naming `main_wasm` nowhere yet (the page starts it).
    pub glue: String,
    /// The main module after wasm-bindgen and wasm-opt.
    pub main_wasm: Vec<u8>,
    /// `(file name, bytes)` of each page chunk, the name content-hashed.
    pub chunks: Vec<(String, Vec<u8>)>,
    /// Each route and the wasm files it needs (`routes::describe`).
    pub pages: Vec<String>,
}

/// FNV-1a: enough for a file name that changes whenever the content does.
pub fn content_hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3))
}

/// `split_users_page.wasm` → `split_users_page-<16 hex>.wasm`.
pub fn hashed_name(stem: &str, extension: &str, bytes: &[u8]) -> String {
    format!("{stem}-{:016x}.{extension}", content_hash(bytes))
}

/// The glue with the loader inside: the lines importing the loader module (wasm-bindgen
/// writes one a split point, each under its own name) are replaced by the loader's code,
/// its exports bound to each of those names. The loader's own import of the glue
/// (`initSync`) is dropped: it is the glue's own.
pub fn glue_with_loader(glue: &str, loader: &str) -> Result<String, String> {
    let imports: Vec<(&str, String)> = glue
        .lines()
        .filter(|line| line.starts_with("import * as ") && line.contains(&LINK_NAME[2..]))
        .map(|line| (line, line["import * as ".len()..].split_whitespace().next().unwrap_or_default().to_owned()))
        .collect();
    if imports.is_empty() {
        return Err("the glue does not import the split loader".into());
    }
    if let Some(other) = glue.lines().find(|line| line.starts_with("import ") && !line.contains(&LINK_NAME[2..])) {
        return Err(format!("the glue imports something besides the split loader: {other}"));
    }
    let mut code = String::new();
    let mut exported = Vec::new();
    for line in loader.lines() {
        if line.starts_with("import ") {
            if !line.contains(GLUE_NAME) {
                return Err(format!("the split loader imports something besides the glue: {line}"));
            }
            continue;
        }
        if let Some(rest) = line.strip_prefix("export const ") {
            exported.push(rest.split([' ', '=']).next().unwrap_or_default().to_owned());
            code.push_str(&line["export ".len()..]);
        } else {
            code.push_str(line);
        }
        code.push('\n');
    }
    if exported.is_empty() {
        return Err("the split loader exports no loader function".into());
    }
    let first = &imports[0].1;
    code.push_str(&format!("const {first} = {{ {} }};", exported.join(", ")));
    let mut glue = glue.replacen(imports[0].0, &code, 1);
    for (line, name) in &imports[1..] {
        glue = glue.replacen(line, &format!("const {name} = {first};"), 1);
    }
    Ok(glue)
}

/// The loader with each chunk's file name replaced by its hashed name.
pub fn loader_with_names(loader: &str, renames: &[(String, String)]) -> String {
    renames
        .iter()
        .fold(loader.to_owned(), |text, (from, to)| text.replace(&format!("\"./{from}\""), &format!("\"./{to}\"")))
}

/// Cargo's wasm of the release build Trunk just made.
fn cargo_wasm() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root().join("target"));
    target.join("wasm32-unknown-unknown/release/iam-console.wasm")
}

fn run(program: &str, args: &[&str]) -> Result<(), String> {
    let output = cmd(program, args).output().map_err(|e| format!("cannot start {program}: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!("{program} failed: {}", String::from_utf8_lossy(&output.stderr)))
    }
}

/// wasm-opt for size, in place: `-Os` to a fixed point beat `-Oz` (docs/ledger.md).
/// `keep_names` keeps the names section, for `cargo xtask size`.
fn shrink(file: &Path, keep_names: bool) -> Result<(), String> {
    let path = file.to_str().expect("utf-8 path");
    let mut args = vec!["-Os", "--converge", "--strip-producers", "--strip-target-features"];
    args.push(if keep_names { "-g" } else { "--strip-debug" });
    args.extend_from_slice(WASM_FEATURES);
    args.extend_from_slice(&[path, "-o", path]);
    run("wasm-opt", &args)
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Splits, binds and shrinks cargo's release wasm in `work`.
pub fn split_build(work: &Path, keep_names: bool) -> Result<SplitBuild, String> {
    let _ = std::fs::remove_dir_all(work);
    std::fs::create_dir_all(work).map_err(|e| format!("cannot create {}: {e}", work.display()))?;
    let input = read(&cargo_wasm())?;
    let main_module = work.join("main.wasm");
    let split = wasm_split_cli_support::transform({
        let mut options = wasm_split_cli_support::Options::new(&input);
        options.output_dir = work;
        options.main_out_path = &main_module;
        options.link_name = LINK_NAME;
        options.main_module = GLUE_NAME;
        options
    })
    .map_err(|e| format!("wasm-split: {e:#}"))?;
    if split.split_modules.is_empty() {
        return Err("wasm-split found no split point: was the wasm built without cfg(split_wasm)?".into());
    }

    let bound = work.join("bound");
    let (main_path, bound_path) = (main_module.to_str().expect("utf-8"), bound.to_str().expect("utf-8"));
    run(
        "wasm-bindgen",
        &[
            "--target",
            "web",
            "--no-typescript",
            "--keep-lld-exports",
            "--no-demangle",
            "--out-name",
            "iam-console",
            "--out-dir",
            bound_path,
            main_path,
        ],
    )?;
    let main_wasm = bound.join("iam-console_bg.wasm");
    shrink(&main_wasm, keep_names)?;

    let mut chunks = Vec::new();
    let mut renames = Vec::new();
    for path in &split.split_modules {
        shrink(path, keep_names)?;
        let bytes = read(path)?;
        let file = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
        let stem = file.trim_end_matches(".wasm");
        let name = hashed_name(stem, "wasm", &bytes);
        renames.push((file, name.clone()));
        chunks.push((name, bytes));
    }
    let loader = String::from_utf8(read(&work.join(LINK_NAME))?).map_err(|e| e.to_string())?;
    let glue = String::from_utf8(read(&bound.join("iam-console.js"))?).map_err(|e| e.to_string())?;
    let loader = loader_with_names(&loader, &renames);
    Ok(SplitBuild {
        glue: glue_with_loader(&glue, &loader)?,
        main_wasm: read(&main_wasm)?,
        chunks,
        pages: crate::routes::describe(&loader),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const GLUE: &str = "import * as import1 from \"./__wasm_split.js\"\n\
        import * as import2 from \"./__wasm_split.js\"\n\
        function initSync(module) {}\n\
        function __wbg_get_imports() { return { \"./__wasm_split.js\": import1 }; }\n";
    const LOADER: &str = "import { initSync } from \"./iam-console.js\";\n\
        const __chunk_0 = makeLoad(() => fetch(new URL(\"./chunk_0.wasm\", import.meta.url)), []);\n\
        export const __wasm_split_load_users = wrapAsyncCb(makeLoad(f, [__chunk_0]));\n\
        export const __wasm_split_load_home = wrapAsyncCb(makeLoad(g, []));\n";

    #[test]
    fn the_loader_takes_the_place_of_its_import_before_anything_runs() {
        let glue = glue_with_loader(GLUE, LOADER).unwrap();
        assert!(!glue.contains("import "), "no import is left: {glue}");
        let bound = glue.find("const import1 = { __wasm_split_load_users, __wasm_split_load_home };").unwrap();
        assert!(bound < glue.find("function initSync").unwrap(), "bound before the glue's code: {glue}");
        assert!(glue.contains("const __wasm_split_load_users = wrapAsyncCb"));
        assert!(glue.contains("const import2 = import1;"), "every name of the loader module is bound: {glue}");
        assert!(glue.contains("\"./__wasm_split.js\": import1"), "the imports object is unchanged");
    }

    #[test]
    fn a_glue_without_the_loader_import_or_a_loader_with_others_is_refused() {
        assert!(glue_with_loader("function initSync() {}\n", LOADER).is_err());
        assert!(glue_with_loader(GLUE, "import x from \"./other.js\";\nexport const a = 1;\n").is_err());
        assert!(glue_with_loader(GLUE, "const a = 1;\n").is_err());
        let other = format!("import * as x from \"./snippets/x.js\"\n{GLUE}");
        assert!(glue_with_loader(&other, LOADER).is_err(), "another import would be left dangling");
    }

    #[test]
    fn chunk_names_follow_their_content() {
        let (a, b) = (hashed_name("split_users_page", "wasm", b"one"), hashed_name("split_users_page", "wasm", b"two"));
        assert!(
            a.starts_with("split_users_page-")
                && a.ends_with(".wasm")
                && a.len() == "split_users_page-.wasm".len() + 16
        );
        assert_ne!(a, b);
        let renamed = loader_with_names(LOADER, &[("chunk_0.wasm".into(), "chunk_0-00ff.wasm".into())]);
        assert!(renamed.contains("new URL(\"./chunk_0-00ff.wasm\", import.meta.url)"));
    }
}
