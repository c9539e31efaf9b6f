#!/usr/bin/env bash
# Time from a release landing in a watched folder to its first alert on standard output, for a release the
# size of the bundled data (data/dprk-russia: 126 figures and their citation list). The watcher runs
# continuously (file events plus rescan); the release is written aside and renamed into the inbox, as a mirror
# would. Each run uses a fresh store; prints each latency and the median. Method and figures: docs/watch.md.
# Usage: bench/watch-latency.sh        (env: RUNS=7 SETTLE=1s)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-7}; SETTLE=${SETTLE:-1s}
dotnet build src/Flowwatch.Cli -c Release -v q -nologo >/dev/null
FW=src/Flowwatch.Cli/bin/Release/net10.0/flowwatch
results=()
for run in $(seq 1 "$RUNS"); do
  work=$(mktemp -d); mkdir "$work/inbox" "$work/stage"
  "$FW" watch "$work/inbox" --db "$work/fw.db" --settle "$SETTLE" >"$work/alerts.jsonl" 2>"$work/log" &
  watcher=$!
  for _ in $(seq 1 100); do grep -q 'event=scanned\|event=started' "$work/log" && break; sleep 0.05; done
  sleep 0.5   # the baseline pass
  cp data/dprk-russia/*.csv "$work/stage/"
  start=$(date +%s%N)
  mv "$work/stage/sources.csv" "$work/inbox/"; mv "$work/stage/observations.csv" "$work/inbox/"
  until [ -s "$work/alerts.jsonl" ]; do sleep 0.01; done
  end=$(date +%s%N)
  kill -TERM "$watcher"; wait "$watcher" || true
  ms=$(( (end - start) / 1000000 )); results+=("$ms")
  echo "run $run: ${ms} ms to the first of $(wc -l <"$work/alerts.jsonl") alerts"
  rm -rf "$work"
done
median=$(printf '%s\n' "${results[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
echo "median ${median} ms over $RUNS runs (settle $SETTLE; $(nproc) cores, shared machine)"
