#!/usr/bin/env bash
# Instructions per MB of extraction, counted by callgrind: unlike seconds,
# the count does not depend on what else the machine is doing, so two
# builds can be compared on a shared machine. Counts only inside
# Extractor.extract, and takes the difference between a 3 MB and a 1 MB run
# so that building the language models (once per run) cancels out.
#
#   bash Benchmarks/extract-instructions.sh [FOLDER]     (default Examples/corpus)
#
# Needs valgrind and a release build of dossier-bench:
#   swift build -c release --product dossier-bench
# BUILD names the build folder (default .build), for a build made with
# --build-path:
#   BUILD=.build-extract bash Benchmarks/extract-instructions.sh
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:-Examples/corpus}
build=${BUILD:-.build}
bench=$build/release/dossier-bench
[ -x "$bench" ] || { echo "build it first: swift build -c release --build-path $build --product dossier-bench" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Valgrind 3.19 gives up on the DWARF 5 debug information of Swift 6.3
# builds: count on a copy without it (the symbols stay).
if command -v objcopy >/dev/null; then
  objcopy --strip-debug "$bench" "$tmp/dossier-bench"
  bench=$tmp/dossier-bench
fi
for mb in 1 3; do
  valgrind --tool=callgrind --callgrind-out-file="$tmp/cg$mb.out" \
    --toggle-collect='$s10DossierKit9ExtractorC7extractySayAA11EventRecordVGAA07ArticleF0VF' \
    "$bench" --extract "$folder" --megabytes $mb --runs 1 --no-baseline > "$tmp/cg$mb.log" 2>&1 &
done
wait
a=$(grep -o 'Collected : [0-9]*' "$tmp/cg1.log" | grep -o '[0-9]*$')
b=$(grep -o 'Collected : [0-9]*' "$tmp/cg3.log" | grep -o '[0-9]*$')
echo "$folder: $(( (b - a) / 2 / 1000000 )) million instructions per MB of text extracted"
