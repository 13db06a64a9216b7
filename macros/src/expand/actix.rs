//! actix-web's `Responder`, and the conversion into `actix_web::Error`
//! (feature `actix-web`).

use crate::ast::ResponseEnum;
use crate::emit::{Delim, Out};
use crate::expand::Call;
use crate::expand::generics::{
    ImplOf, allow_deprecated, bounds, higher_ranked, impl_generics, impl_header, self_type,
    where_clause,
};
use crate::expand::items::{arms, by_body, via_traits};

pub(super) fn actix_impl(out: &mut Out, model: &ResponseEnum<'_>) {
    const RESPOND_TO: Call = Call {
        function: "::responses::__private::actix::Responder::respond_to",
        more: ", request",
    };
    // As under axum: a problem body rendered once for the arm's status.
    const VIA: Call = Call {
        function: "(&__response).__via().respond_to",
        more: ", request",
    };
    // An included set, through the trait its bound names.
    const INCLUDED: Call = Call {
        function: "::responses::included::IncludedResponder::respond_to",
        more: ", request",
    };
    let call = by_body(VIA, RESPOND_TO);
    out.text("#[automatically_derived]");
    allow_deprecated(out, model);
    impl_header(out, model, ImplOf::Responder, true);
    bounds(
        out,
        model,
        "::responses::__private::actix::Responder",
        "::responses::included::IncludedResponder",
    );
    out.group(Delim::Brace, |out| {
        out.text(
            "type Body = ::responses::__private::actix::BoxBody; \
             #[inline] fn respond_to(self, request: &::responses::__private::actix::HttpRequest) \
             -> ::responses::__private::actix::HttpResponse",
        );
        out.group(Delim::Brace, |out| {
            via_traits(out, model);
            out.text("match self");
            out.group(Delim::Brace, |out| {
                arms(
                    out,
                    model,
                    false,
                    |variant| call(variant.body()),
                    &call,
                    &INCLUDED,
                );
            });
        });
    });
}

/// `From<Enum> for actix_web::Error`, so the enum can be the error of a
/// handler's `Result` (actix-web's `Result<T, E>` responder needs
/// `E: Into<actix_web::Error>`), which keeps `?` usable.
pub(super) fn actix_error_impl(out: &mut Out, model: &ResponseEnum<'_>) {
    out.text("#[automatically_derived]");
    allow_deprecated(out, model);
    impl_generics(out, model);
    out.text("::core::convert::From<");
    self_type(out, model);
    out.text("> for ::responses::__private::actix::Error");
    where_clause(out, model, true);
    // Through `IncludedResponder`, as a set's bound, for the reason in
    // `responses::included`: a bound on the enum's own `Responder` would be
    // proved here.
    higher_ranked(out, model);
    self_type(out, model);
    out.text(": ::responses::included::IncludedResponder<")
        .text(model.names.lifetime)
        .text(">,");
    out.group(Delim::Brace, |out| {
        out.text("#[inline] fn from");
        out.group(Delim::Paren, |out| {
            out.text("response: ");
            self_type(out, model);
        });
        out.text(" -> Self { ::responses::__private::actix::error(response) }");
    });
}
