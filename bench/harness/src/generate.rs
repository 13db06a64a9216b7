//! The generated crates, in `bench/generated/` (a workspace of its own,
//! git-ignored): for each N, the same N response enums in four forms, plus
//! the equivalence check and the crates measured for code size.
//!
//! The hand-written form is the macro's own expansion, pasted as source: the
//! harness expands one enum with `rustc -Z unpretty=expanded` and repeats
//! the text under N names. It therefore follows any change to the macro,
//! and `check_equivalence` confirms that it behaves as the macro does.

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
    /// The body type, if the status carries one.
    pub body: Option<&'static str>,
}

/// Every benchmark enum answers with these five statuses, bodies on three:
/// `#[responses(200(Body), 201(Body), 404, 409(Problem), 503)]`.
pub const STATUSES: &[StatusSpec] = &[
    StatusSpec {
        code: 200,
        variant: "Ok",
        constructor: "ok",
        body: Some("Body"),
    },
    StatusSpec {
        code: 201,
        variant: "Created",
        constructor: "created",
        body: Some("Body"),
    },
    StatusSpec {
        code: 404,
        variant: "NotFound",
        constructor: "not_found",
        body: None,
    },
    StatusSpec {
        code: 409,
        variant: "Conflict",
        constructor: "conflict",
        body: Some("Problem"),
    },
    StatusSpec {
        code: 503,
        variant: "ServiceUnavailable",
        constructor: "service_unavailable",
        body: None,
    },
];

/// The forms compared for compile time.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// (a) `#[responses(..)]`.
    Macro,
    /// (b) the expansion of (a), pasted as source.
    Hand,
    /// (c) utoipa's `#[derive(IntoResponses)]` and a hand-written axum
    /// `IntoResponse`.
    Utoipa,
    /// (d) poem-openapi's `#[derive(ApiResponse)]`.
    Poem,
}

impl Form {
    pub const ALL: [Form; 4] = [Form::Macro, Form::Hand, Form::Utoipa, Form::Poem];

    pub fn slug(self) -> &'static str {
        match self {
            Form::Macro => "macro",
            Form::Hand => "hand",
            Form::Utoipa => "utoipa",
            Form::Poem => "poem",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Form::Macro => "(a) `#[responses]`",
            Form::Hand => "(b) expansion pasted as source",
            Form::Utoipa => "(c) utoipa `IntoResponses` + axum `IntoResponse`",
            Form::Poem => "(d) poem-openapi `ApiResponse`",
        }
    }
}

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
    write_crate(PROBE, &manifest(PROBE, Deps::Responses), &probe_source())?;
    let expansion = expand_probe()?;

    // Phase 2: every crate, in one workspace.
    let mut members = vec![PROBE.to_owned(), EQUIVALENCE.to_owned()];
    write_crate(
        EQUIVALENCE,
        &manifest(EQUIVALENCE, Deps::ResponsesHttp),
        &equivalence_source(&expansion),
    )?;
    for &enums in &plan.enum_counts {
        for form in Form::ALL {
            let name = package(form, enums);
            let (deps, source) = match form {
                Form::Macro => (Deps::Responses, macro_source(enums)),
                Form::Hand => (Deps::Responses, hand_source(enums, &expansion)),
                Form::Utoipa => (Deps::Utoipa, utoipa_source(enums)),
                Form::Poem => (Deps::Poem, poem_source(enums)),
            };
            write_crate(&name, &manifest(&name, deps), &source)?;
            members.push(name);
        }
    }
    for form in SizeForm::ALL {
        let name = form.package();
        let source = size_source(form, plan.profile_enums, &expansion);
        write_crate(name, &manifest(name, Deps::ResponsesHttp), &source)?;
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

#[derive(Clone, Copy)]
enum Deps {
    Responses,
    ResponsesHttp,
    Utoipa,
    Poem,
}

fn manifest(name: &str, deps: Deps) -> String {
    let deps = match deps {
        Deps::Responses => "responses = { path = \"../../../core\" }\n",
        Deps::ResponsesHttp => "responses = { path = \"../../../core\" }\nhttp = \"1.3\"\n",
        Deps::Utoipa => {
            "utoipa = \"5.4\"\nserde = { version = \"1\", features = [\"derive\"] }\n\
             axum = { version = \"0.8\", default-features = false, features = [\"json\"] }\n"
        }
        Deps::Poem => "poem-openapi = \"5\"\n",
    };
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

const BODIES: &str = "\
/// A response body.
pub struct Body {
    pub id: u64,
    pub name: String,
}

/// An error body.
pub struct Problem {
    pub detail: String,
}
";

/// Lets `http::Response<String>` take every body, for the tests and the
/// size crates.
const BODIES_INTO_STRING: &str = "
impl From<Body> for String {
    fn from(body: Body) -> String {
        body.name
    }
}

impl From<Problem> for String {
    fn from(problem: Problem) -> String {
        problem.detail
    }
}
";

/// `200(Body), 201(Body), 404, 409(Problem), 503`
fn attribute_args() -> String {
    STATUSES
        .iter()
        .map(|status| match status.body {
            Some(body) => format!("{}({body})", status.code),
            None => status.code.to_string(),
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
    format!(
        "{HEADER}{BODIES}\n{BEGIN}\n{}{END}\n",
        macro_enum(TEMPLATE_NAME)
    )
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

fn macro_source(enums: usize) -> String {
    let mut out = format!("{HEADER}{BODIES}");
    for index in 0..enums {
        out.push('\n');
        out.push_str(&macro_enum(&enum_name(index)));
    }
    out
}

fn hand_source(enums: usize, expansion: &str) -> String {
    let mut out = format!("{HEADER}{BODIES}");
    for index in 0..enums {
        out.push('\n');
        out.push_str(&rename(expansion, &enum_name(index)));
    }
    out
}

fn utoipa_source(enums: usize) -> String {
    let mut out = format!(
        "{HEADER}use axum::Json;\nuse axum::http::StatusCode;\n\
         use axum::response::{{IntoResponse, Response}};\n\n\
         /// A response body.\n#[derive(serde::Serialize, utoipa::ToSchema)]\n\
         pub struct Body {{\n    pub id: u64,\n    pub name: String,\n}}\n\n\
         /// An error body.\n#[derive(serde::Serialize, utoipa::ToSchema)]\n\
         pub struct Problem {{\n    pub detail: String,\n}}\n"
    );
    for index in 0..enums {
        let name = enum_name(index);
        let _ = writeln!(
            out,
            "\n#[derive(utoipa::IntoResponses)]\npub enum {name} {{"
        );
        for status in STATUSES {
            let field = status
                .body
                .map(|body| format!("({body})"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "    #[response(status = {})]\n    {}{field},",
                status.code, status.variant
            );
        }
        let _ = writeln!(
            out,
            "}}\n\nimpl IntoResponse for {name} {{\n    fn into_response(self) -> Response {{\n        match self {{"
        );
        for status in STATUSES {
            let constant = http_constant(status.code);
            match status.body {
                Some(_) => {
                    let _ = writeln!(
                        out,
                        "            Self::{}(body) => (StatusCode::{constant}, Json(body)).into_response(),",
                        status.variant
                    );
                }
                None => {
                    let _ = writeln!(
                        out,
                        "            Self::{} => StatusCode::{constant}.into_response(),",
                        status.variant
                    );
                }
            }
        }
        out.push_str("        }\n    }\n}\n");
    }
    out
}

fn poem_source(enums: usize) -> String {
    let mut out = format!(
        "{HEADER}use poem_openapi::payload::Json;\n\n\
         /// A response body.\n#[derive(poem_openapi::Object)]\n\
         pub struct Body {{\n    pub id: u64,\n    pub name: String,\n}}\n\n\
         /// An error body.\n#[derive(poem_openapi::Object)]\n\
         pub struct Problem {{\n    pub detail: String,\n}}\n"
    );
    for index in 0..enums {
        let _ = writeln!(
            out,
            "\n#[derive(poem_openapi::ApiResponse)]\npub enum {} {{",
            enum_name(index)
        );
        for status in STATUSES {
            let field = status
                .body
                .map(|body| format!("(Json<{body}>)"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "    #[oai(status = {})]\n    {}{field},",
                status.code, status.variant
            );
        }
        out.push_str("}\n");
    }
    out
}

/// The `http::StatusCode` constant of a benchmark status.
fn http_constant(code: u16) -> &'static str {
    match code {
        200 => "OK",
        201 => "CREATED",
        404 => "NOT_FOUND",
        409 => "CONFLICT",
        503 => "SERVICE_UNAVAILABLE",
        _ => unreachable!("not a benchmark status"),
    }
}

/// An expression building `status` with its constructor; `prefix` names the
/// enum.
fn constructor_call(prefix: &str, status: &StatusSpec) -> String {
    let argument = match status.body {
        Some("Body") => "body()",
        Some(_) => "problem()",
        None => "",
    };
    format!("{prefix}::{}({argument})", status.constructor)
}

fn equivalence_source(expansion: &str) -> String {
    let name = enum_name(0);
    let mut pairs = String::new();
    for status in STATUSES {
        let _ = writeln!(
            pairs,
            "        ({}, {}, {}),",
            status.code,
            constructor_call(&format!("by_macro::{name}"), status),
            constructor_call(&format!("by_hand::{name}"), status),
        );
    }
    format!(
        "{HEADER}{BODIES}{BODIES_INTO_STRING}
/// The enum as the macro generates it.
pub mod by_macro {{
    use super::{{Body, Problem}};

{macro_enum}}}

/// The same enum, pasted from the macro's expansion.
pub mod by_hand {{
    use super::{{Body, Problem}};

{pasted}}}

#[cfg(test)]
mod tests {{
    use super::*;

    fn body() -> Body {{
        Body {{ id: 1, name: \"body\".to_owned() }}
    }}

    fn problem() -> Problem {{
        Problem {{ detail: \"problem\".to_owned() }}
    }}

    #[test]
    fn statuses_are_the_same() {{
        assert_eq!(by_macro::{name}::STATUSES, by_hand::{name}::STATUSES);
        assert_eq!(
            <by_macro::{name} as responses::Responses>::STATUSES,
            <by_hand::{name} as responses::Responses>::STATUSES,
        );
        let codes: Vec<u16> = by_macro::{name}::STATUSES.iter().map(|status| status.code()).collect();
        assert_eq!(codes, [{codes}]);
    }}

    #[test]
    fn every_constructor_gives_the_same_status_and_response() {{
        let location = || responses::header::Location::new(\"/items/1\").unwrap();
        let mut pairs: Vec<(u16, by_macro::{name}, by_hand::{name})> = vec![
{pairs}        ];
        pairs.push((
            201,
            responses::Created::new(body()).location(location()).into(),
            responses::Created::new(body()).location(location()).into(),
        ));
        for (code, generated, pasted) in pairs {{
            assert_eq!(generated.status().code(), code);
            assert_eq!(pasted.status().code(), code);
            assert_eq!(responses::Responses::status(&generated), responses::Responses::status(&pasted));
            let generated: http::Response<String> = generated.into();
            let pasted: http::Response<String> = pasted.into();
            assert_eq!(generated.status(), pasted.status());
            assert_eq!(generated.headers(), pasted.headers());
            assert_eq!(generated.body(), pasted.body());
        }}
    }}
}}
",
        macro_enum = indent(&macro_enum(&name)),
        pasted = indent(&rename(expansion, &name)),
        codes = STATUSES
            .iter()
            .map(|status| status.code.to_string())
            .collect::<Vec<_>>()
            .join(", "),
    )
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
/// the conversions are instantiated and show in the IR.
fn size_source(form: SizeForm, enums: usize, expansion: &str) -> String {
    let mut out = format!("{HEADER}{BODIES}{BODIES_INTO_STRING}");
    for index in 0..enums {
        let name = enum_name(index);
        out.push('\n');
        match form {
            SizeForm::Macro => out.push_str(&macro_enum(&name)),
            SizeForm::Hand => out.push_str(&rename(expansion, &name)),
            SizeForm::Plain => out.push_str(&plain_enum(&name)),
        }
        let _ = writeln!(
            out,
            "\npub fn answer_{index}(pick: u8, body: Body, problem: Problem) -> http::Response<String> {{\n    let response = match pick {{"
        );
        for (arm, status) in STATUSES.iter().enumerate() {
            let pattern = if arm + 1 == STATUSES.len() {
                "_".to_owned()
            } else {
                arm.to_string()
            };
            let argument = match status.body {
                Some("Body") => "body",
                Some(_) => "problem",
                None => "",
            };
            let expr = match form {
                SizeForm::Plain if status.body.is_some() => {
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

/// What one would write without the library: a plain enum and its
/// conversion into `http::Response<B>`.
fn plain_enum(name: &str) -> String {
    let mut out = format!("pub enum {name} {{\n");
    for status in STATUSES {
        let field = status
            .body
            .map(|body| format!("({body})"))
            .unwrap_or_default();
        let _ = writeln!(out, "    {}{field},", status.variant);
    }
    let _ = writeln!(
        out,
        "}}\n\nimpl<B> From<{name}> for http::Response<B>\nwhere\n    Body: Into<B>,\n    Problem: Into<B>,\n    B: Default,\n{{\n    fn from(response: {name}) -> Self {{\n        let (status, body) = match response {{"
    );
    for status in STATUSES {
        let constant = http_constant(status.code);
        match status.body {
            Some(_) => {
                let _ = writeln!(
                    out,
                    "            {name}::{}(body) => (http::StatusCode::{constant}, body.into()),",
                    status.variant
                );
            }
            None => {
                let _ = writeln!(
                    out,
                    "            {name}::{} => (http::StatusCode::{constant}, B::default()),",
                    status.variant
                );
            }
        }
    }
    out.push_str(
        "        };\n        let mut response = http::Response::new(body);\n        *response.status_mut() = status;\n        response\n    }\n}\n",
    );
    out
}
