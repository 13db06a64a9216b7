//! [`Json`]: a JSON body that belongs to no framework.

use std::ops::{Deref, DerefMut};

/// A body serialised as JSON with serde, sent as `application/json`.
///
/// It is what `axum::Json` and `actix_web::web::Json` are, without either:
/// a crate that declares a service's response enums (shared by the server
/// and its clients) can use it and depend on neither framework. It is a
/// response body in axum and actix-web, in `http::Response<Vec<u8>>`
/// (`String`, `bytes::Bytes`) conversions, and in OpenAPI.
///
/// ```
/// use responses::{Json, responses};
///
/// #[derive(serde::Serialize, serde::Deserialize)]
/// pub struct User { id: u64 }
///
/// #[responses(200(Json<User>), 404)]
/// pub enum GetUser {}
///
/// let response: http::Response<Vec<u8>> = GetUser::ok(Json(User { id: 7 })).into();
/// assert_eq!(response.headers()["content-type"], "application/json");
/// assert_eq!(response.body(), br#"{"id":7}"#);
/// ```
///
/// A value that fails to serialise is sent as `500 Internal Server Error`
/// with a minimal problem details body, never under the success status.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Json<T>(pub T);

impl<T> Json<T> {
    /// The value.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> From<T> for Json<T> {
    fn from(value: T) -> Json<T> {
        Json(value)
    }
}

impl<T> Deref for Json<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> DerefMut for Json<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

impl<T: serde::Serialize> serde::Serialize for Json<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Json<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Json<T>, D::Error> {
        T::deserialize(deserializer).map(Json)
    }
}

/// The media type of a [`Json`] body.
pub(crate) const CONTENT_TYPE: &str = "application/json";

impl<T: serde::Serialize> Json<T> {
    /// The serialised bytes, or `None` when the value does not serialise.
    pub(crate) fn to_bytes(&self) -> Option<Vec<u8>> {
        serde_json::to_vec(&self.0).ok()
    }
}
