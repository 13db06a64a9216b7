//! The items an enum gets for each set it includes (`..ApiError`): the
//! `From<Set>` impls, the overlap checks, the length term that ties the
//! other constants to `STATUSES`, and the hidden `from_included_set` that
//! rustc's suggestions find for a set's constructor names.

use crate::ast::{ResponseEnum, Set};
use crate::emit::{Delim, Out};
use crate::expand::generics::{impl_generics, self_type, visibility, where_clause};
use crate::pretty;
use proc_macro2::{Ident, Span};
use quote::{quote, quote_spanned};
use syn::ext::IdentExt as _;

/// `From<Set>` for the enum (both forms), so a response of an included set
/// converts with `.into()`: `ApiError::unauthorized(..).into()`.
pub(super) fn set_from_impls(out: &mut Out, model: &ResponseEnum<'_>) {
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

/// `<Set as ::responses::Responses>`: every use of an included set goes
/// through the trait, so a path that is not a response enum gives one error
/// (the trait's `on_unimplemented` message), not one per use.
pub(super) fn set_as_responses(out: &mut Out, set: &Set) {
    out.text("<")
        .tokens(&set.ty)
        .text(" as ::responses::Responses>");
}

/// ` + 0 * <Set as Responses>::STATUSES.len()` for the first set, in the
/// length of another constant built from the sets (`RANGES`,
/// `WITH_CONTENT`): for two sets that include each other, every such
/// constant then fails on `STATUSES`, and rustc reports the one cycle
/// rather than one per constant.
pub(super) fn after_statuses(out: &mut Out, model: &ResponseEnum<'_>) {
    if let Some(set) = model.sets.first() {
        out.text(" + 0 * ");
        set_as_responses(out, set);
        out.text("::STATUSES.len()");
    }
}

/// For each included set, a static whose evaluation fails when the set
/// shares a status with the enum's own statuses or with a set included
/// before it. The message names the status and both enums; the error
/// points at the `..Set` entry, where the call is spanned (the function
/// that fails is `#[track_caller]`). rustc's label names the item that
/// failed, so it is a static named as a sentence,
/// `CreateUser_and_ApiError_share_no_status`, rather than `const _`.
pub(super) fn overlap_checks(out: &mut Out, model: &ResponseEnum<'_>) {
    let name = model.input.ident.to_string();
    let own = model.variants.iter().map(|variant| {
        let constant = Ident::new(variant.entry.constant, Span::call_site());
        quote!(::responses::Status::#constant)
    });
    let own = own.chain(super::custom::status_tokens(model));
    let own = quote!(&[#(#own),*]);
    for (index, set) in model.sets.iter().enumerate() {
        let set_name = format!("..{}", pretty::type_text(&set.ty));
        let ty = &set.ty;
        let earlier = model.sets[..index].iter().map(|earlier| {
            let earlier_name = format!("..{}", pretty::type_text(&earlier.ty));
            let earlier_ty = &earlier.ty;
            quote!((#earlier_name, <#earlier_ty as ::responses::Responses>::STATUSES))
        });
        let check = overlap_check_name(model, index);
        out.tokens(&quote_spanned! {set.span=>
            #[allow(non_upper_case_globals, dead_code)]
            static #check: () = ::responses::__private::check_disjoint(
                #name,
                #own,
                #set_name,
                <#ty as ::responses::Responses>::STATUSES,
                &[#(#earlier),*],
            );
        });
    }
}

/// The name of the overlap check of the set at `index`:
/// `CreateUser_and_ApiError_share_no_status`.
pub(super) fn overlap_check_name(model: &ResponseEnum<'_>, index: usize) -> Ident {
    let name = format!(
        "{}_and_{}_share_no_status",
        model.input.ident.unraw(),
        set_label(model, index)
    );
    Ident::new(&name, Span::call_site())
}

/// The set at `index` in the names of its checks: the last segment of its
/// path, numbered when an earlier set's path ends in the same name.
pub(super) fn set_label(model: &ResponseEnum<'_>, index: usize) -> String {
    let last = |set: &Set| match &set.ty {
        syn::Type::Path(path) => path.path.segments.last().map_or_else(
            || set.ident.to_string(),
            |segment| segment.ident.unraw().to_string(),
        ),
        _ => set.ident.to_string(),
    };
    let set = last(&model.sets[index]);
    let repeated = model.sets[..index]
        .iter()
        .any(|earlier| last(earlier) == set);
    if repeated {
        format!("{set}_{index}")
    } else {
        set
    }
}

/// A hidden `from_included_set`, where the enum includes sets, whose doc
/// aliases are the constructor names of every status. A constructor cannot
/// be generated for a set's statuses (this macro cannot see them), so a
/// call such as `CreateItem::unauthorized(..)` finds none; rustc then
/// looks among the aliases and points to this function; given the wrong
/// value, rustc's message on its `Into<Self>` bound lists the sets the enum
/// converts from, whose constructors build the status.
pub(super) fn from_included_set(out: &mut Out, model: &ResponseEnum<'_>) {
    if model.sets.is_empty() {
        return;
    }
    out.text("#[doc(hidden)]").text(constructor_aliases());
    visibility(out, &model.input.vis);
    out.text(
        "fn from_included_set(response: impl ::core::convert::Into<Self>) -> Self \
         { ::core::convert::Into::into(response) }",
    );
}

/// `#[doc(alias = "ok", alias = "created", ..)]`: every final status's
/// constructor name, written once per compiler process.
fn constructor_aliases() -> &'static str {
    static ALIASES: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    ALIASES.get_or_init(|| {
        let mut text = String::from("#[doc(");
        for entry in crate::registry::STATUSES
            .iter()
            .filter(|entry| entry.code >= 200)
        {
            text.push_str("alias = \"");
            text.push_str(&entry.snake_name());
            text.push_str("\",");
        }
        text.push_str(")]");
        text
    })
}
