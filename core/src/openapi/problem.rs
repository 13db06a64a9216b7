//! OpenAPI descriptions of [`Problem`] and [`Json`] bodies.

use utoipa::ToSchema;
use utoipa::openapi::schema::{
    AdditionalProperties, AllOfBuilder, ObjectBuilder, Schema, SchemaFormat, Type,
};
use utoipa::openapi::{Ref, RefOr};

use super::ResponseBody;
use crate::problem::{self, Extensions};
use crate::{Json, Problem};

/// How the extension members of a [`Problem<E>`](Problem) appear in its
/// schema.
///
/// The default [`Extensions`] map is described as additional properties of
/// any type. Any `E: utoipa::ToSchema` (`#[derive(utoipa::ToSchema)]`)
/// is described by its own schema (by `$ref` when it is a named type),
/// joined to the standard members with `allOf`.
pub trait ExtensionsSchema {
    /// The schema of the extension members, or `None` for members of any
    /// name and type.
    fn extensions_schema() -> Option<RefOr<Schema>>;

    /// Adds the named schemas [`extensions_schema`](Self::extensions_schema)
    /// refers to. None by default.
    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        let _ = schemas;
    }
}

impl ExtensionsSchema for Extensions {
    fn extensions_schema() -> Option<RefOr<Schema>> {
        None
    }
}

impl<E: ToSchema> ExtensionsSchema for E {
    fn extensions_schema() -> Option<RefOr<Schema>> {
        Some(super::schema_of::<E>())
    }

    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        super::schemas_of::<E>(schemas);
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

/// The name of the standard members' schema under `components/schemas`,
/// which every problem body refers to.
const SCHEMA_NAME: &str = "Problem";

/// The standard members of RFC 9457 section 3.1; extension members of any
/// name are allowed (a `Problem<E>` adds its own with `allOf`).
fn standard_members() -> ObjectBuilder {
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
        .additional_properties(Some(AdditionalProperties::<Schema>::FreeForm(true)))
}

impl<E: ExtensionsSchema> ResponseBody for Problem<E> {
    fn content() -> Option<(&'static str, RefOr<Schema>)> {
        let members = RefOr::Ref(Ref::from_schema_name(SCHEMA_NAME));
        let schema = match E::extensions_schema() {
            None => members,
            Some(extensions) => RefOr::T(Schema::AllOf(
                AllOfBuilder::new().item(members).item(extensions).build(),
            )),
        };
        Some((problem::CONTENT_TYPE, schema))
    }

    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        let members = Schema::Object(standard_members().build());
        schemas.push((SCHEMA_NAME.to_owned(), RefOr::T(members)));
        E::schemas(schemas);
    }

    fn sends_expected_headers() -> bool {
        // Only the extractors send `Problem<RejectionDetails>`, and they set
        // no field a status merely expects.
        // (`type_name`, as `TypeId` would need `E: 'static`.)
        #[cfg(feature = "extract")]
        if std::any::type_name::<E>() == std::any::type_name::<crate::extract::RejectionDetails>() {
            return false;
        }
        true
    }
}

// Reported as `Json<Item>` having no description (see `ResponseBody`).
#[diagnostic::do_not_recommend]
impl<T: ToSchema> ResponseBody for Json<T> {
    fn content() -> Option<(&'static str, RefOr<Schema>)> {
        Some(("application/json", super::schema_of::<T>()))
    }

    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        super::schemas_of::<T>(schemas);
    }
}
