//! [`Headers`]: the ordered header fields of one response.

use std::fmt;
use std::iter::FusedIterator;

use super::{HeaderName, HeaderValue, TypedHeader};

/// An ordered multimap of header fields.
///
/// A response carries a handful of fields, so a vector scanned linearly beats
/// a hash map here. Lookups by name ignore case; order of insertion is kept.
///
/// ```
/// use responses::header::{HeaderName, HeaderValue, Headers, Location};
///
/// let mut headers = Headers::new();
/// headers.insert_typed(&Location::new("/items/7")?);
/// headers.append(HeaderName::VARY, HeaderValue::from_static("accept"));
/// headers.append(HeaderName::VARY, HeaderValue::from_static("accept-encoding"));
///
/// assert_eq!(headers.get("location").unwrap(), "/items/7");
/// assert_eq!(headers.get_all("Vary").count(), 2);
/// # Ok::<(), responses::header::InvalidHeader>(())
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Headers {
    fields: Fields,
}

type Field = (HeaderName, HeaderValue);

/// Storage of the fields. Most responses carry no field or one (a
/// `Location`, an `Allow`), so those are kept inline: building such a
/// response allocates nothing for its header fields.
///
/// Equal when the fields are, however they are stored: the heap can hold
/// none or one after removals or `with_capacity`.
#[derive(Clone)]
enum Fields {
    /// No field, or one.
    Inline(Option<Field>),
    /// Any number of fields.
    Heap(Vec<Field>),
}

impl PartialEq for Fields {
    fn eq(&self, other: &Self) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl Eq for Fields {}

impl Default for Fields {
    fn default() -> Self {
        Fields::Inline(None)
    }
}

/// What [`Headers::into_count`] returns.
#[cfg(feature = "http")]
pub(crate) enum Count {
    None,
    One(Field),
    /// Any number of fields kept on the heap (possibly none or one).
    Many(Headers),
}

impl Fields {
    #[inline]
    fn as_slice(&self) -> &[Field] {
        match self {
            Fields::Inline(None) => &[],
            Fields::Inline(Some(field)) => std::slice::from_ref(field),
            Fields::Heap(fields) => fields,
        }
    }

    /// The fields as a vector, moving an inline field to the heap first.
    // Out of line, like `insert_slow`, so that `insert` stays small.
    #[cold]
    #[inline(never)]
    fn heap_mut(&mut self) -> &mut Vec<Field> {
        if let Fields::Inline(slot) = self {
            *self = Fields::Heap(slot.take().into_iter().collect());
        }
        match self {
            Fields::Heap(fields) => fields,
            Fields::Inline(_) => unreachable!("moved to the heap just above"),
        }
    }

    #[inline]
    fn push(&mut self, field: Field) {
        match self {
            Fields::Inline(slot @ None) => *slot = Some(field),
            Fields::Heap(fields) => fields.push(field),
            Fields::Inline(Some(_)) => self.heap_mut().push(field),
        }
    }
}

impl Headers {
    /// No headers; does not allocate.
    #[inline]
    pub const fn new() -> Headers {
        Headers {
            fields: Fields::Inline(None),
        }
    }

    /// No headers, with room for `capacity` fields. Up to one field needs
    /// no allocation at all.
    #[inline]
    pub fn with_capacity(capacity: usize) -> Headers {
        let fields = if capacity <= 1 {
            Fields::Inline(None)
        } else {
            Fields::Heap(Vec::with_capacity(capacity))
        };
        Headers { fields }
    }

    /// Adds a field after the others, keeping any with the same name.
    #[inline]
    pub fn append(&mut self, name: HeaderName, value: HeaderValue) {
        self.fields.push((name, value));
    }

    /// Sets the field `name` to `value`, removing every other value it had.
    ///
    /// The field keeps the position of its first occurrence, if there was one.
    // Always inline: the typed constructors and builder methods call this on
    // every response, and an out-of-line call moving the field costs about
    // 40 instructions, 4% of building a response (callgrind; the runtime
    // analysis in BENCHMARKS.md). The
    // rare paths are kept out of line below.
    #[allow(clippy::inline_always)]
    #[inline(always)]
    pub fn insert(&mut self, name: HeaderName, value: HeaderValue) {
        match &mut self.fields {
            Fields::Inline(slot @ None) => *slot = Some((name, value)),
            Fields::Inline(Some(field)) if field.0 == name => field.1 = value,
            fields => Self::insert_slow(fields.heap_mut(), name, value),
        }
    }

    #[cold]
    #[inline(never)]
    fn insert_slow(fields: &mut Vec<Field>, name: HeaderName, value: HeaderValue) {
        match fields.iter().position(|(field, _)| *field == name) {
            Some(first) => {
                fields[first].1 = value;
                let mut index = 0;
                fields.retain(|(field, _)| {
                    let keep = index <= first || *field != name;
                    index += 1;
                    keep
                });
            }
            None => fields.push((name, value)),
        }
    }

    /// Sets a typed header under its [`TypedHeader::NAME`], replacing any
    /// value the field had.
    #[inline]
    pub fn insert_typed<H: TypedHeader>(&mut self, header: &H) {
        self.insert(H::NAME, header.to_value());
    }

    /// The first value of the field `name`, in any case.
    pub fn get(&self, name: &str) -> Option<&HeaderValue> {
        self.get_all(name).next()
    }

    /// Every value of the field `name`, in any case, in order.
    pub fn get_all<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a HeaderValue> {
        self.fields
            .as_slice()
            .iter()
            .filter(move |(field, _)| *field == name)
            .map(|(_, value)| value)
    }

    /// Whether the field `name`, in any case, has a value.
    pub fn contains(&self, name: &str) -> bool {
        self.fields
            .as_slice()
            .iter()
            .any(|(field, _)| *field == name)
    }

    /// Removes every value of the field `name`, in any case, returning the
    /// first one.
    pub fn remove(&mut self, name: &str) -> Option<HeaderValue> {
        if let Fields::Inline(slot) = &mut self.fields {
            return match slot {
                Some((field, _)) if *field == name => slot.take().map(|(_, value)| value),
                _ => None,
            };
        }
        let fields = self.fields.heap_mut();
        let first = fields.iter().position(|(field, _)| *field == name)?;
        let (_, value) = fields.remove(first);
        fields.retain(|(field, _)| *field != name);
        Some(value)
    }

    /// The fields split by how many there are, so that conversions can
    /// treat the common cases (none, one kept inline) without a loop.
    #[cfg(feature = "http")]
    #[inline]
    pub(crate) fn into_count(self) -> Count {
        match self.fields {
            Fields::Inline(None) => Count::None,
            Fields::Inline(Some(field)) => Count::One(field),
            fields @ Fields::Heap(_) => Count::Many(Headers { fields }),
        }
    }

    /// The fields in order.
    #[inline]
    pub fn iter(&self) -> Iter<'_> {
        Iter {
            inner: self.fields.as_slice().iter(),
        }
    }

    /// How many fields there are, counting each value of a repeated name.
    #[inline]
    pub fn len(&self) -> usize {
        self.fields.as_slice().len()
    }

    /// Whether there are no fields.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl fmt::Debug for Headers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(
                self.iter()
                    .map(|(name, value)| (name.as_str(), value.as_str())),
            )
            .finish()
    }
}

impl Extend<(HeaderName, HeaderValue)> for Headers {
    /// Appends every field, keeping existing ones.
    fn extend<I: IntoIterator<Item = (HeaderName, HeaderValue)>>(&mut self, fields: I) {
        for field in fields {
            self.fields.push(field);
        }
    }
}

impl FromIterator<(HeaderName, HeaderValue)> for Headers {
    fn from_iter<I: IntoIterator<Item = (HeaderName, HeaderValue)>>(fields: I) -> Self {
        let mut headers = Headers::new();
        headers.extend(fields);
        headers
    }
}

impl IntoIterator for Headers {
    type Item = (HeaderName, HeaderValue);
    type IntoIter = IntoIter;

    #[inline]
    fn into_iter(self) -> IntoIter {
        let inner = match self.fields {
            Fields::Inline(field) => IntoIterRepr::Inline(field.into_iter()),
            Fields::Heap(fields) => IntoIterRepr::Heap(fields.into_iter()),
        };
        IntoIter { inner }
    }
}

impl<'a> IntoIterator for &'a Headers {
    type Item = (&'a HeaderName, &'a HeaderValue);
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

/// The fields of a [`Headers`], borrowed, in order.
#[derive(Clone, Debug)]
pub struct Iter<'a> {
    inner: std::slice::Iter<'a, (HeaderName, HeaderValue)>,
}

impl<'a> Iterator for Iter<'a> {
    type Item = (&'a HeaderName, &'a HeaderValue);

    fn next(&mut self) -> Option<Self::Item> {
        self.inner.next().map(|(name, value)| (name, value))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl DoubleEndedIterator for Iter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.inner.next_back().map(|(name, value)| (name, value))
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl FusedIterator for Iter<'_> {}

/// The fields of a [`Headers`], owned, in order.
#[derive(Debug)]
pub struct IntoIter {
    inner: IntoIterRepr,
}

#[derive(Debug)]
enum IntoIterRepr {
    Inline(std::option::IntoIter<Field>),
    Heap(std::vec::IntoIter<Field>),
}

impl Iterator for IntoIter {
    type Item = (HeaderName, HeaderValue);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        match &mut self.inner {
            IntoIterRepr::Inline(field) => field.next(),
            IntoIterRepr::Heap(fields) => fields.next(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match &self.inner {
            IntoIterRepr::Inline(field) => field.size_hint(),
            IntoIterRepr::Heap(fields) => fields.size_hint(),
        }
    }
}

impl DoubleEndedIterator for IntoIter {
    fn next_back(&mut self) -> Option<Self::Item> {
        match &mut self.inner {
            IntoIterRepr::Inline(field) => field.next_back(),
            IntoIterRepr::Heap(fields) => fields.next_back(),
        }
    }
}

impl ExactSizeIterator for IntoIter {}

impl FusedIterator for IntoIter {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equality_is_of_the_fields_not_of_their_storage() {
        let vary = || (HeaderName::VARY, HeaderValue::from_static("accept"));
        let inline: Headers = [vary()].into_iter().collect();
        let mut heap = Headers::with_capacity(4);
        heap.append(vary().0, vary().1);
        assert!(matches!(heap.fields, Fields::Heap(_)));
        assert_eq!(heap, inline);

        let mut shrunk = inline.clone();
        shrunk.append(HeaderName::ETAG, HeaderValue::from_static("\"1\""));
        assert_ne!(shrunk, inline);
        shrunk.remove("etag");
        assert_eq!(shrunk, inline);
        shrunk.remove("vary");
        assert!(shrunk.is_empty());
        assert_eq!(shrunk, Headers::new());
    }

    #[test]
    fn one_field_stays_inline_and_more_move_to_the_heap() {
        let mut headers = Headers::with_capacity(1);
        headers.insert(HeaderName::LOCATION, HeaderValue::from_static("/a"));
        assert!(matches!(headers.fields, Fields::Inline(Some(_))));
        headers.insert(HeaderName::LOCATION, HeaderValue::from_static("/b"));
        assert!(matches!(headers.fields, Fields::Inline(Some(_))));
        assert_eq!(headers.get("location").unwrap(), "/b");
        headers.append(HeaderName::VARY, HeaderValue::from_static("accept"));
        assert!(matches!(headers.fields, Fields::Heap(_)));
        let fields: Vec<(String, String)> = headers
            .clone()
            .into_iter()
            .map(|(name, value)| (name.to_string(), value.to_string()))
            .collect();
        assert_eq!(
            fields,
            [
                ("location".to_owned(), "/b".to_owned()),
                ("vary".to_owned(), "accept".to_owned())
            ]
        );
        assert_eq!(headers.remove("LOCATION").unwrap(), "/b");
        assert_eq!(headers.len(), 1);
    }

    #[test]
    fn removing_the_inline_field() {
        let mut headers = Headers::new();
        assert!(headers.remove("location").is_none());
        headers.append(HeaderName::LOCATION, HeaderValue::from_static("/a"));
        assert!(headers.remove("vary").is_none());
        assert_eq!(headers.remove("Location").unwrap(), "/a");
        assert!(headers.is_empty());
        assert_eq!(headers.iter().count(), 0);
        assert_eq!(headers.into_iter().count(), 0);
    }

    fn value(text: &'static str) -> HeaderValue {
        HeaderValue::from_static(text)
    }

    #[test]
    fn get_ignores_case_of_the_name() {
        let mut headers = Headers::new();
        headers.append(HeaderName::new("X-Trace").unwrap(), value("1"));
        assert_eq!(headers.get("x-trace").unwrap(), "1");
        assert_eq!(headers.get("X-TRACE").unwrap(), "1");
        assert!(headers.contains("x-Trace"));
        assert!(headers.get("x-other").is_none());
        assert!(!headers.contains("x-trac"));
    }

    #[test]
    fn append_keeps_every_value_in_order() {
        let mut headers = Headers::with_capacity(3);
        headers.append(HeaderName::VARY, value("accept"));
        headers.append(HeaderName::ETAG, value("\"v1\""));
        headers.append(HeaderName::VARY, value("origin"));
        let vary: Vec<&str> = headers.get_all("vary").map(HeaderValue::as_str).collect();
        assert_eq!(vary, ["accept", "origin"]);
        assert_eq!(headers.len(), 3);
        assert_eq!(headers.get("Vary").unwrap(), "accept");
    }

    #[test]
    fn insert_replaces_every_value_at_the_first_position() {
        let mut headers = Headers::new();
        headers.append(HeaderName::VARY, value("a"));
        headers.append(HeaderName::ETAG, value("\"e\""));
        headers.append(HeaderName::VARY, value("b"));
        headers.insert(HeaderName::new("VARY").unwrap(), value("c"));
        let fields: Vec<(&str, &str)> = headers
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
            .collect();
        assert_eq!(fields, [("vary", "c"), ("etag", "\"e\"")]);
        headers.insert(HeaderName::DATE, value("d"));
        assert_eq!(headers.len(), 3);
    }

    #[test]
    fn remove_takes_every_value_and_returns_the_first() {
        let mut headers: Headers = [
            (HeaderName::VARY, value("a")),
            (HeaderName::LINK, value("<x>")),
            (HeaderName::VARY, value("b")),
        ]
        .into_iter()
        .collect();
        assert_eq!(headers.remove("VARY").unwrap(), "a");
        assert_eq!(headers.remove("vary"), None);
        assert_eq!(headers.len(), 1);
        assert!(!headers.is_empty());
    }

    #[test]
    fn iterates_owned_and_borrowed_in_order() {
        let mut headers = Headers::default();
        headers.extend([
            (HeaderName::LINK, value("1")),
            (HeaderName::DATE, value("2")),
        ]);
        let borrowed: Vec<&str> = (&headers)
            .into_iter()
            .map(|(name, _)| name.as_str())
            .collect();
        assert_eq!(borrowed, ["link", "date"]);
        assert_eq!(headers.iter().len(), 2);
        assert_eq!(headers.iter().next_back().unwrap().1, "2");
        let copy = headers.clone();
        let owned: Vec<(HeaderName, HeaderValue)> = headers.into_iter().collect();
        assert_eq!(owned[1], (HeaderName::DATE, value("2")));
        assert_eq!(format!("{copy:?}"), r#"{"link": "1", "date": "2"}"#);
    }

    #[test]
    fn equality_is_by_fields_in_order() {
        let a: Headers = [(HeaderName::LINK, value("1"))].into_iter().collect();
        let b: Headers = [(
            HeaderName::new("Link").unwrap(),
            HeaderValue::new("1").unwrap(),
        )]
        .into_iter()
        .collect();
        assert_eq!(a, b);
        assert_ne!(a, Headers::new());
    }
}
