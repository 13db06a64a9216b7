//! Lowering: both entry points' input to the one model, [`ResponseEnum`],
//! each status resolved and each rule applied as its part is read.

use crate::ast::{
    FieldDecl, ListEntry, Names, ResponseEnum, Set, SetArg, Shape, StatusArg, Variant, VariantKey,
};
use crate::attr;
use crate::ctxt::Errors;
use crate::pretty::type_text;
use crate::registry::StatusEntry;
use crate::valid::custom::{
    check_custom_methods, lower_custom, name_refused, refuse_uncustomised, remove_duplicate_customs,
};
use crate::valid::fields::{check_fields, check_not_modified};
use crate::valid::lifetimes::{check_lifetimes, has_lifetime_problem};
use crate::valid::method::{check_ranges, check_variants, resolve_method};
use crate::valid::ranges::{lower_range, remove_duplicate_ranges};
use crate::valid::rules::{check_body, check_field_type, check_sets, remove_duplicates};
use crate::valid::{deprecation, resolve_final};
use proc_macro2::{Ident, Span, TokenStream};
use quote::ToTokens;
use syn::{Data, DeriveInput, Fields, Generics, Type};

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
    let mut methods = Vec::new();
    let mut ranges = Vec::new();
    let mut customs = Vec::new();
    for arg in args {
        let StatusArg {
            key, body, fields, ..
        } = match arg {
            ListEntry::Status(arg) => {
                if let Some((span, message)) = refuse_uncustomised(&arg) {
                    errors.push(syn::Error::new(span, message));
                    name_refused(input, arg.body.as_ref(), &mut warnings);
                    continue;
                }
                arg
            }
            ListEntry::Custom(keyword, arg) => {
                customs.extend(lower_custom(input, &keyword, arg, errors, &mut warnings));
                continue;
            }
            ListEntry::Set(arg) => {
                sets.push(attribute_set(arg, variants.len()));
                continue;
            }
            ListEntry::Method(arg) => {
                methods.push(arg);
                continue;
            }
            ListEntry::Range(arg) => {
                ranges.extend(lower_range(input, arg, errors));
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
        let fields = check_fields(entry, fields, errors, &mut warnings);
        warnings.extend(deprecation(entry, &key));
        let ident = Ident::new(entry.name, Span::call_site().located_at(key.span()));
        variants.push(Variant {
            entry,
            key,
            ident,
            shape: Shape::Typed { body },
            fields,
        });
    }
    remove_duplicates(&mut variants, errors);
    remove_duplicate_ranges(&mut ranges, errors);
    remove_duplicate_customs(&mut customs, errors);
    check_not_modified(&variants, errors);
    let held = check_sets(input, &variants, &mut sets, errors);
    let method = resolve_method(methods, errors);
    check_variants(method.as_ref(), &variants, errors);
    check_ranges(method.as_ref(), &ranges, errors);
    check_custom_methods(method.as_ref(), &customs, errors);
    ResponseEnum {
        input,
        method,
        declares: true,
        variants,
        sets,
        ranges,
        customs,
        complete: held.is_empty(),
        names: Names::default(),
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
                method: None,
                declares: false,
                variants,
                sets: Vec::new(),
                held: Vec::new(),
                ranges: Vec::new(),
                customs: Vec::new(),
                warnings,
                complete: false,
                names: Names::default(),
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
        let (key, declared) = match key {
            VariantKey::Status(key, declared) => (key, declared),
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
        // A refused declared field leaves the variant out (the impls then
        // take a catch-all arm): its field has no other meaning to fall
        // back on.
        let written = declared.len();
        let fields = check_fields(entry, declared, errors, &mut warnings);
        if fields.len() != written {
            continue;
        }
        let Some(shape) = variant_shape(entry, variant, &fields, errors) else {
            // The declared types are named, so that their imports are used
            // and the one error is not followed by an "unused import".
            for field in &fields {
                let ty = &field.ty;
                warnings.extend(quote::quote! {
                    const _: ::core::marker::PhantomData<#ty> = ::core::marker::PhantomData;
                });
            }
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
                .any(|ty| has_lifetime_problem(ty, &input.generics))
        {
            continue;
        }
        warnings.extend(deprecation(entry, &key));
        variants.push(Variant {
            entry,
            key,
            ident: variant.ident.clone(),
            shape,
            fields,
        });
    }
    remove_duplicates(&mut variants, errors);
    check_not_modified(&variants, errors);
    check_sets(input, &variants, &mut sets, errors);
    let method = resolve_method(attr::enum_methods(&input.attrs, errors), errors);
    check_variants(method.as_ref(), &variants, errors);
    let complete = variants.len() + sets.len() == data.variants.len();
    ResponseEnum {
        input,
        method,
        declares: false,
        variants,
        sets,
        // The derive form's variants are the caller's: none to keep.
        held: Vec::new(),
        ranges: Vec::new(),
        customs: Vec::new(),
        warnings,
        complete,
        names: Names::default(),
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
        let parse = |input: syn::parse::ParseStream<'_>| attr::variant_key(input, errors);
        match syn::parse::Parser::parse2(parse, list.tokens.clone()) {
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
/// the constructor's parameters in order, then the declared header fields
/// in the order `headers(..)` lists them, then an optional body.
fn variant_shape(
    entry: &StatusEntry,
    variant: &syn::Variant,
    declared: &[FieldDecl],
    errors: &mut Errors,
) -> Option<Shape> {
    let expected = expected_fields(entry, declared);
    let (field_types, unit): (Vec<Type>, bool) = match &variant.fields {
        Fields::Unit => (Vec::new(), true),
        Fields::Unnamed(fields) => (fields.unnamed.iter().map(|f| f.ty.clone()).collect(), false),
        Fields::Named(fields) => {
            errors.push(syn::Error::new(
                fields.brace_token.span.join(),
                format!("write `{}` as a tuple variant: {expected}", variant.ident),
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
                 {expected}",
                entry.title(),
                missing.name,
                entry.citation(),
                variant.ident
            ),
        );
        return None;
    }
    if let Some(missing) = declared.get(field_types.len().saturating_sub(parameters)) {
        errors.spanned(
            &variant.ident,
            format!(
                "`{}` is declared in `headers(..)`, so variant `{}` must carry it: {expected}",
                type_text(&missing.written),
                variant.ident
            ),
        );
        return None;
    }
    for (field, ty) in declared.iter().zip(&field_types[parameters..]) {
        if !same_tokens(&field.written, ty) {
            errors.spanned(
                ty,
                format!(
                    "`headers(..)` declares `{}` here, but variant `{}`'s field is `{}`: \
                     {expected}",
                    type_text(&field.written),
                    variant.ident,
                    type_text(ty)
                ),
            );
            return None;
        }
    }
    let parameters = parameters + declared.len();
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
            too_many_fields(
                entry,
                &variant.ident,
                &field_types[..allowed],
                extra,
                &expected,
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

/// The message for a field beyond what the status takes. A field whose type
/// is a header field the status merely permits (201's `Location`) gets the
/// way to send that field, which a hand-written variant has no place for.
fn too_many_fields(
    entry: &StatusEntry,
    ident: &Ident,
    kept: &[Type],
    extra: &Type,
    expected: &str,
) -> String {
    let title = entry.title();
    let optional = entry.builder_headers().find(|header| {
        kept.iter()
            .chain([extra])
            .any(|ty| last_segment(ty).is_some_and(|name| name == header.ty()))
    });
    let Some(header) = optional else {
        return format!("too many fields for variant `{ident}`, a `{title}`: {expected}");
    };
    let ty = header.ty();
    format!(
        "`{title}` may carry the `{}` header field but does not require it, so a \
         hand-written variant holds a `{ty}` only if its #[status(..)] declares one: \
         {expected}; to send one, write `#[status({}, headers({ty}))]` and hold it before \
         the body, as in `{ident}({ty}, Body)`",
        header.name, entry.code
    )
}

/// The last segment of a path type (`Location` for `header::Location`).
fn last_segment(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// What a hand-written variant of `entry` holds: "its fields are, in order,
/// the `Allow` value (`responses::header::Allow`), then an optional body".
fn expected_fields(entry: &StatusEntry, declared: &[FieldDecl]) -> String {
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
        .chain(
            declared
                .iter()
                .map(|field| format!("the declared `{}`", type_text(&field.written))),
        )
        .collect();
    match (parts.is_empty(), entry.content_forbidden) {
        (true, true) => "it has no fields: write it as a unit variant".to_owned(),
        (true, false) => {
            "it has at most one field, the body (or none, for a response without content)"
                .to_owned()
        }
        (false, forbidden) => {
            if !forbidden {
                parts.push("an optional body".to_owned());
            }
            format!("its fields are, in order, {}", parts.join(", then "))
        }
    }
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
