//! Lists with a known number of mistakes: valid entries that hold together
//! (distinct statuses, distinct range classes, a method they all answer),
//! with mistakes of known kinds put in among them. Each mistake is
//! independent of the rest of the list, so the expansion must report
//! exactly the errors it adds: one for most, two (at both places) for a
//! duplicate. Fewer means a mistake was lost; more means one mistake
//! became several messages.

use super::grammar::Rng;

/// Entries that are valid together and with every method of [`METHODS`].
const VALID: &[&str] = &[
    "200(Json<User>, headers(ETag, Option<CacheControl>))",
    "200(String)",
    "202",
    "204",
    "400(Problem)",
    "404",
    "409(Problem)",
    "422(Json<Errors>)",
    "500(Problem)",
    "503",
    "4XX(Problem)",
    "5XX(Json<Error>)",
    "..ApiError",
];

/// Methods every entry of [`VALID`] can answer.
const METHODS: &[&str] = &["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"];

/// A mistake and how many errors it makes. None uses a status, a range
/// class or a set of [`VALID`], so none collides with a valid entry or
/// with another mistake.
const MISTAKES: &[(&str, usize)] = &[
    ("299", 1),
    ("999", 1),
    ("0", 1),
    ("100", 1),
    ("\"410\"", 1),
    ("NotFund", 1),
    ("205(String)", 1),
    ("6XX(Problem)", 1),
    ("0XX(Problem)", 1),
    ("4xX(Problem)", 1),
    ("XX(Problem)", 1),
    ("1XX(Problem)", 1),
    ("3XX", 1),
    ("default", 1),
    ("default(Problem), default(String)", 2),
    ("2XX(Problem, headers(ETag))", 1),
    ("207(headers())", 1),
    ("203(String, headers(ETag, ETag))", 2),
    ("429(Problem), TooManyRequests", 2),
    ("410, 410", 2),
    ("301(String, String)", 1),
    ("..self", 1),
    ("..a::crate", 1),
];

/// Mistakes about the method, at most one per list (a second `method =`
/// would be a mistake of its own): the method replaces the valid one.
const METHOD_MISTAKES: &[(&str, usize)] = &[
    ("method = GETT", 1),
    ("method = get", 1),
    ("method = \"GET\"", 1),
    ("method =", 1),
];

/// A list and the number of errors its mistakes make.
pub(super) fn mistaken_list(rng: &mut Rng) -> (String, usize) {
    let mut entries: Vec<String> = Vec::new();
    for entry in VALID {
        if rng.chance(40) {
            entries.push((*entry).to_owned());
        }
    }
    // Two 200s would be a duplicate: keep the first.
    if let Some(first) = entries.iter().position(|entry| entry.starts_with("200")) {
        let mut index = 0;
        entries.retain(|entry| {
            index += 1;
            index - 1 == first || !entry.starts_with("200")
        });
    }
    let mut expected = 0;
    let mut used = vec![false; MISTAKES.len()];
    for _ in 0..rng.below(4) {
        let pick = rng.below(MISTAKES.len());
        if used[pick] {
            continue;
        }
        used[pick] = true;
        let (mistake, errors) = MISTAKES[pick];
        entries.insert(rng.below(entries.len() + 1), mistake.to_owned());
        expected += errors;
    }
    match rng.below(4) {
        0 => {}
        1 => {
            let (mistake, errors) = METHOD_MISTAKES[rng.below(METHOD_MISTAKES.len())];
            entries.insert(rng.below(entries.len() + 1), mistake.to_owned());
            expected += errors;
        }
        _ => {
            let method = format!("method = {}", rng.pick(METHODS));
            entries.insert(rng.below(entries.len() + 1), method);
        }
    }
    if entries.is_empty() {
        entries.push("404".to_owned());
    }
    (entries.join(", "), expected)
}
