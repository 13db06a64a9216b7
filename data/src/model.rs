//! The one schema of the dataset: a status entry, a method entry and the
//! small vocabularies they use.
//!
//! Every field is `&'static`, so that the same types serve two purposes: the
//! build scripts of `responses` and `responses-macros` write the dataset as
//! a Rust literal of these types (a `static` they index at run time or at
//! macro-expansion time), and the parser fills them from TOML by leaking
//! what it read (see `parse.rs` for why that is acceptable).

use crate::headers::HeaderField;

/// One status code of the IANA HTTP Status Code Registry.
///
/// The fields are documented at the top of `data/status.toml`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)] // each field is documented in the schema of status.toml
pub struct StatusEntry {
    pub code: u16,
    pub phrase: &'static str,
    pub name: &'static str,
    pub constant: &'static str,
    pub class: Class,
    pub summary: &'static str,
    pub description: &'static str,
    pub spec: &'static str,
    pub section: &'static str,
    pub url: &'static str,
    pub content_forbidden: bool,
    pub cacheable: bool,
    pub required_headers: &'static [HeaderField],
    pub expected_headers: &'static [HeaderField],
    pub constructor_headers: &'static [HeaderField],
    pub standing: Standing,
    pub standing_note: Option<&'static str>,
    pub former_phrases: &'static [&'static str],
    pub methods: &'static [&'static str],
    pub methods_section: Option<&'static str>,
}

impl StatusEntry {
    /// `Created` -> `created`, `ImUsed` -> `im_used`: the constructor name.
    pub fn snake_name(&self) -> String {
        let mut snake = String::with_capacity(self.name.len() + 4);
        for (index, c) in self.name.char_indices() {
            if c.is_ascii_uppercase() {
                if index > 0 {
                    snake.push('_');
                }
                snake.push(c.to_ascii_lowercase());
            } else {
                snake.push(c);
            }
        }
        snake
    }

    /// `409 Conflict`.
    pub fn title(&self) -> String {
        format!("{} {}", self.code, self.phrase)
    }

    /// `RFC 9110, section 15.5.10`.
    pub fn citation(&self) -> String {
        format!("{}, section {}", self.spec, self.section)
    }

    /// Whether a handler may return it as its final response at all.
    pub fn is_final(&self) -> bool {
        self.class != Class::Informational
    }

    /// Whether `responses` has a per-status response type for it: every
    /// final status except the unused ones.
    pub fn has_response_type(&self) -> bool {
        self.is_final() && self.standing != Standing::Unused
    }

    /// Whether the constructor takes `field` because the status requires it
    /// (rather than because the status is useless without it).
    pub fn requires(&self, field: &HeaderField) -> bool {
        self.required_headers.iter().any(|h| h.name == field.name)
    }

    /// Typed header fields the response type offers as builder methods:
    /// expected ones that are not already constructor parameters.
    pub fn builder_headers(&self) -> impl Iterator<Item = &'static HeaderField> + use<> {
        let parameters = self.constructor_headers;
        self.expected_headers.iter().filter(move |header| {
            header.typed.is_some() && !parameters.iter().any(|p| p.name == header.name)
        })
    }
}

/// The class of a status code, given by its first digit (RFC 9110 section 15).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    /// 1xx: an interim response; the final one follows.
    Informational,
    /// 2xx: the request was received, understood and accepted.
    Successful,
    /// 3xx: the client has to take further action to complete the request.
    Redirection,
    /// 4xx: the request is wrong and should not be repeated unchanged.
    ClientError,
    /// 5xx: the server failed to fulfil a request that may well be valid.
    ServerError,
}

impl Class {
    /// Every class, in order of code.
    pub const ALL: [Class; 5] = [
        Class::Informational,
        Class::Successful,
        Class::Redirection,
        Class::ClientError,
        Class::ServerError,
    ];

    /// The class a code belongs to, if it is in 100..=599.
    pub const fn of(code: u16) -> Option<Self> {
        match code / 100 {
            1 => Some(Class::Informational),
            2 => Some(Class::Successful),
            3 => Some(Class::Redirection),
            4 => Some(Class::ClientError),
            5 => Some(Class::ServerError),
            _ => None,
        }
    }

    #[cfg(feature = "parse")]
    /// The spelling used in `status.toml` (`client-error`).
    pub const fn key(self) -> &'static str {
        match self {
            Class::Informational => "informational",
            Class::Successful => "successful",
            Class::Redirection => "redirection",
            Class::ClientError => "client-error",
            Class::ServerError => "server-error",
        }
    }
}

/// How a code stands in the registry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Standing {
    /// In use and recommended.
    Current,
    /// A provisional registration that may be withdrawn.
    Temporary,
    /// Still registered, but should no longer be sent.
    Deprecated,
    /// Reserved: never to be sent.
    Unused,
    /// Its defining specification is historic.
    Obsolete,
    /// Not in the registry: an unregistered code that a response enum
    /// declares itself (`custom 499("Client Closed Request")`). No entry of
    /// the dataset has this standing.
    Unregistered,
}

impl Standing {
    /// Every standing an entry of the registry can have (all but
    /// [`Unregistered`](Standing::Unregistered)).
    pub const ALL: [Standing; 5] = [
        Standing::Current,
        Standing::Temporary,
        Standing::Deprecated,
        Standing::Unused,
        Standing::Obsolete,
    ];

    #[cfg(feature = "parse")]
    /// The spelling used in `status.toml` (`deprecated`).
    pub const fn key(self) -> &'static str {
        match self {
            Standing::Current => "current",
            Standing::Temporary => "temporary",
            Standing::Deprecated => "deprecated",
            Standing::Unused => "unused",
            Standing::Obsolete => "obsolete",
            Standing::Unregistered => "unregistered",
        }
    }
}

/// One request method of the IANA HTTP Method Registry.
///
/// The fields are documented at the top of `data/methods.toml`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)] // each field is documented in the schema of methods.toml
pub struct MethodEntry {
    /// Where the entry stands in `methods.toml`, from 1: errors name it.
    pub position: usize,
    pub name: &'static str,
    pub safe: bool,
    pub idempotent: bool,
    pub cacheable: bool,
    pub request_content: RequestContent,
    pub summary: &'static str,
    pub response_content: ResponseContent,
    pub ok_meaning: &'static str,
    pub spec: &'static str,
    pub section: &'static str,
    pub url: &'static str,
}

/// What content the responses to a method may carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ResponseContent {
    /// As the status allows.
    Any,
    /// None, whatever the status (HEAD, RFC 9110 section 9.3.2).
    Forbidden,
    /// None on a 2xx, which turns the connection into a tunnel (CONNECT,
    /// RFC 9110 section 9.3.6).
    ForbiddenOnSuccess,
}

impl ResponseContent {
    /// Every kind.
    pub const ALL: [ResponseContent; 3] = [
        ResponseContent::Any,
        ResponseContent::Forbidden,
        ResponseContent::ForbiddenOnSuccess,
    ];

    #[cfg(feature = "parse")]
    /// The spelling used in `methods.toml`.
    pub const fn key(self) -> &'static str {
        match self {
            ResponseContent::Any => "any",
            ResponseContent::Forbidden => "forbidden",
            ResponseContent::ForbiddenOnSuccess => "forbidden-on-success",
        }
    }

    /// Whether a response with a status of `class` may carry content.
    pub const fn allows(self, class: Class) -> bool {
        match self {
            ResponseContent::Any => true,
            ResponseContent::Forbidden => false,
            ResponseContent::ForbiddenOnSuccess => !matches!(class, Class::Successful),
        }
    }
}

impl StatusEntry {
    /// Whether the status can answer a request with the method `name`.
    pub fn answers(&self, name: &str) -> bool {
        self.methods.is_empty() || self.methods.contains(&name)
    }
}

/// What content in a request with a given method means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RequestContent {
    /// Request content has defined semantics (POST, PUT, PATCH).
    Defined,
    /// Content has no generally defined semantics; a server may reject it.
    Undefined,
    /// A client must not send content (TRACE).
    Forbidden,
}

impl RequestContent {
    /// Every kind.
    pub const ALL: [RequestContent; 3] = [
        RequestContent::Defined,
        RequestContent::Undefined,
        RequestContent::Forbidden,
    ];

    #[cfg(feature = "parse")]
    /// The spelling used in `methods.toml`.
    pub const fn key(self) -> &'static str {
        match self {
            RequestContent::Defined => "defined",
            RequestContent::Undefined => "undefined",
            RequestContent::Forbidden => "forbidden",
        }
    }
}
