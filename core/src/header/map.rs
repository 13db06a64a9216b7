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
    fields: Vec<(HeaderName, HeaderValue)>,
}

impl Headers {
    /// No headers; does not allocate.
    pub const fn new() -> Headers {
        Headers { fields: Vec::new() }
    }

    /// No headers, with room for `capacity` fields.
    pub fn with_capacity(capacity: usize) -> Headers {
        Headers {
            fields: Vec::with_capacity(capacity),
        }
    }

    /// Adds a field after the others, keeping any with the same name.
    pub fn append(&mut self, name: HeaderName, value: HeaderValue) {
        self.fields.push((name, value));
    }

    /// Sets the field `name` to `value`, removing every other value it had.
    ///
    /// The field keeps the position of its first occurrence, if there was one.
    pub fn insert(&mut self, name: HeaderName, value: HeaderValue) {
        match self.fields.iter().position(|(field, _)| *field == name) {
            Some(first) => {
                self.fields[first].1 = value;
                let mut index = 0;
                self.fields.retain(|(field, _)| {
                    let keep = index <= first || *field != name;
                    index += 1;
                    keep
                });
            }
            None => self.fields.push((name, value)),
        }
    }

    /// Sets a typed header under its [`TypedHeader::NAME`], replacing any
    /// value the field had.
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
            .iter()
            .filter(move |(field, _)| *field == name)
            .map(|(_, value)| value)
    }

    /// Whether the field `name`, in any case, has a value.
    pub fn contains(&self, name: &str) -> bool {
        self.fields.iter().any(|(field, _)| *field == name)
    }

    /// Removes every value of the field `name`, in any case, returning the
    /// first one.
    pub fn remove(&mut self, name: &str) -> Option<HeaderValue> {
        let first = self.fields.iter().position(|(field, _)| *field == name)?;
        let (_, value) = self.fields.remove(first);
        self.fields.retain(|(field, _)| *field != name);
        Some(value)
    }

    /// The fields in order.
    pub fn iter(&self) -> Iter<'_> {
        Iter {
            inner: self.fields.iter(),
        }
    }

    /// How many fields there are, counting each value of a repeated name.
    pub fn len(&self) -> usize {
        self.fields.len()
    }

    /// Whether there are no fields.
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
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
        self.fields.extend(fields);
    }
}

impl FromIterator<(HeaderName, HeaderValue)> for Headers {
    fn from_iter<I: IntoIterator<Item = (HeaderName, HeaderValue)>>(fields: I) -> Self {
        Headers {
            fields: fields.into_iter().collect(),
        }
    }
}

impl IntoIterator for Headers {
    type Item = (HeaderName, HeaderValue);
    type IntoIter = IntoIter;

    fn into_iter(self) -> IntoIter {
        IntoIter {
            inner: self.fields.into_iter(),
        }
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
    inner: std::vec::IntoIter<(HeaderName, HeaderValue)>,
}

impl Iterator for IntoIter {
    type Item = (HeaderName, HeaderValue);

    fn next(&mut self) -> Option<Self::Item> {
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl DoubleEndedIterator for IntoIter {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.inner.next_back()
    }
}

impl ExactSizeIterator for IntoIter {}

impl FusedIterator for IntoIter {}

#[cfg(test)]
mod tests {
    use super::*;

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
