//! The measurements behind `cargo xtask bench` (see `bench.rs`): time-to-ready of three
//! pages beside static HTML with the same form (the floor), on loopback and throttled;
//! where the time goes; keystroke latency; JS heap; Lighthouse. Writes
//! `target/bench/bench.json` and `target/bench/bench.md`, and prints the table.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use crate::harness::{Session, DEMO_ACCOUNT};

/// Cold loads per page and network (after one more that is not counted).
const LOADS: usize = 21;
const KEYSTROKES: usize = 240;
/// Time-to-ready target: a page within this multiple of the same form as static HTML.
const TARGET_RATIO: f64 = 1.5;
const TARGET_KEYSTROKE_P95_MS: f64 = 4.0;
const TARGET_HEAP_BYTES: f64 = 3.0 * 1024.0 * 1024.0;
/// The demo seed's administrator (a password sign-in, kept for the tab) and a user to open.
const ADMIN: (&str, &str) = ("bob-admin", "Demo-Password-2");
const ALICE_ID: &str = "d3m0000000000000000000000000a11c";

/// DevTools throttling: 40 ms round trip, 10 Mbit/s down (5 Mbit/s up).
const THROTTLED: (f64, f64, f64) = (40.0, 10e6 / 8.0, 5e6 / 8.0);

/// A copy of the release dist plus the static pages with the app's own stylesheet(s).
fn bench_dist() -> PathBuf {
    let dist = PathBuf::from(std::env::var("IAM_E2E_DIST").expect("IAM_E2E_DIST: run with `cargo xtask bench`"));
    let out = dist.parent().unwrap_or(Path::new(".")).join("target/bench-dist");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).unwrap();
    for entry in std::fs::read_dir(&dist).unwrap().flatten() {
        std::fs::copy(entry.path(), out.join(entry.file_name())).unwrap();
    }
    let index = std::fs::read_to_string(dist.join("index.html")).unwrap();
    let stylesheets: Vec<&str> = index.split('<').filter(|tag| tag.starts_with("link rel=\"stylesheet\"")).collect();
    let links: String = stylesheets.iter().map(|tag| format!("<{tag}")).collect();
    for (name, page) in [
        ("static-sign-in.html", include_str!("static-sign-in.html")),
        ("static-password.html", include_str!("static-password.html")),
        ("static-user.html", include_str!("static-user.html")),
    ] {
        std::fs::write(out.join(name), page.replace("<!--STYLESHEETS-->", &links)).unwrap();
    }
    out
}

fn sorted(values: &[f64]) -> Vec<f64> {
    let mut values = values.to_vec();
    values.sort_by(f64::total_cmp);
    values
}

/// The `p` quantile (0..=1) by nearest rank.
fn quantile(values: &[f64], p: f64) -> f64 {
    let values = sorted(values);
    values[((values.len() as f64 - 1.0) * p).round() as usize]
}

/// The first-contentful-paint of the static page: its form is on screen.
const STATIC_READY: &str = r#"const done = arguments[arguments.length - 1];
const fcp = () => performance.getEntriesByName('first-contentful-paint')[0];
if (fcp()) { done(fcp().startTime); } else {
  new PerformanceObserver((_, o) => { if (fcp()) { o.disconnect(); done(fcp().startTime); } })
    .observe({ type: 'paint', buffered: true });
}"#;

/// Waits for the app's page-ready mark; returns the marks and resource timings that say
/// where the time went (ms from navigation start).
const APP_READY: &str = r#"const done = arguments[arguments.length - 1];
const mark = (name) => { const m = performance.getEntriesByName(name)[0]; return m ? m.startTime : null; };
const report = () => {
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const end = (suffix) => Math.max(0, ...resources.filter(r => r.name.split('?')[0].endsWith(suffix)).map(r => r.responseEnd));
  return { ready: mark('iam-console-page-ready'), html: nav.responseEnd, css: end('.css'), js: end('.js'),
           wasm: end('.wasm'), main: mark('iam-console-main'), config: mark('iam-console-config'),
           mounted: mark('iam-console-mounted'), data: mark('iam-console-data'), requests: resources.length + 1,
           api: resources.filter(r => r.name.includes('/v5/')).map(r => [r.name.split('/v5/')[1], Math.round(r.startTime), Math.round(r.responseEnd)]),
           bytes: nav.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0) };
};
if (mark('iam-console-page-ready') !== null) { done(report()); } else {
  new PerformanceObserver((_, o) => { if (mark('iam-console-page-ready') !== null) { o.disconnect(); done(report()); } })
    .observe({ type: 'mark', buffered: true });
}"#;

/// One page's loads on one network.
#[derive(Default)]
struct Loads {
    app: Vec<f64>,
    floor: Vec<f64>,
    /// Second visits, the HTTP cache on: index.html and config.json revalidated, hashed
    /// files from the cache.
    warm_app: Vec<f64>,
    warm_floor: Vec<f64>,
    /// Per load: where the app's time went, by segment.
    segments: Vec<[f64; 6]>,
    /// The API requests of the last load: path, start and end (ms).
    api: Value,
    requests: f64,
    bytes: f64,
    /// Bytes on the wire of the last warm visit (revalidations, and the API).
    warm_bytes: f64,
}

const SEGMENTS: [&str; 6] = [
    "requests (HTML, CSS, JS, wasm)",
    "compile + instantiate",
    "config.json",
    "first render",
    "API answers",
    "page render",
];

impl Loads {
    fn to_json(&self, page: &str) -> Value {
        let segments: Vec<Value> = SEGMENTS
            .iter()
            .enumerate()
            .map(|(i, name)| {
                json!({ "segment": name, "median_ms": quantile(&self.segments.iter().map(|s| s[i]).collect::<Vec<_>>(), 0.5) })
            })
            .collect();
        let (app, floor) = (quantile(&self.app, 0.5), quantile(&self.floor, 0.5));
        json!({
            "page": page, "loads": self.app.len(),
            "app_median_ms": app, "app_p90_ms": quantile(&self.app, 0.9),
            "floor_median_ms": floor, "floor_p90_ms": quantile(&self.floor, 0.9),
            "ratio": app / floor, "within_target": app / floor <= TARGET_RATIO,
            "warm_app_median_ms": quantile(&self.warm_app, 0.5), "warm_app_p90_ms": quantile(&self.warm_app, 0.9),
            "warm_floor_median_ms": quantile(&self.warm_floor, 0.5),
            "requests": self.requests, "transferred_bytes": self.bytes, "warm_transferred_bytes": self.warm_bytes, "segments": segments, "last_load_api": self.api,
        })
    }
}

/// Loads `floor` then `path`, each from a blank page: the static page's first paint (ms)
/// and the app's marks.
async fn load_both(s: &Session, path: &str, floor: &str) -> (f64, Value) {
    s.client.goto("about:blank").await.unwrap();
    s.client.goto(&format!("{}/{floor}", s.base)).await.unwrap();
    let floor_ms = s.client.execute_async(STATIC_READY, vec![]).await.unwrap().as_f64().expect("fcp");
    s.client.goto("about:blank").await.unwrap();
    s.client.goto(&format!("{}{path}", s.base)).await.unwrap();
    (floor_ms, s.client.execute_async(APP_READY, vec![]).await.expect("page ready"))
}

/// Loads `floor` then `path` from a blank page, `LOADS + 1` times each, the HTTP cache off;
/// then as many warm second visits, the cache on.
async fn measure(s: &Session, path: &str, floor: &str) -> Loads {
    let mut loads = Loads::default();
    for i in 0..LOADS + 1 {
        let (floor_ms, marks) = load_both(s, path, floor).await;
        let at = |name: &str| marks[name].as_f64().unwrap_or(0.0);
        if i == 0 {
            continue; // the first round starts the processes and connections both pages use
        }
        let code = at("wasm").max(at("js"));
        loads.app.push(at("ready"));
        loads.floor.push(floor_ms);
        loads.segments.push([
            code,
            at("main") - code,
            at("config") - at("main"),
            at("mounted") - at("config"),
            // Pages without data (sign-in) have no data mark: all of it is rendering.
            marks["data"].as_f64().map_or(0.0, |data| data - at("mounted")),
            at("ready") - marks["data"].as_f64().unwrap_or(at("mounted")),
        ]);
        loads.api = marks["api"].clone();
        loads.requests = at("requests");
        loads.bytes = at("bytes");
    }
    // Warm: the cache on and filled by one visit each, then `LOADS` second visits.
    s.cdp("Network.setCacheDisabled", json!({ "cacheDisabled": false })).await;
    for i in 0..LOADS + 1 {
        let (floor_ms, marks) = load_both(s, path, floor).await;
        if i > 0 {
            loads.warm_app.push(marks["ready"].as_f64().unwrap_or(0.0));
            loads.warm_floor.push(floor_ms);
            loads.warm_bytes = marks["bytes"].as_f64().unwrap_or(0.0);
        }
    }
    s.cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true })).await;
    loads
}

/// Keystroke → validated checklist in "New password", per input event (ms).
async fn keystrokes(s: &Session) -> Vec<f64> {
    let timings = s
        .client
        .execute_async(
            r#"const [count, done] = [arguments[0], arguments[arguments.length - 1]];
            const label = [...document.querySelectorAll('label')].find(l => l.textContent.trim() === 'New password');
            const input = document.getElementById(label.htmlFor);
            const rules = document.getElementById(input.getAttribute('aria-describedby').split(' ')[0]);
            const met = () => rules.querySelectorAll('li.met').length;
            const changed = (before) => new Promise(resolve => {
                if (met() !== before) return resolve();
                const observer = new MutationObserver(() => { if (met() !== before) { observer.disconnect(); resolve(); } });
                observer.observe(rules, { attributes: true, childList: true, subtree: true });
            });
            (async () => {
                const times = [];
                for (let i = 0; i < count; i++) {
                    const before = met();
                    const start = performance.now();
                    input.value = i % 2 === 0 ? 'Abcdefg1' : 'Abcdefg';
                    input.dispatchEvent(new Event('input', { bubbles: true }));
                    await changed(before);
                    times.push(performance.now() - start);
                }
                done(times);
            })();"#,
            vec![json!(KEYSTROKES)],
        )
        .await
        .expect("keystroke timing");
    serde_json::from_value(timings).expect("timings")
}

/// Where Lighthouse runs: a browser of its own (signed out), or the bench's tab (signed in:
/// the tab's sessionStorage holds the keys), reached through its DevTools address.
enum Tab<'a> {
    Own,
    Bench(&'a str),
}

/// Lighthouse (desktop preset) on `url`: performance, accessibility, best practices (0-100).
fn lighthouse(url: &str, out: &Path, name: &str, tab: Tab) -> Option<Value> {
    let cli = std::env::var("IAM_BENCH_LIGHTHOUSE").ok()?;
    let report = out.join(format!("lighthouse-{name}.json"));
    let status = match tab {
        Tab::Own => lighthouse_in_own_browser(&cli, url, &report)?,
        Tab::Bench(debugger) => {
            let lighthouse_dir = Path::new(&cli).parent()?.parent()?;
            std::process::Command::new("node")
                .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/lighthouse_in_tab.mjs"))
                .arg(lighthouse_dir)
                .arg(debugger)
                .arg(url)
                .arg(&report)
                .status()
                .ok()?
        }
    };
    if !status.success() {
        eprintln!("lighthouse failed on {url}: {status}");
        return None;
    }
    read_lighthouse(url, &report)
}

fn lighthouse_in_own_browser(cli: &str, url: &str, report: &Path) -> Option<std::process::ExitStatus> {
    std::process::Command::new("node")
        .arg(cli)
        .arg(url)
        .args([
            "--preset=desktop",
            "--only-categories=performance,accessibility,best-practices",
            "--output=json",
            "--quiet",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update",
        ])
        .arg(format!("--output-path={}", report.display()))
        .env("CHROME_PATH", "/usr/bin/chromium")
        .status()
        .ok()
}

/// The scores and the audits below full score of a Lighthouse JSON report.
fn read_lighthouse(url: &str, report: &Path) -> Option<Value> {
    let report: Value = serde_json::from_str(&std::fs::read_to_string(report).ok()?).ok()?;
    let score = |category: &str| report["categories"][category]["score"].as_f64().map(|s| (s * 100.0).round());
    let failing: Vec<String> = report["audits"]
        .as_object()?
        .iter()
        .filter(|(_, audit)| {
            audit["score"].as_f64().is_some_and(|s| s < 1.0) && audit["scoreDisplayMode"] != "informative"
        })
        .map(|(id, audit)| format!("{id} ({})", audit["displayValue"].as_str().unwrap_or("")))
        .collect();
    Some(json!({
        "url": url, "version": report["lighthouseVersion"],
        "performance": score("performance"), "accessibility": score("accessibility"),
        "best_practices": score("best-practices"), "audits_below_full_score": failing,
    }))
}

/// Signs in with a password through the page (kept for this tab) and waits for the header.
async fn sign_in(s: &Session, user: &str, password: &str) {
    s.client.goto(&format!("{}/sign-in", s.base)).await.unwrap();
    s.type_into("Account name", DEMO_ACCOUNT).await;
    s.type_into("IAM user name", user).await;
    s.type_into("Password", password).await;
    s.click_button("Sign in").await;
    s.wait_for(&format!("//header[contains(normalize-space(.), 'Signed in as {user}')]")).await;
}

/// Measures everything and writes the report.
#[tokio::main]
pub async fn run() {
    let dist = bench_dist();
    let out = dist.parent().unwrap().join("bench");
    std::fs::create_dir_all(&out).unwrap();
    // Edition 2021: the harness reads the dist folder from the environment.
    std::env::set_var("IAM_E2E_DIST", &dist);
    let s = Session::start().await;
    // Every load is a first visit: nothing from the HTTP cache.
    s.cdp("Network.enable", json!({})).await;
    s.cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true })).await;

    let mut networks = Vec::new();
    for (network, (latency, down, up)) in
        [("loopback", (0.0, -1.0, -1.0)), ("throttled 40 ms RTT, 10 Mbit/s", THROTTLED)]
    {
        s.cdp(
            "Network.emulateNetworkConditions",
            json!({ "offline": false, "latency": latency, "downloadThroughput": down, "uploadThroughput": up }),
        )
        .await;
        // Signed out for /sign-in; then an administrator for the other two.
        s.client.goto(&format!("{}/static-sign-in.html", s.base)).await.unwrap();
        s.client.execute("sessionStorage.clear();", vec![]).await.unwrap();
        let sign_in_page = measure(&s, "/sign-in", "static-sign-in.html").await;
        sign_in(&s, ADMIN.0, ADMIN.1).await;
        let password_page = measure(&s, "/password", "static-password.html").await;
        let user_page = measure(&s, &format!("/users/{ALICE_ID}"), "static-user.html").await;
        networks.push(json!({
            "network": network,
            "pages": [sign_in_page.to_json("/sign-in"), password_page.to_json("/password"), user_page.to_json(&format!("/users/{ALICE_ID}"))],
        }));
    }
    s.cdp(
        "Network.emulateNetworkConditions",
        json!({ "offline": false, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
    )
    .await;

    // Keystrokes and heap on a freshly loaded /password.
    s.client.goto(&format!("{}/password", s.base)).await.unwrap();
    s.client.execute_async(APP_READY, vec![]).await.unwrap();
    s.cdp("HeapProfiler.collectGarbage", json!({})).await;
    let heap = s.cdp("Runtime.getHeapUsage", json!({})).await;
    let heap_used = heap["usedSize"].as_f64().unwrap_or(0.0);
    let typed = keystrokes(&s).await;
    // Lighthouse: /sign-in signed out in a browser of its own; the signed-in pages in this
    // tab, which keeps the administrator's sign-in.
    let debugger = s
        .client
        .capabilities()
        .and_then(|caps| caps.get("goog:chromeOptions"))
        .and_then(|options| options["debuggerAddress"].as_str())
        .map(str::to_owned);
    let mut lighthouse_runs = vec![lighthouse(&format!("{}/sign-in", s.base), &out, "sign-in", Tab::Own)];
    for (name, path) in [("password", "/password".to_owned()), ("user", format!("/users/{ALICE_ID}"))] {
        lighthouse_runs.push(
            debugger.as_deref().and_then(|d| lighthouse(&format!("{}{path}", s.base), &out, name, Tab::Bench(d))),
        );
    }
    let lighthouse: Vec<Value> = lighthouse_runs.into_iter().flatten().collect();
    s.close().await;

    let sizes: Value = std::fs::read_to_string(out.join("size.json"))
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or(Value::Null);
    let report = json!({
        "targets": { "ratio": TARGET_RATIO, "gzip_bytes": 150 * 1024, "keystroke_p95_ms": TARGET_KEYSTROKE_P95_MS,
                     "heap_bytes": TARGET_HEAP_BYTES, "lighthouse": { "performance": 98, "accessibility": 100, "best_practices": 100 } },
        "shipped": sizes,
        "time_to_ready": networks,
        "keystroke": { "events": typed.len(), "median_ms": quantile(&typed, 0.5), "p95_ms": quantile(&typed, 0.95),
                       "within_target": quantile(&typed, 0.95) <= TARGET_KEYSTROKE_P95_MS },
        "heap_after_load": { "page": "/password", "used_bytes": heap_used, "within_target": heap_used <= TARGET_HEAP_BYTES },
        "lighthouse": lighthouse,
    });
    std::fs::write(out.join("bench.json"), serde_json::to_string_pretty(&report).unwrap()).unwrap();
    let table = markdown(&report);
    std::fs::write(out.join("bench.md"), &table).unwrap();
    println!("{table}");
    println!("written: {} and {}", out.join("bench.json").display(), out.join("bench.md").display());
}

fn verdict(within: bool) -> &'static str {
    if within {
        "within target"
    } else {
        "**over target**"
    }
}

/// The report as a short markdown table (what goes into a note).
fn markdown(report: &Value) -> String {
    let kb = |bytes: &Value| bytes.as_f64().unwrap_or(0.0) / 1024.0;
    let mut md = String::new();
    if let Some(shipped) = report["shipped"].as_object() {
        md.push_str("| shipped file | when | raw KB | gzip KB | brotli KB |\n|---|---|---:|---:|---:|\n");
        for file in shipped["files"].as_array().into_iter().flatten() {
            md.push_str(&format!(
                "| {} | {} | {:.1} | {:.1} | {:.1} |\n",
                file["name"].as_str().unwrap_or(""),
                if file["first_load"].as_bool().unwrap_or(false) { "first load" } else { "on demand" },
                kb(&file["raw"]),
                kb(&file["gzip"]),
                kb(&file["brotli"])
            ));
        }
        let (first, total) = (&shipped["first_load"], &shipped["total"]);
        let over = first["gzip"].as_f64().unwrap_or(f64::MAX) - 150.0 * 1024.0;
        let first_verdict = if over <= 0.0 {
            "within target".to_owned()
        } else {
            format!("**over target by {:.1} KB**", over / 1024.0)
        };
        md.push_str(&format!(
            "| **first load of /sign-in** (target 150 KB gzip: {first_verdict}) | | {:.1} | {:.1} | {:.1} |\n",
            kb(&first["raw"]),
            kb(&first["gzip"]),
            kb(&first["brotli"])
        ));
        md.push_str(&format!(
            "| **whole app** | | {:.1} | {:.1} | {:.1} |\n\n",
            kb(&total["raw"]),
            kb(&total["gzip"]),
            kb(&total["brotli"])
        ));
    }
    md.push_str("| network | page | app median / p90 ms | static median / p90 ms | ratio (target 1.5) | warm: app median / p90 ms, static median | requests | KB on the wire, cold / warm |\n");
    md.push_str("|---|---|---:|---:|---:|---:|---:|---:|\n");
    for network in report["time_to_ready"].as_array().into_iter().flatten() {
        for page in network["pages"].as_array().into_iter().flatten() {
            let f = |k: &str| page[k].as_f64().unwrap_or(0.0);
            md.push_str(&format!(
                "| {} | {} | {:.1} / {:.1} | {:.1} / {:.1} | {:.2} {} | {:.1} / {:.1}, {:.1} | {} | {:.1} / {:.1} |\n",
                network["network"].as_str().unwrap_or(""),
                page["page"].as_str().unwrap_or(""),
                f("app_median_ms"),
                f("app_p90_ms"),
                f("floor_median_ms"),
                f("floor_p90_ms"),
                f("ratio"),
                verdict(page["within_target"].as_bool().unwrap_or(false)),
                f("warm_app_median_ms"),
                f("warm_app_p90_ms"),
                f("warm_floor_median_ms"),
                f("requests"),
                f("transferred_bytes") / 1024.0,
                f("warm_transferred_bytes") / 1024.0
            ));
        }
    }
    md.push_str("\nWhere the app's time goes (medians, ms):\n\n| network | page |");
    for segment in SEGMENTS {
        md.push_str(&format!(" {segment} |"));
    }
    md.push_str("\n|---|---|");
    md.push_str(&"---:|".repeat(SEGMENTS.len()));
    md.push('\n');
    for network in report["time_to_ready"].as_array().into_iter().flatten() {
        for page in network["pages"].as_array().into_iter().flatten() {
            md.push_str(&format!(
                "| {} | {} |",
                network["network"].as_str().unwrap_or(""),
                page["page"].as_str().unwrap_or("")
            ));
            for segment in page["segments"].as_array().into_iter().flatten() {
                md.push_str(&format!(" {:.1} |", segment["median_ms"].as_f64().unwrap_or(0.0)));
            }
            md.push('\n');
        }
    }
    let keystroke = &report["keystroke"];
    let heap = &report["heap_after_load"];
    md.push_str(&format!(
        "\n| measure | figure | target |\n|---|---|---|\n| keystroke → validated checklist, {} events | median {:.2} ms, p95 {:.2} ms | p95 ≤ 4 ms: {} |\n| JS heap after loading /password | {:.2} MB | ≤ 3 MB: {} |\n",
        keystroke["events"],
        keystroke["median_ms"].as_f64().unwrap_or(0.0),
        keystroke["p95_ms"].as_f64().unwrap_or(0.0),
        verdict(keystroke["within_target"].as_bool().unwrap_or(false)),
        heap["used_bytes"].as_f64().unwrap_or(0.0) / 1024.0 / 1024.0,
        verdict(heap["within_target"].as_bool().unwrap_or(false)),
    ));
    let runs = report["lighthouse"].as_array().cloned().unwrap_or_default();
    for lighthouse in &runs {
        let score = |k: &str| lighthouse[k].as_f64().unwrap_or(0.0);
        let all = score("performance") >= 98.0 && score("accessibility") >= 100.0 && score("best_practices") >= 100.0;
        let page = lighthouse["url"].as_str().unwrap_or("").splitn(4, '/').nth(3).unwrap_or("");
        md.push_str(&format!(
            "| Lighthouse {} desktop, /{page} | performance {}, accessibility {}, best practices {} | 100 / 100 / 100 (performance ≥ 98): {} |\n",
            lighthouse["version"].as_str().unwrap_or("?"),
            score("performance"),
            score("accessibility"),
            score("best_practices"),
            verdict(all)
        ));
    }
    for lighthouse in &runs {
        let below: Vec<&str> =
            lighthouse["audits_below_full_score"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
        if !below.is_empty() {
            md.push_str(&format!(
                "\nLighthouse audits below full score on {}: {}\n",
                lighthouse["url"].as_str().unwrap_or(""),
                below.join("; ")
            ));
        }
    }
    if runs.is_empty() {
        md.push_str("| Lighthouse | not run (IAM_BENCH_LIGHTHOUSE unset or it failed) | |\n");
    }
    md
}
