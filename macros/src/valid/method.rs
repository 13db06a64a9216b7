//! The rules of RFC 9110 that tie a status to the request method an enum
//! answers (`method = GET`). What they need is in the dataset: the methods
//! a status is limited to (`methods` in `status.toml`), whether responses
//! to a method carry content (`response_content` in `methods.toml`) and
//! whether the method is safe. The statuses of included sets are checked
//! by const evaluation in the expansion, from [`refusal`]'s messages.

use crate::ast::{EnumMethod, MethodArg, Range, Variant};
use crate::ctxt::Errors;
use crate::pretty::type_text;
use crate::registry::{self, MethodEntry, StatusEntry};
use crate::suggest;
use syn::ext::IdentExt as _;

/// The one method of `args`: an unknown name is reported with the nearest
/// registered one, a second `method =` at both places.
pub(crate) fn resolve_method(args: Vec<MethodArg>, errors: &mut Errors) -> Option<EnumMethod> {
    let mut args = args.into_iter();
    let first = args.next()?;
    for extra in args {
        errors.spanned(
            &extra.keyword,
            "duplicate `method =`: a response enum answers one request method; \
             declare an enum per method",
        );
        errors.spanned(&first.keyword, "the method is first declared here");
    }
    let name = first.name.unraw().to_string();
    if let Some(entry) = registry::method(&name) {
        return Some(EnumMethod { entry });
    }
    let message = match suggest::nearest_method(&name) {
        Some(entry) if entry.name.eq_ignore_ascii_case(&name) => format!(
            "unknown method `{name}`: method names are case-sensitive (RFC 9110, \
             section 9.1) and written as registered: `{}`",
            entry.name
        ),
        Some(entry) => format!(
            "unknown method `{name}`; did you mean `{}`? ({})",
            entry.name, entry.summary
        ),
        None => format!(
            "unknown method `{name}`: expected a registered method, one of {}",
            registry::METHODS
                .iter()
                .map(|entry| format!("`{}`", entry.name))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    errors.spanned(&first.name, message);
    None
}

/// Why `status` cannot answer a request with `method`, whatever its body,
/// in a sentence naming the method and the section; `None` when it can.
pub(crate) fn refusal(method: &MethodEntry, status: &StatusEntry) -> Option<String> {
    if !status.answers(method.name) {
        let only = match status.methods {
            [one] => (*one).to_owned(),
            [init @ .., last] => format!("{} or {last}", init.join(", ")),
            [] => String::new(),
        };
        let why = match status.code {
            206 | 416 => format!(
                "range requests are defined for {only} only (RFC 9110, section {})",
                status.methods_section.unwrap_or(status.section)
            ),
            _ => format!(
                "it answers {only} only (RFC 9110, section {})",
                status.methods_section.unwrap_or(status.section)
            ),
        };
        return Some(format!(
            "`{}` cannot answer {} requests: {why}",
            status.title(),
            method.name
        ));
    }
    if status.code == 201 && method.safe {
        return Some(format!(
            "`{}` cannot answer {} requests: {} is safe, read-only by definition, \
             so it creates no resource (RFC 9110, section 9.2.1)",
            status.title(),
            method.name,
            method.name
        ));
    }
    None
}

/// Why a response with `status` to `method` cannot carry content; `None`
/// when it can.
pub(crate) fn body_refusal(method: &MethodEntry, status: &StatusEntry) -> Option<String> {
    if method.response_content.allows(status.class) {
        return None;
    }
    let citation = format!("{}, section {}", method.spec, method.section);
    Some(
        if status.class == responses_data::Class::Successful && method.name == "CONNECT" {
            format!(
                "a 2xx response to CONNECT turns the connection into a tunnel and carries \
             no content ({citation})"
            )
        } else {
            format!(
                "a response to {} carries no content, whatever its status ({citation})",
                method.name
            )
        },
    )
}

/// Each variant against the enum's method: one error per mistake, at the
/// status (or at its body type, for a body the method forbids).
pub(crate) fn check_variants(
    method: Option<&EnumMethod>,
    variants: &[Variant],
    errors: &mut Errors,
) {
    let Some(method) = method else {
        return;
    };
    for variant in variants {
        if let Some(message) = refusal(method.entry, variant.entry) {
            errors.spanned(
                &variant.key,
                format!(
                    "{message}; this enum answers `method = {}`",
                    method.entry.name
                ),
            );
            continue;
        }
        if let Some(body) = variant.body()
            && let Some(why) = body_refusal(method.entry, variant.entry)
        {
            errors.spanned(
                body,
                format!(
                    "`{}` cannot have a body here: {why}; remove the body type `{}`",
                    variant.entry.title(),
                    type_text(body)
                ),
            );
        }
    }
}

/// Each range against the enum's method: a range always has a body, so
/// one the method allows no content for is an error at its body type.
pub(crate) fn check_ranges(method: Option<&EnumMethod>, ranges: &[Range], errors: &mut Errors) {
    let Some(method) = method else {
        return;
    };
    for range in ranges {
        // `default` (class 0) may hold a status of any final class.
        let classes: Vec<u16> = if range.class == 0 {
            vec![200, 300, 400, 500]
        } else {
            vec![u16::from(range.class) * 100]
        };
        let allowed = classes
            .into_iter()
            .filter_map(responses_data::Class::of)
            .all(|class| method.entry.response_content.allows(class));
        if allowed {
            continue;
        }
        let key = if range.class == 0 {
            "default".to_owned()
        } else {
            format!("{}XX", range.class)
        };
        let citation = format!("{}, section {}", method.entry.spec, method.entry.section);
        let why = if method.entry.name == "CONNECT" {
            format!("a 2xx response to CONNECT carries no content ({citation})")
        } else {
            format!(
                "a response to {} carries no content, whatever its status ({citation})",
                method.entry.name
            )
        };
        errors.spanned(
            &range.body,
            format!(
                "`{key}` cannot be declared here: a range holds its statuses with a body, and \
                 {why}; this enum answers `method = {}`, so name the statuses without bodies",
                method.entry.name
            ),
        );
    }
}

/// The statuses `method` refuses whatever the body, each with its message:
/// what the const checks of included sets look for.
pub(crate) fn refused_statuses(
    method: &MethodEntry,
) -> impl Iterator<Item = (&'static StatusEntry, String)> + '_ {
    registry::STATUSES
        .iter()
        .filter(|status| status.is_final())
        .filter_map(move |status| refusal(method, status).map(|message| (status, message)))
}
