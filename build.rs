//! Splits the app into one wasm file for the first screen and one a page, in release
//! builds for the browser only: `cfg(split_wasm)` turns the `on_demand!` pages into split
//! points, and the linker keeps the relocations `cargo xtask finish-dist` splits by.
//! Debug builds (`trunk serve`, component tests) stay one file and draw pages at once.
//! `IAM_SPLIT_WASM=1` sets the cfg for any build, so clippy can check the split code.

fn main() {
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
