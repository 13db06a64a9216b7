//! The lifetimes of a body type, checked token by token: a field cannot
//! elide one, and may name only the enum's own, `'static`, or one a
//! `for<..>` of the type binds.

use crate::ctxt::Errors;
use crate::pretty::type_text;
use proc_macro2::{Ident, TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt as _;
use syn::{Generics, Type};

/// What is wrong with a lifetime in a body type.
enum LifetimeProblem {
    /// `&T` or `'_` where a field needs a named lifetime.
    Elided(TokenStream),
    /// `'a` that neither the enum nor a `for<..>` of the type declares.
    Undeclared(TokenStream, String),
}

/// A body type's lifetimes. A field cannot elide one, and may name only
/// the enum's own, `'static`, or one a `for<..>` in the type binds (the
/// parameters and return type of a function type or `Fn(..)` elide as
/// usual). rustc would report a problem at every place the expansion
/// writes the type, with suggestions that point into the attribute; this
/// reports it once.
pub(super) fn check_lifetimes(
    body: &Type,
    generics: &Generics,
    enum_name: &Ident,
    errors: &mut Errors,
) -> bool {
    let Some(problem) = type_lifetime_problem(body, generics) else {
        return true;
    };
    let text = type_text(body);
    match problem {
        LifetimeProblem::Elided(at) => {
            let write = if at.to_string().starts_with('&') {
                "after the `&` (`&'a str`)"
            } else {
                "in place of `'_`"
            };
            errors.spanned(
                at,
                format!(
                    "`{text}` borrows without a named lifetime, which a variant's field \
                     needs: declare one on the enum (`enum {enum_name}<'a>`) and write \
                     it {write}, or use an owned type (`String`)"
                ),
            );
        }
        LifetimeProblem::Undeclared(at, name) => {
            let mut params: Vec<String> = generics
                .lifetimes()
                .map(|param| format!("'{}", param.lifetime.ident))
                .collect();
            params.push(format!("'{name}"));
            errors.spanned(
                at,
                format!(
                    "lifetime `'{name}` in `{text}` is not declared: a body type may use \
                     the enum's lifetime parameters and `'static`; declare it \
                     (`enum {enum_name}<{}>`)",
                    params.join(", ")
                ),
            );
        }
    }
    false
}

/// Whether `ty` has a lifetime problem in an enum with `generics`.
pub(super) fn has_lifetime_problem(ty: &Type, generics: &Generics) -> bool {
    type_lifetime_problem(ty, generics).is_some()
}

/// The first lifetime problem of `ty` in an enum with `generics`.
fn type_lifetime_problem(ty: &Type, generics: &Generics) -> Option<LifetimeProblem> {
    let tokens: Vec<TokenTree> = ty.to_token_stream().into_iter().collect();
    let mut declared: Vec<String> = generics
        .lifetimes()
        .map(|param| param.lifetime.ident.to_string())
        .collect();
    declared.push("static".to_owned());
    bound_lifetimes(&tokens, &mut declared);
    lifetime_problem(&tokens, &declared, false)
}

/// Every lifetime a `for<..>` in `tokens` binds.
fn bound_lifetimes(tokens: &[TokenTree], into: &mut Vec<String>) {
    for (index, tree) in tokens.iter().enumerate() {
        match tree {
            TokenTree::Ident(ident) if ident == "for" => {
                let mut rest = tokens[index + 1..].iter();
                if !matches!(rest.next(), Some(TokenTree::Punct(p)) if p.as_char() == '<') {
                    continue;
                }
                for tree in rest {
                    match tree {
                        TokenTree::Punct(p) if p.as_char() == '>' => break,
                        TokenTree::Ident(ident) => into.push(ident.unraw().to_string()),
                        _ => {}
                    }
                }
            }
            TokenTree::Group(group) => {
                let inner: Vec<TokenTree> = group.stream().into_iter().collect();
                bound_lifetimes(&inner, into);
            }
            _ => {}
        }
    }
}

/// The first lifetime problem in `tokens`; `elision` when they are a
/// function's parameters or return type, where eliding is allowed.
fn lifetime_problem(
    tokens: &[TokenTree],
    declared: &[String],
    elision: bool,
) -> Option<LifetimeProblem> {
    let is_punct = |tree: Option<&TokenTree>, c: char| matches!(tree, Some(TokenTree::Punct(p)) if p.as_char() == c);
    // Angle-bracket depth of a return type being read (`-> ..`), which
    // ends at a `,` or at the `>` that closes what it sits in.
    let mut returning: Option<usize> = None;
    let mut index = 0;
    while index < tokens.len() {
        let elides = elision || returning.is_some();
        match &tokens[index] {
            TokenTree::Punct(p) if p.as_char() == '-' && is_punct(tokens.get(index + 1), '>') => {
                returning = Some(0);
                index += 1;
            }
            TokenTree::Punct(p) if p.as_char() == '<' => {
                if let Some(depth) = &mut returning {
                    *depth += 1;
                }
            }
            TokenTree::Punct(p) if p.as_char() == '>' => {
                returning = match returning {
                    Some(depth) if depth > 0 => Some(depth - 1),
                    _ => None,
                };
            }
            TokenTree::Punct(p) if p.as_char() == ',' && returning == Some(0) => {
                returning = None;
            }
            TokenTree::Punct(p) if p.as_char() == '\'' => {
                if let Some(TokenTree::Ident(name)) = tokens.get(index + 1) {
                    let at: TokenStream = tokens[index..=index + 1].iter().cloned().collect();
                    let name = name.unraw().to_string();
                    if name == "_" {
                        if !elides {
                            return Some(LifetimeProblem::Elided(at));
                        }
                    } else if !declared.contains(&name) {
                        return Some(LifetimeProblem::Undeclared(at, name));
                    }
                    index += 1;
                }
            }
            // `&&T` is two references: the first is reported.
            TokenTree::Punct(p)
                if p.as_char() == '&' && !elides && !is_punct(tokens.get(index + 1), '\'') =>
            {
                return Some(LifetimeProblem::Elided(tokens[index].clone().into()));
            }
            TokenTree::Group(group) => {
                let inner: Vec<TokenTree> = group.stream().into_iter().collect();
                // `fn(..)` and `Fn(..)`: parameters, where eliding is allowed.
                let parameters = group.delimiter() == proc_macro2::Delimiter::Parenthesis
                    && matches!(
                        index.checked_sub(1).map(|i| &tokens[i]),
                        Some(TokenTree::Ident(ident)) if ident != "mut" && ident != "const" && ident != "dyn"
                    );
                if let Some(problem) = lifetime_problem(&inner, declared, elides || parameters) {
                    return Some(problem);
                }
            }
            _ => {}
        }
        index += 1;
    }
    None
}
