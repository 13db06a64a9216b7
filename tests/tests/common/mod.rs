//! A real HTTP client for the framework tests.

#![allow(dead_code)] // each test file uses part of it

pub mod iana;
pub mod problems;

use std::collections::BTreeMap;

/// What came back: status, header fields (lower-case names, values joined
/// with ", " where repeated) and body.
#[derive(Debug)]
pub struct Exchange {
    pub status: u16,
    pub headers: BTreeMap<String, String>,
    pub body: String,
}

impl Exchange {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(String::as_str)
    }
}

pub async fn fetch(method: &str, url: &str) -> Exchange {
    send(method, url, None, None).await
}

/// A request with an optional `Content-Type` and body.
pub async fn send(
    method: &str,
    url: &str,
    content_type: Option<&str>,
    body: Option<String>,
) -> Exchange {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
    let mut request = client.request(method, url);
    if let Some(content_type) = content_type {
        request = request.header("content-type", content_type);
    }
    if let Some(body) = body {
        request = request.body(body);
    }
    let response = request.send().await.expect("request");
    let status = response.status().as_u16();
    let mut headers = BTreeMap::new();
    for (name, value) in response.headers() {
        headers
            .entry(name.as_str().to_owned())
            .and_modify(|joined: &mut String| {
                joined.push_str(", ");
                joined.push_str(value.to_str().unwrap());
            })
            .or_insert_with(|| value.to_str().unwrap().to_owned());
    }
    let body = response.text().await.expect("body");
    Exchange {
        status,
        headers,
        body,
    }
}

/// The status line of the answer to a `POST` written by hand, as it came
/// over the socket (`HTTP/1.1 422 Unprocessable Content`): HTTP clients
/// such as reqwest keep the code and drop the phrase.
pub async fn status_line(base: &str, path: &str, content_type: &str, body: &str) -> String {
    let address = base.strip_prefix("http://").expect("an http:// base");
    let request = format!(
        "POST {path} HTTP/1.1\r\nhost: {address}\r\ncontent-type: {content_type}\r\n\
         content-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    raw_status_line(address, &request).await
}

/// The status line of the answer to `GET base + path`, as it came over the
/// socket.
pub async fn get_status_line(base: &str, path: &str) -> String {
    let address = base.strip_prefix("http://").expect("an http:// base");
    let request = format!("GET {path} HTTP/1.1\r\nhost: {address}\r\nconnection: close\r\n\r\n");
    raw_status_line(address, &request).await
}

/// Sends `request` as written to `address` and returns the first line of
/// the answer.
async fn raw_status_line(address: &str, request: &str) -> String {
    raw_answer(address, request)
        .await
        .split("\r\n")
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// Sends `request` as written to `address` (it must ask for `connection:
/// close`) and returns every byte of the answer, as text.
pub async fn raw_answer(address: &str, request: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(address)
        .await
        .expect("connect");
    stream.write_all(request.as_bytes()).await.expect("write");
    let mut answer = Vec::new();
    // The server closes the connection after its answer (`connection:
    // close`); a reset after the status line is as good as a close.
    let _ = stream.read_to_end(&mut answer).await;
    String::from_utf8_lossy(&answer).into_owned()
}

/// `GET base + path`.
pub async fn get_path(base: &str, path: &str) -> Exchange {
    fetch("GET", &format!("{base}{path}")).await
}

/// `/etag`: a field given by `http`'s own name constant and a `&str`.
pub fn tagged() -> responses::response::Ok<&'static str> {
    responses::response::Ok::new("tagged")
        .header(http::header::ETAG, "\"v1\"")
        .header("x-request-id", http::HeaderValue::from_static("abc"))
        .header(http::header::VARY, "origin")
        .header(http::header::VARY, "cookie")
}

/// `/typed`: fields of the `headers` crate's typed vocabulary.
pub fn typed() -> responses::response::Ok<&'static str> {
    let etag: headers::ETag = "\"v2\"".parse().expect("an entity tag");
    responses::response::Ok::new("typed")
        .typed_header(etag)
        .typed_header(headers::CacheControl::new().with_no_store())
}

/// `/refused`: a value that would inject a header line, and a body that
/// must not be sent either.
pub fn refused() -> responses::response::Created<&'static str> {
    responses::response::Created::new("secret body")
        .header(http::header::ETAG, "\"v1\"")
        .header("x-evil", "a\r\nSet-Cookie: session=stolen")
}

/// `/refused-name`: a name that is not a token.
pub fn refused_name() -> responses::response::NoContent {
    responses::response::NoContent::new().header("x evil\n", "v")
}

/// The routes of [`tagged`], [`typed`], [`refused`] and [`refused_name`]:
/// fields reach the wire unchanged, and a refused `.header()` call is a
/// bare 500.
pub async fn assert_header_fields(base: &str) {
    let tagged = get_path(base, "/etag").await;
    assert_eq!((tagged.status, tagged.body.as_str()), (200, "tagged"));
    assert_eq!(tagged.header("etag"), Some("\"v1\""));
    assert_eq!(tagged.header("x-request-id"), Some("abc"));
    assert_eq!(tagged.header("vary"), Some("origin, cookie"));

    let typed = get_path(base, "/typed").await;
    assert_eq!((typed.status, typed.body.as_str()), (200, "typed"));
    assert_eq!(typed.header("etag"), Some("\"v2\""));
    assert_eq!(typed.header("cache-control"), Some("no-store"));

    for path in ["/refused", "/refused-name"] {
        let refused = get_path(base, path).await;
        assert_eq!((refused.status, refused.body.as_str()), (500, ""), "{path}");
        for name in ["etag", "x-evil", "set-cookie", "content-type", "location"] {
            assert_eq!(refused.header(name), None, "{path}: {name}");
        }
    }
}

/// The responses of the routes both framework tests serve (`/ok`,
/// `/created`, ... `/per-status-type`), each status with its header fields
/// and body.
pub async fn assert_every_shape(base: &str) {
    let ok = get_path(base, "/ok").await;
    assert_eq!((ok.status, ok.body.as_str()), (200, r#"{"id":1}"#));
    assert_eq!(ok.header("content-type"), Some("application/json"));

    let created = get_path(base, "/created").await;
    assert_eq!(created.status, 201);
    assert_eq!(created.header("location"), Some("/items/2"));
    assert_eq!(created.body, r#"{"id":2}"#);

    let empty = get_path(base, "/no-content").await;
    assert_eq!((empty.status, empty.body.as_str()), (204, ""));
    assert_eq!(empty.header("content-type"), None);

    let partial = get_path(base, "/partial").await;
    assert_eq!((partial.status, partial.body.as_str()), (206, "hello"));
    assert_eq!(partial.header("content-range"), Some("bytes 0-4/11"));

    let redirect = get_path(base, "/see-other").await;
    assert_eq!(redirect.status, 303);
    assert_eq!(redirect.header("location"), Some("/ok"));

    let unauthorized = get_path(base, "/unauthorized").await;
    assert_eq!(
        (unauthorized.status, unauthorized.body.as_str()),
        (401, "log in")
    );
    assert_eq!(
        unauthorized.header("www-authenticate"),
        Some(r#"Basic realm="shop""#)
    );

    let not_allowed = get_path(base, "/not-allowed").await;
    assert_eq!(not_allowed.status, 405);
    assert_eq!(not_allowed.header("allow"), Some("GET, HEAD"));

    let range = get_path(base, "/range").await;
    assert_eq!(range.status, 416);
    assert_eq!(range.header("content-range"), Some("bytes */11"));

    let upgrade = get_path(base, "/upgrade").await;
    assert_eq!(upgrade.status, 426);
    assert_eq!(upgrade.header("upgrade"), Some("websocket"));

    let limited = get_path(base, "/limited").await;
    assert_eq!(limited.status, 429);
    assert_eq!(limited.header("retry-after"), Some("30"));

    let unavailable = get_path(base, "/unavailable").await;
    assert_eq!((unavailable.status, unavailable.body.as_str()), (503, ""));

    let typed = get_path(base, "/per-status-type").await;
    assert_eq!((typed.status, typed.body.as_str()), (202, "queued"));
}

/// Serves `app` with axum on a free port of 127.0.0.1 until the test ends;
/// returns its base URL (`http://127.0.0.1:PORT`).
pub async fn axum_server(app: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{address}")
}

/// Starts an actix-web server of one worker on an ephemeral port with the
/// app factory given: its base URL, and the handle that stops it.
#[allow(unused_macros)] // used by the actix-web test files only
macro_rules! actix_server {
    ($factory:expr) => {{
        let server = actix_web::HttpServer::new($factory)
            .workers(1)
            .bind(("127.0.0.1", 0))
            .unwrap();
        let address = server.addrs()[0];
        let running = server.run();
        let stop = running.handle();
        actix_web::rt::spawn(running);
        (format!("http://{address}"), stop)
    }};
}
#[allow(unused_imports)]
pub(crate) use actix_server;
