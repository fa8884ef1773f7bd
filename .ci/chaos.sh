#!/usr/bin/env bash
# The full chaos run (CI runs the same test with 60 interviews inside ./mvnw verify):
# N interviews (default 200) on two app instances while "Google" faults 30% of calls and each instance is
# killed with SIGKILL and restarted mid-run. Usage: .ci/chaos.sh [interviews]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=ChaosIT -Dchaos.interviews="${1:-200}"
