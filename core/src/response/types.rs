//! The per-status response types, one for every final status the registry
//! defines (unused codes excepted), generated from the dataset so that each
//! constructor takes exactly what its status needs.
//!
//! `build.rs` writes one invocation of [`response_type!`] per status, with
//! the status's facts (its name and constant, its docs, the typed header
//! fields its constructor takes and the builder methods it offers). The
//! shape of a response type is written once, here.

// The dataset's prose names fields, methods and protocols as words (ETag,
// WebDAV), as the specifications do.
#![allow(clippy::doc_markdown)]
// `NoContent::new()` takes nothing, but a response is made for its status
// on purpose; a `Default` would let one appear unasked (`..Default::default()`).
#![allow(clippy::new_without_default)]

/// The template of one per-status response type.
///
/// * `$(#[$attr])*`: the type's documentation, and `#[deprecated]` for a
///   deprecated or obsolete status;
/// * `no_content Name = CONSTANT` or `content Name = CONSTANT`: whether the
///   status forbids content (then the type has no body) and the `Status`
///   constant;
/// * `params`: the constructor's header parameters, in order, each
///   `parameter: Type => HEADER_CONSTANT` (a constant of `http::header`);
/// * `builders`: the optional typed header fields, each
///   `"doc" method: Type => HEADER_CONSTANT`.
macro_rules! response_type {
    (
        $(#[$attr:meta])*
        no_content $name:ident = $constant:ident;
        new: $new_doc:literal;
        params: [$($param:ident: $ty:ident => $field:ident),* $(,)?];
        builders: [$($builder_doc:literal $builder:ident: $builder_ty:ident => $builder_field:ident),* $(,)?];
    ) => {
        $(#[$attr])*
        #[derive(Clone, Debug, PartialEq, Eq)]
        #[must_use = "a response does nothing until it is returned"]
        pub struct $name {
            headers: crate::fields::Fields,
        }

        #[allow(deprecated)]
        impl $name {
            #[doc = $new_doc]
            #[inline]
            pub fn new($($param: impl ::core::convert::Into<crate::header::$ty>),*) -> Self {
                let headers = typed_headers!($($param: $ty => $field),*);
                Self { headers }
            }

            response_methods!($constant; $($builder_doc $builder: $builder_ty => $builder_field),*);
        }

        #[allow(deprecated)]
        impl crate::response::TypedResponse for $name {
            type Body = crate::response::Empty;
            const STATUS: Status = Status::$constant;

            fn headers(&self) -> &::http::HeaderMap {
                self.headers.map()
            }

            #[inline]
            fn into_parts(
                self,
            ) -> ::core::result::Result<(::http::HeaderMap, crate::response::Empty), crate::header::InvalidHeader> {
                let map = self.headers.into_typed()?.into_map();
                ::core::result::Result::Ok((map, crate::response::Empty))
            }

        }

        #[allow(deprecated)]
        impl crate::parts::IntoTypedFields for $name {
            #[inline]
            fn __into_typed_fields(
                self,
            ) -> (::core::option::Option<crate::fields::TypedFields>, crate::response::Empty) {
                (self.headers.into_accepted(), crate::response::Empty)
            }
        }

        /// A response whose `.header()` call was refused becomes a bare
        /// `500 Internal Server Error`: no header fields, `B::default()` as
        /// the body.
        #[allow(deprecated)]
        impl<B: ::core::default::Default> ::core::convert::From<$name> for ::http::Response<B> {
            #[inline]
            fn from(response: $name) -> Self {
                crate::integrations::http::into_http_empty(response)
            }
        }

        #[cfg(feature = "axum")]
        #[allow(deprecated)]
        impl ::axum::response::IntoResponse for $name {
            fn into_response(self) -> ::axum::response::Response {
                crate::integrations::axum::respond_empty(self)
            }
        }

        #[cfg(feature = "actix-web")]
        #[allow(deprecated)]
        impl ::actix_web::Responder for $name {
            type Body = ::actix_web::body::BoxBody;

            fn respond_to(self, request: &::actix_web::HttpRequest) -> ::actix_web::HttpResponse {
                crate::integrations::actix::respond_empty(self, request)
            }
        }

        decode_typed!($name = $constant, forbidden, crate::response::Empty, |headers, crate::response::Empty| Self { headers }; $($ty => $field),*);
    };
    (
        $(#[$attr:meta])*
        content $name:ident = $constant:ident;
        new: $new_doc:literal;
        empty: $empty_doc:literal;
        params: [$($param:ident: $ty:ident => $field:ident),* $(,)?];
        builders: [$($builder_doc:literal $builder:ident: $builder_ty:ident => $builder_field:ident),* $(,)?];
    ) => {
        $(#[$attr])*
        #[derive(Clone, Debug, PartialEq, Eq)]
        #[must_use = "a response does nothing until it is returned"]
        pub struct $name<B = crate::response::Empty> {
            body: B,
            headers: crate::fields::Fields,
        }

        #[allow(deprecated)]
        impl<B> $name<B> {
            #[doc = $new_doc]
            #[inline]
            pub fn new($($param: impl ::core::convert::Into<crate::header::$ty>,)* body: B) -> Self {
                let headers = typed_headers!($($param: $ty => $field),*);
                Self { headers, body }
            }

            response_methods!($constant; $($builder_doc $builder: $builder_ty => $builder_field),*);

            /// The body.
            pub fn body(&self) -> &B {
                &self.body
            }

            /// The body, giving up the header fields.
            pub fn into_body(self) -> B {
                self.body
            }

            /// Replaces the body, keeping the status and header fields.
            pub fn map_body<C>(self, f: impl ::core::ops::FnOnce(B) -> C) -> $name<C> {
                $name { headers: self.headers, body: f(self.body) }
            }
        }

        #[allow(deprecated)]
        impl $name<crate::response::Empty> {
            #[doc = $empty_doc]
            #[inline]
            pub fn empty($($param: impl ::core::convert::Into<crate::header::$ty>),*) -> Self {
                Self::new($($param,)* crate::response::Empty)
            }
        }

        #[allow(deprecated)]
        impl<B> crate::response::TypedResponse for $name<B> {
            type Body = B;
            const STATUS: Status = Status::$constant;

            fn headers(&self) -> &::http::HeaderMap {
                self.headers.map()
            }

            #[inline]
            fn into_parts(
                self,
            ) -> ::core::result::Result<(::http::HeaderMap, B), crate::header::InvalidHeader> {
                let map = self.headers.into_typed()?.into_map();
                ::core::result::Result::Ok((map, self.body))
            }

        }

        #[allow(deprecated)]
        impl<B> crate::parts::IntoTypedFields for $name<B> {
            #[inline]
            fn __into_typed_fields(
                self,
            ) -> (::core::option::Option<crate::fields::TypedFields>, B) {
                (self.headers.into_accepted(), self.body)
            }
        }

        /// The body renders itself given the status, so a problem's status
        /// member is this status. No bound on the response's body type `C`:
        /// a response whose `.header()` call was refused is the body's
        /// [`into_refused_response`](crate::response::IntoHttpBody::into_refused_response),
        /// a `500 Internal Server Error` without header fields.
        #[allow(deprecated)]
        impl<B, C> ::core::convert::From<$name<B>> for ::http::Response<C>
        where
            B: crate::response::IntoHttpBody<C>,
        {
            #[inline]
            fn from(response: $name<B>) -> Self {
                crate::integrations::http::into_http(response)
            }
        }

        #[cfg(feature = "axum")]
        #[allow(deprecated)]
        impl<B> ::axum::response::IntoResponse for $name<B>
        where
            B: ::axum::response::IntoResponse,
        {
            #[inline]
            fn into_response(self) -> ::axum::response::Response {
                crate::integrations::axum::respond::<Self>(self.headers, self.body)
            }
        }

        #[cfg(feature = "actix-web")]
        #[allow(deprecated)]
        impl<B> ::actix_web::Responder for $name<B>
        where
            B: ::actix_web::Responder,
        {
            type Body = ::actix_web::body::BoxBody;

            fn respond_to(self, request: &::actix_web::HttpRequest) -> ::actix_web::HttpResponse {
                crate::integrations::actix::respond(self, request)
            }
        }

        decode_typed!($name<B> = $constant, allowed, B, |headers, body| Self { headers, body }; $($ty => $field),*);
    };
}

/// The `DecodeTyped` impl of a per-status type: its status, whether the
/// status forbids content, its body type, how to assemble it, and the typed
/// header fields its constructor takes (read back in the same order). The
/// work is one generic function, `crate::decode::decode`.
macro_rules! decode_typed {
    (@content forbidden) => { true };
    (@content allowed) => { false };
    (
        $name:ident $(<$b:ident>)? = $constant:ident, $content:ident, $body:ty, $assemble:expr;
        $($ty:ident => $field:ident),*
    ) => {
        #[cfg(feature = "decode")]
        #[allow(deprecated)]
        impl $(<$b: crate::decode::DecodeBody>)? crate::decode::DecodeTyped for $name $(<$b>)? {
            type Fields = ($(crate::header::$ty,)*);

            #[inline]
            fn decode_typed(
                response: ::http::Response<::bytes::Bytes>,
            ) -> ::core::result::Result<(Self, Self::Fields), crate::decode::DecodeError> {
                Self::__decode_with(response, |typed, fields| (typed, fields))
            }

            #[inline]
            // Statuses without typed fields do not read the header map.
            #[allow(unused_variables)]
            fn __decode_with<T>(
                response: ::http::Response<::bytes::Bytes>,
                make: impl ::core::ops::FnOnce(Self, Self::Fields) -> T,
            ) -> ::core::result::Result<T, crate::decode::DecodeError> {
                crate::decode::decode::<_, Self::Fields, $body>(
                    response,
                    crate::Status::$constant,
                    decode_typed!(@content $content),
                    |headers| {
                        ::core::result::Result::Ok(($(
                            crate::decode::field::<crate::header::$ty>(headers, &::http::header::$field)?,
                        )*))
                    },
                    |fields, body, typed| make($assemble(fields, body), typed),
                )
            }
        }
    };
}

/// The header fields a constructor starts with: each typed parameter
/// converted and inserted under its `http::header` constant.
macro_rules! typed_headers {
    ($($param:ident: $ty:ident => $field:ident),*) => {{
        #[allow(unused_mut)]
        let mut headers = crate::fields::Fields::new();
        $(
            let $param: crate::header::$ty = ::core::convert::Into::into($param);
            headers.insert(static_name!($field), ::http::HeaderValue::from($param));
        )*
        headers
    }};
}

/// The methods every per-status type has, with or without a body: its
/// status, the typed builders of its expected header fields, `.header()`,
/// `.try_header()`, `.typed_header()` and access to its header fields.
macro_rules! response_methods {
    ($constant:ident; $($doc:literal $builder:ident: $ty:ident => $field:ident),*) => {
        /// The status of this response.
        pub const STATUS: Status = Status::$constant;

        $(
            #[doc = $doc]
            #[inline]
            pub fn $builder(mut self, $builder: impl ::core::convert::Into<crate::header::$ty>) -> Self {
                let $builder: crate::header::$ty = ::core::convert::Into::into($builder);
                self.headers.insert(static_name!($field), ::http::HeaderValue::from($builder));
                self
            }
        )*

        /// Appends a header field: `name` and `value` are anything
        /// `http::response::Builder::header` takes (`http::header::ETAG`,
        /// `"x-request-id"`, an `http::HeaderValue`, a `&str`, ...).
        ///
        /// Like that builder, it defers a conversion error so the response is
        /// built in one chain: a name or value that does not convert (a value
        /// with NUL, CR, LF, another control character than HTAB, or DEL) is
        /// not added, and the response is then sent as a
        /// `500 Internal Server Error` without header fields (see
        /// [`TypedResponse::into_parts`](crate::response::TypedResponse::into_parts)).
        /// Use [`try_header`](Self::try_header)
        /// for the error at the call site, and the typed methods for the
        /// fields the status names.
        #[inline]
        pub fn header<K, V>(mut self, name: K, value: V) -> Self
        where
            K: ::core::convert::TryInto<::http::HeaderName>,
            <K as ::core::convert::TryInto<::http::HeaderName>>::Error: ::core::convert::Into<::http::Error>,
            V: ::core::convert::TryInto<::http::HeaderValue>,
            <V as ::core::convert::TryInto<::http::HeaderValue>>::Error: ::core::convert::Into<::http::Error>,
        {
            self.headers.append(name, value);
            self
        }

        /// Appends a header field as [`header`](Self::header) does, or fails
        /// at once if `name` or `value` does not convert.
        ///
        /// # Errors
        ///
        /// [`InvalidHeaderKind::Name`](crate::header::InvalidHeaderKind::Name)
        /// or [`InvalidHeaderKind::Value`](crate::header::InvalidHeaderKind::Value).
        #[inline]
        pub fn try_header<K, V>(
            mut self,
            name: K,
            value: V,
        ) -> ::core::result::Result<Self, crate::header::InvalidHeader>
        where
            K: ::core::convert::TryInto<::http::HeaderName>,
            <K as ::core::convert::TryInto<::http::HeaderName>>::Error: ::core::convert::Into<::http::Error>,
            V: ::core::convert::TryInto<::http::HeaderValue>,
            <V as ::core::convert::TryInto<::http::HeaderValue>>::Error: ::core::convert::Into<::http::Error>,
        {
            self.headers.try_append(name, value)?;
            ::core::result::Result::Ok(self)
        }

        /// Sets a typed field of the `headers` crate (`ETag`,
        /// `CacheControl`, `LastModified`, ...), replacing any value of its
        /// name set before.
        #[cfg(feature = "headers")]
        #[cfg_attr(docsrs, doc(cfg(feature = "headers")))]
        #[inline]
        pub fn typed_header(mut self, header: impl ::headers::Header) -> Self {
            self.headers.typed_insert(&header);
            self
        }

        /// The header fields, for a generated constructor to set a field
        /// declared in `headers(..)`. Not public API.
        #[doc(hidden)]
        #[inline]
        pub fn __fields(&mut self) -> crate::header::declared::FieldSlot<'_> {
            crate::header::declared::FieldSlot(&mut self.headers)
        }

        /// The header fields set so far.
        pub fn headers(&self) -> &::http::HeaderMap {
            self.headers.map()
        }

        /// The header fields, for changing them in place.
        pub fn headers_mut(&mut self) -> &mut ::http::HeaderMap {
            self.headers.map_mut()
        }

        /// The typed value of header field `H`, if the response carries a
        /// valid one: `ok.field::<ETag>()`.
        ///
        /// A field declared for the status in `headers(..)` is set by the
        /// enum's constructor, and a response decoded by the enum's
        /// `from_response` has passed its check: a field declared without
        /// `Option` is then always `Some`.
        #[inline]
        pub fn field<H: crate::header::DeclaredField>(&self) -> ::core::option::Option<H> {
            H::read_from(self.headers.map()).ok().flatten()
        }
    };
}

// `Status` by its own name: rustdoc shows the value of `STATUS` as written.
use crate::Status;

// One `response_type!` per status, written from `data/status.toml`.
include!(concat!(env!("OUT_DIR"), "/response_types.rs"));
