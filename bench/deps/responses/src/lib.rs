//! Clean-build subject: `responses` with its default features, used once.

pub struct User;

#[responses::responses(201(User), 409)]
pub enum CreateUser {}
