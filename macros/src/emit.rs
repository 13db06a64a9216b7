//! The expansion written as source text, with the caller's tokens spliced
//! in whole.
//!
//! Almost all of a generated enum's code is the same for every enum: paths
//! into `responses`, `impl` headers, `match` arms, documentation. Building
//! those tokens one at a time (as `quote!` does) is slow in this crate,
//! which is compiled without optimisation in a debug build, and most of
//! the time goes to handing each token across the bridge to rustc. Writing
//! the same code into a `String` and handing it to rustc's lexer costs what
//! lexing it from a source file costs, a fraction of that (BENCHMARKS.md,
//! section 5).
//!
//! Text never carries the caller's tokens, and the types say so: text is
//! `&'static str` (our own source, written in this crate or taken from the
//! dataset's static table), numbers and numbered names are written from
//! integers, documentation from a [`DocLiteral`] (any text, escaped into a
//! string literal). Names, types, attributes, visibilities and generics are
//! spliced in as the tokens they came as, with their spans and hygiene, so
//! errors still point at them. (A bare
//! `pub` is written as text: the keyword means the same wherever it comes
//! from, while `pub(crate)` and `pub(in path)` are spliced.) Our own text
//! gets the call-site span, as `quote!` would give it.
//!
//! The writer cannot produce unbalanced output: a delimited group is written
//! only by [`Out::group`], which closes what it opens, and each piece of
//! text must be balanced on its own. Since every piece is a literal of this
//! crate, that is a property of the source, checked by `balanced` on every
//! piece when the unit tests write every template (and not in a user's
//! build).
//! A group stays text while everything in it is text, and becomes a token
//! group only when a splice lands inside it, so the fast path is kept.

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use std::fmt::Write as _;
use std::mem;

#[cfg(test)]
pub(crate) use balance::balanced;

/// The delimiters [`Out::group`] writes. (No invisible group: it has no
/// text form.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Delim {
    /// `( .. )`
    Paren,
    /// `{ .. }`
    Brace,
    /// `[ .. ]`
    Bracket,
}

impl Delim {
    fn chars(self) -> (char, char) {
        match self {
            Delim::Paren => ('(', ')'),
            Delim::Brace => ('{', '}'),
            Delim::Bracket => ('[', ']'),
        }
    }

    fn token_delimiter(self) -> Delimiter {
        match self {
            Delim::Paren => Delimiter::Parenthesis,
            Delim::Brace => Delimiter::Brace,
            Delim::Bracket => Delimiter::Bracket,
        }
    }
}

/// An expansion under construction: source text and spliced tokens, in
/// nested groups.
#[derive(Default)]
pub(crate) struct Out {
    /// What the innermost token group (or the output) holds so far.
    pieces: Vec<TokenStream>,
    /// Source text written since the last splice; lexed when a splice or
    /// the end comes. Its open delimiters are exactly those of `pending`.
    text: String,
    /// Groups still written as text: each delimiter and the offset in
    /// `text` of its opening character, outermost first.
    pending: Vec<(Delim, usize)>,
    /// Token groups around the current one: each delimiter and the pieces
    /// of the group around it.
    groups: Vec<(Delim, Vec<TokenStream>)>,
}

/// Documentation text written as a Rust string literal, escapes and all:
/// whatever the text holds (a type the caller wrote, a delimiter), the
/// literal is one token.
pub(crate) struct DocLiteral(String);

impl DocLiteral {
    pub(crate) fn new(text: &str) -> Self {
        // `Debug` of a `str` is a valid string literal with the same value.
        DocLiteral(format!("{text:?}"))
    }
}

impl Out {
    /// Writes our own source text, which must be balanced on its own (every
    /// delimiter it opens, it closes). `'static`: never text that came from
    /// the caller.
    pub(crate) fn text(&mut self, text: &'static str) -> &mut Self {
        #[cfg(test)]
        assert!(balanced(text), "unbalanced generated text: {text}");
        self.text.push_str(text);
        self
    }

    /// Writes an unsuffixed integer literal.
    pub(crate) fn number(&mut self, number: usize) -> &mut Self {
        self.separate();
        // Writing to a `String` cannot fail.
        let _ = write!(self.text, "{number}");
        self
    }

    /// Writes the identifier `prefix` followed by `index` (`__field0`).
    pub(crate) fn numbered(&mut self, prefix: &'static str, index: usize) -> &mut Self {
        debug_assert!(
            prefix
                .bytes()
                .all(|byte| byte.is_ascii_alphanumeric() || byte == b'_'),
            "not an identifier: {prefix}"
        );
        self.separate();
        let _ = write!(self.text, "{prefix}{index}");
        self
    }

    /// Writes `#[doc = ..]` with `doc`.
    pub(crate) fn doc(&mut self, doc: &DocLiteral) -> &mut Self {
        self.text("#").group(Delim::Bracket, |out| {
            out.text("doc = ");
            out.text.push_str(&doc.0);
        })
    }

    /// A space after a word, so that a word written next does not join it.
    fn separate(&mut self) {
        if self
            .text
            .bytes()
            .last()
            .is_some_and(|byte| byte.is_ascii_alphanumeric() || byte == b'_')
        {
            self.text.push(' ');
        }
    }

    /// Splices the caller's tokens (or tokens built with spans).
    pub(crate) fn tokens(&mut self, tokens: &impl ToTokens) -> &mut Self {
        self.make_pending_groups_tokens();
        self.flush();
        self.pieces.push(tokens.to_token_stream());
        self
    }

    /// Writes a delimited group around what `contents` writes, closed
    /// whatever `contents` does.
    pub(crate) fn group(&mut self, delim: Delim, contents: impl FnOnce(&mut Self)) -> &mut Self {
        let depth = self.pending.len();
        self.pending.push((delim, self.text.len()));
        self.text.push(delim.chars().0);
        contents(self);
        if self.pending.len() > depth {
            // Still text: nothing was spliced inside.
            self.pending.pop();
            self.text.push(delim.chars().1);
        } else {
            // A splice made it (and the groups around it) token groups.
            self.flush();
            if let Some((delim, outer)) = self.groups.pop() {
                let inner = mem::replace(&mut self.pieces, outer);
                let group = Group::new(delim.token_delimiter(), inner.into_iter().collect());
                self.pieces.push(TokenTree::Group(group).into());
            }
        }
        self
    }

    /// The tokens written.
    pub(crate) fn finish(mut self) -> TokenStream {
        self.flush();
        self.pieces.into_iter().collect()
    }

    /// Turns the groups still written as text into token groups, outermost
    /// first, so that a splice can land inside them.
    fn make_pending_groups_tokens(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let text = mem::take(&mut self.text);
        let mut start = 0;
        for (delim, offset) in mem::take(&mut self.pending) {
            self.text.push_str(&text[start..offset]);
            self.flush();
            self.groups.push((delim, mem::take(&mut self.pieces)));
            start = offset + delim.chars().0.len_utf8();
        }
        self.text.push_str(&text[start..]);
    }

    fn flush(&mut self) {
        if !self.text.is_empty() {
            self.pieces.push(lex(&self.text));
            self.text.clear();
        }
    }
}

/// Our own source text as tokens.
///
/// Straight to rustc's lexer when a macro is running: `proc_macro2`'s
/// `FromStr` would first check the text with its own lexer, compiled without
/// optimisation like this crate. Outside a macro (this crate's unit tests),
/// `proc_macro2`'s lexer.
fn lex(text: &str) -> TokenStream {
    if proc_macro::is_available()
        && let Ok(tokens) = text.parse::<proc_macro::TokenStream>()
    {
        return tokens.into();
    }
    text.parse().unwrap_or_else(|_| {
        // Only our own text is lexed, and the unit tests lex every template.
        let message = format!("responses: internal error: generated text does not lex: {text}");
        quote!(::core::compile_error! { #message })
    })
}

/// The balance check of [`Out::text`], compiled for this crate's tests only:
/// a user's build runs the macro with debug assertions on, and every piece
/// of text is a literal of this crate, so checking each call there would
/// cost every build for a property of our source.
#[cfg(test)]
mod balance {
    /// Whether `text` closes every delimiter it opens, in order, outside string
    /// and character literals and comments.
    pub(crate) fn balanced(text: &str) -> bool {
        let bytes = text.as_bytes();
        let mut open: Vec<u8> = Vec::new();
        let mut index = 0;
        while index < bytes.len() {
            match bytes[index] {
                b'(' | b'[' | b'{' => open.push(bytes[index]),
                close @ (b')' | b']' | b'}') => {
                    let expected = match close {
                        b')' => b'(',
                        b']' => b'[',
                        _ => b'{',
                    };
                    if open.pop() != Some(expected) {
                        return false;
                    }
                }
                b'"' => index = skip_string(bytes, index + 1),
                b'r' if starts_raw_string(bytes, index) => {
                    index = skip_raw_string(bytes, index + 1);
                }
                b'\'' => {
                    // A character literal ('x', '\n'), or a lifetime ('a).
                    if bytes.get(index + 1) == Some(&b'\\') {
                        index = skip_char(bytes, index + 3);
                    } else if bytes.get(index + 2) == Some(&b'\'') {
                        index += 2;
                    }
                }
                b'/' if bytes.get(index + 1) == Some(&b'/') => {
                    while index < bytes.len() && bytes[index] != b'\n' {
                        index += 1;
                    }
                }
                _ => {}
            }
            index += 1;
        }
        open.is_empty()
    }

    /// The index of the closing quote of a string whose contents start at `index`.
    fn skip_string(bytes: &[u8], mut index: usize) -> usize {
        while index < bytes.len() {
            match bytes[index] {
                b'\\' => index += 2,
                b'"' => return index,
                _ => index += 1,
            }
        }
        index
    }

    /// The index of the last `#` (or quote) of a raw string whose hashes start
    /// at `index`.
    /// Whether the `r` at `index` starts a raw string (`r"`, `r#"`), not a raw
    /// identifier (`r#type`) or the end of a name (`for"`).
    fn starts_raw_string(bytes: &[u8], index: usize) -> bool {
        let after_name =
            index > 0 && (bytes[index - 1].is_ascii_alphanumeric() || bytes[index - 1] == b'_');
        let hashes = bytes[index + 1..]
            .iter()
            .take_while(|&&b| b == b'#')
            .count();
        !after_name && bytes.get(index + 1 + hashes) == Some(&b'"')
    }

    fn skip_raw_string(bytes: &[u8], mut index: usize) -> usize {
        let hashes = bytes[index..].iter().take_while(|&&b| b == b'#').count();
        index += hashes + 1;
        while index < bytes.len() {
            if bytes[index] == b'"'
                && bytes[index + 1..]
                    .iter()
                    .take_while(|&&b| b == b'#')
                    .count()
                    >= hashes
            {
                return index + hashes;
            }
            index += 1;
        }
        index
    }

    /// The index of the closing quote of a character literal, searched from
    /// `index` (just after the escaped character).
    fn skip_char(bytes: &[u8], mut index: usize) -> usize {
        while index < bytes.len() && bytes[index] != b'\'' {
            index += 1;
        }
        index
    }
}
