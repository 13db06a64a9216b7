//! The tables, for the terminal and for `BENCHMARKS.md`.

use std::fmt::Write as _;
use std::time::Duration;

use crate::deps::{self, CleanBuild};
use crate::expansion::Expansion;
use crate::generate::{Form, Generated, SizeForm};
use crate::machine::Machine;
use crate::profile::Profile;
use crate::runtime::Runtime;
use crate::size::Size;
use crate::{Plan, paths};

/// The targets.
const EXPANSION_TARGET: f64 = 0.10;
const RUNTIME_TARGET: f64 = 1.05;

pub struct Results<'a> {
    pub plan: &'a Plan,
    pub machine: Machine,
    pub generated: Generated,
    pub expansion: Expansion,
    pub deps: Vec<CleanBuild>,
    pub runtime: Runtime,
    pub size: Option<Vec<Size>>,
    pub profile: Option<Profile>,
    pub elapsed: Duration,
}

/// `BENCHMARKS.md`.
pub fn markdown(results: &Results<'_>) -> String {
    let mut out = String::from(
        "# Benchmarks\n\n\
         Written by `bench/run.sh`; rerun it rather than editing the numbers. \
         The commentary at the end comes from `bench/analysis.md`.\n\n",
    );
    out.push_str(&machine(results));
    out.push_str(&tables(results));
    out.push_str("## Analysis\n\n");
    let analysis = paths::bench().join("analysis.md");
    match std::fs::read_to_string(&analysis) {
        Ok(text) => out.push_str(without_leading_comment(&text)),
        Err(_) => out.push_str("(`bench/analysis.md` is missing.)\n"),
    }
    out
}

/// `text` without the HTML comment it opens with, if any.
fn without_leading_comment(text: &str) -> &str {
    let trimmed = text.trim_start();
    match trimmed
        .strip_prefix("<!--")
        .and_then(|rest| rest.split_once("-->"))
    {
        Some((_, rest)) => rest.trim_start(),
        None => trimmed,
    }
}

/// The tables alone.
pub fn terminal(results: &Results<'_>) -> String {
    tables(results)
}

fn machine(results: &Results<'_>) -> String {
    let m = &results.machine;
    let mode = if results.plan.quick {
        "bench/run.sh --quick"
    } else {
        "bench/run.sh"
    };
    format!(
        "## Machine and run\n\n\
         | | |\n|:--|:--|\n\
         | Command | `{mode}` ({runs} run{s} of every compile of section 1, {clean_runs} of every clean build of section 2, interleaved; the minimum is reported) |\n\
         | Date | {date} |\n\
         | Commit | `{commit}` (plus any uncommitted changes in the work tree) |\n\
         | Cores (`nproc`) | {cores} |\n\
         | CPU | {cpu} |\n\
         | Memory | {memory} |\n\
         | Toolchain | {rustc}; {cargo} |\n\
         | Instruction counts | {valgrind}, callgrind |\n\
         | Duration of the run | {minutes:.1} min |\n\n\
         The machine is shared with other builds, so wall-clock times carry noise: \
         each compile time is the minimum of the runs, with the compared variants \
         interleaved within each run. Instruction counts (sections 3 and 5) do not \
         depend on the load.\n\n",
        runs = results.plan.runs,
        s = if results.plan.runs == 1 { "" } else { "s" },
        clean_runs = results.plan.clean_runs,
        date = m.date,
        commit = m.commit,
        cores = m.cores,
        cpu = m.cpu,
        memory = m.memory,
        rustc = m.rustc,
        cargo = m.cargo,
        valgrind = m.valgrind,
        minutes = results.elapsed.as_secs_f64() / 60.0,
    )
}

fn tables(results: &Results<'_>) -> String {
    let mut out = String::new();
    out.push_str(&expansion(results));
    out.push_str(&dependencies(results));
    out.push_str(&runtime(&results.runtime));
    out.push_str(&size(results));
    out.push_str(&profile(results.profile.as_ref()));
    out
}

fn verdict(met: bool) -> &'static str {
    if met { "**met**" } else { "**missed**" }
}

fn expansion(results: &Results<'_>) -> String {
    let e = &results.expansion;
    let mut out = format!(
        "## 1. Expansion cost\n\n\
         Generated crates of N enums, each `#[responses(200(Body), 201(Body), 404, 409(Problem), 503)]` \
         or its equivalent, with the `http` feature (the default). `build` is the wall-clock time of \
         `cargo build` (debug, not incremental) of the crate alone, its dependencies already built; \
         `expand_crate` is that pass of `rustc -Z time-passes` (all macro expansion, name resolution \
         of macros included); `rustc` is rustc's own total in the same run. Form (b) is the macro's \
         expansion of one enum ({lines} lines, from `rustc -Z unpretty=expanded`) pasted under N names; \
         a generated test checks that it gives the same `STATUSES`, `status()` and `http::Response` \
         as the macro for every constructor. Ratios are to (b).\n\n\
         | N | form | build (s) | ×(b) | expand_crate (s) | ×(b) | rustc (s) |\n\
         |--:|:--|--:|--:|--:|--:|--:|\n",
        lines = results.generated.expansion_lines
    );
    for &enums in &results.plan.enum_counts {
        let Some(hand) = e.get(enums, Form::Hand) else {
            continue;
        };
        for form in Form::ALL {
            let Some(t) = e.get(enums, form) else {
                continue;
            };
            let _ = writeln!(
                out,
                "| {enums} | {} | {:.3} | {:.2} | {:.3} | {:.2} | {:.3} |",
                form.label(),
                t.build,
                t.build / hand.build,
                t.expand,
                t.expand / hand.expand,
                t.rustc_total
            );
        }
    }
    out.push_str(
        "\n**Cost of the macro** ((a) − (b)): what expanding the enums adds to compiling \
         the same code written out.\n\n\
         | N | added build time | added share of (b)'s build | added expand_crate | per enum |\n\
         |--:|--:|--:|--:|--:|\n",
    );
    let mut per_enum = Vec::new();
    for &enums in &results.plan.enum_counts {
        let (Some(a), Some(b)) = (e.get(enums, Form::Macro), e.get(enums, Form::Hand)) else {
            continue;
        };
        let added_expand = a.expand - b.expand;
        let per = added_expand / enums as f64 * 1000.0;
        per_enum.push((enums, per));
        let _ = writeln!(
            out,
            "| {enums} | {:+.3} s | {:+.1}% | {:+.3} s | {per:.2} ms |",
            a.build - b.build,
            (a.build / b.build - 1.0) * 100.0,
            added_expand,
        );
    }
    let largest = *results.plan.enum_counts.last().expect("at least one N");
    if let (Some(a), Some(b)) = (e.get(largest, Form::Macro), e.get(largest, Form::Hand)) {
        let added = a.build / b.build - 1.0;
        let _ = writeln!(
            out,
            "\nTarget: the macro adds at most {:.0}% to the build of the equivalent hand-written code at \
             N = 1000. {}: {:+.1}% at N = {largest}{}.",
            EXPANSION_TARGET * 100.0,
            verdict(added <= EXPANSION_TARGET),
            added * 100.0,
            if largest == 1000 {
                " (wall-clock, on a shared machine: read it with section 5, which counts \
                 instructions and does not depend on the load)"
            } else {
                " (quick run: N = 1000 not measured)"
            },
        );
    }
    if let [.., (n1, p1), (n2, p2)] = per_enum.as_slice() {
        let _ = writeln!(
            out,
            "\nGrowth: the added expansion time per enum is {p1:.2} ms at N = {n1} and {p2:.2} ms at \
             N = {n2} (×{:.2} for ×{} the enums); linear growth keeps it constant.",
            p2 / p1,
            n2 / n1,
        );
    }
    out.push('\n');
    out
}

fn dependencies(results: &Results<'_>) -> String {
    let mut out = String::from(
        "## 2. Dependency cost\n\n\
         Clean `cargo build` (debug) of a one-file crate using each subject, in an empty target \
         directory, downloads excluded. The floor is what any macro that reads a TOML dataset \
         with serde needs.\n\n\
         | subject | crates compiled | clean build (s) | ×floor |\n|:--|--:|--:|--:|\n",
    );
    let floor = results.deps.first().map_or(f64::NAN, |floor| floor.seconds);
    for (subject, build) in deps::SUBJECTS.iter().zip(&results.deps) {
        let _ = writeln!(
            out,
            "| {} | {} | {:.1} | {:.2} |",
            subject.label,
            build.crates,
            build.seconds,
            build.seconds / floor
        );
    }
    out.push('\n');
    out
}

fn runtime(runtime: &Runtime) -> String {
    let mut out = format!(
        "## 3. Runtime\n\n\
         Instructions per operation under callgrind (release build), each case run {low} and \
         {high} times behind `std::hint::black_box`, the difference divided by {difference}. \
         `created+location` builds a 201 with a `Location` header and a body \
         (`responses::Created::new(user).location(Location::new(\"/users/1\")?)` into the enum, \
         then into the framework's response, against `http::Response::builder()` or \
         `(StatusCode::CREATED, [(LOCATION, \"/users/1\")], Json(user)).into_response()`); \
         `conflict` builds a 409 with a body and no header field. \
         `decode` reads a received `http::Response<Bytes>` back into a typed value \
         (`CreateUser::from_response(response)`, against a `match` on the status with \
         `serde_json::from_slice`, the same `Location` check and the header fields kept): \
         `created+json` a 201 with a JSON body, `see-other+location` a 303 whose `Location` \
         is checked. Both sides of a `decode` case also build the response they read.\n\n\
         | target | scenario | generated | hand-written | ratio | target ≤ 1.05 |\n\
         |:--|:--|--:|--:|--:|:--|\n",
        low = thousands(crate::runtime::LOW),
        high = thousands(crate::runtime::HIGH),
        difference = thousands(crate::runtime::HIGH - crate::runtime::LOW),
    );
    for generated in runtime
        .cases
        .iter()
        .filter(|case| case.name.ends_with("/generated"))
    {
        let stem = generated.name.trim_end_matches("/generated");
        let Some(hand) = runtime
            .cases
            .iter()
            .find(|case| case.name == format!("{stem}/hand-written"))
        else {
            continue;
        };
        let (target, scenario) = stem.split_once('/').unwrap_or((stem, ""));
        let ratio = generated.instructions / hand.instructions;
        let _ = writeln!(
            out,
            "| {target} | {scenario} | {:.0} | {:.0} | {ratio:.2} | {} |",
            generated.instructions,
            hand.instructions,
            verdict(ratio <= RUNTIME_TARGET)
        );
    }
    decode_net(&mut out, runtime);
    if let Some(why) = &runtime.axum_missing {
        let _ = writeln!(
            out,
            "\nThe axum cases were not measured: `bench/runtime` does not build with the `axum` \
             feature of `responses` at this commit (`{why}`)."
        );
    }
    out.push('\n');
    out
}

/// The `decode` ratios without the cost of building the received
/// response, which both sides pay (`decode/input`).
fn decode_net(out: &mut String, runtime: &Runtime) {
    let find = |name: &str| runtime.cases.iter().find(|case| case.name == name);
    let Some(input) = find("decode/input") else {
        return;
    };
    let _ = write!(
        out,
        "\nBuilding the received response costs {:.0} instructions (`decode/input`); without it",
        input.instructions
    );
    for scenario in ["created+json", "see-other+location"] {
        let (Some(generated), Some(hand)) = (
            find(&format!("decode/{scenario}/generated")),
            find(&format!("decode/{scenario}/hand-written")),
        ) else {
            continue;
        };
        let ratio = (generated.instructions - input.instructions)
            / (hand.instructions - input.instructions);
        let _ = write!(
            out,
            ", `{scenario}` decodes at {ratio:.2} times the hand-written cost"
        );
    }
    out.push_str(".\n");
}

fn size(results: &Results<'_>) -> String {
    let enums = results.plan.profile_enums;
    let mut out = format!(
        "## 4. Generated code size\n\n\
         `cargo llvm-lines` (debug) of a crate of {enums} enums, each used by one function that \
         builds every status with its constructor and converts it into `http::Response<String>`. \
         The plain form is an enum of the bodies with a hand-written \
         `From<Enum> for http::Response<B>`, the code one writes without the library.\n\n"
    );
    let Some(sizes) = &results.size else {
        out.push_str("Not measured: `cargo llvm-lines` is missing.\n\n");
        return out;
    };
    out.push_str("| form | IR lines | per enum | copies | ×plain |\n|:--|--:|--:|--:|--:|\n");
    let plain = sizes.last().map_or(f64::NAN, |plain| plain.lines as f64);
    for (form, size) in SizeForm::ALL.iter().zip(sizes) {
        let _ = writeln!(
            out,
            "| {} | {} | {:.0} | {} | {:.2} |",
            form.label(),
            size.lines,
            size.lines as f64 / enums as f64,
            size.copies,
            size.lines as f64 / plain
        );
    }
    out.push('\n');
    out
}

fn profile(profile: Option<&Profile>) -> String {
    let mut out = String::from("## 5. Where the expansion goes\n\n");
    let Some(p) = profile else {
        out.push_str("Not measured: valgrind is missing.\n\n");
        return out;
    };
    let added = p.macro_total as f64 - p.hand_total as f64;
    let _ = writeln!(
        out,
        "rustc under callgrind compiling the crate of {n} enums (debug build). Instructions:\n\n\
         | | instructions | per enum |\n|:--|--:|--:|\n\
         | rustc, form (b) pasted | {hand} | {hand_per:.0} |\n\
         | rustc, form (a) `#[responses]` | {total} | {total_per:.0} |\n\
         | added by the macro ((a) − (b)) | {added:.0} ({added_pct:+.1}%) | {added_per:.0} |\n\
         | the macro's own code (`expand::attribute`, inclusive) | {code} | {code_per:.0} |\n\
         | of which rustc lexing the text the macro hands it (`ts_from_str`) | {lexing} | {lexing_per:.0} |\n\
         | for comparison: rustc lexing the source file of form (b) | {hand_lexing} | {hand_lexing_per:.0} |\n\n\
         The macro writes its expansion as source text and rustc lexes it, as it lexes the \
         pasted form's file: that part of the macro's code is work form (b) does too. The rest \
         of the macro's code is the macro's own work and the bridge calls that splice the \
         caller's tokens into the text.\n",
        n = p.enums,
        hand = p.hand_total,
        hand_per = p.hand_total as f64 / p.enums as f64,
        total = p.macro_total,
        total_per = p.macro_total as f64 / p.enums as f64,
        added_pct = added / p.hand_total as f64 * 100.0,
        added_per = added / p.enums as f64,
        code = p.macro_code,
        code_per = p.macro_code as f64 / p.enums as f64,
        lexing = p.macro_lexing,
        lexing_per = p.macro_lexing as f64 / p.enums as f64,
        hand_lexing = p.hand_lexing,
        hand_lexing_per = p.hand_lexing as f64 / p.enums as f64,
    );
    out.push_str(
        "The macro's functions, by inclusive instructions over all calls (the proc macro is \
         compiled without optimisation, as cargo's dev profile does for build dependencies):\n\n| function | instructions | share of `expand::attribute` |\n|:--|--:|--:|\n",
    );
    for function in &p.top {
        let _ = writeln!(
            out,
            "| `{}` | {} | {:.1}% |",
            function.name.replace('|', "\\|"),
            function.instructions,
            function.instructions as f64 / p.macro_code.max(1) as f64 * 100.0
        );
    }
    if p.dataset_functions.is_empty() {
        out.push_str(
            "\nNo function of a TOML parser or of `responses-data`'s parser ran while compiling the crate: \
             the dataset is read once, by the build scripts, and a call is a lookup in a \
             static table.\n\n",
        );
    } else {
        out.push_str("\nFunctions of a TOML parser or of `responses-data`'s parser that ran:\n\n");
        for function in &p.dataset_functions {
            let _ = writeln!(
                out,
                "* `{}`: {} instructions",
                function.name, function.instructions
            );
        }
        out.push('\n');
    }
    out
}

/// `11000` as `11,000`.
fn thousands(number: u64) -> String {
    let digits = number.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}
