//! The rules of declared header fields, `headers(..)` of a status.
//!
//! A procedural macro sees the tokens, not the types: a field is known by
//! the last segment of its type's path, which is how the typed values of
//! `responses::header` and of the `headers` crate are named after their
//! fields (`ETag`, `CacheControl`). Whether the type is a header field type
//! at all is the compiler's to check (the `DeclaredField` trait).

use crate::ast::{FieldDecl, Shape, Variant};
use crate::ctxt::Errors;
use crate::registry::StatusEntry;
use proc_macro2::TokenStream;
use quote::quote;

/// Representation metadata (RFC 9110 section 8) that a 304 must not carry
/// beyond the fields its section lists: it describes content the response
/// does not have (RFC 9110 section 15.4.5).
const NOT_ON_304: &[(&str, &str)] = &[
    ("ContentType", "Content-Type"),
    ("ContentEncoding", "Content-Encoding"),
    ("ContentLanguage", "Content-Language"),
    ("ContentLength", "Content-Length"),
];

/// The fields a 304 must send when the 200 to the same request would have
/// (RFC 9110 section 15.4.5), by type name.
const KEPT_BY_304: &[&str] = &[
    "ContentLocation",
    "Date",
    "ETag",
    "Vary",
    "CacheControl",
    "Expires",
];

/// The declared fields of one status that obey the rules; each broken rule
/// is reported at the field's type.
///
/// A refused field's type is still named in `uses`, so that its import is
/// used and the one error is not followed by an "unused import" warning.
pub(crate) fn check_fields(
    entry: &StatusEntry,
    fields: Vec<FieldDecl>,
    errors: &mut Errors,
    uses: &mut TokenStream,
) -> Vec<FieldDecl> {
    let mut kept: Vec<FieldDecl> = Vec::with_capacity(fields.len());
    for field in fields {
        if !field_rules(entry, &field, &kept, errors) {
            let ty = &field.ty;
            uses.extend(quote! {
                const _: ::core::marker::PhantomData<#ty> = ::core::marker::PhantomData;
            });
            continue;
        }
        kept.push(field);
    }
    kept
}

/// Whether `field` obeys the rules, given the fields `kept` before it.
fn field_rules(
    entry: &StatusEntry,
    field: &FieldDecl,
    kept: &[FieldDecl],
    errors: &mut Errors,
) -> bool {
    let name = field.type_name();
    if let Some(first) = kept.iter().find(|kept| kept.type_name() == name) {
        errors.spanned(
            &field.written,
            format!(
                "duplicate header field: `{name}` is declared twice for `{}`",
                entry.title()
            ),
        );
        errors.spanned(&first.written, format!("`{name}` first declared here"));
        return false;
    }
    if let Some(header) = entry
        .constructor_headers
        .iter()
        .find(|header| header.ty() == name)
    {
        let why = if entry.requires(header) {
            "the status requires it"
        } else {
            "a client can do nothing with the status without it"
        };
        errors.spanned(
            &field.written,
            format!(
                "`{}` already takes the `{}` header field: its constructor's \
                     parameter `{}` sets it, because {why} ({}); remove `{name}` from \
                     `headers(..)`",
                entry.title(),
                header.name,
                header.param(),
                entry.citation()
            ),
        );
        return false;
    }
    if entry.code == 304
        && let Some((_, field_name)) = NOT_ON_304.iter().find(|(ty, _)| *ty == name)
    {
        errors.spanned(
            &field.written,
            format!(
                "a `304 Not Modified` response has no content, so it does not carry \
                     `{field_name}`, which describes content (RFC 9110, section 15.4.5)"
            ),
        );
        return false;
    }
    if entry.code == 204 && name == "ContentLength" {
        errors.spanned(
            &field.written,
            "a `204 No Content` response must not carry `Content-Length` \
                 (RFC 9110, section 8.6)",
        );
        return false;
    }
    true
}

/// A 304 must carry the fields among [`KEPT_BY_304`] that the enum's 200
/// always sends (RFC 9110 section 15.4.5): reported at the 304.
pub(crate) fn check_not_modified(variants: &[Variant], errors: &mut Errors) {
    let Some(ok) = variants.iter().find(|variant| variant.entry.code == 200) else {
        return;
    };
    let Some(not_modified) = variants.iter().find(|variant| variant.entry.code == 304) else {
        return;
    };
    for field in ok.fields.iter().filter(|field| !field.optional) {
        let name = field.type_name();
        if KEPT_BY_304.contains(&name.as_str())
            && !not_modified
                .fields
                .iter()
                .any(|declared| declared.type_name() == name)
        {
            let example = match not_modified.shape {
                Shape::Typed { .. } => format!("`304(headers({name}))`"),
                Shape::Fields { .. } => format!(
                    "`#[status(304, headers({name}))]`, with the variant holding the `{name}`"
                ),
            };
            errors.spanned(
                &not_modified.key,
                format!(
                    "`304 Not Modified` must carry `{name}`, which the `200 OK` response \
                     always sends (RFC 9110, section 15.4.5): declare it, as in {example}"
                ),
            );
        }
    }
}
