//! What every `impl` block of the expansion starts with: the enum's generic
//! parameters (with the spans and hygiene rustc's suggestions need), its
//! `where` clause, the bounds the integrations put on body types, its
//! visibility and `#[allow(deprecated)]`.

use crate::ast::{ResponseEnum, Variant};
use crate::emit::Out;
use crate::registry::Standing;
use proc_macro2::{Group, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::{Type, Visibility};

fn has_deprecated(model: &ResponseEnum<'_>) -> bool {
    model.variants.iter().any(|variant| {
        matches!(
            variant.entry.standing,
            Standing::Deprecated | Standing::Obsolete
        )
    })
}

/// `#[allow(deprecated)]` where the enum names a deprecated status: the
/// warning is given once, at the status the caller wrote.
pub(super) fn allow_deprecated(out: &mut Out, model: &ResponseEnum<'_>) {
    if has_deprecated(model) {
        out.text("#[allow(deprecated)]");
    }
}

pub(super) fn visibility(out: &mut Out, vis: &Visibility) {
    match vis {
        Visibility::Inherited => {}
        Visibility::Public(_) => {
            out.text("pub ");
        }
        Visibility::Restricted(_) => {
            out.tokens(vis);
        }
    }
}

/// What an `impl` block of the expansion implements.
#[derive(Clone, Copy)]
pub(super) enum ImplOf {
    /// The enum's own items.
    Inherent,
    /// `::responses::Responses`.
    Responses,
    /// axum's `IntoResponse`.
    IntoResponse,
    /// actix-web's `Responder`.
    Responder,
    /// utoipa's `IntoResponses`.
    IntoResponses,
    /// `::responses::openapi::BodySchemas`.
    BodySchemas,
    /// `::responses::decode::Decode`.
    Decode,
}

impl ImplOf {
    /// The trait's path, if it is a trait.
    fn path(self) -> Option<&'static str> {
        match self {
            ImplOf::Inherent => None,
            ImplOf::Responses => Some("::responses::Responses"),
            ImplOf::IntoResponse => Some("::responses::__private::axum::IntoResponse"),
            ImplOf::Responder => Some("::responses::__private::actix::Responder"),
            ImplOf::IntoResponses => Some("::responses::__private::utoipa::IntoResponses"),
            ImplOf::BodySchemas => Some("::responses::__private::utoipa::BodySchemas"),
            ImplOf::Decode => Some("::responses::decode::Decode"),
        }
    }
}

/// `impl<..> Trait for Enum<..> where ..` up to the predicates of `where`,
/// which the caller extends when `more`.
pub(super) fn impl_header(out: &mut Out, model: &ResponseEnum<'_>, of: ImplOf, more: bool) {
    impl_generics(out, model);
    if let Some(path) = of.path() {
        out.text(path).text(" for ");
    }
    self_type(out, model);
    where_clause(out, model, more);
}

/// `impl<..> `, with the enum's generics and their bounds.
pub(super) fn impl_generics(out: &mut Out, model: &ResponseEnum<'_>) {
    out.text("impl");
    let generics = &model.input.generics;
    if !generics.params.is_empty() {
        let (impl_generics, _, _) = generics.split_for_impl();
        out.tokens(&declared_generics(model, impl_generics.to_token_stream()));
    }
    out.text(" ");
}

/// `Enum<..>`.
pub(super) fn self_type(out: &mut Out, model: &ResponseEnum<'_>) {
    out.tokens(&model.input.ident);
    let generics = &model.input.generics;
    if !generics.params.is_empty() {
        let (_, ty_generics, _) = generics.split_for_impl();
        out.tokens(&ty_generics);
    }
}

/// `where` and the enum's own predicates, each followed by a comma; no
/// `where` when there are none and the caller adds none (`more`).
pub(super) fn where_clause(out: &mut Out, model: &ResponseEnum<'_>, more: bool) {
    let own = model
        .input
        .generics
        .where_clause
        .as_ref()
        .map(|clause| &clause.predicates)
        .filter(|predicates| !predicates.is_empty());
    if own.is_none() && !more {
        return;
    }
    out.text(" where ");
    for predicate in own.into_iter().flatten() {
        out.tokens(predicate).text(",");
    }
}

/// Generic parameters where an item of the expansion declares them, with
/// spans rustc does not suggest edits at. To a name that does not resolve
/// inside generic arguments (`Ok<Usr>`), rustc adds "you might be missing
/// a type parameter" where it can edit the item's generics; the expansion
/// writes a body type in several items, and that one help made the error
/// in one of them differ from the same error in the others, so rustc
/// showed it twice. In the attribute form the parameters keep the user's
/// locations, with the macro's hygiene; in the derive form rustc still
/// suggests at such a span (it points at the user's code), so there they
/// sit at the derive itself. (The derive's enum is the caller's; its
/// fields are not inside generic arguments, so it gets no help either.)
pub(super) fn declared_generics(model: &ResponseEnum<'_>, generics: TokenStream) -> TokenStream {
    if model.declares {
        with_macro_context(generics)
    } else {
        generics
            .into_iter()
            .map(|mut tree| {
                if let TokenTree::Group(group) = &tree {
                    let inner = declared_generics(model, group.stream());
                    let mut group = Group::new(group.delimiter(), inner);
                    group.set_span(Span::call_site());
                    tree = TokenTree::Group(group);
                } else {
                    tree.set_span(Span::call_site());
                }
                tree
            })
            .collect()
    }
}

/// `tokens` where they are, with the hygiene of the macro's call site
/// (which resolves names as the user's tokens do).
fn with_macro_context(tokens: TokenStream) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut tree| {
            if let TokenTree::Group(group) = &tree {
                let mut inner = Group::new(group.delimiter(), with_macro_context(group.stream()));
                inner.set_span(Span::call_site().located_at(group.span()));
                tree = TokenTree::Group(inner);
            } else {
                tree.set_span(Span::call_site().located_at(tree.span()));
            }
            tree
        })
        .collect()
}

/// `tokens` with every `Self` replaced by `with`.
pub(super) fn replace_self(tokens: TokenStream, with: &TokenStream) -> TokenStream {
    tokens
        .into_iter()
        .flat_map(|tree| match tree {
            TokenTree::Ident(ident) if ident == "Self" => with.clone(),
            TokenTree::Group(group) => {
                let mut replaced =
                    Group::new(group.delimiter(), replace_self(group.stream(), with));
                replaced.set_span(group.span());
                TokenTree::Group(replaced).into()
            }
            other => other.into(),
        })
        .collect()
}

/// The predicates `bound` on the variants' body types and `set_bound` on
/// every included set, `set_bound` being a trait of `responses::included`,
/// given the bound's lifetime (`for<'a> ApiError: IncludedResponse<'a>`;
/// that module's documentation says why).
///
/// A per-status type implements a framework's trait when its body does
/// (and always when it has none), so a bound on each body is all the impl
/// needs: bodyless statuses add no predicate, and each predicate is about
/// the caller's type itself, which the trait solver settles with one impl
/// lookup rather than through the per-status type's impl. Bodies that
/// print alike are not merged: two different types can print alike
/// (`$crate::Body` from two crates' `macro_rules!`).
///
/// Each bound is higher-ranked (`for<'a> User: IntoResponse`).
/// A plain bound on concrete types is checked where the impl is written, so
/// enabling `responses/axum` anywhere in a build would break every enum
/// whose bodies are not `IntoResponse`; a higher-ranked bound is checked
/// only where the impl is used, which is where the error belongs.
pub(super) fn bounds(
    out: &mut Out,
    model: &ResponseEnum<'_>,
    bound: &'static str,
    set_bound: &'static str,
) {
    for body in distinct_bodies(model) {
        higher_ranked(out, model);
        out.tokens(body).text(": ").text(bound).text(",");
    }
    for set in &model.sets {
        higher_ranked(out, model);
        out.tokens(&set.ty).text(": ").text(set_bound).text("<");
        out.text(model.names.lifetime).text(">,");
    }
}

/// The body types of the variants, unregistered codes and ranges, each once: rustc proves a
/// repeated where-predicate again at every use, for nothing
/// (BENCHMARKS.md, issue 24).
pub(super) fn distinct_bodies<'m>(model: &'m ResponseEnum<'_>) -> Vec<&'m Type> {
    let mut seen: Vec<String> = Vec::new();
    let mut bodies = Vec::new();
    let ranges = model.ranges.iter().map(|range| &range.body);
    let customs = model
        .customs
        .iter()
        .filter_map(|custom| custom.body.as_ref());
    for body in model
        .variants
        .iter()
        .filter_map(Variant::body)
        .chain(customs)
        .chain(ranges)
    {
        let text = body.to_token_stream().to_string();
        if !seen.contains(&text) {
            seen.push(text);
            bodies.push(body);
        }
    }
    bodies
}

/// `for<'a> `, which makes the predicate after it higher-ranked: see
/// [`bounds`].
pub(super) fn higher_ranked(out: &mut Out, model: &ResponseEnum<'_>) {
    out.text("for<").text(model.names.lifetime).text("> ");
}
