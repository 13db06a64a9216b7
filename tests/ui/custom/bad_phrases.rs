use responses::responses;

// A control character, which a status line cannot carry.
#[responses(200, custom 499("Client\tClosed"))]
pub enum Tab {}

// A phrase that cannot name a variant.
#[responses(200, custom 498("4 Invalid Token"))]
pub enum Digit {}

// A phrase that names a registered status's variant.
#[responses(200, custom 599("Not Found"))]
pub enum Clash {}

// A phrase that names the `status()` method.
#[responses(200, custom 599("Status"))]
pub enum Method {}

fn main() {}
