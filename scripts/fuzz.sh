#!/usr/bin/env bash
# Builds the libFuzzer targets in the sanitised clang build (build-asan/) and runs
# each for $KG_FUZZ_SECONDS seconds (default 10) from its seed corpus in tests/fuzz/corpus/.
# A crash stops the run; the input is saved as build-asan/crash-<target>-* to add as a
# regression test. Usage: scripts/fuzz.sh [target...]   (query ntriples ingest lexicon markdown html)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=build-asan
SECONDS_EACH=${KG_FUZZ_SECONDS:-10}
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(query ntriples ingest lexicon markdown html)

scripts/build-asan.sh --target "${TARGETS[@]/#/fuzz_}"

# Leaks inside third-party libraries (see the file) are not kg's.
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp

for t in "${TARGETS[@]}"; do
  work=$(mktemp -d)
  echo "== fuzz_$t for ${SECONDS_EACH}s" >&2
  if ! "$BUILD/tests/fuzz/fuzz_$t" -max_total_time="$SECONDS_EACH" -print_final_stats=1 \
      -artifact_prefix="$BUILD/crash-$t-" "$work" "tests/fuzz/corpus/$t" >"$BUILD/fuzz_$t.log" 2>&1; then
    tail -n 40 "$BUILD/fuzz_$t.log" >&2
    echo "error: fuzz_$t found a crash; input saved as $BUILD/crash-$t-*" >&2
    rm -rf "$work"
    exit 1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$BUILD/fuzz_$t.log" >&2 || true
  rm -rf "$work"
done
