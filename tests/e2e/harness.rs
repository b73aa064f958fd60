//! One [`Session`] per test: its own emulator (fresh state from a seed) and its own
//! chromedriver, so tests never see each other's changes.

mod network;

use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

/// The demo seed's self-service user (see `crates/iam-emulator/src/demo-seed.json`).
pub const ALICE: Keys = Keys { access: "DEMOALICEACCESSKEY01", secret: "demo-alice-secret-key-0000000000000000000" };

/// The demo seed's administrator.
pub const BOB: Keys = Keys { access: "DEMOBOBADMINACCESS01", secret: "demo-bob-secret-key-000000000000000000000" };

/// The demo seed's passwords (alice, bob-admin).
const DEMO_PASSWORDS: [&str; 2] = ["Demo-Password-1", "Demo-Password-2"];

/// Markup to plant in anything the server sends back: shown as text it stays text; taken
/// as HTML it would leave elements marked `data-planted` (checked after every test).
pub const PLANTED: &str =
    "<img data-planted src=x onerror=\"document.title='pwned'\"><script data-planted>document.title='pwned'</script>";

/// How [`Session::launch`] starts the emulator.
pub struct Launch<'a> {
    /// Changes to the demo seed.
    pub change_seed: Box<dyn FnOnce(&mut serde_json::Value) + 'a>,
    /// More emulator arguments (`--clock-offset`, `--temporary-key-seconds`).
    pub emulator_args: &'a [&'a str],
    /// A config.json to serve beside index.html.
    pub config: Option<&'a str>,
    /// Serve the app and reach the emulator through nginx with `deploy/nginx.conf`, as in
    /// production, instead of the emulator serving both.
    pub through_nginx: bool,
    /// Serve the app through `cargo xtask try-account --region` [`TRY_REGION`] (the
    /// emulator's gateway mode), with the emulator standing in for that region's IAM and STS.
    pub through_try_account: bool,
    /// With `through_nginx`: reach the emulator over HTTPS, as nginx reaches IAM, through a
    /// TLS terminator with a self-signed certificate ([`UpstreamTls`]).
    pub upstream_tls: Option<UpstreamTls<'a>>,
}

/// IAM and STS over HTTPS in front of the emulator: a second nginx that terminates TLS with
/// a self-signed certificate for `names`, and passes each request on with its Host.
#[derive(Clone, Copy)]
pub struct UpstreamTls<'a> {
    /// The DNS names the certificate is for.
    pub names: &'a [&'a str],
    /// Whether the gateway trusts it (its `proxy_ssl_trusted_certificate` is then this
    /// certificate, as a site's own CA would be; else the shipped system bundle).
    pub trusted: bool,
}

impl Default for Launch<'_> {
    fn default() -> Self {
        Launch {
            change_seed: Box::new(|_| {}),
            emulator_args: &[],
            config: None,
            through_nginx: false,
            through_try_account: false,
            upstream_tls: None,
        }
    }
}

/// The region the try-account test pretends to be in.
pub const TRY_REGION: &str = "cn-north-4";

/// The emulator's demo seed; tests change a copy of it ([`Session::start_with`]).
const DEMO_SEED: &str = include_str!("../../crates/iam-emulator/src/demo-seed.json");

/// The demo user `name` in a seed, to change.
pub fn user<'a>(seed: &'a mut serde_json::Value, name: &str) -> &'a mut serde_json::Value {
    seed["users"].as_array_mut().expect("users").iter_mut().find(|u| u["user_name"] == name).expect("that user")
}

/// The demo seed's account name (password sign-in).
pub const DEMO_ACCOUNT: &str = "demo-account";

/// An access key pair to sign in with.
pub struct Keys {
    pub access: &'static str,
    pub secret: &'static str,
}

/// How long a condition may take before a test fails (a limit, not a sleep).
const PATIENCE: Duration = Duration::from_secs(20);

const CHROMIUM_FLAGS: [&str; 7] = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
];

pub fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name} is not set: run these tests with `cargo xtask test`"))
}

/// A process's stdout lines after it was ready, and a wake-up for each new one.
#[derive(Default)]
pub struct Log {
    pub lines: Mutex<Vec<String>>,
    changed: tokio::sync::Notify,
}

impl Log {
    /// Waits until the lines logged so far satisfy `enough`: a line is read from the
    /// process's pipe a moment after the process wrote it, maybe after its answer arrived.
    pub async fn wait_until(&self, what: &str, enough: impl Fn(&[String]) -> bool) {
        let waiting = async {
            loop {
                // Register before looking, so a line logged in between still wakes us.
                let logged = self.changed.notified();
                if enough(&self.lines.lock().unwrap()) {
                    return;
                }
                logged.await;
            }
        };
        tokio::time::timeout(PATIENCE, waiting)
            .await
            .unwrap_or_else(|_| panic!("never logged {what}: {:?}", self.lines.lock().unwrap()));
    }
}

/// Spawns `command` and reads its stdout until a line satisfies `ready`, returning that
/// line; later lines are collected into `log`.
pub async fn spawn_until(mut command: Command, ready: impl Fn(&str) -> bool, log: Arc<Log>) -> (Child, String) {
    command.stdout(Stdio::piped()).kill_on_drop(true);
    let mut child = command.spawn().expect("spawn");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let line = tokio::time::timeout(PATIENCE, async {
        while let Some(line) = lines.next_line().await.expect("read stdout") {
            if ready(&line) {
                return line;
            }
        }
        panic!("process exited before it was ready");
    })
    .await
    .expect("process did not become ready");
    // Keep draining so the child never blocks on a full pipe.
    tokio::spawn(async move {
        while let Ok(Some(line)) = lines.next_line().await {
            log.lines.lock().unwrap().push(line);
            log.changed.notify_waiters();
        }
    });
    (child, line)
}

/// The path of the tests' own log barrier (see [`Session::all_request_lines`]); the
/// emulator answers it 404 and logs it like any API path.
const BARRIER_PATH: &str = "/v5/e2e-log-barrier/";

/// A plain GET's whole answer from `base` (`http://127.0.0.1:PORT`), or the error.
pub async fn plain_get(base: &str, path: &str) -> std::io::Result<String> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let address = base.trim_start_matches("http://").trim_end_matches('/');
    let mut stream = tokio::net::TcpStream::connect(address).await?;
    let request = format!("GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await?;
    Ok(answer)
}

/// A process started as the leader of a process group of its own, with everything it starts
/// (chromedriver and the Chromium it launches, which would outlive a killed chromedriver).
/// Dropping it, when its test passes or panics, kills the whole group.
pub struct ProcessGroup(Child);

impl ProcessGroup {
    /// Spawns `command` in a new process group.
    pub fn spawn(mut command: Command) -> Self {
        command.process_group(0).kill_on_drop(true);
        ProcessGroup(command.spawn().expect("spawn"))
    }

    /// The leader, to wait on or ask whether it exited.
    pub fn leader(&mut self) -> &mut Child {
        &mut self.0
    }

    /// Spawns `command` in a new process group and reads its stdout until a line satisfies
    /// `ready`.
    pub async fn spawn_until(mut command: Command, ready: impl Fn(&str) -> bool) -> Self {
        command.process_group(0);
        let (leader, _) = spawn_until(command, ready, Arc::default()).await;
        ProcessGroup(leader)
    }
}

impl Drop for ProcessGroup {
    fn drop(&mut self) {
        if let Some(pid) = self.0.id().and_then(|pid| i32::try_from(pid).ok()) {
            // SAFETY: kill(2) with a negative pid signals that process group and touches no
            // memory of ours; the group is the leader's own (process_group(0) at spawn).
            unsafe { libc::kill(-pid, libc::SIGKILL) };
        }
    }
}

/// A test's own temporary folder (seed, config copy, nginx's files, the browser profile),
/// removed when the test ends, passed or panicked.
pub struct Scratch(pub std::path::PathBuf);

impl Scratch {
    /// A new empty folder `name` for a test of this process.
    pub fn named(name: &str) -> Self {
        Self::within(&std::env::temp_dir(), name)
    }

    /// A new empty folder `name` for a test of this process, inside `parent`.
    pub fn within(parent: &std::path::Path, name: &str) -> Self {
        let folder = parent.join(format!("iam-e2e-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        std::fs::create_dir_all(&folder).expect("scratch folder");
        Scratch(folder)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The production gateway's configuration, as deployed.
pub const NGINX_CONF: &str = include_str!("../../deploy/nginx.conf");

/// `deploy/nginx.conf` for a test: only its `# site:` lines change (listen on loopback, no
/// TLS, this dist, the emulator as IAM and STS, logs and temporary files in `scratch`),
/// so every rule the tests go through is the deployed one.
pub fn nginx_conf_for_test(
    conf: &str,
    port: u16,
    dist: &std::path::Path,
    upstream: &Upstream,
    scratch: &std::path::Path,
) -> String {
    let scratch = scratch.display();
    let mut out = String::new();
    for line in conf.lines() {
        let Some((directive, _)) = line.split_once("# site:") else {
            out.push_str(line);
            out.push('\n');
            if line.trim() == "http {" {
                for kind in ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"] {
                    out.push_str(&format!("    {kind}_temp_path {scratch}/{kind};\n"));
                }
            }
            continue;
        };
        let name = directive.split_whitespace().next().unwrap_or_default();
        let replaced = match name {
            "listen" => format!("listen 127.0.0.1:{port};"),
            "root" => format!("root {};", dist.display()),
            // `set $iam_endpoint …;` and `set $sts_endpoint …;`: the emulator is both.
            "set" => {
                let variable = directive.split_whitespace().nth(1).unwrap_or_default();
                format!("set {variable} {};", upstream.endpoint)
            }
            "proxy_ssl_trusted_certificate" => match &upstream.trusted_certificate {
                Some(path) => format!("proxy_ssl_trusted_certificate {};", path.display()),
                None => directive.trim().to_owned(),
            },
            // An address upstream needs no resolver; the shipped line stays as it is.
            "resolver" => directive.trim().to_owned(),
            "access_log" => format!("access_log {scratch}/access.log;"),
            "server_name" | "proxy_set_header" | "proxy_ssl_name" => directive.trim().to_owned(),
            name if name.starts_with("ssl_") => continue,
            other => panic!("deploy/nginx.conf: the test does not know how to run the site line `{other}`"),
        };
        out.push_str(&replaced);
        out.push('\n');
    }
    out
}

/// Where the gateway under test sends IAM's and STS's requests, and what it trusts there.
pub struct Upstream {
    /// `http://127.0.0.1:PORT` (the emulator) or `https://127.0.0.1:PORT` (a TLS terminator).
    pub endpoint: String,
    /// The `proxy_ssl_trusted_certificate` instead of the shipped one.
    pub trusted_certificate: Option<std::path::PathBuf>,
}

/// Starts nginx (one process, in the foreground) with `deploy/nginx.conf` in front of
/// `upstream`; returns it and its address once it accepts connections.
async fn start_nginx(upstream: &Upstream, dist: &std::path::Path, scratch: &Scratch) -> (Child, String) {
    let scratch = scratch.0.join("nginx");
    std::fs::create_dir_all(&scratch).expect("nginx scratch folder");
    let port = free_port();
    let conf = scratch.join("nginx.conf");
    std::fs::write(&conf, nginx_conf_for_test(NGINX_CONF, port, dist, upstream, &scratch)).expect("nginx.conf");
    let child = run_nginx(&conf, &scratch, port).await;
    (child, format!("http://127.0.0.1:{port}"))
}

/// A port nothing listens on now.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Starts a TLS terminator in front of the emulator at `emulator`, with a new self-signed
/// certificate for `tls.names`; returns it, its `https://` endpoint and the certificate.
async fn start_tls_upstream(
    emulator: &str,
    tls: &UpstreamTls<'_>,
    scratch: &Scratch,
) -> (Child, String, std::path::PathBuf) {
    let scratch = scratch.0.join("tls-upstream");
    std::fs::create_dir_all(&scratch).expect("TLS upstream scratch folder");
    let (cert, key) = (scratch.join("cert.pem"), scratch.join("key.pem"));
    let names: Vec<String> = tls.names.iter().map(|name| format!("DNS:{name}")).collect();
    let made = std::process::Command::new("openssl")
        .args(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"])
        .args(["-subj", &format!("/CN={}", tls.names[0])])
        .args(["-addext", &format!("subjectAltName={}", names.join(","))])
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .expect("openssl");
    assert!(made.status.success(), "openssl: {}", String::from_utf8_lossy(&made.stderr));
    let port = free_port();
    let temp: String = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
        .iter()
        .map(|kind| format!("    {kind}_temp_path {}/{kind};\n", scratch.display()))
        .collect();
    // Each request reaching this upstream's handler is logged: a refused handshake logs none.
    let conf = format!(
        "events {{}}\nhttp {{\n{temp}    access_log {}/access.log;\n    server {{\n        listen 127.0.0.1:{port} ssl;\n        \
         ssl_certificate {};\n        ssl_certificate_key {};\n        location / {{\n            \
         proxy_pass {emulator};\n            proxy_set_header Host $host;\n        }}\n    }}\n}}\n",
        scratch.display(),
        cert.display(),
        key.display(),
    );
    let path = scratch.join("nginx.conf");
    std::fs::write(&path, conf).expect("TLS upstream's nginx.conf");
    let child = run_nginx(&path, &scratch, port).await;
    (child, format!("https://127.0.0.1:{port}"), cert)
}

/// Runs nginx with `conf` in the foreground, its files in `scratch`, until it accepts
/// connections on `port`.
async fn run_nginx(conf: &std::path::Path, scratch: &std::path::Path, port: u16) -> Child {
    let globals = format!("daemon off; master_process off; pid {}/nginx.pid; error_log stderr;", scratch.display());
    let mut nginx = Command::new(env("IAM_E2E_NGINX"));
    nginx.arg("-p").arg(scratch).arg("-c").arg(conf).args(["-g", &globals]).kill_on_drop(true);
    let mut child = nginx.spawn().expect("start nginx");
    let address = format!("127.0.0.1:{port}");
    let accepting = async {
        // nginx prints nothing when ready: wait until its port takes a connection.
        while tokio::net::TcpStream::connect(&address).await.is_err() {
            if let Ok(Some(exit)) = child.try_wait() {
                panic!("nginx exited at start ({exit}); its configuration: {}", conf.display());
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    };
    tokio::time::timeout(PATIENCE, accepting).await.expect("nginx did not start");
    child
}

/// chromedriver's `goog/cdp/execute`: one DevTools-protocol command.
#[allow(dead_code)] // used by the bench (page_speed.rs), not by the e2e tests
#[derive(Debug)]
struct DevTools {
    command: &'static str,
    params: serde_json::Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for DevTools {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(serde_json::json!({ "cmd": self.command, "params": self.params }).to_string()))
    }
}

/// A browser on the console, backed by a private emulator.
pub struct Session {
    pub client: Client,
    pub base: String,
    emulator: Child,
    /// Where `advance SECONDS` lines go ([`Session::advance_emulator_clock`]).
    emulator_stdin: tokio::sync::Mutex<Option<tokio::process::ChildStdin>>,
    /// The emulator's own address (`base` may be a gateway in front of it).
    emulator_base: String,
    emulator_log: Arc<Log>,
    _gateway: Option<Child>,
    /// The TLS terminator in front of the emulator ([`Launch::upstream_tls`]).
    _tls_upstream: Option<Child>,
    /// chromedriver and its browser: ended with the session, passed or panicked.
    _driver: ProcessGroup,
    /// Dropped last, after the processes that use it.
    _scratch: Scratch,
    /// Everything typed into a password, secret key or token field.
    typed_secrets: Mutex<Vec<String>>,
    emulator_stopped: bool,
    /// What the browser sent, as far as its network log has been read ([`Session::sent`]).
    network: Mutex<network::Network>,
}

impl Session {
    /// Starts the emulator with the demo seed and a browser.
    pub async fn start() -> Self {
        Self::start_with(|_| {}).await
    }

    /// Starts the emulator with the demo seed as `change` leaves it, and a browser.
    pub async fn start_with(change: impl FnOnce(&mut serde_json::Value)) -> Self {
        Self::launch(Launch { change_seed: Box::new(change), ..Launch::default() }).await
    }

    /// Starts the emulator as `launch` says, and a browser.
    pub async fn launch(launch: Launch<'_>) -> Self {
        let Launch { change_seed: change, emulator_args, config, through_nginx, through_try_account, upstream_tls } =
            launch;
        let mut seed: serde_json::Value = serde_json::from_str(DEMO_SEED).expect("demo seed");
        change(&mut seed);
        static SEEDS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = SEEDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let scratch = Scratch::named(&n.to_string());
        let seed_path = scratch.0.join("seed.json");
        std::fs::write(&seed_path, seed.to_string()).expect("write seed");
        let mut dist = std::path::PathBuf::from(env("IAM_E2E_DIST"));
        if let Some(config) = config {
            // A copy of the build with this config.json beside index.html.
            let copy = scratch.0.join("dist");
            std::fs::create_dir_all(&copy).expect("dist copy");
            for entry in std::fs::read_dir(&dist).expect("dist").flatten() {
                std::fs::copy(entry.path(), copy.join(entry.file_name())).expect("copy");
            }
            std::fs::write(copy.join("config.json"), config).expect("config.json");
            dist = copy;
        }
        let mut emulator = Command::new(env("IAM_E2E_EMULATOR"));
        emulator.args(["--listen", "127.0.0.1:0"]).arg("--dist").arg(&dist);
        emulator.arg("--seed").arg(&seed_path).args(emulator_args);
        if through_try_account {
            // The stand-in takes signatures for the region's public hosts only.
            for service in ["iam", "sts"] {
                emulator.arg("--public-host").arg(format!("{service}.{TRY_REGION}.myhuaweicloud.com"));
            }
        }
        // A test may move the emulator's clock on (`--clock-from-stdin`).
        emulator.stdin(Stdio::piped());
        let emulator_log = Arc::new(Log::default());
        let (mut emulator, line) =
            spawn_until(emulator, |l| l.starts_with("listening on "), emulator_log.clone()).await;
        let emulator_stdin = tokio::sync::Mutex::new(emulator.stdin.take());
        let emulator_base = line.trim_start_matches("listening on ").to_owned();
        let mut base = emulator_base.clone();
        let mut gateway = None;
        let mut tls_upstream = None;
        if through_nginx {
            let mut upstream = Upstream { endpoint: base.clone(), trusted_certificate: None };
            if let Some(tls) = &upstream_tls {
                let (terminator, endpoint, certificate) = start_tls_upstream(&base, tls, &scratch).await;
                tls_upstream = Some(terminator);
                upstream.endpoint = endpoint;
                upstream.trusted_certificate = tls.trusted.then_some(certificate);
            }
            let (nginx, address) = start_nginx(&upstream, &dist, &scratch).await;
            gateway = Some(nginx);
            base = address;
        }
        if through_try_account {
            // The documented command, serving this build instead of building one.
            let mut try_account = Command::new(env("IAM_E2E_XTASK"));
            try_account.args(["try-account", "--region", TRY_REGION, "--port", "0", "--dist"]).arg(&dist);
            try_account.args(["--iam-endpoint", &base, "--sts-endpoint", &base]);
            let (child, line) = spawn_until(try_account, |l| l.starts_with("listening on "), Arc::default()).await;
            gateway = Some(child);
            base = line.trim_start_matches("listening on ").to_owned();
        }

        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let mut driver = Command::new(env("CHROMEDRIVER"));
        driver.arg(format!("--port={port}"));
        let driver = ProcessGroup::spawn_until(driver, |l| l.contains("started successfully")).await;
        let profile = scratch.0.join("browser");

        let mut caps = serde_json::Map::new();
        let mut args: Vec<String> = CHROMIUM_FLAGS.iter().map(|flag| flag.to_string()).collect();
        args.push(format!("--user-data-dir={}", profile.display()));
        let options = serde_json::json!({
            "binary": "/usr/bin/chromium",
            "args": args,
            "perfLoggingPrefs": network::chrome_options(),
        });
        caps.insert("goog:chromeOptions".into(), options);
        network::capabilities(&mut caps);
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("connect to chromedriver");
        Session {
            client,
            base,
            emulator,
            emulator_stdin,
            emulator_base,
            emulator_log,
            _gateway: gateway,
            _tls_upstream: tls_upstream,
            _driver: driver,
            _scratch: scratch,
            typed_secrets: Mutex::default(),
            emulator_stopped: false,
            network: Mutex::default(),
        }
    }

    /// Adds `secret` (one the app showed, not typed) to what [`Session::assert_secure`]
    /// must not find kept by the browser.
    pub fn must_not_keep(&self, secret: &str) {
        self.typed_secrets.lock().unwrap().push(secret.to_owned());
    }

    /// How many `METHOD path` requests the browser itself has sent, once the page has
    /// settled: every request it started has finished or failed, and the browser has been
    /// idle with nothing new started. Read from DevTools' network log, so a request counts
    /// when it starts, whether or not any server sees it: "nothing was sent" is seen where
    /// it happens, not inferred from a server's log at the moment of a click.
    pub async fn sent(&self, method: &str, path: &str) -> usize {
        let settling = async {
            loop {
                self.client
                    .execute_async(
                        "const done = arguments[arguments.length - 1];\
                         requestAnimationFrame(() => requestIdleCallback(() => done(), { timeout: 2000 }));",
                        vec![],
                    )
                    .await
                    .expect("wait for the browser to be idle");
                let log = self.client.issue_cmd(network::ReadLog("performance")).await.expect("network log");
                let mut network = self.network.lock().unwrap();
                if network.take_in(&log) == 0 && network.quiet() {
                    return network.count(method, path);
                }
            }
        };
        match tokio::time::timeout(PATIENCE, settling).await {
            Ok(count) => count,
            Err(_) => panic!("the page never settled: still open {:?}", self.network.lock().unwrap().open()),
        }
    }

    /// How many `METHOD path` requests the emulator has answered so far (what reached it,
    /// through a gateway or not; for what the browser sent, [`Session::sent`]).
    pub async fn requests(&self, method: &str, path: &str) -> usize {
        self.request_lines(method, path).await.len()
    }

    /// The emulator's request log lines for `METHOD path` so far.
    pub async fn request_lines(&self, method: &str, path: &str) -> Vec<String> {
        let prefix = format!("request {method} {path} ");
        self.all_request_lines().await.into_iter().filter(|line| line.starts_with(&prefix)).collect()
    }

    /// Every request line of the emulator's log for what it has answered so far.
    ///
    /// The emulator logs a request before it answers, but this process reads that line from
    /// a pipe a moment later: a browser can show the answer before the line is read. So the
    /// emulator is asked one more (unsigned) question first; once its line is read, every
    /// line written before it is too.
    pub async fn all_request_lines(&self) -> Vec<String> {
        if !self.emulator_stopped {
            static BARRIERS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
            let n = BARRIERS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let path = format!("{BARRIER_PATH}{n}");
            plain_get(&self.emulator_base, &path).await.expect("the emulator answers");
            let logged = format!("request GET {path} ");
            self.emulator_log.wait_until(&path, |lines| lines.iter().any(|l| l.starts_with(&logged))).await;
        }
        let lines = self.emulator_log.lines.lock().unwrap();
        let barrier = format!("request GET {BARRIER_PATH}");
        lines.iter().filter(|line| line.starts_with("request ") && !line.starts_with(&barrier)).cloned().collect()
    }

    /// The lines the TLS terminator in front of the emulator logged: one per request that
    /// reached it ([`Launch::upstream_tls`]).
    pub fn tls_upstream_log(&self) -> String {
        std::fs::read_to_string(self._scratch.0.join("tls-upstream/access.log")).unwrap_or_default()
    }

    /// Moves the emulator's clock on by `seconds` (launched with `--clock-from-stdin`), as
    /// time passing would: keys and tokens expire without the test waiting for them.
    pub async fn advance_emulator_clock(&self, seconds: u32) {
        use tokio::io::AsyncWriteExt;
        let said = format!("clock advanced {seconds}");
        let before = self.emulator_log.lines.lock().unwrap().iter().filter(|l| **l == said).count();
        let mut stdin = self.emulator_stdin.lock().await;
        let stdin = stdin.as_mut().expect("the emulator's stdin");
        stdin.write_all(format!("advance {seconds}\n").as_bytes()).await.expect("tell the emulator");
        stdin.flush().await.expect("tell the emulator");
        self.emulator_log.wait_until(&said, |lines| lines.iter().filter(|l| **l == said).count() > before).await;
    }

    /// Stops the emulator: from now on every request fails as a network error would.
    pub async fn stop_emulator(&mut self) {
        self.emulator.kill().await.expect("kill the emulator");
        self.emulator_stopped = true;
    }

    /// Opens `path` signed out, which lands on the sign-in page; signs in with `keys` and
    /// waits until the header names the user and the app is back on `path`.
    pub async fn sign_in_at(&self, path: &str, keys: &Keys, user_name: &str) {
        self.client.goto(&format!("{}{path}", self.base)).await.expect("goto");
        self.choose("Access keys").await;
        self.type_into("Access key ID", keys.access).await;
        self.type_into("Secret access key", keys.secret).await;
        self.click_button("Sign in").await;
        self.wait_for(&format!("//header[contains(normalize-space(.), 'Signed in as {user_name}')]")).await;
        let here = self.client.current_url().await.expect("url");
        assert_eq!(here.path(), path, "back where the person started");
    }

    /// Opens `path` signed out, which lands on the sign-in page; signs in with a password
    /// ("Password" is the default method) and waits until the app is back on `path`.
    pub async fn sign_in_with_password_at(&self, path: &str, user_name: &str, password: &str) {
        self.client.goto(&format!("{}{path}", self.base)).await.expect("goto");
        self.type_into("Account name", DEMO_ACCOUNT).await;
        self.type_into("IAM user name", user_name).await;
        self.type_into("Password", password).await;
        self.click_button("Sign in").await;
        self.wait_for(&format!("//header[contains(normalize-space(.), 'Signed in as {user_name}')]")).await;
        let here = self.client.current_url().await.expect("url");
        assert_eq!(here.path(), path, "back where the person started");
    }

    /// Picks the radio button or checkbox labelled `label`.
    pub async fn choose(&self, label: &str) {
        self.choice(label).await.click().await.expect("choose");
    }

    /// The radio button labelled `label`.
    pub async fn choice(&self, label: &str) -> Element {
        self.wait_for(&format!("//input[@type='radio'][@id=//label[normalize-space(.)='{label}']/@for]")).await
    }

    /// Everything the browser keeps for this page that a secret could leak into: local and
    /// session storage, cookies, the URL and the history entry's state, as one text.
    pub async fn kept_by_the_browser(&self) -> String {
        let kept = self
            .client
            .execute(
                "return JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, \
                 cookies: document.cookie, url: location.href, state: history.state });",
                vec![],
            )
            .await
            .expect("storage");
        kept.as_str().expect("text").to_owned()
    }

    /// How the server encoded the app's JS glue and wasm for this browser
    /// (`Content-Encoding`, e.g. "br" or "gzip"; empty when sent as is).
    pub async fn app_encodings(&self) -> Vec<String> {
        let encodings = self
            .client
            .execute(
                "const glue = document.querySelector('script[type=module]').src;\
                 const wasm = document.querySelector('link[rel=preload][href$=\".wasm\"]').href;\
                 return Promise.all([glue, wasm].map(url => fetch(url, { cache: 'no-store' })\
                   .then(r => r.headers.get('content-encoding') || '')));",
                vec![],
            )
            .await
            .expect("fetch the glue and the wasm");
        serde_json::from_value(encodings).expect("encodings")
    }

    /// The input or textarea bound to the label with exactly this text.
    pub async fn field(&self, label: &str) -> Element {
        // Text to type into: a choice with the same label (the "Password" method) is not it.
        let xpath = format!(
            "//*[self::input[not(@type='radio')] or self::textarea][@id=//label[normalize-space(.)='{label}']/@for]"
        );
        self.wait_for(&xpath).await
    }

    /// Remembers what goes into a field for a secret, to look for it where it must not be.
    fn note_if_secret(&self, label: &str, text: &str) {
        let label = label.to_lowercase();
        let secret = ["password", "secret", "token", "密码", "密钥", "令牌"];
        if !text.is_empty() && secret.iter().any(|word| label.contains(word)) {
            self.typed_secrets.lock().unwrap().push(text.to_owned());
        }
    }

    /// Types into the field labelled `label`.
    pub async fn type_into(&self, label: &str, text: &str) {
        self.note_if_secret(label, text);
        self.field(label).await.send_keys(text).await.expect("type");
    }

    /// Replaces what the field labelled `label` holds with `text`.
    pub async fn retype(&self, label: &str, text: &str) {
        self.note_if_secret(label, text);
        let field = self.field(label).await;
        field.clear().await.expect("clear");
        field.send_keys(text).await.expect("type");
    }

    /// Pastes `text` into the field labelled `label`, replacing what it holds: one input
    /// event for the whole text, as a paste gives (typing gives one a character).
    pub async fn paste_into(&self, label: &str, text: &str) {
        self.note_if_secret(label, text);
        let field = serde_json::to_value(self.field(label).await).expect("element");
        let paste = "arguments[0].value = arguments[1];\
                     arguments[0].dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));";
        self.client.execute(paste, vec![field, text.into()]).await.expect("paste");
    }

    /// The current value of the field labelled `label`.
    pub async fn value_of(&self, label: &str) -> String {
        self.field(label).await.prop("value").await.expect("value").unwrap_or_default()
    }

    /// The button with this accessible name: its `aria-label`, else its text.
    pub async fn button(&self, name: &str) -> Element {
        self.wait_for(&format!("//button[@aria-label='{name}' or (not(@aria-label) and normalize-space(.)='{name}')]"))
            .await
    }

    /// Clicks the button with this accessible text.
    pub async fn click_button(&self, name: &str) {
        self.button(name).await.click().await.expect("click");
    }

    /// Waits for a live region (`role=status` or `role=alert`) whose text contains `text`.
    pub async fn announced(&self, text: &str) -> String {
        let xpath = format!("//*[@role='status' or @role='alert'][contains(normalize-space(.), '{text}')]");
        self.wait_for(&xpath).await.text().await.expect("text")
    }

    /// Waits for the message shown under the field labelled `label` (its `aria-describedby`
    /// target with class `field-error`) to contain `text`; returns the message.
    pub async fn field_message(&self, label: &str, text: &str) -> String {
        let xpath = format!(
            "//p[contains(@class,'field-error')][@id=concat(//label[normalize-space(.)='{label}']/@for, '-error')][contains(normalize-space(.), '{text}')]"
        );
        self.wait_for(&xpath).await.text().await.expect("text")
    }

    /// Waits (polling the DOM, up to [`PATIENCE`]) for an element.
    pub async fn wait_for(&self, xpath: &str) -> Element {
        self.client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::XPath(xpath))
            .await
            .unwrap_or_else(|e| panic!("no element {xpath}: {e}"))
    }

    /// Waits until the emulator has answered `count` `METHOD path` requests (polling its
    /// log, up to [`PATIENCE`]).
    pub async fn wait_requests(&self, method: &str, path: &str, count: usize) {
        let prefix = format!("request {method} {path} ");
        let what = format!("{method} {path}: {count} requests");
        self.emulator_log
            .wait_until(&what, |lines| lines.iter().filter(|l| l.starts_with(&prefix)).count() >= count)
            .await;
    }

    /// Presses keys in whatever has focus, as a keyboard would.
    pub async fn press(&self, keys: &str) {
        self.client.active_element().await.expect("focused element").send_keys(keys).await.expect("keys");
    }

    /// What has focus, described as a person would name it: `input: <label>` or
    /// `button: <text>` (or the tag and its text); and whether its focus is drawn
    /// (`:focus-visible` with an outline).
    pub async fn focused(&self) -> (String, bool) {
        let described = self
            .client
            .execute(
                "const e = document.activeElement;                 const label = e.id && document.querySelector(`label[for='${e.id}']`);                 const name = label ? 'input: ' + label.textContent.trim() : e.tagName.toLowerCase() + ': ' + (e.getAttribute('aria-label') || e.textContent.replace(/\\s+/g, ' ').trim());                 const style = getComputedStyle(e);                 return [name, e.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0];",
                vec![],
            )
            .await
            .expect("focused element");
        serde_json::from_value(described).expect("name and visibility")
    }

    /// Changes a user through the API as `keys` would, outside the browser (someone else
    /// editing at the same time). Panics unless the emulator answers 200.
    pub async fn update_user_as(&self, keys: &Keys, user_id: &str, body: serde_json::Value) {
        let path = format!("/v5/users/{user_id}");
        let answer = signed_request(&self.base, keys, "PUT", &path, &body.to_string()).await;
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    }

    /// Runs axe-core on the page as it is now and fails on any violation, naming `state`.
    pub async fn assert_accessible(&self, state: &str) {
        let axe = std::fs::read_to_string(env("AXE_CORE_JS")).expect("read axe-core");
        self.client.execute(&axe, vec![]).await.expect("inject axe-core");
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];\
                 axe.run(document, { resultTypes: ['violations'] })\
                   .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.map(n => n.target.join(' ')).join(', '))))\
                   .catch(e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await
            .expect("run axe-core");
        let violations: Vec<String> = serde_json::from_value(result).expect("violations");
        assert!(violations.is_empty(), "accessibility violations in state '{state}':\n{}", violations.join("\n"));
    }

    /// Makes the browser prefer these languages (`navigator.languages` and
    /// `Accept-Language`), as a person's browser settings would, for pages opened next.
    pub async fn prefer_languages(&self, accept_language: &str) {
        let agent = self.client.execute("return navigator.userAgent;", vec![]).await.expect("user agent");
        let params = serde_json::json!({ "userAgent": agent, "acceptLanguage": accept_language });
        self.cdp("Network.setUserAgentOverride", params).await;
    }

    /// Picks `language` ("English", "简体中文") in the header's language control, which is
    /// found by its label (`label`: "Language" or "语言").
    pub async fn choose_language(&self, label: &str, language: &str) {
        let select = self.wait_for(&format!("//select[@id=//label[normalize-space(.)='{label}']/@for]")).await;
        select.select_by_label(language).await.expect("choose a language");
    }

    /// Fails when the page shows or announces an English word: its text (including text
    /// only screen readers get), `aria-label`s, `title`s and `document.title`. Words in
    /// `allowed` (names, codes, the product name) and "English" (the language's own name
    /// in the language control) are let through.
    pub async fn assert_no_english(&self, state: &str, allowed: &[&str]) {
        let text = self
            .client
            .execute(
                "const labels = [...document.querySelectorAll('[aria-label],[title]')]\
                   .map(e => (e.getAttribute('aria-label') || '') + ' ' + (e.getAttribute('title') || ''));\
                 return [document.title, document.body.innerText, ...labels].join(' ');",
                vec![],
            )
            .await
            .expect("page text");
        let text = text.as_str().expect("text");
        let english: Vec<&str> = text
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|word| word.len() > 1)
            .filter(|word| !["IAM", "Console", "ID", "URN", "English", "HTTP"].contains(word))
            .filter(|word| !allowed.iter().any(|a| a.split(|c: char| !c.is_ascii_alphabetic()).any(|w| w == *word)))
            .collect();
        assert!(english.is_empty(), "English words in state '{state}': {english:?}\n{text}");
    }

    /// Sends a DevTools-protocol command to the page through chromedriver (throttling,
    /// cache, heap, languages) and returns its result.
    pub async fn cdp(&self, command: &'static str, params: serde_json::Value) -> serde_json::Value {
        self.client.issue_cmd(DevTools { command, params }).await.unwrap_or_else(|e| panic!("{command}: {e}"))
    }

    /// The checks every flow ends with: no secret kept where it must not be, nothing the
    /// server sent taken as markup, and the security headers on the page and the API.
    pub async fn assert_secure(&self) {
        let kept = self.kept_by_the_browser().await;
        let typed = self.typed_secrets.lock().unwrap().clone();
        let known = [ALICE.secret, BOB.secret].into_iter().chain(DEMO_PASSWORDS).map(str::to_owned);
        for secret in typed.into_iter().chain(known) {
            assert!(!kept.contains(&secret), "a secret ({} characters) is kept by the browser: {kept}", secret.len());
        }
        // Tokens (`X-Subject-Token`, "MII" + hex) are used once and dropped.
        let token = kept
            .match_indices("MII")
            .any(|(at, _)| kept[at + 3..].chars().take_while(char::is_ascii_hexdigit).count() >= 32);
        assert!(!token, "a token is kept by the browser: {kept}");

        let planted = self
            .client
            .execute("return [document.querySelectorAll('[data-planted]').length, document.title];", vec![])
            .await
            .expect("look for planted markup");
        assert_eq!(planted[0], 0, "markup from the server became elements");
        assert_ne!(planted[1], "pwned", "a planted script ran");

        if self.emulator_stopped {
            return;
        }
        let answers = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];\
                 Promise.all(['/', '/v5/caller-identity'].map(path => fetch(path)\
                   .then(r => [path, Object.fromEntries([...r.headers])])))\
                   .then(done, e => done([['fetch failed', { error: String(e) }]]));",
                vec![],
            )
            .await
            .expect("read headers");
        let answers: Vec<(String, std::collections::HashMap<String, String>)> =
            serde_json::from_value(answers).expect("path and headers");
        for (path, headers) in answers {
            let header = |name: &str| headers.get(name).cloned().unwrap_or_default();
            let csp = header("content-security-policy");
            assert!(
                csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
                "{path}: CSP {csp:?}"
            );
            assert!(!csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"), "{path}: CSP {csp:?}");
            assert_eq!(header("x-content-type-options"), "nosniff", "{path}");
            assert_eq!(header("referrer-policy"), "no-referrer", "{path}");
            assert_eq!(header("x-frame-options"), "DENY", "{path}");
        }

        // Every file the app fetched (the first screen's and each page's) is named by its
        // content and kept for a year, by the emulator and by nginx alike.
        let caching = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];\
                 const files = performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)\
                   .filter(p => /\\.(wasm|js|css)$/.test(p));\
                 Promise.all(files.map(path => fetch(path).then(r => [path, r.headers.get('cache-control')])))\
                   .then(done, e => done([['fetch failed', String(e)]]));",
                vec![],
            )
            .await
            .expect("read caching");
        let caching: Vec<(String, Option<String>)> = serde_json::from_value(caching).expect("path and caching");
        assert!(caching.iter().any(|(path, _)| path.ends_with(".wasm")), "the app's files were found: {caching:?}");
        for (path, rule) in caching {
            assert_eq!(rule.as_deref(), Some("public, max-age=31536000, immutable"), "{path}");
        }
    }

    /// Runs [`Session::assert_secure`], then ends the browser session (processes end when
    /// the session is dropped).
    pub async fn close(self) {
        self.assert_secure().await;
        let _ = self.client.close().await;
    }
}

/// Sends one request signed with `keys` for the default IAM host, as the console would, to
/// `base` (`http://127.0.0.1:PORT`); returns the whole raw answer.
pub async fn signed_request(base: &str, keys: &Keys, method: &str, path: &str, body: &str) -> String {
    use iam_v5::signer::{format_sdk_date, sign, SignInput};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    let date = format_sdk_date(now);
    let host = "iam.myhuaweicloud.com";
    let headers = vec![
        ("host".to_owned(), host.to_owned()),
        ("x-sdk-date".to_owned(), date.clone()),
        ("content-type".to_owned(), "application/json".to_owned()),
    ];
    let input = SignInput { method, path, query: &[], headers: &headers, body: body.as_bytes(), date: &date };
    let authorization = sign(&input, keys.access, keys.secret);
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nX-Sdk-Date: {date}\r\nContent-Type: application/json\r\n\
         Authorization: {authorization}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let address = base.trim_start_matches("http://").trim_end_matches('/');
    let mut stream = tokio::net::TcpStream::connect(address).await.expect("connect");
    stream.write_all(request.as_bytes()).await.expect("send");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.expect("answer");
    answer
}
