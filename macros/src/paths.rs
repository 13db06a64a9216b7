//! Where the expansion finds the items of `responses` that live in its
//! module `response`: every per-status type, `Empty`, `TypedResponse` and
//! `IntoHttpBody`. One prefix, so that the module can move in one place.
//! (`Status`, `Responses`, `header`, `decode` and `__private` are at the
//! crate root, and written as such.)

use proc_macro2::{Ident, Punct, Spacing, Span, TokenStream, TokenTree};

/// The module of the per-status types, as the expansion's text writes it.
pub(crate) const RESPONSE_MODULE: &str = "::responses::response::";

/// `::responses::response::<name>` as tokens, with the call-site span.
pub(crate) fn response_item(name: &str) -> TokenStream {
    let mut path = TokenStream::new();
    let segments = RESPONSE_MODULE
        .split("::")
        .filter(|segment| !segment.is_empty());
    for segment in segments.chain([name]) {
        path.extend([
            TokenTree::Punct(Punct::new(':', Spacing::Joint)),
            TokenTree::Punct(Punct::new(':', Spacing::Alone)),
            TokenTree::Ident(Ident::new(segment, Span::call_site())),
        ]);
    }
    path
}

/// The module as documentation names it: `responses::response::`.
pub(crate) fn documented_module() -> &'static str {
    RESPONSE_MODULE.trim_start_matches(':')
}
