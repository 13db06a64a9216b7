//! The expansions, parsed back: every template of `expand.rs` is written as
//! text, so every status and every shape is expanded here and read as Rust
//! items. (Outside a macro call the text goes through `proc_macro2`'s lexer,
//! which refuses what rustc's would.) Behaviour is tested in `tests/`.

use crate::emit::{Delim, DocLiteral, Out, balanced};
use crate::expand;
use crate::registry::{STATUSES, StatusEntry};
use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::{Item, ItemImpl};

/// The items of an expansion, which must parse and hold no error.
fn items(expansion: &TokenStream) -> Vec<Item> {
    let text = expansion.to_string();
    assert!(
        !text.contains("compile_error"),
        "the expansion has an error: {text}"
    );
    let file: syn::File = syn::parse2(expansion.clone())
        .unwrap_or_else(|error| panic!("the expansion does not parse ({error}): {text}"));
    file.items
}

fn impls(items: &[Item]) -> impl Iterator<Item = &ItemImpl> {
    items.iter().filter_map(|item| match item {
        Item::Impl(item) => Some(item),
        _ => None,
    })
}

/// The impls of a trait whose path ends with `name`.
fn trait_impls<'i>(items: &'i [Item], name: &str) -> Vec<&'i ItemImpl> {
    impls(items)
        .filter(|item| {
            item.trait_
                .as_ref()
                .and_then(|(path, _)| path.segments.last())
                .is_some_and(|segment| segment.ident == name)
        })
        .collect()
}

/// The functions of the inherent impls, by name.
fn inherent_fn<'i>(items: &'i [Item], name: &str) -> Option<&'i syn::ImplItemFn> {
    impls(items)
        .filter(|item| item.trait_.is_none())
        .flat_map(|item| &item.items)
        .find_map(|item| match item {
            syn::ImplItem::Fn(function) if function.sig.ident == name => Some(function),
            _ => None,
        })
}

fn returnable() -> impl Iterator<Item = &'static StatusEntry> {
    STATUSES.iter().filter(|entry| entry.has_response_type())
}

#[test]
fn every_status_expands_to_its_variant_constructor_and_impls() {
    for entry in returnable() {
        let code = proc_macro2::Literal::u16_unsuffixed(entry.code);
        let mut forms = vec![(quote!(#code), false)];
        if !entry.content_forbidden {
            forms.push((quote!(#code(Body)), true));
        }
        for (args, has_body) in forms {
            let expansion = expand::attribute(
                args,
                &quote!(
                    pub enum E {}
                ),
            );
            let items = items(&expansion);
            let context = format!("{} with body {has_body}", entry.code);

            let Some(Item::Enum(definition)) = items.first() else {
                panic!("{context}: no enum first");
            };
            let variants: Vec<String> = definition
                .variants
                .iter()
                .map(|variant| variant.ident.to_string())
                .collect();
            assert_eq!(variants, [entry.name], "{context}");

            let constructor = inherent_fn(&items, &entry.snake_name())
                .unwrap_or_else(|| panic!("{context}: no constructor"));
            assert_eq!(
                constructor.sig.inputs.len(),
                entry.constructor_headers.len() + usize::from(has_body),
                "{context}: constructor parameters"
            );
            assert!(inherent_fn(&items, "status").is_some(), "{context}");

            // `From<per-status type>` for the enum, and the enabled
            // integrations (`http::Response` and `actix_web::Error` from it).
            let from = trait_impls(&items, "From");
            let actix = usize::from(cfg!(feature = "actix-web"));
            assert_eq!(
                from.len(),
                2 + actix,
                "{context}: From impls (the enum's, http's)"
            );
            assert_eq!(trait_impls(&items, "Responses").len(), 1, "{context}");
            let integrations = [
                ("IntoResponse", cfg!(feature = "axum")),
                ("Responder", cfg!(feature = "actix-web")),
                ("IntoResponses", cfg!(feature = "utoipa")),
            ];
            for (name, enabled) in integrations {
                assert_eq!(
                    trait_impls(&items, name).len(),
                    usize::from(enabled),
                    "{context}: {name}"
                );
            }
        }
    }
}

#[test]
fn generics_where_clauses_visibility_and_attributes_reach_every_impl() {
    let expansion = expand::attribute(
        quote!(200(&'a T), 201(T), 204, 404(E), 503),
        &quote! {
            /// Docs of the caller.
            #[derive(Debug)]
            pub(crate) enum Fetch<'a, T: Clone, E> where E: Default, {}
        },
    );
    let items = items(&expansion);
    let Some(Item::Enum(definition)) = items.first() else {
        panic!("no enum first");
    };
    assert_eq!(definition.attrs.len(), 4, "doc, derive, table, must_use");
    assert_eq!(definition.generics.params.len(), 3);
    assert_eq!(definition.variants.len(), 5);
    let restricted = quote!(pub(crate)).to_string();
    let created = inherent_fn(&items, "created").expect("a constructor");
    assert_eq!(created.vis.to_token_stream().to_string(), restricted);

    let all: Vec<&ItemImpl> = impls(&items).collect();
    // Two inherent impls, five `From`, `Responses`, and the integrations
    // (actix-web has two: `Responder`, and `From` for its `Error`; utoipa
    // two: `IntoResponses` and `BodySchemas`).
    let integrations = [
        true, // http
        cfg!(feature = "axum"),
        cfg!(feature = "actix-web"),
        cfg!(feature = "actix-web"),
        cfg!(feature = "utoipa"),
        cfg!(feature = "utoipa"),
    ];
    let enabled = integrations.iter().filter(|&&enabled| enabled).count();
    // Decoding adds `Decode` and the inherent `from_response`.
    let decoding = 2;
    assert_eq!(all.len(), 2 + 5 + 1 + enabled + decoding);
    for item in all {
        let predicates = item.generics.where_clause.as_ref().map_or_else(
            || "none".to_owned(),
            |clause| clause.to_token_stream().to_string(),
        );
        assert!(
            predicates.contains("E : Default"),
            "an impl without the enum's predicate: {predicates}"
        );
        assert!(
            item.generics.params.len() >= 3,
            "an impl without the generics"
        );
    }
    // One `Into` bound per body, after the enum's own predicates.
    let http = trait_impls(&items, "From")
        .into_iter()
        .find(|item| item.generics.params.len() == 4);
    {
        let clause = http
            .and_then(|item| item.generics.where_clause.as_ref())
            .expect("the http impl has bounds");
        let into: Vec<String> = clause
            .predicates
            .iter()
            .filter_map(|predicate| match predicate {
                syn::WherePredicate::Type(predicate)
                    if predicate
                        .bounds
                        .to_token_stream()
                        .to_string()
                        .contains("Into") =>
                {
                    Some(predicate.bounded_ty.to_token_stream().to_string())
                }
                _ => None,
            })
            .collect();
        assert_eq!(into, ["& 'a T", "T", "E"]);
    }
}

#[test]
fn the_derive_form_expands_every_variant_shape() {
    let expansion = expand::derive(quote! {
        enum Handwritten<T> {
            #[status(200)]
            Found(Vec<T>),
            #[status(204)]
            Nothing,
            #[status(303)]
            Elsewhere(::responses::header::Location),
            #[status(405)]
            WrongMethod(::responses::header::Allow, String),
        }
    });
    let items = items(&expansion);
    assert_eq!(trait_impls(&items, "Responses").len(), 1);
    assert!(inherent_fn(&items, "status").is_some());
    assert_eq!(
        trait_impls(&items, "From").len(),
        1 + usize::from(cfg!(feature = "actix-web"))
    );
}

#[test]
fn text_and_spliced_tokens_make_the_tokens_quote_makes() {
    let ty = quote!(Vec<u8>);
    let mut out = Out::default();
    out.text("impl Tr for X { fn f() {} }");
    out.text("fn g").group(Delim::Paren, |out| {
        out.text("body: ").tokens(&ty);
    });
    out.text(" -> u8 { 0 }");
    out.text("const C: [u8; 2] = ")
        .group(Delim::Bracket, |out| {
            out.tokens(&quote!(1)).text(", 2");
        });
    out.text(";");
    // A splice deep inside groups written as text turns each of them into
    // a token group, the outermost first.
    out.text("fn h() ").group(Delim::Brace, |out| {
        out.text("let v = ").group(Delim::Paren, |out| {
            out.text("[0]").group(Delim::Bracket, |out| {
                out.text("1, ").tokens(&quote!(2));
            });
            out.text(", 3");
        });
        out.text(";");
    });
    let expected = quote! {
        impl Tr for X { fn f() {} }
        fn g(body: Vec<u8>) -> u8 { 0 }
        const C: [u8; 2] = [1, 2];
        fn h() { let v = ([0][1, 2], 3); }
    };
    assert_eq!(out.finish().to_string(), expected.to_string());
}

#[test]
fn text_groups_stay_text_until_a_splice() {
    let mut out = Out::default();
    out.text("fn f").group(Delim::Paren, |out| {
        out.text("a: u8");
    });
    out.text(" {}");
    // One piece of text: nothing was spliced, so nothing was split.
    assert_eq!(
        out.finish().to_string(),
        quote!(
            fn f(a: u8) {}
        )
        .to_string()
    );
}

#[test]
fn unbalanced_text_fails_the_check() {
    // Text is `&'static str`, so an unbalanced piece is a bug of this
    // crate's source, caught here and by `every_template_writes_balanced_text`.
    for text in ["fn f() {", "}", "(]", "[ ( ] )"] {
        let written = std::panic::catch_unwind(|| {
            let mut out = Out::default();
            out.text("const A: u8 = 1;").text(text);
        });
        assert!(written.is_err(), "{text} was written");
    }
}

#[test]
fn typed_pieces_write_literals_and_names() {
    let mut out = Out::default();
    out.text("const N: usize =").number(12).text(";");
    out.text("fn f").group(Delim::Paren, |out| {
        out.numbered("__field", 0).text(": u8");
    });
    out.text("{}");
    // A doc literal is one token whatever its text holds.
    out.doc(&DocLiteral::new("a \"quoted\" ( unbalanced `Vec<u8>"));
    out.text("struct S;");
    let expected = quote! {
        const N: usize = 12;
        fn f(__field0: u8) {}
        #[doc = "a \"quoted\" ( unbalanced `Vec<u8>"]
        struct S;
    };
    assert_eq!(out.finish().to_string(), expected.to_string());
}

#[test]
fn the_balance_check_skips_literals_lifetimes_and_comments() {
    for text in [
        r#"#[doc = "a ( in a string"]"#,
        r#"#[doc = "an escaped \" quote ("]"#,
        r##"#[must_use = r#"raw ( "text" "#]"##,
        "for<'__responses> X: Y",
        "const C: char = '(';",
        "const D: char = '\\'';",
        "/// a doc comment (\nfn f() {}",
        "fn f() { [()] }",
        "fn r#type() {}",
        "const for_r: [u8; 1] = [0];",
    ] {
        assert!(balanced(text), "{text}");
    }
    for text in ["(", ")", "{]", "fn f() { [(] }", "'(' )"] {
        assert!(!balanced(text), "{text}");
    }
}

#[test]
fn every_template_writes_balanced_text() {
    // `Out` asserts that each piece of text is balanced (in a debug build,
    // as tests are), and `items` fails on an expansion that does not parse. Every form with every feature, with and without sets.
    for (args, item) in [
        (
            quote!(201(Body), ..ApiError, 409),
            quote!(
                pub enum E {}
            ),
        ),
        (
            quote!(..ApiError),
            quote!(
                enum E {}
            ),
        ),
        (
            quote!(..a::ApiError<u8>, 200, ..Other),
            quote!(
                pub(crate) enum E<T> {}
            ),
        ),
    ] {
        items(&expand::attribute(args, &item));
    }
    items(&expand::derive(quote! {
        enum E {
            #[status(200)]
            Found(String),
            #[status(..)]
            Api(ApiError),
        }
    }));
}

#[test]
fn a_set_is_one_variant_converted_with_from_and_listed_in_statuses() {
    let expansion = expand::attribute(
        quote!(201(Body), ..errors::ApiError, 409),
        &quote!(
            pub enum E {}
        ),
    );
    let items = items(&expansion);
    let Some(Item::Enum(definition)) = items.first() else {
        panic!("no enum first");
    };
    let variants: Vec<String> = definition
        .variants
        .iter()
        .map(|variant| variant.ident.to_string())
        .collect();
    assert_eq!(variants, ["Created", "ApiError", "Conflict"]);
    let from = trait_impls(&items, "From");
    assert!(
        from.iter().any(|item| item
            .trait_
            .as_ref()
            .is_some_and(|(path, _)| path.to_token_stream().to_string().contains("ApiError"))),
        "no From<ApiError>"
    );
    // No constructor for the set's statuses: the set has them.
    assert!(inherent_fn(&items, "unauthorized").is_none());
    let status = inherent_fn(&items, "status").expect("status()");
    assert!(
        status.sig.constness.is_none(),
        "status() asks the set through a trait"
    );
    let text = expansion.to_string();
    assert!(text.contains("concat_statuses"), "{text}");
    assert!(text.contains("check_disjoint"), "{text}");
}

#[test]
fn an_enum_without_sets_keeps_a_const_status() {
    let items = items(&expand::attribute(
        quote!(200, 404),
        &quote!(
            enum E {}
        ),
    ));
    let status = inherent_fn(&items, "status").expect("status()");
    assert!(status.sig.constness.is_some());
}

/// The table `build.rs` wrote is the dataset, entry for entry.
#[test]
fn the_table_is_the_dataset() {
    let registry = responses_data::Registry::embedded().unwrap_or_else(|errors| panic!("{errors}"));
    assert_eq!(STATUSES, registry.statuses.as_slice());
}

/// With `crate = resp`, no path of the expansion starts `::responses`; a
/// path through the caller's own module `responses` is kept.
#[test]
fn crate_path_replaces_every_leading_responses() {
    let expansion = expand::attribute(
        quote!(
            crate = resp,
            200(crate::responses::Body),
            303,
            405,
            409(String)
        ),
        &quote!(
            pub enum E {}
        ),
    );
    // Documentation text is a literal, and does not count.
    let text = expansion.to_string();
    let left: Vec<&str> = text
        .match_indices(":: responses ::")
        .map(|(index, _)| &text[index.saturating_sub(20)..index + 20])
        .filter(|context| !context.contains("crate :: responses"))
        .collect();
    assert!(text.contains("crate :: responses :: Body"), "{text}");
    items(&expansion);
    assert!(left.is_empty(), "{left:#?}");
}

/// Every per-status type, `Empty` and `IntoHttpBody` are named in the
/// module `responses::response`; nothing of the expansion names one at the
/// crate root, where only `Status`, `Responses` and the modules are.
#[test]
fn per_status_types_are_named_in_the_response_module() {
    let expansion = expand::attribute(
        quote!(201(Body), 204, 404, 405(String)),
        &quote!(
            pub enum E {}
        ),
    );
    let text = expansion.to_string();
    for path in [
        ":: responses :: response :: Created < Body >",
        ":: responses :: response :: NoContent",
        ":: responses :: response :: NotFound <",
        ":: responses :: response :: Empty >",
        ":: responses :: response :: MethodNotAllowed :: new",
        ":: responses :: response :: IntoHttpBody <",
    ] {
        assert!(text.contains(path), "{path} missing: {text}");
    }
    let derived = expand::derive(quote! {
        enum D {
            #[status(405)]
            No(::responses::header::Allow),
        }
    })
    .to_string();
    assert!(
        derived.contains(":: responses :: response :: MethodNotAllowed :: empty"),
        "{derived}"
    );
    for entry in STATUSES {
        for name in [entry.name, "Empty", "IntoHttpBody", "TypedResponse"] {
            let at_root = format!(":: responses :: {name} ");
            assert!(!text.contains(&at_root), "{at_root}");
            assert!(!derived.contains(&at_root), "{at_root}");
        }
    }
}

#[test]
fn declared_names_avoid_the_callers_identifiers() {
    use crate::ast::Names;
    let free = Names::unused_in(&[&quote! { 200(User) }]);
    assert_eq!((free.lifetime, free.body), ("'a", "B"));
    let taken = Names::unused_in(&[&quote! { 200(Wrap<'a, B>) }, &quote! { enum E<Body> {} }]);
    assert_eq!((taken.lifetime, taken.body), ("'b", "__ResponsesBody"));
    let nested = Names::unused_in(&[&quote! { 200(x::y<(a, [b])>) }]);
    assert_eq!(nested.lifetime, "'__responses");
}
