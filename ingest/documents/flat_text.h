// An adapter for the line-based pipeline (ingest/sentences): a ParsedDocument as one plain
// text with each block on a line of its own, blank lines between, and the way back from a
// position in that text to the line of the source file.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "ingest/documents/document.h"

namespace kg::ingest {

struct FlatText {
  // Block texts separated by "\n\n": block i is on line 2*i+1 (1-based).
  std::string text;
  // The line marks of each block, in block order (Block::lines).
  std::vector<std::vector<std::pair<size_t, int>>> marks;

  // The source line of byte `offset` of line `line` (1-based) of `text`; 0 for a blank line or
  // a line past the end.
  int SourceLine(int line, size_t offset) const;
};

FlatText Flatten(const ParsedDocument& doc);

}  // namespace kg::ingest
