#!/usr/bin/env bash
# A bounded load run of `flowwatch serve` on loopback with wrk (Debian's package): requests per second
# and 99th-percentile latency for /api/series and the overview page. Method and figures: docs/serve.md.
# Usage: bench/load.sh            (env: PORT=5080 THREADS=2 CONNECTIONS=32 DURATION=10s)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-5080}; THREADS=${THREADS:-2}; CONNECTIONS=${CONNECTIONS:-32}; DURATION=${DURATION:-10s}
BASE="http://127.0.0.1:${PORT}"

command -v wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk; }
dotnet build src/Flowwatch.Cli -c Release -v q -nologo >/dev/null

work=$(mktemp -d)
dotnet src/Flowwatch.Cli/bin/Release/net10.0/flowwatch.dll --db "$work/flowwatch.db" serve --urls "$BASE" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -fs -o /dev/null "$BASE/" && break; sleep 0.2; done
curl -fs -o /dev/null "$BASE/" || { cat "$work/serve.log"; exit 1; }

echo "flowwatch serve on $BASE; wrk -t$THREADS -c$CONNECTIONS -d$DURATION; $(nproc) cores shared by server and wrk"
for path in "/api/series?partner=KP" "/api/series?partner=KP&reporter=RU&dataset=ru-fsb-entries-by-purpose&breakdown=study&by=quarter" "/"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "$BASE$path" >/dev/null   # warm-up: JIT and caches
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE$path")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" || true)
  printf '%-100s %10s req/s   p99 %8s  %s\n' "$path" "$rps" "$p99" "$errors"
done
