//! The measurements behind `cargo xtask bench` (see `bench.rs`).

use std::path::{Path, PathBuf};

use crate::harness::Session;

const LOADS: usize = 21;
const KEYSTROKES: usize = 400;

/// A copy of the release dist plus the static sign-in page with the app's own stylesheets.
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
    let page = include_str!("static-sign-in.html").replace("<!--STYLESHEETS-->", &links);
    std::fs::write(out.join("static-sign-in.html"), page).unwrap();
    out
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn percentile(values: &mut [f64], p: f64) -> f64 {
    values.sort_by(f64::total_cmp);
    values[((values.len() as f64 - 1.0) * p).round() as usize]
}

async fn number(s: &Session, script: &str) -> f64 {
    s.client.execute(script, vec![]).await.expect("script").as_f64().expect("a number")
}

/// Measures and prints the figures.
#[tokio::main]
pub async fn run() {
    let dist = bench_dist();
    // SAFETY-free in edition 2021: the harness reads the dist folder from the environment.
    std::env::set_var("IAM_E2E_DIST", &dist);
    let s = Session::start().await;

    let (mut app, mut html) = (Vec::new(), Vec::new());
    for i in 0..LOADS + 1 {
        // Each load starts from a blank page, so neither page pays for tearing down the other.
        s.client.goto("about:blank").await.unwrap();
        s.client.goto(&format!("{}/static-sign-in.html", s.base)).await.unwrap();
        s.field("Access key ID").await;
        let static_ms =
            number(&s, "return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd;").await;
        s.client.goto("about:blank").await.unwrap();
        s.client.goto(&format!("{}/sign-in", s.base)).await.unwrap();
        s.field("Access key ID").await;
        let app_ms = number(&s, "return performance.getEntriesByName('iam-console-ready')[0].startTime;").await;
        if i > 0 {
            // The first round warms the HTTP cache for both.
            html.push(static_ms);
            app.push(app_ms);
        }
    }
    let (app_median, html_median) = (median(&mut app), median(&mut html));

    s.click_button("Sign in").await;
    s.field_message("Access key ID", "Enter your access key ID.").await;
    let timings = s
        .client
        .execute_async(
            r#"const [count, done] = [arguments[0], arguments[arguments.length - 1]];
            const label = [...document.querySelectorAll('label')].find(l => l.textContent.trim() === 'Access key ID');
            const input = document.getElementById(label.htmlFor);
            const settled = (invalid) => new Promise(resolve => {
                const ok = () => (input.getAttribute('aria-invalid') === 'true') === invalid;
                if (ok()) return resolve();
                const observer = new MutationObserver(() => { if (ok()) { observer.disconnect(); resolve(); } });
                observer.observe(input, { attributes: true });
            });
            (async () => {
                const times = [];
                for (let i = 0; i < count; i++) {
                    const empty = i % 2 === 1;
                    const start = performance.now();
                    input.value = empty ? '' : 'A';
                    input.dispatchEvent(new Event('input', { bubbles: true }));
                    await settled(empty);
                    times.push(performance.now() - start);
                }
                done(times);
            })();"#,
            vec![serde_json::json!(KEYSTROKES)],
        )
        .await
        .expect("keystroke timing");
    let mut keystrokes: Vec<f64> = serde_json::from_value(timings).expect("timings");
    let p50 = percentile(&mut keystrokes, 0.5);
    let p95 = percentile(&mut keystrokes, 0.95);
    s.close().await;

    let ratio = app_median / html_median;
    println!("time-to-ready /sign-in, median of {LOADS}: app {app_median:.1} ms, static HTML {html_median:.1} ms, ratio {ratio:.2} (budget 1.30) {}",
        if ratio <= 1.3 { "within budget" } else { "OVER BUDGET" });
    println!(
        "keystroke -> validation updated, {KEYSTROKES} input events: p50 {p50:.2} ms, p95 {p95:.2} ms (budget 4 ms) {}",
        if p95 < 4.0 { "within budget" } else { "OVER BUDGET" }
    );
}
