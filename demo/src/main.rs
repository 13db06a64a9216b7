//! Starts the demo service on 127.0.0.1 with an ephemeral port, walks
//! through it with a real HTTP client, printing every exchange and the typed
//! variant the client decoded it into with the service's own enums, prints the
//! OpenAPI document, and exits 0 when every answer had the expected status
//! and decoded.
//!
//! ```text
//! cargo run -p responses-demo               # the walk-through
//! cargo run -p responses-demo -- --serve    # keep serving; prints the address
//! cargo run -p responses-demo -- --openapi  # print only the OpenAPI document
//! cargo run -p responses-demo -- --token    # print the bearer token it accepts
//! cargo run -p responses-demo -- --help     # print this usage
//! ```

use axum::body::Bytes;
use responses::decode::DecodeError;
use responses::{
    Problem,
    extract::{JsonRejection, PathRejection, Rejection, RejectionDetails},
};
use responses_demo::{
    ApiDoc, CreateUser, DeleteUser, GetUser, Me, MissingUser, TOKEN, UpdateUser, WrongMethod,
    router,
};
use std::fmt::Write as _;
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
        Some("--help" | "-h") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!("error: unknown argument `{other}`\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

const USAGE: &str = "\
usage: responses-demo [--serve [ADDR] | --openapi | --token | --help]

  (no argument)   start the service on 127.0.0.1, walk through it with an
                  HTTP client and exit 0 when every answer was as expected
  --serve [ADDR]  keep serving on ADDR (default 127.0.0.1:0); prints the address
  --openapi       print the OpenAPI document
  --token         print the bearer token the service accepts
  --help, -h      print this usage
";

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
    /// Decodes the answer with the enum the handler returns, and says
    /// which variant it is and what it holds.
    decode: Decoder,
}

type Decoder = fn(axum::http::Response<Bytes>) -> Result<String, DecodeError>;

const STEPS: &[Step] = &[
    Step {
        method: "POST",
        path: "/users",
        body: Some(r#"{"name":"Ada","email":"ada@example.com"}"#),
        token: false,
        expect: 201,
        why: "create a user: 201 with a Location",
        decode: create,
    },
    Step {
        method: "POST",
        path: "/users",
        body: Some(r#"{"name":"Ada again","email":"ada@example.com"}"#),
        token: false,
        expect: 409,
        why: "the email is taken: 409",
        decode: create,
    },
    Step {
        method: "POST",
        path: "/users",
        body: Some(r#"{"name":"Bob","email":"not an email"}"#),
        token: false,
        expect: 422,
        why: "an invalid field: 422, before the handler runs, naming the field",
        decode: create,
    },
    Step {
        method: "POST",
        path: "/users",
        body: Some(r#"{"name":"Bob","#),
        token: false,
        expect: 400,
        why: "not JSON at all: 400",
        decode: create,
    },
    Step {
        method: "GET",
        path: "/users/first",
        body: None,
        token: false,
        expect: 400,
        why: "an id that is not a number: 400, naming the parameter",
        decode: get,
    },
    Step {
        method: "GET",
        path: "/users/1",
        body: None,
        token: false,
        expect: 200,
        why: "read it back",
        decode: get,
    },
    Step {
        method: "PUT",
        path: "/users/1",
        body: Some(r#"{"name":"Ada Lovelace","email":"ada@example.com"}"#),
        token: false,
        expect: 200,
        why: "replace it",
        decode: update,
    },
    Step {
        method: "PATCH",
        path: "/users/1",
        body: Some("{}"),
        token: false,
        expect: 405,
        why: "a method the resource does not serve: 405 with Allow",
        decode: wrong_method,
    },
    Step {
        method: "GET",
        path: "/me",
        body: None,
        token: false,
        expect: 401,
        why: "no token: 401 with a WWW-Authenticate challenge",
        decode: me,
    },
    Step {
        method: "GET",
        path: "/me",
        body: None,
        token: true,
        expect: 303,
        why: "with the token: 303 to the caller's user",
        decode: me,
    },
    Step {
        method: "DELETE",
        path: "/users/1",
        body: None,
        token: true,
        expect: 204,
        why: "delete it: 204, no content",
        decode: delete,
    },
    Step {
        method: "GET",
        path: "/users/1",
        body: None,
        token: false,
        expect: 404,
        why: "it is gone: 404",
        decode: get,
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
            Ok((status, Ok(_))) if status == step.expect => {}
            Ok((status, Ok(_))) => {
                println!("!! expected {}, got {status}", step.expect);
                failures += 1;
            }
            Ok((_, Err(error))) => {
                println!("!! {error}");
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
        eprintln!(
            "error: {failures} exchange(s) did not get the expected status or did not decode"
        );
        return ExitCode::FAILURE;
    }
    code
}

/// Sends the step's request and prints the raw exchange, then the typed
/// variant the answer decodes into: its status, and the decoded value or
/// the reason it did not decode.
async fn exchange(
    client: &reqwest::Client,
    address: &str,
    step: &Step,
) -> Result<(u16, Result<String, DecodeError>), reqwest::Error> {
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
    let headers = response.headers().clone();
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
    let body = response.bytes().await?;
    if !body.is_empty() {
        println!("<");
        println!("< {}", String::from_utf8_lossy(&body));
    }

    // The client side of the same declaration: any client's response, as
    // an `http::Response` of bytes, decodes into the handler's enum.
    let mut received = axum::http::Response::new(body);
    *received.status_mut() = status;
    *received.headers_mut() = headers;
    let decoded = (step.decode)(received);
    if let Ok(typed) = &decoded {
        println!("= {typed}");
    }
    Ok((status.as_u16(), decoded))
}

/// A header field of a decoded response, for the summary line; the
/// decoder has already checked that the required ones parse.
fn field(headers: &axum::http::HeaderMap, name: &str) -> String {
    headers.get(name).map_or_else(String::new, |value| {
        format!(", {name}: {}", value.to_str().unwrap_or("<binary>"))
    })
}

/// A decoded problem, as the client reads it: its members as sent.
fn problem<E>(problem: &Problem<E>) -> String {
    format!(
        "problem {} {:?}, detail {:?}",
        problem
            .get_status()
            .map_or_else(String::new, |code| code.to_string()),
        problem.get_title().unwrap_or_default(),
        problem.get_detail().unwrap_or_default(),
    )
}

/// A decoded rejection's problem, with the members naming what was wrong.
fn rejected(rejected: &Problem<RejectionDetails>) -> String {
    let details = rejected.extensions();
    let mut text = problem(rejected);
    for (name, value) in [
        ("pointer", &details.pointer),
        ("parameter", &details.parameter),
        ("expected_media_type", &details.expected_media_type),
    ] {
        if let Some(value) = value {
            let _ = write!(text, ", {name} {value:?}");
        }
    }
    text
}

fn json_rejection(rejection: &JsonRejection) -> String {
    match rejection {
        JsonRejection::BadRequest(bad) => {
            format!("JsonRejection::BadRequest: {}", rejected(bad.body()))
        }
        JsonRejection::ContentTooLarge(large) => {
            format!("JsonRejection::ContentTooLarge: {}", rejected(large.body()))
        }
        JsonRejection::UnsupportedMediaType(unsupported) => format!(
            "JsonRejection::UnsupportedMediaType: {}",
            rejected(unsupported.body())
        ),
        JsonRejection::UnprocessableContent(invalid) => format!(
            "JsonRejection::UnprocessableContent: {}",
            rejected(invalid.body())
        ),
    }
}

fn path_rejection(rejection: &PathRejection) -> String {
    let PathRejection::BadRequest(bad) = rejection;
    format!("PathRejection::BadRequest: {}", rejected(bad.body()))
}

fn rejection(rejection: &Rejection) -> String {
    match rejection {
        Rejection::BadRequest(bad) => format!("Rejection::BadRequest: {}", rejected(bad.body())),
        Rejection::ContentTooLarge(large) => {
            format!("Rejection::ContentTooLarge: {}", rejected(large.body()))
        }
        Rejection::UnsupportedMediaType(unsupported) => format!(
            "Rejection::UnsupportedMediaType: {}",
            rejected(unsupported.body())
        ),
        Rejection::UnprocessableContent(invalid) => {
            format!(
                "Rejection::UnprocessableContent: {}",
                rejected(invalid.body())
            )
        }
    }
}

/// The shared set, decoded by its own enum inside the including one.
fn missing_user(missing: &MissingUser) -> String {
    let MissingUser::NotFound(not_found) = missing;
    format!("MissingUser::NotFound: {}", problem(not_found.body()))
}

fn create(response: axum::http::Response<Bytes>) -> Result<String, DecodeError> {
    Ok(match CreateUser::from_response(response)? {
        CreateUser::Created(created) => format!(
            "CreateUser::Created: {:?}{}",
            created.body().0,
            field(created.headers(), "location")
        ),
        CreateUser::Conflict(conflict) => {
            format!("CreateUser::Conflict: {}", problem(conflict.body()))
        }
        CreateUser::JsonRejection(refused) => {
            format!("CreateUser::JsonRejection({})", json_rejection(&refused))
        }
    })
}

fn get(response: axum::http::Response<Bytes>) -> Result<String, DecodeError> {
    Ok(match GetUser::from_response(response)? {
        GetUser::Ok(found) => format!(
            "GetUser::Ok: {:?}{}",
            found.body().0,
            field(found.headers(), "etag")
        ),
        GetUser::NotModified(cached) => {
            format!("GetUser::NotModified{}", field(cached.headers(), "etag"))
        }
        GetUser::MissingUser(missing) => {
            format!("GetUser::MissingUser({})", missing_user(&missing))
        }
        GetUser::PathRejection(refused) => {
            format!("GetUser::PathRejection({})", path_rejection(&refused))
        }
        GetUser::ServerError(failed) => format!(
            "GetUser::ServerError: {} {}",
            failed.status(),
            problem(failed.body())
        ),
        GetUser::Other(other) => format!(
            "GetUser::Other: {} {}",
            other.status(),
            problem(other.body())
        ),
    })
}

fn update(response: axum::http::Response<Bytes>) -> Result<String, DecodeError> {
    Ok(match UpdateUser::from_response(response)? {
        UpdateUser::Ok(updated) => format!("UpdateUser::Ok: {:?}", updated.body().0),
        UpdateUser::MissingUser(missing) => {
            format!("UpdateUser::MissingUser({})", missing_user(&missing))
        }
        UpdateUser::Conflict(conflict) => {
            format!("UpdateUser::Conflict: {}", problem(conflict.body()))
        }
        UpdateUser::Rejection(refused) => format!("UpdateUser::Rejection({})", rejection(&refused)),
    })
}

fn delete(response: axum::http::Response<Bytes>) -> Result<String, DecodeError> {
    Ok(match DeleteUser::from_response(response)? {
        DeleteUser::NoContent(_) => "DeleteUser::NoContent".to_owned(),
        DeleteUser::Unauthorized(denied) => format!(
            "DeleteUser::Unauthorized: {}{}",
            problem(denied.body()),
            field(denied.headers(), "www-authenticate")
        ),
        DeleteUser::MissingUser(missing) => {
            format!("DeleteUser::MissingUser({})", missing_user(&missing))
        }
        DeleteUser::PathRejection(refused) => {
            format!("DeleteUser::PathRejection({})", path_rejection(&refused))
        }
    })
}

fn me(response: axum::http::Response<Bytes>) -> Result<String, DecodeError> {
    Ok(match Me::from_response(response)? {
        Me::SeeOther(moved) => format!("Me::SeeOther{}", field(moved.headers(), "location")),
        Me::Unauthorized(denied) => format!(
            "Me::Unauthorized: {}{}",
            problem(denied.body()),
            field(denied.headers(), "www-authenticate")
        ),
    })
}

fn wrong_method(response: axum::http::Response<Bytes>) -> Result<String, DecodeError> {
    let WrongMethod::MethodNotAllowed(refused) = WrongMethod::from_response(response)?;
    Ok(format!(
        "WrongMethod::MethodNotAllowed: {}{}",
        problem(refused.body()),
        field(refused.headers(), "allow")
    ))
}
