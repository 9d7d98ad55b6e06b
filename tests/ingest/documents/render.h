// Test helpers for the document readers: read a text that must parse, and render blocks as
// one string per block ("LI2@24,25 text {names} [cells] <header> / path") to compare at once.
#pragma once

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "ingest/documents/document.h"

namespace kg::ingest::testing {

inline ParsedDocument Read(const std::string& text, DocumentFormat format) {
  Result<ParsedDocument> doc = ReadDocument(text, format);
  INFO(doc.status().ToString());
  REQUIRE(doc.ok());
  return std::move(doc).value();
}

inline std::string KindName(Block::Kind kind) {
  switch (kind) {
    case Block::Kind::kHeading:
      return "H";
    case Block::Kind::kParagraph:
      return "P";
    case Block::Kind::kListItem:
      return "LI";
    case Block::Kind::kTableRow:
      return "TR";
    case Block::Kind::kQuote:
      return "Q";
  }
  return "?";
}

inline std::string Join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? sep : "") + parts[i];
  return out;
}

// "P@3,4 text": kind, level (when not 0), the source lines and the text.
inline std::string Brief(const Block& b) {
  std::string out = KindName(b.kind) + (b.level ? std::to_string(b.level) : "") + "@";
  for (size_t i = 0; i < b.lines.size(); ++i) {
    out += (i ? "," : "") + std::to_string(b.lines[i].second);
  }
  return out + " " + b.text;
}

inline std::vector<std::string> Briefs(const ParsedDocument& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks) out.push_back(Brief(b));
  return out;
}

inline std::vector<std::string> Names(const Block& b) {
  std::vector<std::string> out;
  for (const TextSpan& s : b.names) out.push_back(b.text.substr(s.begin, s.end - s.begin));
  return out;
}

inline std::vector<std::string> CellTexts(const Block& b) {
  std::vector<std::string> out;
  for (const TextSpan& s : b.cell_spans) out.push_back(b.text.substr(s.begin, s.end - s.begin));
  return out;
}

}  // namespace kg::ingest::testing
