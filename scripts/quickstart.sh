#!/usr/bin/env bash
# The README's main command: install what is needed, build kg, and run it on the bundled
# example into ./kg.db (or $KG_DB).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
KG=${KG_BUILD_DIR:-build}/kg
export KG_DB=${KG_DB:-$PWD/kg.db}

echo "== importing examples/graph.nt into $KG_DB" >&2
"$KG" import examples/graph.nt
echo "== kg stats" >&2
"$KG" stats
