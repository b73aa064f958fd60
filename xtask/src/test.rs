//! `cargo xtask test`: every layer in order, failing on the first red one, then one
//! summary line of counts per layer.

use std::path::Path;

use crate::run::{cargo, cmd, root, status, step, tee};
use crate::serve::build_app_and_emulator;
use crate::tools;

/// The shipped-size fence: wasm + js + css of the release build, gzip. It catches
/// accidents (a regex crate, a router that doubles the bundle); it is not the target.
const SIZE_FENCE_BYTES: u64 = 250 * 1024;
/// The shipped-size target, reported by `cargo xtask bench`, never failed on.
pub const SIZE_TARGET_BYTES: u64 = 150 * 1024;

/// Sums the `N passed; M failed` of every `test result:` line cargo's harness prints.
fn count(output: &str) -> (u64, u64) {
    let mut totals = (0, 0);
    for line in output.lines().filter(|l| l.starts_with("test result:")) {
        let number_before = |word: &str| {
            line.split(';')
                .find_map(|part| {
                    part.trim().strip_suffix(word).map(|n| n.trim().rsplit(' ').next().unwrap_or("0").to_owned())
                })
                .and_then(|n| n.parse::<u64>().ok())
                .unwrap_or(0)
        };
        totals.0 += number_before("passed");
        totals.1 += number_before("failed");
    }
    totals
}

pub fn test(args: &[String]) -> Result<(), String> {
    if !args.is_empty() {
        return Err("usage: cargo xtask test".into());
    }
    let started = std::time::Instant::now();
    tools::ensure_build_tools()?;
    tools::ensure_browser()?;
    tools::ensure_nginx()?;
    let python = tools::ensure_conformance_venv()?;
    let axe = tools::ensure_axe_core()?;
    let mut summary: Vec<String> = Vec::new();
    let mut passed = 0;
    // Every test layer must run something: a layer that ran no test is a broken layer.
    let mut tally = |layer: &str, n: u64, summary: &mut Vec<String>| -> Result<(), String> {
        if n == 0 {
            return Err(format!("the {layer} layer ran no test"));
        }
        passed += n;
        summary.push(format!("{layer} {n} passed"));
        Ok(())
    };

    step("1/8 formatting (cargo fmt --check)");
    status(cargo(&["fmt", "--all", "--", "--check"]))?;
    summary.push("fmt ok".into());

    step("2/8 clippy -D warnings, host and wasm32");
    status(cargo(&["clippy", "--workspace", "--all-targets", "--all-features", "--", "-D", "warnings"]))?;
    status(cargo(&[
        "clippy",
        "--package",
        "iam-console",
        "--package",
        "iam-v5",
        "--target",
        "wasm32-unknown-unknown",
        "--all-targets",
        "--all-features",
        "--",
        "-D",
        "warnings",
    ]))?;
    summary.push("clippy ok (host, wasm32)".into());

    step("3/8 host unit tests (whole workspace)");
    tally("host", count(&tee(cargo(&["test", "--workspace"]))?).0, &mut summary)?;

    step("4/8 conformance: the official Huawei Cloud SDK (Python) against the emulator");
    status(cargo(&["build", "--package", "iam-emulator"]))?;
    let mut conformance =
        cmd(python.to_str().expect("utf-8 path"), &["-m", "pytest", "-q", "crates/iam-emulator/conformance"]);
    conformance.env("IAM_EMULATOR", root().join("target/debug/iam-emulator"));
    tally("conformance", count_pytest(&tee(conformance)?), &mut summary)?;

    step("5/8 component tests in headless Chromium (wasm-bindgen-test)");
    let mut component = cargo(&["test", "--package", "iam-console", "--target", "wasm32-unknown-unknown", "--tests"]);
    component
        .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", "wasm-bindgen-test-runner")
        .env("CHROMEDRIVER", "/usr/bin/chromedriver")
        .env("WASM_BINDGEN_TEST_TIMEOUT", "60");
    tally("component", count(&tee(component)?).0, &mut summary)?;

    step("6/8 release build");
    build_app_and_emulator()?;
    let shipped = shipped_size(&root().join("dist"))?;
    let size = format!("size {} (fence {} KB gzip)", shipped.describe(), SIZE_FENCE_BYTES / 1024);

    step("7/8 end-to-end tests: WebDriver, headless Chromium, the emulator serving the release build (and nginx in front of it)");
    let mut e2e = cargo(&["test", "--package", "iam-console", "--features", "e2e", "--test", "e2e"]);
    e2e.env("IAM_E2E_DIST", root().join("dist"))
        .env("IAM_E2E_EMULATOR", root().join("target/debug/iam-emulator"))
        .env("CHROMEDRIVER", "/usr/bin/chromedriver")
        .env("IAM_E2E_NGINX", tools::NGINX)
        .env("IAM_E2E_XTASK", std::env::current_exe().map_err(|e| format!("xtask's own path: {e}"))?)
        .env("IAM_E2E_TRUNK", crate::run::cargo_bin_dir().join("trunk"))
        .env("AXE_CORE_JS", &axe);
    tally("e2e", count(&tee(e2e)?).0, &mut summary)?;

    step("8/8 shipped size fence (wasm + js + css, gzip -9)");
    shipped.print();
    println!("{size}");
    if shipped.gzip > SIZE_FENCE_BYTES {
        return Err(format!("over the size fence: {size}"));
    }
    summary.push(size);

    println!("\nxtask test: {} in {:.0?}", summary.join(" | "), started.elapsed());
    println!("summary: {passed} passed, 0 failed");
    Ok(())
}

/// `cargo xtask bench`: the release build on the emulator, measured in headless Chromium.
pub fn bench() -> Result<(), String> {
    tools::ensure_build_tools()?;
    tools::ensure_browser()?;
    let lighthouse = tools::ensure_lighthouse()?;
    build_app_and_emulator()?;
    let shipped = shipped_size(&root().join("dist"))?;
    step("shipped size (figures only; the test command fails only above the fence)");
    shipped.print();
    let verdict = if shipped.gzip <= SIZE_TARGET_BYTES { "within target" } else { "OVER TARGET" };
    println!("whole app: {} (target {} KB gzip) {verdict}", shipped.describe(), SIZE_TARGET_BYTES / 1024);
    let out = root().join("target/bench");
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    std::fs::write(out.join("size.json"), shipped.to_json()).map_err(|e| format!("cannot write size.json: {e}"))?;
    step("measuring in headless Chromium (figures only; nothing here passes or fails)");
    let mut bench = cargo(&["bench", "--package", "iam-console", "--features", "e2e", "--bench", "page_speed"]);
    bench
        .env("IAM_E2E_DIST", root().join("dist"))
        .env("IAM_E2E_EMULATOR", root().join("target/debug/iam-emulator"))
        .env("CHROMEDRIVER", "/usr/bin/chromedriver")
        .env("IAM_BENCH_LIGHTHOUSE", &lighthouse);
    status(bench)
}

/// `cargo xtask screenshots`: the README's pictures, from the release build on the emulator,
/// into `docs/screenshots/`.
pub fn screenshots() -> Result<(), String> {
    tools::ensure_build_tools()?;
    tools::ensure_browser()?;
    build_app_and_emulator()?;
    step("taking screenshots in headless Chromium");
    let mut take = cargo(&["bench", "--package", "iam-console", "--features", "e2e", "--bench", "screenshots"]);
    take.env("IAM_E2E_DIST", root().join("dist"))
        .env("IAM_E2E_EMULATOR", root().join("target/debug/iam-emulator"))
        .env("CHROMEDRIVER", "/usr/bin/chromedriver")
        .env("IAM_SCREENSHOTS", root().join("docs/screenshots"));
    status(take)
}

/// The `N passed` of pytest's closing line (`16 passed in 0.3s`).
fn count_pytest(output: &str) -> u64 {
    output
        .lines()
        .rev()
        .find_map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            words.windows(2).find(|w| w[1].trim_end_matches(',') == "passed").and_then(|w| w[0].parse().ok())
        })
        .unwrap_or(0)
}

fn kb(bytes: u64) -> f64 {
    bytes as f64 / 1024.0
}

/// What the browser downloads: each wasm, js and css file of `dist`, raw, gzip -9 and brotli.
pub struct Shipped {
    /// `(file name, raw, gzip, brotli)` per file.
    pub files: Vec<(String, u64, u64, u64)>,
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

impl Shipped {
    /// "123.4 KB gzip, 101.2 KB brotli (300.1 KB raw)".
    pub fn describe(&self) -> String {
        format!("{:.1} KB gzip, {:.1} KB brotli ({:.1} KB raw)", kb(self.gzip), kb(self.brotli), kb(self.raw))
    }

    /// `{"files": [{"name", "raw", "gzip", "brotli"}...], "total": {...}}` for the bench report.
    pub fn to_json(&self) -> String {
        let files: Vec<String> = self
            .files
            .iter()
            .map(|(name, raw, gzip, brotli)| {
                format!(r#"{{"name":"{name}","raw":{raw},"gzip":{gzip},"brotli":{brotli}}}"#)
            })
            .collect();
        format!(
            r#"{{"files":[{}],"total":{{"raw":{},"gzip":{},"brotli":{}}}}}"#,
            files.join(","),
            self.raw,
            self.gzip,
            self.brotli
        )
    }

    /// One line a file.
    pub fn print(&self) {
        for (name, raw, gzip, brotli) in &self.files {
            println!("  {name:<44} {raw:>8} B raw {gzip:>8} B gzip {brotli:>8} B brotli");
        }
    }
}

fn brotli_size(bytes: &[u8]) -> u64 {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).map(|_| out.len() as u64).unwrap_or(0)
}

/// Raw, gzip (-9) and brotli (quality 11) bytes of the wasm, js and css files in `dist`.
pub fn shipped_size(dist: &Path) -> Result<Shipped, String> {
    let mut shipped = Shipped { files: Vec::new(), raw: 0, gzip: 0, brotli: 0 };
    let entries = std::fs::read_dir(dist).map_err(|e| format!("cannot read {}: {e}", dist.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let kind = path.extension().and_then(|e| e.to_str());
        if !matches!(kind, Some("wasm" | "js" | "css")) {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let output = cmd("gzip", &["-9", "-c", path.to_str().expect("utf-8 path")])
            .output()
            .map_err(|e| format!("cannot run gzip: {e}"))?;
        let (raw, gzip, brotli) = (bytes.len() as u64, output.stdout.len() as u64, brotli_size(&bytes));
        shipped.files.push((path.file_name().unwrap_or_default().to_string_lossy().into_owned(), raw, gzip, brotli));
        shipped.raw += raw;
        shipped.gzip += gzip;
        shipped.brotli += brotli;
    }
    if shipped.raw == 0 {
        return Err(format!("no wasm/js/css in {}", dist.display()));
    }
    shipped.files.sort();
    Ok(shipped)
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn counts_sum_over_every_harness() {
        let out = "test result: ok. 3 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s\n\
                   noise\n\
                   test result: ok. 2 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s\n";
        assert_eq!(count(out), (5, 1));
    }

    #[test]
    fn pytest_closing_line_is_read() {
        assert_eq!(super::count_pytest("....\n16 passed in 0.29s\n"), 16);
        assert_eq!(super::count_pytest("2 failed, 14 passed in 0.35s\n"), 14);
        assert_eq!(super::count_pytest("no tests ran\n"), 0);
    }
}
