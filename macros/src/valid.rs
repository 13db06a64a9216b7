//! Every rule a response enum must obey. Each problem becomes an error
//! spanned at the token that caused it; all of a call's problems are
//! collected, and what is valid goes on to expansion anyway.

use crate::ast::{
    ListEntry, ResponseEnum, Set, SetArg, Shape, StatusArg, StatusKey, Variant, VariantKey,
};
use crate::attr;
use crate::ctxt::Errors;
use crate::registry::{self, Standing, StatusEntry};
use crate::suggest::{self, NameHint};
use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use quote::{ToTokens, format_ident, quote_spanned};
use std::mem;
use syn::ext::IdentExt as _;
use syn::{Data, DeriveInput, Fields, Generics, Type};

/// The status a key names, or an error saying why there is none.
pub(crate) fn resolve(key: &StatusKey) -> syn::Result<&'static StatusEntry> {
    match key {
        StatusKey::Code(lit) => {
            if !lit.suffix().is_empty() {
                return Err(syn::Error::new_spanned(
                    lit,
                    format!(
                        "write the status code without a type suffix: `{}`",
                        lit.base10_digits()
                    ),
                ));
            }
            let text = lit.to_string();
            if text.starts_with("0x") || text.starts_with("0o") || text.starts_with("0b") {
                return Err(syn::Error::new_spanned(
                    lit,
                    format!(
                        "write the status code in decimal: `{}`",
                        lit.base10_digits()
                    ),
                ));
            }
            let code = match lit.base10_parse::<u64>() {
                Ok(code) if (100..=599).contains(&code) => code,
                _ => {
                    return Err(syn::Error::new_spanned(
                        lit,
                        format!(
                            "`{}` is not an HTTP status code: codes have three digits, \
                             from 100 to 599",
                            lit.base10_digits()
                        ),
                    ));
                }
            };
            let code = u16::try_from(code).expect("checked to be in 100..=599");
            registry::by_code(code).ok_or_else(|| {
                syn::Error::new_spanned(
                    lit,
                    format!(
                        "`{code}` is not a registered HTTP status code; \
                         the nearest registered codes are {}",
                        suggest::nearest_codes(code)
                    ),
                )
            })
        }
        StatusKey::Name(ident) => {
            // `r#NotFound` names `NotFound`, as a raw identifier does anywhere.
            let name = ident.unraw().to_string();
            registry::by_name(&name).ok_or_else(|| {
                let message = match suggest::name_hint(&name) {
                    Some(NameHint::Former(entry)) => format!(
                        "`{name}` is a former name of {code}; the registry now calls it \
                         \"{phrase}\" ({citation}): write `{new}` or `{code}`",
                        code = entry.code,
                        phrase = entry.phrase,
                        citation = entry.citation(),
                        new = entry.name,
                    ),
                    Some(NameHint::Case(entry)) => format!(
                        "unknown status name `{name}`; status names are written in \
                         UpperCamelCase: `{}` ({})",
                        entry.name,
                        entry.title()
                    ),
                    Some(NameHint::Close(entry)) => format!(
                        "unknown status name `{name}`; did you mean `{}` ({})?",
                        entry.name,
                        entry.title()
                    ),
                    None => format!(
                        "unknown status name `{name}`; write a registered code such as `404` \
                         or its name such as `NotFound`"
                    ),
                };
                syn::Error::new_spanned(ident, message)
            })
        }
    }
}

/// The status a key names, if it is one a handler may return.
fn resolve_final(key: &StatusKey, errors: &mut Errors) -> Option<&'static StatusEntry> {
    match resolve(key) {
        Ok(entry) => check_final(entry, key, errors).then_some(entry),
        Err(error) => {
            errors.push(error);
            None
        }
    }
}

/// A handler returns final responses, and never a reserved code.
fn check_final(entry: &StatusEntry, key: &StatusKey, errors: &mut Errors) -> bool {
    if !entry.is_final() {
        errors.spanned(
            key,
            format!(
                "`{}` is an informational (1xx) status: a server sends it before the \
                 final response, so a handler cannot return it; list only final \
                 statuses (2xx to 5xx)",
                entry.title()
            ),
        );
        return false;
    }
    if entry.standing == Standing::Unused {
        errors.spanned(
            key,
            format!(
                "`{}` is reserved and must never be sent: {} ({})",
                entry.title(),
                entry.standing_note.unwrap_or_default(),
                entry.citation()
            ),
        );
        return false;
    }
    true
}

/// A warning for a deprecated or obsolete status: the use of a deprecated
/// constant, spanned at the user's token (stable Rust has no other way for
/// a procedural macro to warn).
fn deprecation(entry: &StatusEntry, key: &StatusKey) -> TokenStream {
    let verdict = match entry.standing {
        Standing::Deprecated => "deprecated",
        Standing::Obsolete => "obsolete",
        _ => return TokenStream::new(),
    };
    let note = format!(
        "`{}` is {verdict}: {} ({})",
        entry.title(),
        entry.standing_note.unwrap_or_default(),
        entry.citation()
    );
    let name = format_ident!("status_{}_is_{verdict}", entry.code);
    let usage = Ident::new(&name.to_string(), key.span());
    quote_spanned! {key.span()=>
        const _: () = {
            #[deprecated(note = #note)]
            #[allow(non_upper_case_globals)]
            const #name: () = ();
            #usage
        };
    }
}

/// Content is forbidden on 1xx, 204, 205 and 304.
fn check_body(entry: &StatusEntry, body: &Type, errors: &mut Errors) -> bool {
    if !entry.content_forbidden {
        return true;
    }
    let hint = match entry.code {
        304 => "a 304 tells the client to reuse its cached copy",
        _ => "to send data back, use 200 OK",
    };
    errors.spanned(
        body,
        format!(
            "`{}` responses cannot have content ({}): remove the body type `{}`; {hint}",
            entry.title(),
            entry.citation(),
            type_text(body)
        ),
    );
    false
}

/// `_` and `impl Trait` are no field types. The body type is written in
/// several places of the expansion, and rustc would refuse each of them.
fn check_field_type(body: &Type, errors: &mut Errors) -> bool {
    fn find(tokens: TokenStream) -> Option<&'static str> {
        let mut lifetime = false;
        tokens.into_iter().find_map(|tree| {
            // `'_` is a lifetime (see `check_lifetimes`), not a type.
            let after_quote = mem::replace(
                &mut lifetime,
                matches!(&tree, TokenTree::Punct(p) if p.as_char() == '\''),
            );
            match tree {
                TokenTree::Ident(ident) if ident == "_" && !after_quote => Some("_"),
                TokenTree::Ident(ident) if ident == "impl" => Some("impl"),
                TokenTree::Group(group) => find(group.stream()),
                _ => None,
            }
        })
    }
    let message = match find(body.to_token_stream()) {
        None => return true,
        Some("_") => format!(
            "`{}` cannot be a body type: the type of a variant's field is never \
             inferred; write it out",
            type_text(body)
        ),
        Some(_) => format!(
            "`{}` cannot be a body type: a variant's field has a named type, not \
             `impl Trait`; name the type, or box a closure or iterator (`Box<dyn Fn()>`)",
            type_text(body)
        ),
    };
    errors.spanned(body, message);
    false
}

/// The body of a variant whose body type was refused, in an enum with
/// generic parameters: a type that uses each of them, so that the one
/// error is not followed by "parameter is never used" (the refused type
/// may have been what used it). `None` when there are none to use.
fn stand_in(generics: &Generics) -> Option<Type> {
    let lifetimes = generics.lifetimes().map(|param| &param.lifetime);
    let types = generics.type_params().map(|param| &param.ident);
    if generics.lifetimes().next().is_none() && generics.type_params().next().is_none() {
        return None;
    }
    Some(syn::parse_quote!(
        ::core::marker::PhantomData<fn() -> (#(&#lifetimes (),)* #(#types,)*)>
    ))
}

/// What is wrong with a lifetime in a body type.
enum LifetimeProblem {
    /// `&T` or `'_` where a field needs a named lifetime.
    Elided(TokenStream),
    /// `'a` that neither the enum nor a `for<..>` of the type declares.
    Undeclared(TokenStream, String),
}

/// A body type's lifetimes. A field cannot elide one, and may name only
/// the enum's own, `'static`, or one a `for<..>` in the type binds (the
/// parameters and return type of a function type or `Fn(..)` elide as
/// usual). rustc would report a problem at every place the expansion
/// writes the type, with suggestions that point into the attribute; this
/// reports it once.
fn check_lifetimes(
    body: &Type,
    generics: &Generics,
    enum_name: &Ident,
    errors: &mut Errors,
) -> bool {
    let Some(problem) = type_lifetime_problem(body, generics) else {
        return true;
    };
    let text = type_text(body);
    match problem {
        LifetimeProblem::Elided(at) => {
            let write = if at.to_string().starts_with('&') {
                "after the `&` (`&'a str`)"
            } else {
                "in place of `'_`"
            };
            errors.spanned(
                at,
                format!(
                    "`{text}` borrows without a named lifetime, which a variant's field \
                     needs: declare one on the enum (`enum {enum_name}<'a>`) and write \
                     it {write}, or use an owned type (`String`)"
                ),
            );
        }
        LifetimeProblem::Undeclared(at, name) => {
            let mut params: Vec<String> = generics
                .lifetimes()
                .map(|param| format!("'{}", param.lifetime.ident))
                .collect();
            params.push(format!("'{name}"));
            errors.spanned(
                at,
                format!(
                    "lifetime `'{name}` in `{text}` is not declared: a body type may use \
                     the enum's lifetime parameters and `'static`; declare it \
                     (`enum {enum_name}<{}>`)",
                    params.join(", ")
                ),
            );
        }
    }
    false
}

/// The first lifetime problem of `ty` in an enum with `generics`.
fn type_lifetime_problem(ty: &Type, generics: &Generics) -> Option<LifetimeProblem> {
    let tokens: Vec<TokenTree> = ty.to_token_stream().into_iter().collect();
    let mut declared: Vec<String> = generics
        .lifetimes()
        .map(|param| param.lifetime.ident.to_string())
        .collect();
    declared.push("static".to_owned());
    bound_lifetimes(&tokens, &mut declared);
    lifetime_problem(&tokens, &declared, false)
}

/// Every lifetime a `for<..>` in `tokens` binds.
fn bound_lifetimes(tokens: &[TokenTree], into: &mut Vec<String>) {
    for (index, tree) in tokens.iter().enumerate() {
        match tree {
            TokenTree::Ident(ident) if ident == "for" => {
                let mut rest = tokens[index + 1..].iter();
                if !matches!(rest.next(), Some(TokenTree::Punct(p)) if p.as_char() == '<') {
                    continue;
                }
                for tree in rest {
                    match tree {
                        TokenTree::Punct(p) if p.as_char() == '>' => break,
                        TokenTree::Ident(ident) => into.push(ident.unraw().to_string()),
                        _ => {}
                    }
                }
            }
            TokenTree::Group(group) => {
                let inner: Vec<TokenTree> = group.stream().into_iter().collect();
                bound_lifetimes(&inner, into);
            }
            _ => {}
        }
    }
}

/// The first lifetime problem in `tokens`; `elision` when they are a
/// function's parameters or return type, where eliding is allowed.
fn lifetime_problem(
    tokens: &[TokenTree],
    declared: &[String],
    elision: bool,
) -> Option<LifetimeProblem> {
    let is_punct = |tree: Option<&TokenTree>, c: char| matches!(tree, Some(TokenTree::Punct(p)) if p.as_char() == c);
    // Angle-bracket depth of a return type being read (`-> ..`), which
    // ends at a `,` or at the `>` that closes what it sits in.
    let mut returning: Option<usize> = None;
    let mut index = 0;
    while index < tokens.len() {
        let elides = elision || returning.is_some();
        match &tokens[index] {
            TokenTree::Punct(p) if p.as_char() == '-' && is_punct(tokens.get(index + 1), '>') => {
                returning = Some(0);
                index += 1;
            }
            TokenTree::Punct(p) if p.as_char() == '<' => {
                if let Some(depth) = &mut returning {
                    *depth += 1;
                }
            }
            TokenTree::Punct(p) if p.as_char() == '>' => {
                returning = match returning {
                    Some(depth) if depth > 0 => Some(depth - 1),
                    _ => None,
                };
            }
            TokenTree::Punct(p) if p.as_char() == ',' && returning == Some(0) => {
                returning = None;
            }
            TokenTree::Punct(p) if p.as_char() == '\'' => {
                if let Some(TokenTree::Ident(name)) = tokens.get(index + 1) {
                    let at: TokenStream = tokens[index..=index + 1].iter().cloned().collect();
                    let name = name.unraw().to_string();
                    if name == "_" {
                        if !elides {
                            return Some(LifetimeProblem::Elided(at));
                        }
                    } else if !declared.contains(&name) {
                        return Some(LifetimeProblem::Undeclared(at, name));
                    }
                    index += 1;
                }
            }
            // `&&T` is two references: the first is reported.
            TokenTree::Punct(p)
                if p.as_char() == '&' && !elides && !is_punct(tokens.get(index + 1), '\'') =>
            {
                return Some(LifetimeProblem::Elided(tokens[index].clone().into()));
            }
            TokenTree::Group(group) => {
                let inner: Vec<TokenTree> = group.stream().into_iter().collect();
                // `fn(..)` and `Fn(..)`: parameters, where eliding is allowed.
                let parameters = group.delimiter() == proc_macro2::Delimiter::Parenthesis
                    && matches!(
                        index.checked_sub(1).map(|i| &tokens[i]),
                        Some(TokenTree::Ident(ident)) if ident != "mut" && ident != "const" && ident != "dyn"
                    );
                if let Some(problem) = lifetime_problem(&inner, declared, elides || parameters) {
                    return Some(problem);
                }
            }
            _ => {}
        }
        index += 1;
    }
    None
}

/// Reports each status listed a second time, at both places, and drops it.
fn remove_duplicates(variants: &mut Vec<Variant>, errors: &mut Errors) {
    let mut kept: Vec<Variant> = Vec::with_capacity(variants.len());
    for variant in variants.drain(..) {
        if let Some(first) = kept.iter().find(|v| v.entry.code == variant.entry.code) {
            errors.spanned(
                &variant.key,
                format!(
                    "duplicate status: `{}` is listed twice",
                    variant.entry.title()
                ),
            );
            errors.spanned(
                &first.key,
                format!("`{}` first listed here", first.entry.title()),
            );
        } else {
            kept.push(variant);
        }
    }
    *variants = kept;
}

/// `#[responses(..)]` on `input`: an empty enum and a list of statuses and
/// included sets.
pub(crate) fn attribute_enum<'a>(
    input: &'a DeriveInput,
    args: Vec<ListEntry>,
    errors: &mut Errors,
) -> ResponseEnum<'a> {
    match &input.data {
        Data::Enum(data) => {
            if let Some(variant) = data.variants.first() {
                errors.spanned(
                    &variant.ident,
                    "#[responses] generates the variants from its list of statuses: \
                     leave the enum empty (`enum Name {}`), or mark each variant with \
                     #[status(..)] and use #[derive(Responses)] instead",
                );
            }
        }
        Data::Struct(data) => errors.spanned(
            data.struct_token,
            "#[responses] goes on an empty enum, such as `enum CreateUser {}`; \
             it generates one variant per status",
        ),
        Data::Union(data) => errors.spanned(
            data.union_token,
            "#[responses] goes on an empty enum, such as `enum CreateUser {}`; \
             it generates one variant per status",
        ),
    }
    let mut warnings = TokenStream::new();
    let mut variants = Vec::with_capacity(args.len());
    let mut sets = Vec::new();
    for arg in args {
        let StatusArg { key, body } = match arg {
            ListEntry::Status(arg) => arg,
            ListEntry::Set(arg) => {
                sets.push(attribute_set(arg, variants.len()));
                continue;
            }
        };
        let Some(entry) = resolve_final(&key, errors) else {
            continue;
        };
        if let Some(body) = &body
            && !check_body(entry, body, errors)
        {
            continue;
        }
        // A type that cannot be a field is reported once, here; the variant
        // stays, without the body (or with a stand-in), so code that names
        // it adds nothing.
        let body = match body {
            Some(body)
                if !(check_field_type(&body, errors)
                    && check_lifetimes(&body, &input.generics, &input.ident, errors)) =>
            {
                stand_in(&input.generics)
            }
            body => body,
        };
        warnings.extend(deprecation(entry, &key));
        let ident = Ident::new(entry.name, Span::call_site().located_at(key.span()));
        variants.push(Variant {
            entry,
            key,
            ident,
            shape: Shape::Typed { body },
        });
    }
    remove_duplicates(&mut variants, errors);
    let held = check_sets(input, &variants, &mut sets, errors);
    ResponseEnum {
        input,
        declares: true,
        variants,
        sets,
        complete: held.is_empty(),
        held,
        warnings,
    }
}

/// `..ApiError` as a set held by the variant `ApiError`.
fn attribute_set(arg: SetArg, position: usize) -> Set {
    let SetArg { dots, path } = arg;
    let span = syn::spanned::Spanned::span(&path);
    let ident = path.segments.last().map_or_else(
        || Ident::new("Set", dots.spans[0]),
        |segment| segment.ident.clone(),
    );
    Set {
        ty: Type::Path(syn::TypePath {
            attrs: Vec::new(),
            qself: None,
            path,
        }),
        ident,
        position,
        span,
    }
}

/// Each set included once, under a variant name of its own, and without
/// the enum's generic parameters (the included statuses are computed where
/// they are not known). Sets that break a rule are reported and dropped.
fn check_sets(
    input: &DeriveInput,
    variants: &[Variant],
    sets: &mut Vec<Set>,
    errors: &mut Errors,
) -> Vec<Set> {
    let params: Vec<String> = input
        .generics
        .params
        .iter()
        .map(|param| match param {
            syn::GenericParam::Type(param) => param.ident.to_string(),
            syn::GenericParam::Const(param) => param.ident.to_string(),
            syn::GenericParam::Lifetime(param) => param.lifetime.to_string(),
        })
        .collect();
    let mut kept: Vec<Set> = Vec::with_capacity(sets.len());
    let mut held = Vec::new();
    for set in sets.drain(..) {
        let text = type_text(&set.ty);
        if text == "Self" || text.split('<').next() == Some(input.ident.to_string().as_str()) {
            errors.push(syn::Error::new(
                set.span,
                format!(
                    "`{}` cannot include itself: an included set is a variant holding \
                     the other enum, so the enum would contain itself",
                    input.ident
                ),
            ));
            continue;
        }
        if let Some(first) = kept.iter().find(|kept| type_text(&kept.ty) == text) {
            errors.push(syn::Error::new(
                set.span,
                format!("duplicate set: `..{text}` is included twice"),
            ));
            errors.push(syn::Error::new(
                first.span,
                format!("`..{text}` first included here"),
            ));
            continue;
        }
        if let Some(param) = generic_param_in(&set.ty, &params) {
            errors.push(syn::Error::new(
                set.span,
                format!(
                    "an included set cannot use the enum's generic parameter `{param}`: \
                     the statuses of `..{text}` are computed at compile time, where \
                     `{param}` is not known; include the set with concrete arguments"
                ),
            ));
            held.push(set);
            continue;
        }
        let clash = variants
            .iter()
            .map(|variant| (&variant.ident, variant.entry.title()))
            .chain(
                kept.iter()
                    .map(|kept| (&kept.ident, format!("..{}", type_text(&kept.ty)))),
            )
            .find(|(ident, _)| **ident == set.ident);
        if let Some((_, other)) = clash {
            errors.push(syn::Error::new(
                set.span,
                format!(
                    "`..{text}` would be the variant `{}`, which `{other}` already is; \
                     import the set under another name (`use path::{} as Other;`)",
                    set.ident, set.ident
                ),
            ));
            continue;
        }
        kept.push(set);
    }
    *sets = kept;
    held
}

/// The first of `params` (generic parameter names) that `ty` mentions.
fn generic_param_in(ty: &Type, params: &[String]) -> Option<String> {
    fn find(tokens: TokenStream, params: &[String]) -> Option<String> {
        let mut lifetime = false;
        for token in tokens {
            match token {
                proc_macro2::TokenTree::Group(group) => {
                    if let Some(found) = find(group.stream(), params) {
                        return Some(found);
                    }
                }
                proc_macro2::TokenTree::Punct(punct) => {
                    lifetime = punct.as_char() == '\'';
                    continue;
                }
                proc_macro2::TokenTree::Ident(ident) => {
                    let name = if lifetime {
                        format!("'{ident}")
                    } else {
                        ident.to_string()
                    };
                    if params.contains(&name) {
                        return Some(name);
                    }
                }
                proc_macro2::TokenTree::Literal(_) => {}
            }
            lifetime = false;
        }
        None
    }
    if params.is_empty() {
        return None;
    }
    find(ty.to_token_stream(), params)
}

/// `#[derive(Responses)]` on `input`: an enum whose variants carry `#[status]`.
pub(crate) fn derive_enum<'a>(input: &'a DeriveInput, errors: &mut Errors) -> ResponseEnum<'a> {
    let mut warnings = TokenStream::new();
    let mut variants = Vec::new();
    let data = match &input.data {
        Data::Enum(data) => data,
        Data::Struct(syn::DataStruct {
            struct_token: _, ..
        })
        | Data::Union(_) => {
            errors.spanned(
                &input.ident,
                "#[derive(Responses)] is for enums whose variants are each marked \
                 #[status(CODE)]; for a list of statuses use #[responses(..)] on an empty enum",
            );
            return ResponseEnum {
                input,
                declares: false,
                variants,
                sets: Vec::new(),
                held: Vec::new(),
                warnings,
                complete: false,
            };
        }
    };
    if data.variants.is_empty() {
        errors.spanned(
            &input.ident,
            "#[derive(Responses)] needs at least one variant marked #[status(CODE)]",
        );
    }
    let mut sets = Vec::new();
    for variant in &data.variants {
        let Some(key) = variant_key(variant, errors) else {
            continue;
        };
        let key = match key {
            VariantKey::Status(key) => key,
            VariantKey::Set(path) => {
                if let Some(set) = derive_set(variant, path.as_ref(), variants.len(), errors) {
                    sets.push(set);
                }
                continue;
            }
        };
        let Some(entry) = resolve_final(&key, errors) else {
            continue;
        };
        let Some(shape) = variant_shape(entry, variant, errors) else {
            continue;
        };
        // A field type with a lifetime problem is rustc's to report, on the
        // caller's enum: copied into the impls it would be reported again
        // at every copy. The variant is left out (the impls then take a
        // catch-all arm), so that error is the only one.
        if let Shape::Fields {
            field_types, body, ..
        } = &shape
            && field_types
                .iter()
                .chain(body)
                .any(|ty| type_lifetime_problem(ty, &input.generics).is_some())
        {
            continue;
        }
        warnings.extend(deprecation(entry, &key));
        variants.push(Variant {
            entry,
            key,
            ident: variant.ident.clone(),
            shape,
        });
    }
    remove_duplicates(&mut variants, errors);
    check_sets(input, &variants, &mut sets, errors);
    let complete = variants.len() + sets.len() == data.variants.len();
    ResponseEnum {
        input,
        declares: false,
        variants,
        sets,
        // The derive form's variants are the caller's: none to keep.
        held: Vec::new(),
        warnings,
        complete,
    }
}

/// `#[status(..)] Api(ApiError)`: a variant holding an included set, the
/// type of its one field. `#[status(..ApiError)]` names the set as well; the
/// name must then be the field's type, so that the attribute cannot say one
/// set while the variant holds another.
fn derive_set(
    variant: &syn::Variant,
    named: Option<&syn::Path>,
    position: usize,
    errors: &mut Errors,
) -> Option<Set> {
    match &variant.fields {
        Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
            let ty = fields.unnamed[0].ty.clone();
            if let Some(path) = named
                && !same_tokens(path, &ty)
            {
                let path_text = type_text(path);
                let ty_text = type_text(&ty);
                errors.spanned(
                    path,
                    format!(
                        "`..{path_text}` is not the type of variant `{}`'s field, `{ty_text}`: \
                         the set is the field's type; write `#[status(..{ty_text})]` \
                         or `#[status(..)]`",
                        variant.ident
                    ),
                );
                return None;
            }
            Some(Set {
                span: syn::spanned::Spanned::span(&ty),
                ty,
                ident: variant.ident.clone(),
                position,
            })
        }
        _ => {
            errors.spanned(
                &variant.ident,
                format!(
                    "variant `{}` includes a set, so it holds the set and nothing else: \
                     write it as `{0}(ApiError)`, with the set's type as its one field",
                    variant.ident
                ),
            );
            None
        }
    }
}

/// Whether two syntax nodes are the same tokens, spans aside.
fn same_tokens(left: &impl ToTokens, right: &impl ToTokens) -> bool {
    left.to_token_stream().to_string() == right.to_token_stream().to_string()
}

/// What a hand-written variant is, from its one `#[status(..)]`.
fn variant_key(variant: &syn::Variant, errors: &mut Errors) -> Option<VariantKey> {
    let mut attrs = variant
        .attrs
        .iter()
        .filter(|attr| attr.path().is_ident("status"));
    let Some(first) = attrs.next() else {
        errors.spanned(
            &variant.ident,
            format!(
                "variant `{}` needs #[status(CODE)] to say which status it is, \
                 for example #[status(404)]",
                variant.ident
            ),
        );
        return None;
    };
    let mut ok = true;
    for extra in attrs {
        errors.spanned(
            extra,
            format!(
                "variant `{}` has more than one #[status]; a variant is one status, \
                 so give each status its own variant",
                variant.ident
            ),
        );
        ok = false;
    }
    let key = if let Ok(list) = first.meta.require_list() {
        match syn::parse::Parser::parse2(attr::variant_key, list.tokens.clone()) {
            Ok(key) => key,
            Err(error) => {
                errors.push(error);
                return None;
            }
        }
    } else {
        errors.spanned(
            first,
            "expected #[status(CODE)], for example #[status(404)]",
        );
        return None;
    };
    ok.then_some(key)
}

/// Checks a hand-written variant's fields against what its status needs:
/// the constructor's parameters in order, then an optional body.
fn variant_shape(
    entry: &StatusEntry,
    variant: &syn::Variant,
    errors: &mut Errors,
) -> Option<Shape> {
    let expected = expected_fields(entry);
    let (field_types, unit): (Vec<Type>, bool) = match &variant.fields {
        Fields::Unit => (Vec::new(), true),
        Fields::Unnamed(fields) => (fields.unnamed.iter().map(|f| f.ty.clone()).collect(), false),
        Fields::Named(fields) => {
            errors.push(syn::Error::new(
                fields.brace_token.span.join(),
                format!(
                    "write `{}` as a tuple variant: its fields are, in order, {expected}",
                    variant.ident
                ),
            ));
            return None;
        }
    };
    let parameters = entry.constructor_headers.len();
    if field_types.len() < parameters {
        let missing = &entry.constructor_headers[field_types.len()];
        let rule = if entry
            .required_headers
            .iter()
            .any(|h| h.name == missing.name)
        {
            "requires"
        } else {
            "needs"
        };
        errors.spanned(
            &variant.ident,
            format!(
                "`{}` {rule} the `{}` header field ({}), so variant `{}` must carry it: \
                 its fields are, in order, {expected}",
                entry.title(),
                missing.name,
                entry.citation(),
                variant.ident
            ),
        );
        return None;
    }
    let allowed = parameters + usize::from(!entry.content_forbidden);
    if field_types.len() > allowed {
        let extra = &field_types[allowed];
        let message = if entry.content_forbidden && field_types.len() == parameters + 1 {
            format!(
                "`{}` responses cannot have content ({}): remove the body field `{}`",
                entry.title(),
                entry.citation(),
                type_text(extra)
            )
        } else {
            format!(
                "too many fields: the fields of a `{}` variant are, in order, {expected}",
                entry.title()
            )
        };
        errors.spanned(extra, message);
        return None;
    }
    let body = (field_types.len() == parameters + 1).then(|| field_types[parameters].clone());
    Some(Shape::Fields {
        field_types,
        body,
        unit,
    })
}

/// "the `Allow` header value (`responses::header::Allow`), then an optional body".
fn expected_fields(entry: &StatusEntry) -> String {
    let mut parts: Vec<String> = entry
        .constructor_headers
        .iter()
        .map(|header| {
            format!(
                "the `{}` value (`responses::header::{}`)",
                header.name,
                header.ty()
            )
        })
        .collect();
    if !entry.content_forbidden {
        parts.push("an optional body".to_owned());
    }
    if parts.is_empty() {
        return "none: the variant is a unit variant".to_owned();
    }
    parts.join(", then ")
}

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
