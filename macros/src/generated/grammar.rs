//! The grammar of the generated inputs: a seeded generator, the pieces
//! inputs are made of (codes, names, body types, token soup, visibilities,
//! generics, attributes) and the three kinds of input built from them.

use std::fmt::Write as _;

/// A small, fast, seeded generator (splitmix64): the run is the same on
/// every machine, so a failure reproduces from its seed.
pub(super) struct Rng(pub(super) u64);

impl Rng {
    pub(super) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    pub(super) fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap_or(0)
    }

    pub(super) fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    pub(super) fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const CODES: &[&str] = &[
    "200",
    "201",
    "202",
    "204",
    "205",
    "206",
    "301",
    "303",
    "304",
    "305",
    "306",
    "307",
    "401",
    "404",
    "405",
    "407",
    "409",
    "416",
    "418",
    "422",
    "429",
    "503",
    "510",
    "100",
    "101",
    "299",
    "999",
    "0",
    "600",
    "99",
    "0x194",
    "404u16",
    "4_04",
    "1e3",
    "18446744073709551616",
];
/// What follows `method =`: registered methods, near misses and mistakes.
const METHODS: &[&str] = &[
    "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH", "GETT", "get",
    "r#GET", "\"GET\"", "", "42", "GET::x", "Self",
];

/// Bodies of range entries: the usual ones and a few that are refused.
const RANGE_BODIES: &[&str] = &[
    "Problem",
    "String",
    "Json<Error>",
    "Vec<u8>",
    "T",
    "&'a T",
    "_",
    "impl Fn()",
];

/// Range entries, valid and not: each class, 1XX, classes that do not
/// exist, other spellings and the letters alone; `default` and its
/// misspellings.
const RANGES: &[&str] = &[
    "2XX",
    "3XX",
    "4XX",
    "5XX",
    "1XX",
    "0XX",
    "6XX",
    "9XX",
    "4xX",
    "4xx",
    "4XXX",
    "44XX",
    "XX",
    "xx",
    "r#XX",
    "4XXu8",
    // Twice: the valid spelling comes up as often as two of the others.
    "default",
    "default",
    "r#default",
    "Default",
    "DEFAULT",
];
const NAMES: &[&str] = &[
    "Ok",
    "Created",
    "NoContent",
    "NotFound",
    "Conflict",
    "NotFund",
    "notfound",
    "NOT_FOUND",
    "PayloadTooLarge",
    "r#NotFound",
    "r#Conflict",
    "MethodNotAllowed",
    "Unauthorized",
    "TooManyRequests",
    "Continue",
    "ImATeapot",
    "Self",
    "self",
    "_",
];
const BODIES: &[&str] = &[
    "String",
    "Vec<u8>",
    "Box<Self>",
    "for<'a> fn(&'a str) -> usize",
    "&'a T",
    "T",
    "(A, B)",
    "()",
    "[u8; 4]",
    "impl Fn()",
    "dyn Fn()",
    "_",
    "!",
    "Usr",
    "::std::string::String",
    "<T as Iterator>::Item",
    "Json<User>",
    "&'static str",
    "fn() -> Self",
    "Option<Box<dyn Fn(&str) -> Result<(), ()>>>",
];
const SOUP: &[&str] = &[
    "200",
    "404",
    "Ok",
    "NotFound",
    "r#Conflict",
    ",",
    ",",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "..",
    "::",
    ":",
    ";",
    "#",
    "=",
    "<",
    ">",
    "'a",
    "&",
    "!",
    "?",
    "\"200\"",
    "b'x'",
    "1.5",
    "-",
    "pub",
    "crate",
    "in",
    "enum",
    "struct",
    "fn",
    "Self",
    "self",
    "for",
    "where",
    "impl",
    "dyn",
    "_",
    "status",
    "responses",
    "derive",
    "$",
    "@",
    "~",
    "|",
    "+",
    "*",
    "/",
    "%",
    "^",
];
const VISIBILITY: &[&str] = &[
    "",
    "pub ",
    "pub(crate) ",
    "pub(super) ",
    "pub(in crate::a) ",
];
const GENERICS: &[&str] = &[
    "",
    "<T>",
    "<'a>",
    "<'a, T: Clone>",
    "<T, const N: usize>",
    "<T = u8>",
    "<'a, 'b: 'a, T: ?Sized + 'a>",
];
const WHERE: &[&str] = &[
    "",
    " where T: Default",
    " where T: Clone,",
    " where for<'x> &'x T: Send",
];
const ATTRS: &[&str] = &[
    "",
    "/// Docs.\n",
    "#[derive(Debug)]",
    "#[derive(Debug, Clone)]",
    "#[must_use]",
    "#[allow(dead_code)]",
    "#[doc(hidden)]",
    "#[responses(200)]",
    "#[derive(Responses)]",
    "#[cfg(all())]",
];

/// A balanced soup of tokens, nested up to `depth`.
pub(super) fn soup(rng: &mut Rng, out: &mut String, depth: usize) {
    for _ in 0..rng.below(8) {
        if depth > 0 && rng.chance(15) {
            let (open, close) = [("(", ")"), ("[", "]"), ("{", "}")][rng.below(3)];
            out.push_str(open);
            soup(rng, out, depth - 1);
            out.push_str(close);
        } else {
            let token = rng.pick(SOUP).trim_matches(|c| "()[]{}".contains(c));
            out.push_str(token);
        }
        out.push(' ');
    }
}

/// A status list, each entry valid on its own, then one mutation at most.
pub(super) fn status_list(rng: &mut Rng) -> String {
    let mut entries = Vec::new();
    for _ in 0..=rng.below(6) {
        let range = rng.below(10) == 6;
        let mut entry = match rng.below(10) {
            _ if range => rng.pick(RANGES).to_owned(),
            0..=6 => rng.pick(CODES).to_owned(),
            _ => rng.pick(NAMES).to_owned(),
        };
        // A range needs a body: most get one, from the types a field can
        // have, so that valid ranges expand often enough to be parsed back.
        if range && rng.chance(85) {
            let _ = write!(entry, "({})", rng.pick(RANGE_BODIES));
        } else if rng.chance(40) {
            let _ = write!(entry, "({})", rng.pick(BODIES));
        }
        if rng.chance(25) {
            declared_fields(rng, &mut entry);
        }
        entries.push(entry);
    }
    if rng.chance(30) {
        let at = rng.below(entries.len() + 1);
        entries.insert(at, format!("method = {}", rng.pick(METHODS)));
        if rng.chance(10) {
            entries.push(format!("method = {}", rng.pick(METHODS)));
        }
    }
    let mut text = entries.join(", ");
    if rng.chance(20) {
        text.push(',');
    }
    match rng.below(10) {
        0 => text = text.replacen(", ", " ", 1),
        1 => text = text.replacen('(', "", 1),
        2 => text.push_str(" junk"),
        3 => text = text.replacen(", ", ", , ", 1),
        4 => {
            let mut junk = String::new();
            soup(rng, &mut junk, 2);
            text.push_str(&junk);
        }
        5 => text = text.replacen(')', ", X)", 1),
        6 => text.push_str("(String)(u8)"),
        7 => text.insert_str(
            0,
            rng.pick(&[
                "..Other, ",
                "..a::Other<u8>, ",
                "..self, ",
                ".. crate, ",
                "..super, ",
                "..a::self, ",
                "..Self, ",
                "..crate::Self, ",
            ]),
        ),
        8 => text.insert_str(
            0,
            rng.pick(&["crate = resp, ", "crate = ::a::b, ", "crate = , "]),
        ),
        _ => {}
    }
    text
}

/// Field types for `headers(..)`: typed values, `headers` crate types, an
/// optional one, a type that is no field, a path, and malformed entries.
const FIELDS: &[&str] = &[
    "ETag",
    "Option<CacheControl>",
    "RetryAfter",
    "Location",
    "Allow",
    "Challenge",
    "ContentType",
    "ContentLength",
    "headers::LastModified",
    "Option<Option<ETag>>",
    "String",
    "'a",
    "42",
    "ETag ETag",
];

/// `headers(..)` added to an entry: after its body (`200(T)` becomes
/// `200(T, headers(..))`), alone, empty, or twice.
fn declared_fields(rng: &mut Rng, entry: &mut String) {
    let mut list = Vec::new();
    for _ in 0..rng.below(4) {
        list.push(rng.pick(FIELDS));
    }
    let fields = match rng.below(8) {
        0 => format!("headers({}), headers(ETag)", list.join(", ")),
        1 => format!("headers({},)", list.join(", ")),
        2 => "headers".to_owned(),
        _ => format!("headers({})", list.join(", ")),
    };
    if let Some(open) = entry.strip_suffix(')') {
        *entry = format!("{open}, {fields})");
    } else {
        let _ = write!(entry, "({fields})");
    }
}

/// An item for the attribute: mostly empty enums, every generics form, and
/// the other item kinds.
pub(super) fn attribute_item(rng: &mut Rng) -> String {
    let attrs = rng.pick(ATTRS);
    let vis = rng.pick(VISIBILITY);
    let generics = rng.pick(GENERICS);
    let clause = if generics.contains('T') {
        rng.pick(WHERE)
    } else {
        ""
    };
    match rng.below(12) {
        0 => format!("{attrs}{vis}struct S{generics}{clause} {{ a: u8 }}"),
        1 => format!("{attrs}{vis}union U {{ a: u8 }}"),
        2 => format!("{vis}fn f() {{}}"),
        3 => format!("{attrs}{vis}enum E {{ A, B(u8) }}"),
        4 => {
            let mut junk = String::new();
            soup(rng, &mut junk, 3);
            junk
        }
        5 => format!("{attrs}{vis}enum r#E{generics}{clause} {{}}"),
        _ => format!("{attrs}{vis}enum E{generics}{clause} {{}}"),
    }
}

/// A hand-written enum for the derive.
pub(super) fn derive_item(rng: &mut Rng) -> String {
    let vis = rng.pick(VISIBILITY);
    let generics = rng.pick(GENERICS);
    let clause = if generics.contains('T') {
        rng.pick(WHERE)
    } else {
        ""
    };
    let method = match rng.below(8) {
        0 => format!("#[status(method = {})] ", rng.pick(METHODS)),
        1 => format!(
            "#[status(method = {})] #[status(method = {})] ",
            rng.pick(METHODS),
            rng.pick(METHODS)
        ),
        2 => "#[status(method = GET, 200)] ".to_owned(),
        _ => String::new(),
    };
    let mut text = format!(
        "{method}{}{vis}enum E{generics}{clause} {{",
        rng.pick(ATTRS)
    );
    for index in 0..rng.below(6) {
        let key = match rng.below(20) {
            0..=12 => rng.pick(CODES),
            13 => rng.pick(RANGES),
            _ => rng.pick(NAMES),
        };
        match rng.below(12) {
            0 => {}
            1 => text.push_str("#[status]"),
            2 => {
                let _ = write!(text, "#[status({key}, 404)]");
            }
            3 => {
                let _ = write!(text, "#[status({key})] #[status(404)]");
            }
            4 => {
                let _ = write!(text, "#[status({key}, headers({}))]", rng.pick(FIELDS));
            }
            _ => {
                let _ = write!(text, "#[status({key})]");
            }
        }
        let _ = write!(text, " V{index}");
        match rng.below(5) {
            0 => {}
            1 => {
                let _ = write!(text, "({})", rng.pick(BODIES));
            }
            2 => text.push_str("(::responses::header::Allow, String)"),
            3 => text.push_str("(::responses::header::Location)"),
            _ => {
                let _ = write!(text, " {{ body: {} }}", rng.pick(BODIES));
            }
        }
        text.push(',');
    }
    if rng.chance(5) {
        return text;
    }
    text.push('}');
    text
}

pub(super) fn status_input(rng: &mut Rng) -> String {
    match rng.below(9) {
        6 => rng.pick(RANGES).to_owned(),
        7 => format!("{}, headers({})", rng.pick(CODES), rng.pick(FIELDS)),
        8 => format!("method = {}", rng.pick(METHODS)),
        0 => {
            let mut junk = String::new();
            soup(rng, &mut junk, 2);
            junk
        }
        1 => format!("{}, {}", rng.pick(CODES), rng.pick(NAMES)),
        2 => String::new(),
        3 => rng.pick(NAMES).to_owned(),
        4 => format!("crate = ::resp, {}", rng.pick(CODES)),
        _ => rng.pick(CODES).to_owned(),
    }
}
