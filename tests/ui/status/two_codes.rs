fn main() {
    let _ = responses::status!(200, 201);
}
