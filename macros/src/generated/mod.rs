//! Generated inputs through the three expansions: well over 100,000 inputs
//! (token soup, near-valid lists with one mutation, every item kind and
//! generics form, made in `grammar.rs`) that check that no input panics and that every expansion
//! reporting no error parses back as Rust items (or, for `status!`, as an
//! expression).
//!
//! Two rounds of the same size: one with a fixed seed, the same inputs on
//! every run and machine, so what was found once stays fixed; and one with
//! a new seed each run (from the time, or `GENERATED_SEED`), so every run
//! also tries inputs no run tried before. The seed is printed first, and a
//! failure prints it with the input and the command that replays it. The
//! fuzz target under `fuzz/` searches the same space without a bound.

mod grammar;
mod mistakes;

use crate::expand;
use grammar::{Rng, attribute_item, derive_item, soup, status_input, status_list};
use mistakes::mistaken_list;
use proc_macro2::TokenStream;
use std::panic::{self, AssertUnwindSafe};
use std::str::FromStr;
use std::time::Instant;

/// Inputs per entry point, thread and seed; two threads, three entry
/// points and the lists with counted mistakes, two seeds. `GENERATED_COUNT`
/// sets the exploring round's size instead, and leaves the regression
/// round out.
const ROUNDS: u64 = 10_000;
/// Inputs each pass of [`run`] makes, on average: one per entry point,
/// and a list with counted mistakes every other pass.
const PER_PASS: f64 = 3.5;
/// The regression round's seed.
const SEED: u64 = 0x7265_7370_6f6e_7365; // "response"
/// What replays a round: its seed in `GENERATED_SEED`, then this.
const REPLAY: &str =
    "cargo test -p responses-macros --all-features --lib generated_inputs -- --nocapture";

/// At least this many inputs per round: a round that ran none (the
/// generator or the lexing of its text broken) checks nothing.
const MIN_INPUTS: u64 = 50_000;
/// At least this many error-free expansions per round and entry point:
/// without them the parse-back half checks nothing. (Most generated inputs
/// are meant to be refused; these minimums are about half of what a round
/// gives, which leaves room for a seed's chance and for the grammar to
/// grow.) In the order of [`ENTRIES`].
const MIN_CLEAN: [u64; 3] = [1_000, 250, 3_000];

/// The declarations a round must try, each in at least [`MIN_TRIED`]
/// inputs and in at least [`MIN_PARSED`] error-free expansions, parsed
/// back: without them a grammar that lost one would go unnoticed.
const CONSTRUCTS: [&str; 3] = ["`method =`", "a range entry", "`headers(..)`"];
const MIN_TRIED: [u64; 3] = [10_000, 10_000, 10_000];
const MIN_PARSED: [u64; 3] = [600, 600, 350];
/// At least this many lists with counted mistakes per round, and with at
/// least one mistake.
const MIN_MISTAKEN: u64 = 4_000;

/// Which of [`CONSTRUCTS`] an input has, from its text: `method =`, a key
/// written like a range (`4XX`, `6XX`, `4xX`, `XX`) or `default`,
/// `headers(`.
fn constructs(input: &str) -> [bool; 3] {
    let range = input
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
        .any(|word| {
            let letters = word.trim_start_matches(|c: char| c.is_ascii_digit());
            word == "default"
                || !letters.is_empty() && letters.chars().all(|c| matches!(c, 'x' | 'X'))
        });
    [
        input.contains("method ="),
        range,
        input.contains("headers("),
    ]
}

/// The inputs per thread of the exploring round: `GENERATED_COUNT` (the
/// whole round's inputs, for a long run) or the CI size.
fn exploring_rounds() -> u64 {
    let Ok(text) = std::env::var("GENERATED_COUNT") else {
        return ROUNDS;
    };
    let count: u64 = text
        .trim()
        .replace('_', "")
        .parse()
        .unwrap_or_else(|_| panic!("GENERATED_COUNT is `{text}`: write a number of inputs"));
    // An estimate: lexing drops a few inputs, and the lists are by chance.
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let rounds = (count as f64 / (2.0 * PER_PASS)).ceil() as u64;
    rounds.max(1)
}

/// The exploring round's seed: `GENERATED_SEED` (hex with `0x`, or
/// decimal) to replay a run, otherwise one taken from the clock.
fn exploring_seed() -> u64 {
    if let Ok(text) = std::env::var("GENERATED_SEED") {
        let text = text.trim();
        let parsed = match text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
            Some(hex) => u64::from_str_radix(&hex.replace('_', ""), 16),
            None => text.replace('_', "").parse(),
        };
        return parsed.unwrap_or_else(|_| {
            panic!("GENERATED_SEED is `{text}`: write a seed in hex (0x1234abcd) or decimal")
        });
    }
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |since| since.as_nanos());
    #[allow(clippy::cast_possible_truncation)] // the low bits change fastest
    let folded = nanos as u64 ^ (nanos >> 64) as u64;
    // Mixed, so that seeds a moment apart share no bits.
    Rng(folded).next()
}

fn lex(text: &str) -> Option<TokenStream> {
    TokenStream::from_str(text).ok()
}

/// Whether the expansion reports an error (a `compile_error!` anywhere).
fn has_error(expansion: &TokenStream) -> bool {
    expansion.clone().into_iter().any(|tree| match tree {
        proc_macro2::TokenTree::Ident(ident) => ident == "compile_error",
        proc_macro2::TokenTree::Group(group) => has_error(&group.stream()),
        _ => false,
    })
}

/// How many errors the expansion reports (its `compile_error!`s).
fn error_count(expansion: &TokenStream) -> usize {
    expansion
        .clone()
        .into_iter()
        .map(|tree| match tree {
            proc_macro2::TokenTree::Ident(ident) => usize::from(ident == "compile_error"),
            proc_macro2::TokenTree::Group(group) => error_count(&group.stream()),
            _ => 0,
        })
        .sum()
}

/// The entry points, in the order of [`Tally::clean`].
const ENTRIES: [&str; 3] = ["#[responses]", "#[derive(Responses)]", "status!"];

/// Runs one input through entry point `entry` (an index of [`ENTRIES`]):
/// a failure is recorded, an expansion without error counted and parsed
/// back. The expansion, unless it panicked.
fn check(
    tally: &mut Tally,
    entry: usize,
    input: &str,
    run: impl FnOnce() -> TokenStream,
    expression: bool,
) -> Option<TokenStream> {
    let name = ENTRIES[entry];
    let has = constructs(input);
    let Ok(expansion) = panic::catch_unwind(AssertUnwindSafe(run)) else {
        tally.failures.push(format!("{name} panicked on: {input}"));
        return None;
    };
    for (tried, has) in tally.tried.iter_mut().zip(has) {
        *tried += u64::from(has);
    }
    if has_error(&expansion) {
        return Some(expansion);
    }
    tally.clean[entry] += 1;
    for (parsed, has) in tally.parsed.iter_mut().zip(has) {
        *parsed += u64::from(has);
    }
    let parsed = if expression {
        syn::parse2::<syn::Expr>(expansion.clone()).map(drop)
    } else {
        syn::parse2::<syn::File>(expansion.clone()).map(drop)
    };
    if let Err(error) = parsed {
        tally.failures.push(format!(
            "{name}: the expansion of `{input}` reports no error but does not parse \
             ({error}): {expansion}"
        ));
    }
    Some(expansion)
}

/// The counts of inputs run through each entry point, and the failures.
#[derive(Default)]
struct Tally {
    attribute: u64,
    derive: u64,
    status: u64,
    /// Expansions without an error, each parsed back, per entry point.
    clean: [u64; 3],
    /// Inputs with each of [`CONSTRUCTS`], and error-free expansions of
    /// them, parsed back.
    tried: [u64; 3],
    parsed: [u64; 3],
    /// Lists with counted mistakes, with at least one mistake.
    mistaken: u64,
    failures: Vec<String>,
}

impl Tally {
    fn inputs(&self) -> u64 {
        self.attribute + self.derive + self.status
    }

    fn add(&mut self, other: Tally) {
        self.attribute += other.attribute;
        self.derive += other.derive;
        self.status += other.status;
        let pairs = [
            (&mut self.clean, other.clean),
            (&mut self.tried, other.tried),
            (&mut self.parsed, other.parsed),
        ];
        for (sums, counts) in pairs {
            for (sum, count) in sums.iter_mut().zip(counts) {
                *sum += count;
            }
        }
        self.mistaken += other.mistaken;
        self.failures.extend(other.failures);
    }
}

/// A list with counted mistakes through `#[responses]`: checked as any
/// other input, and it must report as many errors as its mistakes make.
fn check_mistakes(tally: &mut Tally, rng: &mut Rng) {
    let (args, expected) = mistaken_list(rng);
    let input = format!("#[responses({args})] pub enum E {{}}");
    let (Some(args_tokens), Some(item)) = (lex(&args), lex("pub enum E {}")) else {
        tally.failures.push(format!(
            "a list with counted mistakes does not lex: {input}"
        ));
        return;
    };
    tally.attribute += 1;
    tally.mistaken += u64::from(expected > 0);
    let run = || expand::attribute(args_tokens, &item);
    let Some(expansion) = check(tally, 0, &input, run, false) else {
        return;
    };
    let found = error_count(&expansion);
    if found != expected {
        tally.failures.push(format!(
            "#[responses]: `{input}` has mistakes that make {expected} errors, \
             and the expansion reports {found}: {expansion}"
        ));
    }
}

fn run(seed: u64, rounds: u64) -> Tally {
    let mut rng = Rng(seed);
    let mut tally = Tally::default();
    for _ in 0..rounds {
        if rng.chance(50) {
            check_mistakes(&mut tally, &mut rng);
        }
        let args = if rng.chance(85) {
            status_list(&mut rng)
        } else {
            let mut junk = String::new();
            soup(&mut rng, &mut junk, 3);
            junk
        };
        let item = attribute_item(&mut rng);
        if let (Some(args_tokens), Some(item_tokens)) = (lex(&args), lex(&item)) {
            let input = format!("#[responses({args})] {item}");
            let _ = check(
                &mut tally,
                0,
                &input,
                || expand::attribute(args_tokens, &item_tokens),
                false,
            );
            tally.attribute += 1;
        }

        let item = derive_item(&mut rng);
        if let Some(tokens) = lex(&item) {
            let derive = || expand::derive(tokens);
            let _ = check(&mut tally, 1, &item, derive, false);
            tally.derive += 1;
        }

        let input = status_input(&mut rng);
        if let Some(tokens) = lex(&input) {
            let _ = check(&mut tally, 2, &input, || expand::status(tokens), true);
            tally.status += 1;
        }
    }
    tally
}

/// The seed of thread `thread` of the round with `seed`, mixed twice: with
/// `seed ^ thread`, the rounds of two seeds one bit apart had the same two
/// threads, so the same inputs.
fn thread_seed(seed: u64, thread: u64) -> u64 {
    Rng(Rng(seed).next() ^ thread).next()
}

/// Both threads of one round, from `seed`, `rounds` passes each.
fn round(seed: u64, rounds: u64) -> Tally {
    let tallies: Vec<Tally> = std::thread::scope(|scope| {
        let threads: Vec<_> = (0..2)
            .map(|thread| scope.spawn(move || run(thread_seed(seed, thread), rounds)))
            .collect();
        threads
            .into_iter()
            .map(|thread| thread.join().expect("the generator itself does not panic"))
            .collect()
    });
    let mut total = Tally::default();
    for tally in tallies {
        total.add(tally);
    }
    total
}

/// What is wrong with a round: its failures and any count under its
/// minimum, each line naming the seed that replays it.
fn problems(seed: u64, tally: &Tally) -> Vec<String> {
    let mut problems: Vec<String> = tally
        .failures
        .iter()
        .map(|failure| format!("seed {seed:#x}: {failure}"))
        .collect();
    if tally.inputs() < MIN_INPUTS {
        problems.push(format!(
            "seed {seed:#x}: only {} inputs ran, fewer than {MIN_INPUTS}",
            tally.inputs()
        ));
    }
    for ((entry, minimum), clean) in ENTRIES.into_iter().zip(MIN_CLEAN).zip(tally.clean) {
        if clean < minimum {
            problems.push(format!(
                "seed {seed:#x}: only {clean} {entry} expansions without error were parsed \
                 back, fewer than {minimum}"
            ));
        }
    }
    for (index, construct) in CONSTRUCTS.into_iter().enumerate() {
        let (tried, parsed) = (tally.tried[index], tally.parsed[index]);
        if tried < MIN_TRIED[index] || parsed < MIN_PARSED[index] {
            problems.push(format!(
                "seed {seed:#x}: {construct} was in {tried} inputs and {parsed} error-free \
                 expansions, fewer than {} and {}",
                MIN_TRIED[index], MIN_PARSED[index]
            ));
        }
    }
    if tally.mistaken < MIN_MISTAKEN {
        problems.push(format!(
            "seed {seed:#x}: only {} lists with counted mistakes, fewer than {MIN_MISTAKEN}",
            tally.mistaken
        ));
    }
    problems
}

#[test]
fn generated_inputs_never_panic_and_error_free_expansions_parse() {
    let exploring = exploring_seed();
    println!("generated inputs: seed {exploring:#x} (the regression seed is {SEED:#x})");
    let start = Instant::now();
    // Quiet the default hook: a panic is reported below with its input.
    let hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    // A long run (`GENERATED_COUNT`) is about new inputs: the regression
    // round runs in every other run.
    let mut rounds = Vec::new();
    if std::env::var_os("GENERATED_COUNT").is_none() {
        rounds.push((SEED, round(SEED, ROUNDS)));
    }
    rounds.push((exploring, round(exploring, exploring_rounds())));
    panic::set_hook(hook);
    let mut problems_found = Vec::new();
    for (seed, tally) in &rounds {
        println!(
            "generated inputs, seed {seed:#x}: {} ({} #[responses], {} #[derive(Responses)], \
             {} status!); {} failures; expansions without error, each parsed back: \
             {} #[responses], {} #[derive(Responses)], {} status!; lists with counted \
             mistakes: {}; inputs (and error-free expansions) with `method =`: {} ({}), \
             a range: {} ({}), `headers(..)`: {} ({})",
            tally.inputs(),
            tally.attribute,
            tally.derive,
            tally.status,
            tally.failures.len(),
            tally.clean[0],
            tally.clean[1],
            tally.clean[2],
            tally.mistaken,
            tally.tried[0],
            tally.parsed[0],
            tally.tried[1],
            tally.parsed[1],
            tally.tried[2],
            tally.parsed[2],
        );
        problems_found.extend(problems(*seed, tally));
    }
    println!(
        "generated inputs: {} in {:.1} s",
        rounds.iter().map(|(_, tally)| tally.inputs()).sum::<u64>(),
        start.elapsed().as_secs_f64()
    );
    assert!(
        problems_found.is_empty(),
        "{} problems, the first ten:\n{}\nreplay a seed with GENERATED_SEED=<seed> {REPLAY}",
        problems_found.len(),
        problems_found[..problems_found.len().min(10)].join("\n")
    );
}

#[test]
fn a_round_that_checks_nothing_fails_and_names_its_seed() {
    // No input at all: the input count and every entry point's count of
    // parsed expansions are under their minimums.
    let empty = problems(0x1234, &Tally::default());
    assert_eq!(empty.len(), 8, "{empty:?}");
    assert!(
        empty
            .iter()
            .all(|problem| problem.starts_with("seed 0x1234: "))
    );
    let mut full = Tally {
        attribute: MIN_INPUTS,
        clean: MIN_CLEAN,
        tried: MIN_TRIED,
        parsed: MIN_PARSED,
        mistaken: MIN_MISTAKEN,
        ..Tally::default()
    };
    assert!(problems(7, &full).is_empty());
    full.failures.push("status! panicked on: 404".to_owned());
    assert_eq!(
        problems(7, &full),
        ["seed 0x7: status! panicked on: 404".to_owned()]
    );
}

#[test]
fn the_constructs_of_an_input_are_told_from_its_text() {
    assert_eq!(constructs("method = GET, 200"), [true, false, false]);
    assert_eq!(constructs("4XX(Problem), 404"), [false, true, false]);
    assert_eq!(constructs("6XX, XX"), [false, true, false]);
    assert_eq!(constructs("200(headers(ETag))"), [false, false, true]);
    assert_eq!(constructs("200(Xy), 409, Box<Self>"), [false, false, false]);
}

#[test]
fn seeds_one_bit_apart_share_no_thread() {
    for seed in [0, 2, SEED & !1, 0x9e5a_11ed_2026_0000] {
        let first = [thread_seed(seed, 0), thread_seed(seed, 1)];
        let second = [thread_seed(seed ^ 1, 0), thread_seed(seed ^ 1, 1)];
        assert!(first.iter().all(|one| !second.contains(one)), "{seed:#x}");
        assert_ne!(first[0], first[1]);
    }
}
