//! What is emitted when the input cannot become a response enum at all, so
//! that one mistake gives one error and not a cascade of them.

use proc_macro2::TokenStream;
use quote::quote;

/// The user's item, unchanged, next to the errors: code that names it still
/// resolves, and only the real mistake is reported.
pub(crate) fn original_item(item: &TokenStream, errors: &TokenStream) -> TokenStream {
    quote! {
        #item
        #errors
    }
}
