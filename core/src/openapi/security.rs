//! The security scheme a `401`'s challenge names, under
//! `components/securitySchemes`.

use crate::header::Challenge;
use utoipa::openapi::OpenApi;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};

/// A `utoipa::Modify` that declares an HTTP authentication scheme (RFC 9110
/// section 11) under `components/securitySchemes`, by the name operations
/// refer to it with (`security(("bearer" = []))`).
///
/// The scheme is the one a `401`'s `WWW-Authenticate` challenge names:
/// [`HttpSecurity::bearer`] for [`Challenge::bearer`],
/// [`HttpSecurity::basic`] for [`Challenge::basic`], [`HttpSecurity::of`]
/// for any challenge of a registered scheme.
///
/// ```
/// use responses::header::Challenge;
/// use responses::openapi::HttpSecurity;
/// use utoipa::Modify;
///
/// let challenge = Challenge::new("Digest")?.param("realm", "api")?;
/// let security = HttpSecurity::of("digest", &challenge).expect("a registered scheme");
/// let mut document = utoipa::openapi::OpenApi::default();
/// security.modify(&mut document);
/// let document = serde_json::to_value(document).unwrap();
/// assert_eq!(document["components"]["securitySchemes"]["digest"]["scheme"], "digest");
/// # Ok::<(), responses::header::InvalidHeader>(())
/// ```
#[derive(Clone, Debug)]
pub struct HttpSecurity {
    name: &'static str,
    scheme: Scheme,
    bearer_format: Option<&'static str>,
    description: Option<&'static str>,
}

/// The scheme, as our own tag: utoipa's `HttpAuthScheme` is `Debug` only
/// with utoipa's `debug` feature.
#[derive(Clone, Copy, Debug)]
enum Scheme {
    Basic,
    Bearer,
    Digest,
    Hoba,
    Mutual,
    Negotiate,
    OAuth,
    ScramSha1,
    ScramSha256,
    Vapid,
}

/// The schemes of IANA's HTTP Authentication Scheme Registry that OpenAPI
/// tools know, by their registered names (compared case-insensitively, as
/// RFC 9110 section 11.1 says).
const REGISTERED: [(&str, Scheme); 10] = [
    ("Basic", Scheme::Basic),
    ("Bearer", Scheme::Bearer),
    ("Digest", Scheme::Digest),
    ("HOBA", Scheme::Hoba),
    ("Mutual", Scheme::Mutual),
    ("Negotiate", Scheme::Negotiate),
    ("OAuth", Scheme::OAuth),
    ("SCRAM-SHA-1", Scheme::ScramSha1),
    ("SCRAM-SHA-256", Scheme::ScramSha256),
    ("vapid", Scheme::Vapid),
];

impl HttpSecurity {
    const fn new(name: &'static str, scheme: Scheme) -> HttpSecurity {
        HttpSecurity {
            name,
            scheme,
            bearer_format: None,
            description: None,
        }
    }

    /// The `Bearer` scheme (RFC 6750), declared as `name`.
    pub const fn bearer(name: &'static str) -> HttpSecurity {
        HttpSecurity::new(name, Scheme::Bearer)
    }

    /// The `Basic` scheme (RFC 7617), declared as `name`.
    pub const fn basic(name: &'static str) -> HttpSecurity {
        HttpSecurity::new(name, Scheme::Basic)
    }

    /// The scheme `challenge` names, declared as `name`; `None` when the
    /// scheme is not in IANA's registry, which OpenAPI's `http` type
    /// requires.
    pub fn of(name: &'static str, challenge: &Challenge) -> Option<HttpSecurity> {
        REGISTERED
            .iter()
            .find(|(registered, _)| registered.eq_ignore_ascii_case(challenge.scheme()))
            .map(|&(_, scheme)| HttpSecurity::new(name, scheme))
    }

    /// A hint of how the bearer token is made (`"JWT"`), for documentation.
    #[must_use]
    pub const fn bearer_format(mut self, format: &'static str) -> HttpSecurity {
        self.bearer_format = Some(format);
        self
    }

    /// A description of the scheme, for a reader of the document.
    #[must_use]
    pub const fn description(mut self, description: &'static str) -> HttpSecurity {
        self.description = Some(description);
        self
    }

    fn auth_scheme(&self) -> HttpAuthScheme {
        match self.scheme {
            Scheme::Basic => HttpAuthScheme::Basic,
            Scheme::Bearer => HttpAuthScheme::Bearer,
            Scheme::Digest => HttpAuthScheme::Digest,
            Scheme::Hoba => HttpAuthScheme::Hoba,
            Scheme::Mutual => HttpAuthScheme::Mutual,
            Scheme::Negotiate => HttpAuthScheme::Negotiate,
            Scheme::OAuth => HttpAuthScheme::OAuth,
            Scheme::ScramSha1 => HttpAuthScheme::ScramSha1,
            Scheme::ScramSha256 => HttpAuthScheme::ScramSha256,
            Scheme::Vapid => HttpAuthScheme::Vapid,
        }
    }
}

impl utoipa::Modify for HttpSecurity {
    fn modify(&self, openapi: &mut OpenApi) {
        let mut http = Http::new(self.auth_scheme());
        http.bearer_format = self.bearer_format.map(str::to_owned);
        http.description = self.description.map(str::to_owned);
        openapi
            .components
            .get_or_insert_with(Default::default)
            .add_security_scheme(self.name, SecurityScheme::Http(http));
    }
}
