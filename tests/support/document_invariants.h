// What every ParsedDocument must satisfy, whatever the input: the document fuzzers abort on a
// breach and the fuzz regression tests replay their crash inputs through the same check.
#pragma once

#include <string>
#include <string_view>

#include "ingest/documents/document.h"
#include "kg/base/unicode.h"

namespace kg::testing {

// Empty when `doc`, read from `source`, keeps the readers' contract; else what it breaks.
inline std::string DocumentProblem(const ingest::ParsedDocument& doc, std::string_view source) {
  int64_t max_line = 1;  // cmark and Gumbo both end lines at \n, \r\n and a lone \r
  for (size_t i = 0; i < source.size(); ++i) {
    if (source[i] == '\n' ||
        (source[i] == '\r' && (i + 1 == source.size() || source[i + 1] != '\n'))) {
      ++max_line;
    }
  }
  if (FindInvalidUtf8(doc.title) >= 0 || FindInvalidUtf8(doc.date) >= 0)
    return "invalid title/date";
  for (size_t n = 0; n < doc.blocks.size(); ++n) {
    const ingest::Block& b = doc.blocks[n];
    std::string where = "block " + std::to_string(n) + ": ";
    const std::string& t = b.text;
    if (t.empty()) return where + "empty text";
    if (t.front() == ' ' || t.back() == ' ' || t.find("  ") != std::string::npos) {
      return where + "uncollapsed space";
    }
    if (FindInvalidUtf8(t) >= 0) return where + "invalid UTF-8";
    if (b.lines.empty() || b.lines[0].first != 0) return where + "no line mark at 0";
    for (size_t i = 0; i < b.lines.size(); ++i) {
      auto [offset, line] = b.lines[i];
      if (offset >= t.size()) return where + "line mark past the text";
      if (line < 1 || line > max_line)
        return where + "line " + std::to_string(line) + " out of range";
      if (i > 0 && (offset <= b.lines[i - 1].first || line <= b.lines[i - 1].second)) {
        return where + "line marks out of order";
      }
    }
    for (const ingest::TextSpan& s : b.names) {
      if (s.begin >= s.end || s.end > t.size()) return where + "bad name span";
    }
    if (b.cells.size() != b.cell_spans.size()) return where + "cells and spans differ";
    for (size_t i = 0; i < b.cells.size(); ++i) {
      const ingest::TextSpan& s = b.cell_spans[i];
      if (s.begin > s.end || s.end > t.size() || t.substr(s.begin, s.end - s.begin) != b.cells[i]) {
        return where + "bad cell span";
      }
    }
    if (b.kind != ingest::Block::Kind::kTableRow && (!b.cells.empty() || !b.header.empty())) {
      return where + "cells outside a table row";
    }
    if (b.kind == ingest::Block::Kind::kHeading && (b.level < 1 || b.level > 6)) {
      return where + "heading level " + std::to_string(b.level);
    }
  }
  return "";
}

}  // namespace kg::testing
