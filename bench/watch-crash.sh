#!/usr/bin/env bash
# The crash-safety test with many more trials than CI runs: the watcher is killed with SIGKILL at random moments
# while it ingests two releases and posts their alerts to a local webhook, then restarted; the store and the set
# of alert keys must equal those of a run never killed. Method and figures: docs/watch.md.
# Usage: bench/watch-crash.sh         (env: TRIALS=300)
set -euo pipefail
cd "$(dirname "$0")/.."
TRIALS=${TRIALS:-300}
dotnet build tests/Flowwatch.Tests -v q -nologo >/dev/null
start=$(date +%s)
FLOWWATCH_CRASH_TRIALS=$TRIALS dotnet test tests/Flowwatch.Tests --no-build --filter "FullyQualifiedName~CrashSafetyTests" \
  --logger "console;verbosity=detailed" | grep -E "trials|Passed|Failed|Assert" || true
echo "$TRIALS trials in $(( $(date +%s) - start )) s"
