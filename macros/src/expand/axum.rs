//! axum's `IntoResponse` (feature `axum`).

use crate::ast::ResponseEnum;
use crate::emit::{Delim, Out};
use crate::expand::Call;
use crate::expand::generics::{ImplOf, allow_deprecated, bounds, impl_header};
use crate::expand::items::{arms, by_body, via_traits};

const INTO_RESPONSE: Call = Call {
    function: "::responses::__private::axum::IntoResponse::into_response",
    more: "",
};

/// An included set, through the trait its bound names.
const INCLUDED: Call = Call {
    function: "::responses::included::IncludedResponse::into_response",
    more: "",
};

/// `(&value).__via()` sends a problem body rendered once for the arm's
/// status, any other value through its `IntoResponse`
/// (`responses::__private::ViaProblem`).
const VIA: Call = Call {
    function: "(&__response).__via().respond",
    more: "",
};

pub(super) fn axum_impl(out: &mut Out, model: &ResponseEnum<'_>) {
    let call = by_body(VIA, INTO_RESPONSE);
    out.text("#[automatically_derived]");
    allow_deprecated(out, model);
    impl_header(out, model, ImplOf::IntoResponse, true);
    bounds(
        out,
        model,
        "::responses::__private::axum::IntoResponse",
        "::responses::included::IncludedResponse",
    );
    out.group(Delim::Brace, |out| {
        out.text(
            "#[inline(always)] fn into_response(self) -> ::responses::__private::axum::Response",
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
