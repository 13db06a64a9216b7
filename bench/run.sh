#!/usr/bin/env bash
# The benchmark suite of `responses`: compile cost of the macro with each
# feature set against the same enums written by hand, pasted from the
# expansion, and derived with utoipa and poem-openapi (CPU time and rustc's
# instructions), clean build cost, runtime instructions and generated code
# size. Prints the tables and writes BENCHMARKS.md at the repository root.
#
#   bench/run.sh           N = 10, 100, 1000; three interleaved rounds of every
#                          compile (and of every clean build)
#   bench/run.sh --quick   N = 10, 100; one run
#   bench/run.sh --runtime section 3 (runtime instructions) alone, rewritten
#                          in place in BENCHMARKS.md
#
# Everything builds in bench/target (git-ignored), never in the workspace's
# target directory; the generated crates go to bench/generated (git-ignored).
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

case "${1:-}" in
    "" | --quick | --runtime) ;;
    *)
        echo "usage: bench/run.sh [--quick | --runtime]" >&2
        exit 2
        ;;
esac

if ! command -v valgrind >/dev/null; then
    echo "== installing valgrind (runtime instruction counts)" >&2
    apt-get install -y valgrind >/dev/null
fi
if [ "${1:-}" != --runtime ] && ! cargo llvm-lines --version >/dev/null 2>&1; then
    echo "== installing cargo-llvm-lines (generated code size)" >&2
    cargo install cargo-llvm-lines --locked
fi

echo "== building the harness" >&2
CARGO_TARGET_DIR="$bench/target/harness" cargo build --quiet --release \
    --manifest-path "$bench/Cargo.toml" -p bench-harness
exec "$bench/target/harness/release/bench-harness" "$@"
