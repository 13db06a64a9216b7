//! utoipa's `IntoResponses` (feature `utoipa`): the OpenAPI description of
//! every status, from the dataset; and `BodySchemas`, the named schemas the
//! description refers to.

use crate::ast::ResponseEnum;
use crate::emit::{Delim, Out};
use crate::expand::generics::{ImplOf, allow_deprecated, bounds, impl_header};
use crate::expand::items::response_type;

pub(super) fn utoipa_impl(out: &mut Out, model: &ResponseEnum<'_>) {
    out.text("#[automatically_derived]");
    allow_deprecated(out, model);
    impl_header(out, model, ImplOf::IntoResponses, true);
    bounds(
        out,
        model,
        "::responses::__private::utoipa::ResponseBody",
        "::responses::included::IncludedResponses",
    );
    out.group(Delim::Brace, |out| {
        // Inline, so that the function is compiled where the document is
        // built, not in every crate that declares an enum (BENCHMARKS.md,
        // issue 24).
        out.text(
            "#[inline] fn responses() -> ::responses::__private::utoipa::BTreeMap<\
             ::responses::__private::utoipa::String, \
             ::responses::__private::utoipa::RefOr<::responses::__private::utoipa::Response>>",
        );
        // One call of a function of `responses` with tables of function
        // pointers: no code that builds the map is compiled per enum.
        out.group(Delim::Brace, |out| {
            out.text("::responses::__private::utoipa::responses");
            out.group(Delim::Paren, |out| {
                out.text("&");
                out.group(Delim::Bracket, |out| {
                    for variant in &model.variants {
                        if !variant.fields.is_empty() {
                            declared_fields(out, variant);
                            continue;
                        }
                        out.text("<");
                        response_type(out, variant);
                        out.text(
                            " as ::responses::__private::utoipa::DescribeResponse>::describe,",
                        );
                    }
                });
                out.text(", &");
                out.group(Delim::Bracket, |out| {
                    for set in &model.sets {
                        out.text("<")
                            .tokens(&set.ty)
                            .text(" as ::responses::included::IncludedResponses<'_>>::responses,");
                    }
                    super::custom::describers(out, model);
                    super::ranges::describers(out, model);
                });
            });
        });
    });
}

pub(super) fn body_schemas_impl(out: &mut Out, model: &ResponseEnum<'_>) {
    out.text("#[automatically_derived]");
    allow_deprecated(out, model);
    impl_header(out, model, ImplOf::BodySchemas, true);
    bounds(
        out,
        model,
        "::responses::__private::utoipa::ResponseBody",
        "::responses::included::IncludedSchemas",
    );
    out.group(Delim::Brace, |out| {
        out.text(
            "#[inline] fn body_schemas(schemas: &mut ::responses::__private::utoipa::Vec<(\
             ::responses::__private::utoipa::String, \
             ::responses::__private::utoipa::RefOr<::responses::__private::utoipa::Schema>)>)",
        );
        out.group(Delim::Brace, |out| {
            out.text("::responses::__private::utoipa::schemas");
            out.group(Delim::Paren, |out| {
                out.text("&");
                out.group(Delim::Bracket, |out| {
                    for variant in &model.variants {
                        out.text("<");
                        response_type(out, variant);
                        out.text(" as ::responses::__private::utoipa::DescribeResponse>::schemas,");
                    }
                    super::custom::schemas(out, model);
                    for range in &model.ranges {
                        out.text("<")
                            .tokens(&range.body)
                            .text(" as ::responses::__private::utoipa::ResponseBody>::schemas,");
                    }
                });
                out.text(", &");
                out.group(Delim::Bracket, |out| {
                    for set in &model.sets {
                        out.text("<")
                            .tokens(&set.ty)
                            .text(" as ::responses::included::IncludedSchemas<'_>>::body_schemas,");
                    }
                });
                out.text(", schemas");
            });
        });
    });
}

/// A status with declared header fields: a closure without captures (a
/// function pointer like the others) that adds them to the description.
fn declared_fields(out: &mut Out, variant: &crate::ast::Variant) {
    out.text("|| ::responses::__private::utoipa::with_fields");
    out.group(Delim::Paren, |out| {
        out.text("<");
        response_type(out, variant);
        out.text(" as ::responses::__private::utoipa::DescribeResponse>::describe(), ");
        super::fields::docs(out, variant);
    });
    out.text(",");
}
