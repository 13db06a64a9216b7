//! Prints what the dataset knows about a status or a method.
//!
//! ```text
//! cargo run -p responses --example explain -- 409
//! cargo run -p responses --example explain -- "Not Found"
//! cargo run -p responses --example explain -- POST
//! ```
//!
//! Without an argument it lists every status and method. An unknown code or
//! name is an error: the program says why and exits with status 2.

use responses::{
    Method, Status,
    method::RequestContent,
    status::{HeaderField, Standing},
};
use std::process::ExitCode;

fn main() -> ExitCode {
    let query: Vec<String> = std::env::args().skip(1).collect();
    if query.is_empty() {
        list();
        return ExitCode::SUCCESS;
    }
    let query = query.join(" ");
    if let Ok(method) = query.parse::<Method>() {
        explain_method(method);
        return ExitCode::SUCCESS;
    }
    match query.parse::<Status>() {
        Ok(status) => {
            explain_status(status);
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: `{query}`: {error}");
            eprintln!("run the example without arguments to list every status and method");
            ExitCode::from(2)
        }
    }
}

fn list() {
    println!("Registered statuses:");
    for status in Status::ALL {
        println!("  {status:<40} {}", status.summary());
    }
    println!("\nRegistered methods:");
    for method in Method::ALL {
        println!("  {:<10} {}", method.as_str(), method.summary());
    }
}

fn yes_no(value: bool) -> &'static str {
    if value { "yes" } else { "no" }
}

fn list_or_none(fields: &[HeaderField]) -> String {
    if fields.is_empty() {
        "none".to_owned()
    } else {
        let names: Vec<&str> = fields.iter().map(HeaderField::as_str).collect();
        names.join(", ")
    }
}

fn explain_status(status: Status) {
    println!("{status}");
    println!("  {}", status.summary());
    println!();
    for line in wrap(status.description(), 76) {
        println!("  {line}");
    }
    println!();
    println!("  class              {:?}", status.class());
    println!(
        "  Rust names         Status::{}, responses::response::{}",
        status.constant_name(),
        status.name()
    );
    println!(
        "  content            {}",
        if status.is_content_forbidden() {
            "forbidden"
        } else {
            "allowed"
        }
    );
    println!("  cacheable          {}", yes_no(status.is_cacheable()));
    println!(
        "  required headers   {}",
        list_or_none(status.required_headers())
    );
    println!(
        "  expected headers   {}",
        list_or_none(status.expected_headers())
    );
    let standing = match status.standing() {
        Standing::Current => "current".to_owned(),
        other => format!(
            "{}: {}",
            format!("{other:?}").to_lowercase(),
            status.standing_note().unwrap_or_default()
        ),
    };
    println!("  standing           {standing}");
    if !status.former_phrases().is_empty() {
        println!(
            "  formerly           {}",
            status.former_phrases().join(", ")
        );
    }
    println!(
        "  specification      {}, section {}",
        status.spec(),
        status.section()
    );
    println!("                     {}", status.spec_url());
}

fn explain_method(method: Method) {
    println!("{method}");
    println!("  {}", method.summary());
    println!();
    println!("  safe               {}", yes_no(method.is_safe()));
    println!("  idempotent         {}", yes_no(method.is_idempotent()));
    println!("  cacheable          {}", yes_no(method.is_cacheable()));
    let content = match method.request_content() {
        RequestContent::Defined => "has defined semantics",
        RequestContent::Undefined => "has no generally defined semantics",
        RequestContent::Forbidden => "must not be sent",
    };
    println!("  request content    {content}");
    println!(
        "  specification      {}, section {}",
        method.spec(),
        method.section()
    );
    println!("                     {}", method.spec_url());
}

/// Splits `text` into lines of at most `width` characters, at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.len() + 1 + word.len() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}
