//! The response macros stacked on one enum: `#[responses]` twice, or with
//! `#[derive(Responses)]`. Each would implement the same items again, and
//! rustc would report every duplicate; the first of them to run reports one
//! error instead and takes the other out of the way.

use crate::ctxt::Errors;
use syn::punctuated::Punctuated;
use syn::{Attribute, DeriveInput, Path, Token};

/// `responses`, `responses::responses` or `::responses::responses`.
fn is_responses_attribute(path: &Path) -> bool {
    let segments = &path.segments;
    segments
        .last()
        .is_some_and(|last| last.ident == "responses")
        && (segments.len() == 1
            || segments
                .first()
                .is_some_and(|first| first.ident == "responses"))
}

/// `Responses`, `responses::Responses` or `::responses::Responses`.
fn is_responses_derive(path: &Path) -> bool {
    let segments = &path.segments;
    segments
        .last()
        .is_some_and(|last| last.ident == "Responses")
        && (segments.len() == 1
            || segments
                .first()
                .is_some_and(|first| first.ident == "responses"))
}

/// For `#[responses]`: the enum's other attributes, with a second
/// `#[responses]` and a `Responses` in a derive reported and removed.
/// (Attributes above this one have run already and are not seen.)
pub(crate) fn attribute_alone(attrs: &mut Vec<Attribute>, errors: &mut Errors) {
    let mut kept = Vec::with_capacity(attrs.len());
    for attr in attrs.drain(..) {
        if is_responses_attribute(attr.path()) {
            errors.spanned(
                &attr,
                "#[responses] is applied twice: list every status in one #[responses(..)]",
            );
            continue;
        }
        if attr.path().is_ident("derive")
            && let Ok(paths) = attr.parse_args_with(Punctuated::<Path, Token![,]>::parse_terminated)
            && let Some(derive) = paths.iter().find(|path| is_responses_derive(path))
        {
            errors.spanned(
                derive,
                "#[responses] implements `Responses` already: remove it from this derive \
                 (#[derive(Responses)] is for enums whose variants are written by hand)",
            );
            let rest = paths.iter().filter(|path| !is_responses_derive(path));
            if rest.clone().next().is_some() {
                kept.push(syn::parse_quote!(#[derive(#(#rest),*)]));
            }
            continue;
        }
        kept.push(attr);
    }
    *attrs = kept;
}

/// For `#[derive(Responses)]`: whether a `#[responses]` below the derive
/// will expand the enum (a derive sees the attributes after it). It is
/// reported here, and the derive then generates nothing, so that the
/// attribute's expansion stands alone.
pub(crate) fn derive_under_attribute(input: &DeriveInput, errors: &mut Errors) -> bool {
    let Some(attr) = input
        .attrs
        .iter()
        .find(|attr| is_responses_attribute(attr.path()))
    else {
        return false;
    };
    errors.spanned(
        attr,
        "#[responses] implements `Responses` already: remove `Responses` from the derive \
         above it (#[derive(Responses)] is for enums whose variants are written by hand)",
    );
    true
}
