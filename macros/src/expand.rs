//! Code generation: the enum, its constructors and its impls, from a
//! validated model, written through [`Out`] (source text for our own code,
//! the caller's tokens spliced in whole).
//!
//! Generated code names everything by absolute path (`::core::..`,
//! `::responses::..`), so it survives a caller that shadows prelude names or
//! uses `#![no_implicit_prelude]`.

use crate::ast::{ResponseEnum, Set, Shape, Variant};
use crate::ctxt::Errors;
use crate::emit::{Delim, Out};
use crate::registry::Standing;
use crate::{attr, crate_path, docs, fallback, stacked, valid};
use proc_macro2::{Group, Ident, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote, quote_spanned};
use syn::{Data, DeriveInput, Type, Visibility};

/// `#[responses(..)]`.
pub(crate) fn attribute(args: TokenStream, item: &TokenStream) -> TokenStream {
    let mut errors = Errors::default();
    let Ok(mut input) = syn::parse2::<DeriveInput>(item.clone()) else {
        errors.push(syn::Error::new(
            Span::call_site(),
            "#[responses] goes on an empty enum, such as `enum CreateUser {}`; \
             it generates one variant per status",
        ));
        return fallback::original_item(item, &errors.into_compile_errors());
    };
    stacked::attribute_alone(&mut input.attrs, &mut errors);
    let (crate_path, args) = attr::responses_args(args, &mut errors);
    let model = valid::attribute_enum(&input, args, &mut errors);
    if !matches!(input.data, Data::Enum(_)) {
        return fallback::original_item(item, &errors.into_compile_errors());
    }
    let mut out = Out::default();
    enum_definition(&mut out, &model);
    constructors(&mut out, &model);
    from_impls(&mut out, &model);
    set_from_impls(&mut out, &model);
    common(&mut out, &model);
    out.tokens(&model.warnings);
    out.tokens(&errors.into_compile_errors());
    renamed(out.finish(), crate_path.as_ref())
}

/// The expansion with `::responses` replaced by the caller's `crate = path`.
fn renamed(expansion: TokenStream, path: Option<&syn::Path>) -> TokenStream {
    match path {
        Some(path) => crate_path::rename(expansion, path),
        None => expansion,
    }
}

/// `#[derive(Responses)]`.
pub(crate) fn derive(item: TokenStream) -> TokenStream {
    let input = match syn::parse2::<DeriveInput>(item) {
        Ok(input) => input,
        Err(error) => return error.into_compile_error(),
    };
    let mut errors = Errors::default();
    if stacked::derive_under_attribute(&input, &mut errors) {
        return errors.into_compile_errors();
    }
    let crate_path = attr::enum_crate_path(&input.attrs, &mut errors);
    let model = valid::derive_enum(&input, &mut errors);
    if !matches!(input.data, Data::Enum(_)) {
        return errors.into_compile_errors();
    }
    let mut out = Out::default();
    set_from_impls(&mut out, &model);
    common(&mut out, &model);
    out.tokens(&model.warnings);
    out.tokens(&errors.into_compile_errors());
    renamed(out.finish(), crate_path.as_ref())
}

/// `status!(..)`.
pub(crate) fn status(input: TokenStream) -> TokenStream {
    let (path, key) = match syn::parse::Parser::parse2(attr::macro_args, input) {
        Ok(args) => args,
        Err(error) => return error.into_compile_error(),
    };
    let expansion = match valid::resolve(&key) {
        Ok(entry) => {
            let constant = Ident::new(entry.constant, key.span());
            quote!(::responses::Status::#constant)
        }
        // Valid in an expression and in a pattern, of type `Status`, so the
        // error stands alone (see `StatusFallback`).
        Err(error) => {
            let error = error.into_compile_error();
            quote!(<::responses::Status as ::responses::__private::StatusFallback<#error>>::STATUS)
        }
    };
    renamed(expansion, path.as_ref())
}

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
pub(crate) fn allow_deprecated(out: &mut Out, model: &ResponseEnum<'_>) {
    if has_deprecated(model) {
        out.text("#[allow(deprecated)]");
    }
}

pub(crate) fn visibility(out: &mut Out, vis: &Visibility) {
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
pub(crate) enum ImplOf {
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
            ImplOf::Decode => Some("::responses::decode::Decode"),
        }
    }
}

/// `impl<..> Trait for Enum<..> where ..` up to the predicates of `where`,
/// which the caller extends when `more`.
pub(crate) fn impl_header(out: &mut Out, model: &ResponseEnum<'_>, of: ImplOf, more: bool) {
    impl_generics(out, model);
    if let Some(path) = of.path() {
        out.text(path).text(" for ");
    }
    self_type(out, model);
    where_clause(out, model, more);
}

/// `impl<..> `, with the enum's generics and their bounds.
pub(crate) fn impl_generics(out: &mut Out, model: &ResponseEnum<'_>) {
    out.text("impl");
    let generics = &model.input.generics;
    if !generics.params.is_empty() {
        let (impl_generics, _, _) = generics.split_for_impl();
        out.tokens(&declared_generics(model, impl_generics.to_token_stream()));
    }
    out.text(" ");
}

/// `Enum<..>`.
pub(crate) fn self_type(out: &mut Out, model: &ResponseEnum<'_>) {
    out.tokens(&model.input.ident);
    let generics = &model.input.generics;
    if !generics.params.is_empty() {
        let (_, ty_generics, _) = generics.split_for_impl();
        out.tokens(&ty_generics);
    }
}

/// `where` and the enum's own predicates, each followed by a comma; no
/// `where` when there are none and the caller adds none (`more`).
pub(crate) fn where_clause(out: &mut Out, model: &ResponseEnum<'_>, more: bool) {
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

/// The per-status type a variant turns into, `::responses::response::Created<User>`.
pub(crate) fn response_type(out: &mut Out, variant: &Variant) {
    out.text("::responses::response::").text(variant.entry.name);
    if variant.entry.content_forbidden {
        return;
    }
    match variant.body() {
        Some(body) => {
            out.text("<").tokens(body).text(">");
        }
        None => {
            out.text("<::responses::response::Empty>");
        }
    }
}

/// The variant's name where code uses it: in the attribute form the
/// status's name, as text (only the declaration carries the location of
/// the status in the attribute); in the derive form the caller's name.
fn variant_name(out: &mut Out, variant: &Variant) {
    match variant.shape {
        Shape::Typed { .. } => {
            out.text(variant.entry.name);
        }
        Shape::Fields { .. } => {
            out.tokens(&variant.ident);
        }
    }
}

/// `#[doc = ..]` with `literal`, the source text of a string literal.
fn doc(out: &mut Out, literal: &str) {
    out.text("#").group(Delim::Bracket, |out| {
        out.text("doc = ").text(literal);
    });
}

/// The enum's variants in the order declared: statuses and included sets.
enum Part<'m> {
    Status(&'m Variant),
    Set(&'m Set),
}

fn declared<'m>(model: &'m ResponseEnum<'_>) -> Vec<Part<'m>> {
    let mut parts = Vec::with_capacity(model.variants.len() + model.sets.len());
    let mut sets = model.sets.iter().peekable();
    for (index, variant) in model.variants.iter().enumerate() {
        while let Some(set) = sets.next_if(|set| set.position <= index) {
            parts.push(Part::Set(set));
        }
        parts.push(Part::Status(variant));
    }
    parts.extend(sets.map(Part::Set));
    parts
}

/// The enum itself (attribute form): the user's attributes and docs, the
/// table of statuses, and one documented variant per status and per
/// included set.
fn enum_definition(out: &mut Out, model: &ResponseEnum<'_>) {
    let DeriveInput {
        attrs,
        vis,
        ident,
        generics,
        ..
    } = model.input;
    for attr in attrs {
        out.tokens(attr);
    }
    let table = docs::enum_table(&model.variants);
    doc(out, &format!("{table:?}"));
    if !model.sets.is_empty() {
        let names: Vec<String> = model
            .sets
            .iter()
            .map(|set| format!("`{}`", valid::type_text(&set.ty)))
            .collect();
        let line = format!(
            "\nAnd every status of {} (included sets; `STATUSES` lists them all).",
            names.join(", ")
        );
        doc(out, &format!("{line:?}"));
    }
    if !attrs.iter().any(|attr| attr.path().is_ident("must_use")) {
        out.text(r#"#[must_use = "a response does nothing until it is returned"]"#);
    }
    allow_deprecated(out, model);
    visibility(out, vis);
    out.text("enum ").tokens(ident);
    // Written by the macro (`<>` when empty): see `declared_generics`.
    if generics.params.is_empty() {
        out.text("<>");
    } else {
        out.tokens(&declared_generics(model, generics.to_token_stream()));
    }
    if let Some(clause) = &generics.where_clause {
        out.tokens(clause);
    }
    out.group(Delim::Brace, |out| {
        let held = model.held.iter().map(Part::Set);
        for part in declared(model).into_iter().chain(held) {
            match part {
                Part::Status(variant) => {
                    doc(out, docs::variant(variant.entry));
                    out.tokens(&variant.ident);
                    out.group(Delim::Paren, |out| response_type(out, variant));
                }
                Part::Set(set) => {
                    let text = format!(
                        "Any response of `{}`, whose statuses this enum includes.",
                        valid::type_text(&set.ty)
                    );
                    doc(out, &format!("{text:?}"));
                    out.tokens(&set.ident);
                    out.group(Delim::Paren, |out| {
                        out.tokens(&set.ty);
                    });
                }
            }
            out.text(",");
        }
    });
}

/// One constructor per variant (attribute form), with the parameters the
/// status needs. An included set's statuses are built with the set's own
/// constructors and converted with `.into()`: this macro cannot see them.
fn constructors(out: &mut Out, model: &ResponseEnum<'_>) {
    if model.variants.is_empty() {
        return;
    }
    // A handler need not use every constructor of its enum.
    out.text("#[allow(dead_code)]");
    allow_deprecated(out, model);
    impl_header(out, model, ImplOf::Inherent, false);
    out.group(Delim::Brace, |out| {
        for variant in &model.variants {
            constructor(out, model, variant);
            located_constructor(out, model, variant);
        }
    });
}

fn constructor(out: &mut Out, model: &ResponseEnum<'_>, variant: &Variant) {
    let entry = variant.entry;
    doc(out, docs::constructor(entry));
    out.text("#[inline] ");
    visibility(out, &model.input.vis);
    let name = Ident::new(
        &entry.snake_name(),
        Span::call_site().located_at(variant.key.span()),
    );
    out.text("fn ").tokens(&name);
    out.group(Delim::Paren, |out| {
        for header in entry.constructor_headers {
            out.text(header.param())
                .text(": impl ::core::convert::Into<::responses::header::")
                .text(header.ty())
                .text(">,");
        }
        if let Some(body) = variant.body() {
            out.text("body: ").tokens(body);
        }
    });
    out.text(" -> Self").group(Delim::Brace, |out| {
        out.text("Self::").text(entry.name);
        out.group(Delim::Paren, |out| {
            out.text("::responses::response::")
                .text(entry.name)
                .text("::");
            let constructor = if variant.body().is_some() || entry.content_forbidden {
                "new"
            } else {
                "empty"
            };
            out.text(constructor);
            out.group(Delim::Paren, |out| {
                for header in entry.constructor_headers {
                    out.text(header.param()).text(",");
                }
                if variant.body().is_some() {
                    out.text("body");
                }
            });
        });
    });
}

/// `created_at(location, body)`: for a status that is expected to carry a
/// `Location` its constructor does not take (201, 300), the constructor
/// with that field set, as ASP.NET's `Created(uri, value)`.
fn located_constructor(out: &mut Out, model: &ResponseEnum<'_>, variant: &Variant) {
    let entry = variant.entry;
    let Some(header) = entry
        .builder_headers()
        .find(|header| header.name == "Location")
    else {
        return;
    };
    let snake = entry.snake_name();
    let text = format!(
        "Creates the [`{}`](Self::{}) response with its `Location` header field: \
         [`{snake}`](Self::{snake}) with the field set.",
        entry.title(),
        entry.name
    );
    doc(out, &format!("{text:?}"));
    out.text("#[inline] ");
    visibility(out, &model.input.vis);
    let name = Ident::new(
        &format!("{snake}_at"),
        Span::call_site().located_at(variant.key.span()),
    );
    out.text("fn ").tokens(&name);
    out.group(Delim::Paren, |out| {
        out.text("location: impl ::core::convert::Into<::responses::header::")
            .text(header.ty())
            .text(">,");
        if let Some(body) = variant.body() {
            out.text("body: ").tokens(body);
        }
    });
    out.text(" -> Self").group(Delim::Brace, |out| {
        out.text("Self::").text(entry.name);
        out.group(Delim::Paren, |out| {
            out.text("::responses::response::")
                .text(entry.name)
                .text("::");
            if variant.body().is_some() {
                out.text("new").group(Delim::Paren, |out| {
                    out.text("body");
                });
            } else {
                out.text("empty").group(Delim::Paren, |_| {});
            }
            out.text(".").text(header.param());
            out.group(Delim::Paren, |out| {
                out.text("location");
            });
        });
    });
}

/// `From<per-status type>` for the enum (attribute form), so a response
/// built with the per-status type's builder methods converts with `.into()`.
fn from_impls(out: &mut Out, model: &ResponseEnum<'_>) {
    for variant in &model.variants {
        out.text("#[automatically_derived]");
        allow_deprecated(out, model);
        impl_generics(out, model);
        out.text("::core::convert::From<");
        response_type(out, variant);
        out.text("> for ");
        self_type(out, model);
        where_clause(out, model, false);
        out.group(Delim::Brace, |out| {
            out.text("#[inline] fn from");
            out.group(Delim::Paren, |out| {
                out.text("response: ");
                response_type(out, variant);
            });
            out.text(" -> Self").group(Delim::Brace, |out| {
                out.text("Self::")
                    .text(variant.entry.name)
                    .text("(response)");
            });
        });
    }
}

/// `From<Set>` for the enum (both forms), so a response of an included set
/// converts with `.into()`: `ApiError::unauthorized(..).into()`.
fn set_from_impls(out: &mut Out, model: &ResponseEnum<'_>) {
    for set in &model.sets {
        out.text("#[automatically_derived]");
        impl_generics(out, model);
        out.text("::core::convert::From<")
            .tokens(&set.ty)
            .text("> for ");
        self_type(out, model);
        where_clause(out, model, false);
        out.group(Delim::Brace, |out| {
            out.text("#[inline] fn from");
            out.group(Delim::Paren, |out| {
                out.text("response: ").tokens(&set.ty);
            });
            out.text(" -> Self").group(Delim::Brace, |out| {
                out.text("Self::").tokens(&set.ident).text("(response)");
            });
        });
    }
}

/// What both forms get: `STATUSES`, `status()`, the `Responses` trait, the
/// overlap checks of included sets and the impls of the framework
/// integrations that `responses` was built with (each feature of
/// `responses` turns on the same feature of this crate).
fn common(out: &mut Out, model: &ResponseEnum<'_>) {
    out.text("#[allow(dead_code)]");
    allow_deprecated(out, model);
    impl_header(out, model, ImplOf::Inherent, false);
    out.group(Delim::Brace, |out| {
        statuses_const(out, model);
        status_fn(out, model);
    });

    out.text("#[automatically_derived]");
    allow_deprecated(out, model);
    impl_header(out, model, ImplOf::Responses, false);
    out.text(
        "{ const STATUSES: &'static [::responses::Status] = Self::STATUSES; \
         #[inline] fn status(&self) -> ::responses::Status { Self::status(self) } }",
    );
    overlap_checks(out, model);

    http_impl(out, model);
    if cfg!(feature = "axum") {
        axum_impl(out, model);
    }
    if cfg!(feature = "actix-web") {
        actix_impl(out, model);
        actix_error_impl(out, model);
    }
    if cfg!(feature = "utoipa") {
        utoipa_impl(out, model);
    }
    crate::decode::decode_impl(out, model);
}

/// `<Set as ::responses::Responses>`: every use of an included set goes
/// through the trait, so a path that is not a response enum gives one error
/// (the trait's `on_unimplemented` message), not one per use.
fn set_as_responses(out: &mut Out, set: &Set) {
    out.text("<")
        .tokens(&set.ty)
        .text(" as ::responses::Responses>");
}

/// `Status::CREATED,` for each of `variants`.
fn status_constants<'v>(out: &mut Out, variants: impl IntoIterator<Item = &'v Variant>) {
    for variant in variants {
        out.text("::responses::Status::")
            .text(variant.entry.constant)
            .text(",");
    }
}

/// `STATUSES`: the enum's own statuses and, with included sets, theirs,
/// concatenated by const evaluation in the order declared.
fn statuses_const(out: &mut Out, model: &ResponseEnum<'_>) {
    if model.sets.is_empty() {
        out.text("/// Every status this enum responds with, in the order declared.\n");
    } else {
        out.text(
            "/// Every status this enum responds with, in the order declared; \
             those of an included set in the set's own order.\n",
        );
    }
    visibility(out, &model.input.vis);
    out.text("const STATUSES: &'static [::responses::Status] = &");
    if model.sets.is_empty() {
        out.group(Delim::Bracket, |out| status_constants(out, &model.variants));
        out.text(";");
        return;
    }
    out.text("::responses::__private::concat_statuses::<");
    out.group(Delim::Brace, |out| {
        out.text(&model.variants.len().to_string());
        for set in &model.sets {
            out.text(" + ");
            set_as_responses(out, set);
            out.text("::STATUSES.len()");
        }
    });
    out.text(">");
    out.group(Delim::Paren, |out| {
        out.text("&");
        out.group(Delim::Bracket, |out| {
            let mut own = model.variants.iter().enumerate().peekable();
            for set in &model.sets {
                out.text("&");
                out.group(Delim::Bracket, |out| {
                    while let Some((_, variant)) = own.next_if(|(index, _)| *index < set.position) {
                        status_constants(out, [variant]);
                    }
                });
                out.text(",");
                set_as_responses(out, set);
                out.text("::STATUSES,");
            }
            out.text("&");
            out.group(Delim::Bracket, |out| {
                status_constants(out, own.map(|(_, variant)| variant));
            });
        });
    });
    out.text(";");
}

/// `status()`: a `const fn` when every variant is the enum's own; with
/// included sets a plain `fn`, because it asks each set through the
/// `Responses` trait, which a `const fn` cannot call on stable Rust.
fn status_fn(out: &mut Out, model: &ResponseEnum<'_>) {
    out.text("/// The status of this response.\n#[inline]");
    visibility(out, &model.input.vis);
    if model.sets.is_empty() {
        out.text("const ");
    }
    out.text("fn status(&self) -> ::responses::Status");
    out.group(Delim::Brace, |out| {
        out.text("match *self");
        out.group(Delim::Brace, |out| {
            for variant in &model.variants {
                out.text("Self::");
                variant_name(out, variant);
                out.text(" { .. } => ::responses::Status::")
                    .text(variant.entry.constant)
                    .text(",");
            }
            for set in &model.sets {
                out.text("Self::").tokens(&set.ident);
                out.text("(ref __set) => ");
                set_as_responses(out, set);
                out.text("::status(__set),");
            }
            catch_all(out, model);
        });
    });
}

/// For each included set, a constant whose evaluation fails when the set
/// shares a status with the enum's own statuses or with a set included
/// before it. The message names the status and both enums; the error
/// points at the `..Set` entry, where the call is spanned (the function
/// that fails is `#[track_caller]`).
fn overlap_checks(out: &mut Out, model: &ResponseEnum<'_>) {
    let name = model.input.ident.to_string();
    let own = model.variants.iter().map(|variant| {
        let constant = Ident::new(variant.entry.constant, Span::call_site());
        quote!(::responses::Status::#constant)
    });
    let own = quote!(&[#(#own),*]);
    for (index, set) in model.sets.iter().enumerate() {
        let set_name = format!("..{}", valid::type_text(&set.ty));
        let ty = &set.ty;
        let earlier = model.sets[..index].iter().map(|earlier| {
            let earlier_name = format!("..{}", valid::type_text(&earlier.ty));
            let earlier_ty = &earlier.ty;
            quote!((#earlier_name, <#earlier_ty as ::responses::Responses>::STATUSES))
        });
        out.tokens(&quote_spanned! {set.span=>
            const _: () = ::responses::__private::check_disjoint(
                #name,
                #own,
                #set_name,
                <#ty as ::responses::Responses>::STATUSES,
                &[#(#earlier),*],
            );
        });
    }
}

/// The catch-all arm for an incomplete model. It is never reached: the crate
/// does not compile, because of the errors reported with it.
pub(crate) fn catch_all(out: &mut Out, model: &ResponseEnum<'_>) {
    if !model.complete {
        out.text("#[allow(unreachable_patterns)] _ => ::core::unreachable!(),");
    }
}

/// How an arm hands a variant's response to a function: the function's
/// path, and the text of any further arguments.
struct Call {
    function: &'static str,
    more: &'static str,
}

/// Arms of a `match` on the enum that turn each variant into its
/// per-status response and pass it to a function (`call`), and pass each
/// included set to `set_call`. The patterns start with `Self`, or with the
/// enum's name when `by_name`.
fn arms(
    out: &mut Out,
    model: &ResponseEnum<'_>,
    by_name: bool,
    call: impl Fn(&Variant) -> Call,
    set_call: &Call,
) {
    let ident = &model.input.ident;
    let prefix = |out: &mut Out| {
        if by_name {
            out.tokens(ident);
        } else {
            out.text("Self");
        }
    };
    for variant in &model.variants {
        let Call { function, more } = call(variant);
        match &variant.shape {
            Shape::Typed { .. } => {
                prefix(out);
                out.text("::").text(variant.entry.name);
                out.text("(__response) => ").text(function);
                out.group(Delim::Paren, |out| {
                    out.text("__response").text(more);
                });
                out.text(",");
            }
            Shape::Fields { .. } => {
                let prefix = if by_name {
                    ident.to_token_stream()
                } else {
                    Ident::new("Self", Span::call_site()).into_token_stream()
                };
                out.tokens(&variant.pattern(&prefix));
                out.text(" => ").text(function);
                out.group(Delim::Paren, |out| {
                    out.tokens(&variant.response_expr()).text(more);
                });
                out.text(",");
            }
        }
    }
    for set in &model.sets {
        prefix(out);
        out.text("::").tokens(&set.ident);
        out.text("(__set) => ").text(set_call.function);
        out.group(Delim::Paren, |out| {
            out.text("__set").text(set_call.more);
        });
        out.text(",");
    }
    catch_all(out, model);
}

fn http_impl(out: &mut Out, model: &ResponseEnum<'_>) {
    let generics = &model.input.generics;
    out.text("#[automatically_derived]");
    allow_deprecated(out, model);
    if generics.params.is_empty() {
        out.text("impl<__ResponsesBody>");
    } else {
        let mut generics = generics.clone();
        let body = Ident::new("__ResponsesBody", Span::call_site());
        generics
            .params
            .push(syn::GenericParam::Type(syn::TypeParam::from(body)));
        let (impl_generics, _, _) = generics.split_for_impl();
        out.text("impl")
            .tokens(&declared_generics(model, impl_generics.to_token_stream()));
    }
    out.text(" ::core::convert::From<");
    self_type(out, model);
    out.text("> for ::responses::__private::http::Response<__ResponsesBody>");
    where_clause(out, model, true);
    for body in model.variants.iter().filter_map(Variant::body) {
        bounded_body(out, model, body);
        out.text(": ::responses::__private::IntoHttpBody<__ResponsesBody>,");
    }
    // The empty body of the bodiless variants; a variant with a body sends
    // that body's conversion, also for a refused `.header()` call, so it
    // needs no empty value. An included set brings its own conversion.
    if model
        .variants
        .iter()
        .any(|variant| variant.body().is_none())
    {
        out.text("__ResponsesBody: ::core::default::Default,");
    }
    for set in &model.sets {
        out.tokens(&set.ty).text(
            ": ::core::convert::Into<::responses::__private::http::Response<__ResponsesBody>>,",
        );
    }
    out.group(Delim::Brace, |out| {
        // Always inlined: as a call, the enum (over 100 bytes with a typed
        // field inline) is copied into it with `memcpy`; inlined, a 409 with
        // a body converts in 162 instructions against 218 (a hand-written
        // `http::Response::builder()` takes 193). The steps and figures are
        // in `bench/analysis.md`.
        out.text("#[inline(always)] fn from");
        out.group(Delim::Paren, |out| {
            out.text("response: ");
            self_type(out, model);
        });
        out.text(" -> Self");
        out.group(Delim::Brace, |out| {
            out.text("match response");
            out.group(Delim::Brace, |out| {
                // The work of each arm lives in two generic functions of
                // `responses`, so the expansion stays small.
                arms(
                    out,
                    model,
                    true,
                    |variant| Call {
                        function: if variant.body().is_some() {
                            "::responses::__private::into_http"
                        } else {
                            "::responses::__private::into_http_empty"
                        },
                        more: "",
                    },
                    &Call {
                        function: "::core::convert::Into::into",
                        more: "",
                    },
                );
            });
        });
    });
}

/// A body type as the subject of a where-predicate of the http impl. There
/// `Self` is `http::Response`, so the enum's `Self` is written out; and a
/// leading `for<'a>` would bind the whole predicate, so a higher-ranked
/// function type is kept whole in parentheses (only then: rustc warns about
/// parentheses around any other type).
fn bounded_body(out: &mut Out, model: &ResponseEnum<'_>, body: &Type) {
    let mut enum_type = Out::default();
    self_type(&mut enum_type, model);
    let body = replace_self(body.to_token_stream(), &enum_type.finish());
    if matches!(body_kind(&body), Some(Type::FnPtr(function)) if function.lifetimes.is_some()) {
        out.group(Delim::Paren, |out| {
            out.tokens(&body);
        });
    } else {
        out.tokens(&body);
    }
}

fn body_kind(body: &TokenStream) -> Option<Type> {
    syn::parse2(body.clone()).ok()
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
fn declared_generics(model: &ResponseEnum<'_>, generics: TokenStream) -> TokenStream {
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
fn replace_self(tokens: TokenStream, with: &TokenStream) -> TokenStream {
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
/// every included set.
///
/// A per-status type implements a framework's trait when its body does
/// (and always when it has none), so a bound on each body is all the impl
/// needs: bodyless statuses add no predicate, and each predicate is about
/// the caller's type itself, which the trait solver settles with one impl
/// lookup rather than through the per-status type's impl. Bodies that
/// print alike are not merged: two different types can print alike
/// (`$crate::Body` from two crates' `macro_rules!`).
///
/// Each bound is higher-ranked (`for<'__r> User: IntoResponse`).
/// A plain bound on concrete types is checked where the impl is written, so
/// enabling `responses/axum` anywhere in a build would break every enum
/// whose bodies are not `IntoResponse`; a higher-ranked bound is checked
/// only where the impl is used, which is where the error belongs.
fn bounds(out: &mut Out, model: &ResponseEnum<'_>, bound: &str, set_bound: &str) {
    for body in model.variants.iter().filter_map(Variant::body) {
        out.text("for<'__responses> ")
            .tokens(body)
            .text(": ")
            .text(bound)
            .text(",");
    }
    for set in &model.sets {
        out.text("for<'__responses> ")
            .tokens(&set.ty)
            .text(": ")
            .text(set_bound)
            .text(",");
    }
}

fn axum_impl(out: &mut Out, model: &ResponseEnum<'_>) {
    const INTO_RESPONSE: Call = Call {
        function: "::responses::__private::axum::IntoResponse::into_response",
        more: "",
    };
    out.text("#[automatically_derived]");
    allow_deprecated(out, model);
    impl_header(out, model, ImplOf::IntoResponse, true);
    let into_response = "::responses::__private::axum::IntoResponse";
    bounds(out, model, into_response, into_response);
    out.group(Delim::Brace, |out| {
        out.text(
            "#[inline(always)] fn into_response(self) -> ::responses::__private::axum::Response",
        );
        out.group(Delim::Brace, |out| {
            out.text("match self");
            out.group(Delim::Brace, |out| {
                arms(out, model, false, |_| INTO_RESPONSE, &INTO_RESPONSE);
            });
        });
    });
}

const ACTIX_RESPONDER: &str =
    "::responses::__private::actix::Responder<Body = ::responses::__private::actix::BoxBody>";

fn actix_impl(out: &mut Out, model: &ResponseEnum<'_>) {
    const RESPOND_TO: Call = Call {
        function: "::responses::__private::actix::Responder::respond_to",
        more: ", request",
    };
    out.text("#[automatically_derived]");
    allow_deprecated(out, model);
    impl_header(out, model, ImplOf::Responder, true);
    bounds(
        out,
        model,
        "::responses::__private::actix::Responder",
        ACTIX_RESPONDER,
    );
    out.group(Delim::Brace, |out| {
        out.text(
            "type Body = ::responses::__private::actix::BoxBody; \
             fn respond_to(self, request: &::responses::__private::actix::HttpRequest) \
             -> ::responses::__private::actix::HttpResponse",
        );
        out.group(Delim::Brace, |out| {
            out.text("match self");
            out.group(Delim::Brace, |out| {
                arms(out, model, false, |_| RESPOND_TO, &RESPOND_TO);
            });
        });
    });
}

/// `From<Enum> for actix_web::Error`, so the enum can be the error of a
/// handler's `Result` (actix-web's `Result<T, E>` responder needs
/// `E: Into<actix_web::Error>`), which keeps `?` usable.
fn actix_error_impl(out: &mut Out, model: &ResponseEnum<'_>) {
    out.text("#[automatically_derived]");
    allow_deprecated(out, model);
    impl_generics(out, model);
    out.text("::core::convert::From<");
    self_type(out, model);
    out.text("> for ::responses::__private::actix::Error");
    where_clause(out, model, true);
    out.text("for<'__responses> ");
    self_type(out, model);
    out.text(": ").text(ACTIX_RESPONDER).text(",");
    out.group(Delim::Brace, |out| {
        out.text("#[inline] fn from");
        out.group(Delim::Paren, |out| {
            out.text("response: ");
            self_type(out, model);
        });
        out.text(" -> Self { ::responses::__private::actix::error(response) }");
    });
}

fn utoipa_impl(out: &mut Out, model: &ResponseEnum<'_>) {
    out.text("#[automatically_derived]");
    allow_deprecated(out, model);
    impl_header(out, model, ImplOf::IntoResponses, true);
    bounds(
        out,
        model,
        "::responses::__private::utoipa::ResponseBody",
        "::responses::__private::utoipa::IntoResponses",
    );
    out.group(Delim::Brace, |out| {
        out.text(
            "fn responses() -> ::responses::__private::utoipa::BTreeMap<\
             ::responses::__private::utoipa::String, \
             ::responses::__private::utoipa::RefOr<::responses::__private::utoipa::Response>>",
        );
        // One call of a function of `responses` with tables of function
        // pointers: no code that builds the map is compiled per enum.
        out.group(Delim::Brace, |out| {
            out.text("::responses::__private::utoipa::responses");
            out.group(Delim::Paren, |out| {
                out.text("&");
                out.group(Delim::Bracket, |out| {
                    for variant in &model.variants {
                        out.text("<");
                        response_type(out, variant);
                        out.text(
                            " as ::responses::__private::utoipa::DescribeResponse>::describe,",
                        );
                    }
                });
                out.text(", &");
                out.group(Delim::Bracket, |out| {
                    for set in &model.sets {
                        out.text("<")
                            .tokens(&set.ty)
                            .text(" as ::responses::__private::utoipa::IntoResponses>::responses,");
                    }
                });
            });
        });
    });
}
