// A trie of names for finding known entities in text: keys are stored case-folded with single
// spaces between words; text matches a key even when it drops one of the key's spaces
// ("라마3") or has one stray space inside a long name ("네이 버", "마이크 로소프트" -- line-wrap
// artefacts of the source).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "kg/base/unicode.h"

namespace kg::ingest {

class Gazetteer {
 public:
  // Adds `surface` (any case, spaces ignored) for `id`. Surfaces of one code point are not
  // added (too ambiguous to find in running text).
  void Add(std::string_view surface, int id);

  struct Match {
    size_t begin = 0, end = 0;  // code point indexes into the text, [begin, end)
    int spaces = 0;             // stray white space inside the match (not in the key)
    const std::vector<int>* ids = nullptr;
  };
  // Every match starting at `start` of `folded` (text folded with FoldChar), shortest first.
  void MatchesAt(const std::vector<char32_t>& folded, size_t start, std::vector<Match>* out) const;
  // Ids of exactly this key (spaces and case ignored), or null.
  const std::vector<int>* Exact(std::string_view surface) const;
  size_t size() const { return keys_; }

 private:
  void Walk(const std::vector<char32_t>& text, size_t start, size_t j, int node, int stray,
            std::vector<Match>* out) const;
  struct Node {
    std::vector<std::pair<char32_t, int>> next;  // sorted by character: most nodes have one child
    std::vector<int> ids;
    int Child(char32_t c) const;  // -1 when none
  };
  // The root's child for a code point: every position of the text starts a walk there, and
  // the root has a child per first letter of every name (thousands), so once it has many a
  // direct table replaces the binary search. Empty until then.
  int RootChild(char32_t c) const;
  static constexpr size_t kRootTableFrom = 64;  // root children before the table is built
  std::vector<int> root_table_;                 // code point (BMP) -> child, -1 when none
  std::vector<Node> nodes_{Node{}};
  size_t keys_ = 0;
};

}  // namespace kg::ingest
