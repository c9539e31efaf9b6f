#!/usr/bin/env bash
# The server under a flood of long checks (hostile input round two, R13): N concurrent POST /api/verify, each a body
# just under the 1 MiB cap (the reproducer's 960,012 bytes: one German sentence repeated, every repeat a claim).
# Prints each answer's status and size, the wall time until the last answer, and the server's resident memory before
# and at its peak (VmHWM), against the reproducer's 47.5 MB answers and 3 GB before the server was bounded.
# Usage: bench/verify-flood.sh   env: N=10 NO_BUILD=1 FLOWWATCH="path/to/flowwatch" (default: the Debug build run by dotnet)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-10}
if [ -z "${NO_BUILD:-}" ]; then dotnet build src/Flowwatch.Cli -v q -nologo >/dev/null; fi
read -r -a fw <<<"${FLOWWATCH:-dotnet src/Flowwatch.Cli/bin/Debug/net10.0/flowwatch.dll}"
work=$(mktemp -d); server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
"${fw[@]}" --db "$work/store.db" demo >/dev/null
python3 - "$work/body.json" <<'PY'
import json, sys
text = "Im Jahr 2024 reisten 13.221 Nordkoreaner nach Russland ein. " * 15736
open(sys.argv[1], "w").write(json.dumps({"text": text, "lang": "de", "published": "2025-02-10"}))
PY
port=$((20000 + RANDOM % 20000))
"${fw[@]}" serve --db "$work/store.db" --urls "http://127.0.0.1:$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/sources" >/dev/null 2>&1 && break; sleep 0.2; done
pid=$(pgrep -P "$server" -n || echo "$server"); [ -r "/proc/$pid/status" ] || pid=$server
rss() { awk -v k="$1" '$1 == k":" {print int($2 / 1024) " MB"}' "/proc/$pid/status"; }
echo "$N concurrent POST /api/verify of $(stat -c %s "$work/body.json") bytes; $(nproc) cores (shared; load $(cut -d' ' -f1 /proc/loadavg)); server resident before: $(rss VmRSS)"
t0=$(date +%s%N)
for i in $(seq "$N"); do
  curl -s -o "$work/answer.$i" -D "$work/headers.$i" -w "%{http_code} %{size_download}\n" -H 'Content-Type: application/json' \
    --data-binary "@$work/body.json" "http://127.0.0.1:$port/api/verify" >"$work/status.$i" &
done
wait $(jobs -p | grep -v "^$server\$") 2>/dev/null || true
t1=$(date +%s%N)
for i in $(seq "$N"); do
  read -r code size <"$work/status.$i"
  retry=$(grep -i '^retry-after:' "$work/headers.$i" | tr -d '\r' | cut -d' ' -f2 || true)
  echo "  answer $i: $code, $size bytes${retry:+, Retry-After $retry}"
done
echo "all answered in $(((t1 - t0) / 1000000)) ms; server resident after: $(rss VmRSS), peak: $(rss VmHWM)"
