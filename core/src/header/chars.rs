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

/// Every byte of a word set to `0x01`, and to `0x80`.
const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);

/// Whether some byte of `word` is below `limit` (at most `0x80`).
///
/// Subtracting `limit` from every byte borrows into the high bit exactly
/// where a byte was smaller and had its high bit clear; a borrow can spill
/// into the next byte and flag it too, but only after a byte that really is
/// below `limit`, so the answer to "is there one" is exact.
const fn has_byte_below(word: u64, limit: u8) -> bool {
    word.wrapping_sub(ONES * limit as u64) & !word & HIGHS != 0
}

/// Whether some byte of `word` is above `limit` (at most `0x7f`): adding
/// `0x7f - limit` sets the high bit of those up to `0x7f`, and the bytes
/// from `0x80` have it already. A carry out of such a byte can only follow
/// a byte that is above `limit`, so the answer is exact here too.
const fn has_byte_above(word: u64, limit: u8) -> bool {
    (word.wrapping_add(ONES * (0x7f - limit) as u64) | word) & HIGHS != 0
}

/// Whether some byte of `word` equals `byte`.
const fn has_byte(word: u64, byte: u8) -> bool {
    has_byte_below(word ^ (ONES * byte as u64), 1)
}

/// The index of the first byte for which `allowed` is false, looking at
/// eight bytes at a time and at single bytes only in a word that `suspect`
/// flags (and in the last, shorter piece). `suspect` must flag every word
/// holding a refused byte; it may flag others.
#[inline]
fn find_refused(
    bytes: &[u8],
    suspect: impl Fn(u64) -> bool,
    allowed: impl Fn(u8) -> bool,
) -> Option<usize> {
    let (words, tail) = bytes.as_chunks::<8>();
    for (word_index, word) in words.iter().enumerate() {
        if suspect(u64::from_ne_bytes(*word))
            && let Some(index) = word.iter().position(|&byte| !allowed(byte))
        {
            return Some(word_index * 8 + index);
        }
    }
    let index = tail.iter().position(|&byte| !allowed(byte))?;
    Some(words.len() * 8 + index)
}

/// [`find_non_value_byte`] for text built at run time, a word at a time:
/// header values built from user data are checked on every response.
pub(crate) fn first_non_value_byte(bytes: &[u8]) -> Option<usize> {
    // Tabs are allowed but flag their word, which is then checked byte by byte.
    find_refused(
        bytes,
        |word| has_byte_below(word, 0x20) || has_byte(word, 0x7f),
        is_value_byte,
    )
}

/// [`find_non_uri_byte`] for text built at run time, a word at a time.
pub(crate) fn first_non_uri_byte(bytes: &[u8]) -> Option<usize> {
    find_refused(
        bytes,
        |word| has_byte_below(word, 0x21) || has_byte_above(word, 0x7e),
        is_uri_byte,
    )
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

    /// Every byte value at every position of texts of 1 to 24 bytes, whose
    /// other bytes are allowed ones: the word-at-a-time finders agree with
    /// the byte loops everywhere, including across word boundaries.
    #[test]
    fn word_finders_agree_with_byte_finders() {
        for len in 1..=24 {
            for position in 0..len {
                for byte in 0..=255u8 {
                    for filler in [b'a', b'~', b'!', 0xc3] {
                        let mut text = vec![filler; len];
                        text[position] = byte;
                        assert_eq!(
                            first_non_value_byte(&text),
                            find_non_value_byte(&text),
                            "value {text:?}"
                        );
                        assert_eq!(
                            first_non_uri_byte(&text),
                            find_non_uri_byte(&text),
                            "uri {text:?}"
                        );
                    }
                }
            }
        }
        // Two refused bytes in one word, and a borrow that spills over.
        assert_eq!(first_non_value_byte(b"ab\x00\x00cdef"), Some(2));
        assert_eq!(first_non_uri_byte(b"/a\x00\x7f/b/c/d"), Some(2));
        assert_eq!(first_non_uri_byte(b"\xff\xffabcdefgh"), Some(0));
        assert_eq!(first_non_value_byte(b""), None);
    }
}
