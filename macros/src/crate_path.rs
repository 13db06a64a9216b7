//! `crate = path`: the path of `responses` for a caller that renamed the
//! dependency (`resp = { package = "responses" }`), as serde's
//! `#[serde(crate = "..")]`. The expansion is written with `::responses`
//! throughout; with a path given, every such leading `::responses` of the
//! finished expansion is replaced by it, so no template knows about it.

use proc_macro2::{Group, Spacing, TokenStream, TokenTree};
use quote::ToTokens;
use syn::parse::ParseStream;
use syn::{Path, Token};

/// A leading `crate = path` and its comma, if the arguments start with one.
pub(crate) fn parse(input: ParseStream<'_>) -> syn::Result<Option<Path>> {
    if !(input.peek(Token![crate]) && input.peek2(Token![=])) {
        return Ok(None);
    }
    input.parse::<Token![crate]>()?;
    input.parse::<Token![=]>()?;
    let path = Path::parse_mod_style(input)?;
    if !input.is_empty() {
        input.parse::<Token![,]>()?;
    }
    Ok(Some(path))
}

/// `tokens` with every path that starts `::responses` starting with `path`
/// instead.
pub(crate) fn rename(tokens: TokenStream, path: &Path) -> TokenStream {
    let mut out: Vec<TokenTree> = Vec::new();
    for tree in tokens {
        match tree {
            TokenTree::Ident(ident) if ident == "responses" && leading_colons(&out) => {
                out.truncate(out.len() - 2);
                out.extend(path.to_token_stream());
            }
            TokenTree::Group(group) => {
                let mut renamed = Group::new(group.delimiter(), rename(group.stream(), path));
                renamed.set_span(group.span());
                out.push(TokenTree::Group(renamed));
            }
            other => out.push(other),
        }
    }
    out.into_iter().collect()
}

/// Whether `out` ends with a `::` that starts a path (not one inside
/// `a::b`).
fn leading_colons(out: &[TokenTree]) -> bool {
    let Some((second, rest)) = out.split_last() else {
        return false;
    };
    let Some((first, rest)) = rest.split_last() else {
        return false;
    };
    let colons = matches!((first, second), (TokenTree::Punct(a), TokenTree::Punct(b))
        if a.as_char() == ':' && a.spacing() == Spacing::Joint && b.as_char() == ':');
    let continues_path = match rest {
        // `a::responses`, `crate::responses`; not `for ::responses`.
        [.., TokenTree::Ident(ident)] => !KEYWORDS.iter().any(|keyword| ident == keyword),
        // Not after punctuation: `-> ::responses`, `for<'r> ::responses`.
        // (`<T as Tr>::responses` would be an associated item named
        // `responses`, which `responses` has none of.)
        _ => false,
    };
    colons && !continues_path
}

/// The keywords after which `::` starts a path.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "box", "break", "const", "continue", "dyn", "else", "enum", "extern",
    "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
    "return", "static", "struct", "trait", "type", "unsafe", "use", "where", "while", "yield",
];
