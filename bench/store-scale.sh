#!/usr/bin/env bash
# What a store a hundred times the bundled one costs the read verbs, in one run: `series` for one partner on the
# bundled store and on the bundled store plus the SYNTHETIC tidy CSV of bench/ingest-vs-sqlite.sh (1,000,000 rows;
# the same answer from both, since the synthetic file has no KP rows and is left out), warm medians of RUNS runs
# alternating, and their ratio; the start-up of `--version`; `scan` on the large store; `serve` on it: the status
# of `/` and `/api/findings` and the server's peak resident memory.
# Usage: bench/store-scale.sh [postgresql://USER@HOST:PORT]   (the large store on PostgreSQL too, in a database of
#        its own, created and dropped here)
#        env: ROWS=1000000 RUNS=5 NO_BUILD=1 FLOWWATCH="path/to/flowwatch" (the command to time; by default the
#        Release build run by dotnet; the installed tool is measured with FLOWWATCH=flowwatch)
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-1000000}; RUNS=${RUNS:-5}; PG=${1:-${FLOWWATCH_BENCH_POSTGRES:-}}
if [ -z "${NO_BUILD:-}" ]; then
  dotnet build src/Flowwatch.Cli -c Release -v q -nologo >/dev/null
  dotnet build bench/Flowwatch.Benchmarks -c Release -v q -nologo >/dev/null
fi
read -r -a fw <<<"${FLOWWATCH:-dotnet src/Flowwatch.Cli/bin/Release/net10.0/flowwatch.dll}"
work=$(mktemp -d); server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
dotnet bench/Flowwatch.Benchmarks/bin/Release/net10.0/Flowwatch.Benchmarks.dll write-tidy-csv "$ROWS" "$work/tidy.csv"
export HOME="$work/home" XDG_DATA_HOME="$work/home/data"; mkdir -p "$HOME"; unset FLOWWATCH_DB
echo "${fw[*]}; $ROWS synthetic rows; $RUNS warm runs; $(nproc) cores (shared; load $(cut -d' ' -f1 /proc/loadavg))"

ms() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; "$@" 2>&1 | tail -3 >&2; exit 1; }; t1=$(date +%s%N); echo $(((t1 - t0) / 1000000)); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

stores=("$work/bundled.db" "$work/large.db")
"${fw[@]}" --db "$work/bundled.db" demo >/dev/null
"${fw[@]}" --db "$work/large.db" demo >/dev/null
"${fw[@]}" --db "$work/large.db" ingest "$work/tidy.csv" >/dev/null
if [ -n "$PG" ]; then
  pgdb="flowwatch_scale_$$"; psql -q "$PG/postgres" -c "CREATE DATABASE $pgdb"
  trap 'psql -q "$PG/postgres" -c "DROP DATABASE IF EXISTS $pgdb WITH (FORCE)" >/dev/null 2>&1; cleanup' EXIT
  "${fw[@]}" --db "$PG/$pgdb" demo >/dev/null
  "${fw[@]}" --db "$PG/$pgdb" ingest "$work/tidy.csv" >/dev/null
  stores+=("$PG/$pgdb")
fi

series=(series --partner KP --dataset ru-fsb-entries-by-purpose)
for s in "${stores[@]}"; do "${fw[@]}" --db "$s" "${series[@]}" >/dev/null; done  # warm the file cache
for i in $(seq 1 "$RUNS"); do
  for j in "${!stores[@]}"; do ms "${fw[@]}" --db "${stores[$j]}" "${series[@]}" >>"$work/series$j"; done
  ms "${fw[@]}" --version >>"$work/version"
done
base=$(median <"$work/series0")
printf '%-52s %6s ms\n' "--version" "$(median <"$work/version")"
for j in "${!stores[@]}"; do
  m=$(median <"$work/series$j")
  printf '%-52s %6s ms  %5.2fx the bundled store\n' "series --partner KP ($(basename "${stores[$j]}" | sed 's/flowwatch_scale_.*/large, PostgreSQL/'))" "$m" "$(awk -v a="$m" -v b="$base" 'BEGIN {print a/b}')"
done

for j in $(seq 1 $((${#stores[@]} - 1))); do
  s=${stores[$j]}
  t0=$(date +%s%N); code=0; "${fw[@]}" --db "$s" scan >"$work/scan" 2>&1 || code=$?; t1=$(date +%s%N)
  printf '%-52s exit %d in %d ms, %s findings\n' "scan ($(basename "$s" | sed 's/flowwatch_scale_.*/large, PostgreSQL/'))" "$code" $(((t1 - t0) / 1000000)) "$(grep -o "[0-9,]* findings" "$work/scan" | head -1 | cut -d" " -f1)"
  port=$((5600 + j))
  "${fw[@]}" --db "$s" serve --urls "http://127.0.0.1:$port" >"$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 1 300); do curl -fs -o /dev/null "http://127.0.0.1:$port/api/sources" && break; sleep 0.2; done
  codes=""
  for path in / /api/findings /findings "/api/series?partner=KP"; do
    t0=$(date +%s%N); c=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path"); t1=$(date +%s%N)
    codes+=" $path $c ($(((t1 - t0) / 1000000)) ms);"
  done
  # The server's process: dotnet itself, or the installed tool's.
  pid=$(pgrep -P "$server" -n 2>/dev/null || echo "$server"); [ -r "/proc/$pid/status" ] || pid=$server
  hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
  printf '%-52s%s peak resident %d MB\n' "serve ($(basename "$s" | sed 's/flowwatch_scale_.*/large, PostgreSQL/'))" "$codes" $((hwm / 1024))
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
done
