//! What a range entry (`4XX(Problem)`, `default(Problem)`) adds to the
//! enum: its variant, holding `::responses::response::Ranged<4, Problem>`
//! (`Ranged<0, _>` for `default`), the constructors that check the status
//! (at compile time for a constant code, as a typed error otherwise),
//! `From`, and its arms in `status()`, the integrations and decoding; and
//! `Responses::RANGES`/`HAS_DEFAULT`, through which an including enum
//! decodes into a set's range and checks that each range is declared once.
//! Ranges come after every other variant: a named status, and an included
//! set's, wins over the range, and a range over `default`.

use crate::ast::{Range, ResponseEnum, Set};
use crate::emit::{Delim, DocLiteral, Out};
use crate::expand::Call;
use crate::expand::generics::{
    ImplOf, allow_deprecated, impl_generics, impl_header, self_type, visibility, where_clause,
};
use crate::expand::sets::overlap_check_name;
use crate::pretty;
use crate::valid::ranges::{key_text, names};
use proc_macro2::{Ident, Span};
use quote::{quote, quote_spanned};
use syn::Type;
use syn::ext::IdentExt as _;

/// `::responses::response::Ranged<4, Problem>`.
pub(super) fn range_type(out: &mut Out, range: &Range) {
    out.text("::responses::response::Ranged<")
        .number(usize::from(range.class))
        .text(", ")
        .tokens(&range.body)
        .text(">");
}

/// [`range_type`] in an expression: `Ranged::<4, Problem>`.
fn range_expr(out: &mut Out, range: &Range) {
    out.text("::responses::response::Ranged::<")
        .number(usize::from(range.class))
        .text(", ")
        .tokens(&range.body)
        .text(">");
}

/// The variants, in the enum's braces.
pub(super) fn variants(out: &mut Out, model: &ResponseEnum<'_>) {
    for range in &model.ranges {
        let text = if range.class == 0 {
            "Any other status, held as a value: one that neither the enum nor a range \
             names (the `default` entry of the declaration)."
                .to_owned()
        } else {
            format!(
                "Any {0}XX status this enum does not name, held as a value (the `{0}XX` \
                 entry of the declaration).",
                range.class
            )
        };
        out.doc(&DocLiteral::new(&text));
        out.tokens(&range.ident);
        out.group(Delim::Paren, |out| range_type(out, range));
        out.text(",");
    }
}

/// `client_error::<429>(body)` and `try_client_error(status, body)`.
pub(super) fn constructors(out: &mut Out, model: &ResponseEnum<'_>) {
    if model.ranges.is_empty() {
        return;
    }
    out.text("#[allow(dead_code)]");
    allow_deprecated(out, model);
    impl_header(out, model, ImplOf::Inherent, false);
    out.group(Delim::Brace, |out| {
        for range in &model.ranges {
            let snake = names(range.class).1;
            let span = Span::call_site().located_at(range.key.span());
            let held = held_text(range.class);
            let text = format!(
                "Creates the [`{0}`](Self::{0}) response with the registered status `CODE`, \
                 {held}: `{snake}::<CODE>(body)`. A code {outside}unregistered, declared \
                 by the enum or whose content is forbidden does not compile; for a status \
                 known at run time use [`try_{snake}`](Self::try_{snake}).",
                range.ident,
                outside = if range.class == 0 {
                    "held by a range, informational, "
                } else {
                    "outside the class, "
                },
            );
            out.doc(&DocLiteral::new(&text));
            out.text("#[inline]");
            visibility(out, &model.input.vis);
            out.text("fn ").tokens(&Ident::new(snake, span));
            out.text("<const __CODE: u16>");
            out.group(Delim::Paren, |out| {
                out.text("body: ").tokens(&range.body);
            });
            out.text(" -> Self");
            out.group(Delim::Brace, |out| {
                out.text("const ");
                out.group(Delim::Brace, |out| {
                    out.text("::responses::__private::refuse_named(Self::STATUSES, __CODE);");
                    if range.class == 0 {
                        out.text(
                            "::responses::__private::refuse_ranged(\
                             <Self as ::responses::Responses>::RANGES, __CODE);",
                        );
                    }
                });
                out.text("; Self::").tokens(&range.ident);
                out.group(Delim::Paren, |out| {
                    range_expr(out, range);
                    out.text("::new::<__CODE>(body)");
                });
            });
            let text = format!(
                "Creates the [`{0}`](Self::{0}) response with `status`, {held}.\n\n\
                 # Errors\n\n\
                 [`OutsideRange`](::responses::response::OutsideRange) when the status is \
                 {outside}, forbids content, or is declared by the enum.",
                range.ident,
                outside = if range.class == 0 {
                    "informational or held by a range"
                } else {
                    "of another class"
                },
            );
            out.doc(&DocLiteral::new(&text));
            out.text("#[inline]");
            visibility(out, &model.input.vis);
            out.text("fn ")
                .tokens(&Ident::new(&format!("try_{snake}"), span));
            out.group(Delim::Paren, |out| {
                out.text("status: ::responses::Status, body: ")
                    .tokens(&range.body);
            });
            out.text(" -> ::core::result::Result<Self, ::responses::response::OutsideRange>");
            out.group(Delim::Brace, |out| {
                out.text("let status = ::responses::__private::unnamed(Self::STATUSES, status)?; ");
                if range.class == 0 {
                    out.text(
                        "let status = ::responses::__private::unranged(\
                         <Self as ::responses::Responses>::RANGES, status)?; ",
                    );
                }
                range_expr(out, range);
                out.text("::try_new(status, body).map");
                out.group(Delim::Paren, |out| {
                    out.text("Self::").tokens(&range.ident);
                });
            });
        }
    });
}

/// What the constructors of a range hold: "a 4xx status this enum does not
/// name".
fn held_text(class: u8) -> String {
    if class == 0 {
        "a status that neither this enum nor one of its ranges names".to_owned()
    } else {
        format!("a {class}xx status this enum does not name")
    }
}

/// `From<Ranged<4, Problem>>` for the enum.
pub(super) fn from_impls(out: &mut Out, model: &ResponseEnum<'_>) {
    for range in &model.ranges {
        out.text("#[automatically_derived]");
        impl_generics(out, model);
        out.text("::core::convert::From<");
        range_type(out, range);
        out.text("> for ");
        self_type(out, model);
        where_clause(out, model, false);
        out.group(Delim::Brace, |out| {
            out.text("#[inline] fn from");
            out.group(Delim::Paren, |out| {
                out.text("response: ");
                range_type(out, range);
            });
            out.text(" -> Self");
            out.group(Delim::Brace, |out| {
                out.text("Self::").tokens(&range.ident).text("(response)");
            });
        });
    }
}

/// The arms of `status()`: the held status.
pub(super) fn status_arms(out: &mut Out, model: &ResponseEnum<'_>) {
    for range in &model.ranges {
        out.text("Self::")
            .tokens(&range.ident)
            .text("(ref __range) => __range.status(),");
    }
}

/// The arms of an integration's `match`: the range's response converts
/// itself, through the call `call` gives for its body.
pub(super) fn arms(
    out: &mut Out,
    model: &ResponseEnum<'_>,
    by_name: bool,
    call: &dyn Fn(Option<&Type>) -> Call,
) {
    for range in &model.ranges {
        if by_name {
            out.tokens(&model.input.ident);
        } else {
            out.text("Self");
        }
        let call = call(Some(&range.body));
        out.text("::").tokens(&range.ident);
        out.text("(__response) => ").text(call.function);
        out.group(Delim::Paren, |out| {
            out.text("__response").text(call.more);
        });
        out.text(",");
    }
}

/// The arms of decoding, after the named statuses and included sets.
pub(super) fn decode_arms(out: &mut Out, model: &ResponseEnum<'_>) {
    for range in model.ranges.iter().filter(|range| range.class != 0) {
        let first = usize::from(range.class) * 100;
        out.number(first).text("..=").number(first + 99);
        out.text(" => ::responses::__private::decode_range::<")
            .number(usize::from(range.class))
            .text(", ")
            .tokens(&range.body)
            .text(", Self>");
        out.group(Delim::Paren, |out| {
            out.text("response, Self::").tokens(&range.ident);
        });
        out.text(",");
    }
}

/// The arms of decoding that hand an included set with `default` what no
/// entry of the enum or its sets names.
pub(super) fn set_default_arms(out: &mut Out, model: &ResponseEnum<'_>) {
    for set in &model.sets {
        out.text("_ if <")
            .tokens(&set.ty)
            .text(" as ::responses::Responses>::HAS_DEFAULT");
        out.text(" => ::responses::__private::decode_set");
        out.group(Delim::Paren, |out| {
            out.text("response, Self::").tokens(&set.ident);
        });
        out.text(",");
    }
}

/// The last arm of decoding: `default`'s, or the refusal of an undeclared
/// status.
pub(super) fn last_decode_arm(out: &mut Out, model: &ResponseEnum<'_>) {
    let Some(default) = model.ranges.iter().find(|range| range.class == 0) else {
        out.text("_ => ::responses::__private::undeclared(response),");
        return;
    };
    out.text("_ => ::responses::__private::decode_range::<0, ")
        .tokens(&default.body)
        .text(", Self>");
    out.group(Delim::Paren, |out| {
        out.text("response, Self::").tokens(&default.ident);
    });
    out.text(",");
}

/// The entries of the OpenAPI map: `describe_range::<4, Problem>`, listed
/// with the included sets' maps.
pub(super) fn describers(out: &mut Out, model: &ResponseEnum<'_>) {
    for range in &model.ranges {
        out.text("::responses::__private::utoipa::describe_range::<")
            .number(usize::from(range.class))
            .text(", ")
            .tokens(&range.body)
            .text(">,");
    }
}

/// The variant of `::responses::status::StatusClass` for the digit.
fn class_variant(class: u8) -> &'static str {
    match class {
        2 => "Successful",
        3 => "Redirection",
        4 => "ClientError",
        _ => "ServerError",
    }
}

fn set_ranges(out: &mut Out, set: &Set) {
    out.text("<")
        .tokens(&set.ty)
        .text(" as ::responses::Responses>::RANGES");
}

/// `Responses::RANGES` and `HAS_DEFAULT`, in the trait's impl: the enum's
/// own ranges, then its sets'. Left to the trait's defaults, none, when the
/// enum has neither.
pub(super) fn ranges_const(out: &mut Out, model: &ResponseEnum<'_>) {
    let classes: Vec<u8> = model
        .ranges
        .iter()
        .map(|range| range.class)
        .filter(|class| *class != 0)
        .collect();
    if model.ranges.is_empty() && model.sets.is_empty() {
        return;
    }
    let default = model.ranges.iter().any(|range| range.class == 0);
    out.text("const HAS_DEFAULT: bool = ")
        .text(if default { "true" } else { "false" });
    for set in &model.sets {
        out.text(" || <")
            .tokens(&set.ty)
            .text(" as ::responses::Responses>::HAS_DEFAULT");
    }
    out.text(";");
    out.text("const RANGES: &'static [::responses::status::StatusClass] = &");
    let own = |out: &mut Out| {
        out.group(Delim::Bracket, |out| {
            for class in &classes {
                out.text("::responses::status::StatusClass::")
                    .text(class_variant(*class))
                    .text(",");
            }
        });
    };
    if model.sets.is_empty() {
        own(out);
        out.text(";");
        return;
    }
    out.text("::responses::__private::concat_ranges::<");
    out.group(Delim::Brace, |out| {
        out.number(classes.len());
        super::sets::after_statuses(out, model);
        for set in &model.sets {
            out.text(" + ");
            set_ranges(out, set);
            out.text(".len()");
        }
    });
    out.text(">");
    out.group(Delim::Paren, |out| {
        out.text("&");
        out.group(Delim::Bracket, |out| {
            out.text("&");
            own(out);
            out.text(",");
            for set in &model.sets {
                set_ranges(out, set);
                out.text(",");
            }
        });
    });
    out.text(";");
}

/// With included sets, each range once: one check per own range (spanned
/// at its key) and per set (at the `..Set` entry), each against all the
/// other places, so that a range declared twice fails at both.
pub(super) fn range_checks(out: &mut Out, model: &ResponseEnum<'_>) {
    if model.sets.is_empty() {
        return;
    }
    let name = model.input.ident.to_string();
    let own = model.ranges.iter().map(|range| {
        if range.class == 0 {
            return quote!((#name, &[], true));
        }
        let class = Ident::new(class_variant(range.class), Span::call_site());
        quote!((#name, &[::responses::status::StatusClass::#class], false))
    });
    let sets = model.sets.iter().map(|set| {
        let set_name = format!("..{}", pretty::type_text(&set.ty));
        let ty = &set.ty;
        quote! {
            (
                #set_name,
                <#ty as ::responses::Responses>::RANGES,
                <#ty as ::responses::Responses>::HAS_DEFAULT,
            )
        }
    });
    let places: Vec<_> = own.chain(sets).collect();
    let enum_name = model.input.ident.unraw();
    let spans = model
        .ranges
        .iter()
        .map(|range| {
            let check = format!("{enum_name}_has_one_{}", key_text(range.class));
            (range.key.span(), check)
        })
        .chain(model.sets.iter().enumerate().map(|(index, set)| {
            let status_check = overlap_check_name(model, index).to_string();
            let check = status_check.replace("_share_no_status", "_share_no_range");
            (set.span, check)
        }));
    for (index, (span, check)) in spans.enumerate() {
        let check = Ident::new(&check, Span::call_site());
        out.tokens(&quote_spanned! {span=>
            #[allow(non_upper_case_globals, dead_code)]
            static #check: () = ::responses::__private::check_range_once(
                #name,
                &[#(#places),*],
                #index,
            );
        });
    }
}

/// The arms of decoding that hand an included set a status of one of its
/// ranges, after every status named by the enum or its sets.
pub(super) fn set_decode_arms(out: &mut Out, model: &ResponseEnum<'_>) {
    for set in &model.sets {
        out.text("__code if ::responses::__private::in_ranges");
        out.group(Delim::Paren, |out| {
            set_ranges(out, set);
            out.text(", __code");
        });
        out.text(" => ::responses::__private::decode_set");
        out.group(Delim::Paren, |out| {
            out.text("response, Self::").tokens(&set.ident);
        });
        out.text(",");
    }
}
