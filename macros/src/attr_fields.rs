//! Parsing of declared header fields: `headers(ETag, Option<CacheControl>)`
//! after a status's body, or alone for a status without one.

use crate::ast::FieldDecl;
use syn::parse::ParseStream;
use syn::punctuated::Punctuated;
use syn::{GenericArgument, PathArguments, Token, Type};

/// Whether the input starts with `headers(`.
pub(crate) fn starts_fields(input: ParseStream<'_>) -> bool {
    let fork = input.fork();
    fork.parse::<syn::Ident>()
        .is_ok_and(|ident| ident == "headers")
        && fork.peek(syn::token::Paren)
}

/// `headers(A, Option<B>)`: at least one field type. An empty `headers()`
/// is reported and read as no fields, so that the status and its body
/// still expand (and the body's import is not reported unused).
pub(crate) fn field_list(
    input: ParseStream<'_>,
    errors: &mut crate::ctxt::Errors,
) -> syn::Result<Vec<FieldDecl>> {
    let keyword: syn::Ident = input.parse()?;
    let content;
    let parens = syn::parenthesized!(content in input);
    let types = Punctuated::<Type, Token![,]>::parse_terminated(&content)?;
    if types.is_empty() {
        errors.push(syn::Error::new(
            parens.span.join(),
            format!(
                "expected header field types inside `{keyword}(..)`, as in \
                 `headers(ETag, Option<CacheControl>)`; leave `{keyword}(..)` out for none"
            ),
        ));
    }
    Ok(types.into_iter().map(declared).collect())
}

/// `Option<H>` is the optional field `H`; anything else is required.
fn declared(written: Type) -> FieldDecl {
    let inner = match &written {
        Type::Path(path) if path.qself.is_none() => path.path.segments.last().and_then(|last| {
            if last.ident != "Option" {
                return None;
            }
            let PathArguments::AngleBracketed(arguments) = &last.arguments else {
                return None;
            };
            match arguments.args.first() {
                Some(GenericArgument::Type(inner)) if arguments.args.len() == 1 => {
                    Some(inner.clone())
                }
                _ => None,
            }
        }),
        _ => None,
    };
    match inner {
        Some(ty) => FieldDecl {
            written,
            ty,
            optional: true,
        },
        None => FieldDecl {
            ty: written.clone(),
            written,
            optional: false,
        },
    }
}

/// `, headers(..)` after the one status of `#[status(..)]` or `status!`,
/// which take none: the error `refusal`, at `headers`.
pub(crate) fn fields_not_taken(input: ParseStream<'_>, refusal: &str) -> Option<syn::Error> {
    let fork = input.fork();
    if fork.parse::<Token![,]>().is_err() || !starts_fields(&fork) {
        return None;
    }
    Some(fork.error(refusal))
}
