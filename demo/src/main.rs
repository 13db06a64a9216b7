//! Starts the demo service on 127.0.0.1 with an ephemeral port, walks
//! through it with a real HTTP client, printing every exchange, prints the
//! OpenAPI document, and exits 0 when every answer had the expected status.
//!
//! ```text
//! cargo run -p responses-demo               # the walk-through
//! cargo run -p responses-demo -- --serve    # keep serving; prints the address
//! cargo run -p responses-demo -- --openapi  # print only the OpenAPI document
//! cargo run -p responses-demo -- --token    # print the bearer token it accepts
//! ```

use responses_demo::{ApiDoc, TOKEN, router};
use std::process::ExitCode;
use utoipa::OpenApi;

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None => walk_through().await,
        Some("--serve") => serve(args.get(1).map_or("127.0.0.1:0", String::as_str)).await,
        Some("--openapi") => print_openapi(),
        Some("--token") => {
            println!("{TOKEN}");
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!(
                "error: unknown argument `{other}`; use --serve [ADDR], --openapi or --token"
            );
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

async fn serve(address: &str) -> ExitCode {
    let listener = match tokio::net::TcpListener::bind(address).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("error: cannot listen on {address}: {error}");
            return ExitCode::FAILURE;
        }
    };
    if let Ok(local) = listener.local_addr() {
        println!("serving on http://{local} (Ctrl-C to stop)");
    }
    match axum::serve(listener, router()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// One request of the walk-through and the status it must get.
struct Step {
    method: &'static str,
    path: &'static str,
    body: Option<&'static str>,
    token: bool,
    expect: u16,
    why: &'static str,
}

const STEPS: &[Step] = &[
    Step {
        method: "POST",
        path: "/users",
        body: Some(r#"{"name":"Ada","email":"ada@example.com"}"#),
        token: false,
        expect: 201,
        why: "create a user: 201 with a Location",
    },
    Step {
        method: "POST",
        path: "/users",
        body: Some(r#"{"name":"Ada again","email":"ada@example.com"}"#),
        token: false,
        expect: 409,
        why: "the email is taken: 409",
    },
    Step {
        method: "POST",
        path: "/users",
        body: Some(r#"{"name":"Bob","email":"not an email"}"#),
        token: false,
        expect: 422,
        why: "an invalid field: 422, before the handler runs, naming the field",
    },
    Step {
        method: "POST",
        path: "/users",
        body: Some(r#"{"name":"Bob","#),
        token: false,
        expect: 400,
        why: "not JSON at all: 400",
    },
    Step {
        method: "GET",
        path: "/users/first",
        body: None,
        token: false,
        expect: 400,
        why: "an id that is not a number: 400, naming the parameter",
    },
    Step {
        method: "GET",
        path: "/users/1",
        body: None,
        token: false,
        expect: 200,
        why: "read it back",
    },
    Step {
        method: "PUT",
        path: "/users/1",
        body: Some(r#"{"name":"Ada Lovelace","email":"ada@example.com"}"#),
        token: false,
        expect: 200,
        why: "replace it",
    },
    Step {
        method: "PATCH",
        path: "/users/1",
        body: Some("{}"),
        token: false,
        expect: 405,
        why: "a method the resource does not serve: 405 with Allow",
    },
    Step {
        method: "GET",
        path: "/me",
        body: None,
        token: false,
        expect: 401,
        why: "no token: 401 with a WWW-Authenticate challenge",
    },
    Step {
        method: "GET",
        path: "/me",
        body: None,
        token: true,
        expect: 303,
        why: "with the token: 303 to the caller's user",
    },
    Step {
        method: "DELETE",
        path: "/users/1",
        body: None,
        token: true,
        expect: 204,
        why: "delete it: 204, no content",
    },
    Step {
        method: "GET",
        path: "/users/1",
        body: None,
        token: false,
        expect: 404,
        why: "it is gone: 404",
    },
];

async fn walk_through() -> ExitCode {
    let listener = match tokio::net::TcpListener::bind("127.0.0.1:0").await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("error: cannot listen on 127.0.0.1: {error}");
            return ExitCode::FAILURE;
        }
    };
    let Ok(address) = listener.local_addr() else {
        eprintln!("error: the listener has no address");
        return ExitCode::FAILURE;
    };
    let server = tokio::spawn(async move { axum::serve(listener, router()).await });
    println!("responses demo: a users service on http://{address}\n");

    // Redirects are shown, not followed.
    let client = match reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
    {
        Ok(client) => client,
        Err(error) => {
            eprintln!("error: cannot build the HTTP client: {error}");
            return ExitCode::FAILURE;
        }
    };
    let mut failures = 0;
    for (number, step) in STEPS.iter().enumerate() {
        println!("# {}. {}", number + 1, step.why);
        match exchange(&client, &address.to_string(), step).await {
            Ok(status) if status == step.expect => {}
            Ok(status) => {
                println!("!! expected {}, got {status}", step.expect);
                failures += 1;
            }
            Err(error) => {
                println!("!! request failed: {error}");
                failures += 1;
            }
        }
        println!();
    }
    server.abort();

    println!("# The OpenAPI document, generated from the same enums:\n");
    let code = print_openapi();
    if failures > 0 {
        eprintln!("error: {failures} exchange(s) did not get the expected status");
        return ExitCode::FAILURE;
    }
    code
}

async fn exchange(
    client: &reqwest::Client,
    address: &str,
    step: &Step,
) -> Result<u16, reqwest::Error> {
    // The steps are written above, each with a method token.
    let method = reqwest::Method::from_bytes(step.method.as_bytes())
        .unwrap_or_else(|_| unreachable!("`{}` is not a method token", step.method));
    let mut request = client.request(method, format!("http://{address}{}", step.path));
    println!("> {} {} HTTP/1.1", step.method, step.path);
    if step.token {
        println!("> authorization: Bearer {TOKEN}");
        request = request.header("authorization", format!("Bearer {TOKEN}"));
    }
    if let Some(body) = step.body {
        println!("> content-type: application/json");
        println!(">");
        println!("> {body}");
        request = request
            .header("content-type", "application/json")
            .body(body);
    }
    let response = request.send().await?;
    let status = response.status();
    // The reason phrase as registered today (422 is "Unprocessable
    // Content", not the older "Unprocessable Entity").
    let phrase = responses::Status::from_u16(status.as_u16()).map_or("", |s| s.phrase());
    println!("< HTTP/1.1 {} {phrase}", status.as_u16());
    for (name, value) in response.headers() {
        if name == "date" {
            continue; // changes every run
        }
        println!("< {name}: {}", value.to_str().unwrap_or("<binary>"));
    }
    let body = response.text().await?;
    if !body.is_empty() {
        println!("<");
        println!("< {body}");
    }
    Ok(status.as_u16())
}
