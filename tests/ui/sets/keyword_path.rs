use responses::responses;

// A set's path that ends in a keyword names a module (or, for `Self`
// alone, the enum itself), never another response enum: one error each.

#[responses(201, ..self)]
pub enum A {}

#[responses(201, .. crate)]
pub enum B {}

#[responses(..super, 404)]
pub enum C {}

#[responses(201, ..a::self)]
pub enum D {}

#[responses(201, ..crate::Self)]
pub enum E {}

#[responses(201, ..Self)]
pub enum F {}

#[derive(responses::Responses)]
pub enum G {
    #[status(201)]
    Created,
    #[status(..self)]
    Api(A),
}

fn main() {}
