use responses::{Status, status};

// A misspelt name keeps its message in a pattern, as in an expression or a
// constant, and nothing is added to it.
fn code(status: Status) -> u8 {
    match status {
        status!(NotFund) => 1,
        status!(Conflict) => 2,
        _ => 0,
    }
}

const GONE: Status = status!(Gon);

fn main() {
    let _ = code(status!(Conflcit));
    let _ = GONE;
}
