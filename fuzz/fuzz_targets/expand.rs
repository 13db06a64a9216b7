//! Arbitrary token streams through `#[responses]`, `#[derive(Responses)]`
//! and `status!`. The first byte picks the entry point; the rest is source
//! text, lexed by `proc_macro2` (text that does not lex is skipped: rustc
//! would never hand it to the macro). For the attribute, a NUL separates its
//! arguments from the item. A panic is a crash, and so is an expansion that
//! reports no error but does not parse as Rust items (an expression for
//! `status!`).

#![no_main]

use libfuzzer_sys::fuzz_target;
use proc_macro2::TokenStream;
use responses_macros::__fuzz;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    match selector % 3 {
        0 => {
            let (args, item) = text.split_once('\0').unwrap_or((text, "enum E {}"));
            let (Ok(args), Ok(item)) = (args.parse(), item.parse()) else {
                return;
            };
            check_items(&__fuzz::attribute(args, &item));
        }
        1 => {
            let Ok(item) = text.parse() else { return };
            check_items(&__fuzz::derive(item));
        }
        _ => {
            let Ok(input) = text.parse() else { return };
            let expansion = __fuzz::status(input);
            if !has_error(&expansion) {
                syn::parse2::<syn::Expr>(expansion.clone())
                    .unwrap_or_else(|error| panic!("{error}: {expansion}"));
            }
        }
    }
});

fn has_error(expansion: &TokenStream) -> bool {
    expansion.to_string().contains("compile_error")
}

fn check_items(expansion: &TokenStream) {
    if !has_error(expansion) {
        syn::parse2::<syn::File>(expansion.clone())
            .unwrap_or_else(|error| panic!("{error}: {expansion}"));
    }
}
