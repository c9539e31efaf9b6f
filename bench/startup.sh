#!/usr/bin/env bash
# How fast the installed tool starts and answers, in one run: the Native AOT package (what CI installs on this
# platform), the ReadyToRun package (what `dotnet pack` writes for every platform) and the same code JIT-compiled
# (-p:FlowwatchReadyToRun=false), each packed for this machine's platform, installed with `dotnet tool install` into
# a folder of its own; a store filled once by `demo`, then each command timed warm RUNS times, the builds
# alternating; medians, and each build's ratio to the JIT build.
# Usage: bench/startup.sh        env: RUNS=5; PACKED=DIR to reuse packages packed before (DIR/aot, DIR/r2r, DIR/jit)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
case "$(uname -m)" in x86_64 | amd64) arch=x64 ;; aarch64 | arm64) arch=arm64 ;; *) echo "unsupported machine" >&2; exit 1 ;; esac
rid="linux-$arch"; [ "$(uname -s)" = Darwin ] && rid="osx-$arch"
packed=${PACKED:-$work/pkg}
kinds=(aot r2r jit)
for kind in "${kinds[@]}"; do
  if [ -z "${PACKED:-}" ]; then
    case $kind in
      aot) dotnet pack src/Flowwatch.Cli -c Release -o "$packed/$kind" -nologo -v quiet -p:FlowwatchToolRuntimes="$rid" >/dev/null
           dotnet pack src/Flowwatch.Cli -c Release -r "$rid" -p:PublishAot=true -o "$packed/$kind" -nologo -v quiet -p:FlowwatchToolRuntimes="$rid" >/dev/null ;;
      r2r) dotnet pack src/Flowwatch.Cli -c Release -o "$packed/$kind" -nologo -v quiet -p:FlowwatchToolRuntimes="$rid" >/dev/null ;;
      jit) dotnet pack src/Flowwatch.Cli -c Release -o "$packed/$kind" -nologo -v quiet -p:FlowwatchToolRuntimes="$rid" -p:FlowwatchReadyToRun=false >/dev/null ;;
    esac
  fi
  version=$(basename "$(ls "$packed/$kind"/Flowwatch.Cli.[0-9]*.nupkg)" .nupkg); version=${version#Flowwatch.Cli.}
  dotnet tool install Flowwatch.Cli --version "$version" --tool-path "$work/$kind" --add-source "$packed/$kind" >/dev/null
  echo "$kind: $(basename "$(ls "$packed/$kind"/Flowwatch.Cli."$rid".*.nupkg)") $(stat -c %s "$packed/$kind"/Flowwatch.Cli."$rid".*.nupkg) bytes"
done

export HOME="$work/home" XDG_DATA_HOME="$work/home/data"; mkdir -p "$HOME"; unset FLOWWATCH_DB
db="$work/bundled.db"
"$work/jit/flowwatch" --db "$db" demo >/dev/null
echo "$RUNS warm runs each, alternating; $(nproc) cores (shared; load $(cut -d' ' -f1 /proc/loadavg))"

ms() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; t1=$(date +%s%N); echo $(((t1 - t0) / 1000000)); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
commands=("--version" "series --partner KP" "series --partner KP --dataset ru-fsb-entries-by-purpose" "scan" "sources")
for c in "${!commands[@]}"; do
  read -r -a args <<<"${commands[$c]}"
  [ "${args[0]}" = "--version" ] || args=(--db "$db" "${args[@]}")
  for kind in "${kinds[@]}"; do "$work/$kind/flowwatch" "${args[@]}" >/dev/null 2>&1; done  # warm the file cache
  for _ in $(seq 1 "$RUNS"); do
    for kind in "${kinds[@]}"; do ms "$work/$kind/flowwatch" "${args[@]}" >>"$work/$kind.$c"; done
  done
  a=$(median <"$work/aot.$c"); r=$(median <"$work/r2r.$c"); j=$(median <"$work/jit.$c")
  printf '%-58s Native AOT %5s ms (%4.2fx)  ReadyToRun %5s ms (%4.2fx)  JIT %5s ms\n' "flowwatch ${commands[$c]}" \
    "$a" "$(awk -v a="$a" -v b="$j" 'BEGIN {print a/b}')" "$r" "$(awk -v a="$r" -v b="$j" 'BEGIN {print a/b}')" "$j"
done
