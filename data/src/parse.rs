//! Reading the TOML files into the model, field by field, so that every
//! error can name the entry and the field it is about.
//!
//! The model's text and lists are `&'static` (so that generated code can
//! write them as literals), so what is read here is leaked. A parse happens
//! once per run of a build script, or once per test that feeds the
//! validator a copy; each leaks the text of the dataset, some 100 KB, into a
//! process that ends soon after. Borrowing from the caller's text instead
//! would give every model type a lifetime that the static tables do not need.

use crate::error::DataError;
use crate::headers::{HEADER_FIELDS, HeaderField};
use crate::model::{Class, MethodEntry, RequestContent, ResponseContent, Standing, StatusEntry};
use crate::{METHODS_FILE, STATUS_FILE};
use toml::{Table, Value};

const STATUS_FIELDS: &[&str] = &[
    "code",
    "phrase",
    "name",
    "constant",
    "class",
    "summary",
    "description",
    "spec",
    "section",
    "url",
    "content_forbidden",
    "cacheable",
    "required_headers",
    "expected_headers",
    "constructor_headers",
    "standing",
    "standing_note",
    "former_phrases",
    "methods",
    "methods_section",
];

const METHOD_FIELDS: &[&str] = &[
    "name",
    "safe",
    "idempotent",
    "cacheable",
    "request_content",
    "summary",
    "response_content",
    "ok_meaning",
    "spec",
    "section",
    "url",
];

pub(crate) fn statuses(src: &str, errors: &mut Vec<DataError>) -> Vec<StatusEntry> {
    let tables = entries(src, STATUS_FILE, "status", errors);
    let mut statuses = Vec::with_capacity(tables.len());
    for (index, table) in tables.iter().enumerate() {
        let label = match table.get("code").and_then(Value::as_integer) {
            Some(code) => format!("entry {} (code {code})", index + 1),
            None => format!("entry {}", index + 1),
        };
        let mut fields = Fields::new(STATUS_FILE, label, table, STATUS_FIELDS, errors);
        let entry = StatusEntry {
            code: fields.code("code"),
            phrase: fields.string("phrase"),
            name: fields.string("name"),
            constant: fields.string("constant"),
            class: fields.keyword("class", &Class::ALL, Class::key, None),
            summary: fields.string("summary"),
            description: fields.string("description").trim(),
            spec: fields.string("spec"),
            section: fields.string("section"),
            url: fields.string("url"),
            content_forbidden: fields.flag("content_forbidden", Some(false)),
            cacheable: fields.flag("cacheable", Some(false)),
            required_headers: fields.headers("required_headers"),
            expected_headers: fields.headers("expected_headers"),
            constructor_headers: fields.headers("constructor_headers"),
            standing: fields.keyword(
                "standing",
                &Standing::ALL,
                Standing::key,
                Some(Standing::Current),
            ),
            standing_note: fields.optional_string("standing_note"),
            former_phrases: fields.strings("former_phrases"),
            methods: fields.strings("methods"),
            methods_section: fields.optional_string("methods_section"),
        };
        if fields.finish() {
            statuses.push(entry);
        }
    }
    statuses
}

pub(crate) fn methods(src: &str, errors: &mut Vec<DataError>) -> Vec<MethodEntry> {
    let tables = entries(src, METHODS_FILE, "method", errors);
    let mut methods = Vec::with_capacity(tables.len());
    for (index, table) in tables.iter().enumerate() {
        let label = match table.get("name").and_then(Value::as_str) {
            Some(name) => format!("entry {} ({name})", index + 1),
            None => format!("entry {}", index + 1),
        };
        let mut fields = Fields::new(METHODS_FILE, label, table, METHOD_FIELDS, errors);
        let entry = MethodEntry {
            position: index + 1,
            name: fields.string("name"),
            safe: fields.flag("safe", None),
            idempotent: fields.flag("idempotent", None),
            cacheable: fields.flag("cacheable", None),
            request_content: fields.keyword(
                "request_content",
                &RequestContent::ALL,
                RequestContent::key,
                None,
            ),
            summary: fields.string("summary"),
            response_content: fields.keyword(
                "response_content",
                &ResponseContent::ALL,
                ResponseContent::key,
                None,
            ),
            ok_meaning: fields.string("ok_meaning"),
            spec: fields.string("spec"),
            section: fields.string("section"),
            url: fields.string("url"),
        };
        if fields.finish() {
            methods.push(entry);
        }
    }
    methods
}

/// The tables of the array `key` (`[[status]]`), or none after reporting why.
fn entries(src: &str, file: &'static str, key: &str, errors: &mut Vec<DataError>) -> Vec<Table> {
    let mut report = |message: String| {
        errors.push(DataError {
            file,
            entry: "file".to_owned(),
            field: None,
            message,
        });
    };
    let mut document: Table = match toml::from_str(src) {
        Ok(document) => document,
        Err(error) => {
            report(format!("not valid TOML: {}", error.to_string().trim_end()));
            return Vec::new();
        }
    };
    let items = match document.remove(key) {
        Some(Value::Array(items)) => items,
        Some(other) => {
            report(format!(
                "`{key}` must be an array of tables (`[[{key}]]`), found {}",
                other.type_str()
            ));
            return Vec::new();
        }
        None => {
            report(format!("no `[[{key}]]` tables"));
            return Vec::new();
        }
    };
    for unknown in document.keys() {
        report(format!(
            "unknown top-level key `{unknown}`; the file holds only `[[{key}]]` tables"
        ));
    }
    let mut tables = Vec::with_capacity(items.len());
    for (index, item) in items.into_iter().enumerate() {
        match item {
            Value::Table(table) => tables.push(table),
            other => report(format!(
                "`{key}` item {} must be a table, found {}",
                index + 1,
                other.type_str()
            )),
        }
    }
    tables
}

/// Typed access to the fields of one entry, recording every problem.
struct Fields<'a> {
    file: &'static str,
    entry: String,
    table: &'a Table,
    known: &'static [&'static str],
    errors: &'a mut Vec<DataError>,
    ok: bool,
}

impl<'a> Fields<'a> {
    fn new(
        file: &'static str,
        entry: String,
        table: &'a Table,
        known: &'static [&'static str],
        errors: &'a mut Vec<DataError>,
    ) -> Self {
        Fields {
            file,
            entry,
            table,
            known,
            errors,
            ok: true,
        }
    }

    fn error(&mut self, field: &str, message: String) {
        self.ok = false;
        self.errors.push(DataError {
            file: self.file,
            entry: self.entry.clone(),
            field: Some(field.to_owned()),
            message,
        });
    }

    fn mistyped(&mut self, field: &str, expected: &str, found: &Value) {
        let message = format!("expected {expected}, found {}", found.type_str());
        self.error(field, message);
    }

    fn missing(&mut self, field: &str) {
        self.error(field, "missing".to_owned());
    }

    fn code(&mut self, field: &str) -> u16 {
        match self.table.get(field) {
            Some(Value::Integer(value)) => {
                if let Ok(code) = u16::try_from(*value) {
                    code
                } else {
                    self.error(field, format!("{value} is not a status code (100 to 599)"));
                    0
                }
            }
            Some(other) => {
                self.mistyped(field, "an integer", other);
                0
            }
            None => {
                self.missing(field);
                0
            }
        }
    }

    fn optional_string(&mut self, field: &str) -> Option<&'static str> {
        match self.table.get(field) {
            Some(Value::String(value)) => Some(leak(value.clone())),
            Some(other) => {
                self.mistyped(field, "a string", other);
                None
            }
            None => None,
        }
    }

    fn string(&mut self, field: &str) -> &'static str {
        if !self.table.contains_key(field) {
            self.missing(field);
        }
        self.optional_string(field).unwrap_or_default()
    }

    fn flag(&mut self, field: &str, default: Option<bool>) -> bool {
        match (self.table.get(field), default) {
            (Some(Value::Boolean(value)), _) => *value,
            (Some(other), _) => {
                self.mistyped(field, "`true` or `false`", other);
                false
            }
            (None, Some(default)) => default,
            (None, None) => {
                self.missing(field);
                false
            }
        }
    }

    fn strings(&mut self, field: &str) -> &'static [&'static str] {
        let strings = self.string_items(field).into_iter().map(leak).collect();
        Vec::leak(strings)
    }

    /// A list of header field names, each resolved to its one definition in
    /// `HEADER_FIELDS`.
    fn headers(&mut self, field: &str) -> &'static [HeaderField] {
        let mut headers = Vec::new();
        for name in self.string_items(field) {
            if let Some(known) = HeaderField::find(&name) {
                headers.push(*known);
                continue;
            }
            let message = match HEADER_FIELDS
                .iter()
                .find(|known| known.name.eq_ignore_ascii_case(&name))
            {
                Some(known) => format!("write `{}`, not `{name}`", known.name),
                None => format!(
                    "`{name}` is not a header field the dataset knows; \
                     add it to HEADER_FIELDS in data/src/headers.rs if it is right"
                ),
            };
            self.error(field, message);
        }
        Vec::leak(headers)
    }

    fn string_items(&mut self, field: &str) -> Vec<String> {
        let items = match self.table.get(field) {
            Some(Value::Array(items)) => items,
            Some(other) => {
                self.mistyped(field, "an array of strings", other);
                return Vec::new();
            }
            None => return Vec::new(),
        };
        let mut strings = Vec::with_capacity(items.len());
        for item in items {
            match item {
                Value::String(value) => strings.push(value.clone()),
                other => self.mistyped(field, "an array of strings", other),
            }
        }
        strings
    }

    fn keyword<T: Copy>(
        &mut self,
        field: &str,
        options: &[T],
        key: fn(T) -> &'static str,
        default: Option<T>,
    ) -> T {
        let fallback = default.unwrap_or(options[0]);
        let value = match self.table.get(field) {
            Some(Value::String(value)) => value,
            Some(other) => {
                let expected = format!("one of {}", quoted(options.iter().map(|&o| key(o))));
                self.mistyped(field, &expected, other);
                return fallback;
            }
            None => {
                if default.is_none() {
                    self.missing(field);
                }
                return fallback;
            }
        };
        if let Some(&found) = options.iter().find(|&&o| key(o) == value) {
            found
        } else {
            let expected = quoted(options.iter().map(|&o| key(o)));
            self.error(field, format!("`{value}` is not one of {expected}"));
            fallback
        }
    }

    /// Reports fields the schema does not have; true when the entry is sound.
    fn finish(mut self) -> bool {
        let known = self.known;
        let unknown: Vec<String> = self
            .table
            .keys()
            .filter(|key| !known.contains(&key.as_str()))
            .cloned()
            .collect();
        for field in unknown {
            let message = format!(
                "unknown field; the schema at the top of the file lists {}",
                quoted(known.iter().copied())
            );
            self.error(&field, message);
        }
        self.ok
    }
}

/// Text read from the dataset, kept for the life of the process (see the
/// module documentation).
fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

fn quoted<'s>(items: impl Iterator<Item = &'s str>) -> String {
    items
        .map(|item| format!("`{item}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
