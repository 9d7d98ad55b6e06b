#!/usr/bin/env bash
# Installs the Debian packages kg builds against (skips apt when they are all present).
# Needs root or sudo. Used by the README's two commands and by CI.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  librocksdb-dev libboost-dev nlohmann-json3-dev catch2 libicu-dev libedit-dev libcli11-dev
  # Korean morphology: Hunspell and its Korean dictionary
  libhunspell-dev hunspell-ko
  # the document readers: Markdown (cmark-gfm and its GFM extensions) and HTML (Gumbo)
  libcmark-gfm-dev libcmark-gfm-extensions-dev libgumbo-dev
  # English roles and lemmas (ingest/en): Link Grammar with its English dictionary, WordNet
  liblink-grammar-dev link-grammar-dictionaries-en wordnet-dev wordnet-base
  # the test command's fuzzing stage: clang with libFuzzer
  clang libclang-rt-14-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "error: installing ${missing[*]} needs root (or sudo)" >&2
    exit 1
  fi
fi
echo "installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
