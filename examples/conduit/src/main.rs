//! `conduit`: serves the RealWorld API, or prints its OpenAPI document.

use conduit::{ApiDoc, AppState, auth, db, router};
use std::process::ExitCode;
use std::sync::Arc;
use utoipa::OpenApi;

const USAGE: &str = "\
conduit: the RealWorld (Conduit) API on axum and `responses`

usage:
  conduit --serve [ADDR] [--database PATH]   serve the API under http://ADDR/api
                                             (ADDR 127.0.0.1:8080 unless given; port 0 picks one)
  conduit --openapi                          print the OpenAPI document
  conduit --help                             print this

The database is a fresh one in memory unless --database names a SQLite file
(created if missing; its schema is brought up to date at start). Tokens are
signed with the secret in CONDUIT_JWT_SECRET, or a built-in one for trying
it out. The document is also served at /api/openapi.json.";

enum Command {
    Serve {
        address: String,
        database: Option<String>,
    },
    OpenApi,
    Help,
}

fn parse(args: &[String]) -> Result<Command, String> {
    let mut command = None;
    let mut address = None;
    let mut database = None;
    let mut args = args.iter().peekable();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--help" | "-h" => return Ok(Command::Help),
            "--openapi" => command = Some("openapi"),
            "--serve" => {
                command = Some("serve");
                if let Some(next) = args.next_if(|next| !next.starts_with("--")) {
                    address = Some(next.clone());
                }
            }
            "--database" => match args.next() {
                Some(path) => database = Some(path.clone()),
                None => return Err("--database needs a path".to_owned()),
            },
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    match command {
        Some("serve") => Ok(Command::Serve {
            address: address.unwrap_or_else(|| "127.0.0.1:8080".to_owned()),
            database,
        }),
        Some(_) => Ok(Command::OpenApi),
        None => Err("say --serve [ADDR] or --openapi".to_owned()),
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match parse(&args) {
        Ok(Command::Help) => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Ok(Command::OpenApi) => print_openapi(),
        Ok(Command::Serve { address, database }) => serve(&address, database.as_deref()).await,
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn print_openapi() -> ExitCode {
    match ApiDoc::openapi().to_pretty_json() {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: cannot serialise the OpenAPI document: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(address: &str, database: Option<&str>) -> ExitCode {
    let db = match db::Db::open(database) {
        Ok(db) => db,
        Err(error) => {
            eprintln!(
                "error: cannot open the database {}: {error}",
                database.unwrap_or("in memory")
            );
            return ExitCode::FAILURE;
        }
    };
    let state = AppState {
        db,
        keys: Arc::new(auth::Keys::from_env()),
    };
    let listener = match tokio::net::TcpListener::bind(address).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("error: cannot listen on {address}: {error}");
            return ExitCode::FAILURE;
        }
    };
    if let Ok(local) = listener.local_addr() {
        println!("serving on http://{local}/api (Ctrl-C to stop)");
    }
    let shutdown = async {
        // If the handler cannot be installed, serve until killed.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    match axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown)
        .await
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}
