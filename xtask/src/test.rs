//! `cargo xtask test`: every layer in order, failing on the first red one, then one
//! summary line of counts per layer.

use std::path::Path;

use crate::run::{cargo, cmd, root, status, step, tee};
use crate::serve::build_app_and_emulator;
use crate::tools;

/// The shipped-size budget: wasm + js + css of the release build, gzip.
const SIZE_BUDGET_BYTES: u64 = 100 * 1024;

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

    step("6/8 release build and size budget");
    build_app_and_emulator()?;
    let (raw, gzip) = shipped_size(&root().join("dist"))?;
    let size = format!("size {:.1} KB gzip ({:.1} KB raw) of {} KB", kb(gzip), kb(raw), SIZE_BUDGET_BYTES / 1024);

    step("7/8 end-to-end tests: WebDriver, headless Chromium, the emulator serving the release build");
    let mut e2e = cargo(&["test", "--package", "iam-console", "--features", "e2e", "--test", "e2e"]);
    e2e.env("IAM_E2E_DIST", root().join("dist"))
        .env("IAM_E2E_EMULATOR", root().join("target/debug/iam-emulator"))
        .env("CHROMEDRIVER", "/usr/bin/chromedriver")
        .env("AXE_CORE_JS", &axe);
    tally("e2e", count(&tee(e2e)?).0, &mut summary)?;

    step("8/8 shipped size (wasm + js + css, gzip -9)");
    println!("{size}");
    if gzip > SIZE_BUDGET_BYTES {
        return Err(format!("over budget: {size}"));
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
    build_app_and_emulator()?;
    step("measuring in headless Chromium (figures only; nothing here passes or fails)");
    let mut bench = cargo(&["bench", "--package", "iam-console", "--features", "e2e", "--bench", "page_speed"]);
    bench
        .env("IAM_E2E_DIST", root().join("dist"))
        .env("IAM_E2E_EMULATOR", root().join("target/debug/iam-emulator"))
        .env("CHROMEDRIVER", "/usr/bin/chromedriver");
    status(bench)
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

/// Raw and gzip (-9) bytes of the wasm, js and css files in `dist`.
fn shipped_size(dist: &Path) -> Result<(u64, u64), String> {
    let mut raw = 0;
    let mut gzip = 0;
    let entries = std::fs::read_dir(dist).map_err(|e| format!("cannot read {}: {e}", dist.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let shipped = matches!(path.extension().and_then(|e| e.to_str()), Some("wasm" | "js" | "css"));
        if !shipped {
            continue;
        }
        raw += entry.metadata().map(|m| m.len()).unwrap_or(0);
        let output = cmd("gzip", &["-9", "-c", path.to_str().expect("utf-8 path")])
            .output()
            .map_err(|e| format!("cannot run gzip: {e}"))?;
        let size = output.stdout.len() as u64;
        println!(
            "  {:<40} {:>8} B raw {:>8} B gzip",
            path.file_name().unwrap_or_default().to_string_lossy(),
            entry.metadata().map(|m| m.len()).unwrap_or(0),
            size
        );
        gzip += size;
    }
    if raw == 0 {
        return Err(format!("no wasm/js/css in {}", dist.display()));
    }
    Ok((raw, gzip))
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
