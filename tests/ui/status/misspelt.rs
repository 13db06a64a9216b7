fn main() {
    let _ = responses::status!(NotFund);
}
