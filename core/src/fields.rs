//! The header fields of a per-status response: an `http::HeaderMap` (or,
//! for the common response with one typed field, that field inline), and
//! the first field `.header()` could not add.
//!
//! `.header(name, value)` takes what `http::response::Builder::header` takes
//! and, like that builder, defers a conversion error instead of returning
//! it, so a response is built in one chain. The error is remembered here and
//! turns the response into a `500 Internal Server Error` when it is sent
//! ([`TypedResponse::into_parts`](crate::response::TypedResponse::into_parts) returns
//! it): the refused bytes never reach the wire.

use std::fmt;
use std::sync::{LazyLock, OnceLock};

use http::{HeaderMap, HeaderName, HeaderValue};

use crate::header::{InvalidHeader, InvalidHeaderKind};

/// The `http::header` constant `$field` as a `&'static HeaderName`, which a
/// response keeps inline for its one typed field (the per-status types'
/// builders and the crate's declared field types set it so).
macro_rules! static_name {
    ($field:ident) => {{
        static NAME: ::http::HeaderName = ::http::header::$field;
        &NAME
    }};
}

/// The fields of one response and the first refused `.header()` call.
///
/// Most responses carry no field or one typed field (a 201's `Location`,
/// a 503's `Retry-After`). A map for them would be allocated here, then
/// moved or merged into the `http::Response` (or the body's axum
/// response), which has a map of its own already. So the one typed field
/// stays inline, and the integrations insert it straight into the
/// response's map, as a hand-written response does; a map is made from
/// the second field, or from the first `.header()` or `headers_mut()`
/// (a decoded response keeps the map it received).
#[derive(Clone)]
pub(crate) struct Fields {
    fields: TypedFields,
    refused: Option<Refused>,
}

/// The fields of a response, as it holds them and as the integrations
/// take them. Not public API.
#[doc(hidden)]
#[derive(Clone, Debug)]
pub enum TypedFields {
    /// No field was ever set.
    None,
    /// One typed field, and a map of it that `headers()` made to lend
    /// (kept in the variant, where it takes no room the map variant does
    /// not already take).
    One(&'static HeaderName, HeaderValue, OnceLock<Box<HeaderMap>>),
    /// Any number of fields, behind a pointer: a map is larger than every
    /// other part of a response, and every response type holds its fields.
    Map(Box<HeaderMap>),
}

impl TypedFields {
    /// The fields as a map.
    pub(crate) fn into_map(self) -> HeaderMap {
        match self {
            TypedFields::None => HeaderMap::new(),
            TypedFields::One(name, value, _) => one(name, value),
            TypedFields::Map(map) => *map,
        }
    }
}

/// A map of one field.
fn one(name: &HeaderName, value: HeaderValue) -> HeaderMap {
    let mut map = HeaderMap::with_capacity(1);
    map.insert(name.clone(), value);
    map
}

/// The values a `headers::Header` encodes itself into.
#[cfg(feature = "headers")]
enum Encoded {
    None,
    One(HeaderValue),
    Many(Vec<HeaderValue>),
}

#[cfg(feature = "headers")]
impl Extend<HeaderValue> for Encoded {
    fn extend<I: IntoIterator<Item = HeaderValue>>(&mut self, values: I) {
        for value in values {
            *self = match std::mem::replace(self, Encoded::None) {
                Encoded::None => Encoded::One(value),
                Encoded::One(first) => Encoded::Many(vec![first, value]),
                Encoded::Many(mut all) => {
                    all.push(value);
                    Encoded::Many(all)
                }
            };
        }
    }
}

/// The map `headers()` lends for a response without fields.
static NO_FIELDS: LazyLock<HeaderMap> = LazyLock::new(HeaderMap::new);

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
    /// No fields.
    #[inline]
    pub(crate) fn new() -> Fields {
        Fields {
            fields: TypedFields::None,
            refused: None,
        }
    }

    /// The fields of a received response, as decoding stores them: the map
    /// as received.
    #[cfg(feature = "decode")]
    #[inline]
    pub(crate) fn received(map: HeaderMap) -> Fields {
        Fields {
            fields: TypedFields::Map(Box::new(map)),
            refused: None,
        }
    }

    /// Sets a typed field, replacing any value of the name given before.
    // Always inlined into the per-status setter: the optimiser then knows
    // the variant the field leaves (section 3 of `BENCHMARKS.md`).
    #[inline(always)]
    #[allow(clippy::inline_always, reason = "measured: see above")]
    pub(crate) fn insert(&mut self, name: &'static HeaderName, value: HeaderValue) {
        match &mut self.fields {
            TypedFields::None => self.fields = TypedFields::One(name, value, OnceLock::new()),
            TypedFields::One(single, old, view) if *single == name => {
                *old = value;
                view.take();
            }
            _ => {
                self.map_mut().insert(name.clone(), value);
            }
        }
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
    pub(crate) fn typed_insert<H: headers::Header>(&mut self, header: &H) {
        let mut encoded = Encoded::None;
        header.encode(&mut encoded);
        // What `HeaderMapExt::typed_insert` does, with a field of one value
        // (nearly every `Header`) kept inline as a typed field of this
        // crate's is: no value leaves the fields as they are, the first
        // replaces the name's values, the rest are appended.
        match encoded {
            Encoded::None => {}
            Encoded::One(value) => self.insert(H::name(), value),
            Encoded::Many(values) => {
                let map = self.map_mut();
                map.remove(H::name());
                for value in values {
                    map.append(H::name(), value);
                }
            }
        }
    }

    /// The fields set so far.
    pub(crate) fn map(&self) -> &HeaderMap {
        match &self.fields {
            TypedFields::None => &NO_FIELDS,
            TypedFields::One(name, value, view) => {
                view.get_or_init(|| Box::new(one(name, value.clone())))
            }
            TypedFields::Map(map) => map,
        }
    }

    /// The fields, for changing them in place: from here on they are a map.
    pub(crate) fn map_mut(&mut self) -> &mut HeaderMap {
        self.fields = match std::mem::replace(&mut self.fields, TypedFields::None) {
            TypedFields::None => TypedFields::Map(Box::default()),
            TypedFields::One(name, value, _) => TypedFields::Map(Box::new(one(name, value))),
            map @ TypedFields::Map(_) => map,
        };
        match &mut self.fields {
            TypedFields::Map(map) => map,
            _ => unreachable!("the fields were made a map above"),
        }
    }

    /// No field set and no `.header()` call refused.
    #[cfg(feature = "axum")]
    #[inline]
    pub(crate) fn is_plain(&self) -> bool {
        matches!(self.fields, TypedFields::None) && self.refused.is_none()
    }

    /// The fields, or `None` if a `.header()` call was refused.
    #[inline]
    pub(crate) fn into_accepted(self) -> Option<TypedFields> {
        match self.refused {
            None => Some(self.fields),
            Some(_) => None,
        }
    }

    /// The fields, or the first `.header()` call that was refused.
    #[inline]
    pub(crate) fn into_typed(self) -> Result<TypedFields, InvalidHeader> {
        match self.refused {
            None => Ok(self.fields),
            Some(refused) => Err(refused.error()),
        }
    }
}

impl PartialEq for Fields {
    fn eq(&self, other: &Fields) -> bool {
        self.refused == other.refused && self.map() == other.map()
    }
}

impl Eq for Fields {}

impl fmt::Debug for Fields {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Fields")
            .field("map", self.map())
            .field("refused", &self.refused)
            // The inline field is shown inside `map`.
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A field that encodes itself as `values`, one line each.
    #[cfg(feature = "headers")]
    struct Lines(&'static [&'static str]);

    #[cfg(feature = "headers")]
    impl headers::Header for Lines {
        fn name() -> &'static HeaderName {
            static NAME: HeaderName = HeaderName::from_static("x-lines");
            &NAME
        }

        fn decode<'i, I: Iterator<Item = &'i HeaderValue>>(
            _: &mut I,
        ) -> Result<Self, headers::Error> {
            Err(headers::Error::invalid())
        }

        fn encode<E: Extend<HeaderValue>>(&self, values: &mut E) {
            values.extend(self.0.iter().map(|&line| HeaderValue::from_static(line)));
        }
    }

    #[test]
    #[cfg(feature = "headers")]
    fn typed_fields_insert_as_the_headers_crate_does() {
        let lines = |fields: &Fields| -> Vec<String> {
            let values = fields.map().get_all("x-lines").iter();
            values
                .map(|value| value.to_str().unwrap().to_owned())
                .collect()
        };
        let mut fields = Fields::new();
        // One value is kept inline, and replaced by the next one.
        fields.typed_insert(&Lines(&["a"]));
        assert!(matches!(fields.fields, TypedFields::One(..)));
        fields.typed_insert(&Lines(&["b"]));
        assert_eq!(lines(&fields), ["b"]);
        // Several replace every value of the name, in order.
        fields.typed_insert(&Lines(&["c", "d", "e"]));
        assert_eq!(lines(&fields), ["c", "d", "e"]);
        // None leave the fields as they were, as `typed_insert` does.
        fields.typed_insert(&Lines(&[]));
        assert_eq!(lines(&fields), ["c", "d", "e"]);
        let mut map = HeaderMap::new();
        headers::HeaderMapExt::typed_insert(&mut map, Lines(&["c", "d", "e"]));
        assert_eq!(fields.map(), &map);
    }

    #[test]
    fn appends_and_keeps_the_first_refusal() {
        let mut fields = Fields::new();
        fields.append(http::header::VARY, "origin");
        fields.append("x-bad\n", "v");
        fields.append(http::header::VARY, "a\rb");
        fields.append("vary", "cookie");
        assert_eq!(fields.map().get_all("vary").iter().count(), 2);
        let error = fields.clone().into_typed().unwrap_err();
        assert_eq!(error.kind(), &InvalidHeaderKind::Name);
        assert_eq!(error.field(), "header name");
    }

    #[test]
    fn one_typed_field_stays_inline_until_a_second_field() {
        let mut fields = Fields::new();
        fields.insert(&http::header::LOCATION, HeaderValue::from_static("/a"));
        fields.insert(&http::header::LOCATION, HeaderValue::from_static("/b"));
        // Lent as a map, and still one inline field.
        assert_eq!(fields.map()["location"], "/b");
        assert_eq!(fields.map().len(), 1);
        fields.insert(&http::header::LOCATION, HeaderValue::from_static("/c"));
        assert_eq!(
            fields.map()["location"],
            "/c",
            "the copy lent before is not stale"
        );
        let inline = fields.clone().into_typed().unwrap();
        assert!(matches!(inline, TypedFields::One(name, ref value, _)
            if *name == http::header::LOCATION && value == "/c"));

        // A second name makes a map with both.
        fields.insert(&http::header::RETRY_AFTER, HeaderValue::from_static("5"));
        fields.append(http::header::VARY, "origin");
        let TypedFields::Map(map) = fields.clone().into_typed().unwrap() else {
            panic!("three fields are a map");
        };
        assert_eq!(
            (
                map["location"].as_bytes(),
                map["retry-after"].as_bytes(),
                map.len()
            ),
            (&b"/c"[..], &b"5"[..], 3)
        );
        assert_eq!(fields.map(), &*map);

        // `headers_mut` on one inline field keeps it.
        let mut single = Fields::new();
        single.insert(&http::header::LOCATION, HeaderValue::from_static("/d"));
        let _ = single.map();
        single
            .map_mut()
            .append(http::header::VARY, HeaderValue::from_static("x"));
        assert_eq!(single.map()["location"], "/d");
        assert_eq!(single.map().len(), 2);
        assert_eq!(single.into_accepted().unwrap().into_map().len(), 2);
    }

    #[test]
    fn no_field_lends_an_empty_map_and_an_emptied_map_is_kept() {
        let none = Fields::new();
        assert!(none.map().is_empty());
        assert!(matches!(none.into_typed(), Ok(TypedFields::None)));

        // Emptied, a map is still a map: it is handed over as one, not
        // taken for "no field".
        let mut emptied = Fields::new();
        emptied.append(http::header::VARY, "origin");
        emptied.map_mut().remove(http::header::VARY);
        assert!(emptied.map().is_empty());
        assert!(matches!(
            emptied.clone().into_typed(),
            Ok(TypedFields::Map(map)) if map.is_empty()
        ));
        #[cfg(feature = "axum")]
        assert!(!emptied.is_plain());

        // A typed field then joins that map rather than staying inline.
        emptied.insert(&http::header::LOCATION, HeaderValue::from_static("/e"));
        let Ok(TypedFields::Map(map)) = emptied.into_typed() else {
            panic!("a field set on a map is in the map");
        };
        assert_eq!(map["location"], "/e");

        // A received map is kept as received.
        #[cfg(feature = "decode")]
        {
            let mut received = HeaderMap::new();
            received.insert(http::header::ETAG, HeaderValue::from_static("\"v1\""));
            let received = Fields::received(received);
            assert_eq!(received.map()["etag"], "\"v1\"");
        }
    }

    #[test]
    fn try_append_changes_nothing_on_error() {
        let mut fields = Fields::new();
        let error = fields.try_append("etag", "\"v1\"\r\n").unwrap_err();
        assert_eq!(error.kind(), &InvalidHeaderKind::Value);
        assert!(fields.map().is_empty());
        fields.try_append(http::header::ETAG, "\"v1\"").unwrap();
        assert_eq!(fields.into_typed().unwrap().into_map()["etag"], "\"v1\"");
        assert!(matches!(Fields::new().into_typed(), Ok(TypedFields::None)));
    }
}
