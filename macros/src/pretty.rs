//! Types and paths printed as a user writes them, for messages and
//! documentation.

use quote::ToTokens;

/// A type or path as a user would write it (`Json<User>`, not
/// `Json < User >`), for messages and documentation.
pub(crate) fn type_text(ty: &impl ToTokens) -> String {
    ty.to_token_stream()
        .to_string()
        .replace(" < ", "<")
        .replace("< ", "<")
        .replace(" <", "<")
        .replace(" >", ">")
        .replace(" ,", ",")
        .replace(" :: ", "::")
        .replace(":: ", "::")
        .replace("& ", "&")
}
