fn main() {
    let _ = responses::status!(299);
}
