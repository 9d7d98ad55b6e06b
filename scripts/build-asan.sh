#!/usr/bin/env bash
# Configures and builds the sanitised tree build-asan/: clang, AddressSanitizer +
# UndefinedBehaviorSanitizer, and the libFuzzer targets (KG_FUZZ=ON instruments everything for
# the fuzzer as well). The test suite and the fuzzers share it. Extra arguments go to
# `cmake --build`, e.g. --target fuzz_query.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f build-asan/CMakeCache.txt ]; then
  CC=clang CXX=clang++ cmake -S . -B build-asan -G Ninja -DKG_FUZZ=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build build-asan --parallel "$(nproc)" "$@"
