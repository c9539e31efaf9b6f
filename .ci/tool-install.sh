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
if [ "$os" = linux ] && ldd --version 2>&1 | grep -qi musl; then os=linux-musl; fi
rid="$os-$arch"
dotnet pack src/Flowwatch.Cli -c Release -o "$work/pkg" -nologo -v quiet -p:FlowwatchToolRuntimes="$rid" >"$work/pack.log" 2>&1 \
  || { cat "$work/pack.log" >&2; fail "dotnet pack failed"; }
package="$(ls "$work"/pkg/Flowwatch.Cli.[0-9]*.nupkg)"
platform="$(ls "$work"/pkg/Flowwatch.Cli."$rid".*.nupkg)"
size=$(stat -c %s "$platform")
echo "tool-install: $(basename "$package"): $(stat -c %s "$package") bytes, $(basename "$platform"): $size bytes"
# 109 MB when one package carried SkiaSharp's natives for every platform; 11 to 15 MB for one platform.
[ "$size" -le 20000000 ] || fail "the $rid package is $size bytes; it should carry its own platform's natives only"
if unzip -Z1 "$platform" 2>/dev/null | grep -q '/runtimes/'; then fail "the $rid package carries other platforms' runtimes/"; fi

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
echo "tool-install: dotnet tool install took $(basename "$platform"); --help, demo, report ($charts charts) and a usage error ran as expected from an empty HOME"
