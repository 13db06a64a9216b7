//! The model written back as Rust source: each type's `ToTokens` writes an
//! expression that builds the same value, naming the types by their
//! absolute path in this crate. A build script that has parsed the dataset
//! writes `static STATUSES: [::responses_data::StatusEntry; 64] = [#(#entries),*]`
//! and the crate it builds holds the dataset as data, with no parsing.

use crate::Standing;
use crate::headers::{HeaderField, TypedValue};
use crate::model::{Class, MethodEntry, RequestContent, ResponseContent, StatusEntry};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{ToTokens, quote};

/// `::core::option::Option::Some(value)` or `::core::option::Option::None`.
fn option<T: ToTokens>(value: Option<&T>) -> TokenStream {
    if let Some(value) = value {
        quote!(::core::option::Option::Some(#value))
    } else {
        quote!(::core::option::Option::None)
    }
}

/// `&[a, b]`, a slice literal of the items.
fn slice<T: ToTokens>(items: &[T]) -> TokenStream {
    quote!(&[#(#items),*])
}

impl ToTokens for StatusEntry {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let StatusEntry {
            code,
            phrase,
            name,
            constant,
            class,
            summary,
            description,
            spec,
            section,
            url,
            content_forbidden,
            cacheable,
            required_headers,
            expected_headers,
            constructor_headers,
            standing,
            standing_note,
            former_phrases,
            methods,
            methods_section,
        } = self;
        let required_headers = slice(required_headers);
        let expected_headers = slice(expected_headers);
        let constructor_headers = slice(constructor_headers);
        let standing_note = option(standing_note.as_ref());
        let former_phrases = slice(former_phrases);
        let methods = slice(methods);
        let methods_section = option(methods_section.as_ref());
        tokens.extend(quote! {
            ::responses_data::StatusEntry {
                code: #code,
                phrase: #phrase,
                name: #name,
                constant: #constant,
                class: #class,
                summary: #summary,
                description: #description,
                spec: #spec,
                section: #section,
                url: #url,
                content_forbidden: #content_forbidden,
                cacheable: #cacheable,
                required_headers: #required_headers,
                expected_headers: #expected_headers,
                constructor_headers: #constructor_headers,
                standing: #standing,
                standing_note: #standing_note,
                former_phrases: #former_phrases,
                methods: #methods,
                methods_section: #methods_section,
            }
        });
    }
}

impl ToTokens for MethodEntry {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let MethodEntry {
            position,
            name,
            safe,
            idempotent,
            cacheable,
            request_content,
            summary,
            response_content,
            ok_meaning,
            spec,
            section,
            url,
        } = self;
        tokens.extend(quote! {
            ::responses_data::MethodEntry {
                position: #position,
                name: #name,
                safe: #safe,
                idempotent: #idempotent,
                cacheable: #cacheable,
                request_content: #request_content,
                summary: #summary,
                response_content: #response_content,
                ok_meaning: #ok_meaning,
                spec: #spec,
                section: #section,
                url: #url,
            }
        });
    }
}

impl ToTokens for HeaderField {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let HeaderField {
            name,
            constant,
            typed,
        } = self;
        let constant = option(constant.as_ref());
        let typed = option(typed.as_ref());
        tokens.extend(quote! {
            ::responses_data::HeaderField { name: #name, constant: #constant, typed: #typed }
        });
    }
}

impl ToTokens for TypedValue {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let TypedValue { param, ty } = self;
        tokens.extend(quote!(::responses_data::TypedValue { param: #param, ty: #ty }));
    }
}

/// A unit variant of one of the model's enums, by its derived `Debug` name
/// (which is the variant's name): `::responses_data::Class::ClientError`.
fn unit_variant(ty: &str, value: &dyn core::fmt::Debug) -> TokenStream {
    let ty = Ident::new(ty, Span::call_site());
    let name = Ident::new(&format!("{value:?}"), Span::call_site());
    quote!(::responses_data::#ty::#name)
}

impl ToTokens for Class {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(unit_variant("Class", self));
    }
}

impl ToTokens for Standing {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(unit_variant("Standing", self));
    }
}

impl ToTokens for RequestContent {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(unit_variant("RequestContent", self));
    }
}

impl ToTokens for ResponseContent {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(unit_variant("ResponseContent", self));
    }
}
