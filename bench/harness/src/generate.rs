//! The generated crates, in `bench/generated/` (a workspace of its own,
//! git-ignored): for each N, the same N response enums in every [`Form`],
//! plus the equivalence check and the crates measured for code size.
//!
//! Every form answers the same five statuses with the same `String` bodies.
//! The hand-written forms are what a user writes without the library. The
//! pasted form is the macro's own expansion: the harness expands one enum
//! with `rustc -Z unpretty=expanded` and repeats the text under N names, so
//! it follows any change to the macro. `check_equivalence` confirms that
//! the forms answer alike.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::{Plan, command, paths};

/// One status of the benchmark enums.
pub struct StatusSpec {
    pub code: u16,
    /// The variant (and per-status type) name.
    pub variant: &'static str,
    /// The generated constructor.
    pub constructor: &'static str,
    /// The `http::StatusCode` constant.
    pub constant: &'static str,
    /// Whether the status carries a `String` body.
    pub body: bool,
}

/// Every benchmark enum answers with these five statuses, a `String` body
/// on three: `#[responses(201(String), 400(String), 404, 409(String), 500)]`.
pub const STATUSES: &[StatusSpec] = &[
    StatusSpec {
        code: 201,
        variant: "Created",
        constructor: "created",
        constant: "CREATED",
        body: true,
    },
    StatusSpec {
        code: 400,
        variant: "BadRequest",
        constructor: "bad_request",
        constant: "BAD_REQUEST",
        body: true,
    },
    StatusSpec {
        code: 404,
        variant: "NotFound",
        constructor: "not_found",
        constant: "NOT_FOUND",
        body: false,
    },
    StatusSpec {
        code: 409,
        variant: "Conflict",
        constructor: "conflict",
        constant: "CONFLICT",
        body: true,
    },
    StatusSpec {
        code: 500,
        variant: "InternalServerError",
        constructor: "internal_server_error",
        constant: "INTERNAL_SERVER_ERROR",
        body: false,
    },
];

/// The forms compared for compile time, in the order of the report.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Form {
    /// A bare enum and a hand-written axum `IntoResponse`: a `match` that
    /// builds `(StatusCode, body).into_response()`. No OpenAPI.
    PlainAxum,
    /// A bare enum and a hand-written `From<Enum> for http::Response<B>`.
    PlainHttp,
    /// A bare enum and a hand-written actix-web `Responder`: a `match` whose
    /// arms answer `(body, StatusCode)` or a bodiless `HttpResponse`.
    PlainActix,
    /// The expansion of `#[responses]` (default features), pasted as source.
    Pasted,
    /// `#[responses]`, default features.
    Macro,
    /// `#[responses]`, default features and `decode`.
    MacroDecode,
    /// `#[responses]`, the `axum` feature.
    MacroAxum,
    /// `#[responses]`, the `actix-web` feature.
    MacroActix,
    /// `#[responses]`, the `utoipa` feature.
    MacroUtoipa,
    /// `#[responses]`, the `axum` and `utoipa` features.
    MacroAxumUtoipa,
    /// utoipa's `#[derive(IntoResponses)]` and the hand-written axum
    /// `IntoResponse` of `PlainAxum`.
    Utoipa,
    /// poem-openapi's `#[derive(ApiResponse)]`.
    Poem,
}

impl Form {
    pub const ALL: [Form; 12] = [
        Form::PlainAxum,
        Form::PlainHttp,
        Form::PlainActix,
        Form::Pasted,
        Form::Macro,
        Form::MacroDecode,
        Form::MacroAxum,
        Form::MacroActix,
        Form::MacroUtoipa,
        Form::MacroAxumUtoipa,
        Form::Utoipa,
        Form::Poem,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Form::PlainAxum => "plain-axum",
            Form::PlainHttp => "plain-http",
            Form::PlainActix => "plain-actix",
            Form::Pasted => "pasted",
            Form::Macro => "macro",
            Form::MacroDecode => "macro-decode",
            Form::MacroAxum => "macro-axum",
            Form::MacroActix => "macro-actix",
            Form::MacroUtoipa => "macro-utoipa",
            Form::MacroAxumUtoipa => "macro-axum-utoipa",
            Form::Utoipa => "utoipa",
            Form::Poem => "poem",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Form::PlainAxum => "bare enum + hand-written axum `IntoResponse` (no OpenAPI)",
            Form::PlainHttp => "bare enum + hand-written `From<_> for http::Response<B>`",
            Form::PlainActix => "bare enum + hand-written actix-web `Responder`",
            Form::Pasted => "`#[responses]` expansion (default features) pasted as source",
            Form::Macro => "`#[responses]`, default features",
            Form::MacroDecode => "`#[responses]`, default features + `decode`",
            Form::MacroAxum => "`#[responses]`, `axum`",
            Form::MacroActix => "`#[responses]`, `actix-web`",
            Form::MacroUtoipa => "`#[responses]`, `utoipa`",
            Form::MacroAxumUtoipa => "`#[responses]`, `axum` + `utoipa`",
            Form::Utoipa => "utoipa `#[derive(IntoResponses)]` + hand-written axum `IntoResponse`",
            Form::Poem => "poem-openapi `#[derive(ApiResponse)]`",
        }
    }

    /// The dependencies of the form's crate, as written in its manifest.
    pub fn dependencies(self) -> &'static str {
        match self {
            Form::PlainAxum => AXUM,
            Form::PlainHttp => HTTP,
            Form::PlainActix => ACTIX,
            Form::Pasted | Form::Macro => RESPONSES_DEFAULT,
            Form::MacroDecode => RESPONSES_DECODE,
            Form::MacroAxum => RESPONSES_AXUM,
            Form::MacroActix => RESPONSES_ACTIX,
            Form::MacroUtoipa => RESPONSES_UTOIPA,
            Form::MacroAxumUtoipa => RESPONSES_AXUM_UTOIPA,
            Form::Utoipa => UTOIPA,
            Form::Poem => POEM,
        }
    }
}

const AXUM: &str = "axum = { version = \"0.8\", default-features = false }\n";
const HTTP: &str = "http = \"1.3\"\n";
const ACTIX: &str = "actix-web = { version = \"4.11\", default-features = false }\n";
const RESPONSES_DEFAULT: &str = "responses = { path = \"../../../core\" }\n";
const RESPONSES_DECODE: &str =
    "responses = { path = \"../../../core\", features = [\"decode\"] }\n";
const RESPONSES_AXUM: &str =
    "responses = { path = \"../../../core\", default-features = false, features = [\"axum\"] }\n";
const RESPONSES_ACTIX: &str = "responses = { path = \"../../../core\", default-features = false, features = [\"actix-web\"] }\n";
const RESPONSES_UTOIPA: &str =
    "responses = { path = \"../../../core\", default-features = false, features = [\"utoipa\"] }\n";
const RESPONSES_AXUM_UTOIPA: &str = "responses = { path = \"../../../core\", default-features = false, features = [\"axum\", \"utoipa\"] }\n";
const UTOIPA: &str = "utoipa = \"6\"\naxum = { version = \"0.8\", default-features = false }\n";
const POEM: &str = "poem-openapi = \"5\"\n";

/// The package name of the crate with `enums` enums in `form`.
pub fn package(form: Form, enums: usize) -> String {
    format!("gen-n{enums}-{}", form.slug())
}

/// `src/lib.rs` of a generated package.
pub fn lib_rs(package: &str) -> PathBuf {
    paths::generated().join(package).join("src/lib.rs")
}

/// The forms of code measured for size (all with the `http` conversion).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum SizeForm {
    Macro,
    Hand,
    /// A plain enum and a `From<Enum> for http::Response<B>` written as one
    /// would without the library.
    Plain,
}

impl SizeForm {
    pub const ALL: [SizeForm; 3] = [SizeForm::Macro, SizeForm::Hand, SizeForm::Plain];

    pub fn package(self) -> &'static str {
        match self {
            SizeForm::Macro => "size-macro",
            SizeForm::Hand => "size-hand",
            SizeForm::Plain => "size-plain",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SizeForm::Macro => "`#[responses]`",
            SizeForm::Hand => "expansion pasted as source",
            SizeForm::Plain => "plain enum + hand-written `From<_> for http::Response`",
        }
    }
}

/// What generation produced, for the report.
pub struct Generated {
    /// Lines of the pasted expansion of one enum.
    pub expansion_lines: usize,
}

const PROBE: &str = "probe";
const EQUIVALENCE: &str = "equivalence";
/// The name of the enum in the probe, replaced by each enum's own name.
const TEMPLATE_NAME: &str = "Endpoint";
const BEGIN: &str = "pub const BEGIN_EXPANSION: () = ();";
const END: &str = "pub const END_EXPANSION: () = ();";

/// Generates every crate; returns facts for the report.
pub fn all(plan: &Plan) -> Result<Generated, String> {
    let root = paths::generated();
    std::fs::create_dir_all(&root).map_err(io_error(&root))?;

    // Phase 1: expand one enum.
    write_workspace(&[PROBE.to_owned()])?;
    write_crate(PROBE, &manifest(PROBE, RESPONSES_DEFAULT), &probe_source())?;
    let expansion = expand_probe()?;

    // Phase 2: every crate, in one workspace.
    let mut members = vec![PROBE.to_owned(), EQUIVALENCE.to_owned()];
    write_crate(
        EQUIVALENCE,
        &manifest(EQUIVALENCE, EQUIVALENCE_DEPENDENCIES),
        &equivalence_source(&expansion),
    )?;
    for &enums in &plan.enum_counts {
        for form in Form::ALL {
            let name = package(form, enums);
            let source = source(form, enums, &expansion);
            write_crate(&name, &manifest(&name, form.dependencies()), &source)?;
            members.push(name);
        }
    }
    for form in SizeForm::ALL {
        let name = form.package();
        let source = size_source(form, plan.profile_enums, &expansion);
        write_crate(name, &manifest(name, SIZE_DEPENDENCIES), &source)?;
        members.push(name.to_owned());
    }
    write_workspace(&members)?;
    Ok(Generated {
        expansion_lines: expansion.lines().count(),
    })
}

/// Builds and runs the equivalence tests.
pub fn check_equivalence() -> Result<(), String> {
    command::run(
        command::cargo(&paths::generated(), &paths::target("generated"), "test").args([
            "--quiet",
            "-p",
            EQUIVALENCE,
        ]),
    )?;
    Ok(())
}

/// Every integration, so that one test compares every form that builds a
/// response the same way.
const EQUIVALENCE_DEPENDENCIES: &str = "responses = { path = \"../../../core\", features = [\"axum\", \"actix-web\", \"utoipa\"] }\n\
     http = \"1.3\"\naxum = { version = \"0.8\", default-features = false }\nutoipa = \"6\"\n\
     actix-web = { version = \"4.11\", default-features = false }\n";

const SIZE_DEPENDENCIES: &str = "responses = { path = \"../../../core\" }\nhttp = \"1.3\"\n";

fn manifest(name: &str, deps: &str) -> String {
    format!(
        "# Generated by bench/harness. Do not edit.\n[package]\nname = \"{name}\"\n\
         version = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\n{deps}"
    )
}

fn write_workspace(members: &[String]) -> Result<(), String> {
    let root = paths::generated();
    let mut text = String::from(
        "# Generated by bench/harness. Do not edit.\n[workspace]\nresolver = \"3\"\nmembers = [\n",
    );
    for member in members {
        let _ = writeln!(text, "    \"{member}\",");
    }
    text.push_str("]\n");
    write(&root.join("Cargo.toml"), &text)?;
    // Start from the suite's lock file, so the generated crates build with
    // the same dependency versions as the rest of the suite.
    let lock = paths::bench().join("Cargo.lock");
    std::fs::copy(&lock, root.join("Cargo.lock")).map_err(io_error(&lock))?;
    Ok(())
}

fn write_crate(name: &str, manifest: &str, source: &str) -> Result<(), String> {
    let dir = paths::generated().join(name);
    std::fs::create_dir_all(dir.join("src")).map_err(io_error(&dir))?;
    write(&dir.join("Cargo.toml"), manifest)?;
    write(&dir.join("src/lib.rs"), source)
}

/// Writes `text` unless the file already holds it, so that unchanged crates
/// keep their modification times.
fn write(path: &Path, text: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    std::fs::write(path, text).map_err(io_error(path))
}

fn io_error(path: &Path) -> impl Fn(std::io::Error) -> String + '_ {
    move |error| format!("{}: {error}", path.display())
}

const HEADER: &str = "//! Generated by bench/harness. Do not edit.\n\n#![allow(dead_code)]\n\n";

/// `201(String), 400(String), 404, 409(String), 500`
fn attribute_args() -> String {
    STATUSES
        .iter()
        .map(|status| {
            if status.body {
                format!("{}(String)", status.code)
            } else {
                status.code.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn macro_enum(name: &str) -> String {
    format!(
        "#[responses::responses({})]\npub enum {name} {{}}\n",
        attribute_args()
    )
}

fn probe_source() -> String {
    format!("{HEADER}{BEGIN}\n{}{END}\n", macro_enum(TEMPLATE_NAME))
}

/// Expands the probe and returns the text between the markers.
fn expand_probe() -> Result<String, String> {
    let output = command::run(
        command::cargo(&paths::generated(), &paths::target("generated"), "rustc").args([
            "--quiet",
            "-p",
            PROBE,
            "--lib",
            "--",
            "-Zunpretty=expanded",
        ]),
    )?;
    let text = String::from_utf8_lossy(&output.stdout);
    let start = text
        .find(BEGIN)
        .ok_or("the expanded probe lacks its start marker")?
        + BEGIN.len();
    let end = text
        .find(END)
        .ok_or("the expanded probe lacks its end marker")?;
    Ok(text[start..end].trim().to_owned() + "\n")
}

/// `expansion` with the template's enum name replaced by `name`.
fn rename(expansion: &str, name: &str) -> String {
    let mut out = String::with_capacity(expansion.len() + 64);
    let mut rest = expansion;
    while let Some(index) = rest.find(TEMPLATE_NAME) {
        let before = rest[..index].chars().next_back();
        let after = rest[index + TEMPLATE_NAME.len()..].chars().next();
        let is_ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        out.push_str(&rest[..index]);
        if is_ident(before) || is_ident(after) {
            out.push_str(TEMPLATE_NAME);
        } else {
            out.push_str(name);
        }
        rest = &rest[index + TEMPLATE_NAME.len()..];
    }
    out.push_str(rest);
    out
}

fn enum_name(index: usize) -> String {
    format!("{TEMPLATE_NAME}{index}")
}

/// The source of the crate of `enums` enums in `form`.
fn source(form: Form, enums: usize, expansion: &str) -> String {
    let mut out = String::from(HEADER);
    out.push_str(match form {
        Form::PlainAxum | Form::Utoipa => AXUM_IMPORTS,
        Form::PlainActix => ACTIX_IMPORTS,
        Form::Poem => "use poem_openapi::payload::PlainText;\n",
        _ => "",
    });
    for index in 0..enums {
        let name = enum_name(index);
        out.push('\n');
        match form {
            Form::PlainAxum => {
                out.push_str(&bare_enum(&name, ""));
                out.push_str(&axum_impl(&name));
            }
            Form::PlainHttp => {
                out.push_str(&bare_enum(&name, ""));
                out.push_str(&http_impl(&name));
            }
            Form::PlainActix => {
                out.push_str(&bare_enum(&name, ""));
                out.push_str(&actix_impl(&name));
            }
            Form::Pasted => out.push_str(&rename(expansion, &name)),
            Form::Macro
            | Form::MacroDecode
            | Form::MacroAxum
            | Form::MacroActix
            | Form::MacroUtoipa
            | Form::MacroAxumUtoipa => {
                out.push_str(&macro_enum(&name));
            }
            Form::Utoipa => {
                out.push_str(&bare_enum(&name, "#[derive(utoipa::IntoResponses)]\n"));
                out.push_str(&axum_impl(&name));
            }
            Form::Poem => out.push_str(&poem_enum(&name)),
        }
    }
    out
}

const AXUM_IMPORTS: &str =
    "use axum::http::StatusCode;\nuse axum::response::{IntoResponse, Response};\n";

const ACTIX_IMPORTS: &str = "use actix_web::body::BoxBody;\nuse actix_web::http::StatusCode;\n\
     use actix_web::{HttpRequest, HttpResponse, Responder};\n";

/// The enum a user writes without the library, each status's attribute for
/// utoipa's derive when `derive` asks for it.
fn bare_enum(name: &str, derive: &str) -> String {
    let mut out = format!("{derive}pub enum {name} {{\n");
    for status in STATUSES {
        if !derive.is_empty() {
            let _ = writeln!(out, "    #[response(status = {})]", status.code);
        }
        let field = if status.body { "(String)" } else { "" };
        let _ = writeln!(out, "    {}{field},", status.variant);
    }
    out.push_str("}\n");
    out
}

/// The axum `IntoResponse` a user writes: one `match`, each arm
/// `(StatusCode, body).into_response()`.
fn axum_impl(name: &str) -> String {
    let mut out = format!(
        "\nimpl IntoResponse for {name} {{\n    fn into_response(self) -> Response {{\n        match self {{\n"
    );
    for status in STATUSES {
        let (variant, constant) = (status.variant, status.constant);
        let _ = if status.body {
            writeln!(
                out,
                "            Self::{variant}(body) => (StatusCode::{constant}, body).into_response(),"
            )
        } else {
            writeln!(
                out,
                "            Self::{variant} => StatusCode::{constant}.into_response(),"
            )
        };
    }
    out.push_str("        }\n    }\n}\n");
    out
}

/// The actix-web `Responder` a user writes: one `match`, each arm the
/// body's own response given the status (`(body, StatusCode)`), or a bodiless
/// response of the status.
fn actix_impl(name: &str) -> String {
    let mut out = format!(
        "\nimpl Responder for {name} {{\n    type Body = BoxBody;\n\n    \
         fn respond_to(self, request: &HttpRequest) -> HttpResponse {{\n        match self {{\n"
    );
    for status in STATUSES {
        let (variant, constant) = (status.variant, status.constant);
        let _ = if status.body {
            writeln!(
                out,
                "            Self::{variant}(body) => (body, StatusCode::{constant})\
                 .respond_to(request)\n                .map_into_boxed_body(),"
            )
        } else {
            writeln!(
                out,
                "            Self::{variant} => HttpResponse::new(StatusCode::{constant}),"
            )
        };
    }
    out.push_str("        }\n    }\n}\n");
    out
}

/// The `http` conversion a user writes, generic over the body as the
/// macro's is (so neither is compiled to machine code until it is used).
fn http_impl(name: &str) -> String {
    let mut out = format!(
        "\nimpl<B> From<{name}> for http::Response<B>\nwhere\n    String: Into<B>,\n    B: Default,\n{{\n    \
         fn from(response: {name}) -> Self {{\n        let (status, body) = match response {{\n"
    );
    for status in STATUSES {
        let (variant, constant) = (status.variant, status.constant);
        let _ = if status.body {
            writeln!(
                out,
                "            {name}::{variant}(body) => (http::StatusCode::{constant}, body.into()),"
            )
        } else {
            writeln!(
                out,
                "            {name}::{variant} => (http::StatusCode::{constant}, B::default()),"
            )
        };
    }
    out.push_str(
        "        };\n        let mut response = http::Response::new(body);\n        \
         *response.status_mut() = status;\n        response\n    }\n}\n",
    );
    out
}

fn poem_enum(name: &str) -> String {
    let mut out = format!("#[derive(poem_openapi::ApiResponse)]\npub enum {name} {{\n");
    for status in STATUSES {
        let field = if status.body {
            "(PlainText<String>)"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "    #[oai(status = {})]\n    {}{field},",
            status.code, status.variant
        );
    }
    out.push_str("}\n");
    out
}

/// An expression building `status` with the macro's constructor; `prefix`
/// names the enum.
fn constructor_call(prefix: &str, status: &StatusSpec) -> String {
    let argument = if status.body { "body()" } else { "" };
    format!("{prefix}::{}({argument})", status.constructor)
}

/// An expression building `status` as a bare enum's variant.
fn variant_call(prefix: &str, status: &StatusSpec) -> String {
    if status.body {
        format!("{prefix}::{}(body())", status.variant)
    } else {
        format!("{prefix}::{}", status.variant)
    }
}

fn equivalence_source(expansion: &str) -> String {
    let name = enum_name(0);
    let mut http_rows = String::new();
    let mut axum_rows = String::new();
    let mut actix_rows = String::new();
    for status in STATUSES {
        let _ = writeln!(
            actix_rows,
            "            ({}, {}.respond_to(&request).map_into_boxed_body(), {}.respond_to(&request)),",
            status.code,
            constructor_call(&format!("by_macro::{name}"), status),
            variant_call(&format!("plain_actix::{name}"), status),
        );
        let _ = writeln!(
            http_rows,
            "            ({}, {}.into(), {}.into(), {}.into()),",
            status.code,
            constructor_call(&format!("by_macro::{name}"), status),
            constructor_call(&format!("pasted::{name}"), status),
            variant_call(&format!("plain_http::{name}"), status),
        );
        let _ = writeln!(
            axum_rows,
            "            ({}, {}.into_response(), {}.into_response(), {}.into_response()),",
            status.code,
            constructor_call(&format!("by_macro::{name}"), status),
            variant_call(&format!("plain_axum::{name}"), status),
            variant_call(&format!("utoipa_derive::{name}"), status),
        );
    }
    format!(
        "{HEADER}/// The enum as the macro generates it (with `axum` and `utoipa`).
pub mod by_macro {{
{macro_enum}}}

/// The macro's expansion with default features, pasted.
pub mod pasted {{
{pasted}}}

/// A bare enum and a hand-written `http` conversion.
pub mod plain_http {{
{plain_http}}}

/// A bare enum and a hand-written axum `IntoResponse`.
pub mod plain_axum {{
{axum_imports}
{plain_axum}}}

/// A bare enum and a hand-written actix-web `Responder`.
pub mod plain_actix {{
{actix_imports}
{plain_actix}}}

/// utoipa's derive and the same hand-written `IntoResponse`.
pub mod utoipa_derive {{
{axum_imports}
{utoipa_derive}}}

#[cfg(test)]
mod tests {{
    use super::*;
    use axum::response::IntoResponse as _;

    fn body() -> String {{
        \"body\".to_owned()
    }}

    /// The output of a future that is ready at its first poll, as reading
    /// a body is here: every body is in memory.
    fn ready<F: std::future::Future>(future: F) -> F::Output {{
        let mut future = std::pin::pin!(future);
        let mut context = std::task::Context::from_waker(std::task::Waker::noop());
        match future.as_mut().poll(&mut context) {{
            std::task::Poll::Ready(output) => output,
            std::task::Poll::Pending => panic!(\"an in-memory body is ready at once\"),
        }}
    }}

    /// The whole body of an axum response.
    fn bytes(response: axum::response::Response) -> Vec<u8> {{
        let bytes = ready(axum::body::to_bytes(response.into_body(), usize::MAX));
        bytes.expect(\"an in-memory body\").to_vec()
    }}

    #[test]
    fn statuses_are_the_same() {{
        assert_eq!(by_macro::{name}::STATUSES, pasted::{name}::STATUSES);
        let codes: Vec<u16> = by_macro::{name}::STATUSES.iter().map(|status| status.code()).collect();
        assert_eq!(codes, [{codes}]);
    }}

    #[test]
    fn http_responses_are_the_same() {{
        let rows: Vec<(u16, http::Response<String>, http::Response<String>, http::Response<String>)> = vec![
{http_rows}        ];
        for (code, generated, pasted, plain) in rows {{
            assert_eq!(generated.status().as_u16(), code);
            for other in [&pasted, &plain] {{
                assert_eq!(generated.status(), other.status());
                assert_eq!(generated.headers(), other.headers());
                assert_eq!(generated.body(), other.body());
            }}
        }}
    }}

    #[test]
    fn axum_responses_are_the_same() {{
        let rows = vec![
{axum_rows}        ];
        for (code, generated, plain, derived) in rows {{
            assert_eq!(generated.status().as_u16(), code);
            let generated_headers = generated.headers().clone();
            let generated_body = bytes(generated);
            for other in [plain, derived] {{
                assert_eq!(other.status().as_u16(), code);
                assert_eq!(&generated_headers, other.headers());
                assert_eq!(generated_body, bytes(other));
            }}
        }}
    }}

    /// The whole body of an actix-web response.
    fn actix_bytes(response: actix_web::HttpResponse) -> Vec<u8> {{
        let bytes = ready(actix_web::body::to_bytes(response.into_body()));
        bytes.expect(\"an in-memory body\").to_vec()
    }}

    /// The header fields of an actix-web response, sorted: its map keeps
    /// no order to compare by.
    fn actix_headers(response: &actix_web::HttpResponse) -> Vec<(String, Vec<u8>)> {{
        let mut fields: Vec<_> = response
            .headers()
            .iter()
            .map(|(name, value)| (name.to_string(), value.as_bytes().to_vec()))
            .collect();
        fields.sort();
        fields
    }}

    #[test]
    fn actix_responses_are_the_same() {{
        use actix_web::Responder as _;
        let request = actix_web::test::TestRequest::default().to_http_request();
        let rows = vec![
{actix_rows}        ];
        for (code, generated, plain) in rows {{
            assert_eq!(generated.status().as_u16(), code);
            assert_eq!(plain.status().as_u16(), code);
            assert_eq!(actix_headers(&generated), actix_headers(&plain));
            assert_eq!(actix_bytes(generated), actix_bytes(plain));
        }}
    }}

    #[test]
    fn openapi_documents_the_same_statuses() {{
        use utoipa::IntoResponses as _;
        let generated: Vec<String> = by_macro::{name}::responses().into_keys().collect();
        let derived: Vec<String> = utoipa_derive::{name}::responses().into_keys().collect();
        assert_eq!(generated, derived);
        assert_eq!(generated, [{quoted_codes}]);
    }}
}}
",
        macro_enum = indent(&macro_enum(&name)),
        pasted = indent(&rename(expansion, &name)),
        plain_http = indent(&(bare_enum(&name, "") + &http_impl(&name))),
        plain_axum = indent(&(bare_enum(&name, "") + &axum_impl(&name))),
        utoipa_derive = indent(
            &(bare_enum(&name, "#[derive(utoipa::IntoResponses)]\n") + &axum_impl(&name))
        ),
        axum_imports = indent(AXUM_IMPORTS),
        plain_actix = indent(&(bare_enum(&name, "") + &actix_impl(&name))),
        actix_imports = indent(ACTIX_IMPORTS),
        codes = codes(", ", |code| code.to_string()),
        quoted_codes = codes(", ", |code| format!("\"{code}\"")),
    )
}

fn codes(separator: &str, each: impl Fn(u16) -> String) -> String {
    STATUSES
        .iter()
        .map(|status| each(status.code))
        .collect::<Vec<_>>()
        .join(separator)
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|line| {
            if line.is_empty() {
                "\n".to_owned()
            } else {
                format!("    {line}\n")
            }
        })
        .collect()
}

/// A crate of `enums` enums in `form`, each used by one function that builds
/// every status and converts it into an `http::Response<String>`, so that
/// the conversions are instantiated.
fn size_source(form: SizeForm, enums: usize, expansion: &str) -> String {
    let mut out = String::from(HEADER);
    for index in 0..enums {
        let name = enum_name(index);
        out.push('\n');
        match form {
            SizeForm::Macro => out.push_str(&macro_enum(&name)),
            SizeForm::Hand => out.push_str(&rename(expansion, &name)),
            SizeForm::Plain => {
                out.push_str(&bare_enum(&name, ""));
                out.push_str(&http_impl(&name));
            }
        }
        let _ = writeln!(
            out,
            "\npub fn answer_{index}(pick: u8, body: String) -> http::Response<String> {{\n    let response = match pick {{"
        );
        for (arm, status) in STATUSES.iter().enumerate() {
            let pattern = if arm + 1 == STATUSES.len() {
                "_".to_owned()
            } else {
                arm.to_string()
            };
            let argument = if status.body { "body" } else { "" };
            let expr = match form {
                SizeForm::Plain if status.body => {
                    format!("{name}::{}({argument})", status.variant)
                }
                SizeForm::Plain => format!("{name}::{}", status.variant),
                _ => format!("{name}::{}({argument})", status.constructor),
            };
            let _ = writeln!(out, "        {pattern} => {expr},");
        }
        out.push_str("    };\n    response.into()\n}\n");
    }
    out
}
