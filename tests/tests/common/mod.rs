//! A real HTTP client for the framework tests.

#![allow(dead_code)] // each test file uses part of it

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
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
    let response = client.request(method, url).send().await.expect("request");
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
