//! axum's `IntoResponse` (feature `axum`).

use crate::ast::ResponseEnum;
use crate::emit::{Delim, Out};
use crate::expand::generics::{ImplOf, allow_deprecated, bounds, impl_header};
use crate::expand::items::{Call, arms};

pub(super) fn axum_impl(out: &mut Out, model: &ResponseEnum<'_>) {
    // `(&value).__axum_via()` sends a problem body rendered once, any other
    // value through its `IntoResponse` (`responses::__private::axum`).
    const RESPOND: Call = Call {
        function: "(&__response).__axum_via().respond",
        more: "",
    };
    out.text("#[automatically_derived]");
    allow_deprecated(out, model);
    impl_header(out, model, ImplOf::IntoResponse, true);
    let into_response = "::responses::__private::axum::IntoResponse";
    bounds(out, model, into_response, into_response);
    out.group(Delim::Brace, |out| {
        out.text(
            "#[inline(always)] fn into_response(self) -> ::responses::__private::axum::Response",
        );
        out.group(Delim::Brace, |out| {
            out.text(
                "use ::responses::__private::axum::{ViaBody as _, ViaProblem as _}; match self",
            );
            out.group(Delim::Brace, |out| {
                arms(out, model, false, |_| RESPOND, &RESPOND, None);
            });
        });
    });
}
