//! The utoipa integration: one `#[responses]` declaration documents every
//! status of an operation, with the dataset's description, the body's
//! schema and the header fields the status carries.

use axum::Json;
use responses::openapi::{BodySchemas, HttpSecurity, Schemas};
use responses::{Responses, Status, responses};
use serde_json::Value;
use utoipa::{IntoResponses, OpenApi, ToSchema};

#[derive(serde::Serialize, ToSchema)]
struct Item {
    id: u32,
}

#[responses(200(Json<Item>), 204, 303, 401(String), 405, 429, 503)]
enum Shapes {}

fn json_of(value: &impl serde::Serialize) -> Value {
    serde_json::to_value(value).unwrap()
}

/// The named schemas of `T`'s bodies, by name.
fn body_schemas<T: BodySchemas>() -> serde_json::Map<String, Value> {
    let mut schemas = Vec::new();
    T::body_schemas(&mut schemas);
    schemas
        .into_iter()
        .map(|(name, schema)| (name, json_of(&schema)))
        .collect()
}

#[test]
fn every_status_is_documented_with_the_dataset_summary() {
    let documented = Shapes::responses();
    let codes: Vec<&str> = documented.keys().map(String::as_str).collect();
    assert_eq!(codes, ["200", "204", "303", "401", "405", "429", "503"]);
    for status in Shapes::STATUSES {
        let response = json_of(&documented[&status.code().to_string()]);
        assert_eq!(response["description"], status.summary(), "{status}");
    }
}

#[test]
fn bodies_become_content_with_their_schema() {
    let documented = json_of(&Shapes::responses());
    // A named type by reference; its schema is registered with the enum's.
    let ok = &documented["200"]["content"]["application/json"]["schema"];
    assert_eq!(ok["$ref"], "#/components/schemas/Item");
    let schemas = body_schemas::<Shapes>();
    assert_eq!(schemas["Item"]["properties"]["id"]["type"], "integer");
    assert_eq!(
        documented["401"]["content"]["text/plain; charset=utf-8"]["schema"]["type"],
        "string"
    );
    // No content at all where the status forbids it or no body was given.
    assert!(documented["204"].get("content").is_none());
    assert!(documented["503"].get("content").is_none());
}

#[test]
fn header_fields_are_documented_where_the_status_names_them() {
    let documented = json_of(&Shapes::responses());
    let headers = |code: &str| -> Vec<String> {
        documented[code]["headers"]
            .as_object()
            .map(|headers| headers.keys().cloned().collect())
            .unwrap_or_default()
    };
    assert_eq!(headers("303"), ["Location", "Retry-After"]);
    assert_eq!(headers("401"), ["WWW-Authenticate"]);
    assert_eq!(headers("405"), ["Allow"]);
    assert_eq!(headers("429"), ["Retry-After"]);
    assert_eq!(headers("503"), ["Retry-After"]);
    assert!(headers("200").is_empty());
    let allow = documented["405"]["headers"]["Allow"]["description"]
        .as_str()
        .unwrap();
    assert!(allow.starts_with("Always sent"), "{allow}");
    let retry = documented["429"]["headers"]["Retry-After"]["description"]
        .as_str()
        .unwrap();
    assert!(retry.starts_with("Sent when it applies"), "{retry}");
}

#[test]
fn each_operation_of_the_demo_lists_exactly_the_responses_of_its_enum() {
    let document = json_of(&responses_demo::ApiDoc::openapi());
    let operations = responses_demo::operations();
    let mut documented_operations = 0;
    for (path, item) in document["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            documented_operations += 1;
            let (_, _, declared) = operations
                .iter()
                .find(|(p, m, _)| p == path && m == method)
                .unwrap_or_else(|| panic!("{method} {path} is documented but not declared"));
            let documented: Vec<&String> =
                operation["responses"].as_object().unwrap().keys().collect();
            assert_eq!(
                documented,
                declared.iter().collect::<Vec<_>>(),
                "{method} {path}"
            );
        }
    }
    // An empty document and an empty list would agree on nothing checked.
    assert!(documented_operations > 0);
    assert_eq!(documented_operations, operations.len());
}

#[test]
fn derived_enums_are_documented_the_same_way() {
    #[derive(Responses)]
    #[allow(dead_code)]
    enum Handwritten {
        #[status(200)]
        Found(Json<Item>),
        #[status(404)]
        Missing,
    }
    let documented = json_of(&Handwritten::responses());
    assert_eq!(
        documented["404"]["description"],
        Status::NOT_FOUND.summary()
    );
    assert_eq!(
        documented["200"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/Item"
    );
    assert_eq!(
        body_schemas::<Handwritten>().keys().collect::<Vec<_>>(),
        ["Item"]
    );
}

/// An error body of the shared set, with a schema of its own.
#[derive(serde::Serialize, ToSchema)]
struct Problem {
    detail: String,
}

#[responses(401(Json<Problem>), 429, 503(String))]
enum ApiError {}

#[responses(404(Json<Problem>), ..ApiError)]
enum LookupError {}

#[responses(201(Json<Item>), ..LookupError, 409)]
enum CreateItem {}

#[utoipa::path(post, path = "/items", responses(CreateItem))]
#[allow(dead_code)]
fn create_item() {}

#[derive(OpenApi)]
#[openapi(paths(create_item))]
struct SetsDoc;

#[test]
fn an_operation_lists_its_own_statuses_and_every_included_one_with_its_schema_and_headers() {
    let document = json_of(&SetsDoc::openapi());
    let responses = &document["paths"]["/items"]["post"]["responses"];
    let codes: Vec<&str> = responses
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(codes, ["201", "401", "404", "409", "429", "503"]);
    let declared: Vec<String> = CreateItem::STATUSES
        .iter()
        .map(|s| s.code().to_string())
        .collect();
    assert_eq!(declared, ["201", "404", "401", "429", "503", "409"]);
    for status in CreateItem::STATUSES {
        assert_eq!(
            responses[status.code().to_string()]["description"],
            status.summary(),
            "{status}"
        );
    }
    // Each status with its own body schema, from whichever enum declared it.
    let schema = |code: &str, media: &str| responses[code]["content"][media]["schema"].clone();
    assert_eq!(
        schema("201", "application/json")["$ref"],
        "#/components/schemas/Item"
    );
    assert_eq!(
        schema("404", "application/json")["$ref"],
        "#/components/schemas/Problem"
    );
    assert_eq!(
        schema("401", "application/json")["$ref"],
        "#/components/schemas/Problem"
    );
    assert_eq!(schema("503", "text/plain; charset=utf-8")["type"], "string");
    assert!(responses["409"].get("content").is_none());
    // And its own header fields.
    assert!(
        responses["401"]["headers"]
            .get("WWW-Authenticate")
            .is_some()
    );
    assert!(responses["429"]["headers"].get("Retry-After").is_some());
    assert!(responses["503"]["headers"].get("Retry-After").is_some());
    // The schemas of the included sets' bodies come with the enum's own.
    let schemas = body_schemas::<CreateItem>();
    assert_eq!(schemas.keys().collect::<Vec<_>>(), ["Item", "Problem"]);
    assert_eq!(schemas["Problem"]["properties"]["detail"]["type"], "string");
}

/// A named schema that a body's schema refers to.
#[derive(serde::Serialize, ToSchema)]
struct Address {
    city: String,
}

/// A body whose schema refers to `Address` by `$ref`.
#[derive(serde::Serialize, ToSchema)]
struct Customer {
    name: String,
    address: Address,
}

/// The typed extension members of a problem, one of them a named schema.
#[derive(serde::Serialize, ToSchema)]
struct Clash {
    existing: Customer,
}

#[responses(201(Json<Customer>), 409(responses::Problem<Clash>))]
enum CreateCustomer {}

#[utoipa::path(post, path = "/customers", responses(CreateCustomer))]
#[allow(dead_code)]
fn create_customer() {}

#[derive(OpenApi)]
#[openapi(paths(create_customer))]
struct UnregisteredDoc;

const CUSTOMER_BODIES: Schemas<CreateCustomer> = Schemas::new();

#[derive(OpenApi)]
#[openapi(paths(create_customer), modifiers(&CUSTOMER_BODIES))]
struct RegisteredDoc;

/// Every `$ref` of a document that names no schema of its components.
fn dangling_refs(document: &Value) -> Vec<String> {
    fn walk(value: &Value, refs: &mut Vec<String>) {
        match value {
            Value::Object(members) => {
                if let Some(Value::String(target)) = members.get("$ref") {
                    refs.push(target.clone());
                }
                members.values().for_each(|member| walk(member, refs));
            }
            Value::Array(items) => items.iter().for_each(|item| walk(item, refs)),
            _ => {}
        }
    }
    let mut refs = Vec::new();
    walk(document, &mut refs);
    refs.retain(|target| {
        let name = target.strip_prefix("#/components/schemas/");
        name.is_none_or(|name| document["components"]["schemas"].get(name).is_none())
    });
    refs.sort();
    refs.dedup();
    refs
}

#[test]
fn the_schemas_modifier_registers_every_schema_a_body_refers_to() {
    // utoipa collects nothing from an `IntoResponses` type: without the
    // modifier every body's `$ref` dangles (`Address` is referred to only
    // from `Customer`'s schema, which is not there either).
    let unregistered = json_of(&UnregisteredDoc::openapi());
    assert_eq!(
        dangling_refs(&unregistered),
        [
            "#/components/schemas/Clash",
            "#/components/schemas/Customer",
            "#/components/schemas/Problem"
        ]
    );
    let registered = json_of(&RegisteredDoc::openapi());
    assert_eq!(dangling_refs(&registered), Vec::<String>::new());
    let components = registered["components"]["schemas"].as_object().unwrap();
    assert_eq!(
        components.keys().collect::<Vec<_>>(),
        ["Address", "Clash", "Customer", "Problem"]
    );
    let operation = &registered["paths"]["/customers"]["post"]["responses"];
    assert_eq!(
        operation["201"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/Customer"
    );
    // A problem with typed extensions: the standard members and the
    // extensions, each by reference.
    let clash = &operation["409"]["content"]["application/problem+json"]["schema"]["allOf"];
    assert_eq!(clash[0]["$ref"], "#/components/schemas/Problem");
    assert_eq!(clash[1]["$ref"], "#/components/schemas/Clash");
}

#[responses(200(Json<Vec<Item>>), 201(Json<u64>), 202(Json<std::collections::BTreeMap<String, Item>>))]
enum Unnamed {}

#[test]
fn primitives_collections_and_generic_types_stay_inline() {
    let documented = json_of(&Unnamed::responses());
    let schema = |code: &str| documented[code]["content"]["application/json"]["schema"].clone();
    // utoipa writes a collection's items inline too.
    assert_eq!(schema("200")["type"], "array");
    assert_eq!(
        schema("200")["items"]["properties"]["id"]["type"],
        "integer"
    );
    assert_eq!(schema("201")["type"], "integer");
    assert_eq!(schema("202")["type"], "object");
    assert!(schema("202").get("$ref").is_none());
    assert!(body_schemas::<Unnamed>().is_empty());
}

#[test]
fn the_demo_document_refers_to_each_body_schema_once_and_every_ref_resolves() {
    let document = json_of(&responses_demo::ApiDoc::openapi());
    assert_eq!(dangling_refs(&document), Vec::<String>::new());
    let components = document["components"]["schemas"].as_object().unwrap();
    assert_eq!(
        components.keys().collect::<Vec<_>>(),
        [
            "InvalidMember",
            "NewUser",
            "Problem",
            "RejectionDetails",
            "User"
        ]
    );
    // No body schema is written inline: each is a `$ref`, or a problem's
    // standard members joined to its extensions, both by `$ref`.
    let mut bodies = 0;
    for item in document["paths"].as_object().unwrap().values() {
        for operation in item.as_object().unwrap().values() {
            for response in operation["responses"].as_object().unwrap().values() {
                let Some(content) = response.get("content") else {
                    continue;
                };
                for media in content.as_object().unwrap().values() {
                    bodies += 1;
                    let schema = &media["schema"];
                    let parts = match schema.get("allOf") {
                        Some(parts) => parts.as_array().unwrap().clone(),
                        None => vec![schema.clone()],
                    };
                    for part in parts {
                        assert!(part.get("$ref").is_some(), "inline body schema: {schema}");
                    }
                }
            }
        }
    }
    assert!(bodies > 0);
}

#[test]
fn the_extractors_rejections_document_only_the_fields_they_send() {
    let documented = json_of(&responses::extract::Rejection::responses());
    for code in ["400", "413", "415", "422"] {
        assert!(
            documented[code].get("headers").is_none(),
            "{code}: {}",
            documented[code]
        );
    }
    // A handler's own 413 may carry `Retry-After`, so its document says so.
    #[responses(413(responses::Problem))]
    enum Upload {}
    let own = json_of(&Upload::responses());
    assert!(own["413"]["headers"].get("Retry-After").is_some());
}

#[test]
fn the_security_scheme_of_a_challenge_is_declared_by_name() {
    use responses::header::Challenge;
    use utoipa::Modify as _;
    let declared = |security: HttpSecurity| {
        let mut document = utoipa::openapi::OpenApi::default();
        security.modify(&mut document);
        json_of(&document)["components"]["securitySchemes"].clone()
    };
    let bearer = declared(HttpSecurity::bearer("token").bearer_format("opaque"));
    assert_eq!(bearer["token"]["type"], "http");
    assert_eq!(bearer["token"]["scheme"], "bearer");
    assert_eq!(bearer["token"]["bearerFormat"], "opaque");
    let basic = Challenge::basic("api").unwrap();
    let basic = declared(HttpSecurity::of("login", &basic).unwrap());
    assert_eq!(basic["login"]["scheme"], "basic");
    // Scheme names are case-insensitive; an unregistered one has no `http`
    // scheme in OpenAPI.
    let digest = Challenge::new("dIgEsT").unwrap();
    assert_eq!(
        declared(HttpSecurity::of("d", &digest).unwrap())["d"]["scheme"],
        "digest"
    );
    assert!(HttpSecurity::of("x", &Challenge::new("Private").unwrap()).is_none());
    // The demo declares the scheme its 401s name, and marks the operations
    // that need none as public.
    let document = json_of(&responses_demo::ApiDoc::openapi());
    assert_eq!(
        document["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
    assert_eq!(
        document["paths"]["/me"]["get"]["security"][0]["bearer"],
        serde_json::json!([])
    );
    assert_eq!(
        document["paths"]["/users"]["post"]["security"],
        serde_json::json!([])
    );
}
