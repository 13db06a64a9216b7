//! The model both entry points lower to: an enum whose variants are each
//! tied to one registered status and know how to become that status's
//! per-status response type.

use crate::registry::StatusEntry;
use proc_macro2::{Ident, Span, TokenStream};
use quote::{ToTokens, quote, quote_spanned};
use std::fmt;
use syn::{DeriveInput, LitInt, Type};

/// How the user named a status: the original token, for error spans.
#[derive(Clone)]
pub(crate) enum StatusKey {
    Code(LitInt),
    Name(Ident),
}

impl StatusKey {
    pub(crate) fn span(&self) -> Span {
        match self {
            StatusKey::Code(lit) => lit.span(),
            StatusKey::Name(ident) => ident.span(),
        }
    }
}

impl fmt::Display for StatusKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StatusKey::Code(lit) => write!(f, "{lit}"),
            StatusKey::Name(ident) => write!(f, "{ident}"),
        }
    }
}

impl ToTokens for StatusKey {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            StatusKey::Code(lit) => lit.to_tokens(tokens),
            StatusKey::Name(ident) => ident.to_tokens(tokens),
        }
    }
}

/// One status entry of `#[responses(..)]`: `201(User)` or `409`.
pub(crate) struct StatusArg {
    pub key: StatusKey,
    /// A reason phrase in parentheses before the body, `499("Client Closed
    /// Request")`: what an unregistered code declares (`custom`).
    pub phrase: Option<syn::LitStr>,
    pub body: Option<Type>,
    /// The header fields declared in `headers(..)`, in order.
    pub fields: Vec<FieldDecl>,
}

/// A header field declared for a status: `ETag` or `Option<CacheControl>`
/// in `200(Json<User>, headers(ETag, Option<CacheControl>))`.
#[derive(Clone)]
pub(crate) struct FieldDecl {
    /// The type as written, which is the constructor parameter's type.
    pub written: Type,
    /// The field's type: `written` without its `Option`.
    pub ty: Type,
    /// Declared as `Option<H>`: the field may be absent.
    pub optional: bool,
}

impl FieldDecl {
    /// The last segment of the field type's path (`ETag`), which names the
    /// field in messages and, snake-cased, the constructor's parameter.
    pub(crate) fn type_name(&self) -> String {
        match &self.ty {
            Type::Path(path) => path
                .path
                .segments
                .last()
                .map(|segment| segment.ident.to_string())
                .unwrap_or_default(),
            other => crate::pretty::type_text(other),
        }
    }

    /// The constructor's parameter: `etag`, `cache_control`.
    pub(crate) fn param(&self) -> String {
        let name = self.type_name();
        let mut snake = String::with_capacity(name.len() + 4);
        let chars: Vec<char> = name.chars().collect();
        for (index, &c) in chars.iter().enumerate() {
            // A capital starts a word unless it follows another capital that
            // is not followed by a lower-case letter (`ETag` is one word).
            let after_lower = index > 0 && chars[index - 1].is_ascii_lowercase();
            let ends_capitals = index > 1
                && chars[index - 1].is_ascii_uppercase()
                && chars.get(index + 1).is_some_and(char::is_ascii_lowercase);
            let starts_word = c.is_ascii_uppercase() && (after_lower || ends_capitals);
            if starts_word {
                snake.push('_');
            }
            snake.push(c.to_ascii_lowercase());
        }
        if !snake.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') || snake == "body" {
            snake = format!(
                "{}_field",
                snake.replace(|c: char| !c.is_ascii_alphanumeric(), "_")
            );
        }
        snake
    }
}

/// What `#[status(..)]` marks a hand-written variant as.
pub(crate) enum VariantKey {
    /// One status: `#[status(404)]`, with its declared header fields
    /// (`#[status(200, headers(ETag))]`).
    Status(StatusKey, Vec<FieldDecl>),
    /// A holder of an included set: `#[status(..)]`, or
    /// `#[status(..ApiError)]` with the set's path, which must be the type
    /// of the variant's field.
    Set(Option<syn::Path>),
}

/// An included set, `..ApiError`, as written.
pub(crate) struct SetArg {
    pub dots: syn::Token![..],
    pub path: syn::Path,
}

/// `method = GET` in `#[responses(..)]` (or `#[status(method = GET)]` on a
/// derived enum), as written.
pub(crate) struct MethodArg {
    /// The `method` keyword, where a second `method =` is reported.
    pub keyword: Ident,
    /// The method's name, where an unknown one is reported.
    pub name: Ident,
}

/// The method an enum answers, resolved against the registry.
pub(crate) struct EnumMethod {
    pub entry: &'static crate::registry::MethodEntry,
}

/// One entry of `#[responses(..)]`.
// A parse result that lives for one call, a handful at a time: boxing the
// larger variant would cost an allocation per status and save nothing.
#[allow(clippy::large_enum_variant)]
pub(crate) enum ListEntry {
    Status(StatusArg),
    Set(SetArg),
    Method(MethodArg),
    /// `4XX(Problem)`, or something written like one (`6XX`, `XX`): the
    /// class is checked in validation.
    Range(StatusArg),
    /// `custom 499("Client Closed Request")(Problem)`: an unregistered code,
    /// with the `custom` keyword that opts in to it.
    Custom(Ident, StatusArg),
}

/// An unregistered code the enum declares, `custom 499("Client Closed
/// Request")(Problem)`: a variant holding
/// `::responses::response::Unregistered<499, Problem>`, whose status is the
/// code with the declared phrase. Like a named status, it wins over a range
/// of its class.
pub(crate) struct Custom {
    pub code: u16,
    /// The code as written, for spans.
    pub key: LitInt,
    pub phrase: String,
    /// `ClientClosedRequest`, from the phrase, spanned at the key.
    pub ident: Ident,
    /// `client_closed_request`: the constructor.
    pub snake: String,
    /// `CLIENT_CLOSED_REQUEST`: what `Status::constant_name` answers.
    pub constant: String,
    pub body: Option<Type>,
}

/// A range entry, `4XX(Problem)`: a variant holding any registered status
/// of the class that the enum does not name (the explicit code wins, as in
/// OpenAPI), with its status as a value.
pub(crate) struct Range {
    /// The first digit, 2 to 5; `0` for `default`.
    pub class: u8,
    /// The token as written, for spans.
    pub key: StatusKey,
    /// `ClientError`, spanned at the key.
    pub ident: Ident,
    pub body: Type,
}

/// Another response enum whose statuses this one includes: one variant
/// holding it.
///
/// A procedural macro sees only its own input, so the included statuses
/// are known to the compiler alone: `STATUSES` and the overlap checks are
/// computed by const evaluation from the set's `Responses::STATUSES`.
pub(crate) struct Set {
    /// The set's type as written (the caller's tokens, for spans).
    pub ty: Type,
    /// The variant that holds it: the path's last segment in the attribute
    /// form, the caller's name in the derive form.
    pub ident: Ident,
    /// How many of the enum's own variants are declared before it, which
    /// places its statuses in `STATUSES`.
    pub position: usize,
    /// Where errors about the entry point: the `..ApiError` entry, or the
    /// derive form's field type.
    pub span: Span,
}

/// A response enum, validated: every variant's status is registered, final,
/// unique and fits the variant's shape.
pub(crate) struct ResponseEnum<'a> {
    pub input: &'a DeriveInput,
    /// The attribute form, whose expansion declares the enum; the derive
    /// form implements the caller's.
    pub declares: bool,
    pub variants: Vec<Variant>,
    /// The included sets, each disjoint from the others and from `variants`
    /// (checked by const evaluation in the expansion).
    pub sets: Vec<Set>,
    /// Sets refused because they use the enum's generic parameters: still
    /// declared as variants (attribute form), so that the parameters stay
    /// used and the one error is not followed by "parameter never used".
    pub held: Vec<Set>,
    /// The request method the enum answers (`method = GET`), if declared.
    pub method: Option<EnumMethod>,
    /// The range entries, one per class at most, declared after every
    /// other variant.
    pub ranges: Vec<Range>,
    /// The unregistered codes declared with `custom`, after the named
    /// statuses and sets and before the ranges.
    pub customs: Vec<Custom>,
    /// Warnings (deprecated statuses) to emit with the expansion.
    pub warnings: TokenStream,
    /// False when some hand-written variants were rejected: matches then
    /// need a catch-all arm, or the rejected variants would add a
    /// "non-exhaustive patterns" error to the real one.
    pub complete: bool,
    /// The names the expansion declares where rustdoc shows them.
    pub names: Names,
}

/// The lifetime of the higher-ranked bounds and the body parameter of the
/// `http::Response<B>` conversion. Both are in impl headers, which rustdoc
/// shows as they are written, so each is the first of a few short names
/// that no token of the caller's uses (which then cannot be captured by
/// it); the long form is left for a caller who uses every short one.
#[derive(Clone, Copy)]
pub(crate) struct Names {
    /// `'a` in `for<'a> User: IntoResponse`.
    pub lifetime: &'static str,
    /// `B` in `impl<B> From<Enum> for http::Response<B>`.
    pub body: &'static str,
}

impl Names {
    const LIFETIMES: [(&'static str, &'static str); 3] =
        [("a", "'a"), ("b", "'b"), ("__responses", "'__responses")];
    const BODIES: [&'static str; 3] = ["B", "Body", "__ResponsesBody"];

    /// The first names no identifier of `tokens` spells (a lifetime `'a`
    /// counts as the identifier `a`).
    pub(crate) fn unused_in(tokens: &[&proc_macro2::TokenStream]) -> Self {
        let mut used = std::collections::HashSet::new();
        for stream in tokens {
            collect_idents(stream, &mut used);
        }
        let free = |name: &str| !used.contains(name);
        Names {
            lifetime: Self::LIFETIMES
                .into_iter()
                .find(|(ident, _)| free(ident))
                .map_or("'__responses", |(_, lifetime)| lifetime),
            body: Self::BODIES
                .into_iter()
                .find(|name| free(name))
                .unwrap_or("__ResponsesBody"),
        }
    }
}

impl Default for Names {
    fn default() -> Self {
        Names {
            lifetime: "'__responses",
            body: "__ResponsesBody",
        }
    }
}

fn collect_idents(tokens: &proc_macro2::TokenStream, used: &mut std::collections::HashSet<String>) {
    for tree in tokens.clone() {
        match tree {
            proc_macro2::TokenTree::Ident(ident) => {
                used.insert(ident.to_string());
            }
            proc_macro2::TokenTree::Group(group) => collect_idents(&group.stream(), used),
            _ => {}
        }
    }
}

pub(crate) struct Variant {
    pub entry: &'static StatusEntry,
    pub key: StatusKey,
    pub ident: Ident,
    pub shape: Shape,
    /// The header fields declared for the status, validated.
    pub fields: Vec<FieldDecl>,
}

pub(crate) enum Shape {
    /// Attribute form: the variant holds the per-status type, with this body.
    Typed { body: Option<Type> },
    /// Derive form: a unit or tuple variant whose fields are the
    /// constructor's parameters, then the body if there is one.
    Fields {
        field_types: Vec<Type>,
        body: Option<Type>,
        unit: bool,
    },
}

impl Variant {
    /// `::responses::response::Created` (the per-status type, without
    /// arguments).
    pub(crate) fn response_path(&self) -> TokenStream {
        crate::paths::response_item(self.entry.name)
    }

    /// The body type, if the variant has one.
    pub(crate) fn body(&self) -> Option<&Type> {
        match &self.shape {
            Shape::Typed { body } | Shape::Fields { body, .. } => body.as_ref(),
        }
    }

    /// A pattern binding the variant's contents, for `match self`.
    pub(crate) fn pattern(&self, prefix: &TokenStream) -> TokenStream {
        let ident = &self.ident;
        match &self.shape {
            Shape::Typed { .. } => quote!(#prefix::#ident(__response)),
            Shape::Fields { unit: true, .. } => quote!(#prefix::#ident),
            Shape::Fields { field_types, .. } => {
                let bindings = field_types
                    .iter()
                    .enumerate()
                    .map(|(index, ty)| Ident::new(&format!("__field{index}"), ty_span(ty)));
                quote!(#prefix::#ident(#(#bindings),*))
            }
        }
    }

    /// An expression of [`response_type`](Self::response_type) built from
    /// what [`pattern`](Self::pattern) binds.
    pub(crate) fn response_expr(&self) -> TokenStream {
        match &self.shape {
            Shape::Typed { .. } => quote!(__response),
            Shape::Fields {
                field_types, body, ..
            } => {
                let path = self.response_path();
                // Each argument carries the span of its field type, so a field
                // of the wrong type is reported at that type.
                let code = proc_macro2::Literal::u16_unsuffixed(self.entry.code);
                // A header field goes through `HeaderFieldOf`, whose message
                // names the status and the field; the body is passed as is.
                let parameters = self.entry.constructor_headers.len();
                let declared = parameters..parameters + self.fields.len();
                let arguments = field_types
                    .iter()
                    .enumerate()
                    .filter(|(index, _)| !declared.contains(index))
                    .map(|(index, ty)| {
                        let field = Ident::new(&format!("__field{index}"), ty_span(ty));
                        match self.entry.constructor_headers.get(index) {
                            Some(header) => {
                                let header = Ident::new(header.ty(), Span::call_site());
                                quote_spanned! {ty_span(ty)=>
                                    <#ty as ::responses::header::HeaderFieldOf<
                                        #code, ::responses::header::#header>>::into_field(#field)
                                }
                            }
                            None => field.into_token_stream(),
                        }
                    });
                let constructor = if body.is_none() && !self.entry.content_forbidden {
                    quote!(empty)
                } else {
                    quote!(new)
                };
                let built = quote!(#path::#constructor(#(#arguments),*));
                if self.fields.is_empty() {
                    return built;
                }
                // The declared fields are set as the attribute form's
                // constructor sets them.
                let inserts = self.fields.iter().zip(declared).map(|(field, index)| {
                    let value =
                        Ident::new(&format!("__field{index}"), ty_span(&field_types[index]));
                    let ty = &field.ty;
                    let span = ty_span(ty);
                    if field.optional {
                        quote_spanned! {span=>
                            if let ::core::option::Option::Some(__value) = #value {
                                <#ty as ::responses::header::DeclaredField>::__set(
                                    __value, __response.__fields());
                            }
                        }
                    } else {
                        quote_spanned! {span=>
                            <#ty as ::responses::header::DeclaredField>::__set(
                                #value, __response.__fields());
                        }
                    }
                });
                quote!({
                    let mut __response = #built;
                    #(#inserts)*
                    __response
                })
            }
        }
    }
}

fn ty_span(ty: &Type) -> Span {
    syn::spanned::Spanned::span(ty)
}
