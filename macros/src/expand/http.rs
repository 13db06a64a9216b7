//! `From<Enum> for http::Response<B>`: the conversion every other
//! integration builds on.

use crate::ast::ResponseEnum;
use crate::emit::{Delim, Out};
use crate::expand::Call;
use crate::expand::generics::{
    allow_deprecated, declared_generics, distinct_bodies, replace_self, self_type, where_clause,
};
use crate::expand::items::arms;
use crate::paths::RESPONSE_MODULE;
use proc_macro2::{Ident, Span, TokenStream};
use quote::ToTokens;
use syn::Type;

pub(super) fn http_impl(out: &mut Out, model: &ResponseEnum<'_>) {
    let generics = &model.input.generics;
    out.text("#[automatically_derived]");
    allow_deprecated(out, model);
    if generics.params.is_empty() {
        out.text("impl<").text(model.names.body).text(">");
    } else {
        let mut generics = generics.clone();
        let body = Ident::new(model.names.body, Span::call_site());
        generics
            .params
            .push(syn::GenericParam::Type(syn::TypeParam::from(body)));
        let (impl_generics, _, _) = generics.split_for_impl();
        out.text("impl")
            .tokens(&declared_generics(model, impl_generics.to_token_stream()));
    }
    out.text(" ::core::convert::From<");
    self_type(out, model);
    out.text("> for ::responses::__private::http::Response<")
        .text(model.names.body)
        .text(">");
    where_clause(out, model, true);
    for body in distinct_bodies(model) {
        bounded_body(out, model, body);
        out.text(": ")
            .text(RESPONSE_MODULE)
            .text("IntoHttpBody<")
            .text(model.names.body)
            .text(">,");
    }
    // The empty body of the bodiless variants; a variant with a body sends
    // that body's conversion, also for a refused `.header()` call, so it
    // needs no empty value. An included set brings its own conversion.
    if model
        .variants
        .iter()
        .any(|variant| variant.body().is_none())
        || model.customs.iter().any(|custom| custom.body.is_none())
    {
        out.text(model.names.body)
            .text(": ::core::default::Default,");
    }
    for set in &model.sets {
        out.tokens(&set.ty)
            .text(": ::core::convert::Into<::responses::__private::http::Response<")
            .text(model.names.body)
            .text(">>,");
    }
    out.group(Delim::Brace, |out| {
        // Always inlined: as a call, the enum (over 100 bytes with a typed
        // field inline) is copied into it with `memcpy`; inlined, the
        // conversion is no longer than a hand-written
        // `http::Response::builder()` (BENCHMARKS.md, section 3).
        out.text("#[inline(always)] fn from");
        out.group(Delim::Paren, |out| {
            out.text("response: ");
            self_type(out, model);
        });
        out.text(" -> Self");
        out.group(Delim::Brace, |out| {
            out.text("match response");
            out.group(Delim::Brace, |out| {
                // The work of each arm lives in two generic functions of
                // `responses`, so the expansion stays small.
                arms(
                    out,
                    model,
                    true,
                    |variant| Call {
                        function: if variant.body().is_some() {
                            "::responses::__private::into_http"
                        } else {
                            "::responses::__private::into_http_empty"
                        },
                        more: "",
                    },
                    |body| Call {
                        function: if body.is_some() {
                            "::core::convert::Into::into"
                        } else {
                            "::responses::__private::into_http_unregistered_empty"
                        },
                        more: "",
                    },
                    &Call {
                        function: "::core::convert::Into::into",
                        more: "",
                    },
                );
            });
        });
    });
}

/// A body type as the subject of a where-predicate of the http impl. There
/// `Self` is `http::Response`, so the enum's `Self` is written out; and a
/// leading `for<'a>` would bind the whole predicate, so a higher-ranked
/// function type is kept whole in parentheses (only then: rustc warns about
/// parentheses around any other type).
fn bounded_body(out: &mut Out, model: &ResponseEnum<'_>, body: &Type) {
    let mut enum_type = Out::default();
    self_type(&mut enum_type, model);
    let body = replace_self(body.to_token_stream(), &enum_type.finish());
    if matches!(body_kind(&body), Some(Type::FnPtr(function)) if function.lifetimes.is_some()) {
        out.group(Delim::Paren, |out| {
            out.tokens(&body);
        });
    } else {
        out.tokens(&body);
    }
}

fn body_kind(body: &TokenStream) -> Option<Type> {
    syn::parse2(body.clone()).ok()
}
