//! Code generation: the enum, its constructors and its impls, from a
//! validated model. Generated code names everything by absolute path
//! (`::core::..`, `::responses::..`), so it survives a caller that shadows
//! prelude names or uses `#![no_implicit_prelude]`.

use crate::ast::{ResponseEnum, Variant};
use crate::ctxt::Errors;
use crate::{attr, docs, fallback, valid};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use syn::{Data, DeriveInput};

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
    let definition = enum_definition(&model);
    let constructors = constructors(&model);
    let conversions = from_impls(&model);
    let common = common(&model);
    let errors = errors.into_compile_errors();
    quote! {
        #definition
        #constructors
        #conversions
        #common
        #errors
    }
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
    let common = common(&model);
    let errors = errors.into_compile_errors();
    quote! {
        #common
        #errors
    }
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
            crate::registry::Standing::Deprecated | crate::registry::Standing::Obsolete
        )
    })
}

fn allow_deprecated(model: &ResponseEnum<'_>) -> TokenStream {
    if has_deprecated(model) {
        quote!(#[allow(deprecated)])
    } else {
        TokenStream::new()
    }
}

/// The enum itself (attribute form): the user's attributes and docs, the
/// table of statuses, and one documented variant per status.
fn enum_definition(model: &ResponseEnum<'_>) -> TokenStream {
    let DeriveInput {
        attrs,
        vis,
        ident,
        generics,
        ..
    } = model.input;
    let where_clause = &generics.where_clause;
    let table = docs::enum_table(&model.variants);
    let variants = model.variants.iter().map(|variant| {
        let doc = docs::variant(variant.entry);
        let ident = &variant.ident;
        let ty = variant.response_type();
        quote! {
            #[doc = #doc]
            #ident(#ty)
        }
    });
    let must_use = if attrs.iter().any(|attr| attr.path().is_ident("must_use")) {
        TokenStream::new()
    } else {
        quote!(#[must_use = "a response does nothing until it is returned"])
    };
    let allow = allow_deprecated(model);
    quote! {
        #(#attrs)*
        #[doc = #table]
        #must_use
        #allow
        #vis enum #ident #generics #where_clause {
            #(#variants,)*
        }
    }
}

/// One constructor per variant (attribute form), with the parameters the
/// status needs.
fn constructors(model: &ResponseEnum<'_>) -> TokenStream {
    let DeriveInput {
        vis,
        ident,
        generics,
        ..
    } = model.input;
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let functions = model.variants.iter().map(|variant| {
        let entry = variant.entry;
        let name = Ident::new(
            &entry.snake_name(),
            Span::call_site().located_at(variant.key.span()),
        );
        let doc = docs::constructor(entry);
        let path = variant.response_path();
        let variant_ident = &variant.ident;
        let params: Vec<Ident> = entry
            .parameters
            .iter()
            .map(|header| format_ident!("{}", header.param))
            .collect();
        let param_types = entry.parameters.iter().map(|header| {
            let ty = format_ident!("{}", header.ty);
            quote!(impl ::core::convert::Into<::responses::header::#ty>)
        });
        let (body_param, body_arg, constructor) = match variant.body() {
            Some(body) => (quote!(body: #body), quote!(body), quote!(new)),
            None if entry.content_forbidden => (quote!(), quote!(), quote!(new)),
            None => (quote!(), quote!(), quote!(empty)),
        };
        quote! {
            #[doc = #doc]
            #[inline]
            #vis fn #name(#(#params: #param_types,)* #body_param) -> Self {
                Self::#variant_ident(#path::#constructor(#(#params,)* #body_arg))
            }
        }
    });
    let allow = allow_deprecated(model);
    quote! {
        // A handler need not use every constructor of its enum.
        #[allow(dead_code)]
        #allow
        impl #impl_generics #ident #ty_generics #where_clause {
            #(#functions)*
        }
    }
}

/// `From<per-status type>` for the enum (attribute form), so a response
/// built with the per-status type's builder methods converts with `.into()`.
fn from_impls(model: &ResponseEnum<'_>) -> TokenStream {
    let DeriveInput {
        ident, generics, ..
    } = model.input;
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let allow = allow_deprecated(model);
    model
        .variants
        .iter()
        .map(|variant| {
            let ty = variant.response_type();
            let variant_ident = &variant.ident;
            quote! {
                #[automatically_derived]
                #allow
                impl #impl_generics ::core::convert::From<#ty> for #ident #ty_generics #where_clause {
                    #[inline]
                    fn from(response: #ty) -> Self {
                        Self::#variant_ident(response)
                    }
                }
            }
        })
        .collect()
}

/// One part of the expansion, from the model.
type Expansion = fn(&ResponseEnum<'_>) -> TokenStream;

/// What both forms get: `STATUSES`, `status()`, the `Responses` trait and the
/// impls of the framework integrations that `responses` was built with
/// (each feature of `responses` turns on the same feature of this crate).
fn common(model: &ResponseEnum<'_>) -> TokenStream {
    let DeriveInput {
        vis,
        ident,
        generics,
        ..
    } = model.input;
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let constants: Vec<Ident> = model
        .variants
        .iter()
        .map(|variant| format_ident!("{}", variant.entry.constant))
        .collect();
    let status_arms = model.variants.iter().map(|variant| {
        let variant_ident = &variant.ident;
        let constant = format_ident!("{}", variant.entry.constant);
        quote!(Self::#variant_ident { .. } => ::responses::Status::#constant,)
    });
    let warnings = &model.warnings;
    let catch_all = model.catch_all();
    let allow = allow_deprecated(model);
    // Each framework's impl only when `responses` has its feature.
    let integrations: [(bool, Expansion); 4] = [
        (cfg!(feature = "http"), http_impl),
        (cfg!(feature = "axum"), axum_impl),
        (cfg!(feature = "actix-web"), actix_impl),
        (cfg!(feature = "utoipa"), utoipa_impl),
    ];
    let integrations = integrations
        .into_iter()
        .filter(|&(enabled, _)| enabled)
        .map(|(_, expand)| expand(model));
    quote! {
        #[allow(dead_code)]
        #allow
        impl #impl_generics #ident #ty_generics #where_clause {
            /// Every status this enum responds with, in the order declared.
            #vis const STATUSES: &'static [::responses::Status] = &[#(::responses::Status::#constants),*];

            /// The status of this response.
            #[inline]
            #vis const fn status(&self) -> ::responses::Status {
                match *self {
                    #(#status_arms)*
                    #catch_all
                }
            }
        }

        #[automatically_derived]
        #allow
        impl #impl_generics ::responses::Responses for #ident #ty_generics #where_clause {
            const STATUSES: &'static [::responses::Status] = Self::STATUSES;

            #[inline]
            fn status(&self) -> ::responses::Status {
                Self::status(self)
            }
        }

        #(#integrations)*
        #warnings
    }
}

/// Arms of `match value { .. }` (`prefix` names the enum) that turn each
/// variant into its per-status response and hand it to `body`.
fn arms(
    model: &ResponseEnum<'_>,
    prefix: &TokenStream,
    body: impl Fn(&Variant, TokenStream) -> TokenStream,
) -> TokenStream {
    let mut arms: TokenStream = model
        .variants
        .iter()
        .map(|variant| {
            let pattern = variant.pattern(prefix);
            let expr = variant.response_expr();
            let arm = body(variant, expr);
            quote!(#pattern => #arm,)
        })
        .collect();
    arms.extend(model.catch_all());
    arms
}

fn http_impl(model: &ResponseEnum<'_>) -> TokenStream {
    let ident = &model.input.ident;
    let (_, ty_generics, _) = model.input.generics.split_for_impl();
    let mut generics = model.input.generics.clone();
    let body_param = Ident::new("__ResponsesBody", Span::call_site());
    generics
        .params
        .push(syn::GenericParam::Type(syn::TypeParam::from(body_param)));
    let (impl_generics, _, _) = generics.split_for_impl();
    let bodies = model.variants.iter().filter_map(Variant::body);
    let default = model
        .variants
        .iter()
        .any(|variant| variant.body().is_none())
        .then(|| quote!(__ResponsesBody: ::core::default::Default,));
    let where_clause = where_clause(
        model,
        &quote! {
            #(#bodies: ::core::convert::Into<__ResponsesBody>,)*
            #default
        },
    );
    let prefix = quote!(#ident);
    // The work of each arm lives in two generic functions of `responses`,
    // so the expansion stays small.
    let arms = arms(model, &prefix, |variant, expr| {
        if variant.body().is_some() {
            quote!(::responses::__private::into_http(#expr))
        } else {
            quote!(::responses::__private::into_http_empty(#expr))
        }
    });
    let allow = allow_deprecated(model);
    quote! {
        #[automatically_derived]
        #allow
        impl #impl_generics ::core::convert::From<#ident #ty_generics>
            for ::responses::__private::http::Response<__ResponsesBody> #where_clause
        {
            #[inline]
            fn from(response: #ident #ty_generics) -> Self {
                match response {
                    #arms
                }
            }
        }
    }
}

/// `where` with the enum's own predicates and then `extra`, written as
/// tokens directly: building syn predicates with `parse_quote!` would print
/// and re-parse every bound, on every call.
fn where_clause(model: &ResponseEnum<'_>, extra: &TokenStream) -> TokenStream {
    let own = model
        .input
        .generics
        .where_clause
        .as_ref()
        .map(|clause| &clause.predicates);
    let own = own.into_iter().flat_map(|predicates| predicates.iter());
    quote!(where #(#own,)* #extra)
}

/// The where clause with `bound` on every variant's per-status type.
///
/// Each bound is higher-ranked (`for<'__r> Created<User>: IntoResponse`).
/// A plain bound on concrete types is checked where the impl is written, so
/// enabling `responses/axum` anywhere in a build would break every enum
/// whose bodies are not `IntoResponse`; a higher-ranked bound is checked
/// only where the impl is used, which is where the error belongs.
fn bounded(model: &ResponseEnum<'_>, bound: &TokenStream) -> TokenStream {
    let types = model.variants.iter().map(Variant::response_type);
    where_clause(model, &quote!(#(for<'__responses> #types: #bound,)*))
}

fn axum_impl(model: &ResponseEnum<'_>) -> TokenStream {
    let ident = &model.input.ident;
    let bound = quote!(::responses::__private::axum::IntoResponse);
    let where_clause = bounded(model, &bound);
    let (impl_generics, ty_generics, _) = model.input.generics.split_for_impl();
    let arms = arms(
        model,
        &quote!(Self),
        |_, expr| quote!(::responses::__private::axum::IntoResponse::into_response(#expr)),
    );
    let allow = allow_deprecated(model);
    quote! {
        #[automatically_derived]
        #allow
        impl #impl_generics ::responses::__private::axum::IntoResponse for #ident #ty_generics #where_clause {
            fn into_response(self) -> ::responses::__private::axum::Response {
                match self {
                    #arms
                }
            }
        }
    }
}

fn actix_impl(model: &ResponseEnum<'_>) -> TokenStream {
    let ident = &model.input.ident;
    let bound = quote!(
        ::responses::__private::actix::Responder<Body = ::responses::__private::actix::BoxBody>
    );
    let where_clause = bounded(model, &bound);
    let (impl_generics, ty_generics, _) = model.input.generics.split_for_impl();
    let arms = arms(
        model,
        &quote!(Self),
        |_, expr| quote!(::responses::__private::actix::Responder::respond_to(#expr, request)),
    );
    let allow = allow_deprecated(model);
    quote! {
        #[automatically_derived]
        #allow
        impl #impl_generics ::responses::__private::actix::Responder for #ident #ty_generics #where_clause {
            type Body = ::responses::__private::actix::BoxBody;

            fn respond_to(
                self,
                request: &::responses::__private::actix::HttpRequest,
            ) -> ::responses::__private::actix::HttpResponse {
                match self {
                    #arms
                }
            }
        }
    }
}

fn utoipa_impl(model: &ResponseEnum<'_>) -> TokenStream {
    let ident = &model.input.ident;
    let bound = quote!(::responses::__private::utoipa::DescribeResponse);
    let where_clause = bounded(model, &bound);
    let (impl_generics, ty_generics, _) = model.input.generics.split_for_impl();
    let described = model.variants.iter().map(|variant| {
        let ty = variant.response_type();
        quote!(<#ty as ::responses::__private::utoipa::DescribeResponse>::describe())
    });
    let allow = allow_deprecated(model);
    quote! {
        #[automatically_derived]
        #allow
        impl #impl_generics ::responses::__private::utoipa::IntoResponses for #ident #ty_generics #where_clause {
            fn responses() -> ::responses::__private::utoipa::BTreeMap<
                ::responses::__private::utoipa::String,
                ::responses::__private::utoipa::RefOr<::responses::__private::utoipa::Response>,
            > {
                ::responses::__private::utoipa::responses([#(#described),*])
            }
        }
    }
}
