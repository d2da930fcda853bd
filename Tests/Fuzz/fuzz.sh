#!/usr/bin/env bash
# Builds the libFuzzer target over the library's sources and runs it.
#   bash Tests/Fuzz/fuzz.sh [SECONDS] [extra libFuzzer flags...]
# Crashing inputs land in .build-fuzz/artifacts/; copy them to
# Tests/Fuzz/regressions/ so that `swift test` replays them.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}; shift || true
out=.build-fuzz
mkdir -p "$out/corpus" "$out/artifacts"
# Compile a snapshot, so that editing the sources meanwhile does not break the build.
rm -rf "$out/src" && mkdir -p "$out/src" && cp -r Sources/DossierKit Tests/Fuzz/FuzzQuery.swift "$out/src/"
mapfile -t sources < <(find "$out/src" -name '*.swift' | sort)
swiftc -O -g -sanitize=fuzzer,address -parse-as-library -module-name DossierFuzz \
  "${sources[@]}" -o "$out/fuzz-query"
exec "$out/fuzz-query" -max_total_time="$seconds" -max_len=2048 -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix="$out/artifacts/" -print_final_stats=1 "$@" "$out/corpus" Tests/Fuzz/seeds
