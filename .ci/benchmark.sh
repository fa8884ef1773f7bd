#!/usr/bin/env bash
# Benchmarks (docs/performance.md), each against the packaged app on an embedded PostgreSQL.
#   .ci/benchmark.sh        submit → SCHEDULED (1 and 100 at once, 100 ms Calendar latency), finding a time, start
#   .ci/benchmark.sh list   the list page, a search and the API list at 10,000 then 1,000,000 interviews, beside /login
#                           (LIST_SIZES=10000,1000000 to change the sizes; the load generator, autocannon, comes from npm)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "list" ]; then
  npm install --silent --no-save --no-audit --no-fund --prefix target/loadgen autocannon@8.0.0 >/dev/null
  ./mvnw -B -ntp verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ListBenchmarkIT \
    -Dbenchmark.list=true -Dlist.sizes="${LIST_SIZES:-10000,1000000}" \
    -Dlist.autocannon="$PWD/target/loadgen/node_modules/.bin/autocannon"
  cat target/benchmark-list.md
  exit 0
fi
./mvnw -B -ntp verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=BenchmarkIT -Dbenchmark=true
cat target/benchmark-results.md target/benchmark-availability.md target/benchmark-startup.md
