#!/usr/bin/env bash
# Coverage-guided fuzzing of one Flowwatch reader (or the claim extractor) with AFL++ and SharpFuzz.
#   tests/fuzz/run-afl.sh TARGET SECONDS [WORKDIR]
# TARGET: tidy, sdmx, tsv, fsb-csv, fsb-xlsx, formats, claims, names, citations, unlist, article. Needs afl++ (apt-get install afl++) and
# the SharpFuzz instrumenter (dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0).
# Prints one line of figures from AFL's fuzzer_stats; crashes are kept in WORKDIR/out-TARGET/default/crashes.
set -euo pipefail
target=$1; seconds=$2
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${3:-$(mktemp -d)}
bin=$work/bin
if [ ! -f "$bin/.instrumented" ]; then
  # A fresh folder: publish does not overwrite an instrumented file that is newer than the build.
  rm -rf "$bin"
  dotnet publish "$repo/tests/fuzz/Flowwatch.Fuzz" -c Release -o "$bin" >/dev/null
  # Instrument the code under test (the library and its CSV parser), not the harness.
  sharpfuzz=${SHARPFUZZ:-$HOME/.dotnet/tools/sharpfuzz}
  "$sharpfuzz" "$bin/Flowwatch.Core.dll" >/dev/null
  "$sharpfuzz" "$bin/Sep.dll" >/dev/null
  touch "$bin/.instrumented"
fi

corpus=$repo/tests/Flowwatch.Tests/Fixtures/fuzz
seeds=$work/in-$target
rm -rf "$seeds"; mkdir -p "$seeds"
case $target in
  tidy) cp "$corpus"/tidy/observations.csv "$seeds"/ ;;
  sdmx) cp "$corpus"/sdmx/*synthetic.sdmx.csv "$seeds"/ ;;
  tsv) cp "$corpus"/tsv/*synthetic.tsv "$seeds"/ ;;
  fsb-csv) cp "$corpus"/fsb-csv/*synthetic.csv "$corpus"/fsb-csv-cp1251/*cp1251.csv "$seeds"/ ;;
  fsb-xlsx) cp "$corpus"/fsb-xlsx/*synthetic.xlsx "$seeds"/ ;;
  formats) for d in "$corpus"/*/; do cp "$(ls "$d" | grep -v '\.m[0-9]' | head -1 | sed "s|^|$d|")" "$seeds"/; done ;;
  claims) head -c 2000 "$repo"/samples/articles/seed-de-2025-02-10.txt > "$seeds"/seed-de.txt ;;
  article) head -c 4000 "$repo"/samples/articles/seed-de-2025-02-10.txt > "$seeds"/seed-de.txt ;;
  names) printf 'name,type,dob\nRi Je-son,person,1943\n"Korea Ryonbong General Corporation",entity,\nPAK TO CHUN,,\n' > "$seeds"/names.csv ;;
  citations) head -n 12 "$repo"/data/dprk-russia/sources.csv > "$seeds"/sources.csv ;;
  unlist) python3 - "$repo"/data/un-sanctions/consolidated-2024-09-26.xml "$seeds"/consolidated.xml <<'PY'
import sys
# The first records of each kind of the bundled list, closed as the list closes: a seed of a few KB.
text = open(sys.argv[1], encoding="utf-8").read()
head, rest = text.split("<INDIVIDUALS>", 1)
individuals, rest = rest.split("</INDIVIDUALS>", 1)
entities = rest.split("<ENTITIES>", 1)[1].split("</ENTITIES>", 1)[0]
take = lambda block, tag: "".join(r + "</" + tag + ">" for r in block.split("</" + tag + ">")[:3])
open(sys.argv[2], "w", encoding="utf-8").write(head + "<INDIVIDUALS>" + take(individuals, "INDIVIDUAL") + "\n</INDIVIDUALS>\n<ENTITIES>" + take(entities, "ENTITY") + "\n</ENTITIES>\n</CONSOLIDATED_LIST>\n")
PY
  ;;
  *) echo "unknown target $target" >&2; exit 2 ;;
esac

out=$work/out-$target
rm -rf "$out"
AFL_SKIP_BIN_CHECK=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 \
  afl-fuzz -i "$seeds" -o "$out" -t 10000 -m none -V "$seconds" -- "$bin/Flowwatch.Fuzz" afl "$target" >"$work/$target.log" 2>&1 || true
stats=$out/default/fuzzer_stats
if [ ! -f "$stats" ]; then echo "$target: afl-fuzz did not start; see $work/$target.log" >&2; exit 1; fi
get() { grep "^$1 " "$stats" | sed 's/.*: //'; }
echo "$target: ${seconds} s, $(get execs_done) executions ($(get execs_per_sec)/s), corpus $(get corpus_count), coverage $(get bitmap_cvg), crashes $(get saved_crashes), hangs $(get saved_hangs)"
