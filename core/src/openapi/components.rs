//! Registering the schemas of response bodies under `components/schemas`.

use std::marker::PhantomData;
use utoipa::openapi::schema::Schema;
use utoipa::openapi::{OpenApi, RefOr};

/// The named schemas a responses enum's bodies refer to by `$ref`.
///
/// Implemented for every generated enum with the `utoipa` feature (its own
/// bodies and those of its included sets) and for tuples of such types, so
/// that [`Schemas`] registers several enums at once.
pub trait BodySchemas {
    /// Adds each named schema as its name and schema; a name may come more
    /// than once (two enums with a `User` body), [`register`] keeps one.
    fn body_schemas(schemas: &mut Vec<(String, RefOr<Schema>)>);
}

macro_rules! tuples {
    ($($name:ident)+) => {
        impl<$($name: BodySchemas),+> BodySchemas for ($($name,)+) {
            fn body_schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
                $($name::body_schemas(schemas);)+
            }
        }
    };
}

tuples!(A);
tuples!(A B);
tuples!(A B C);
tuples!(A B C D);
tuples!(A B C D E);
tuples!(A B C D E F);
tuples!(A B C D E F G);
tuples!(A B C D E F G H);
tuples!(A B C D E F G H I);
tuples!(A B C D E F G H I J);
tuples!(A B C D E F G H I J K);
tuples!(A B C D E F G H I J K L);

/// Adds the schemas `T`'s bodies refer to under `components/schemas` of
/// `document`, each once; a schema already there is kept.
pub fn register<T: BodySchemas>(document: &mut OpenApi) {
    let mut schemas = Vec::new();
    T::body_schemas(&mut schemas);
    let components = document.components.get_or_insert_with(Default::default);
    for (name, schema) in schemas {
        components.schemas.entry(name).or_insert(schema);
    }
}

/// A `utoipa::Modify` that [`register`]s the body schemas of `T`, an enum
/// or a tuple of enums. utoipa's `modifiers(..)` takes a name, so it is
/// declared as a `const`:
///
/// ```
/// # use responses::responses;
/// # #[responses(204)] pub enum CreateUser {}
/// # #[responses(204)] pub enum GetUser {}
/// const BODIES: responses::openapi::Schemas<(CreateUser, GetUser)> =
///     responses::openapi::Schemas::new();
///
/// #[derive(utoipa::OpenApi)]
/// #[openapi(modifiers(&BODIES))]
/// struct ApiDoc;
/// ```
pub struct Schemas<T>(PhantomData<fn() -> T>);

impl<T> Schemas<T> {
    /// The modifier.
    pub const fn new() -> Schemas<T> {
        Schemas(PhantomData)
    }
}

impl<T> Default for Schemas<T> {
    fn default() -> Schemas<T> {
        Schemas::new()
    }
}

impl<T: BodySchemas> utoipa::Modify for Schemas<T> {
    fn modify(&self, openapi: &mut OpenApi) {
        register::<T>(openapi);
    }
}
