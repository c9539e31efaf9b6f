#!/usr/bin/env bash
# Time from a new UN sanctions-list version landing in a watched folder to its first alert on standard output.
# The bundled list (data/un-sanctions, 875 records) is the baseline; the new version is made here by code from it
# (synthetic: one alias added to KPi.002 and a later dateGenerated), so it raises one `amended` alert. The watcher
# runs continuously; the new list is written aside and renamed into the inbox. Each run uses a fresh store; prints
# each latency and the median. Method and figures: docs/watch.md.
# Usage: bench/watch-list-latency.sh        (env: RUNS=7 SETTLE=1s)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-7}; SETTLE=${SETTLE:-1s}
dotnet build src/Flowwatch.Cli -c Release -v q -nologo >/dev/null
FW=src/Flowwatch.Cli/bin/Release/net10.0/flowwatch
LIST=data/un-sanctions/consolidated-2024-09-26.xml
results=()
for run in $(seq 1 "$RUNS"); do
  work=$(mktemp -d); mkdir "$work/inbox" "$work/stage"
  cp "$LIST" "$work/inbox/"; touch -d '-1 min' "$work/inbox/"*
  "$FW" watch "$work/inbox" --db "$work/fw.db" --settle "$SETTLE" >"$work/alerts.jsonl" 2>"$work/log" &
  watcher=$!
  for _ in $(seq 1 200); do grep -q 'event=list-loaded' "$work/log" && break; sleep 0.05; done
  sleep 0.5   # the pass that records the first list as the baseline
  sed -e "s#<ALIAS_NAME>Ri Che-son</ALIAS_NAME>#<ALIAS_NAME>Ri Che-son; Lee Je-seon</ALIAS_NAME>#" \
      -e "s#dateGenerated='2024-09-26T00:00:07.514Z'#dateGenerated='2025-09-26T00:00:00.000Z'#" "$LIST" >"$work/stage/synthetic-2025.xml"
  start=$(date +%s%N)
  mv "$work/stage/synthetic-2025.xml" "$work/inbox/"
  until [ -s "$work/alerts.jsonl" ]; do sleep 0.01; done
  end=$(date +%s%N)
  kill -TERM "$watcher"; wait "$watcher" || true
  ms=$(( (end - start) / 1000000 )); results+=("$ms")
  echo "run $run: ${ms} ms to the first of $(wc -l <"$work/alerts.jsonl") alerts"
  rm -rf "$work"
done
median=$(printf '%s\n' "${results[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
echo "median ${median} ms over $RUNS runs (settle $SETTLE; $(nproc) cores, shared machine)"
