#!/usr/bin/env bash
# Benchmark (docs/performance.md): submit → SCHEDULED for 1 and for 100 interviews at once, and Calendar calls per
# interview, against the sandbox with 100 ms latency per call. Results: target/benchmark-results.md
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=BenchmarkIT -Dbenchmark=true
cat target/benchmark-results.md target/benchmark-availability.md target/benchmark-startup.md
