// product names that modify an object's common noun: see en_named_modifiers.h.
#include "ingest/en/en_named_modifiers.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace kg::ingest {

namespace {

// A product by its type, or an untyped name with a digit and a letter ("KO-1" in bold, which
// the emphasis reader leaves untyped): the mention layer's own test for a product name.
bool ProductLike(const ExtractedEntity& e) {
  if (e.type == "Product" || e.type == "Project") return true;
  if (!e.type.empty()) return false;
  auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  return std::any_of(e.name.begin(), e.name.end(), digit) &&
         std::any_of(e.name.begin(), e.name.end(), letter);
}

}  // namespace

std::vector<int> NamedModifierObjects(const LinkageReader& reader, const PreparedText& prepared,
                                      const std::vector<Mention>& mentions, const DocEntities& ents,
                                      const std::vector<int>& heads) {
  std::vector<int> out;
  for (int h : heads) {
    if (prepared.mentions.count(reader.word(h).text) || !reader.IsNoun(h)) continue;
    int named = -1, names = 0;
    for (int m : reader.Modifiers(h)) {
      auto it = prepared.mentions.find(reader.word(m).text);
      if (it == prepared.mentions.end()) continue;
      ++names;
      int e = mentions[static_cast<size_t>(it->second)].entity;
      if (ProductLike(ents.at(e))) named = e;
    }
    if (names == 1 && named >= 0) out.push_back(named);
  }
  return out;
}

}  // namespace kg::ingest
