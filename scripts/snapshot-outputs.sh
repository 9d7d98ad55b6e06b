#!/usr/bin/env bash
# Writes what a build of kg produces on a fixed set of inputs into OUT_DIR, so two builds can be
# compared byte for byte (`diff -r`): a refactoring that should change no behaviour is checked
# with it. Inputs: examples/documents/, the development corpus when ../shared/corpus is present,
# and the generated Korean corpus bench_ingest writes (bench/data/ingest-3mb.list, if present).
# Outputs: N-Quads and N-Triples exports (labels and aliases included), the example queries
# answered as ndjson with evidence, stats, docs, check.
# usage: scripts/snapshot-outputs.sh KG_BINARY OUT_DIR
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 KG_BINARY OUT_DIR" >&2; exit 2; }
kg=$(realpath "$1")
out=$2
cd "$(dirname "$0")/.."
rm -rf "$out"; mkdir -p "$out"
db=$(mktemp -d)/snap.db
trap 'rm -rf "$(dirname "$db")"' EXIT

docs=(examples/documents/*)
if [ -d ../shared/corpus/ko ]; then docs+=(../shared/corpus/ko/*.md); fi
if [ -f bench/data/ingest-3mb.list ]; then mapfile -t -O "${#docs[@]}" docs < bench/data/ingest-3mb.list; fi
echo "snapshot of ${#docs[@]} documents" >&2

# One document at a time for the first ones (the growing graph), then the rest as one batch.
for d in "${docs[@]:0:4}"; do "$kg" --db "$db" -q ingest "$d" >>"$out/ingest.txt" 2>&1; done
"$kg" --db "$db" -q ingest "${docs[@]:4}" >>"$out/ingest.txt" 2>&1
# Ingest summaries carry timings; keep only what does not vary from run to run.
sed -i -E 's/\([0-9.]+ s\)//; s/[0-9.]+ (ms|s)\b//g' "$out/ingest.txt"

"$kg" --db "$db" export --format nq | sort >"$out/export.nq"
"$kg" --db "$db" export --format nt | sort >"$out/export.nt"
"$kg" --db "$db" query -f examples/queries.kgq --format ndjson --evidence >"$out/queries.ndjson" 2>&1 || true
"$kg" --db "$db" query -f examples/queries.kgq >"$out/queries.txt" 2>&1 || true
"$kg" --db "$db" stats 2>&1 | grep -v "^database" >"$out/stats.txt"
"$kg" --db "$db" docs | sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9:]+Z?//g' >"$out/docs.txt" 2>&1
"$kg" --db "$db" check >"$out/check.txt" 2>&1 || true
