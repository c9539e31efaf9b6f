#!/usr/bin/env bash
# CI: the `dotnet tool` package as a new user gets it. Pack the command, install it with `dotnet tool install`
# into a folder of its own, and run it from an empty HOME (no store, no settings, no NuGet cache): `flowwatch --help`,
# `flowwatch demo` (which must print its findings) and `flowwatch report` (which must draw its charts).
# Restores come from the machine's NuGet cache; the installed tool is read from the packed folder only.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/pkg" "$work/tools" "$work/home" "$work/data" "$work/report"

fail() { echo "tool-install: $*" >&2; exit 1; }

# The tool is packed per platform (Flowwatch.Cli.csproj); CI packs this machine's only, which is what it installs.
case "$(uname -s)" in Linux) os=linux ;; Darwin) os=osx ;; *) fail "unsupported system $(uname -s)" ;; esac
case "$(uname -m)" in x86_64 | amd64) arch=x64 ;; aarch64 | arm64) arch=arm64 ;; *) fail "unsupported machine $(uname -m)" ;; esac
if [ "$os" = linux ] && ldd --version 2>&1 | grep -i musl >/dev/null; then os=linux-musl; fi
rid="$os-$arch"
# As a release is made: `dotnet pack` writes the pointer package and each platform's ReadyToRun package, then
# `dotnet pack -r RID -p:PublishAot=true` replaces this platform's package with its Native AOT build.
dotnet pack src/Flowwatch.Cli -c Release -o "$work/pkg" -nologo -v quiet -p:FlowwatchToolRuntimes="$rid" >"$work/pack.log" 2>&1 \
  || { cat "$work/pack.log" >&2; fail "dotnet pack failed"; }
package="$(ls "$work"/pkg/Flowwatch.Cli.[0-9]*.nupkg)"
platform="$(ls "$work"/pkg/Flowwatch.Cli."$rid".*.nupkg)"
r2r_size=$(stat -c %s "$platform")
dotnet pack src/Flowwatch.Cli -c Release -r "$rid" -p:PublishAot=true -o "$work/pkg" -nologo -v quiet -p:FlowwatchToolRuntimes="$rid" >"$work/pack-aot.log" 2>&1 \
  || { cat "$work/pack-aot.log" >&2; fail "dotnet pack -p:PublishAot=true failed"; }
size=$(stat -c %s "$platform")
echo "tool-install: $(basename "$package"): $(stat -c %s "$package") bytes, $(basename "$platform"): $size bytes Native AOT ($r2r_size bytes ReadyToRun)"
# 109 MB when one package carried SkiaSharp's natives for every platform; 11 to 22 MB for one platform.
[ "$size" -le 25000000 ] || fail "the $rid package is $size bytes; it should carry its own platform's natives only"
# The listing goes to a file first: with pipefail, `unzip | grep -q` fails whenever grep stops reading early and unzip
# dies of SIGPIPE, which made this check pass on one machine and fail on another.
unzip -Z1 "$platform" >"$work/platform.list" || fail "cannot list $platform"
if grep -q '/runtimes/' "$work/platform.list"; then fail "the $rid package carries other platforms' runtimes/"; fi
if grep '^tools/' "$work/platform.list" | grep -v 'DotnetToolSettings.xml$' | grep -E '\.(xml|dbg)$' >/dev/null; then fail "the $rid package carries documentation or native symbols"; fi
grep -q "/$rid/flowwatch$" "$work/platform.list" || fail "the $rid package holds no native flowwatch executable"

# The install itself also runs from the empty HOME: only the packed folder is a source.
cat >"$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="packed" value="$work/pkg" />
  </packageSources>
</configuration>
XML
version="$(basename "$package" .nupkg)"; version="${version#Flowwatch.Cli.}"
as_new_user() { env -u FLOWWATCH_DB HOME="$work/home" XDG_DATA_HOME="$work/data" DOTNET_CLI_HOME="$work/home" NUGET_PACKAGES="$work/home/.nuget/packages" "$@"; }
as_new_user dotnet tool install Flowwatch.Cli --version "$version" --tool-path "$work/tools" --configfile "$work/nuget.config" >"$work/install.log" 2>&1 \
  || { cat "$work/install.log" >&2; fail "dotnet tool install failed"; }

flowwatch="$work/tools/flowwatch"
as_new_user "$flowwatch" --help >"$work/help.out" 2>&1 || { cat "$work/help.out" >&2; fail "flowwatch --help exited non-zero"; }
grep -q "demo" "$work/help.out" || fail "flowwatch --help does not list the verbs"

as_new_user "$flowwatch" demo >"$work/demo.out" 2>"$work/demo.err" || { cat "$work/demo.out" "$work/demo.err" >&2; fail "flowwatch demo exited non-zero"; }
grep -q "What the detectors find" "$work/demo.out" || { cat "$work/demo.out" >&2; fail "flowwatch demo printed no findings"; }
[ -f "$work/data/flowwatch/flowwatch.db" ] || fail "flowwatch demo made no store under XDG_DATA_HOME"

as_new_user "$flowwatch" report --partner KP --out "$work/report" >"$work/report.out" 2>&1 || { cat "$work/report.out" >&2; fail "flowwatch report exited non-zero"; }
charts=$(find "$work/report/charts" -name '*.png' -size +1k 2>/dev/null | wc -l)
[ "$charts" -gt 0 ] || fail "flowwatch report drew no charts"

as_new_user "$flowwatch" no-such-verb >/dev/null 2>&1 && status=0 || status=$?
[ "$status" -eq 2 ] || fail "an unknown verb exited $status, expected 2"

[ -d "$work/tools/.store/flowwatch.cli/$version/flowwatch.cli.$rid" ] || fail "dotnet tool install did not take the $rid package"

# The Native AOT tool answers as the JIT build does: the same words for the README's reading verbs, on stores
# filled the same way (the bundled data, then the real files of samples/real/).
dotnet build src/Flowwatch.Cli -c Release -nologo -v quiet >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; fail "dotnet build failed"; }
jit=(dotnet "$PWD/src/Flowwatch.Cli/bin/Release/net10.0/flowwatch.dll")
parity() {
  local name=$1; shift
  as_new_user "$flowwatch" --db "$work/aot.db" "$@" >"$work/$name.aot" 2>&1 && a=0 || a=$?
  as_new_user "${jit[@]}" --db "$work/jit.db" "$@" >"$work/$name.jit" 2>&1 && j=0 || j=$?
  # The store's path and today's ingest times are the only words allowed to differ.
  sed -i -e "s#$work/aot.db#STORE#g" -e "s/$(date -u +%F) [0-9:]\{8\}/INGESTED/g" "$work/$name.aot"
  sed -i -e "s#$work/jit.db#STORE#g" -e "s/$(date -u +%F) [0-9:]\{8\}/INGESTED/g" "$work/$name.jit"
  [ "$a" -eq "$j" ] || fail "flowwatch $* exited $a as Native AOT, $j as JIT"
  diff -q "$work/$name.aot" "$work/$name.jit" >/dev/null || { diff "$work/$name.aot" "$work/$name.jit" | head -20 >&2; fail "flowwatch $* answers differently as Native AOT"; }
}
parity demo demo
parity ingest ingest samples/real/
checks=(sources "series --partner KP" "series --partner KP --by year --format csv" "series --partner KP --format jsonstat" scan
  "verify samples/articles/seed-de-2025-02-10.txt" "verify samples/articles/seed-de-2025-02-10.txt --format json"
  "screen Kim Yong Chol" "screen 김영철" "trace samples/articles" "sanctions versions")
for c in "${checks[@]}"; do read -r -a args <<<"$c"; parity "check$(echo "$c" | md5sum | cut -c1-8)" "${args[@]}"; done
echo "tool-install: the Native AOT tool answered ${#checks[@]} reading commands, demo and ingest as the JIT build does"
echo "tool-install: dotnet tool install took $(basename "$platform"); --help, demo, report ($charts charts) and a usage error ran as expected from an empty HOME"
