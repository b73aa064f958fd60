//! Installs the tools the build and tests need, each only when missing or of the
//! wrong version. Versions are pinned here, in one place.

use crate::run::{cargo, cmd, output_line, root, status, step};

const TRUNK_VERSION: &str = "0.21.14";
const BINARYEN_VERSION: &str = "132";
/// Accessibility checks in the e2e tests.
const AXE_CORE_VERSION: &str = "4.14.1";
/// Performance, accessibility and best-practice scores in `cargo xtask bench`.
const LIGHTHOUSE_VERSION: &str = "12.8.2";
/// Minifies wasm-bindgen's JS glue (Trunk's own minifier cannot parse it).
pub const TERSER_VERSION: &str = "5.51.2";
const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// Everything the release build needs: wasm32 target, trunk, wasm-bindgen, wasm-opt.
pub fn ensure_build_tools() -> Result<(), String> {
    step("checking build tools (installing only what is missing)");
    ensure_wasm_target()?;
    ensure_trunk()?;
    ensure_wasm_bindgen()?;
    ensure_wasm_opt()?;
    ensure_terser()
}

/// Debian's Chromium, its matching ChromeDriver and the Noto CJK fonts, for component and
/// e2e tests, the bench and screenshots. The fonts belong to the browser: without them
/// Chinese is drawn in a fallback font of other widths (or as boxes), so layout tests and
/// screenshots would measure a page no Chinese reader sees.
pub fn ensure_browser() -> Result<(), String> {
    ensure_debian_packages(&[
        ("chromium", "/usr/bin/chromium"),
        ("chromium-driver", "/usr/bin/chromedriver"),
        ("fonts-noto-cjk", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    ])
}

/// Debian's nginx (1.22), the production gateway the e2e tests run `deploy/nginx.conf` in.
pub fn ensure_nginx() -> Result<(), String> {
    ensure_debian_packages(&[("nginx", NGINX)])
}

/// Where Debian's nginx package puts the server.
pub const NGINX: &str = "/usr/sbin/nginx";

/// Installs with apt whichever of `(package, file it installs)` is missing.
fn ensure_debian_packages(packages: &[(&str, &str)]) -> Result<(), String> {
    let missing: Vec<&str> =
        packages.iter().filter(|(_, file)| !std::path::Path::new(file).exists()).map(|(package, _)| *package).collect();
    if missing.is_empty() {
        println!("{}: present", packages.iter().map(|(package, _)| *package).collect::<Vec<_>>().join(", "));
        return Ok(());
    }
    println!("installing Debian's {} (a minute or two)", missing.join(", "));
    let sudo: &[&str] = if is_root() { &[] } else { &["sudo"] };
    let apt = |args: &[&str]| {
        let mut all: Vec<&str> = sudo.to_vec();
        all.extend_from_slice(args);
        let mut command = cmd(all[0], &all[1..]);
        command.env("DEBIAN_FRONTEND", "noninteractive");
        command
    };
    status(apt(&["apt-get", "update"]))?;
    let mut install = vec!["apt-get", "install", "-y"];
    install.extend(missing);
    status(apt(&install))
}

fn is_root() -> bool {
    output_line("id", &["-u"]).as_deref() == Some("0")
}

fn ensure_wasm_target() -> Result<(), String> {
    let installed = cmd("rustup", &["target", "list", "--installed"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains(WASM_TARGET))
        .unwrap_or(false);
    if installed {
        println!("{WASM_TARGET} target: present");
        return Ok(());
    }
    println!("adding the {WASM_TARGET} target");
    status(cmd("rustup", &["target", "add", WASM_TARGET]))
}

fn ensure_trunk() -> Result<(), String> {
    let wanted = format!("trunk {TRUNK_VERSION}");
    if output_line("trunk", &["--version"]).as_deref() == Some(wanted.as_str()) {
        println!("{wanted}: present");
        return Ok(());
    }
    println!("installing {wanted}: this compiles trunk and takes about 12 minutes on 2 cores");
    status(cargo(&["install", "trunk", "--version", TRUNK_VERSION, "--locked"]))
}

/// wasm-bindgen's version from Cargo.lock: the CLI must match it exactly.
pub fn locked_wasm_bindgen_version() -> Result<String, String> {
    let lock =
        std::fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(version.trim_end_matches('"').to_owned());
            }
        }
    }
    Err("wasm-bindgen is not in Cargo.lock".into())
}

fn ensure_wasm_bindgen() -> Result<(), String> {
    let version = locked_wasm_bindgen_version()?;
    let wanted = format!("wasm-bindgen {version}");
    let have_cli = output_line("wasm-bindgen", &["--version"]).as_deref() == Some(wanted.as_str());
    let have_runner = crate::run::cargo_bin_dir().join("wasm-bindgen-test-runner").exists();
    if have_cli && have_runner {
        println!("{wanted} (with wasm-bindgen-test-runner): present");
        return Ok(());
    }
    // Not --locked: one of the CLI's locked dependencies is missing from the registry.
    println!("installing wasm-bindgen-cli {version} to match Cargo.lock (a few minutes)");
    status(cargo(&["install", "wasm-bindgen-cli", "--version", &format!("={version}")]))
}

fn ensure_terser() -> Result<(), String> {
    if output_line("terser", &["--version"]).as_deref() == Some(format!("terser {TERSER_VERSION}").as_str()) {
        println!("terser {TERSER_VERSION}: present");
        return Ok(());
    }
    println!("installing terser {TERSER_VERSION} from npm (minifies the JS glue)");
    status(cmd("npm", &["install", "-g", &format!("terser@{TERSER_VERSION}")]))
}

fn ensure_wasm_opt() -> Result<(), String> {
    let wanted = format!("version {BINARYEN_VERSION}");
    if output_line("wasm-opt", &["--version"]).is_some_and(|v| v.contains(&wanted)) {
        println!("wasm-opt {wanted}: present");
        return Ok(());
    }
    println!("installing wasm-opt from npm (binaryen@{BINARYEN_VERSION}); Debian's binaryen is too old");
    status(cmd("npm", &["install", "-g", &format!("binaryen@{BINARYEN_VERSION}")]))
}

/// The conformance suite's Python environment: a venv under target/ with the official
/// SDK pinned in `crates/iam-emulator/conformance/requirements.txt`. Reinstalled only when
/// that file changes. Returns the venv's python.
pub fn ensure_conformance_venv() -> Result<std::path::PathBuf, String> {
    let venv = root().join("target/conformance-venv");
    let python = venv.join("bin/python");
    let requirements = root().join("crates/iam-emulator/conformance/requirements.txt");
    let wanted =
        std::fs::read_to_string(&requirements).map_err(|e| format!("cannot read {}: {e}", requirements.display()))?;
    let stamp = venv.join("installed-requirements.txt");
    if python.exists() && std::fs::read_to_string(&stamp).ok().as_deref() == Some(wanted.as_str()) {
        println!("conformance venv (official Huawei Cloud SDK): present");
        return Ok(python);
    }
    println!("creating the conformance venv and installing the pinned Huawei Cloud SDK from PyPI");
    status(cmd("python3", &["-m", "venv", venv.to_str().expect("utf-8 path")]))?;
    let python_str = python.to_str().expect("utf-8 path");
    status(cmd(
        python_str,
        &[
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-r",
            requirements.to_str().expect("utf-8 path"),
        ],
    ))?;
    std::fs::write(&stamp, wanted).map_err(|e| e.to_string())?;
    Ok(python)
}

/// axe-core from npm, for the accessibility checks of the e2e tests; returns its script.
pub fn ensure_axe_core() -> Result<std::path::PathBuf, String> {
    ensure_npm_package("npm", "axe-core", AXE_CORE_VERSION, "axe.min.js", "accessibility checks")
}

/// Lighthouse from npm, for `cargo xtask bench` only; returns its command-line script.
/// Its own prefix: an `npm install --no-save` in another package's prefix would prune it.
pub fn ensure_lighthouse() -> Result<std::path::PathBuf, String> {
    ensure_npm_package("npm-lighthouse", "lighthouse", LIGHTHOUSE_VERSION, "cli/index.js", "bench only")
}

/// Installs `package@version` from npm under `target/<prefix>` unless that version is
/// there; returns the path of its file `entry`.
fn ensure_npm_package(
    prefix: &str,
    package: &str,
    version: &str,
    entry: &str,
    what_for: &str,
) -> Result<std::path::PathBuf, String> {
    let prefix = root().join("target").join(prefix);
    let folder = prefix.join("node_modules").join(package);
    let file = folder.join(entry);
    let installed = std::fs::read_to_string(folder.join("package.json"))
        .is_ok_and(|text| text.contains(&format!("\"version\": \"{version}\"")));
    if installed && file.exists() {
        println!("{package} {version}: present");
        return Ok(file);
    }
    println!("installing {package} {version} from npm ({what_for})");
    std::fs::create_dir_all(&prefix).map_err(|e| e.to_string())?;
    let prefix_str = prefix.to_str().expect("utf-8 path");
    status(cmd("npm", &["install", "--no-save", "--prefix", prefix_str, &format!("{package}@{version}")]))?;
    Ok(file)
}

/// twiggy, for `cargo xtask size` only (not needed by serve or test).
pub fn ensure_twiggy() -> Result<(), String> {
    if output_line("twiggy", &["--version"]).is_some() {
        println!("twiggy: present");
        return Ok(());
    }
    println!("installing twiggy (about a minute)");
    status(cargo(&["install", "twiggy", "--locked"]))
}
