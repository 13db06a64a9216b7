//! OpenAPI descriptions of [`Problem`] and [`Json`] bodies.

use utoipa::PartialSchema;
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{
    AdditionalProperties, AllOfBuilder, ObjectBuilder, Schema, SchemaFormat, Type,
};

use super::ResponseBody;
use crate::problem::{self, Extensions};
use crate::{Json, Problem};

/// How the extension members of a [`Problem<E>`](Problem) appear in its
/// schema.
///
/// The default [`Extensions`] map is described as additional properties of
/// any type. Any `E: utoipa::PartialSchema` (`#[derive(utoipa::ToSchema)]`)
/// is described by its own schema, joined to the standard members with
/// `allOf`.
pub trait ExtensionsSchema {
    /// The schema of the extension members, or `None` for members of any
    /// name and type.
    fn extensions_schema() -> Option<RefOr<Schema>>;
}

impl ExtensionsSchema for Extensions {
    fn extensions_schema() -> Option<RefOr<Schema>> {
        None
    }
}

impl<E: PartialSchema> ExtensionsSchema for E {
    fn extensions_schema() -> Option<RefOr<Schema>> {
        Some(E::schema())
    }
}

fn string(description: &str, uri_reference: bool) -> ObjectBuilder {
    let schema = ObjectBuilder::new()
        .schema_type(Type::String)
        .description(Some(description));
    if uri_reference {
        schema.format(Some(SchemaFormat::Custom("uri-reference".to_owned())))
    } else {
        schema
    }
}

/// The standard members of RFC 9457 section 3.1; extension members are
/// allowed when `open`.
fn standard_members(open: bool) -> ObjectBuilder {
    ObjectBuilder::new()
        .schema_type(Type::Object)
        .description(Some(
            "Problem details (RFC 9457): a machine-readable description of an error.",
        ))
        .property(
            "type",
            string("A URI reference naming the problem type.", true)
                .default(Some(problem::ABOUT_BLANK.into())),
        )
        .property(
            "title",
            string(
                "A short summary of the problem type; by default the status's registered phrase.",
                false,
            ),
        )
        .property(
            "status",
            ObjectBuilder::new()
                .schema_type(Type::Integer)
                .minimum(Some(100))
                .maximum(Some(599))
                .description(Some("The status code of the response that carries it.")),
        )
        .property(
            "detail",
            string("An explanation of this occurrence, for a person.", false),
        )
        .property(
            "instance",
            string("A URI reference naming this occurrence.", true),
        )
        .required("type")
        .required("status")
        .additional_properties(open.then_some(AdditionalProperties::<Schema>::FreeForm(true)))
}

impl<E: ExtensionsSchema> ResponseBody for Problem<E> {
    fn content() -> Option<(&'static str, RefOr<Schema>)> {
        let schema = match E::extensions_schema() {
            None => Schema::Object(standard_members(true).build()),
            Some(extensions) => Schema::AllOf(
                AllOfBuilder::new()
                    .item(standard_members(false))
                    .item(extensions)
                    .build(),
            ),
        };
        Some((problem::CONTENT_TYPE, RefOr::T(schema)))
    }
}

// Reported as `Json<Item>` having no description (see `ResponseBody`).
#[diagnostic::do_not_recommend]
impl<T: PartialSchema> ResponseBody for Json<T> {
    fn content() -> Option<(&'static str, RefOr<Schema>)> {
        Some(("application/json", T::schema()))
    }
}
