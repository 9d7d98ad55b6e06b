#!/usr/bin/env bash
# The README's test command: install what is needed, build, and run every test. CI (.ci/run)
# calls exactly this. Three stages:
#   1. a Release build and the whole suite through ctest (the slow 200-kill crash run is
#      left to `ctest -L slow`);
#   2. the same suite built by clang with AddressSanitizer + UndefinedBehaviorSanitizer
#      (build-asan/, which also holds the libFuzzer targets: one sanitised build, not two);
#   3. each libFuzzer target for $KG_FUZZ_SECONDS seconds (10 by default).
# KG_TEST_STAGES picks stages (default "release asan fuzz"); extra arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
STAGES=${KG_TEST_STAGES:-release asan fuzz}
JOBS=$(nproc)

for stage in $STAGES; do
  case "$stage" in
    release)
      echo "== release build and tests" >&2
      scripts/build.sh
      (cd "${KG_BUILD_DIR:-build}" && ctest --output-on-failure --parallel "$JOBS" -LE slow "$@")
      ;;
    asan)
      echo "== AddressSanitizer + UndefinedBehaviorSanitizer build and tests" >&2
      scripts/build-asan.sh
      # The kill and full-disk sweeps run whole in the release stage; here a sample of them
      # (10 kills, 3 points per sweep) checks their error paths for memory errors and keeps CI
      # under its time limit (ASan makes each of their hundreds of runs several times slower).
      (cd build-asan && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
        KG_CRASH_TRIALS=${KG_CRASH_TRIALS:-10} KG_ENOSPC_POINTS=${KG_ENOSPC_POINTS:-3} \
        LSAN_OPTIONS=suppressions="$PWD/../tests/lsan.supp" ctest --output-on-failure --parallel "$JOBS" -LE slow "$@")
      ;;
    fuzz)
      echo "== fuzzing" >&2
      scripts/fuzz.sh
      ;;
    *)
      echo "error: unknown test stage '$stage' (release, asan, fuzz)" >&2
      exit 2
      ;;
  esac
done
