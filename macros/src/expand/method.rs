//! What `method = ..` adds to an expansion: the `METHOD` constant, the
//! rustdoc of the method and of what a 200 means for it, and the const
//! checks that an included set has no status the method refuses and no
//! content where the method allows none; and what every enum gives the
//! enums that include it for those checks, `WITH_CONTENT`.

use crate::ast::{ResponseEnum, Variant};
use crate::emit::{Delim, DocLiteral, Out};
use crate::expand::generics::visibility;
use crate::pretty;
use crate::registry::{self, MethodEntry, StatusEntry};
use crate::valid::method::{body_refusal, refused_statuses};
use proc_macro2::{Ident, Span};
use quote::quote_spanned;
use responses_data::ResponseContent;
use responses_data::docs::lowercase_first;
use syn::ext::IdentExt as _;

/// `const METHOD: Option<Method>`, in the enum's inherent impl.
pub(super) fn method_const(out: &mut Out, model: &ResponseEnum<'_>) {
    match &model.method {
        Some(method) => {
            let text = format!(
                "The request method this enum answers, {}: `method = {}` in its declaration.",
                method.entry.name, method.entry.name
            );
            out.doc(&DocLiteral::new(&text));
        }
        None => {
            out.text("/// `None`: the declaration names no request method.\n");
        }
    }
    visibility(out, &model.input.vis);
    out.text("const METHOD: ::core::option::Option<::responses::Method> = ");
    match &model.method {
        Some(method) => {
            out.text("::core::option::Option::Some");
            out.group(Delim::Paren, |out| {
                out.text("::responses::Method::").text(method.entry.name);
            });
            out.text(";");
        }
        None => {
            out.text("::core::option::Option::None;");
        }
    }
}

/// The paragraph of the enum's documentation on its method: what the
/// method's properties mean for a client.
pub(super) fn enum_doc(out: &mut Out, model: &ResponseEnum<'_>) {
    let Some(method) = &model.method else {
        return;
    };
    out.doc(&DocLiteral::new(&method_text(method.entry)));
}

fn method_text(method: &MethodEntry) -> String {
    let name = method.name;
    let mut text = format!(
        "\n# Method\n\nAnswers [`{name}`]({}) requests: {}\n\n",
        method.url,
        lowercase_first(method.summary)
    );
    text.push_str(if method.safe {
        "* **Safe**: the request only reads; a client, crawler or prefetcher may send it \
         without asking the user.\n"
    } else {
        "* **Not safe**: the request may change state on the server; a client sends it \
         on the user's behalf only.\n"
    });
    text.push_str(if method.idempotent {
        "* **Idempotent**: sending it twice has the effect of sending it once, so a \
         client may repeat it after a lost connection.\n"
    } else {
        "* **Not idempotent**: a repeated request may take effect twice, so a client \
         does not retry it on its own after a lost connection.\n"
    });
    text.push_str(match (method.cacheable, method.safe) {
        (true, true) => {
            "* **Cacheable**: a cache may store the response and answer later \
                         requests with it.\n"
        }
        // POST and PATCH (RFC 9110, section 9.3.3; RFC 5789, section 2).
        (true, false) => {
            "* **Cacheable** only with explicit freshness information: a cache \
                          stores the response only when it says how long it stays fresh \
                          (`Cache-Control: max-age`, `Expires`).\n"
        }
        (false, _) => "* **Not cacheable**: caches do not store the response.\n",
    });
    text.push_str(
        "\nSee [RFC 9110, section 9.2](https://www.rfc-editor.org/rfc/rfc9110.html#section-9.2) \
         for these properties.",
    );
    text
}

/// For the 200 variant and its constructor: what a 200 means for the
/// enum's method.
pub(super) fn ok_doc(out: &mut Out, model: &ResponseEnum<'_>, variant: &Variant) {
    if variant.entry.code != 200 {
        return;
    }
    let Some(method) = &model.method else {
        return;
    };
    // The status's own docs end with the link to section 15.3.1, which
    // says what a 200 means per method: no second link.
    let text = format!(
        "\n\nIn answer to {}: {}",
        method.entry.name,
        lowercase_first(method.entry.ok_meaning)
    );
    out.doc(&DocLiteral::new(&text));
}

/// `Responses::WITH_CONTENT`: the statuses of variants with a body, every
/// status a range holds (those of its class the enum does not name, that
/// may carry content), and those of included sets.
pub(super) fn with_content_const(out: &mut Out, model: &ResponseEnum<'_>) {
    let mut own: Vec<&'static str> = model
        .variants
        .iter()
        .filter(|variant| variant.body().is_some())
        .map(|variant| variant.entry.constant)
        .collect();
    for range in &model.ranges {
        own.extend(
            registry::STATUSES
                .iter()
                .filter(|status| status.has_response_type() && !status.content_forbidden)
                // `default` (class 0) holds a status of any class.
                .filter(|status| range.class == 0 || status.code / 100 == u16::from(range.class))
                .filter(|status| {
                    !model
                        .variants
                        .iter()
                        .any(|variant| variant.entry.code == status.code)
                })
                .map(|status| status.constant),
        );
    }
    // A status held by both a range and `default` is listed once.
    let mut seen = std::collections::HashSet::new();
    own.retain(|constant| seen.insert(*constant));
    let customs: Vec<_> = model
        .customs
        .iter()
        .filter(|custom| custom.body.is_some())
        .map(super::custom::status_expr)
        .collect();
    let constants = |out: &mut Out| {
        for constant in &own {
            out.text("::responses::Status::").text(constant).text(",");
        }
        for custom in &customs {
            out.tokens(custom).text(",");
        }
    };
    out.text("const WITH_CONTENT: &'static [::responses::Status] = &");
    if model.sets.is_empty() {
        out.group(Delim::Bracket, constants);
        out.text(";");
        return;
    }
    let set_content = |out: &mut Out, set: &crate::ast::Set| {
        out.text("<")
            .tokens(&set.ty)
            .text(" as ::responses::Responses>::WITH_CONTENT");
    };
    out.text("::responses::__private::concat_statuses::<");
    out.group(Delim::Brace, |out| {
        out.number(own.len() + customs.len());
        super::sets::after_statuses(out, model);
        for set in &model.sets {
            out.text(" + ");
            set_content(out, set);
            out.text(".len()");
        }
    });
    out.text(">");
    out.group(Delim::Paren, |out| {
        out.text("&");
        out.group(Delim::Bracket, |out| {
            out.text("&");
            out.group(Delim::Bracket, constants);
            for set in &model.sets {
                out.text(",");
                set_content(out, set);
            }
        });
    });
    out.text(";");
}

/// The statuses whose content `method` forbids although it can answer
/// with them, each with why: every status for HEAD, the 2xx for CONNECT.
fn content_refused(method: &MethodEntry) -> impl Iterator<Item = (&'static StatusEntry, String)> {
    registry::STATUSES
        .iter()
        .filter(|status| status.has_response_type() && !status.content_forbidden)
        .filter(move |status| crate::valid::method::refusal(method, status).is_none())
        .filter_map(move |status| body_refusal(method, status).map(|why| (status, why)))
}

/// For each included set, a constant whose evaluation fails when the set
/// has a status the method refuses, or content on a status where the
/// method allows none, spanned at the `..Set` entry.
pub(super) fn set_checks(out: &mut Out, model: &ResponseEnum<'_>) {
    let Some(method) = &model.method else {
        return;
    };
    if model.sets.is_empty() {
        return;
    }
    let refused: Vec<_> = refused_statuses(method.entry).collect();
    for (index, set) in model.sets.iter().enumerate() {
        let ty = &set.ty;
        let set_name = pretty::type_text(ty);
        let label = super::sets::set_label(model, index);
        for (status, reason) in &refused {
            let constant = Ident::new(status.constant, Span::call_site());
            let message = format!(
                "`..{set_name}` cannot be included here: {reason}; `{}` answers \
                 `method = {}`, so remove the status from the set or include another set",
                model.input.ident, method.entry.name
            );
            // Named as a sentence, as the overlap checks are: rustc's label
            // names the item whose evaluation failed.
            let check = Ident::new(
                &format!(
                    "{}_gets_no_{}_from_{label}",
                    model.input.ident.unraw(),
                    status.code
                ),
                Span::call_site(),
            );
            out.tokens(&quote_spanned! {set.span=>
                #[allow(non_upper_case_globals, dead_code)]
                static #check: () = ::responses::__private::check_refused(
                    <#ty as ::responses::Responses>::STATUSES,
                    ::responses::Status::#constant,
                    #message,
                );
            });
        }
        for (status, why) in content_refused(method.entry) {
            let constant = Ident::new(status.constant, Span::call_site());
            let message = format!(
                "`..{set_name}` cannot be included here: it gives `{}` a body (the first of \
                 its statuses with one), and {}; `{}` answers `method = {}`, so include a set \
                 without those bodies, or declare its statuses here without them",
                status.title(),
                lowercase_first(&why),
                model.input.ident,
                method.entry.name
            );
            // The class whose content the method forbids, 0 for all.
            let class: u16 = match method.entry.response_content {
                ResponseContent::ForbiddenOnSuccess => 2,
                ResponseContent::Any | ResponseContent::Forbidden => 0,
            };
            let check = Ident::new(
                &format!(
                    "{}_gets_no_{}_body_from_{label}",
                    model.input.ident.unraw(),
                    status.code
                ),
                Span::call_site(),
            );
            out.tokens(&quote_spanned! {set.span=>
                #[allow(non_upper_case_globals, dead_code)]
                static #check: () = ::responses::__private::check_content(
                    <#ty as ::responses::Responses>::WITH_CONTENT,
                    #class,
                    ::responses::Status::#constant,
                    #message,
                );
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::method_text;
    use crate::registry;

    #[test]
    fn the_method_section_says_what_each_property_means_for_a_client() {
        let get = method_text(registry::method("GET").unwrap());
        for line in ["**Safe**", "**Idempotent**", "**Cacheable**: a cache may"] {
            assert!(get.contains(line), "{line} in {get}");
        }
        let post = method_text(registry::method("POST").unwrap());
        for line in [
            "**Not safe**",
            "**Not idempotent**",
            "only with explicit freshness",
        ] {
            assert!(post.contains(line), "{line} in {post}");
        }
        let delete = method_text(registry::method("DELETE").unwrap());
        for line in ["**Not safe**", "**Idempotent**", "**Not cacheable**"] {
            assert!(delete.contains(line), "{line} in {delete}");
        }
    }
}
