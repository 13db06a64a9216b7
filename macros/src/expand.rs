//! Code generation: the enum, its constructors and its impls, from a
//! validated model, written through [`Out`] (source text for our own code,
//! the caller's tokens spliced in whole).
//!
//! Generated code names everything by absolute path (`::core::..`,
//! `::responses::..`), so it survives a caller that shadows prelude names or
//! uses `#![no_implicit_prelude]`.

use crate::ast::{ResponseEnum, Shape, Variant};
use crate::ctxt::Errors;
use crate::emit::Out;
use crate::registry::Standing;
use crate::{attr, docs, fallback, valid};
use proc_macro2::{Delimiter, Ident, Span, TokenStream};
use quote::{ToTokens, quote};
use syn::{Data, DeriveInput, Visibility};

/// `#[responses(..)]`.
pub(crate) fn attribute(args: TokenStream, item: &TokenStream) -> TokenStream {
    let mut errors = Errors::default();
    let Ok(input) = syn::parse2::<DeriveInput>(item.clone()) else {
        errors.push(syn::Error::new(
            Span::call_site(),
            "#[responses] goes on an empty enum, such as `enum CreateUser {}`; \
             it generates one variant per status",
        ));
        return fallback::original_item(item, &errors.into_compile_errors());
    };
    let args = attr::responses_args(args).unwrap_or_else(|error| {
        errors.push(error);
        Vec::new()
    });
    let model = valid::attribute_enum(&input, args, &mut errors);
    if !matches!(input.data, Data::Enum(_)) {
        return fallback::original_item(item, &errors.into_compile_errors());
    }
    let mut out = Out::default();
    enum_definition(&mut out, &model);
    constructors(&mut out, &model);
    from_impls(&mut out, &model);
    common(&mut out, &model);
    out.tokens(&model.warnings);
    out.tokens(&errors.into_compile_errors());
    out.finish()
}

/// `#[derive(Responses)]`.
pub(crate) fn derive(item: TokenStream) -> TokenStream {
    let input = match syn::parse2::<DeriveInput>(item) {
        Ok(input) => input,
        Err(error) => return error.into_compile_error(),
    };
    let mut errors = Errors::default();
    let model = valid::derive_enum(&input, &mut errors);
    if !matches!(input.data, Data::Enum(_)) {
        return errors.into_compile_errors();
    }
    let mut out = Out::default();
    common(&mut out, &model);
    out.tokens(&model.warnings);
    out.tokens(&errors.into_compile_errors());
    out.finish()
}

/// `status!(..)`.
pub(crate) fn status(input: TokenStream) -> TokenStream {
    let key = match syn::parse::Parser::parse2(attr::macro_key, input) {
        Ok(key) => key,
        Err(error) => return error.into_compile_error(),
    };
    match valid::resolve(&key) {
        Ok(entry) => {
            let constant = Ident::new(entry.constant, key.span());
            quote!(::responses::Status::#constant)
        }
        Err(error) => {
            // Still an expression of the right type, so the error stands alone.
            let error = error.into_compile_error();
            quote!({ #error ::responses::Status::OK })
        }
    }
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
fn allow_deprecated(out: &mut Out, model: &ResponseEnum<'_>) {
    if has_deprecated(model) {
        out.text("#[allow(deprecated)]");
    }
}

fn visibility(out: &mut Out, vis: &Visibility) {
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

/// `impl<..> Trait for Enum<..> where ..` up to the predicates
/// of `where`, which the caller extends when `more`; `trait_` ends with
/// ` for` or is empty.
fn impl_header(out: &mut Out, model: &ResponseEnum<'_>, trait_: &str, more: bool) {
    impl_generics(out, model);
    out.text(trait_).text(" ");
    self_type(out, model);
    where_clause(out, model, more);
}

/// `impl<..> `, with the enum's generics and their bounds.
fn impl_generics(out: &mut Out, model: &ResponseEnum<'_>) {
    out.text("impl");
    let generics = &model.input.generics;
    if !generics.params.is_empty() {
        let (impl_generics, _, _) = generics.split_for_impl();
        out.tokens(&impl_generics);
    }
    out.text(" ");
}

/// `Enum<..>`.
fn self_type(out: &mut Out, model: &ResponseEnum<'_>) {
    out.tokens(&model.input.ident);
    let generics = &model.input.generics;
    if !generics.params.is_empty() {
        let (_, ty_generics, _) = generics.split_for_impl();
        out.tokens(&ty_generics);
    }
}

/// `where` and the enum's own predicates, each followed by a comma; no
/// `where` when there are none and the caller adds none (`more`).
fn where_clause(out: &mut Out, model: &ResponseEnum<'_>, more: bool) {
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

/// The per-status type a variant turns into, `::responses::Created<User>`.
fn response_type(out: &mut Out, variant: &Variant) {
    out.text("::responses::").text(variant.entry.name);
    if variant.entry.content_forbidden {
        return;
    }
    match variant.body() {
        Some(body) => {
            out.text("<").tokens(body).text(">");
        }
        None => {
            out.text("<::responses::Empty>");
        }
    }
}

/// A group around what `write` writes: opened as a group when the variant
/// has a body (the caller's type is spliced in it), written as text when
/// all of it is text.
fn group_if_spliced(
    out: &mut Out,
    variant: &Variant,
    delimiter: Delimiter,
    write: impl FnOnce(&mut Out),
) {
    if variant.body().is_some() {
        out.open(delimiter);
        write(out);
        out.close();
    } else {
        let (open, close) = match delimiter {
            Delimiter::Parenthesis => ("(", ")"),
            Delimiter::Brace => ("{", "}"),
            Delimiter::Bracket => ("[", "]"),
            Delimiter::None => ("", ""),
        };
        out.text(open);
        write(out);
        out.text(close);
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

/// The enum itself (attribute form): the user's attributes and docs, the
/// table of statuses, and one documented variant per status.
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
    out.text("#[doc = ").text(&format!("{table:?}")).text("]");
    if !attrs.iter().any(|attr| attr.path().is_ident("must_use")) {
        out.text(r#"#[must_use = "a response does nothing until it is returned"]"#);
    }
    allow_deprecated(out, model);
    visibility(out, vis);
    out.text("enum ").tokens(ident);
    if !generics.params.is_empty() {
        out.tokens(generics);
    }
    if let Some(clause) = &generics.where_clause {
        out.tokens(clause);
    }
    out.open(Delimiter::Brace);
    for variant in &model.variants {
        out.text("#[doc = ")
            .text(docs::variant(variant.entry))
            .text("]");
        out.tokens(&variant.ident);
        group_if_spliced(out, variant, Delimiter::Parenthesis, |out| {
            response_type(out, variant);
        });
        out.text(",");
    }
    out.close();
}

/// One constructor per variant (attribute form), with the parameters the
/// status needs.
fn constructors(out: &mut Out, model: &ResponseEnum<'_>) {
    // A handler need not use every constructor of its enum.
    out.text("#[allow(dead_code)]");
    allow_deprecated(out, model);
    impl_header(out, model, "", false);
    out.open(Delimiter::Brace);
    for variant in &model.variants {
        let entry = variant.entry;
        out.text("#[doc = ")
            .text(docs::constructor(entry))
            .text("] #[inline] ");
        visibility(out, &model.input.vis);
        let name = Ident::new(
            &entry.snake_name(),
            Span::call_site().located_at(variant.key.span()),
        );
        out.text("fn ").tokens(&name);
        group_if_spliced(out, variant, Delimiter::Parenthesis, |out| {
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
        out.text(" -> Self { Self::").text(entry.name);
        out.text("(::responses::").text(entry.name).text("::");
        let constructor = if variant.body().is_some() || entry.content_forbidden {
            "new("
        } else {
            "empty("
        };
        out.text(constructor);
        for header in entry.constructor_headers {
            out.text(header.param()).text(",");
        }
        if variant.body().is_some() {
            out.text("body");
        }
        out.text(")) }");
        located_constructor(out, model, variant);
    }
    out.close();
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
    out.text("#[doc = ")
        .text(&format!(
            "{:?}",
            format!(
                "Creates the [`{}`](Self::{}) response with its `Location` header field: \
                 [`{snake}`](Self::{snake}) with the field set.",
                entry.title(),
                entry.name
            )
        ))
        .text("] #[inline] ");
    visibility(out, &model.input.vis);
    let name = Ident::new(
        &format!("{snake}_at"),
        Span::call_site().located_at(variant.key.span()),
    );
    out.text("fn ").tokens(&name);
    group_if_spliced(out, variant, Delimiter::Parenthesis, |out| {
        out.text("location: impl ::core::convert::Into<::responses::header::")
            .text(header.ty())
            .text(">,");
        if let Some(body) = variant.body() {
            out.text("body: ").tokens(body);
        }
    });
    out.text(" -> Self { Self::").text(entry.name);
    out.text("(::responses::").text(entry.name).text("::");
    out.text(if variant.body().is_some() {
        "new(body)"
    } else {
        "empty()"
    });
    out.text(".").text(header.param()).text("(location)) }");
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
        group_if_spliced(out, variant, Delimiter::Brace, |out| {
            out.text("#[inline] fn from");
            group_if_spliced(out, variant, Delimiter::Parenthesis, |out| {
                out.text("response: ");
                response_type(out, variant);
            });
            out.text(" -> Self { Self::").text(variant.entry.name);
            out.text("(response) }");
        });
    }
}

/// What both forms get: `STATUSES`, `status()`, the `Responses` trait and the
/// impls of the framework integrations that `responses` was built with
/// (each feature of `responses` turns on the same feature of this crate).
fn common(out: &mut Out, model: &ResponseEnum<'_>) {
    out.text("#[allow(dead_code)]");
    allow_deprecated(out, model);
    impl_header(out, model, "", false);
    out.open(Delimiter::Brace);
    out.text("/// Every status this enum responds with, in the order declared.\n");
    visibility(out, &model.input.vis);
    out.text("const STATUSES: &'static [::responses::Status] = &[");
    for variant in &model.variants {
        out.text("::responses::Status::")
            .text(variant.entry.constant)
            .text(",");
    }
    out.text("];\n/// The status of this response.\n#[inline]");
    visibility(out, &model.input.vis);
    out.text("const fn status(&self) -> ::responses::Status")
        .open(Delimiter::Brace)
        .text("match *self")
        .open(Delimiter::Brace);
    for variant in &model.variants {
        out.text("Self::");
        variant_name(out, variant);
        out.text(" { .. } => ::responses::Status::")
            .text(variant.entry.constant)
            .text(",");
    }
    catch_all(out, model);
    out.close().close();
    out.close();

    out.text("#[automatically_derived]");
    allow_deprecated(out, model);
    impl_header(out, model, " ::responses::Responses for", false);
    out.text(
        "{ const STATUSES: &'static [::responses::Status] = Self::STATUSES; \
         #[inline] fn status(&self) -> ::responses::Status { Self::status(self) } }",
    );

    http_impl(out, model);
    if cfg!(feature = "axum") {
        axum_impl(out, model);
    }
    if cfg!(feature = "actix-web") {
        actix_impl(out, model);
    }
    if cfg!(feature = "utoipa") {
        utoipa_impl(out, model);
    }
}

/// The catch-all arm for an incomplete model. It is never reached: the crate
/// does not compile, because of the errors reported with it.
fn catch_all(out: &mut Out, model: &ResponseEnum<'_>) {
    if !model.complete {
        out.text("#[allow(unreachable_patterns)] _ => ::core::unreachable!(),");
    }
}

/// Arms of a `match` on the enum that turn each variant into its
/// per-status response and pass it to a function: `call` gives the
/// function's path and the text of any further arguments. The patterns
/// start with `Self`, or with the enum's name when `by_name`.
fn arms(
    out: &mut Out,
    model: &ResponseEnum<'_>,
    by_name: bool,
    call: impl Fn(&Variant) -> (&'static str, &'static str),
) {
    let ident = &model.input.ident;
    for variant in &model.variants {
        let (function, more) = call(variant);
        match &variant.shape {
            Shape::Typed { .. } => {
                if by_name {
                    out.tokens(ident);
                } else {
                    out.text("Self");
                }
                out.text("::").text(variant.entry.name);
                out.text("(__response) => ").text(function);
                out.text("(__response").text(more).text("),");
            }
            Shape::Fields { .. } => {
                let prefix = if by_name {
                    ident.to_token_stream()
                } else {
                    Ident::new("Self", Span::call_site()).into_token_stream()
                };
                out.tokens(&variant.pattern(&prefix));
                out.text(" => ").text(function).open(Delimiter::Parenthesis);
                out.tokens(&variant.response_expr()).text(more);
                out.close().text(",");
            }
        }
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
        out.text("impl").tokens(&impl_generics);
    }
    out.text(" ::core::convert::From<");
    self_type(out, model);
    out.text("> for ::responses::__private::http::Response<__ResponsesBody>");
    where_clause(out, model, true);
    for body in model.variants.iter().filter_map(Variant::body) {
        out.tokens(body)
            .text(": ::responses::__private::IntoHttpBody<__ResponsesBody>,");
    }
    // For the bodiless variants, and for the empty 500 that a response
    // whose `.header()` call was refused becomes.
    out.text("__ResponsesBody: ::core::default::Default,");
    out.open(Delimiter::Brace);
    out.text("#[inline] fn from").open(Delimiter::Parenthesis);
    out.text("response: ");
    self_type(out, model);
    out.close().text(" -> Self").open(Delimiter::Brace);
    out.text("match response").open(Delimiter::Brace);
    // The work of each arm lives in two generic functions of `responses`,
    // so the expansion stays small.
    arms(out, model, true, |variant| {
        if variant.body().is_some() {
            ("::responses::__private::into_http", "")
        } else {
            ("::responses::__private::into_http_empty", "")
        }
    });
    out.close().close().close();
}

/// The predicates `bound` on every variant's per-status type.
///
/// Each bound is higher-ranked (`for<'__r> Created<User>: IntoResponse`).
/// A plain bound on concrete types is checked where the impl is written, so
/// enabling `responses/axum` anywhere in a build would break every enum
/// whose bodies are not `IntoResponse`; a higher-ranked bound is checked
/// only where the impl is used, which is where the error belongs.
fn bounds(out: &mut Out, model: &ResponseEnum<'_>, bound: &str) {
    for variant in &model.variants {
        out.text("for<'__responses> ");
        response_type(out, variant);
        out.text(": ").text(bound).text(",");
    }
}

fn axum_impl(out: &mut Out, model: &ResponseEnum<'_>) {
    out.text("#[automatically_derived]");
    allow_deprecated(out, model);
    impl_header(
        out,
        model,
        " ::responses::__private::axum::IntoResponse for",
        true,
    );
    bounds(out, model, "::responses::__private::axum::IntoResponse");
    out.open(Delimiter::Brace);
    out.text("fn into_response(self) -> ::responses::__private::axum::Response");
    out.open(Delimiter::Brace)
        .text("match self")
        .open(Delimiter::Brace);
    arms(out, model, false, |_| {
        (
            "::responses::__private::axum::IntoResponse::into_response",
            "",
        )
    });
    out.close().close().close();
}

fn actix_impl(out: &mut Out, model: &ResponseEnum<'_>) {
    out.text("#[automatically_derived]");
    allow_deprecated(out, model);
    impl_header(
        out,
        model,
        " ::responses::__private::actix::Responder for",
        true,
    );
    bounds(
        out,
        model,
        "::responses::__private::actix::Responder<Body = ::responses::__private::actix::BoxBody>",
    );
    out.open(Delimiter::Brace).text(
        "type Body = ::responses::__private::actix::BoxBody; \
         fn respond_to(self, request: &::responses::__private::actix::HttpRequest) \
         -> ::responses::__private::actix::HttpResponse",
    );
    out.open(Delimiter::Brace)
        .text("match self")
        .open(Delimiter::Brace);
    arms(out, model, false, |_| {
        (
            "::responses::__private::actix::Responder::respond_to",
            ", request",
        )
    });
    out.close().close().close();
}

fn utoipa_impl(out: &mut Out, model: &ResponseEnum<'_>) {
    out.text("#[automatically_derived]");
    allow_deprecated(out, model);
    impl_header(
        out,
        model,
        " ::responses::__private::utoipa::IntoResponses for",
        true,
    );
    bounds(
        out,
        model,
        "::responses::__private::utoipa::DescribeResponse",
    );
    out.open(Delimiter::Brace);
    out.text(
        "fn responses() -> ::responses::__private::utoipa::BTreeMap<\
         ::responses::__private::utoipa::String, \
         ::responses::__private::utoipa::RefOr<::responses::__private::utoipa::Response>>",
    );
    out.open(Delimiter::Brace)
        .text("::responses::__private::utoipa::responses")
        .open(Delimiter::Parenthesis)
        .open(Delimiter::Bracket);
    for variant in &model.variants {
        out.text("<");
        response_type(out, variant);
        out.text(" as ::responses::__private::utoipa::DescribeResponse>::describe(),");
    }
    out.close().close().close();
    out.close();
}
