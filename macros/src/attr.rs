//! Parsing: `#[responses(201(User), 409, ..ApiError)]`, `#[status(404)]`,
//! `#[status(..)]` and `status!(409)` into the model's status keys and
//! included sets, keeping each original token so that errors can point at
//! it.

use crate::ast::{ListEntry, SetArg, StatusArg, StatusKey, VariantKey};
use proc_macro2::{Span, TokenStream};
use syn::parse::discouraged::Speculative as _;
use syn::parse::{ParseStream, Parser};
use syn::{Lit, Token, Type};

/// The arguments of `#[responses(..)]`: statuses and included sets.
pub(crate) fn responses_args(args: TokenStream) -> syn::Result<Vec<ListEntry>> {
    if args.is_empty() {
        return Err(syn::Error::new(
            Span::call_site(),
            "#[responses] needs the statuses the handler can return, \
             for example #[responses(200(User), 404)]",
        ));
    }
    let parser = |input: ParseStream<'_>| {
        let mut entries = Vec::new();
        while !input.is_empty() {
            if input.peek(Token![..]) {
                entries.push(ListEntry::Set(set_arg(input)?));
            } else {
                entries.push(ListEntry::Status(status_arg(input)?));
            }
            if input.is_empty() {
                break;
            }
            if !input.peek(Token![,]) {
                return Err(match entries.last() {
                    Some(ListEntry::Status(arg)) => input.error(format!(
                        "expected `,` or a body type in parentheses after `{}`; \
                         write `{0}(Body)` to give the status a body",
                        arg.key
                    )),
                    _ => input.error("expected `,` after the included set"),
                });
            }
            input.parse::<Token![,]>()?;
        }
        Ok(entries)
    };
    parser.parse2(args)
}

fn status_arg(input: ParseStream<'_>) -> syn::Result<StatusArg> {
    let key = status_key(input)?;
    let body = if input.peek(syn::token::Paren) {
        let content;
        let parens = syn::parenthesized!(content in input);
        if content.is_empty() {
            return Err(syn::Error::new(
                parens.span.join(),
                format!(
                    "expected a body type inside the parentheses, as in `{key}(User)`; \
                 leave them out for a status without a body"
                ),
            ));
        }
        let body: Type = content.parse()?;
        if !content.is_empty() {
            return Err(content.error(
                "a status takes one body type; \
                 for several values use a struct or a tuple type `(A, B)`",
            ));
        }
        Some(body)
    } else {
        None
    };
    Ok(StatusArg { key, body })
}

/// `..ApiError`: another generated enum whose statuses are included.
fn set_arg(input: ParseStream<'_>) -> syn::Result<SetArg> {
    let dots: Token![..] = input.parse()?;
    if input.is_empty() || input.peek(Token![,]) {
        return Err(syn::Error::new_spanned(
            dots,
            "expected the path of a response enum after `..`, as in `..ApiError`",
        ));
    }
    let path: syn::Path = input.parse()?;
    Ok(SetArg { dots, path })
}

/// A code (`409`) or a status name (`Conflict`).
pub(crate) fn status_key(input: ParseStream<'_>) -> syn::Result<StatusKey> {
    if input.peek(syn::Ident) {
        return Ok(StatusKey::Name(input.parse()?));
    }
    // One parse of the literal: syn's `peek` of a literal type parses it too.
    let fork = input.fork();
    if let Ok(lit) = fork.parse::<Lit>() {
        input.advance_to(&fork);
        let span = lit.span();
        let hint = match lit {
            Lit::Int(code) => return Ok(StatusKey::Code(code)),
            Lit::Str(text) => format!("write the status without quotes: `{}`", text.value()),
            _ => "write a code such as `404` or a name such as `NotFound`".to_owned(),
        };
        return Err(syn::Error::new(
            span,
            format!("expected a status code or name; {hint}"),
        ));
    }
    Err(input.error("expected a status code such as `404` or a name such as `NotFound`"))
}

/// The argument of `#[status(..)]`: exactly one key, or `..` for a variant
/// that holds an included set.
pub(crate) fn variant_key(input: ParseStream<'_>) -> syn::Result<VariantKey> {
    if input.peek(Token![..]) {
        input.parse::<Token![..]>()?;
        if !input.is_empty() {
            return Err(input.error(
                "write `#[status(..)]` alone: the set is the type of the variant's field, \
                 as in `#[status(..)] Api(ApiError)`",
            ));
        }
        return Ok(VariantKey::Set);
    }
    single_key(
        input,
        "a variant is one status; give each status its own variant",
    )
    .map(VariantKey::Status)
}

/// The argument of `status!(..)`: exactly one key.
pub(crate) fn macro_key(input: ParseStream<'_>) -> syn::Result<StatusKey> {
    single_key(input, "status! names one status")
}

fn single_key(input: ParseStream<'_>, one: &str) -> syn::Result<StatusKey> {
    if input.is_empty() {
        return Err(syn::Error::new(
            input.span(),
            "expected a status code such as `404` or a name such as `NotFound`",
        ));
    }
    let key = status_key(input)?;
    if !input.is_empty() {
        return Err(input.error(format!("expected one status: {one}")));
    }
    Ok(key)
}
