//! Unregistered codes, `custom 499("Client Closed Request")(Problem)`: the
//! opt-in keyword, a final code outside the registry, a reason phrase that
//! can be sent and named, and each code once.
//!
//! The rules of a registered status's class (no content for 1xx, 204 and
//! 304; a 3xx `Location`; a 405 `Allow`) come from the registry, which says
//! nothing of an unregistered code. What applies instead: the code is final
//! (200 to 599), its class is its first digit (so a range of that class
//! does not hold it, and the enum's method decides whether it may carry a
//! body), and it has no fields the constructor takes.

use crate::ast::{Custom, EnumMethod, StatusArg, StatusKey};
use crate::ctxt::Errors;
use crate::registry;
use crate::valid::lifetimes::check_lifetimes;
use crate::valid::rules::check_field_type;
use proc_macro2::{Ident, Span, TokenStream};
use syn::{DeriveInput, LitInt, Type};

/// The example every message shows.
const EXAMPLE: &str = "custom 499(\"Client Closed Request\")(Problem)";

/// The unregistered code `custom` declares, or one error at the mistake.
pub(crate) fn lower_custom(
    input: &DeriveInput,
    keyword: &Ident,
    arg: StatusArg,
    errors: &mut Errors,
    warnings: &mut TokenStream,
) -> Option<Custom> {
    let mut named: Vec<Type> = arg.fields.iter().map(|field| field.ty.clone()).collect();
    named.extend(arg.body.clone());
    let custom = lower(input, keyword, arg, errors);
    if custom.is_none() {
        for ty in &named {
            name_refused(input, Some(ty), warnings);
        }
    }
    custom
}

/// The body of a refused entry named in a `const _`, so that its import is
/// used and the one error is not followed by an "unused import" warning.
/// Not for a generic enum, whose parameters the body may name.
pub(crate) fn name_refused(input: &DeriveInput, body: Option<&Type>, warnings: &mut TokenStream) {
    if let Some(body) = body
        && input.generics.params.is_empty()
    {
        warnings.extend(quote::quote! {
            const _: ::core::marker::PhantomData<#body> = ::core::marker::PhantomData;
        });
    }
}

fn lower(
    input: &DeriveInput,
    keyword: &Ident,
    arg: StatusArg,
    errors: &mut Errors,
) -> Option<Custom> {
    let StatusArg {
        key,
        phrase,
        body,
        fields,
    } = arg;
    let StatusKey::Code(lit) = key else {
        // `is_custom_arg` only takes `custom` before a number.
        errors.spanned(
            keyword,
            format!("expected a code after `custom`: `{EXAMPLE}`"),
        );
        return None;
    };
    let code = custom_code(&lit, errors)?;
    let Some(phrase) = phrase else {
        errors.spanned(
            &lit,
            format!(
                "an unregistered code declares its reason phrase, which it is sent with: \
                 `custom {code}(\"Reason Phrase\")`, as in `{EXAMPLE}`"
            ),
        );
        return None;
    };
    let text = phrase.value();
    let words = match phrase_words(&text) {
        Ok(words) => words,
        Err(message) => {
            errors.spanned(&phrase, message);
            return None;
        }
    };
    let name: String = words.iter().map(|word| upper_first(word)).collect();
    if let Some(entry) = registry::STATUSES.iter().find(|entry| entry.name == name) {
        errors.spanned(
            &phrase,
            format!(
                "the phrase names the variant `{name}`, which is the registered status \
                 `{}`: give the unregistered code a phrase of its own",
                entry.title()
            ),
        );
        return None;
    }
    if matches!(
        name.as_str(),
        "Success" | "Redirection" | "ClientError" | "ServerError" | "Other"
    ) {
        errors.spanned(
            &phrase,
            format!(
                "the phrase names the variant `{name}`, which is a range's: give the \
                 unregistered code a phrase of its own"
            ),
        );
        return None;
    }
    let constructor = snake(&words);
    let reserved = matches!(
        constructor.as_str(),
        "status" | "from_response" | "from_reqwest" | "from_included_set"
    ) || constructor.starts_with("try_");
    if reserved
        || syn::parse_str::<Ident>(&name).is_err()
        || syn::parse_str::<Ident>(&constructor).is_err()
    {
        errors.spanned(
            &phrase,
            format!(
                "the phrase names the variant `{name}` and the constructor `{constructor}`, \
                 which Rust or the enum already uses: give the unregistered code a phrase of \
                 its own"
            ),
        );
        return None;
    }
    if let Some(field) = fields.first() {
        errors.spanned(
            &field.ty,
            format!(
                "an unregistered code declares no header fields: nothing says what it must \
                 carry; set them on the response with `.header(..)`, as in \
                 `{constructor}(..).header(\"retry-after\", \"5\")`"
            ),
        );
        return None;
    }
    if let Some(body) = &body
        && !(check_field_type(body, errors)
            && check_lifetimes(body, &input.generics, &input.ident, errors))
    {
        return None;
    }
    let ident = Ident::new(&name, Span::call_site().located_at(lit.span()));
    Some(Custom {
        code,
        key: lit,
        phrase: text.clone(),
        ident,
        snake: constructor,
        constant: words
            .iter()
            .map(|word| word.to_ascii_uppercase())
            .collect::<Vec<_>>()
            .join("_"),
        body,
    })
}

/// A final code outside the registry.
fn custom_code(lit: &LitInt, errors: &mut Errors) -> Option<u16> {
    let code = match lit.base10_parse::<u16>() {
        Ok(code) if lit.suffix().is_empty() && (100..=599).contains(&code) => code,
        _ => {
            errors.spanned(
                lit,
                format!(
                    "`{lit}` is not an HTTP status code: an unregistered code still has three \
                     digits, from 200 to 599"
                ),
            );
            return None;
        }
    };
    if let Some(entry) = registry::by_code(code) {
        errors.spanned(
            lit,
            format!(
                "`{code}` is registered, as `{}`: name it without `custom` (`{code}` or \
                 `{code}(Body)`), and it takes the registry's phrase and rules",
                entry.title()
            ),
        );
        return None;
    }
    if code < 200 {
        errors.spanned(
            lit,
            format!(
                "`{code}` is informational (1xx), which is not a final status a handler \
                 returns: an unregistered code is from 200 to 599"
            ),
        );
        return None;
    }
    Some(code)
}

/// The words of a phrase that can be sent in a status line and name a
/// variant: visible ASCII and spaces, starting with a letter.
fn phrase_words(text: &str) -> Result<Vec<&str>, String> {
    if text.trim().is_empty() {
        return Err(format!(
            "the reason phrase is empty: write the words the status line carries, as in \
             `{EXAMPLE}`"
        ));
    }
    if let Some(c) = text.chars().find(|c| !(c.is_ascii_graphic() || *c == ' ')) {
        return Err(format!(
            "the reason phrase has {c:?}, which a status line cannot carry: write it in \
             visible ASCII characters and spaces"
        ));
    }
    let words: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    match words.first() {
        Some(first) if first.starts_with(|c: char| c.is_ascii_alphabetic()) => Ok(words),
        _ => Err(format!(
            "the reason phrase names the variant and its constructor, so it starts with a \
             letter: as in `{EXAMPLE}`"
        )),
    }
}

/// `Client`, `Ssl` (from `SSL`): a word of a variant's name.
fn upper_first(word: &str) -> String {
    let lower = word.to_ascii_lowercase();
    let mut chars = lower.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_ascii_uppercase().to_string() + chars.as_str()
    })
}

fn snake(words: &[&str]) -> String {
    words
        .iter()
        .map(|word| word.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join("_")
}

/// A phrase or an unregistered code in a plain entry: the opt-in is
/// missing, or the code is registered. Says which, with the fix; `None`
/// when the entry is an ordinary one.
pub(crate) fn refuse_uncustomised(arg: &StatusArg) -> Option<(Span, String)> {
    let code = match &arg.key {
        StatusKey::Code(lit) => lit.base10_parse::<u16>().ok(),
        StatusKey::Name(_) => None,
    };
    let registered = code.and_then(registry::by_code);
    match (&arg.phrase, code, registered) {
        (Some(phrase), _, Some(entry)) => Some((
            phrase.span(),
            format!(
                "`{}` is registered, as `{}`: it takes the registry's phrase, so write it \
                 without one (`{}` or `{}(Body)`)",
                entry.code,
                entry.title(),
                entry.code,
                entry.code
            ),
        )),
        (Some(phrase), Some(code), None) => Some((
            arg.key.span(),
            format!(
                "`{code}` is not a registered status; declaring an unregistered code is \
                 opt-in, with `custom`: `custom {code}({}){}`",
                quote_phrase(&phrase.value()),
                arg.body.as_ref().map_or_else(String::new, |body| format!(
                    "({})",
                    crate::pretty::type_text(body)
                )),
            ),
        )),
        (Some(phrase), None, None) => Some((
            phrase.span(),
            format!(
                "only an unregistered code declares a phrase, as in `{EXAMPLE}`; a \
                 registered status takes the registry's: write `{}`",
                arg.key
            ),
        )),
        (None, Some(code), None) if (200..=599).contains(&code) => Some((
            arg.key.span(),
            format!(
                "`{code}` is not a registered HTTP status code; the nearest registered codes \
                 are {}. To declare an unregistered code, opt in with `custom` and give its \
                 phrase: `custom {code}(\"Reason Phrase\")`",
                crate::suggest::nearest_codes(code)
            ),
        )),
        _ => None,
    }
}

fn quote_phrase(text: &str) -> String {
    format!("{text:?}")
}

/// Each code once: a second `custom 499` is reported at both places and
/// dropped, as is a second variant of one name.
pub(crate) fn remove_duplicate_customs(customs: &mut Vec<Custom>, errors: &mut Errors) {
    let mut kept: Vec<Custom> = Vec::with_capacity(customs.len());
    for custom in customs.drain(..) {
        if let Some(first) = kept.iter().find(|kept| kept.code == custom.code) {
            errors.spanned(
                &custom.key,
                format!("duplicate status: `{}` is listed twice", custom.code),
            );
            errors.spanned(&first.key, format!("`{}` first listed here", first.code));
        } else if let Some(first) = kept.iter().find(|kept| kept.ident == custom.ident) {
            errors.spanned(
                &custom.key,
                format!(
                    "`{}` and `{}` both name the variant `{}`: give each a phrase of its own",
                    first.code, custom.code, custom.ident
                ),
            );
        } else {
            kept.push(custom);
        }
    }
    *customs = kept;
}

/// With `method = ..`: a custom code with a body, of a class whose
/// responses to the method carry no content, is refused, as a range is.
pub(crate) fn check_custom_methods(
    method: Option<&EnumMethod>,
    customs: &[Custom],
    errors: &mut Errors,
) {
    let Some(method) = method else {
        return;
    };
    for custom in customs {
        let (Some(body), Some(class)) = (&custom.body, responses_data::Class::of(custom.code))
        else {
            continue;
        };
        if method.entry.response_content.allows(class) {
            continue;
        }
        errors.spanned(
            body,
            format!(
                "a response to {} carries no content ({}, section {}): this enum answers \
                 `method = {}`, so declare `custom {}(\"{}\")` without a body",
                method.entry.name,
                method.entry.spec,
                method.entry.section,
                method.entry.name,
                custom.code,
                custom.phrase
            ),
        );
    }
}
