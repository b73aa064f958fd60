//! `iam-emulator --listen ADDR [--seed FILE] [--dist DIR] [--state FILE] [--public-host HOST]...
//! [--clock-offset SECONDS] [--clock-from-stdin] [--temporary-key-seconds N] [--code-prefix PREFIX] [--generate-users N] [--generate-groups N]`
//!
//! `--clock-from-stdin`: each line `advance SECONDS` on standard input moves the emulator's
//! clock on (tests let keys expire without waiting); it answers `clock advanced SECONDS`.
//!
//! `iam-emulator --gateway REGION --listen ADDR --dist DIR [--iam-endpoint URL] [--sts-endpoint URL]`:
//! no emulated IAM; the console with REGION's config.json, its API forwarded to the real IAM
//! and STS (or to the endpoints named, such as a local stand-in in tests). See `gateway.rs`.

use std::path::PathBuf;
use std::process::ExitCode;

use axum::serve::ListenerExt;
use iam_emulator::{Emulator, Seed, State, DEFAULT_PUBLIC_HOSTS, DEMO_SEED};

const USAGE: &str = "usage: iam-emulator --listen ADDR [--seed FILE] [--dist DIR] [--state FILE] \
                     [--public-host HOST]... [--clock-offset SECONDS] [--clock-from-stdin] [--temporary-key-seconds N] \
                     [--code-prefix PREFIX] [--generate-users N] [--generate-groups N]\n       iam-emulator --gateway REGION --listen ADDR --dist DIR \
                     [--iam-endpoint URL] [--sts-endpoint URL]";

struct Options {
    listen: String,
    seed: Option<PathBuf>,
    dist: Option<PathBuf>,
    state: Option<PathBuf>,
    public_hosts: Vec<String>,
    clock_offset: i64,
    clock_from_stdin: bool,
    temporary_key_seconds: Option<u32>,
    gateway: Option<String>,
    iam_endpoint: Option<String>,
    sts_endpoint: Option<String>,
    /// Users generated after the seed's ([`iam_emulator::Seed::add_generated_users`]).
    generate_users: u32,
    /// Groups generated after the seed's ([`iam_emulator::Seed::add_generated_groups`]).
    generate_groups: u32,
}

fn parse_args() -> Result<Options, String> {
    let mut options = Options {
        listen: "127.0.0.1:8080".into(),
        seed: None,
        dist: None,
        state: None,
        public_hosts: Vec::new(),
        clock_offset: 0,
        clock_from_stdin: false,
        temporary_key_seconds: None,
        gateway: None,
        iam_endpoint: None,
        sts_endpoint: None,
        generate_users: 0,
        generate_groups: 0,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value\n{USAGE}"));
        match arg.as_str() {
            "--listen" => options.listen = value()?,
            "--seed" => options.seed = Some(value()?.into()),
            "--dist" => options.dist = Some(value()?.into()),
            "--state" => options.state = Some(value()?.into()),
            "--public-host" => options.public_hosts.push(value()?),
            "--clock-offset" => {
                options.clock_offset = value()?.parse().map_err(|_| format!("--clock-offset takes seconds\n{USAGE}"))?
            }
            "--clock-from-stdin" => options.clock_from_stdin = true,
            "--temporary-key-seconds" => {
                let seconds =
                    value()?.parse().map_err(|_| format!("--temporary-key-seconds takes seconds\n{USAGE}"))?;
                options.temporary_key_seconds = Some(seconds);
            }
            "--gateway" => options.gateway = Some(value()?),
            "--iam-endpoint" => options.iam_endpoint = Some(value()?),
            "--sts-endpoint" => options.sts_endpoint = Some(value()?),
            "--code-prefix" => iam_emulator::respond::set_code_prefix(value()?),
            "--generate-users" => {
                options.generate_users =
                    value()?.parse().map_err(|_| format!("--generate-users takes a count\n{USAGE}"))?
            }
            "--generate-groups" => {
                options.generate_groups =
                    value()?.parse().map_err(|_| format!("--generate-groups takes a count\n{USAGE}"))?
            }
            "-h" | "--help" => return Err(USAGE.into()),
            other => return Err(format!("unknown argument {other}\n{USAGE}")),
        }
    }
    Ok(options)
}

#[tokio::main]
async fn main() -> ExitCode {
    let mut options = match parse_args() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    if let Some(region) = options.gateway.take() {
        return gateway(region, options).await;
    }
    if options.public_hosts.is_empty() {
        options.public_hosts = DEFAULT_PUBLIC_HOSTS.iter().map(|h| h.to_string()).collect();
    }
    let saved = options.state.as_ref().filter(|path| path.exists());
    let state = match saved {
        Some(path) => State::load(path),
        None => load_seed(options.seed.as_deref()).map(|mut seed| {
            seed.add_generated_users(options.generate_users);
            seed.add_generated_groups(options.generate_groups);
            State::from_seed(seed)
        }),
    };
    let state = match state {
        Ok(state) => state,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    iam_emulator::state::set_clock_offset(options.clock_offset);
    if options.clock_from_stdin {
        tokio::spawn(clock_from_stdin());
    }
    let mut emulator = Emulator::new(state, options.state, options.public_hosts);
    emulator.temporary_key_seconds = options.temporary_key_seconds;
    serve(&options.listen, emulator.router(options.dist), || {}).await
}

/// Listens on `listen`, says where (tests and xtask read `listening on http://ADDR` to
/// learn the port of `127.0.0.1:0`), then `announce`s and serves `app` until Ctrl-C.
async fn serve(listen: &str, app: axum::Router, announce: impl FnOnce()) -> ExitCode {
    let listener = match tokio::net::TcpListener::bind(listen).await {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!("cannot listen on {listen}: {e}");
            return ExitCode::from(2);
        }
    };
    let addr = listener.local_addr().expect("bound address");
    println!("listening on http://{addr}");
    announce();
    // Small writes (headers, then a body) go out at once: with Nagle's algorithm a body
    // waited for the client's delayed ACK, ~40 ms per stylesheet or script.
    let listener = listener.tap_io(|stream| {
        if let Err(e) = stream.set_nodelay(true) {
            eprintln!("cannot set TCP_NODELAY: {e}");
        }
    });
    if let Err(e) = axum::serve(listener, app).with_graceful_shutdown(shutdown()).await {
        eprintln!("server error: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// Gateway mode: the console from `--dist`, the API forwarded to IAM and STS.
async fn gateway(region: String, options: Options) -> ExitCode {
    let mut gateway = match iam_emulator::gateway::Gateway::for_region(&region) {
        Ok(gateway) => gateway,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    if options.dist.is_none() {
        eprintln!("--gateway needs --dist: the console it serves\n{USAGE}");
        return ExitCode::from(2);
    }
    if let Some(endpoint) = options.iam_endpoint {
        gateway.iam.endpoint = endpoint.trim_end_matches('/').to_owned();
    }
    if let Some(endpoint) = options.sts_endpoint {
        gateway.sts.endpoint = endpoint.trim_end_matches('/').to_owned();
    }
    let upstreams = format!(
        "IAM: {} (Host {})\nSTS: {} (Host {})",
        gateway.iam.endpoint, gateway.iam.host, gateway.sts.endpoint, gateway.sts.host
    );
    serve(&options.listen, gateway.router(options.dist), || println!("{upstreams}")).await
}

/// Reads `advance SECONDS` lines from standard input until it closes.
async fn clock_from_stdin() {
    use tokio::io::AsyncBufReadExt;
    let mut lines = tokio::io::BufReader::new(tokio::io::stdin()).lines();
    while let Ok(Some(line)) = lines.next_line().await {
        match line.trim().strip_prefix("advance ").and_then(|n| n.trim().parse::<i64>().ok()) {
            Some(seconds) => {
                iam_emulator::state::advance_clock(seconds);
                println!("clock advanced {seconds}");
            }
            None => eprintln!("--clock-from-stdin: expected `advance SECONDS`, got {line:?}"),
        }
    }
}

fn load_seed(path: Option<&std::path::Path>) -> Result<Seed, String> {
    let text = match path {
        Some(path) => std::fs::read_to_string(path).map_err(|e| format!("cannot read seed {}: {e}", path.display()))?,
        None => DEMO_SEED.to_owned(),
    };
    Seed::parse(&text)
}

async fn shutdown() {
    let _ = tokio::signal::ctrl_c().await;
}
