#!/usr/bin/env bash
# The README's test command: install what is needed, build, and run every test. CI (.ci/run)
# calls exactly this. Its stages:
#   asan:    the whole suite (the default sweeps of kills and full disks included) against kg
#            built by clang with AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/,
#            which also holds the libFuzzer targets: one sanitised build, not two);
#   fuzz:    each libFuzzer target for $KG_FUZZ_SECONDS seconds (10 by default);
#   release: the Release build's suite through ctest (build/, what the quick start builds).
# KG_TEST_STAGES picks stages; the default, "asan fuzz", is what CI runs: building a second
# tree of the whole suite took CI past its 30-minute limit, and the sanitised run is the
# stricter of the two. Extra arguments go to ctest. The slow 200-kill crash run and the
# 420-point full-disk sweep are left to `ctest -L slow`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
STAGES=${KG_TEST_STAGES:-asan fuzz}
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
      (cd build-asan && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
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
