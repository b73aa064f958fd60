//! `iam-emulator --listen ADDR --seed FILE [--dist DIR]`

use std::path::PathBuf;
use std::process::ExitCode;

use iam_emulator::{Emulator, Seed, DEMO_SEED};

const USAGE: &str = "usage: iam-emulator --listen ADDR [--seed FILE | --demo-seed] [--dist DIR]";

struct Options {
    listen: String,
    seed: Option<PathBuf>,
    dist: Option<PathBuf>,
}

fn parse_args() -> Result<Options, String> {
    let mut options = Options { listen: "127.0.0.1:8080".into(), seed: None, dist: None };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value\n{USAGE}"));
        match arg.as_str() {
            "--listen" => options.listen = value()?,
            "--seed" => options.seed = Some(value()?.into()),
            "--demo-seed" => options.seed = None,
            "--dist" => options.dist = Some(value()?.into()),
            "-h" | "--help" => return Err(USAGE.into()),
            other => return Err(format!("unknown argument {other}\n{USAGE}")),
        }
    }
    Ok(options)
}

#[tokio::main]
async fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let seed_text = match &options.seed {
        Some(path) => match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("cannot read seed {}: {e}", path.display());
                return ExitCode::from(2);
            }
        },
        None => DEMO_SEED.to_owned(),
    };
    let seed = match Seed::parse(&seed_text) {
        Ok(seed) => seed,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let listener = match tokio::net::TcpListener::bind(&options.listen).await {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!("cannot listen on {}: {e}", options.listen);
            return ExitCode::from(2);
        }
    };
    let addr = listener.local_addr().expect("bound address");
    // Tests and xtask read this line to learn the port (`--listen 127.0.0.1:0`).
    println!("listening on http://{addr}");
    let app = Emulator::new(seed).router(options.dist);
    if let Err(e) = axum::serve(listener, app).with_graceful_shutdown(shutdown()).await {
        eprintln!("server error: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

async fn shutdown() {
    let _ = tokio::signal::ctrl_c().await;
}
