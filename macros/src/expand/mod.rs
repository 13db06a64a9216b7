//! Code generation: the three entry points, and the enum, its constructors
//! and its impls from a validated model, written through [`Out`] (source
//! text for our own code, the caller's tokens spliced in whole). One file
//! per part of the output: `items.rs` (what every enum gets), `sets.rs`
//! (what an included set adds), `generics.rs` (impl headers), one per
//! integration, `decode.rs`.
//!
//! Generated code names everything by absolute path (`::core::..`,
//! `::responses::..`), so it survives a caller that shadows prelude names or
//! uses `#![no_implicit_prelude]`.

mod actix;
mod axum;
mod custom;
mod decode;
mod fields;
mod generics;
mod http;
mod items;
mod method;
mod ranges;
mod sets;
mod utoipa;

use crate::ast::{Names, ResponseEnum};
use crate::ctxt::Errors;
use crate::emit::{Delim, Out};
use crate::{attr, crate_path, fallback, stacked, valid};
use generics::{ImplOf, allow_deprecated, impl_header};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use syn::{Data, DeriveInput};

/// How an arm hands a variant's response to a function: the function's
/// path, and the text of any further arguments.
#[derive(Clone, Copy)]
struct Call {
    function: &'static str,
    more: &'static str,
}

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
    let names = Names::unused_in(&[&args, item]);
    let (crate_path, args) = attr::responses_args(args, &mut errors);
    let mut model = valid::lower::attribute_enum(&input, args, &mut errors);
    model.names = names;
    if !matches!(input.data, Data::Enum(_)) {
        return fallback::original_item(item, &errors.into_compile_errors());
    }
    let mut out = Out::default();
    items::enum_definition(&mut out, &model);
    items::constructors(&mut out, &model);
    items::from_impls(&mut out, &model);
    sets::set_from_impls(&mut out, &model);
    custom::constructors(&mut out, &model);
    custom::from_impls(&mut out, &model);
    ranges::constructors(&mut out, &model);
    ranges::from_impls(&mut out, &model);
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
    let names = Names::unused_in(&[&item]);
    let input = match syn::parse2::<DeriveInput>(item) {
        Ok(input) => input,
        Err(error) => return error.into_compile_error(),
    };
    let mut errors = Errors::default();
    if stacked::derive_under_attribute(&input, &mut errors) {
        return errors.into_compile_errors();
    }
    let crate_path = attr::enum_crate_path(&input.attrs, &mut errors);
    let mut model = valid::lower::derive_enum(&input, &mut errors);
    model.names = names;
    if !matches!(input.data, Data::Enum(_)) {
        return errors.into_compile_errors();
    }
    let mut out = Out::default();
    sets::set_from_impls(&mut out, &model);
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

/// What both forms get: `STATUSES`, `status()`, the `Responses` trait, the
/// overlap checks of included sets and the impls of the framework
/// integrations that `responses` was built with (each feature of
/// `responses` turns on the same feature of this crate), and decoding
/// with the `decode` feature.
fn common(out: &mut Out, model: &ResponseEnum<'_>) {
    out.text("#[allow(dead_code)]");
    allow_deprecated(out, model);
    impl_header(out, model, ImplOf::Inherent, false);
    out.group(Delim::Brace, |out| {
        items::statuses_const(out, model);
        method::method_const(out, model);
        items::status_fn(out, model);
        sets::from_included_set(out, model);
        if !cfg!(feature = "decode") {
            decode::decode_off(out, model);
        }
    });

    out.text("#[automatically_derived]");
    allow_deprecated(out, model);
    impl_header(out, model, ImplOf::Responses, false);
    out.group(Delim::Brace, |out| {
        out.text(
            "const STATUSES: &'static [::responses::Status] = Self::STATUSES; \
             #[inline] fn status(&self) -> ::responses::Status { Self::status(self) }",
        );
        // The trait's default, `None`, is the inherent constant's value for
        // an enum without a method: an item less per enum to compile.
        if model.method.is_some() {
            out.text("const METHOD: ::core::option::Option<::responses::Method> = Self::METHOD;");
        }
        ranges::ranges_const(out, model);
        method::with_content_const(out, model);
    });
    sets::overlap_checks(out, model);
    ranges::range_checks(out, model);
    method::set_checks(out, model);

    http::http_impl(out, model);
    if cfg!(feature = "axum") {
        axum::axum_impl(out, model);
    }
    if cfg!(feature = "actix-web") {
        actix::actix_impl(out, model);
        actix::actix_error_impl(out, model);
    }
    if cfg!(feature = "utoipa") {
        utoipa::utoipa_impl(out, model);
        utoipa::body_schemas_impl(out, model);
    }
    if cfg!(feature = "decode") {
        decode::decode_impl(out, model);
    }
}
