//! The decoding half of a generated enum: `responses::decode::Decode`, one
//! `match` on the status whose arms call generic functions of
//! `responses::__private`, and the inherent `from_response` (and, with the
//! `reqwest` feature, `from_reqwest`) that delegate to it. Generated only
//! with the `decode` feature: without it, a `from_response` that cannot be
//! called and says why.

use crate::ast::{ResponseEnum, Shape, Variant};
use crate::emit::{Delim, Out};
use crate::expand::generics::{self, ImplOf, allow_deprecated, impl_header, visibility};
use crate::expand::items::response_type;

const RESPONSE: &str = "::responses::__private::http::Response";
const RESULT: &str = "::core::result::Result<Self, ::responses::decode::DecodeError>";

pub(super) fn decode_impl(out: &mut Out, model: &ResponseEnum<'_>) {
    out.text("#[automatically_derived]");
    allow_deprecated(out, model);
    impl_header(out, model, ImplOf::Decode, true);
    bounds(out, model);
    out.group(Delim::Brace, |out| {
        out.text("#[inline] fn decode");
        out.group(Delim::Paren, |out| {
            out.text("response: ")
                .text(RESPONSE)
                .text("<::responses::__private::Bytes>");
        });
        out.text(" -> ").text(RESULT);
        out.group(Delim::Brace, |out| {
            out.text("match ::responses::__private::status_code(&response)");
            out.group(Delim::Brace, |out| {
                for variant in &model.variants {
                    out.number(usize::from(variant.entry.code)).text(" => ");
                    arm(out, variant);
                    out.text(",");
                }
                super::custom::decode_arms(out, model);
                // An included set decodes the statuses it declares itself.
                for set in &model.sets {
                    out.text("__code if ::responses::__private::declares");
                    out.group(Delim::Paren, |out| {
                        out.text("<")
                            .tokens(&set.ty)
                            .text(" as ::responses::Responses>::STATUSES, __code");
                    });
                    out.text(" => ::responses::__private::decode_set");
                    out.group(Delim::Paren, |out| {
                        out.text("response, Self::").tokens(&set.ident);
                    });
                    out.text(",");
                }
                super::ranges::decode_arms(out, model);
                super::ranges::set_decode_arms(out, model);
                super::ranges::set_default_arms(out, model);
                super::ranges::last_decode_arm(out, model);
            });
        });
    });

    inherent(out, model);
}

/// What the impl needs of each variant and set, higher-ranked as the
/// integrations' bounds are: an enum whose bodies do not decode still
/// compiles, and the error appears where it is decoded.
///
/// In the attribute form, a bound on each body type (a per-status type
/// decodes when its body does): fewer and simpler predicates than one per
/// per-status type, which rustc settles faster (BENCHMARKS.md, section 1).
/// The derive form names each per-status type's header fields, so that its
/// arms can take them apart.
fn bounds(out: &mut Out, model: &ResponseEnum<'_>) {
    if model.declares {
        generics::bounds(
            out,
            model,
            "::responses::decode::DecodeBody",
            "::responses::included::IncludedDecode",
        );
        return;
    }
    for variant in &model.variants {
        generics::higher_ranked(out, model);
        response_type(out, variant);
        out.text(": ::responses::decode::DecodeTyped");
        let Shape::Fields { field_types, .. } = &variant.shape else {
            out.text(",");
            continue;
        };
        // The fields are named, so that the arm can take them apart even
        // where the bound does not hold and the impl cannot tell rustc.
        out.text("<Fields = ");
        out.group(Delim::Paren, |out| {
            for header in variant.entry.constructor_headers {
                out.text("::responses::header::")
                    .text(header.ty())
                    .text(",");
            }
        });
        out.text(">,");
        for (ty, header) in field_types.iter().zip(variant.entry.constructor_headers) {
            generics::higher_ranked(out, model);
            out.tokens(ty);
            out.text(": ::core::convert::From<::responses::header::")
                .text(header.ty())
                .text(">,");
        }
    }
    for set in &model.sets {
        generics::higher_ranked(out, model);
        out.tokens(&set.ty)
            .text(": ::responses::included::IncludedDecode<")
            .text(model.names.lifetime)
            .text(">,");
    }
}

/// One arm: the attribute form hands the per-status value to the variant;
/// the derive form takes it apart into the variant's fields.
fn arm(out: &mut Out, variant: &Variant) {
    let Shape::Fields {
        field_types, body, ..
    } = &variant.shape
    else {
        // `decode_into::<Created<User>, Self>(response)`: the per-status
        // type read, made the variant by the enum's `From` impl. Cheaper
        // to compile than a call given the variant's constructor
        // (`Self::Created`), whose closure type rustc must infer, and as
        // fast at run time (BENCHMARKS.md, section 1).
        if variant.fields.is_empty() {
            out.text("::responses::__private::decode_into::<");
            response_type(out, variant);
            out.text(", Self>(response)");
        } else {
            out.text("::responses::__private::decode_declared::<");
            response_type(out, variant);
            out.text(", Self>");
            out.group(Delim::Paren, |out| {
                out.text("response, ");
                super::fields::checks(out, variant);
            });
        }
        return;
    };
    let fields = variant.entry.constructor_headers.len();
    let declared = !variant.fields.is_empty();
    out.text(if declared {
        "::responses::__private::decode_fields_declared"
    } else {
        "::responses::__private::decode_fields"
    });
    out.group(Delim::Paren, |out| {
        out.text("response, ");
        if declared {
            // `|__headers| Ok((<ETag as DeclaredField>::__read(__headers)?,))`
            out.text("|__headers| ::core::result::Result::Ok");
            out.group(Delim::Paren, |out| {
                out.group(Delim::Paren, |out| {
                    for field in &variant.fields {
                        out.text("<").tokens(&field.ty);
                        out.text(if field.optional {
                            " as ::responses::header::DeclaredField>::__read_optional(__headers)?,"
                        } else {
                            " as ::responses::header::DeclaredField>::__read(__headers)?,"
                        });
                    }
                });
            });
            out.text(", ");
        }
        out.text("|");
        out.text(if body.is_some() { "__response" } else { "_" });
        out.text(": ");
        response_type(out, variant);
        out.text(", ");
        out.group(Delim::Paren, |out| {
            for index in 0..fields {
                out.numbered("__field", index).text(",");
            }
        });
        if declared {
            out.text(", ");
            out.group(Delim::Paren, |out| {
                for index in 0..variant.fields.len() {
                    out.numbered("__declared", index).text(",");
                }
            });
        }
        out.text("| Self::").tokens(&variant.ident);
        if !field_types.is_empty() {
            out.group(Delim::Paren, |out| {
                for index in 0..fields {
                    out.text("::core::convert::From::from")
                        .group(Delim::Paren, |out| {
                            out.numbered("__field", index);
                        })
                        .text(",");
                }
                for index in 0..variant.fields.len() {
                    out.numbered("__declared", index).text(",");
                }
                if body.is_some() {
                    out.text("__response.into_body()");
                }
            });
        }
    });
}

/// The bounds of the inherent methods: the impl's own, higher-ranked so
/// that they are checked where a method is called, not where the enum is
/// declared. A call whose body type does not decode is refused with
/// `DecodeBody`'s message for that type. (`Self: Decode` would read
/// shorter, but would be proved where it is written: see
/// `responses::included`.)
fn decodes(out: &mut Out, model: &ResponseEnum<'_>) {
    out.text(" where ");
    bounds(out, model);
}

/// `from_response` and `from_reqwest` on the enum itself, so callers need
/// not import the trait.
fn inherent(out: &mut Out, model: &ResponseEnum<'_>) {
    out.text("#[allow(dead_code)]");
    allow_deprecated(out, model);
    // The bound is on each method, not the impl: where a body type does
    // not decode, the call is then refused with `DecodeBody`'s message for
    // that type, rather than "`from_response` exists but its trait bounds
    // were not satisfied".
    impl_header(out, model, ImplOf::Inherent, false);
    out.group(Delim::Brace, |out| {
        out.text(
            "/// Decodes a received response: the variant of its status, its \
             required header fields read into their typed values, its body \
             decoded by the variant's body type.\n\
             ///\n/// # Errors\n///\n/// A `DecodeError` \
             when the status is not declared, a required header field is missing \
             or invalid, or the body does not decode; it keeps the response.\n#[inline]",
        );
        visibility(out, &model.input.vis);
        out.text("fn from_response");
        out.group(Delim::Paren, |out| {
            out.text("response: ")
                .text(RESPONSE)
                .text("<impl ::responses::decode::ReceivedBody>");
        });
        out.text(" -> ").text(RESULT);
        decodes(out, model);
        out.text("{ <Self as ::responses::decode::Decode>::from_response(response) }");
        if cfg!(feature = "reqwest") {
            out.text(
                "/// Reads a `reqwest` response to its end and decodes it as \
                 [`from_response`](Self::from_response) does.\n///\n/// # Errors\n///\n\
                 /// As `from_response`, and when the body cannot be read.\n",
            );
            visibility(out, &model.input.vis);
            out.text(
                "async fn from_reqwest(response: ::responses::__private::reqwest::Response) -> ",
            )
            .text(RESULT);
            decodes(out, model);
            out.text("{ ::responses::__private::from_reqwest(response).await }");
        }
    });
}

/// Without the `decode` feature: a hidden `from_response`, in the enum's
/// inherent impl, whose argument must implement `DecodeFeature`, which
/// nothing does; a call is refused at the argument with that trait's
/// message, which names the feature, rather than "no function named
/// `from_response`". The bound is on the method's own parameter, so it is
/// checked only where the method is called.
pub(super) fn decode_off(out: &mut Out, model: &ResponseEnum<'_>) {
    let body = model.names.body;
    out.text("#[doc(hidden)]");
    visibility(out, &model.input.vis);
    out.text("fn from_response<")
        .text(body)
        .text(": ::responses::__private::DecodeFeature>");
    out.group(Delim::Paren, |out| {
        out.text("response: ").text(body);
    });
    out.text(" -> ::core::result::Result<Self, ::core::convert::Infallible>");
    out.group(Delim::Brace, |out| {
        out.text("::responses::__private::DecodeFeature::unreachable(response)");
    });
}
