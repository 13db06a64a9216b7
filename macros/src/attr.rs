//! Parsing: `#[responses(201(User), 409, ..ApiError)]`, `#[status(404)]`,
//! `#[status(..)]` and `status!(409)` into the model's status keys and
//! included sets, keeping each original token so that errors can point at
//! it.

use crate::ast::{ListEntry, MethodArg, SetArg, StatusArg, StatusKey, VariantKey};
use crate::ctxt::Errors;
use crate::{crate_path, pretty, registry};
use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use syn::ext::IdentExt as _;
use syn::parse::discouraged::Speculative as _;
use syn::parse::{ParseStream, Parser};
use syn::{Lit, Token, Type};

/// The arguments of `#[responses(..)]`: an optional `crate = path`, then
/// statuses and included sets. A malformed entry is reported and skipped up
/// to the next comma, so the entries around it still expand and one mistake
/// gives one message.
pub(crate) fn responses_args(
    args: TokenStream,
    errors: &mut Errors,
) -> (Option<syn::Path>, Vec<ListEntry>) {
    let mut crate_path = None;
    let parser = |input: ParseStream<'_>| {
        crate_path = crate_path::parse(input)?;
        if input.is_empty() {
            return Err(syn::Error::new(
                Span::call_site(),
                "#[responses] needs the statuses the handler can return, \
                 for example #[responses(200(User), 404)]",
            ));
        }
        let mut entries = Vec::new();
        while !input.is_empty() {
            let fork = input.fork();
            let entry = if fork.peek(Token![..]) {
                set_arg(&fork).map(ListEntry::Set)
            } else if is_method_arg(&fork) {
                method_arg(&fork).map(ListEntry::Method)
            } else if is_custom_arg(&fork) {
                let keyword: Ident = fork.parse()?;
                status_arg(&fork, errors).map(|arg| ListEntry::Custom(keyword, arg))
            } else {
                status_arg(&fork, errors).map(status_or_range)
            };
            match entry {
                Ok(entry) => {
                    input.advance_to(&fork);
                    entries.push(entry);
                }
                Err(error) => {
                    errors.push(error);
                    skip_entry(input)?;
                }
            }
            if input.is_empty() {
                break;
            }
            if input.peek(Token![,]) {
                input.parse::<Token![,]>()?;
            } else if let Some(last) = entries.last() {
                if missing_comma(input, last, errors) {
                    continue;
                }
                skip_entry(input)?;
                if input.peek(Token![,]) {
                    input.parse::<Token![,]>()?;
                }
            }
        }
        Ok(entries)
    };
    let statuses = parser.parse2(args).unwrap_or_else(|error| {
        errors.push(error);
        Vec::new()
    });
    (crate_path, statuses)
}

/// What follows an entry is neither `,` nor the end: reports it, and says
/// whether the next entry starts there (a comma was left out between two
/// entries) or the rest up to the next comma is to be skipped.
fn missing_comma(input: ParseStream<'_>, last: &ListEntry, errors: &mut Errors) -> bool {
    let next_is_entry = input.peek(syn::LitInt)
        || input.peek(Token![..])
        || (input.peek(syn::Ident)
            && input.fork().parse::<Ident>().is_ok_and(|ident| {
                let name = ident.unraw().to_string();
                name == "default" || registry::by_name(&name).is_some()
            }));
    let message = match last {
        ListEntry::Status(StatusArg {
            key,
            body: Some(body),
            ..
        })
        | ListEntry::Custom(
            _,
            StatusArg {
                key,
                body: Some(body),
                ..
            },
        )
        | ListEntry::Range(StatusArg {
            key,
            body: Some(body),
            ..
        }) => format!(
            "expected `,` after `{key}({})`: a comma is missing between two statuses",
            pretty::type_text(body)
        ),
        ListEntry::Status(StatusArg {
            key, body: None, ..
        })
        | ListEntry::Custom(
            _,
            StatusArg {
                key, body: None, ..
            },
        )
        | ListEntry::Range(StatusArg {
            key, body: None, ..
        }) if next_is_entry => {
            format!("expected `,` after `{key}`: a comma is missing between two statuses")
        }
        ListEntry::Status(StatusArg {
            key, body: None, ..
        })
        | ListEntry::Custom(
            _,
            StatusArg {
                key, body: None, ..
            },
        )
        | ListEntry::Range(StatusArg {
            key, body: None, ..
        }) => format!(
            "expected `,` or a body type in parentheses after `{key}`; \
             write `{key}(Body)` to give the status a body"
        ),
        ListEntry::Set(_) => "expected `,` after the included set".to_owned(),
        ListEntry::Method(arg) => format!("expected `,` after `method = {}`", arg.name),
    };
    errors.push(input.error(message));
    next_is_entry
}

/// Whether the entry starts with `custom` and a code: the opt-in to an
/// unregistered code, `custom 499("Client Closed Request")`.
fn is_custom_arg(input: ParseStream<'_>) -> bool {
    input.peek(syn::Ident)
        && input.peek2(syn::LitInt)
        && input
            .fork()
            .parse::<Ident>()
            .is_ok_and(|ident| ident == "custom")
}

/// Whether the next group is `("phrase")`: a reason phrase, which only an
/// unregistered code declares.
fn peek_phrase(input: ParseStream<'_>) -> bool {
    input
        .cursor()
        .group(proc_macro2::Delimiter::Parenthesis)
        .and_then(|(inside, _, _)| inside.literal())
        .is_some_and(|(lit, _)| {
            let text = lit.to_string();
            text.starts_with('"') || text.starts_with("r\"") || text.starts_with("r#")
        })
}

/// Whether the entry starts with `method =`.
fn is_method_arg(input: ParseStream<'_>) -> bool {
    input.peek(syn::Ident)
        && input.peek2(Token![=])
        && input
            .fork()
            .parse::<Ident>()
            .is_ok_and(|ident| ident == "method")
}

/// `method = GET`: the request method the enum answers.
pub(crate) fn method_arg(input: ParseStream<'_>) -> syn::Result<MethodArg> {
    let keyword: Ident = input.parse()?;
    input.parse::<Token![=]>()?;
    if input.is_empty() || input.peek(Token![,]) {
        return Err(syn::Error::new_spanned(
            &keyword,
            "expected a method after `method =`, as in `method = GET`",
        ));
    }
    if input.peek(syn::LitStr) {
        let text: syn::LitStr = input.parse()?;
        return Err(syn::Error::new_spanned(
            &text,
            format!(
                "write the method without quotes: `method = {}`",
                text.value()
            ),
        ));
    }
    if !input.peek(Ident::peek_any) {
        return Err(input.error("expected a method name such as `GET` or `POST` after `method =`"));
    }
    let name = input.call(Ident::parse_any)?;
    Ok(MethodArg { keyword, name })
}

/// Whether an attribute on a derived enum is `#[status(method = ..)]`.
pub(crate) fn is_enum_method(attr: &syn::Attribute) -> bool {
    attr.path().is_ident("status")
        && attr
            .meta
            .require_list()
            .is_ok_and(|list| Parser::parse2(is_method_arg_stream, list.tokens.clone()).is_ok())
}

fn is_method_arg_stream(input: ParseStream<'_>) -> syn::Result<()> {
    let found = is_method_arg(input);
    input.parse::<TokenStream>()?;
    if found {
        Ok(())
    } else {
        Err(input.error("not a method"))
    }
}

/// `#[status(method = GET)]` on a derived enum: the method it answers.
pub(crate) fn enum_methods(attrs: &[syn::Attribute], errors: &mut Errors) -> Vec<MethodArg> {
    let mut methods = Vec::new();
    for attr in attrs.iter().filter(|attr| is_enum_method(attr)) {
        let Ok(list) = attr.meta.require_list() else {
            continue;
        };
        let parsed = Parser::parse2(
            |input: ParseStream<'_>| {
                let arg = method_arg(input)?;
                if !input.is_empty() {
                    return Err(input.error(
                        "expected one method: #[status(method = GET)];                          a response enum answers one method",
                    ));
                }
                Ok(arg)
            },
            list.tokens.clone(),
        );
        match parsed {
            Ok(arg) => methods.push(arg),
            Err(error) => errors.push(error),
        }
    }
    methods
}

/// Skips the tokens up to the next top-level comma (or the end).
fn skip_entry(input: ParseStream<'_>) -> syn::Result<()> {
    input.step(|cursor| {
        let mut rest = *cursor;
        while let Some((tree, next)) = rest.token_tree() {
            if matches!(&tree, TokenTree::Punct(punct) if punct.as_char() == ',') {
                break;
            }
            rest = next;
        }
        Ok(((), rest))
    })
}

fn status_arg(input: ParseStream<'_>, errors: &mut Errors) -> syn::Result<StatusArg> {
    let key = status_key(input)?;
    let phrase = if peek_phrase(input) {
        let content;
        syn::parenthesized!(content in input);
        let phrase: syn::LitStr = content.parse()?;
        if !content.is_empty() {
            return Err(content.error(format!(
                "expected `)` after the phrase: the body type goes in parentheses of its own, \
                 as in `{key}(\"{}\")(Body)`",
                phrase.value()
            )));
        }
        Some(phrase)
    } else {
        None
    };
    let mut fields = Vec::new();
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
        let body = if crate::attr_fields::starts_fields(&content) {
            None
        } else {
            Some(content.parse::<Type>()?)
        };
        if body.is_some() && content.peek(Token![,]) {
            let comma: Token![,] = content.parse()?;
            if !crate::attr_fields::starts_fields(&content) {
                return Err(syn::Error::new(
                    if content.is_empty() {
                        comma.span
                    } else {
                        content.span()
                    },
                    "a status takes one body type, then optionally its header fields in \
                     `headers(..)`; for several values use a struct or a tuple type `(A, B)`",
                ));
            }
        }
        if crate::attr_fields::starts_fields(&content) {
            fields = crate::attr_fields::field_list(&content, errors)?;
        }
        if !content.is_empty() {
            return Err(content.error(
                "a status takes one body type; \
                 for several values use a struct or a tuple type `(A, B)`",
            ));
        }
        body
    } else {
        None
    };
    Ok(StatusArg {
        key,
        phrase,
        body,
        fields,
    })
}

/// A range entry (`4XX`, `default`) or anything written like one (`6XX`,
/// `4xX`, `XX`: a digit followed by letters x, or the letters alone), which
/// validation then checks; any other key is a status.
fn status_or_range(arg: StatusArg) -> ListEntry {
    let only_x = |text: &str| !text.is_empty() && text.chars().all(|c| matches!(c, 'x' | 'X'));
    let range = match &arg.key {
        StatusKey::Code(lit) => only_x(lit.suffix()),
        StatusKey::Name(ident) => {
            let name = ident.unraw().to_string();
            only_x(&name) || name == "default"
        }
    };
    if range {
        ListEntry::Range(arg)
    } else {
        ListEntry::Status(arg)
    }
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
    check_set_path(&path)?;
    Ok(SetArg { dots, path })
}

/// A set's path cannot end in `self`, `super` or `crate` (a module) or in
/// `Self` after other segments: syn parses them as path segments, and the
/// variant named after the last one would be a keyword that rustc refuses
/// with a message about enum syntax. The message is the one rustc gives for
/// any other path that is no response enum (the `Responses` trait's
/// `on_unimplemented`). `Self` alone is the enum itself, refused as such.
fn check_set_path(path: &syn::Path) -> syn::Result<()> {
    let Some(last) = path.segments.last() else {
        return Ok(());
    };
    let keyword = ["self", "super", "crate", "Self"]
        .into_iter()
        .find(|keyword| last.ident == keyword);
    let alone_self =
        path.leading_colon.is_none() && path.segments.len() == 1 && last.ident == "Self";
    let why = match keyword {
        None => return Ok(()),
        Some(_) if alone_self => return Ok(()),
        Some("Self") => "a path cannot end in `Self`".to_owned(),
        Some(keyword) => format!("`{keyword}` names a module"),
    };
    Err(syn::Error::new_spanned(
        path,
        format!(
            "`{}` is not a response enum: expected an enum generated by \
             #[responses(..)] or #[derive(Responses)], as in `..ApiError`; {why}",
            pretty::type_text(path)
        ),
    ))
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

/// The argument of `#[status(..)]`: exactly one key, optionally followed by
/// the status's declared header fields (`#[status(200, headers(ETag))]`),
/// or `..` (optionally followed by the set's path) for a variant that holds
/// an included set.
pub(crate) fn variant_key(input: ParseStream<'_>, errors: &mut Errors) -> syn::Result<VariantKey> {
    if input.peek(Token![..]) {
        input.parse::<Token![..]>()?;
        if input.is_empty() {
            return Ok(VariantKey::Set(None));
        }
        let path: syn::Path = input.parse()?;
        check_set_path(&path)?;
        if !input.is_empty() {
            return Err(input.error(
                "expected one set: `#[status(..ApiError)]`, \
                 with the set's type as the variant's one field",
            ));
        }
        return Ok(VariantKey::Set(Some(path)));
    }
    let key = first_key(input)?;
    let mut fields = Vec::new();
    let fork = input.fork();
    if fork.parse::<Token![,]>().is_ok() && crate::attr_fields::starts_fields(&fork) {
        input.parse::<Token![,]>()?;
        fields = crate::attr_fields::field_list(input, errors)?;
    }
    if !input.is_empty() {
        return Err(input.error(
            "expected one status: a variant is one status; give each status its own variant",
        ));
    }
    Ok(VariantKey::Status(key, fields))
}

/// The arguments of `status!(..)`: an optional `crate = path`, then
/// exactly one key.
pub(crate) fn macro_args(input: ParseStream<'_>) -> syn::Result<(Option<syn::Path>, StatusKey)> {
    let path = crate_path::parse(input)?;
    Ok((
        path,
        single_key(
            input,
            "status! names one status",
            "`headers(..)` is not taken by status!, which names a status only; \
             header fields are declared with a status of #[responses(..)], as in \
             `#[responses(200(Json<Note>, headers(ETag)))]`, or on a variant's \
             #[status(..)], as in `#[status(200, headers(ETag))]`",
        )?,
    ))
}

/// One key; `one` says what is wrong with more, `no_fields` with
/// `headers(..)` after it.
fn single_key(input: ParseStream<'_>, one: &str, no_fields: &str) -> syn::Result<StatusKey> {
    let key = first_key(input)?;
    if let Some(error) = crate::attr_fields::fields_not_taken(input, no_fields) {
        return Err(error);
    }
    if !input.is_empty() {
        return Err(input.error(format!("expected one status: {one}")));
    }
    Ok(key)
}

/// The key an argument list starts with.
fn first_key(input: ParseStream<'_>) -> syn::Result<StatusKey> {
    if input.is_empty() {
        return Err(syn::Error::new(
            input.span(),
            "expected a status code such as `404` or a name such as `NotFound`",
        ));
    }
    status_key(input)
}

/// `#[status(crate = path)]` on a derived enum (rather than on a variant):
/// the path of `responses` for a renamed dependency.
pub(crate) fn enum_crate_path(attrs: &[syn::Attribute], errors: &mut Errors) -> Option<syn::Path> {
    let attr = attrs
        .iter()
        .find(|attr| attr.path().is_ident("status") && !is_enum_method(attr))?;
    let parsed = attr.parse_args_with(|input: ParseStream<'_>| {
        let path = crate_path::parse(input)?;
        if path.is_none() || !input.is_empty() {
            return Err(syn::Error::new(
                Span::call_site(),
                "on the enum, #[status(..)] names the path of `responses` and nothing \
                 else: #[status(crate = path)]; a status goes on its variant",
            ));
        }
        Ok(path)
    });
    parsed.unwrap_or_else(|error| {
        errors.spanned(attr, error);
        None
    })
}
