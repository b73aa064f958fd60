//! Splits the app into one wasm file for the first screen and one a page, in release
//! builds for the browser only: `cfg(split_wasm)` turns the `on_demand!` pages into split
//! points, and the linker keeps the relocations `cargo xtask finish-dist` splits by.
//! Debug builds (`trunk serve`, component tests) stay one file and draw pages at once.
//! `IAM_SPLIT_WASM=1` sets the cfg for any build, so clippy can check the split code.

fn main() {
    words();
    println!("cargo::rustc-check-cfg=cfg(split_wasm)");
    println!("cargo::rerun-if-env-changed=IAM_SPLIT_WASM");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    let release = std::env::var("PROFILE").is_ok_and(|profile| profile == "release");
    let asked = std::env::var("IAM_SPLIT_WASM").is_ok_and(|value| value == "1");
    if wasm && (release || asked) {
        println!("cargo::rustc-cfg=split_wasm");
        println!("cargo::rustc-link-arg=--emit-relocs");
    }
}

/// The catalogue's modules from its folders: each `src/i18n/en/<section>.rs` is a section
/// (`pub struct Words` and its English `WORDS`), `src/i18n/zh_cn/<section>.rs` its Chinese
/// `WORDS`. A `const WORDS` is the first screen's, composed into `Text` (reached by `t()`);
/// a `static WORDS` is a page's, reached by `<section>_words()` from that page's code only,
/// so it arrives with the page's file. Adding a section is adding its two files.
fn words() {
    let root = std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it"));
    let folder = |lang: &str| root.join("src/i18n").join(lang);
    println!("cargo::rerun-if-changed={}", folder("en").display());
    println!("cargo::rerun-if-changed={}", folder("zh_cn").display());
    let mut sections: Vec<(String, bool, String)> = std::fs::read_dir(folder("en"))
        .expect("src/i18n/en")
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().strip_suffix(".rs")?.to_owned();
            (name != "mod").then_some(name)
        })
        .map(|name| {
            let read = |lang: &str| {
                let path = folder(lang).join(format!("{name}.rs"));
                println!("cargo::rerun-if-changed={}", path.display());
                std::fs::read_to_string(&path)
                    .unwrap_or_else(|_| panic!("{} is missing: every section has both languages", path.display()))
            };
            let (en, zh) = (read("en"), read("zh_cn"));
            let first_screen = en.contains("pub const WORDS");
            assert_eq!(first_screen, zh.contains("pub const WORDS"), "{name}: both languages const, or both static");
            let doc = en.lines().next().and_then(|line| line.strip_prefix("//! ")).unwrap_or(&name).to_owned();
            (name, first_screen, doc)
        })
        .collect();
    sections.sort();
    let mut shared = String::from(
        "/// The first screen's words in one language, a field a section (`const WORDS`).\npub struct Text {\n",
    );
    for (name, _, doc) in sections.iter().filter(|s| s.1) {
        shared += &format!("    /// {doc}\n    pub {name}: en::{name}::Words,\n");
    }
    shared += "}\n";
    for (name, _, doc) in sections.iter().filter(|s| !s.1) {
        shared += &format!(
            "\n/// {doc} In the language in force (tracked, like [`t`]).\npub fn {name}_words() -> &'static en::{name}::Words {{\n    match lang() {{\n        Lang::En => &en::{name}::WORDS,\n        Lang::ZhCn => &zh_cn::{name}::WORDS,\n    }}\n}}\n"
        );
    }
    std::fs::write(out.join("words.rs"), shared).expect("OUT_DIR is writable");
    for lang in ["en", "zh_cn"] {
        let mut modules = String::new();
        for (name, _, _) in &sections {
            let path = folder(lang).join(format!("{name}.rs"));
            modules += &format!("#[path = {:?}]\npub mod {name};\n", path.display().to_string());
        }
        modules += "\n/// The first screen's words.\npub static TEXT: crate::i18n::Text = crate::i18n::Text {\n";
        for (name, _, _) in sections.iter().filter(|s| s.1) {
            modules += &format!("    {name}: {name}::WORDS,\n");
        }
        modules += "};\n";
        std::fs::write(out.join(format!("words_{lang}.rs")), modules).expect("OUT_DIR is writable");
    }
}
