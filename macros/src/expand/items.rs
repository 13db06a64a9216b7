//! The items every enum gets whatever the features: the enum itself (in
//! the attribute form), its constructors and `From` impls, `STATUSES`,
//! `status()`, and the `match` arms the integrations build on. What an
//! included set adds is in `sets.rs`.

use crate::ast::{ResponseEnum, Set, Shape, Variant};
use crate::docs;
use crate::emit::{Delim, DocLiteral, Out};
use crate::expand::generics::{
    ImplOf, allow_deprecated, declared_generics, impl_generics, impl_header, self_type, visibility,
    where_clause,
};
use crate::expand::sets::set_as_responses;
use crate::expand::{Call, fields};
use crate::paths::RESPONSE_MODULE;
use proc_macro2::{Ident, Span};
use quote::ToTokens;
use syn::{DeriveInput, Type};

/// The per-status type a variant turns into,
/// `::responses::response::Created<User>`.
pub(super) fn response_type(out: &mut Out, variant: &Variant) {
    out.text(RESPONSE_MODULE).text(variant.entry.name);
    if variant.entry.content_forbidden {
        return;
    }
    match variant.body() {
        Some(body) => {
            out.text("<").tokens(body).text(">");
        }
        None => {
            out.text("<").text(RESPONSE_MODULE).text("Empty>");
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
pub(super) fn enum_definition(out: &mut Out, model: &ResponseEnum<'_>) {
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
    let method = model.method.as_ref().map(|method| method.entry);
    let table = docs::enum_table(model, method);
    out.doc(&DocLiteral::new(&table));
    super::method::enum_doc(out, model);
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
                    out.doc(docs::variant(variant.entry));
                    super::method::ok_doc(out, model, variant);
                    out.tokens(&variant.ident);
                    out.group(Delim::Paren, |out| response_type(out, variant));
                }
                Part::Set(set) => {
                    let text = format!(
                        "Any response of {}: this enum includes every status of \
                         that set, which its page lists.",
                        docs::set_link(set)
                    );
                    out.doc(&DocLiteral::new(&text));
                    out.tokens(&set.ident);
                    out.group(Delim::Paren, |out| {
                        out.tokens(&set.ty);
                    });
                }
            }
            out.text(",");
        }
        super::custom::variants(out, model);
        super::ranges::variants(out, model);
    });
}

/// One constructor per variant (attribute form), with the parameters the
/// status needs. An included set's statuses are built with the set's own
/// constructors and converted with `.into()`: this macro cannot see them.
pub(super) fn constructors(out: &mut Out, model: &ResponseEnum<'_>) {
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
    out.doc(docs::constructor(entry));
    super::method::ok_doc(out, model, variant);
    if !variant.fields.is_empty() {
        out.doc(&DocLiteral::new(&docs::declared_fields(
            &variant.fields,
            variant.body().is_some(),
        )));
    }
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
            out.text("body: ").tokens(body).text(",");
        }
        fields::params(out, variant);
    });
    out.text(" -> Self").group(Delim::Brace, |out| {
        // `::responses::response::Ok::new(body)`
        let build = |out: &mut Out| {
            out.text(RESPONSE_MODULE).text(entry.name).text("::");
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
        };
        if variant.fields.is_empty() {
            out.text("Self::").text(entry.name);
            out.group(Delim::Paren, build);
        } else {
            out.text("let mut __response = ");
            build(out);
            out.text(";");
            fields::insert(out, variant);
            out.text("Self::").text(entry.name).text("(__response)");
        }
    });
}

/// `created_at(location, body)`: for a status that is expected to carry a
/// `Location` its constructor does not take (201, 300), the constructor
/// with that field set, as ASP.NET's `Created(uri, value)`.
fn located_constructor(out: &mut Out, model: &ResponseEnum<'_>, variant: &Variant) {
    let entry = variant.entry;
    // With declared fields, the constructor is the one way to build the
    // variant with all of them.
    if !variant.fields.is_empty() {
        return;
    }
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
    out.doc(&DocLiteral::new(&text));
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
            out.text(RESPONSE_MODULE).text(entry.name).text("::");
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
pub(super) fn from_impls(out: &mut Out, model: &ResponseEnum<'_>) {
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
pub(super) fn statuses_const(out: &mut Out, model: &ResponseEnum<'_>) {
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
        out.group(Delim::Bracket, |out| {
            status_constants(out, &model.variants);
            super::custom::statuses(out, model);
        });
        out.text(";");
        return;
    }
    out.text("::responses::__private::concat_statuses::<");
    out.group(Delim::Brace, |out| {
        out.number(model.variants.len() + model.customs.len());
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
                super::custom::statuses(out, model);
            });
        });
    });
    out.text(";");
}

/// `status()`: a `const fn` when every variant is the enum's own; with
/// included sets a plain `fn`, because it asks each set through the
/// `Responses` trait, which a `const fn` cannot call on stable Rust.
pub(super) fn status_fn(out: &mut Out, model: &ResponseEnum<'_>) {
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
            super::custom::status_arms(out, model);
            super::ranges::status_arms(out, model);
            catch_all(out, model);
        });
    });
}

/// The catch-all arm for an incomplete model. It is never reached: the crate
/// does not compile, because of the errors reported with it.
pub(super) fn catch_all(out: &mut Out, model: &ResponseEnum<'_>) {
    if !model.complete {
        out.text("#[allow(unreachable_patterns)] _ => ::core::unreachable!(),");
    }
}

/// Arms of a `match` on the enum that turn each variant into its
/// per-status response and pass it to a function (`call`), each range and
/// unregistered code to the function `held_call` gives for its body
/// (`None` without one), and each included set to `set_call`. The patterns
/// start with `Self`, or with the enum's name when `by_name`.
pub(super) fn arms(
    out: &mut Out,
    model: &ResponseEnum<'_>,
    by_name: bool,
    call: impl Fn(&Variant) -> Call,
    held_call: impl Fn(Option<&Type>) -> Call,
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
                out.text(" => ");
                // Bound, as the other shape's is, for a `function` that
                // names its argument (axum's).
                out.group(Delim::Brace, |out| {
                    out.text("let __response = ");
                    out.tokens(&variant.response_expr());
                    out.text(";").text(function);
                    out.group(Delim::Paren, |out| {
                        out.text("__response").text(more);
                    });
                });
            }
        }
    }
    for set in &model.sets {
        prefix(out);
        out.text("::").tokens(&set.ident);
        out.text("(__response) => ").text(set_call.function);
        out.group(Delim::Paren, |out| {
            out.text("__response").text(set_call.more);
        });
        out.text(",");
    }
    super::custom::arms(out, model, by_name, &held_call);
    super::ranges::arms(out, model, by_name, &held_call);
    catch_all(out, model);
}

/// Whether a body type may be `responses::Problem`: a path whose last
/// segment is `Problem`. The way is then chosen by type (a `Problem` of
/// another crate takes `IntoResponse`). Only these arms pay for the method
/// lookup, which is not free at compile time (BENCHMARKS.md, issue 24); a
/// type alias of `Problem` is sent as any other body is, rendered twice.
pub(super) fn may_be_problem(body: &Type) -> bool {
    match body {
        Type::Path(path) => {
            path.qself.is_none()
                && path
                    .path
                    .segments
                    .last()
                    .is_some_and(|last| last.ident == "Problem")
        }
        Type::Group(group) => may_be_problem(&group.elem),
        Type::Paren(paren) => may_be_problem(&paren.elem),
        _ => false,
    }
}

/// The call for an arm whose body is `body` (`None` without one): `via`
/// where the body may be a problem, `plain` otherwise.
pub(super) fn by_body(via: Call, plain: Call) -> impl Fn(Option<&Type>) -> Call {
    move |body| {
        if body.is_some_and(may_be_problem) {
            via
        } else {
            plain
        }
    }
}

/// The traits that `(&value).__via()` needs, if an arm of `model` may send
/// a problem (axum and actix-web).
pub(super) fn via_traits(out: &mut Out, model: &ResponseEnum<'_>) {
    let any_problem = model
        .variants
        .iter()
        .any(|variant| variant.body().is_some_and(may_be_problem))
        || model.ranges.iter().any(|range| may_be_problem(&range.body))
        || model
            .customs
            .iter()
            .any(|custom| custom.body.as_ref().is_some_and(may_be_problem));
    if any_problem {
        out.text("use ::responses::__private::{ViaBody as _, ViaProblem as _};");
    }
}
