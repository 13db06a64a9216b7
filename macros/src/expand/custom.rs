//! What an unregistered code (`custom 499("Client Closed Request")(Problem)`)
//! adds to the enum: its variant, holding
//! `::responses::response::Unregistered<499, Problem>`; its constructor;
//! `From`; and its status (built from the declared record) in `STATUSES`,
//! `status()`, the integrations' arms, decoding and the OpenAPI map.
//! Unregistered codes come after the named statuses and sets, and before
//! the ranges, which do not hold them.

use crate::ast::{Custom, ResponseEnum};
use crate::emit::{Delim, DocLiteral, Out};
use crate::expand::Call;
use crate::expand::generics::{ImplOf, allow_deprecated, impl_generics, impl_header, self_type};
use crate::expand::generics::{visibility, where_clause};
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;
use syn::Type;

/// The declared status as an expression (also in `const` and `static`
/// initializers): the record is a constant, so the reference to it is
/// `'static`.
pub(super) fn status_expr(custom: &Custom) -> TokenStream {
    let code = Literal::u16_unsuffixed(custom.code);
    let phrase = Literal::string(&custom.phrase);
    let name = Literal::string(&custom.ident.to_string());
    let constant = Literal::string(&custom.constant);
    quote!({
        const __RECORD: ::responses::__private::StatusEntry =
            ::responses::__private::unregistered_record(#code, #phrase, #name, #constant);
        ::responses::Status::__unregistered(&__RECORD)
    })
}

/// `::responses::response::Unregistered<499, Problem>`.
pub(super) fn custom_type(out: &mut Out, custom: &Custom) {
    out.text("::responses::response::Unregistered<")
        .number(usize::from(custom.code))
        .text(", ");
    match &custom.body {
        Some(body) => out.tokens(body),
        None => out.text("::responses::response::Empty"),
    };
    out.text(">");
}

fn title(custom: &Custom) -> String {
    format!("{} {}", custom.code, custom.phrase)
}

/// The variants, in the enum's braces.
pub(super) fn variants(out: &mut Out, model: &ResponseEnum<'_>) {
    for custom in &model.customs {
        let text = format!(
            "`{}`: a code outside the IANA registry, declared by this enum (`custom`).",
            title(custom)
        );
        out.doc(&DocLiteral::new(&text));
        out.tokens(&custom.ident);
        out.group(Delim::Paren, |out| custom_type(out, custom));
        out.text(",");
    }
}

/// `client_closed_request(body)`, or `client_closed_request()` without a
/// body.
pub(super) fn constructors(out: &mut Out, model: &ResponseEnum<'_>) {
    if model.customs.is_empty() {
        return;
    }
    out.text("#[allow(dead_code)]");
    allow_deprecated(out, model);
    impl_header(out, model, ImplOf::Inherent, false);
    out.group(Delim::Brace, |out| {
        for custom in &model.customs {
            let text = format!(
                "Creates the [`{0}`](Self::{0}) response: `{1}`, a code outside the IANA \
                 registry that this enum declares.",
                custom.ident,
                title(custom)
            );
            out.doc(&DocLiteral::new(&text));
            out.text("#[inline]");
            visibility(out, &model.input.vis);
            let span = Span::call_site().located_at(custom.key.span());
            out.text("fn ").tokens(&Ident::new(&custom.snake, span));
            out.group(Delim::Paren, |out| {
                if let Some(body) = &custom.body {
                    out.text("body: ").tokens(body);
                }
            });
            out.text(" -> Self");
            out.group(Delim::Brace, |out| {
                out.text("Self::").tokens(&custom.ident);
                out.group(Delim::Paren, |out| {
                    out.text("::responses::response::Unregistered::__new");
                    out.group(Delim::Paren, |out| {
                        out.tokens(&status_expr(custom));
                        if custom.body.is_some() {
                            out.text(", body");
                        } else {
                            out.text(", ::responses::response::Empty");
                        }
                    });
                });
            });
        }
    });
}

/// `From<Unregistered<499, Problem>>` for the enum.
pub(super) fn from_impls(out: &mut Out, model: &ResponseEnum<'_>) {
    for custom in &model.customs {
        out.text("#[automatically_derived]");
        impl_generics(out, model);
        out.text("::core::convert::From<");
        custom_type(out, custom);
        out.text("> for ");
        self_type(out, model);
        where_clause(out, model, false);
        out.group(Delim::Brace, |out| {
            out.text("#[inline] fn from");
            out.group(Delim::Paren, |out| {
                out.text("response: ");
                custom_type(out, custom);
            });
            out.text(" -> Self");
            out.group(Delim::Brace, |out| {
                out.text("Self::").tokens(&custom.ident).text("(response)");
            });
        });
    }
}

/// The declared statuses, each followed by a comma: `STATUSES` and the
/// overlap checks list them with the named ones.
pub(super) fn statuses(out: &mut Out, model: &ResponseEnum<'_>) {
    for custom in &model.customs {
        out.tokens(&status_expr(custom)).text(",");
    }
}

/// [`statuses`] as tokens.
pub(super) fn status_tokens(model: &ResponseEnum<'_>) -> Vec<TokenStream> {
    model.customs.iter().map(status_expr).collect()
}

/// The arms of `status()`: the held status.
pub(super) fn status_arms(out: &mut Out, model: &ResponseEnum<'_>) {
    for custom in &model.customs {
        out.text("Self::")
            .tokens(&custom.ident)
            .text("(ref __custom) => __custom.status(),");
    }
}

/// The arms of an integration's `match`: the response converts itself,
/// through the call `call` gives for its body (`None` without one).
pub(super) fn arms(
    out: &mut Out,
    model: &ResponseEnum<'_>,
    by_name: bool,
    call: &dyn Fn(Option<&Type>) -> Call,
) {
    for custom in &model.customs {
        if by_name {
            out.tokens(&model.input.ident);
        } else {
            out.text("Self");
        }
        let call = call(custom.body.as_ref());
        out.text("::").tokens(&custom.ident);
        out.text("(__response) => ").text(call.function);
        out.group(Delim::Paren, |out| {
            out.text("__response").text(call.more);
        });
        out.text(",");
    }
}

/// The arms of decoding, with the named statuses: `499 => ..`.
pub(super) fn decode_arms(out: &mut Out, model: &ResponseEnum<'_>) {
    for custom in &model.customs {
        out.number(usize::from(custom.code));
        out.text(" => ::responses::__private::decode_unregistered::<")
            .number(usize::from(custom.code))
            .text(", ");
        match &custom.body {
            Some(body) => out.tokens(body),
            None => out.text("::responses::response::Empty"),
        };
        out.text(", Self>");
        out.group(Delim::Paren, |out| {
            out.text("response, ").tokens(&status_expr(custom));
            out.text(", Self::").tokens(&custom.ident);
        });
        out.text(",");
    }
}

/// The entries of the OpenAPI map, each a closure without captures (a
/// function pointer, as the sets' and ranges' entries are).
pub(super) fn describers(out: &mut Out, model: &ResponseEnum<'_>) {
    for custom in &model.customs {
        out.text("|| ::responses::__private::utoipa::describe_unregistered::<");
        match &custom.body {
            Some(body) => out.tokens(body),
            None => out.text("::responses::response::Empty"),
        };
        out.text(">");
        out.group(Delim::Paren, |out| {
            out.tokens(&status_expr(custom));
        });
        out.text(",");
    }
}

/// The body schemas, with the ranges'.
pub(super) fn schemas(out: &mut Out, model: &ResponseEnum<'_>) {
    for body in model
        .customs
        .iter()
        .filter_map(|custom| custom.body.as_ref())
    {
        out.text("<")
            .tokens(body)
            .text(" as ::responses::__private::utoipa::ResponseBody>::schemas,");
    }
}
