//! `cargo xtask bench`, large accounts: the users page at 100, 1,000 and 5,000 users
//! (`iam-emulator --generate-users`), the release build, bob-admin signed in. Prints figures;
//! asserts nothing.
//!
//! - Time to list everyone: a filter no user matches, typed once on a fresh page, until
//!   "No user matches" (every page read, at 200 a page, and drawn).
//! - "Load more", one press: the first (25 → 50) and, for the whole account read a page at
//!   a time, the median and the last (press → the table counts the new rows, and those in
//!   view are drawn and laid out).
//! - Filter keystrokes once everyone is loaded, narrowing (`u`, `us`, … `user-00001`) and
//!   widening (back, then cleared): input event → the list drawn and laid out, p95.
//! - DOM nodes and JS heap with everyone listed.
//!
//! Writes `target/bench/large-account.json` and `.md`.

#[cfg(not(target_arch = "wasm32"))]
#[allow(dead_code)] // the bench uses part of the e2e harness
mod harness;

#[cfg(not(target_arch = "wasm32"))]
mod run {
    use serde_json::{json, Value};

    use crate::harness::{Launch, Session};

    const SIZES: [u32; 3] = [100, 1_000, 5_000];

    /// Input event on the filter → drawn and laid out (a macrotask after the reactive
    /// flush, then a forced layout), in ms, for each text in turn.
    const TYPE: &str = r#"const [texts, done] = [arguments[0], arguments[arguments.length - 1]];
    const label = [...document.querySelectorAll('label')].find(l => l.textContent.trim() === 'Filter users');
    const input = document.getElementById(label.htmlFor);
    (async () => {
      const times = [];
      for (const text of texts) {
        const start = performance.now();
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise(resolve => setTimeout(resolve, 0));
        void document.body.offsetHeight;
        times.push(performance.now() - start);
      }
      done(times);
    })();"#;

    /// Presses "Load more" until it is gone: ms per press, press → one more page of rows
    /// drawn and laid out.
    const PRESS_ALL: &str = r#"const done = arguments[arguments.length - 1];
    const rows = () => Number(document.querySelector('table.user-list').getAttribute('aria-rowcount'));
    const button = () => [...document.querySelectorAll('button')].find(b => b.textContent.trim() === 'Load more');
    (async () => {
      const times = [];
      while (button()) {
        const before = rows();
        const start = performance.now();
        button().click();
        await new Promise(resolve => {
          const check = () => rows() > before ? resolve() : requestAnimationFrame(check);
          const observer = new MutationObserver(() => { if (rows() > before) { observer.disconnect(); resolve(); } });
          observer.observe(document.querySelector('main'), { childList: true, subtree: true });
          check();
        });
        void document.body.offsetHeight;
        times.push(performance.now() - start);
        // The button says "Loading more users…" until the answer's rows are in: wait it out.
        await new Promise(resolve => setTimeout(resolve, 0));
      }
      done(times);
    })();"#;

    /// ms from typing a filter nobody matches until "No user matches" is drawn.
    const LIST_EVERYONE: &str = r#"const done = arguments[arguments.length - 1];
    const label = [...document.querySelectorAll('label')].find(l => l.textContent.trim() === 'Filter users');
    const input = document.getElementById(label.htmlFor);
    const start = performance.now();
    const finished = () => [...document.querySelectorAll('main p')].some(p => p.textContent.startsWith('No user matches'));
    const observer = new MutationObserver(() => { if (finished()) { observer.disconnect(); done(performance.now() - start); } });
    observer.observe(document.querySelector('main'), { childList: true, subtree: true, characterData: true });
    input.value = 'nobody-matches-this';
    input.dispatchEvent(new Event('input', { bubbles: true }));"#;

    fn quantile(values: &[f64], p: f64) -> f64 {
        let mut sorted = values.to_vec();
        sorted.sort_by(|a, b| a.total_cmp(b));
        if sorted.is_empty() {
            return f64::NAN;
        }
        sorted[((sorted.len() - 1) as f64 * p).round() as usize]
    }

    async fn fresh_list(s: &Session) {
        s.client.goto(&format!("{}/users", s.base)).await.unwrap();
        s.announced("25 users loaded.").await;
    }

    async fn one_size(count: u32) -> Value {
        let generated = count.saturating_sub(2).to_string();
        let args = ["--generate-users", generated.as_str()];
        let s = Session::launch(Launch { emulator_args: &args, ..Launch::default() }).await;
        // A password sign-in is kept for the tab, so the page can be loaded afresh.
        s.sign_in_with_password_at("/users", "bob-admin", "Demo-Password-2").await;
        s.announced("25 users loaded.").await;

        let everyone_ms = s.client.execute_async(LIST_EVERYONE, vec![]).await.unwrap().as_f64().unwrap();
        fresh_list(&s).await;
        let presses: Vec<f64> =
            serde_json::from_value(s.client.execute_async(PRESS_ALL, vec![]).await.unwrap()).unwrap();
        s.announced(&format!("{count} users loaded.")).await;

        let narrowing: Vec<String> = (1..="user-00001".len()).map(|n| "user-00001"[..n].to_owned()).collect();
        let mut widening: Vec<String> = narrowing.iter().rev().skip(1).cloned().collect();
        widening.push(String::new());
        let mut narrow = Vec::new();
        let mut widen = Vec::new();
        for _ in 0..4 {
            narrow.extend(
                serde_json::from_value::<Vec<f64>>(s.client.execute_async(TYPE, vec![json!(narrowing)]).await.unwrap())
                    .unwrap(),
            );
            widen.extend(
                serde_json::from_value::<Vec<f64>>(s.client.execute_async(TYPE, vec![json!(widening)]).await.unwrap())
                    .unwrap(),
            );
        }
        s.announced(&format!("{count} users loaded.")).await;
        s.cdp("HeapProfiler.collectGarbage", json!({})).await;
        let heap = s.cdp("Runtime.getHeapUsage", json!({})).await["usedSize"].as_f64().unwrap_or(0.0);
        let nodes = s.client.execute("return document.getElementsByTagName('*').length;", vec![]).await.unwrap();
        s.close().await;
        json!({
            "users": count, "list_everyone_ms": everyone_ms, "presses": presses.len(),
            "first_press_ms": presses.first(), "median_press_ms": quantile(&presses, 0.5), "last_press_ms": presses.last(),
            "narrowing_p95_ms": quantile(&narrow, 0.95), "widening_p95_ms": quantile(&widen, 0.95),
            "widening_max_ms": quantile(&widen, 1.0), "elements": nodes, "heap_bytes": heap,
        })
    }

    fn markdown(rows: &[Value]) -> String {
        let ms = |v: &Value| v.as_f64().map_or("–".to_owned(), |v| format!("{v:.0}"));
        let mut out = String::from(
            "| users | list everyone (filter, ms) | Load more presses | first / median / last press (ms) | keystroke p95 narrowing / widening (ms) | widening max (ms) | elements | JS heap (MB) |\n|---:|---:|---:|---|---|---:|---:|---:|\n",
        );
        for r in rows {
            out += &format!(
                "| {} | {} | {} | {} / {} / {} | {} / {} | {} | {} | {:.1} |\n",
                r["users"],
                ms(&r["list_everyone_ms"]),
                r["presses"],
                ms(&r["first_press_ms"]),
                ms(&r["median_press_ms"]),
                ms(&r["last_press_ms"]),
                ms(&r["narrowing_p95_ms"]),
                ms(&r["widening_p95_ms"]),
                ms(&r["widening_max_ms"]),
                r["elements"],
                r["heap_bytes"].as_f64().unwrap_or(0.0) / 1_048_576.0
            );
        }
        out
    }

    #[tokio::main]
    pub async fn main() {
        let mut rows = Vec::new();
        for count in SIZES {
            rows.push(one_size(count).await);
        }
        let out = std::path::PathBuf::from(std::env::var("IAM_E2E_DIST").expect("IAM_E2E_DIST"))
            .parent()
            .unwrap()
            .join("target/bench");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("large-account.json"), serde_json::to_string_pretty(&rows).unwrap()).unwrap();
        let table = markdown(&rows);
        std::fs::write(out.join("large-account.md"), &table).unwrap();
        println!("{table}");
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    run::main();
}
