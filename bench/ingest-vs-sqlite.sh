#!/usr/bin/env bash
# `flowwatch ingest` of the SYNTHETIC 1,000,000-row tidy CSV against the sqlite3 shell's `.import` of the same
# file into a plain table (what a user would otherwise type, close to SQLite's limit), in the same run:
# wall time and peak memory (max RSS) of each, medians over RUNS, and the ratio.
# Usage: bench/ingest-vs-sqlite.sh            (env: ROWS=1000000 RUNS=3)
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-1000000}; RUNS=${RUNS:-3}
command -v sqlite3 >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq sqlite3; }
dotnet build src/Flowwatch.Cli -c Release -v q -nologo >/dev/null
dotnet build bench/Flowwatch.Benchmarks -c Release -v q -nologo >/dev/null
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
dotnet bench/Flowwatch.Benchmarks/bin/Release/net10.0/Flowwatch.Benchmarks.dll write-tidy-csv "$ROWS" "$work/tidy.csv"
echo "$ROWS synthetic rows, $(du -m "$work/tidy.csv" | cut -f1) MB, $RUNS runs, $(nproc) cores (shared)"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
: >"$work/fw"; : >"$work/sq"
for i in $(seq 1 "$RUNS"); do
  /usr/bin/time -f "%e %M" -o "$work/t" dotnet src/Flowwatch.Cli/bin/Release/net10.0/flowwatch.dll --db "$work/fw$i.db" ingest "$work/tidy.csv" >/dev/null
  cat "$work/t" >>"$work/fw"
  /usr/bin/time -f "%e %M" -o "$work/t" sqlite3 "$work/sq$i.db" ".import --csv $work/tidy.csv t"
  cat "$work/t" >>"$work/sq"
done
fw_s=$(cut -d' ' -f1 "$work/fw" | median); fw_kb=$(cut -d' ' -f2 "$work/fw" | median)
sq_s=$(cut -d' ' -f1 "$work/sq" | median); sq_kb=$(cut -d' ' -f2 "$work/sq" | median)
awk -v r="$ROWS" -v fs="$fw_s" -v fk="$fw_kb" -v ss="$sq_s" -v sk="$sq_kb" 'BEGIN {
  printf "flowwatch ingest   %6.2f s  %9.0f rows/s  peak %5.0f MB\n", fs, r/fs, fk/1024
  printf "sqlite3 .import    %6.2f s  %9.0f rows/s  peak %5.0f MB\n", ss, r/ss, sk/1024
  printf "ratio              %6.2fx the shell'"'"'s time, %.0fx its memory\n", fs/ss, fk/sk }'
