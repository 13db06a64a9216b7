//! Rustdoc of the generated enums: their table of statuses, and the text of
//! each variant and constructor, cached per status. The text they share
//! with `responses`'s own items comes from `responses_data::docs`.

use crate::emit::DocLiteral;
use crate::registry::StatusEntry;
use responses_data::docs::{lowercase_first, push_rules_and_link, spec_link, untyped_required};
use std::fmt::Write as _;
use std::sync::OnceLock;

/// The `# Responses` table appended to a generated enum's documentation:
/// one row per status and one per included set, in the order declared.
/// With a method, the 200 row says what a 200 means for it rather than
/// the registry's method-neutral summary.
pub(crate) fn enum_table(
    model: &crate::ast::ResponseEnum<'_>,
    method: Option<&crate::registry::MethodEntry>,
) -> String {
    let (variants, sets) = (&model.variants, &model.sets);
    let mut out =
        String::from("\n# Responses\n\n| Status | Variant | Body | Meaning |\n|:--|:--|:--|:--|\n");
    let mut sets = sets.iter().peekable();
    for (index, variant) in variants.iter().enumerate() {
        while let Some(set) = sets.next_if(|set| set.position <= index) {
            set_row(&mut out, set);
        }
        let mut body = match variant.body() {
            Some(body) => format!("`{}`", crate::pretty::type_text(body)),
            None if variant.entry.content_forbidden => "none (forbidden)".to_owned(),
            None => "none".to_owned(),
        };
        push_field_list(&mut body, &variant.fields);
        let meaning = match method {
            Some(method) if variant.entry.code == 200 => {
                format!(
                    "In answer to {}: {}",
                    method.name,
                    lowercase_first(method.ok_meaning)
                )
            }
            _ => variant.entry.summary.to_owned(),
        };
        let _ = writeln!(
            out,
            "| [`{}`]({}) | [`{}`](Self::{}) | {} | {} |",
            variant.entry.title(),
            variant.entry.url,
            variant.ident,
            variant.ident,
            body,
            meaning
        );
    }
    for set in sets {
        set_row(&mut out, set);
    }
    for custom in &model.customs {
        let body = custom.body.as_ref().map_or_else(
            || "none".to_owned(),
            |body| format!("`{}`", crate::pretty::type_text(body)),
        );
        let _ = writeln!(
            out,
            "| `{} {}` (unregistered) | [`{}`](Self::{}) | {body} | A code outside the IANA \
             registry, declared by this enum. |",
            custom.code, custom.phrase, custom.ident, custom.ident
        );
    }
    for range in &model.ranges {
        let (statuses, meaning) = if range.class == 0 {
            (
                "any other".to_owned(),
                "Any final status that neither the enum nor a range names.".to_owned(),
            )
        } else {
            (
                format!("`{}XX`", range.class),
                format!(
                    "Any {}xx status the enum does not name, held as a value.",
                    range.class
                ),
            )
        };
        let _ = writeln!(
            out,
            "| {statuses} | [`{}`](Self::{}) | `{}` | {meaning} |",
            range.ident,
            range.ident,
            crate::pretty::type_text(&range.body)
        );
    }
    out
}

/// An included set's row. The macro cannot see the set's statuses (they
/// are another item's), so the row links the set, whose own page lists
/// them.
fn set_row(out: &mut String, set: &crate::ast::Set) {
    let name = set_link(set);
    let _ = writeln!(
        out,
        "| every status of {name} | [`{}`](Self::{}) | as in {name} | an included set: its \
         page lists its statuses, and [`STATUSES`](Self::STATUSES) holds them with this \
         enum's own |",
        set.ident, set.ident
    );
}

/// The set's name, linked to its page where rustdoc can resolve the path
/// as written (a plain path; not a qualified `<T as Trait>::Set`).
pub(crate) fn set_link(set: &crate::ast::Set) -> String {
    let text = crate::pretty::type_text(&set.ty);
    match &set.ty {
        syn::Type::Path(path) if path.qself.is_none() => {
            let target = text.trim_start_matches("::");
            format!("[`{text}`]({target})")
        }
        _ => format!("`{text}`"),
    }
}

/// Text computed once per status and compiler process, however many enums
/// name the status: a crate with a thousand enums formats each text once.
///
/// What is kept is the text written as a Rust string literal, escapes and
/// all, ready to be written into an expansion's source text.
struct Cache([OnceLock<DocLiteral>; crate::registry::STATUS_COUNT]);

impl Cache {
    const fn new() -> Self {
        Cache([const { OnceLock::new() }; crate::registry::STATUS_COUNT])
    }

    fn get(
        &'static self,
        entry: &StatusEntry,
        make: impl FnOnce() -> String,
    ) -> &'static DocLiteral {
        // Every entry the macros hold comes from the table.
        let index = crate::registry::position(entry.code).unwrap_or_default();
        self.0[index].get_or_init(|| DocLiteral::new(&make()))
    }
}

/// Documentation of a generated variant.
pub(crate) fn variant(entry: &'static StatusEntry) -> &'static DocLiteral {
    static CACHE: Cache = Cache::new();
    CACHE.get(entry, || variant_text(entry))
}

/// Documentation of a generated constructor (attribute form, whose
/// variants are named after their status).
pub(crate) fn constructor(entry: &'static StatusEntry) -> &'static DocLiteral {
    static CACHE: Cache = Cache::new();
    CACHE.get(entry, || constructor_text(entry))
}

fn variant_text(entry: &StatusEntry) -> String {
    let mut out = format!("`{}`: {}\n\n", entry.title(), entry.summary);
    push_rules_and_link(&mut out, entry);
    out
}

fn constructor_text(entry: &StatusEntry) -> String {
    let variant = entry.name;
    let mut out = format!(
        "Creates the [`{}`](Self::{variant}) response: {}\n\n",
        entry.title(),
        lowercase_first(entry.summary)
    );
    for header in entry.constructor_headers {
        let why = if entry.requires(header) {
            "the status requires it"
        } else {
            "a client can do nothing with the status without it"
        };
        let _ = write!(
            out,
            "Takes the `{}` header field (`responses::header::{}`) because {why}. ",
            header.name,
            header.ty()
        );
    }
    if entry.content_forbidden {
        out.push_str("Takes no body: the status forbids content. ");
    }
    for header in untyped_required(entry) {
        let _ = write!(
            out,
            "The status also requires the `{}` header field, which has no typed value: \
             build `{}{}` and set it with its `header` method. ",
            header.name,
            crate::paths::documented_module(),
            entry.name
        );
    }
    for header in entry.builder_headers() {
        if header.name == "Location" {
            let snake = entry.snake_name();
            let _ = write!(
                out,
                "To send the `Location` header field too, call \
                 [`{snake}_at`](Self::{snake}_at). "
            );
            continue;
        }
        let _ = write!(
            out,
            "To add the optional `{}` header field, build `{}{}` with its \
             `{}` method and convert it with `.into()`. ",
            header.name,
            crate::paths::documented_module(),
            entry.name,
            header.param()
        );
    }
    out.push_str("\n\n");
    out.push_str(&spec_link(entry));
    out
}

/// "; header fields `ETag`, `CacheControl` (optional)", for the table.
fn push_field_list(out: &mut String, fields: &[crate::ast::FieldDecl]) {
    if fields.is_empty() {
        return;
    }
    out.push_str("; header fields ");
    for (index, field) in fields.iter().enumerate() {
        if index > 0 {
            out.push_str(", ");
        }
        let _ = write!(out, "`{}`", crate::pretty::type_text(&field.ty));
        if field.optional {
            out.push_str(" (optional)");
        }
    }
}

/// The constructor's documentation of its declared header fields.
pub(crate) fn declared_fields(fields: &[crate::ast::FieldDecl], after_body: bool) -> String {
    let mut out = format!(
        "\n\nTakes the header fields declared for the status in `headers(..)`, \
         {}in the order declared:\n\n",
        if after_body { "after the body, " } else { "" }
    );
    for field in fields {
        let _ = writeln!(
            out,
            "* `{}: {}`: {}",
            field.param(),
            crate::pretty::type_text(&field.written),
            if field.optional {
                "sent when `Some`"
            } else {
                "always sent"
            }
        );
    }
    out.push_str(
        "\nA decoded response gives them back with the per-status value's `field::<H>()`.",
    );
    out
}
