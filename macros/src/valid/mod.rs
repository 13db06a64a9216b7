//! Every rule a response enum must obey. Each problem becomes an error
//! spanned at the token that caused it; all of a call's problems are
//! collected, and what is valid goes on to expansion anyway.

pub(crate) mod custom;
mod fields;
mod lifetimes;
pub(crate) mod lower;
pub(crate) mod method;
pub(crate) mod ranges;
mod rules;

use crate::ast::StatusKey;
use crate::ctxt::Errors;
use crate::registry::{self, Standing, StatusEntry};
use crate::suggest::{self, NameHint};
use proc_macro2::{Ident, TokenStream};
use quote::quote_spanned;
use syn::ext::IdentExt as _;

/// The status a key names, or an error saying why there is none.
pub(crate) fn resolve(key: &StatusKey) -> syn::Result<&'static StatusEntry> {
    match key {
        StatusKey::Code(lit) => {
            if !lit.suffix().is_empty() && lit.suffix().chars().all(|c| matches!(c, 'x' | 'X')) {
                return Err(syn::Error::new_spanned(
                    lit,
                    format!(
                        "`{lit}` is a range, and a range is an entry of #[responses(..)], \
                         such as #[responses(200, 4XX(Problem))]; here name one status"
                    ),
                ));
            }
            if !lit.suffix().is_empty() {
                return Err(syn::Error::new_spanned(
                    lit,
                    format!(
                        "write the status code without a type suffix: `{}`",
                        lit.base10_digits()
                    ),
                ));
            }
            let text = lit.to_string();
            if text.starts_with("0x") || text.starts_with("0o") || text.starts_with("0b") {
                return Err(syn::Error::new_spanned(
                    lit,
                    format!(
                        "write the status code in decimal: `{}`",
                        lit.base10_digits()
                    ),
                ));
            }
            let code = match lit.base10_parse::<u64>() {
                Ok(code) if (100..=599).contains(&code) => code,
                _ => {
                    return Err(syn::Error::new_spanned(
                        lit,
                        format!(
                            "`{}` is not an HTTP status code: codes have three digits, \
                             from 100 to 599",
                            lit.base10_digits()
                        ),
                    ));
                }
            };
            let code = u16::try_from(code).expect("checked to be in 100..=599");
            registry::by_code(code).ok_or_else(|| {
                syn::Error::new_spanned(
                    lit,
                    format!(
                        "`{code}` is not a registered HTTP status code; \
                         the nearest registered codes are {}",
                        suggest::nearest_codes(code)
                    ),
                )
            })
        }
        StatusKey::Name(ident) => {
            // `r#NotFound` names `NotFound`, as a raw identifier does anywhere.
            let name = ident.unraw().to_string();
            if name == "default" {
                return Err(syn::Error::new_spanned(
                    ident,
                    "`default` holds any status the enum does not name, and is an entry of \
                     #[responses(..)], such as #[responses(200, default(Problem))]; here name \
                     one status",
                ));
            }
            registry::by_name(&name).ok_or_else(|| {
                let message = match suggest::name_hint(&name) {
                    Some(NameHint::Former(entry)) => format!(
                        "`{name}` is a former name of {code}; the registry now calls it \
                         \"{phrase}\" ({citation}): write `{new}` or `{code}`",
                        code = entry.code,
                        phrase = entry.phrase,
                        citation = entry.citation(),
                        new = entry.name,
                    ),
                    Some(NameHint::Case(entry)) => format!(
                        "unknown status name `{name}`; status names are written in \
                         UpperCamelCase: `{}` ({})",
                        entry.name,
                        entry.title()
                    ),
                    Some(NameHint::Close(entry)) => format!(
                        "unknown status name `{name}`; did you mean `{}` ({})?",
                        entry.name,
                        entry.title()
                    ),
                    None => format!(
                        "unknown status name `{name}`; write a registered code such as `404` \
                         or its name such as `NotFound`"
                    ),
                };
                syn::Error::new_spanned(ident, message)
            })
        }
    }
}

/// The status a key names, if it is one a handler may return.
fn resolve_final(key: &StatusKey, errors: &mut Errors) -> Option<&'static StatusEntry> {
    match resolve(key) {
        Ok(entry) => check_final(entry, key, errors).then_some(entry),
        Err(error) => {
            errors.push(error);
            None
        }
    }
}

/// A handler returns final responses, and never a reserved code.
fn check_final(entry: &StatusEntry, key: &StatusKey, errors: &mut Errors) -> bool {
    if !entry.is_final() {
        errors.spanned(
            key,
            format!(
                "`{}` is an informational (1xx) status: a server sends it before the \
                 final response, so a handler cannot return it; list only final \
                 statuses (2xx to 5xx)",
                entry.title()
            ),
        );
        return false;
    }
    if entry.standing == Standing::Unused {
        errors.spanned(
            key,
            format!(
                "`{}` is reserved and must never be sent: {} ({})",
                entry.title(),
                entry.standing_note.unwrap_or_default(),
                entry.citation()
            ),
        );
        return false;
    }
    true
}

/// A warning for a deprecated or obsolete status: a use of its per-status
/// type, which `responses` marks `#[deprecated]` with the reason, spanned at
/// the user's token (stable Rust has no other way for a procedural macro to
/// warn). The message then names `responses::response::UseProxy`, a path the
/// user can look up, rather than a helper of the expansion.
fn deprecation(entry: &StatusEntry, key: &StatusKey) -> TokenStream {
    if !matches!(entry.standing, Standing::Deprecated | Standing::Obsolete) {
        return TokenStream::new();
    }
    let name = Ident::new(entry.name, key.span());
    quote_spanned! {key.span()=>
        const _: ::core::marker::PhantomData<::responses::response::#name> =
            ::core::marker::PhantomData;
    }
}
