#!/usr/bin/env bash
# `flowwatch ingest` of the SYNTHETIC tidy CSV (1,000,000 rows by default) against each engine's own bulk loader
# reading the same file into a table with the same primary key as Flowwatch's figures (dataset, reporter, partner,
# breakdown, period), in the same run, runs alternating: the sqlite3 shell's `.import`, and, when a PostgreSQL
# server is given, psql's `\copy`. Prints the median wall time and peak memory (max RSS of the client process) of
# each and the ratio: the loader's time over Flowwatch's (1.00x = as fast as the engine's own loader).
# Usage: bench/ingest-vs-sqlite.sh [postgresql://USER@HOST:PORT]
#        env: ROWS=1000000 (10000000 for the linearity run) RUNS=3 NO_BUILD=1 (use the Release build as it is)
#             SQLITE=0 (only PostgreSQL, when a server is given)
# Each PostgreSQL run gets a database of its own (created and dropped here), so the server needs CREATEDB.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-1000000}; RUNS=${RUNS:-3}; PG=${1:-${FLOWWATCH_BENCH_POSTGRES:-}}
command -v sqlite3 >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq sqlite3; }
if [ -n "$PG" ]; then command -v psql >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq postgresql-client; }; fi
if [ -z "${NO_BUILD:-}" ]; then
  dotnet build src/Flowwatch.Cli -c Release -v q -nologo >/dev/null
  dotnet build bench/Flowwatch.Benchmarks -c Release -v q -nologo >/dev/null
fi
fw=(dotnet src/Flowwatch.Cli/bin/Release/net10.0/flowwatch.dll)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
dotnet bench/Flowwatch.Benchmarks/bin/Release/net10.0/Flowwatch.Benchmarks.dll write-tidy-csv "$ROWS" "$work/tidy.csv"
echo "$ROWS synthetic rows, $(du -m "$work/tidy.csv" | cut -f1) MB, $RUNS alternating runs, $(nproc) cores (shared; load $(cut -d' ' -f1 /proc/loadavg))"

# The file's ten columns, keyed as Flowwatch keys a figure.
table="CREATE TABLE t (dataset text, reporter text, partner text, breakdown text, period text, value text, flag text,
  sources text, note text, urls text, PRIMARY KEY (dataset, reporter, partner, breakdown, period));"

timed() { local out=$1; shift; /usr/bin/time -f "%e %M" -o "$work/t" "$@" >"$work/out" 2>&1 || { cat "$work/out"; exit 1; }; cat "$work/t" >>"$work/$out"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
report() { # NAME-A FILE-A NAME-B FILE-B
  awk -v r="$ROWS" -v na="$1" -v nb="$3" \
    -v as="$(cut -d' ' -f1 "$work/$2" | median)" -v ak="$(cut -d' ' -f2 "$work/$2" | median)" \
    -v bs="$(cut -d' ' -f1 "$work/$4" | median)" -v bk="$(cut -d' ' -f2 "$work/$4" | median)" 'BEGIN {
    printf "%-28s %7.2f s  %9.0f rows/s  peak %6.1f MB\n", na, as, r/as, ak/1024
    printf "%-28s %7.2f s  %9.0f rows/s  peak %6.1f MB\n", nb, bs, r/bs, bk/1024
    printf "%-28s %7.2fx the loader'"'"'s speed (its time / ours), %.1fx its memory\n", "ratio", bs/as, ak/bk }'
}

if [ "${SQLITE:-1}" != 0 ] || [ -z "$PG" ]; then
  : >"$work/fw"; : >"$work/sq"
  for i in $(seq 1 "$RUNS"); do
    timed fw "${fw[@]}" --db "$work/fw$i.db" ingest "$work/tidy.csv"
    sqlite3 "$work/sq$i.db" "$table"
    timed sq sqlite3 "$work/sq$i.db" ".import --csv --skip 1 $work/tidy.csv t"
    rm -f "$work"/fw$i.db* "$work/sq$i.db"
  done
  echo "-- SQLite"
  report "flowwatch ingest" fw "sqlite3 .import (same key)" sq
fi

if [ -n "$PG" ]; then
  : >"$work/fp"; : >"$work/pq"
  for i in $(seq 1 "$RUNS"); do
    db="flowwatch_bench_$$_$i"
    psql -q "$PG/postgres" -c "CREATE DATABASE $db" -c "CREATE DATABASE ${db}_copy"
    timed fp "${fw[@]}" --db "$PG/$db" ingest "$work/tidy.csv"
    psql -q "$PG/${db}_copy" -c "$table"
    timed pq psql -q "$PG/${db}_copy" -c "\\copy t FROM '$work/tidy.csv' WITH (FORMAT csv, HEADER true)"
    psql -q "$PG/postgres" -c "DROP DATABASE $db" -c "DROP DATABASE ${db}_copy"
  done
  echo "-- PostgreSQL ($("${fw[@]}" --version 2>/dev/null | head -1); $(psql -tA "$PG/postgres" -c 'SHOW server_version'))"
  report "flowwatch ingest" fp "psql \\copy (same key)" pq
fi
