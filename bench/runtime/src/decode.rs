//! Decoding cases: reading a received `http::Response<Bytes>` back into a
//! typed value, through a generated enum's `from_response` and by hand with
//! a `match` on the status and `serde_json::from_slice`. Both sides do the
//! same work: pick the status, check the required `Location` of a 303 under
//! the same rule (non-empty visible ASCII), decode the JSON body with serde,
//! and keep the header fields. `decode/input` only builds the response both
//! sides receive, so its cost can be subtracted from theirs.

use std::hint::black_box;

use bytes::Bytes;
use http::header::{CONTENT_TYPE, LOCATION};
use http::{HeaderMap, HeaderValue, StatusCode};
use responses::{Json, responses};

/// A 201's body as a client reads it.
#[derive(serde::Deserialize)]
#[allow(dead_code)] // read by nothing but `black_box`
pub struct User {
    id: u64,
    name: String,
}

/// A 409's body as a client reads it.
#[derive(serde::Deserialize)]
#[allow(dead_code)] // read by nothing but `black_box`
pub struct ApiError {
    message: String,
}

/// Outcomes of `POST /users`, as the client decodes them.
#[responses(201(Json<User>), 303, 409(Json<ApiError>))]
pub enum CreateUser {}

/// The same outcomes, written by hand.
#[allow(dead_code)] // read by nothing but `black_box`
pub enum ByHand {
    Created(HeaderMap, User),
    SeeOther(HeaderMap, HeaderValue),
    Conflict(HeaderMap, ApiError),
}

/// What the hand-written side reports.
#[derive(Debug)]
#[allow(dead_code)] // read by nothing but `black_box`
pub enum ByHandError {
    Status(StatusCode),
    Body(serde_json::Error),
    Location,
}

fn received(
    status: u16,
    location: Option<&'static str>,
    body: &'static [u8],
) -> http::Response<Bytes> {
    let mut response = http::Response::new(Bytes::from_static(black_box(body)));
    *response.status_mut() = StatusCode::from_u16(black_box(status)).expect("a status");
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    if let Some(location) = location {
        headers.insert(LOCATION, HeaderValue::from_static(black_box(location)));
    }
    response
}

fn created() -> http::Response<Bytes> {
    received(201, Some("/users/1"), br#"{"id":1,"name":"Ada"}"#)
}

fn see_other() -> http::Response<Bytes> {
    received(303, Some("/users/1"), b"")
}

fn by_hand(response: http::Response<Bytes>) -> Result<ByHand, ByHandError> {
    let (parts, body) = response.into_parts();
    match parts.status {
        StatusCode::CREATED => {
            let user = serde_json::from_slice(&body).map_err(ByHandError::Body)?;
            Ok(ByHand::Created(parts.headers, user))
        }
        StatusCode::SEE_OTHER => {
            let location = parts.headers.get(LOCATION).ok_or(ByHandError::Location)?;
            let bytes = location.as_bytes();
            if bytes.is_empty() || !bytes.iter().all(|byte| (0x21..=0x7e).contains(byte)) {
                return Err(ByHandError::Location);
            }
            let location = location.clone();
            if !body.is_empty() {
                return Err(ByHandError::Status(parts.status));
            }
            Ok(ByHand::SeeOther(parts.headers, location))
        }
        StatusCode::CONFLICT => {
            let error = serde_json::from_slice(&body).map_err(ByHandError::Body)?;
            Ok(ByHand::Conflict(parts.headers, error))
        }
        status => Err(ByHandError::Status(status)),
    }
}

pub(super) fn input() {
    black_box(created());
}

pub(super) fn created_generated() {
    let _ = black_box(CreateUser::from_response(created()).expect("decodes"));
}

pub(super) fn created_by_hand() {
    black_box(by_hand(created()).expect("decodes"));
}

pub(super) fn see_other_generated() {
    let _ = black_box(CreateUser::from_response(see_other()).expect("decodes"));
}

pub(super) fn see_other_by_hand() {
    black_box(by_hand(see_other()).expect("decodes"));
}
