//! The header fields of a per-status response: an `http::HeaderMap`, and the
//! first field `.header()` could not add.
//!
//! `.header(name, value)` takes what `http::response::Builder::header` takes
//! and, like that builder, defers a conversion error instead of returning
//! it, so a response is built in one chain. The error is remembered here and
//! turns the response into a `500 Internal Server Error` when it is sent
//! ([`TypedResponse::into_parts`](crate::TypedResponse::into_parts) returns
//! it): the refused bytes never reach the wire.

use std::sync::OnceLock;

use http::{HeaderMap, HeaderName, HeaderValue};

use crate::header::{InvalidHeader, InvalidHeaderKind};

/// The fields of one response and the first refused `.header()` call.
///
/// The map is created by the first field: most responses carry none, and
/// an `http::Response` brings its own empty map, so a response without
/// fields creates and drops one map, as a hand-written one does.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Fields {
    map: Option<HeaderMap>,
    refused: Option<Refused>,
}

/// What [`Fields::map`] lends while no field is set.
fn empty() -> &'static HeaderMap {
    static EMPTY: OnceLock<HeaderMap> = OnceLock::new();
    EMPTY.get_or_init(HeaderMap::new)
}

/// Which half of a `.header()` call did not convert. `http`'s errors say no
/// more than that, and one byte keeps every response type small.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Refused {
    Name,
    Value,
}

impl Refused {
    fn error(self) -> InvalidHeader {
        match self {
            Refused::Name => InvalidHeader::new("header name", InvalidHeaderKind::Name),
            Refused::Value => InvalidHeader::new("header value", InvalidHeaderKind::Value),
        }
    }
}

impl Fields {
    /// Room for `capacity` fields; no map at all for none.
    #[inline]
    pub(crate) fn with_capacity(capacity: usize) -> Fields {
        Fields {
            map: (capacity > 0).then(|| HeaderMap::with_capacity(capacity)),
            refused: None,
        }
    }

    /// The fields of a received response, as decoding stores them: no map
    /// for none, as a response built without fields has, so the two
    /// compare equal.
    #[inline]
    pub(crate) fn received(map: HeaderMap) -> Fields {
        Fields {
            map: (!map.is_empty()).then_some(map),
            refused: None,
        }
    }

    /// Sets a typed field, replacing any value of the name given before.
    #[inline]
    pub(crate) fn insert(&mut self, name: HeaderName, value: HeaderValue) {
        self.map_mut().insert(name, value);
    }

    /// Appends `name: value`, or fails without changing anything.
    pub(crate) fn try_append<K, V>(&mut self, name: K, value: V) -> Result<(), InvalidHeader>
    where
        K: TryInto<HeaderName>,
        V: TryInto<HeaderValue>,
    {
        let name = name.try_into().map_err(|_| Refused::Name.error())?;
        let value = value.try_into().map_err(|_| Refused::Value.error())?;
        self.map_mut().append(name, value);
        Ok(())
    }

    /// Appends `name: value`; a pair that does not convert is left out and,
    /// if it is the first, remembered.
    pub(crate) fn append<K, V>(&mut self, name: K, value: V)
    where
        K: TryInto<HeaderName>,
        V: TryInto<HeaderValue>,
    {
        let Ok(name) = name.try_into() else {
            self.refuse(Refused::Name);
            return;
        };
        let Ok(value) = value.try_into() else {
            self.refuse(Refused::Value);
            return;
        };
        self.map_mut().append(name, value);
    }

    fn refuse(&mut self, refused: Refused) {
        if self.refused.is_none() {
            self.refused = Some(refused);
        }
    }

    /// Sets a field of the `headers` crate's typed vocabulary, replacing any
    /// value of its name given before (as axum's typed-header parts do).
    #[cfg(feature = "headers")]
    pub(crate) fn typed_insert(&mut self, header: impl headers::Header) {
        headers::HeaderMapExt::typed_insert(self.map_mut(), header);
    }

    /// The fields set so far.
    #[inline]
    pub(crate) fn map(&self) -> &HeaderMap {
        self.map.as_ref().unwrap_or_else(|| empty())
    }

    /// The fields, for changing them in place.
    #[inline]
    pub(crate) fn map_mut(&mut self) -> &mut HeaderMap {
        self.map.get_or_insert_with(HeaderMap::new)
    }

    /// The fields (`None` if none was ever set), or the first `.header()`
    /// call that was refused.
    #[inline]
    pub(crate) fn into_map(self) -> Result<Option<HeaderMap>, InvalidHeader> {
        match self.refused {
            None => Ok(self.map),
            Some(refused) => Err(refused.error()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appends_and_keeps_the_first_refusal() {
        let mut fields = Fields::with_capacity(0);
        fields.append(http::header::VARY, "origin");
        fields.append("x-bad\n", "v");
        fields.append(http::header::VARY, "a\rb");
        fields.append("vary", "cookie");
        assert_eq!(fields.map().get_all("vary").iter().count(), 2);
        let error = fields.clone().into_map().unwrap_err();
        assert_eq!(error.kind(), &InvalidHeaderKind::Name);
        assert_eq!(error.field(), "header name");
    }

    #[test]
    fn try_append_changes_nothing_on_error() {
        let mut fields = Fields::with_capacity(1);
        let error = fields.try_append("etag", "\"v1\"\r\n").unwrap_err();
        assert_eq!(error.kind(), &InvalidHeaderKind::Value);
        assert!(fields.map().is_empty());
        fields.try_append(http::header::ETAG, "\"v1\"").unwrap();
        assert_eq!(fields.into_map().unwrap().unwrap()["etag"], "\"v1\"");
        assert_eq!(Fields::with_capacity(0).into_map(), Ok(None));
    }
}
