//! [`Allow`]: the methods a resource supports.

use std::fmt;

use http::HeaderValue;

use super::rules::rendered;
use crate::Method;

/// The `Allow` header (RFC 9110 section 10.2.1): the methods the target
/// resource supports. A 405 response must send it.
///
/// Methods keep the order they were first given in; repeats are dropped.
///
/// ```
/// use responses::Method;
/// use responses::header::Allow;
///
/// let allow = Allow::from([Method::GET, Method::HEAD, Method::GET]);
/// assert_eq!(allow.to_string(), "GET, HEAD");
/// assert!(allow.contains(Method::HEAD));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct Allow {
    methods: Vec<Method>,
}

impl Allow {
    /// The methods, in first-seen order, without repeats.
    ///
    /// An empty set is valid: it says the resource allows no method at all.
    pub fn new(methods: impl IntoIterator<Item = Method>) -> Allow {
        let mut unique = Vec::new();
        // A resource has a handful of methods: a linear scan is the cheap way.
        for method in methods {
            if !unique.contains(&method) {
                unique.push(method);
            }
        }
        Allow { methods: unique }
    }

    /// The methods, in first-seen order.
    pub fn methods(&self) -> &[Method] {
        &self.methods
    }

    /// Whether `method` is allowed.
    pub fn contains(&self, method: Method) -> bool {
        self.methods.contains(&method)
    }
}

impl fmt::Display for Allow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, method) in self.methods.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(method.as_str())?;
        }
        Ok(())
    }
}

/// The value of an `Allow` field, e.g. `GET, HEAD`.
impl From<Allow> for HeaderValue {
    fn from(allow: Allow) -> HeaderValue {
        // Method names are tokens, which a field value always allows.
        rendered(allow.to_string())
    }
}

impl<const N: usize> From<[Method; N]> for Allow {
    fn from(methods: [Method; N]) -> Allow {
        Allow::new(methods)
    }
}

impl From<&[Method]> for Allow {
    fn from(methods: &[Method]) -> Allow {
        Allow::new(methods.iter().copied())
    }
}

impl From<Vec<Method>> for Allow {
    fn from(methods: Vec<Method>) -> Allow {
        Allow::new(methods)
    }
}

impl FromIterator<Method> for Allow {
    fn from_iter<I: IntoIterator<Item = Method>>(methods: I) -> Allow {
        Allow::new(methods)
    }
}
