#!/usr/bin/env bash
# The README's main command: install what is needed, build kg, ingest the example documents
# into ./kg.db (or $KG_DB), answer the example questions, and open the REPL on a terminal.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
KG=${KG_BUILD_DIR:-build}/kg
export KG_DB=${KG_DB:-$PWD/kg.db}

echo "== kg ingest examples/documents/* (into $KG_DB)" >&2
"$KG" ingest examples/documents/*.txt
echo "== kg query -f examples/queries.kgq" >&2
"$KG" query -f examples/queries.kgq
if [ -t 0 ] && [ -t 1 ]; then
  echo "== kg repl  (try: who partnered with OpenAI?  .evidence on  .help  .quit)" >&2
  exec "$KG" repl
fi
