//! The rules on a lowered enum's parts: bodies where content is
//! forbidden, types that cannot be fields, duplicate statuses, and the
//! included sets.

use crate::ast::{Set, Variant};
use crate::ctxt::Errors;
use crate::pretty::type_text;
use crate::registry::StatusEntry;
use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use std::mem;
use syn::{DeriveInput, Type};

/// Content is forbidden on 1xx, 204, 205 and 304.
pub(super) fn check_body(entry: &StatusEntry, body: &Type, errors: &mut Errors) -> bool {
    if !entry.content_forbidden {
        return true;
    }
    let hint = match entry.code {
        304 => "a 304 tells the client to reuse its cached copy",
        _ => "to send data back, use 200 OK",
    };
    errors.spanned(
        body,
        format!(
            "`{}` responses cannot have content ({}): remove the body type `{}`; {hint}",
            entry.title(),
            entry.citation(),
            type_text(body)
        ),
    );
    false
}

/// `_` and `impl Trait` are no field types. The body type is written in
/// several places of the expansion, and rustc would refuse each of them.
pub(super) fn check_field_type(body: &Type, errors: &mut Errors) -> bool {
    fn find(tokens: TokenStream) -> Option<&'static str> {
        let mut lifetime = false;
        tokens.into_iter().find_map(|tree| {
            // `'_` is a lifetime (see `check_lifetimes`), not a type.
            let after_quote = mem::replace(
                &mut lifetime,
                matches!(&tree, TokenTree::Punct(p) if p.as_char() == '\''),
            );
            match tree {
                TokenTree::Ident(ident) if ident == "_" && !after_quote => Some("_"),
                TokenTree::Ident(ident) if ident == "impl" => Some("impl"),
                TokenTree::Group(group) => find(group.stream()),
                _ => None,
            }
        })
    }
    let message = match find(body.to_token_stream()) {
        None => return true,
        Some("_") => format!(
            "`{}` cannot be a body type: the type of a variant's field is never \
             inferred; write it out",
            type_text(body)
        ),
        Some(_) => format!(
            "`{}` cannot be a body type: a variant's field has a named type, not \
             `impl Trait`; name the type, or box a closure or iterator (`Box<dyn Fn()>`)",
            type_text(body)
        ),
    };
    errors.spanned(body, message);
    false
}

/// Reports each status listed a second time, at both places, and drops it.
pub(super) fn remove_duplicates(variants: &mut Vec<Variant>, errors: &mut Errors) {
    let mut kept: Vec<Variant> = Vec::with_capacity(variants.len());
    for variant in variants.drain(..) {
        if let Some(first) = kept.iter().find(|v| v.entry.code == variant.entry.code) {
            errors.spanned(
                &variant.key,
                format!(
                    "duplicate status: `{}` is listed twice",
                    variant.entry.title()
                ),
            );
            errors.spanned(
                &first.key,
                format!("`{}` first listed here", first.entry.title()),
            );
        } else {
            kept.push(variant);
        }
    }
    *variants = kept;
}

/// Each set included once, under a variant name of its own, and without
/// the enum's generic parameters (the included statuses are computed where
/// they are not known). Sets that break a rule are reported and dropped.
pub(super) fn check_sets(
    input: &DeriveInput,
    variants: &[Variant],
    sets: &mut Vec<Set>,
    errors: &mut Errors,
) -> Vec<Set> {
    let params: Vec<String> = input
        .generics
        .params
        .iter()
        .map(|param| match param {
            syn::GenericParam::Type(param) => param.ident.to_string(),
            syn::GenericParam::Const(param) => param.ident.to_string(),
            syn::GenericParam::Lifetime(param) => param.lifetime.to_string(),
        })
        .collect();
    let mut kept: Vec<Set> = Vec::with_capacity(sets.len());
    let mut held = Vec::new();
    for set in sets.drain(..) {
        let text = type_text(&set.ty);
        if text == "Self" || text.split('<').next() == Some(input.ident.to_string().as_str()) {
            errors.push(syn::Error::new(
                set.span,
                format!(
                    "`{}` cannot include itself: an included set is a variant holding \
                     the other enum, so the enum would contain itself",
                    input.ident
                ),
            ));
            continue;
        }
        if let Some(first) = kept.iter().find(|kept| type_text(&kept.ty) == text) {
            errors.push(syn::Error::new(
                set.span,
                format!("duplicate set: `..{text}` is included twice"),
            ));
            errors.push(syn::Error::new(
                first.span,
                format!("`..{text}` first included here"),
            ));
            continue;
        }
        if let Some(param) = generic_param_in(&set.ty, &params) {
            errors.push(syn::Error::new(
                set.span,
                format!(
                    "an included set cannot use the enum's generic parameter `{param}`: \
                     the statuses of `..{text}` are computed at compile time, where \
                     `{param}` is not known; include the set with concrete arguments"
                ),
            ));
            held.push(set);
            continue;
        }
        let clash = variants
            .iter()
            .map(|variant| (&variant.ident, variant.entry.title()))
            .chain(
                kept.iter()
                    .map(|kept| (&kept.ident, format!("..{}", type_text(&kept.ty)))),
            )
            .find(|(ident, _)| **ident == set.ident);
        if let Some((_, other)) = clash {
            errors.push(syn::Error::new(
                set.span,
                format!(
                    "`..{text}` would be the variant `{}`, which `{other}` already is; \
                     import the set under another name (`use path::{} as Other;`)",
                    set.ident, set.ident
                ),
            ));
            continue;
        }
        kept.push(set);
    }
    *sets = kept;
    held
}

/// The first of `params` (generic parameter names) that `ty` mentions.
fn generic_param_in(ty: &Type, params: &[String]) -> Option<String> {
    fn find(tokens: TokenStream, params: &[String]) -> Option<String> {
        let mut lifetime = false;
        for token in tokens {
            match token {
                proc_macro2::TokenTree::Group(group) => {
                    if let Some(found) = find(group.stream(), params) {
                        return Some(found);
                    }
                }
                proc_macro2::TokenTree::Punct(punct) => {
                    lifetime = punct.as_char() == '\'';
                    continue;
                }
                proc_macro2::TokenTree::Ident(ident) => {
                    let name = if lifetime {
                        format!("'{ident}")
                    } else {
                        ident.to_string()
                    };
                    if params.contains(&name) {
                        return Some(name);
                    }
                }
                proc_macro2::TokenTree::Literal(_) => {}
            }
            lifetime = false;
        }
        None
    }
    if params.is_empty() {
        return None;
    }
    find(ty.to_token_stream(), params)
}
