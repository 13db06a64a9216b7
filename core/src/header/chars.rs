//! Byte classes of the HTTP grammar, shared by every validator in this module.
//!
//! These are `const fn`s so the `from_static` constructors can validate at
//! compile time with the very same rules the runtime constructors use.

/// A `tchar` of RFC 9110 section 5.6.2: the bytes a token (a header name, an
/// auth scheme, a protocol name) may contain.
pub(crate) const fn is_tchar(byte: u8) -> bool {
    byte.is_ascii_alphanumeric()
        || matches!(
            byte,
            b'!' | b'#'
                | b'$'
                | b'%'
                | b'&'
                | b'\''
                | b'*'
                | b'+'
                | b'-'
                | b'.'
                | b'^'
                | b'_'
                | b'`'
                | b'|'
                | b'~'
        )
}

/// A byte allowed in a field value: anything but a control character.
///
/// HTAB is the one control allowed (RFC 9110 section 5.5). Refusing CR and LF
/// is what makes header injection impossible; NUL and DEL are refused because
/// RFC 9110 lets recipients reject them, so sending them is never useful.
/// Bytes from 0x80 (obs-text) pass, as they do in the `http` crate.
pub(crate) const fn is_value_byte(byte: u8) -> bool {
    byte == b'\t' || (byte >= 0x20 && byte != 0x7f)
}

/// A byte that may appear in a URI reference as sent on the wire: visible
/// ASCII only (RFC 3986 has no spaces or non-ASCII; those are percent-encoded).
pub(crate) const fn is_uri_byte(byte: u8) -> bool {
    byte.is_ascii_graphic()
}

/// The index of the first byte that is not a `tchar`, if any.
pub(crate) const fn find_non_tchar(bytes: &[u8]) -> Option<usize> {
    let mut index = 0;
    while index < bytes.len() {
        if !is_tchar(bytes[index]) {
            return Some(index);
        }
        index += 1;
    }
    None
}

/// The index of the first byte that is not allowed in a field value, if any.
pub(crate) const fn find_non_value_byte(bytes: &[u8]) -> Option<usize> {
    let mut index = 0;
    while index < bytes.len() {
        if !is_value_byte(bytes[index]) {
            return Some(index);
        }
        index += 1;
    }
    None
}

/// The index of the first byte that is not allowed in a URI reference, if any.
pub(crate) const fn find_non_uri_byte(bytes: &[u8]) -> Option<usize> {
    let mut index = 0;
    while index < bytes.len() {
        if !is_uri_byte(bytes[index]) {
            return Some(index);
        }
        index += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tchar_is_exactly_the_rfc_set() {
        let expected: Vec<u8> = (0..=255u8)
            .filter(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(b))
            .collect();
        let actual: Vec<u8> = (0..=255u8).filter(|&b| is_tchar(b)).collect();
        assert_eq!(actual, expected);
        assert_eq!(actual.len(), 26 * 2 + 10 + 15);
    }

    #[test]
    fn value_bytes_refuse_controls_only() {
        for byte in 0..=255u8 {
            let control = (byte < 0x20 && byte != b'\t') || byte == 0x7f;
            assert_eq!(is_value_byte(byte), !control, "byte {byte:#04x}");
        }
    }

    #[test]
    fn finders_report_the_first_bad_index() {
        assert_eq!(find_non_tchar(b"x-ok"), None);
        assert_eq!(find_non_tchar(b"x ok"), Some(1));
        assert_eq!(find_non_value_byte(b"a\tb"), None);
        assert_eq!(find_non_value_byte(b"ab\r\n"), Some(2));
        assert_eq!(find_non_uri_byte(b"/a?b#c"), None);
        assert_eq!(find_non_uri_byte(b"/a b"), Some(2));
        assert_eq!(find_non_uri_byte("/é".as_bytes()), Some(1));
    }
}
