//! axum's `IntoResponse` (feature `axum`).

use syn::Type;

use crate::ast::ResponseEnum;
use crate::emit::{Delim, Out};
use crate::expand::generics::{ImplOf, allow_deprecated, bounds, impl_header};
use crate::expand::items::{Call, arms};

const INTO_RESPONSE: Call = Call {
    function: "::responses::__private::axum::IntoResponse::into_response",
    more: "",
};

/// `(&value).__axum_via()` sends a problem body rendered once for the arm's
/// status, any other value through its `IntoResponse`
/// (`responses::__private::axum`).
const VIA: Call = Call {
    function: "(&__response).__axum_via().respond",
    more: "",
};

pub(super) fn axum_impl(out: &mut Out, model: &ResponseEnum<'_>) {
    let call = |body: Option<&Type>| {
        if body.is_some_and(may_be_problem) {
            VIA
        } else {
            INTO_RESPONSE
        }
    };
    let any_problem = model
        .variants
        .iter()
        .any(|variant| variant.body().is_some_and(may_be_problem))
        || model.ranges.iter().any(|range| may_be_problem(&range.body))
        || model
            .customs
            .iter()
            .any(|custom| custom.body.as_ref().is_some_and(may_be_problem));
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
            if any_problem {
                out.text("use ::responses::__private::axum::{ViaBody as _, ViaProblem as _};");
            }
            out.text("match self");
            out.group(Delim::Brace, |out| {
                arms(
                    out,
                    model,
                    false,
                    |variant| call(variant.body()),
                    call,
                    &INTO_RESPONSE,
                );
            });
        });
    });
}

/// Whether a body type may be `responses::Problem`: a path whose last
/// segment is `Problem`. The way is then chosen by type (a `Problem` of
/// another crate takes `IntoResponse`). Only these arms pay for the method
/// lookup, which is not free at compile time (BENCHMARKS.md, issue 24); a
/// type alias of `Problem` is sent as any other body is, rendered twice.
fn may_be_problem(body: &Type) -> bool {
    match body {
        Type::Path(path) => {
            path.qself.is_none()
                && path
                    .path
                    .segments
                    .last()
                    .is_some_and(|last| last.ident == "Problem")
        }
        Type::Group(group) => may_be_problem(&group.elem),
        Type::Paren(paren) => may_be_problem(&paren.elem),
        _ => false,
    }
}
