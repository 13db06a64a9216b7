//! "Did you mean" help for unknown codes and names.

use crate::registry::{self, StatusEntry};

/// The registered codes just below and just above `code`, as a phrase:
/// "226 IM Used and 300 Multiple Choices".
pub(crate) fn nearest_codes(code: u16) -> String {
    let below = registry::STATUSES
        .iter()
        .rev()
        .find(|entry| entry.code < code);
    let above = registry::STATUSES.iter().find(|entry| entry.code > code);
    match (below, above) {
        (Some(below), Some(above)) => format!("{} and {}", below.title(), above.title()),
        (Some(only), None) | (None, Some(only)) => only.title(),
        (None, None) => String::new(),
    }
}

/// The status a misspelt or outdated name most likely means.
pub(crate) enum NameHint {
    /// A former name of the status (`UnprocessableEntity`).
    Former(&'static StatusEntry),
    /// The constant spelling or another case (`CONFLICT`, `conflict`).
    Case(&'static StatusEntry),
    /// A close spelling (`Confict`).
    Close(&'static StatusEntry),
}

pub(crate) fn name_hint(name: &str) -> Option<NameHint> {
    let folded = fold(name);
    for entry in registry::STATUSES {
        if fold(entry.name) == folded || fold(entry.constant) == folded {
            return Some(NameHint::Case(entry));
        }
    }
    for entry in registry::STATUSES {
        if entry
            .former_phrases
            .iter()
            .any(|phrase| fold(phrase) == folded)
        {
            return Some(NameHint::Former(entry));
        }
    }
    // Short names need a near match: `Fine` should not suggest `Gone`.
    let limit = (folded.len() / 3).max(1);
    registry::STATUSES
        .iter()
        .map(|entry| (distance(&fold(entry.name), &folded), entry))
        .filter(|&(distance, _)| distance <= limit)
        .min_by_key(|&(distance, entry)| (distance, entry.code))
        .map(|(_, entry)| NameHint::Close(entry))
}

/// Lower-case letters and digits only: `I'm a teapot` and `IM_A_TEAPOT`
/// both fold to `imateapot`.
fn fold(text: &str) -> String {
    text.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The registered method an unknown name most likely means: the same
/// letters in another case (`get`), or a close spelling (`GETT`).
pub(crate) fn nearest_method(name: &str) -> Option<&'static registry::MethodEntry> {
    let upper = name.to_ascii_uppercase();
    registry::METHODS
        .iter()
        .map(|entry| (distance(entry.name, &upper), entry))
        .filter(|&(distance, _)| distance <= (upper.len() / 3).max(1))
        .min_by_key(|&(distance, entry)| (distance, entry.position))
        .map(|(_, entry)| entry)
}

/// Levenshtein distance.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if ca == cb {
                diagonal
            } else {
                1 + diagonal.min(above).min(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}
