//! The reason phrase a typed response is sent with over HTTP/1.
//!
//! hyper and actix-web write the `http` crate's canonical reason unless told
//! otherwise, and for a few codes that is a phrase RFC 9110 replaced
//! (`422 Unprocessable Entity`, `413 Payload Too Large`). For those codes
//! the integrations send the registry's phrase instead, and for an
//! unregistered code its declared phrase, which `http` has none for. Every
//! other code is left to the server, so the common path does no more work
//! than before.

use crate::Status;

/// The registry's phrase for a status whose `http` canonical reason is a
/// different one, `None` where the two agree (or where the registry marks
/// the code unused, so no phrase is worth sending); the declared phrase of
/// an unregistered code.
///
/// Evaluated in `const` blocks by the integrations: a status that needs
/// nothing costs nothing. The list of codes is a fact about the `http`
/// crate, not the dataset; the test below compares it with
/// `http::StatusCode::canonical_reason` over every registered status, so
/// an `http` release that changes a phrase fails the build's tests.
pub(crate) const fn replaced_phrase(status: Status) -> Option<&'static str> {
    if !status.is_registered() {
        return Some(status.phrase());
    }
    match status.code() {
        // 104 has no canonical reason in `http`; 203 is spelt without the
        // hyphen there; 413 and 422 are the pre-RFC 9110 phrases.
        104 | 203 | 413 | 422 => Some(status.phrase()),
        _ => None,
    }
}

/// [`replaced_phrase`] for actix-web 4, which writes the canonical reasons
/// of `http` 0.2: that release also lacks 425, for which actix-web would
/// write `<unknown status code>`.
#[cfg(feature = "actix-web")]
pub(crate) const fn replaced_phrase_actix(status: Status) -> Option<&'static str> {
    match status.code() {
        425 => Some(status.phrase()),
        _ => replaced_phrase(status),
    }
}

#[cfg(test)]
mod tests {
    use super::replaced_phrase;
    #[cfg(feature = "actix-web")]
    use super::replaced_phrase_actix;
    use crate::Status;
    use crate::status::Standing;

    #[test]
    fn replaced_exactly_where_http_differs_from_the_registry() {
        for status in Status::ALL {
            let canonical = http::StatusCode::from_u16(status.code())
                .expect("registered codes are in range")
                .canonical_reason();
            let expected = (status.standing() != Standing::Unused
                && canonical != Some(status.phrase()))
            .then_some(status.phrase());
            assert_eq!(
                replaced_phrase(*status),
                expected,
                "{}: http says {canonical:?}",
                status.code()
            );
        }
        assert_eq!(
            replaced_phrase(Status::UNPROCESSABLE_CONTENT),
            Some("Unprocessable Content")
        );
        assert_eq!(replaced_phrase(Status::CREATED), None);
    }

    /// actix-web 4 writes the phrases of `http` 0.2: for every final
    /// status (a typed response is never 1xx), the ones it gets wrong are
    /// the ones replaced, and with the registry's phrase.
    #[cfg(feature = "actix-web")]
    #[test]
    fn actix_webs_phrases_are_replaced_where_they_differ() {
        for status in Status::ALL {
            if status.is_informational() || status.standing() == Standing::Unused {
                continue;
            }
            let actix = actix_web::http::StatusCode::from_u16(status.code())
                .expect("registered codes are in range")
                .canonical_reason();
            let expected = (actix != Some(status.phrase())).then_some(status.phrase());
            assert_eq!(
                replaced_phrase_actix(*status),
                expected,
                "{}: actix-web says {actix:?}",
                status.code()
            );
        }
    }
}
