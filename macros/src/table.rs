//! The dataset-driven items of `responses` itself, generated once when that
//! crate is compiled: `Status` constants and facts, per-status response
//! types, and `Method` constants and facts. Nothing here runs per user call.

use crate::docs;
use crate::registry::{self, Header, StatusEntry};
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

pub(crate) fn expand(input: TokenStream) -> TokenStream {
    match syn::parse2::<Ident>(input) {
        Ok(part) if part == "statuses" => statuses(),
        Ok(part) if part == "responses" => responses(),
        Ok(part) if part == "methods" => methods(),
        Ok(part) => syn::Error::new(part.span(), "expected `statuses`, `responses` or `methods`")
            .into_compile_error(),
        Err(error) => error.into_compile_error(),
    }
}

fn strs(items: &[&str]) -> TokenStream {
    quote!(&[#(#items),*])
}

fn header_names(headers: &[Header]) -> TokenStream {
    let names = headers.iter().map(|header| header.name);
    quote!(&[#(#names),*])
}

fn statuses() -> TokenStream {
    let entries = registry::STATUSES;
    let count = entries.len();
    let constants = entries.iter().map(|entry| {
        let name = Ident::new(entry.constant, Span::call_site());
        let code = Literal::u16_unsuffixed(entry.code);
        let doc = docs::status_constant(entry);
        quote! {
            #[doc = #doc]
            pub const #name: Status = Status(#code);
        }
    });
    let all = entries
        .iter()
        .map(|entry| Ident::new(entry.constant, Span::call_site()));
    let infos = entries.iter().map(status_info);
    let arms = entries.iter().enumerate().map(|(index, entry)| {
        let code = Literal::u16_unsuffixed(entry.code);
        quote!(#code => ::core::option::Option::Some(#index),)
    });
    quote! {
        impl Status {
            #(#constants)*

            /// Every registered status, in ascending order of code.
            pub const ALL: &'static [Status] = &[#(Status::#all),*];
        }

        static STATUS_INFO: [StatusInfo; #count] = [#(#infos),*];

        /// Position of `code` in `STATUS_INFO`, if it is registered.
        const fn status_index(code: u16) -> ::core::option::Option<usize> {
            match code {
                #(#arms)*
                _ => ::core::option::Option::None,
            }
        }
    }
}

fn status_info(entry: &StatusEntry) -> TokenStream {
    let StatusEntry {
        phrase,
        name,
        constant,
        summary,
        description,
        spec,
        section,
        url,
        content_forbidden,
        cacheable,
        ..
    } = entry;
    let class = Ident::new(entry.class.ident(), Span::call_site());
    let standing = Ident::new(entry.standing.ident(), Span::call_site());
    let required = header_names(entry.required_headers);
    let expected = header_names(entry.expected_headers);
    let constructor = header_names(entry.parameters);
    let former = strs(entry.former_phrases);
    let note = if entry.standing_note.is_empty() {
        quote!(::core::option::Option::None)
    } else {
        let note = entry.standing_note;
        quote!(::core::option::Option::Some(#note))
    };
    quote! {
        StatusInfo {
            phrase: #phrase,
            name: #name,
            constant: #constant,
            class: StatusClass::#class,
            summary: #summary,
            description: #description,
            spec: #spec,
            section: #section,
            url: #url,
            content_forbidden: #content_forbidden,
            cacheable: #cacheable,
            required_headers: #required,
            expected_headers: #expected,
            constructor_headers: #constructor,
            standing: Standing::#standing,
            standing_note: #note,
            former_phrases: #former,
        }
    }
}

/// The `HeaderName` constant for a dataset header name (`WWW-Authenticate`
/// -> `WWW_AUTHENTICATE`).
pub(crate) fn header_constant(header: &Header) -> Ident {
    let name = header.name.to_ascii_uppercase().replace('-', "_");
    Ident::new(&name, Span::call_site())
}

fn responses() -> TokenStream {
    registry::STATUSES
        .iter()
        .filter(|entry| entry.has_response_type())
        .map(response_type)
        .collect()
}

fn response_type(entry: &StatusEntry) -> TokenStream {
    let name = Ident::new(entry.name, Span::call_site());
    let constant = Ident::new(entry.constant, Span::call_site());
    let doc = docs::response_type(entry);
    let title = entry.title();
    let deprecated = match entry.standing {
        registry::Standing::Deprecated | registry::Standing::Obsolete => {
            let note = entry.standing_note;
            quote!(#[deprecated(note = #note)])
        }
        _ => TokenStream::new(),
    };

    let params = entry.parameters.iter().map(|header| {
        let param = Ident::new(header.param, Span::call_site());
        let ty = Ident::new(header.ty, Span::call_site());
        quote!(#param: impl ::core::convert::Into<crate::header::#ty>)
    });
    let param_names: Vec<Ident> = entry
        .parameters
        .iter()
        .map(|header| Ident::new(header.param, Span::call_site()))
        .collect();
    let inserts = entry.parameters.iter().map(|header| {
        let param = Ident::new(header.param, Span::call_site());
        let ty = Ident::new(header.ty, Span::call_site());
        let constant = header_constant(header);
        quote! {
            let #param: crate::header::#ty = ::core::convert::Into::into(#param);
            headers.insert(crate::header::HeaderName::#constant, crate::header::HeaderValue::from(#param));
        }
    });
    let capacity = entry.parameters.len();
    let builders = entry.builder_headers().map(|header| {
        let param = Ident::new(header.param, Span::call_site());
        let ty = Ident::new(header.ty, Span::call_site());
        let constant = header_constant(header);
        let doc = format!(
            "Sets the `{}` header field, which a `{}` response is expected to carry \
             when it applies. Replaces any value set before.",
            header.name, title
        );
        quote! {
            #[doc = #doc]
            #[inline]
            pub fn #param(mut self, #param: impl ::core::convert::Into<crate::header::#ty>) -> Self {
                let #param: crate::header::#ty = ::core::convert::Into::into(#param);
                self.headers.insert(crate::header::HeaderName::#constant, crate::header::HeaderValue::from(#param));
                self
            }
        }
    });
    let integrations = integrations(entry, &name);
    let new_doc = format!(
        "Creates a `{title}` response.\n\n{}",
        docs::signature_rule(entry)
    );
    let common = quote! {
        /// The status of this response.
        pub const STATUS: crate::Status = crate::Status::#constant;

        #(#builders)*

        /// Appends a header field. Use the typed methods for the fields the
        /// status names; this one is for everything else.
        pub fn header(mut self, name: crate::header::HeaderName, value: crate::header::HeaderValue) -> Self {
            self.headers.append(name, value);
            self
        }

        /// The header fields set so far.
        pub fn headers(&self) -> &crate::header::Headers {
            &self.headers
        }

        /// The header fields, for changing them in place.
        pub fn headers_mut(&mut self) -> &mut crate::header::Headers {
            &mut self.headers
        }
    };

    if entry.content_forbidden {
        quote! {
            #[doc = #doc]
            #[derive(Clone, Debug, PartialEq, Eq)]
            #[must_use = "a response does nothing until it is returned"]
            #deprecated
            pub struct #name {
                headers: crate::header::Headers,
            }

            #[allow(deprecated)]
            impl #name {
                #[doc = #new_doc]
                #[inline]
                pub fn new(#(#params),*) -> Self {
                    #[allow(unused_mut)]
                    let mut headers = crate::header::Headers::with_capacity(#capacity);
                    #(#inserts)*
                    Self { headers }
                }

                #common
            }

            #[allow(deprecated)]
            impl crate::TypedResponse for #name {
                type Body = crate::Empty;
                const STATUS: crate::Status = crate::Status::#constant;

                fn headers(&self) -> &crate::header::Headers {
                    &self.headers
                }

                #[inline]
                fn into_parts(self) -> (crate::header::Headers, crate::Empty) {
                    (self.headers, crate::Empty)
                }
            }

            #[cfg(feature = "http")]
            #[allow(deprecated)]
            impl<B: ::core::default::Default> ::core::convert::From<#name> for ::http::Response<B> {
                fn from(response: #name) -> Self {
                    crate::integrations::http::response(
                        crate::Status::#constant,
                        response.headers,
                        ::core::default::Default::default(),
                    )
                }
            }

            #integrations
        }
    } else {
        let empty_doc = format!(
            "Creates a `{title}` response without content: [`new`](Self::new) with [`Empty`](crate::Empty) as the body."
        );
        let params_again = entry.parameters.iter().map(|header| {
            let param = Ident::new(header.param, Span::call_site());
            let ty = Ident::new(header.ty, Span::call_site());
            quote!(#param: impl ::core::convert::Into<crate::header::#ty>)
        });
        quote! {
            #[doc = #doc]
            #[derive(Clone, Debug, PartialEq, Eq)]
            #[must_use = "a response does nothing until it is returned"]
            #deprecated
            pub struct #name<B = crate::Empty> {
                headers: crate::header::Headers,
                body: B,
            }

            #[allow(deprecated)]
            impl<B> #name<B> {
                #[doc = #new_doc]
                #[inline]
                pub fn new(#(#params,)* body: B) -> Self {
                    #[allow(unused_mut)]
                    let mut headers = crate::header::Headers::with_capacity(#capacity);
                    #(#inserts)*
                    Self { headers, body }
                }

                #common

                /// The body.
                pub fn body(&self) -> &B {
                    &self.body
                }

                /// Replaces the body, keeping the status and header fields.
                pub fn map_body<C>(self, f: impl ::core::ops::FnOnce(B) -> C) -> #name<C> {
                    #name { headers: self.headers, body: f(self.body) }
                }
            }

            #[allow(deprecated)]
            impl #name<crate::Empty> {
                #[doc = #empty_doc]
                #[inline]
                pub fn empty(#(#params_again),*) -> Self {
                    Self::new(#(#param_names,)* crate::Empty)
                }
            }

            #[allow(deprecated)]
            impl<B> crate::TypedResponse for #name<B> {
                type Body = B;
                const STATUS: crate::Status = crate::Status::#constant;

                fn headers(&self) -> &crate::header::Headers {
                    &self.headers
                }

                #[inline]
                fn into_parts(self) -> (crate::header::Headers, B) {
                    (self.headers, self.body)
                }
            }

            #[cfg(feature = "http")]
            #[allow(deprecated)]
            impl<B> ::core::convert::From<#name<B>> for ::http::Response<B> {
                fn from(response: #name<B>) -> Self {
                    crate::integrations::http::response(crate::Status::#constant, response.headers, response.body)
                }
            }

            #integrations
        }
    }
}

fn methods() -> TokenStream {
    let entries = registry::METHODS;
    let count = entries.len();
    let constants = entries.iter().enumerate().map(|(index, entry)| {
        let name = Ident::new(entry.name, Span::call_site());
        let index = u8::try_from(index).expect("fewer than 256 methods");
        let mut traits = Vec::new();
        if entry.safe {
            traits.push("safe");
        }
        if entry.idempotent {
            traits.push("idempotent");
        }
        if entry.cacheable {
            traits.push("cacheable");
        }
        let traits = if traits.is_empty() {
            "neither safe nor idempotent".to_owned()
        } else {
            traits.join(", ")
        };
        let doc = format!(
            "`{}`: {}\n\n{}; request content {}.\n\n[{}, section {}]({})",
            entry.name,
            entry.summary,
            docs::uppercase_first(&traits),
            match entry.request_content {
                registry::RequestContent::Defined => "has defined semantics",
                registry::RequestContent::Undefined => "has no generally defined semantics",
                registry::RequestContent::Forbidden => "is not allowed",
            },
            entry.spec,
            entry.section,
            entry.url
        );
        quote! {
            #[doc = #doc]
            pub const #name: Method = Method(#index);
        }
    });
    let all = entries
        .iter()
        .map(|entry| Ident::new(entry.name, Span::call_site()));
    let infos = entries.iter().map(|entry| {
        let registry::MethodEntry {
            name,
            safe,
            idempotent,
            cacheable,
            summary,
            spec,
            section,
            url,
            ..
        } = entry;
        let content = format_ident!("{}", entry.request_content.ident());
        quote! {
            MethodInfo {
                name: #name,
                safe: #safe,
                idempotent: #idempotent,
                cacheable: #cacheable,
                request_content: RequestContent::#content,
                summary: #summary,
                spec: #spec,
                section: #section,
                url: #url,
            }
        }
    });
    quote! {
        impl Method {
            #(#constants)*

            /// Every registered method, in the order of RFC 9110 (PATCH last).
            pub const ALL: &'static [Method] = &[#(Method::#all),*];
        }

        static METHOD_INFO: [MethodInfo; #count] = [#(#infos),*];
    }
}

/// The framework impls of one per-status type, each behind its feature.
fn integrations(entry: &StatusEntry, name: &Ident) -> TokenStream {
    let (generics, ty, axum_bound, actix_bound) = if entry.content_forbidden {
        (quote!(), quote!(#name), quote!(), quote!())
    } else {
        (
            quote!(<B>),
            quote!(#name<B>),
            quote!(B: ::axum::response::IntoResponse,),
            quote!(B: ::actix_web::Responder,),
        )
    };
    let (axum_respond, actix_respond) = if entry.content_forbidden {
        (quote!(respond_empty), quote!(respond_empty))
    } else {
        (quote!(respond), quote!(respond))
    };
    quote! {
        #[cfg(feature = "axum")]
        #[allow(deprecated)]
        impl #generics ::axum::response::IntoResponse for #ty where #axum_bound {
            fn into_response(self) -> ::axum::response::Response {
                crate::integrations::axum::#axum_respond(self)
            }
        }

        #[cfg(feature = "actix-web")]
        #[allow(deprecated)]
        impl #generics ::actix_web::Responder for #ty where #actix_bound {
            type Body = ::actix_web::body::BoxBody;

            fn respond_to(self, request: &::actix_web::HttpRequest) -> ::actix_web::HttpResponse {
                crate::integrations::actix::#actix_respond(self, request)
            }
        }
    }
}
