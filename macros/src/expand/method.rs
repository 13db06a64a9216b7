//! What `method = ..` adds to an expansion: the `METHOD` constant, the
//! rustdoc of the method and of what a 200 means for it, and the const
//! checks that an included set has no status the method refuses.

use crate::ast::{ResponseEnum, Variant};
use crate::emit::{Delim, DocLiteral, Out};
use crate::expand::generics::visibility;
use crate::pretty;
use crate::registry::MethodEntry;
use crate::valid::method::refused_statuses;
use proc_macro2::{Ident, Span};
use quote::quote_spanned;
use responses_data::docs::lowercase_first;
use syn::ext::IdentExt as _;

/// `const METHOD: Option<Method>`, in the enum's inherent impl.
pub(super) fn method_const(out: &mut Out, model: &ResponseEnum<'_>) {
    out.text("/// The request method this enum answers, if its declaration names one.\n");
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
    text.push_str(if method.cacheable {
        "* **Cacheable**: a cache may store the response (for POST and PATCH only \
         with explicit freshness information).\n"
    } else {
        "* **Not cacheable**: caches do not store the response.\n"
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
    let text = format!(
        "\n\nIn answer to {}: {} ([RFC 9110, section 15.3.1]\
         (https://www.rfc-editor.org/rfc/rfc9110.html#section-15.3.1))",
        method.entry.name,
        lowercase_first(method.entry.ok_meaning)
    );
    out.doc(&DocLiteral::new(&text));
}

/// For each included set, a constant whose evaluation fails when the set
/// has a status the method refuses, spanned at the `..Set` entry.
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
        let label = super::items::set_label(model, index);
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
    }
}
