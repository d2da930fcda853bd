#!/usr/bin/env bash
# Store reopen speed: ingest about 100,000 articles (a synthetic corpus from
# generate.py) into a store with a release build, then time
# `dossier -c 'articles count'` (wall clock, whole process, 5 runs each) on
# the store as ingest leaves it (opened from its snapshot), on a copy without
# the snapshot (opened by replaying its rows), and on the JSON Lines file
# itself. Not part of `swift test`.
#   bash Benchmarks/store-bench.sh [EVENTS]   # default 400000 events, ~100,000 articles
set -euo pipefail
cd "$(dirname "$0")/.."
events="${1:-400000}"
data="bench-data/store-$events"
build=.build-store
swift build -c release --build-path "$build" --product dossier >/dev/null
dossier="$build/release/dossier"
[ -f "$data/corpus.jsonl" ] || python3 Benchmarks/generate.py --events "$events" --out "$data" >/dev/null
rm -f "$data/corpus.dossier" "$data/rows.dossier"
seconds() { local s=$(date +%s.%N); "$@" >/dev/null; echo "$(date +%s.%N) - $s" | bc; }
start=$(date +%s.%N)
"$dossier" ingest "$data/corpus.jsonl" --store "$data/corpus.dossier" 2>&1 | tail -1
echo "ingest: $(echo "$(date +%s.%N) - $start" | bc) s; store $(du -h "$data/corpus.dossier" | cut -f1)"
echo "ingest again (nothing changed): $(seconds "$dossier" ingest "$data/corpus.jsonl" --store "$data/corpus.dossier") s"
cp "$data/corpus.dossier" "$data/rows.dossier"
sqlite3 "$data/rows.dossier" 'DELETE FROM snapshot; VACUUM;'
echo "without the snapshot: $(du -h "$data/rows.dossier" | cut -f1)"
for source in "--store $data/corpus.dossier" "--store $data/rows.dossier" "$data/corpus.jsonl"; do
  for i in 1 2 3 4 5; do
    s=$(date +%s.%N)
    n=$("$dossier" -c 'articles count' --format csv $source | tail -1 | tr -d '\r')
    printf '%-45s articles=%s  %.3f s\n' "$source" "$n" "$(echo "$(date +%s.%N) - $s" | bc)"
  done
done
