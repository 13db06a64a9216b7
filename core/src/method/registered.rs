//! [`Method`]: a registered HTTP request method and its properties.

use core::fmt;
use core::str::FromStr;

/// A request method that RFC 9110 or RFC 5789 defines.
///
/// ```
/// use responses::Method;
///
/// assert!(Method::GET.is_safe());
/// assert!(Method::PUT.is_idempotent() && !Method::PUT.is_safe());
/// assert!(!Method::POST.is_idempotent());
/// assert_eq!("PATCH".parse::<Method>(), Ok(Method::PATCH));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Method(u8);

use responses_data::MethodEntry;

use super::{RequestContent, UnknownMethod};

// The constants, `Method::ALL` and `METHOD_INFO`, written by `build.rs` from
// the dataset.
include!(concat!(env!("OUT_DIR"), "/method_table.rs"));

impl Method {
    const fn info(self) -> &'static MethodEntry {
        &METHOD_INFO[self.0 as usize]
    }

    /// The method token, `"GET"`.
    pub const fn as_str(self) -> &'static str {
        self.info().name
    }

    /// Whether the method is read-only by definition (RFC 9110, section 9.2.1).
    pub const fn is_safe(self) -> bool {
        self.info().safe
    }

    /// Whether sending the request twice has the effect of sending it once
    /// (RFC 9110, section 9.2.2).
    pub const fn is_idempotent(self) -> bool {
        self.info().idempotent
    }

    /// Whether responses to the method can be stored by caches
    /// (RFC 9110, section 9.2.3).
    pub const fn is_cacheable(self) -> bool {
        self.info().cacheable
    }

    /// What request content means with this method.
    pub const fn request_content(self) -> RequestContent {
        self.info().request_content
    }

    /// One line on what the method asks for.
    pub const fn summary(self) -> &'static str {
        self.info().summary
    }

    /// The defining document, `"RFC 9110"`.
    pub const fn spec(self) -> &'static str {
        self.info().spec
    }

    /// The section of [`spec`](Self::spec), `"9.3.1"`.
    pub const fn section(self) -> &'static str {
        self.info().section
    }

    /// A link to that section.
    pub const fn spec_url(self) -> &'static str {
        self.info().url
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Method({})", self.as_str())
    }
}

impl FromStr for Method {
    type Err = UnknownMethod;

    /// Parses a method token. Method names are case-sensitive (RFC 9110,
    /// section 9.1), so `"get"` is not `GET`.
    fn from_str(text: &str) -> Result<Method, UnknownMethod> {
        Method::ALL
            .iter()
            .copied()
            .find(|method| method.as_str() == text)
            .ok_or(UnknownMethod)
    }
}
