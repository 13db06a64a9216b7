#!/usr/bin/env bash
# Checks conduit against the RealWorld project's own test suite and against
# its own OpenAPI document:
#
# 1. builds conduit and starts it on a free loopback port, fresh database;
# 2. runs the RealWorld Postman collection with newman (installed from the
#    npm registry under the target directory on the first run): every
#    request and assertion must pass;
# 3. runs Schemathesis (every check) against the document conduit serves,
#    on a second fresh server: 0 failures;
# 4. validates the document with openapi-spec-validator and lints it with
#    Redocly (its recommended rules: 0 errors).
#
#   examples/conduit/ci.sh               # from anywhere
#   EXAMPLES=200 examples/conduit/ci.sh
#
# Needs the Rust toolchain, node with npm, and python3 with venv. The
# fixtures are the RealWorld files in ../shared/realworld/ beside the
# repository (REALWORLD=DIR names another folder).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo="$(pwd)"
target="${CARGO_TARGET_DIR:-target}"
mkdir -p "$target"
target="$(cd "$target" && pwd)"

fixtures="${REALWORLD:-$repo/../shared/realworld}"
collection="$fixtures/Conduit.postman_collection.json"
[ -f "$collection" ] || { echo "error: no RealWorld collection at $collection (set REALWORLD=DIR)"; exit 1; }

step() { printf '\n==> %s\n' "$*"; }
started=$SECONDS

step "build conduit"
cargo build -q -p conduit
conduit="$target/debug/conduit"
"$conduit" --help > /dev/null

# Servers started by this script, stopped on any exit.
servers=()
stop_servers() {
  for pid in "${servers[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
}
trap stop_servers EXIT
# A signal ends the script through exit, so the servers are stopped too.
trap 'exit 130' INT TERM

# Starts conduit on a port it picks itself (nothing can take the port between
# choosing and binding it) with a fresh in-memory database; sets $address.
start_conduit() {
  local log="$1"
  # Emptied first: the server opens it in the background, after the loop
  # below may already read it.
  : > "$log"
  "$conduit" --serve 127.0.0.1:0 >> "$log" 2>&1 &
  servers+=("$!")
  local pid=$!
  address=""
  for _ in $(seq 100); do
    address="$(sed -nE 's|^serving on http://([0-9.]+:[0-9]+)/api.*|\1|p' "$log")"
    [ -n "$address" ] && break
    kill -0 "$pid" 2>/dev/null || { echo "conduit exited:"; cat "$log"; exit 1; }
    sleep 0.1
  done
  [ -n "$address" ] || { echo "conduit did not start serving within 10 seconds:"; cat "$log"; exit 1; }
  for _ in $(seq 50); do
    if (exec 3<>"/dev/tcp/${address%:*}/${address#*:}") 2>/dev/null; then
      echo "conduit serving on http://$address/api"
      return
    fi
    sleep 0.1
  done
  echo "conduit does not accept connections on $address:"; cat "$log"; exit 1
}

step "newman: the RealWorld collection"
# Pinned, so that a run is a function of this script.
newman_version=6.2.2
redocly_version=2.77.0
npm_prefix="$target/ci-npm"
newman="$npm_prefix/node_modules/.bin/newman"
redocly="$npm_prefix/node_modules/.bin/redocly"
installed() { node -p "require('$npm_prefix/node_modules/$1/package.json').version" 2>/dev/null || true; }
if [ "$(installed newman)" != "$newman_version" ] || [ "$(installed @redocly/cli)" != "$redocly_version" ]; then
  npm install --silent --no-audit --no-fund --prefix "$npm_prefix" \
    "newman@$newman_version" "@redocly/cli@$redocly_version" > /dev/null
fi
start_conduit "$target/conduit-newman.log"
stamp="$(date +%s)"
report="$target/conduit-newman.json"
status=0
# --bail is not used: every failure is listed, then the run fails.
# Bounded: each request 10 s, the whole run 10 minutes.
timeout 600 "$newman" run "$collection" \
  --global-var "APIURL=http://$address/api" \
  --global-var "USERNAME=u$stamp" \
  --global-var "EMAIL=u$stamp@mail.com" \
  --global-var "PASSWORD=password" \
  --reporters cli,json --reporter-json-export "$report" \
  --color off --timeout-request 10000 || status=$?
summary="$(python3 - "$report" <<'PY'
import json, sys
run = json.load(open(sys.argv[1]))["run"]
stats = run["stats"]
print("newman: {} requests ({} failed), {} assertions ({} failed), {} failures".format(
    stats["requests"]["total"], stats["requests"]["failed"],
    stats["assertions"]["total"], stats["assertions"]["failed"], len(run["failures"])))
PY
)"
echo "$summary"
if [ "$status" -ne 0 ]; then
  echo "error: newman reported failures (exit status $status)"
  exit "$status"
fi

step "Schemathesis: conduit against its own served document, every check"
# A seed only reproduces a run with the same Schemathesis, so both are fixed
# (the version .ci/schemathesis uses for the demo, sharing its venv).
version=4.32.5
seed=1
examples="${EXAMPLES:-100}"
venv="$target/schemathesis-venv"
if [ "$("$venv/bin/schemathesis" --version 2>/dev/null)" != "schemathesis, version $version" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$version"
fi
start_conduit "$target/conduit-schemathesis.log"
# A user of its own, so that the operations that need a token get past it.
token="$(python3 - "http://$address/api" <<'PY'
import json, sys, urllib.request
user = {"user": {"username": "schemathesis", "email": "schemathesis@example.com", "password": "secret"}}
request = urllib.request.Request(sys.argv[1] + "/users", data=json.dumps(user).encode(),
                                 headers={"Content-Type": "application/json"})
print(json.load(urllib.request.urlopen(request, timeout=10))["user"]["token"])
PY
)"
document="$target/conduit-openapi.json"
python3 - "http://$address/api/openapi.json" "$document" <<'PY'
import sys, urllib.request
open(sys.argv[2], "wb").write(urllib.request.urlopen(sys.argv[1], timeout=10).read())
PY
# The served document and the printed one are the same.
"$conduit" --openapi | python3 -c 'import json,sys; a=json.load(sys.stdin); b=json.load(open(sys.argv[1])); sys.exit(a != b)' "$document" \
  || { echo "error: --openapi and /api/openapi.json differ"; exit 1; }
# Schemathesis keeps the failures it found in its working directory and
# replays them next time: each run starts in an empty one.
workdir="$target/conduit-schemathesis"
rm -rf "$workdir"
mkdir -p "$workdir"
log="$workdir/run.log"
status=0
# Bounded: each request 10 s, the whole run 20 minutes.
(cd "$workdir" && timeout 1200 "$venv/bin/schemathesis" run "$document" \
  --url "http://$address/api" \
  --checks all \
  --header "Authorization: Token $token" \
  --seed "$seed" \
  --max-examples "$examples" \
  --workers 1 \
  --request-timeout 10 \
  --generation-database none \
  --no-color) > "$log" 2>&1 || status=$?
cat "$log"
generated="$(grep -oE '[0-9]+ generated' "$log" | tail -n 1 || true)"
[ -n "$generated" ] || { echo "error: Schemathesis reported no generated test cases"; exit 1; }
echo "schemathesis $version, seed $seed, at most $examples examples per operation: $generated test cases"
if [ "$status" -ne 0 ]; then
  echo "error: Schemathesis found failures (exit status $status)"
  exit "$status"
fi

step "openapi-spec-validator on the document"
validator="$target/ci-venv/bin/openapi-spec-validator"
if [ ! -x "$validator" ]; then
  python3 -m venv "$target/ci-venv"
  "$target/ci-venv/bin/pip" install --quiet --disable-pip-version-check openapi-spec-validator
fi
"$validator" "$document"

step "Redocly lint (recommended rules) on the document"
# Warnings are printed; an error fails the run.
(cd "$target" && REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true "$redocly" lint --format=summary "$document")

echo
echo "$summary"
echo "schemathesis: 0 failures ($generated test cases)"
echo "conduit ci: passed in $((SECONDS - started)) s"
