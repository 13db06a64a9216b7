//! Range entries, `4XX(Problem)` and `default(Problem)`: the class checked,
//! a body required, and each class declared once. `default` is class `0`:
//! any final status that neither the enum nor a range names.

use crate::ast::{Range, StatusArg, StatusKey};
use crate::ctxt::Errors;
use crate::valid::lifetimes::check_lifetimes;
use crate::valid::rules::check_field_type;
use proc_macro2::{Ident, Span};
use syn::DeriveInput;
use syn::ext::IdentExt as _;

const VALID: &str =
    "the ranges are `2XX`, `3XX`, `4XX` and `5XX`, and `default` for any other status";

/// The key as written: `4XX`, or `default` for class `0`.
pub(crate) fn key_text(class: u8) -> String {
    if class == 0 {
        "default".to_owned()
    } else {
        format!("{class}XX")
    }
}

/// The variant's name and the constructor's, by class.
pub(crate) fn names(class: u8) -> (&'static str, &'static str) {
    match class {
        2 => ("Success", "success"),
        3 => ("Redirection", "redirection"),
        4 => ("ClientError", "client_error"),
        5 => ("ServerError", "server_error"),
        _ => ("Other", "other"),
    }
}

/// The range an entry written like one declares, or an error at its key.
pub(crate) fn lower_range(
    input: &DeriveInput,
    arg: StatusArg,
    errors: &mut Errors,
) -> Option<Range> {
    let StatusArg {
        key,
        phrase,
        body,
        fields,
    } = arg;
    let class = match range_class(&key) {
        Ok(class) => class,
        Err(message) => {
            errors.spanned(&key, message);
            return None;
        }
    };
    if let Some(phrase) = &phrase {
        errors.spanned(
            phrase,
            format!(
                "a range takes the phrase of each status it holds: write `{}(Body)` \
                 without a phrase",
                key_text(class)
            ),
        );
        return None;
    }
    if let Some(field) = fields.first() {
        let example = match class {
            0 | 4 => "429",
            _ => "503",
        };
        errors.spanned(
            &field.ty,
            format!(
                "a range cannot declare header fields, since the statuses it holds differ in \
                 what they carry: declare them on a status named by its code, as in \
                 `{example}(Body, headers(..))`"
            ),
        );
    }
    let Some(body) = body else {
        let key_token = &key;
        let key = key_text(class);
        let what = if class == 0 {
            "`default` holds any other status"
        } else {
            "a range holds any status of its class"
        };
        errors.spanned(
            key_token,
            format!(
                "{what} with a body: write `{key}(Body)`, such as `{key}(Problem)` or \
                 `{key}(String)`"
            ),
        );
        return None;
    };
    if !(check_field_type(&body, errors)
        && check_lifetimes(&body, &input.generics, &input.ident, errors))
    {
        return None;
    }
    let ident = Ident::new(names(class).0, Span::call_site().located_at(key.span()));
    Some(Range {
        class,
        key,
        ident,
        body,
    })
}

fn range_class(key: &StatusKey) -> Result<u8, String> {
    let StatusKey::Code(lit) = key else {
        if matches!(key, StatusKey::Name(ident) if ident.unraw() == "default") {
            return Ok(0);
        }
        return Err(format!(
            "`{key}` is a range without a class: write the class's digit before `XX`; {VALID}"
        ));
    };
    if lit.suffix() != "XX" {
        return Err(format!(
            "`{key}` is not a status range: a range is a digit and an upper-case `XX`; {VALID}"
        ));
    }
    match lit.base10_digits() {
        "1" => Err(format!(
            "`1XX` is the range of informational statuses, which a handler cannot return; {VALID}"
        )),
        digit @ ("2" | "3" | "4" | "5") => Ok(digit.as_bytes()[0] - b'0'),
        _ => Err(format!("`{key}` is not a status range: {VALID}")),
    }
}

/// Each class once: a second `4XX` is reported at both places and dropped.
pub(crate) fn remove_duplicate_ranges(ranges: &mut Vec<Range>, errors: &mut Errors) {
    let mut kept: Vec<Range> = Vec::with_capacity(ranges.len());
    for range in ranges.drain(..) {
        if let Some(first) = kept.iter().find(|kept| kept.class == range.class) {
            errors.spanned(
                &range.key,
                format!(
                    "duplicate range: `{}` is listed twice",
                    key_text(range.class)
                ),
            );
            errors.spanned(
                &first.key,
                format!("`{}` first listed here", key_text(first.class)),
            );
        } else {
            kept.push(range);
        }
    }
    *ranges = kept;
}
