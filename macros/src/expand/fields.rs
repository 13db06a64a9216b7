//! The code of declared header fields, `headers(..)` of a status: the
//! constructor's parameters and what sets them, the checks of decoding and
//! the OpenAPI table. Every use names the field type through
//! `<H as ::responses::header::DeclaredField>`, spanned at the type, so a
//! type that is no header field type is one error, at the type.

use crate::ast::{FieldDecl, Variant};
use crate::emit::{Delim, Out};
use proc_macro2::{Ident, Span};

const TRAIT: &str = " as ::responses::header::DeclaredField>::";

fn param(field: &FieldDecl) -> Ident {
    Ident::new(
        &field.param(),
        Span::call_site().located_at(syn::spanned::Spanned::span(&field.written)),
    )
}

/// `etag: ETag, cache_control: Option<CacheControl>,`
pub(super) fn params(out: &mut Out, variant: &Variant) {
    for field in &variant.fields {
        out.tokens(&param(field))
            .text(": ")
            .tokens(&field.written)
            .text(",");
    }
}

/// The statements that set each field on `__response`, the per-status
/// value being built.
pub(super) fn insert(out: &mut Out, variant: &Variant) {
    for field in &variant.fields {
        let value = param(field);
        if field.optional {
            out.text("if let ::core::option::Option::Some(__value) = ")
                .tokens(&value);
            out.group(Delim::Brace, |out| {
                out.text("<").tokens(&field.ty).text(TRAIT);
                out.text("__set");
                out.group(Delim::Paren, |out| {
                    out.text("__value, __response.__fields()");
                });
                out.text(";");
            });
        } else {
            out.text("<").tokens(&field.ty).text(TRAIT);
            out.text("__set");
            out.group(Delim::Paren, |out| {
                out.tokens(&value).text(", __response.__fields()");
            });
            out.text(";");
        }
    }
}

/// `&[<ETag as DeclaredField>::__require, ..]`: the checks of decoding.
pub(super) fn checks(out: &mut Out, variant: &Variant) {
    out.text("&");
    out.group(Delim::Bracket, |out| {
        for field in &variant.fields {
            out.text("<").tokens(&field.ty).text(TRAIT);
            out.text(if field.optional {
                "__accept,"
            } else {
                "__require,"
            });
        }
    });
}

/// `&[(<ETag as DeclaredField>::field_name, true), ..]`: the OpenAPI table.
pub(super) fn docs(out: &mut Out, variant: &Variant) {
    out.text("&");
    out.group(Delim::Bracket, |out| {
        for field in &variant.fields {
            out.group(Delim::Paren, |out| {
                out.text("<").tokens(&field.ty).text(TRAIT);
                out.text(if field.optional {
                    "field_name, false"
                } else {
                    "field_name, true"
                });
            });
            out.text(",");
        }
    });
}
