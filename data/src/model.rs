/// The whole dataset, parsed and validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Registry {
    /// Every registered status code, in ascending order of code.
    pub statuses: Vec<StatusEntry>,
    /// Every registered method, in the order of `methods.toml`.
    pub methods: Vec<MethodEntry>,
}

/// One status code of the IANA HTTP Status Code Registry.
///
/// The fields are documented at the top of `data/status.toml`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs)] // each field is documented in the schema of status.toml
pub struct StatusEntry {
    pub code: u16,
    pub phrase: String,
    pub name: String,
    pub constant: String,
    pub class: Class,
    pub summary: String,
    pub description: String,
    pub spec: String,
    pub section: String,
    pub url: String,
    pub content_forbidden: bool,
    pub cacheable: bool,
    pub required_headers: Vec<String>,
    pub expected_headers: Vec<String>,
    pub parameters: Vec<String>,
    pub standing: Standing,
    pub standing_note: Option<String>,
    pub former_phrases: Vec<String>,
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
    pub fn of(code: u16) -> Option<Self> {
        match code / 100 {
            1 => Some(Class::Informational),
            2 => Some(Class::Successful),
            3 => Some(Class::Redirection),
            4 => Some(Class::ClientError),
            5 => Some(Class::ServerError),
            _ => None,
        }
    }

    /// The spelling used in `status.toml` (`client-error`).
    pub fn key(self) -> &'static str {
        match self {
            Class::Informational => "informational",
            Class::Successful => "successful",
            Class::Redirection => "redirection",
            Class::ClientError => "client-error",
            Class::ServerError => "server-error",
        }
    }

    /// The name of the matching variant in Rust (`ClientError`).
    pub fn variant(self) -> &'static str {
        match self {
            Class::Informational => "Informational",
            Class::Successful => "Successful",
            Class::Redirection => "Redirection",
            Class::ClientError => "ClientError",
            Class::ServerError => "ServerError",
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
}

impl Standing {
    /// Every standing.
    pub const ALL: [Standing; 5] = [
        Standing::Current,
        Standing::Temporary,
        Standing::Deprecated,
        Standing::Unused,
        Standing::Obsolete,
    ];

    /// The spelling used in `status.toml` (`deprecated`).
    pub fn key(self) -> &'static str {
        match self {
            Standing::Current => "current",
            Standing::Temporary => "temporary",
            Standing::Deprecated => "deprecated",
            Standing::Unused => "unused",
            Standing::Obsolete => "obsolete",
        }
    }

    /// The name of the matching variant in Rust (`Deprecated`).
    pub fn variant(self) -> &'static str {
        match self {
            Standing::Current => "Current",
            Standing::Temporary => "Temporary",
            Standing::Deprecated => "Deprecated",
            Standing::Unused => "Unused",
            Standing::Obsolete => "Obsolete",
        }
    }
}

/// One request method of the IANA HTTP Method Registry.
///
/// The fields are documented at the top of `data/methods.toml`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs)] // each field is documented in the schema of methods.toml
pub struct MethodEntry {
    /// Where the entry stands in `methods.toml`, from 1: errors name it.
    pub position: usize,
    pub name: String,
    pub safe: bool,
    pub idempotent: bool,
    pub cacheable: bool,
    pub request_content: RequestContent,
    pub summary: String,
    pub spec: String,
    pub section: String,
    pub url: String,
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

    /// The spelling used in `methods.toml`.
    pub fn key(self) -> &'static str {
        match self {
            RequestContent::Defined => "defined",
            RequestContent::Undefined => "undefined",
            RequestContent::Forbidden => "forbidden",
        }
    }

    /// The name of the matching variant in Rust.
    pub fn variant(self) -> &'static str {
        match self {
            RequestContent::Defined => "Defined",
            RequestContent::Undefined => "Undefined",
            RequestContent::Forbidden => "Forbidden",
        }
    }
}
