// Blocks joined into one text for the line-based pipeline, and the map back to source lines.
#include "ingest/documents/flat_text.h"

#include <algorithm>
#include <iterator>

namespace kg::ingest {

FlatText Flatten(const ParsedDocument& doc) {
  FlatText flat;
  for (const Block& b : doc.blocks) {
    if (!flat.text.empty()) flat.text += "\n\n";
    flat.text += b.text;
    flat.marks.push_back(b.lines);
  }
  if (!flat.text.empty()) flat.text += '\n';
  return flat;
}

int FlatText::SourceLine(int line, size_t offset) const {
  if (line < 1 || line % 2 == 0) return 0;
  size_t block = static_cast<size_t>(line - 1) / 2;
  if (block >= marks.size()) return 0;
  const auto& m = marks[block];
  auto it =
      std::upper_bound(m.begin(), m.end(), offset,
                       [](size_t o, const std::pair<size_t, int>& mark) { return o < mark.first; });
  return it == m.begin() ? (m.empty() ? 0 : m.front().second) : std::prev(it)->second;
}

}  // namespace kg::ingest
