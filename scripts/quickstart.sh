#!/usr/bin/env bash
# The README's main command: install what is needed, build kg, ingest the example documents
# into ./kg.db (or $KG_DB), answer the example questions, and open the REPL on a terminal.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
KG=${KG_BUILD_DIR:-build}/kg
export KG_DB=${KG_DB:-$PWD/kg.db}

# A database left by an older kg (another schema version) is kept aside, not overwritten.
if [ -e "$KG_DB" ] && ! err=$("$KG" stats 2>&1 >/dev/null); then
  case "$err" in
    *"schema version"*)
      aside="$KG_DB.old-$(date +%Y%m%d%H%M%S)"
      echo "note: $KG_DB was written by another version of kg; moved to $aside" >&2
      mv "$KG_DB" "$aside"
      ;;
  esac
fi
echo "== kg ingest examples/documents/* (into $KG_DB)" >&2
"$KG" ingest examples/documents/*.txt
echo "== kg query -f examples/queries.kgq" >&2
"$KG" query -f examples/queries.kgq
if [ -t 0 ] && [ -t 1 ]; then
  echo "== kg repl  (try: who partnered with OpenAI?  .evidence on  .help  .quit)" >&2
  exec "$KG" repl
fi
