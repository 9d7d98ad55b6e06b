#!/usr/bin/env bash
# Configures and builds the sanitised tree build-asan/: clang, AddressSanitizer +
# UndefinedBehaviorSanitizer, and the libFuzzer targets (KG_FUZZ=ON instruments everything for
# the fuzzer as well). The test suite and the fuzzers share it. Extra arguments go to
# `cmake --build`, e.g. --target fuzz_query. Optimised at -O1 with line tables only (not -O2
# with full debug information): the sanitisers' reports name file and line all the same, and
# compiling the tree is the largest part of a CI run (about a fifth faster per file here).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f build-asan/CMakeCache.txt ]; then
  CC=clang CXX=clang++ cmake -S . -B build-asan -G Ninja -DKG_FUZZ=ON -DKG_TESTS_BY_FILE=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" \
    -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" >/dev/null
fi
cmake --build build-asan --parallel "$(nproc)" "$@"
