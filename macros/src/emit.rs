//! The expansion written as source text, with the caller's tokens spliced
//! in whole.
//!
//! Almost all of a generated enum's code is the same for every enum: paths
//! into `responses`, `impl` headers, `match` arms, documentation. Building
//! those tokens one at a time (as `quote!` does) costs about 2,800
//! instructions per token in this crate, which is compiled without
//! optimisation in a debug build, most of it spent handing each token across
//! the bridge to rustc. Writing the same code into a `String` and handing it
//! to rustc's lexer costs what lexing it from a source file costs. For 100
//! enums the macro's share of rustc's work fell from 287 M to 147 M
//! instructions, 66 M of which is that lexing (see `BENCHMARKS.md`).
//!
//! Text never carries the caller's tokens: names, types, attributes,
//! visibilities and generics are spliced in as the tokens they came as,
//! with their spans and hygiene, so errors still point at them. (A bare
//! `pub` is written as text: the keyword means the same wherever it comes
//! from, while `pub(crate)` and `pub(in path)` are spliced.) Our own text
//! gets the call-site span, as `quote!` would give it.

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use std::mem;

/// An expansion under construction: source text and spliced tokens, in
/// nested groups.
#[derive(Default)]
pub(crate) struct Out {
    /// What the innermost open group (or the output) holds so far.
    pieces: Vec<TokenStream>,
    /// Source text written since the last splice; lexed when a splice,
    /// a group or the end comes. It never holds an unclosed delimiter:
    /// groups around spliced tokens are opened and closed with
    /// [`open`](Self::open) and [`close`](Self::close).
    text: String,
    /// The groups opened and not yet closed, each with the pieces of the
    /// group around it.
    open: Vec<(Delimiter, Vec<TokenStream>)>,
}

impl Out {
    /// Writes our own source text. Never text that came from the caller.
    pub(crate) fn text(&mut self, text: &str) -> &mut Self {
        self.text.push_str(text);
        self
    }

    /// Splices the caller's tokens (or tokens built with spans).
    pub(crate) fn tokens(&mut self, tokens: &impl ToTokens) -> &mut Self {
        self.flush();
        self.pieces.push(tokens.to_token_stream());
        self
    }

    /// Opens a group, to be closed by [`close`](Self::close), for a group
    /// whose contents have spliced tokens.
    pub(crate) fn open(&mut self, delimiter: Delimiter) -> &mut Self {
        self.flush();
        let outer = mem::take(&mut self.pieces);
        self.open.push((delimiter, outer));
        self
    }

    /// Closes the group opened last.
    pub(crate) fn close(&mut self) -> &mut Self {
        self.flush();
        let Some((delimiter, outer)) = self.open.pop() else {
            debug_assert!(false, "`close` without `open`");
            return self;
        };
        let inner = mem::replace(&mut self.pieces, outer);
        let group = Group::new(delimiter, inner.into_iter().collect());
        self.pieces.push(TokenTree::Group(group).into());
        self
    }

    /// The tokens written.
    pub(crate) fn finish(mut self) -> TokenStream {
        debug_assert!(self.open.is_empty(), "a group was left open");
        while !self.open.is_empty() {
            self.close();
        }
        self.flush();
        self.pieces.into_iter().collect()
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
